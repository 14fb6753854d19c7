"""The Spanish catalogue is complete, keeps every placeholder, and its .qm is current."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "contactos_es.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|&\w")


def messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_no_unfinished_entries():
    unfinished = [
        (ctx, m.findtext("source"))
        for ctx, m in messages()
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (m.find("translation").text or m.find("translation").find("numerusform") is not None)
    ]
    assert unfinished == []


def test_placeholders_kept():
    wrong = []
    for ctx, m in messages():
        source = m.findtext("source")
        translation = m.find("translation").text or ""
        want = sorted(p for p in PLACEHOLDER.findall(source) if not p.startswith("&"))
        got = sorted(p for p in PLACEHOLDER.findall(translation) if not p.startswith("&"))
        if want != got:
            wrong.append((ctx, source, translation))
    assert wrong == []


def test_catalogue_covers_the_sources(tmp_path):
    """Running lupdate on the sources finds nothing new to translate."""
    copy = tmp_path / "contactos_es.ts"
    copy.write_bytes(TS.read_bytes())
    sys.path.insert(0, str(ROOT / "build"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    result = subprocess.run(
        [
            translations.tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *translations.sources(),
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "0 new" in result.stdout or "(0 new" in result.stdout, result.stdout


def test_compiled_catalogue_is_current(tmp_path):
    qm = TS.with_suffix(".qm")
    assert qm.exists(), "run: uv run python build/translations.py"
    sys.path.insert(0, str(ROOT / "build"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    fresh = tmp_path / "contactos_es.ts"
    fresh.write_bytes(TS.read_bytes())
    built = translations.release(fresh)
    assert built.read_bytes() == qm.read_bytes(), "the .qm is stale: run build/translations.py"


@pytest.mark.parametrize("language", ["es"])
def test_cli_catalogue_loads(language):
    from contactos import catalog

    translate = catalog.translator(language)
    assert translate("Rules", "Won") == "Ganado"
    assert translate("Rules", "not in catalogue") == "not in catalogue"
