"""Update the translation catalogues from the sources, and compile them.

    uv run python build/translations.py          # lupdate + lrelease
    uv run python build/translations.py --check  # fail when a catalogue is out of date

lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string of contactos/ and ui/
into resources/translations/contactos_es.ts (translated in Qt Linguist or by hand);
lrelease compiles it to the .qm file the program loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ["es"]
# English is the source language; its catalogue only holds the plural forms (%n).
PLURAL_ONLY = ["en"]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def sources() -> list[str]:
    files = sorted(p for d in ("contactos", "ui") for p in (ROOT / d).rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files if "migrations" not in p.parts]


def update() -> None:
    for lang in LANGUAGES + PLURAL_ONLY:
        ts = TRANSLATIONS / f"contactos_{lang}.ts"
        extra = ["-pluralonly"] if lang in PLURAL_ONLY else []
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *extra,
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        release(ts)


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
    return qm


if __name__ == "__main__":
    update()
