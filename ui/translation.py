"""Choosing the interface language and installing the translators (Qt's and ours)."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from contactos import catalog, i18n

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", ".")) / "resources" / "translations"
    return Path(__file__).resolve().parent.parent / "resources" / "translations"


def choose_language(requested: str | None, saved: str | None) -> str:
    """--lang wins, then the saved setting, then the system language (Spanish or English)."""
    for choice in (requested, saved):
        if choice in catalog.LANGUAGES:
            return choice
    system = QLocale.system().name()[:2]
    return system if system in catalog.LANGUAGES else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and Contactos' translators; keep the returned list alive."""
    installed = []
    if language != "en":
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            installed.append(qt)
    # English needs its catalogue too: it holds the plural forms ("1 lead", "2 leads").
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"contactos_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no %s translation found in %s", language, translations_dir())
    # Dates and money: the system's region when it speaks the chosen language.
    system = QLocale.system()
    if system.name().startswith(language):
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale("es_MX" if language == "es" else "en_US"))
    i18n.install(
        QCoreApplication.translate,
        lambda context, text, n: QCoreApplication.translate(context, text, None, n),
        _date_text,
    )
    return installed


def translate(context: str, text: str) -> str:
    """`text` of `context` in the interface language: for the domain's vocabularies
    (`translate("Rules", ACT_LABELS[act])`, a stage's name) and other texts marked with
    QT_TRANSLATE_NOOP, translated where they are shown."""
    return QCoreApplication.translate(context, text)


def babel_language() -> str:
    """The interface language, as Babel names its locale data ('es', 'en'): the names of
    countries and currencies are taken from it. The package ships only these (see
    build/contactos.spec)."""
    language = QLocale().name()[:2]
    return language if language in catalog.LANGUAGES else "en"


def _date_text(day: dt.date) -> str:
    """A date in a message of the domain, as the window writes dates (dd/MM/yyyy in
    Mexico, MM/dd/yyyy in the United States)."""
    from ui.dialogs.common import format_date

    return format_date(day)
