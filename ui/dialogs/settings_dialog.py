"""The program's settings: language (settings.json, read before the database opens) and
the defaults kept in the database (country for phone numbers, currency, backups kept,
days before a re-order follow-up)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactos import settings
from contactos.actions import preferences
from contactos.i18n import TranslatableError
from contactos.paths import Paths
from ui.dialogs.common import (
    ErrorLabel,
    coded_item,
    currency_name,
    fill_countries,
    ok_cancel,
    select_data,
)

CURRENCIES = (
    "MXN", "USD", "EUR", "COP", "ARS", "CLP", "PEN", "GTQ", "VES", "BOB", "PYG", "UYU",
    "CRC", "PAB", "DOP", "HNL", "NIO", "CUP", "BRL", "CAD",
)  # fmt: skip
LANGUAGE_KEY = "language"


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, paths: Paths) -> None:
        super().__init__(parent)
        self.paths = paths
        self.values: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)

        file_settings = settings.read_file_settings(paths.settings_file)

        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("System language"), "system")
        # Each language by its own name, so that it can be found whatever is shown now.
        self.language_combo.addItem("Español", "es")
        self.language_combo.addItem("English", "en")
        select_data(self.language_combo, file_settings.get(LANGUAGE_KEY, "system"))
        self.language_note = QLabel(
            self.tr("The new language is used the next time Contactos starts."), self
        )
        self.language_note.setWordWrap(True)

        self.country_combo = QComboBox(self)
        fill_countries(self.country_combo, settings.get("default_country"))

        self.currency_combo = QComboBox(self)
        currency = settings.get("default_currency")
        codes = list(CURRENCIES) + ([currency] if currency and currency not in CURRENCIES else [])
        for code in codes:
            self.currency_combo.addItem(coded_item(code, currency_name(code)), code)
        select_data(self.currency_combo, currency)
        # Until the person picks a currency, it is the chosen country's money.
        self._currency_follows = not settings.is_chosen("default_currency")
        self.currency_combo.activated.connect(self._currency_picked)
        self.country_combo.currentIndexChanged.connect(self._country_changed)

        self.backup_spin = QSpinBox(self)
        self.backup_spin.setRange(1, 100)
        self.backup_spin.setValue(int(settings.get("backup_keep")))

        self.reorder_spin = QSpinBox(self)
        self.reorder_spin.setRange(1, 3650)
        self.reorder_spin.setSuffix(self.tr(" days"))
        self.reorder_spin.setValue(int(settings.get("reorder_days")))
        self.reorder_spin.setToolTip(
            self.tr("For representadas that do not set their own number of days.")
        )

        form = QFormLayout()
        self._add_row(form, self.tr("&Language:"), self.language_combo)
        form.addRow("", self.language_note)
        self._add_row(form, self.tr("Default &country for phone numbers:"), self.country_combo)
        self._add_row(form, self.tr("Default c&urrency:"), self.currency_combo)
        self._add_row(form, self.tr("&Backups to keep:"), self.backup_spin)
        self._add_row(form, self.tr("&Re-order follow-up after:"), self.reorder_spin)
        from ui.reminder_settings import ReminderSettings

        self.reminder_settings = ReminderSettings(self, paths)
        self.reminder_settings.add_rows(form, self._add_row)

        self.error_label = ErrorLabel(self)
        self.buttons, self.ok_button = ok_cancel(self)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.language_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _currency_picked(self, _index: int) -> None:
        self._currency_follows = False

    def _country_changed(self, _index: int) -> None:
        from contactos import amounts

        code = amounts.country_currency(self.country_combo.currentData())
        if not self._currency_follows or not code:
            return
        if self.currency_combo.findData(code) < 0:
            self.currency_combo.addItem(coded_item(code, currency_name(code)), code)
        select_data(self.currency_combo, code)

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)

    def chosen(self) -> dict[str, Any]:
        return {
            LANGUAGE_KEY: self.language_combo.currentData(),
            "default_country": self.country_combo.currentData(),
            "default_currency": self.currency_combo.currentData(),
            "backup_keep": self.backup_spin.value(),
            "reorder_days": self.reorder_spin.value(),
            **self.reminder_settings.values(),
        }

    def accept(self) -> None:
        values = self.chosen()
        self.error_label.clear_message()
        try:
            self.reminder_settings.apply()  # (the start at login is the system's setting)
        except TranslatableError as error:
            self.error_label.show_message(error.message)
            return
        # (a currency left as the country's is no choice: it follows the country)
        chosen = {k: v for k, v in values.items() if k != "default_currency"}
        if not self._currency_follows:
            chosen["default_currency"] = values["default_currency"]
        try:
            preferences.save_preferences(
                preferences.Preferences(**chosen), settings_file=self.paths.settings_file
            )
        except OSError as error:
            self.error_label.show_message(
                self.tr("The settings file could not be written: {error}").format(
                    error=error.strerror or str(error)
                )
            )
            return
        self.values = values
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, paths: Paths) -> tuple[dict[str, Any] | None, bool]:
        dialog = cls(parent, paths)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.values, True
            return None, False
        finally:
            dialog.deleteLater()
