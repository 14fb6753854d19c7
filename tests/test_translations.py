"""The Spanish catalogue is complete, keeps every placeholder, and its .qm is current."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "contactos_es.ts"
CATALOGUES = [TS, FOLDER / "contactos_en.ts"]  # English holds only the plural forms
PLACEHOLDER = re.compile(r"\{[0-9a-z_]*\}|%[0-9n]")


def messages(path=TS):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def texts(message) -> list[str]:
    """The translation, or each of its plural forms."""
    translation = message.find("translation")
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_no_unfinished_entries(path):
    unfinished = [
        (ctx, m.findtext("source"))
        for ctx, m in messages(path)
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not all(texts(m))
    ]
    assert unfinished == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_placeholders_kept(path):
    wrong = []
    for ctx, m in messages(path):
        source = m.findtext("source")
        want = sorted(set(PLACEHOLDER.findall(source)))
        for translation in texts(m):
            got = sorted(set(PLACEHOLDER.findall(translation)))
            if want != got:
                wrong.append((ctx, source, translation))
    assert wrong == []


def test_mnemonics_kept():
    """A label with an accelerator keeps exactly one in Spanish."""
    wrong = []
    for ctx, m in messages():
        source = m.findtext("source").replace("&&", "")
        if "&" in source and "<" not in source:
            for translation in texts(m):
                if translation.replace("&&", "").count("&") != 1:
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
    found = re.findall(r"\((\d+) new and \d+ already existing\)", result.stdout)
    assert found == ["0"], result.stdout


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_compiled_catalogue_is_current(tmp_path, path):
    qm = path.with_suffix(".qm")
    assert qm.exists(), "run: uv run python build/translations.py"
    sys.path.insert(0, str(ROOT / "build"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    fresh = tmp_path / path.name
    fresh.write_bytes(path.read_bytes())
    built = translations.release(fresh)
    assert built.read_bytes() == qm.read_bytes(), "the .qm is stale: run build/translations.py"


@pytest.mark.parametrize("language", ["es"])
def test_cli_catalogue_loads(language):
    from contactos import catalog

    translate = catalog.translator(language)
    assert translate("Rules", "Won") == "Ganado"
    assert translate("Rules", "not in catalogue") == "not in catalogue"
