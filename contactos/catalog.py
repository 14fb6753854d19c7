"""Translations for the command line, read from the same Qt Linguist catalogues the window
uses (resources/translations/contactos_LANG.ts), without importing Qt."""

from __future__ import annotations

import locale
import os
from functools import cache
from pathlib import Path

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("es", "en")


def system_language() -> str:
    """'es' or 'en' from the environment the way gettext reads it, English otherwise."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var)
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in LANGUAGES else "en"
    code = (locale.getlocale()[0] or "")[:2].lower()
    return code if code in LANGUAGES else "en"


@cache
def load(language: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS_DIR / f"contactos_{language}.ts"
    if language == "en" or not path.exists():
        return {}
    import xml.etree.ElementTree as ET  # only the command line reads catalogues this way

    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text
    return table


def translator(language: str):
    table = load(language)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate
