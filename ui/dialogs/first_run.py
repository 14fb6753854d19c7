"""The window's first start: which country the phone numbers are from.

A phone written without its country code (`33 1234 5678`) is read as a number of the
default country; guessing it wrong turns a Mexican number into a US one. So the first
start asks, with the system's country preselected (Qt reads it reliably), and keeps the
answer in the settings (`default_country`). Closed without an answer, it asks again next
time.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from contactos import APP_NAME, settings
from contactos.actions import preferences
from ui.dialogs.common import fill_countries, ok_cancel


def qt_system_country() -> str | None:
    """The system's country as Qt reads it (ISO 3166 code), None when it names none."""
    return QLocale.territoryToCode(QLocale.system().territory()) or None


class CountryDialog(QDialog):
    """One question, the country list preselected with the system's country."""

    def __init__(self, parent: QWidget | None = None, suggested: str | None = None) -> None:
        super().__init__(parent)
        self.country: str | None = None
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.setModal(True)

        self.question_label = QLabel(
            self.tr("Which country are your contacts' phone numbers from?"), self
        )
        font = self.question_label.font()
        font.setBold(True)
        self.question_label.setFont(font)
        self.question_label.setWordWrap(True)
        self.explanation_label = QLabel(
            self.tr(
                "A number written without its country code (such as 33\u00a01234\u00a05678) is "
                "read as a number of this country. You can change it later in the preferences."
            ),
            self,
        )
        self.explanation_label.setWordWrap(True)

        self.country_combo = QComboBox(self)
        fill_countries(
            self.country_combo, suggested or settings.system_country() or settings.FALLBACK_COUNTRY
        )
        self.country_label = QLabel(self.tr("&Country:"), self)
        self.country_label.setBuddy(self.country_combo)

        self.buttons, self.ok_button = ok_cancel(self, self.tr("Con&tinue"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addWidget(self.explanation_label)
        layout.addSpacing(6)
        layout.addWidget(self.country_label)
        layout.addWidget(self.country_combo)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.country_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        self.country = self.country_combo.currentData()
        preferences.save_preferences(preferences.Preferences(default_country=self.country))
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[str | None, bool]:
        dialog = cls(parent, qt_system_country())
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.country, True
            return None, False
        finally:
            dialog.deleteLater()


def ask_country_if_needed(parent: QWidget | None = None) -> str | None:
    """At start: ask for the default country when none was ever chosen."""
    if settings.default_country()[1]:
        return None
    country, _accepted = CountryDialog.ask(parent)
    return country
