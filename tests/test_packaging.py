"""The PyInstaller spec names files that exist, and every file the program reads at run
time (icons, both catalogues, the migration scripts) is among them. Building the package
itself takes a minute and is done by build/package.py (see README, Installing)."""

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
    from ui.dialogs.settings_dialog import country_name, currency_name

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


def test_a_link_to_a_library_left_out_goes_too():
    rules = bundle_rules()
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/src/libqeglfs.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFS.so.6", "/src/libQt6EglFS.so.6", "BINARY"),
        ("libQt6EglFS.so.6", "PySide6/Qt/lib/libQt6EglFS.so.6", "SYMLINK"),
    ]
    links = {"/src/libqeglfs.so": ["libQt6EglFS.so.6"]}
    kept, _, _ = rules.prune(binaries, [], lambda src: links.get(src, []))
    assert kept == []
