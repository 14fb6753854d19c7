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
