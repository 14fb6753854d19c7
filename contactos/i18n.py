"""Translation hook for a layer that must not import Qt.

Messages are written in English and marked with QT_TRANSLATE_NOOP so that
`pyside6-lupdate` extracts them into the same .ts files as the interface. The user
interface installs QCoreApplication.translate with :func:`install`; the command line
installs a reader of the compiled catalogue (see contactos.catalog).
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translate: Translator = _identity


def install(translator: Translator | None) -> None:
    global _translate
    _translate = translator or _identity


def translate(context: str, text: str) -> str:
    return _translate(context, text)


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
        return translate(self.context, self.template).format(**self.params)

    def __str__(self) -> str:
        return self.message
