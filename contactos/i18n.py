"""Translation hook for a layer that must not import Qt.

Messages are written in English and marked with QT_TRANSLATE_NOOP so that
`pyside6-lupdate` extracts them into the same .ts files as the interface. The user
interface installs QCoreApplication.translate with :func:`install`; the command line
installs a reader of the catalogue (see contactos.catalog).

Messages with a number are written with `%n` and read through a :class:`Plurals` object
named after the context (`CLI = Plurals("CLI")`, then `CLI.tr("%n day(s) late", "", n)`):
lupdate takes that call for a plural message of the context "CLI", and each language
gives its own singular and plural ("1 día", "2 días").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

Translator = Callable[[str, str], str]
PluralTranslator = Callable[[str, str, int], str]

_PLURAL_S = re.compile(r"\(s\)")


def _identity(context: str, text: str) -> str:
    return text


def english_plural(context: str, text: str, n: int) -> str:
    """`%n day(s)` in English without a catalogue: 1 day, 2 days."""
    return _PLURAL_S.sub("" if n == 1 else "s", text).replace("%n", str(n))


DateText = Callable[[dt.date], str]

_translate: Translator = _identity
_translate_plural: PluralTranslator = english_plural
_date_text: DateText = dt.date.isoformat


def install(
    translator: Translator | None,
    plural: PluralTranslator | None = None,
    date_text: DateText | None = None,
) -> None:
    """The language of the messages, and how a date put into one is written (the
    window: the locale's short date; the command line: dd/mm/yyyy; else ISO)."""
    global _translate, _translate_plural, _date_text
    _translate = translator or _identity
    _translate_plural = plural or english_plural
    _date_text = date_text or dt.date.isoformat


def date_text(value: dt.date) -> str:
    """A date as the installed language writes it in a message (a moment: its day and
    its hour, 24-hour clock)."""
    if isinstance(value, dt.datetime):
        return f"{_date_text(value.date())} {value:%H:%M}"
    return _date_text(value)


def translate(context: str, text: str) -> str:
    return _translate(context, text)


def translate_plural(context: str, text: str, n: int) -> str:
    """`text` (with `%n`) for the number `n`, in the installed language."""
    return _translate_plural(context, text, n)


class Plurals:
    """Plural messages of one context, for a layer without Qt: `CLI.tr(text, "", n)`."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate_plural(self.context, text, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    """Marks `text` for extraction; translation happens later through translate()."""
    return text


class Translated:
    """A word (marked with QT_TRANSLATE_NOOP) put into a message, translated when the
    message is written: 'closed (won)' reads 'cerrado (Ganado)' in Spanish."""

    def __init__(self, context: str, text: str) -> None:
        self.context, self.text = context, text

    def __str__(self) -> str:
        return translate(self.context, self.text)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class TranslatableError(Exception):
    """An error whose message is a translatable template with named fields."""

    context = "Errors"

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message in the installed language, a date in it as the reader writes it."""
        params = {
            key: date_text(value) if isinstance(value, dt.date) else value
            for key, value in self.params.items()
        }
        return translate(self.context, self.template).format(**params)

    def __str__(self) -> str:
        return self.message
