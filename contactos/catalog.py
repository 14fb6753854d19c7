"""Translations for the command line, read from the same Qt Linguist catalogues the window
uses (resources/translations/contactos_LANG.ts), without importing Qt: the messages, and
the singular and plural of the messages with a number (%n)."""

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
def _read(language: str) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], list[str]]]:
    """The catalogue's messages and its plural messages (their forms, singular first)."""
    path = TRANSLATIONS_DIR / f"contactos_{language}.ts"
    if not path.exists():
        return {}, {}
    import xml.etree.ElementTree as ET  # only the command line reads catalogues this way

    table: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if forms and all(forms):
                    plurals[(name, source)] = forms
            elif translation.text and language != "en":  # (English: plural forms only)
                table[(name, source)] = translation.text
    return table, plurals


def load(language: str) -> dict[tuple[str, str], str]:
    return _read(language)[0]


def plural_index(language: str, n: int) -> int:
    """Which form: Spanish and English both say 1 día / 1 day and 0, 2 días / days."""
    return 0 if abs(n) == 1 else 1


def translator(language: str):
    table = load(language)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate


def plural_translator(language: str):
    plurals = _read(language)[1]

    def translate(context: str, text: str, n: int) -> str:
        forms = plurals.get((context, text))
        if not forms:
            from contactos.i18n import english_plural

            return english_plural(context, text, n)
        form = forms[min(plural_index(language, n), len(forms) - 1)]
        return form.replace("%n", str(n))

    return translate
