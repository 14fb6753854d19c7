"""The PyInstaller spec names files that exist, and every file the program reads at run
time (icons, both catalogues, the migration scripts, the demo's data) is among them.
Building the package itself takes a minute and is done by build/package.py (see README,
Installing)."""

from __future__ import annotations

import ast
import glob
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "contactos.spec"


def spec_datas() -> list[tuple[str, str]]:
    """The (source glob, destination) pairs of the spec's `datas`, ROOT made concrete."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "datas":
            pairs = []
            for item in node.value.elts:
                source, dest = item.elts
                # str(ROOT / "a" / "b") -> the parts after ROOT
                call = source.args[0]
                parts = []
                while isinstance(call, ast.BinOp):
                    parts.append(call.right.value)
                    call = call.left
                base = ROOT if call.id == "ROOT" else ROOT / "resources" / "icons"
                pairs.append((str(base.joinpath(*reversed(parts))), dest.value))
            return pairs
    raise AssertionError("no datas in the spec")


def test_every_data_glob_of_the_spec_matches_files():
    for source, dest in spec_datas():
        assert glob.glob(source), f"{source} matches nothing"
        assert not dest.startswith("/"), dest


def test_the_package_carries_what_the_program_reads_at_run_time():
    packaged = {Path(f).resolve() for source, _ in spec_datas() for f in glob.glob(source)}
    needed = [
        *(ROOT / "resources" / "icons").glob("*.svg"),
        *(ROOT / "resources" / "translations").glob("*.qm"),
        *(ROOT / "resources" / "translations").glob("*.ts"),  # the command line's catalogue
        *(ROOT / "resources" / "demo").glob("*.json"),  # the demo's names and texts
        *(ROOT / "contactos" / "storage" / "migrations").glob("[0-9]*.py"),
    ]
    assert needed
    missing = [str(p.relative_to(ROOT)) for p in needed if p.resolve() not in packaged]
    assert missing == []


def test_destinations_mirror_the_source_tree():
    """In the bundle, contactos/ and ui/ find resources/ beside them, as in the source."""
    for source, dest in spec_datas():
        folder = Path(source).parent.relative_to(ROOT).as_posix()
        assert folder == dest, (source, dest)


def spec_babel_locales() -> tuple[str, ...]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "BABEL_LOCALES":
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("no BABEL_LOCALES in the spec")


def test_the_babel_data_the_package_keeps_is_enough(qapp, tmp_path, monkeypatch):
    """The package keeps only some of Babel's locales (all of them weigh about 34 MB):
    the names of countries and currencies, in each language of the interface, and the
    currency codes are read with only those files there."""
    import shutil

    import babel.localedata
    from PySide6.QtCore import QLocale

    from contactos import amounts, catalog
    from ui import translation
    from ui.dialogs.common import country_name, currency_name

    kept = spec_babel_locales()
    assert set(catalog.LANGUAGES) <= set(kept) and "root" in kept
    source = Path(babel.localedata._dirname)
    for name in kept:
        shutil.copy(source / f"{name}.dat", tmp_path / f"{name}.dat")
    assert len(list(source.glob("*.dat"))) > 10 * len(kept)  # (what is left out)
    monkeypatch.setattr(babel.localedata, "_dirname", str(tmp_path))
    monkeypatch.setattr(babel.localedata, "_cache", {})
    amounts.currency_codes.cache_clear()
    locale = QLocale()
    try:
        assert "MXN" in amounts.currency_codes()
        for language, mexico, dollar in (
            ("es", "México", "dólar estadounidense"),
            ("en", "Mexico", "US Dollar"),
        ):
            QLocale.setDefault(QLocale("es_MX" if language == "es" else "en_US"))
            assert translation.babel_language() == language
            assert country_name("MX") == mexico
            assert currency_name("USD") == dollar
    finally:
        QLocale.setDefault(locale)
        amounts.currency_codes.cache_clear()


# --- What the bundle leaves out (build/bundle.py) ----------------------------------------------


def bundle_rules():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bundle", ROOT / "build" / "bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


KEPT = [
    # Linux
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/translations/qtbase_es.qm",
    "PySide6/Qt/lib/libQt6Core.so.6",
    # Windows (PyInstaller's destinations use the system's separator)
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6\\plugins\\imageformats\\qico.dll",
    "PySide6\\translations\\qtbase_es.qm",
    # macOS
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
    # the program's own
    "resources/translations/contactos_es.qm",
    "resources/contactos.svg",
]
LEFT_OUT = [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_es.qm",
    "PySide6/Qt/translations/qtdeclarative_es.qm",
    "PySide6\\plugins\\tls\\qschannelbackend.dll",
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6\\opengl32sw.dll",
    "PySide6/Qt/plugins/imageformats/libqwebp.dylib",
]


def test_the_bundle_keeps_what_the_program_loads_and_leaves_out_the_rest():
    rules = bundle_rules()
    assert [dest for dest in KEPT if not rules.kept(dest)] == []
    assert [dest for dest in LEFT_OUT if rules.kept(dest)] == []


def test_qts_catalogue_that_the_window_loads_is_kept_and_exists():
    from PySide6.QtCore import QLibraryInfo

    rules = bundle_rules()
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in rules.QT_CATALOGUES_KEPT:
        assert (folder / name).exists(), name
    assert "qtbase_es.qm" in rules.QT_CATALOGUES_KEPT  # (ui/translation.py loads qtbase_LANG)


def test_a_library_goes_with_the_plugin_that_alone_needed_it():
    rules = bundle_rules()
    links = {
        "/src/libqgtk3.so": ["libQt6Gui.so.6", "libcairo.so.2"],
        "/src/libcairo.so.2": ["libpixman-1.so.0", "libz.so.1"],
        "/src/libqxcb.so": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/src/libQt6Gui.so.6": ["libz.so.1"],
        "/src/_ssl.so": [],
        "/src/libssl.so.3": ["libcrypto.so.3"],
        "/src/libdlopened.so": [],
    }
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),
        ("libz.so.1", "/src/libz.so.1", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libssl.so.3", "/src/libssl.so.3", "BINARY"),
        ("libcrypto.so.3", "/src/libcrypto.so.3", "BINARY"),
        ("libdlopened.so", "/src/libdlopened.so", "BINARY"),
    ]
    datas = [("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA")]
    kept, kept_datas, left_out = rules.prune(binaries, datas, lambda src: links.get(src, []))
    names = {dest for dest, _, _ in kept}
    assert names == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "libz.so.1",  # (Qt links it too)
        "libxcb-cursor.so.0",
        "libdlopened.so",  # (nothing links it: maybe loaded by name; kept)
    }
    assert kept_datas == []
    assert {dest for dest, _, _ in left_out} == {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "libcairo.so.2",
        "libpixman-1.so.0",
        "libssl.so.3",
        "libcrypto.so.3",
    }
    # OpenSSL stays where something kept links to it.
    binaries.append(("needs_tls.so", "/src/needs_tls.so", "EXTENSION"))
    links["/src/needs_tls.so"] = ["libssl.so.3"]
    kept, _, _ = rules.prune(binaries, [], lambda src: links.get(src, []))
    assert {"libssl.so.3", "libcrypto.so.3"} <= {dest for dest, _, _ in kept}


def test_a_link_to_a_library_left_out_goes_too_and_the_others_stay():
    """PyInstaller lists the links beside _internal/ (libQt6Core.so.6 ->
    PySide6/Qt/lib/...) among the data files, their targets among the binaries."""
    rules = bundle_rules()
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/src/libqeglfs.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFS.so.6", "/src/libQt6EglFS.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
    ]
    datas = [
        ("libQt6EglFS.so.6", "PySide6/Qt/lib/libQt6EglFS.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    links = {"/src/libqeglfs.so": ["libQt6EglFS.so.6"]}
    kept, kept_datas, _ = rules.prune(binaries, datas, lambda src: links.get(src, []))
    assert kept == [binaries[2]]
    assert kept_datas == [datas[1]]


# --- The installers' scripts (what can be checked off Windows and macOS) ---------------------


def build_module(name: str):
    import importlib.util
    import sys

    sys.path.insert(0, str(ROOT / "build"))
    try:
        spec = importlib.util.spec_from_file_location(
            f"build_{name}", ROOT / "build" / f"{name}.py"
        )
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "build"))
    return module


def pyproject_version() -> str:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def test_the_info_plist_reads_back_with_the_projects_identity(tmp_path):
    """What PyInstaller's BUNDLE writes: its own keys, then the spec's info_plist over
    them (build/contactos.spec); build/macos.py reads it back the same way on macOS."""
    import plistlib

    import pytest

    identity = build_module("identity")
    macos = build_module("macos")
    written = tmp_path / "Info.plist"
    bundle_keys = {"CFBundleExecutable": "Contactos", "CFBundleIconFile": "contactos.icns"}
    written.write_bytes(plistlib.dumps({**bundle_keys, **identity.info_plist()}))
    plist = macos.check_info_plist(written)
    assert plist["CFBundleShortVersionString"] == pyproject_version()
    assert plist["CFBundleIdentifier"] == identity.BUNDLE_ID
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"] == "13.0"  # (PySide6 6.11: macosx_13_0 wheels)
    assert "seguimientos" in plist["NSUserNotificationsUsageDescription"]
    # A plist from an older build (another version, no permission text) is refused.
    stale = {**bundle_keys, **identity.info_plist(), "CFBundleShortVersionString": "0.0.1"}
    del stale["NSUserNotificationsUsageDescription"]
    written.write_bytes(plistlib.dumps(stale))
    with pytest.raises(SystemExit, match="CFBundleShortVersionString"):
        macos.check_info_plist(written)


def test_the_inno_setup_script_gets_every_value_it_requires(tmp_path):
    import re

    installer = build_module("windows_installer")
    script = (ROOT / "build" / "windows" / "contactos.iss").read_text(encoding="ascii")
    required = set(re.findall(r"#ifndef (\w+)\s*\n\s*#error", script))
    assert required == {
        "AppVersion", "AppVersionNumeric", "AppId", "SourceDir", "SetupIcon",
    }  # fmt: skip
    given = installer.defines(tmp_path / "Contactos", tmp_path)
    assert required <= set(given)
    assert given["AppVersion"] == pyproject_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+\.\d+", given["AppVersionNumeric"])
    assert re.fullmatch(r"\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", given["AppId"])
    # Per user, no administrator; the toasts' AppUserModelID on the Start menu entry.
    assert "PrivilegesRequired=lowest" in script
    from ui.notify import WINDOWS_APP_ID

    assert given["AppUserModelId"] == WINDOWS_APP_ID
    assert 'AppUserModelID: "{#AppUserModelId}"' in script
    # The values the program writes for itself go with it; the data folder is not named.
    from contactos import autostart

    assert autostart.RUN_KEY in script
    assert "{localappdata}\\Contactos" not in script and "{userappdata}" not in script


def test_the_workflow_calls_only_scripts_that_exist_with_options_they_take():
    import re

    workflow = (ROOT / ".github" / "workflows" / "packages.yml").read_text(encoding="utf-8")
    calls = re.findall(r"(build/[\w-]+\.(?:py|sh))((?: --[\w-]+)*)", workflow)
    assert {script for script, _ in calls} >= {
        "build/package.py", "build/windows_installer.py", "build/macos.py",
        "build/linux-packages.sh",
    }  # fmt: skip
    for script, options in calls:
        source = (ROOT / script).read_text(encoding="utf-8")
        for option in options.split():
            assert f'"{option}"' in source, (script, option)
    # Each system's bundle, the installed Windows program and the app from the disk image
    # run their self-check from a folder with accents.
    assert workflow.count("Begoña Núñez") == 5
