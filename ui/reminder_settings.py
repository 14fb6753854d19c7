"""The reminder rows of Preferences: minutes before a follow-up with a time, the hour of
the morning round, closing to the tray, and the start at login (which is the system's
own setting: read from it and written to it, not kept in the database)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QTimeEdit, QWidget

from contactos import autostart, reminders, settings
from contactos.paths import Paths


class ReminderSettings(QObject):
    def __init__(self, parent: QWidget, paths: Paths) -> None:
        super().__init__(parent)
        self.paths = paths
        self.minutes_spin = QSpinBox(parent)
        self.minutes_spin.setRange(0, reminders.MAX_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" minutes before"))
        self.minutes_spin.setValue(reminders.lead_minutes())
        self.minutes_spin.setToolTip(self.tr("For follow-ups with a time."))
        self.morning_edit = QTimeEdit(parent)
        self.morning_edit.setDisplayFormat("HH:mm")
        hour = reminders.morning()
        self.morning_edit.setTime(QTime(hour.hour, hour.minute))
        self.morning_edit.setToolTip(
            self.tr("Follow-ups with a date only and the commitments due are reminded then.")
        )
        self.tray_check = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        self.tray_check.setChecked(bool(settings.get("close_to_tray")))
        self.autostart_check = QCheckBox(self.tr("&Start Contactos when I log in"))
        try:
            self.was_autostart = autostart.is_enabled()
        except OSError:
            self.was_autostart = False
        self.autostart_check.setChecked(self.was_autostart)
        self.note = QLabel(self.tr("Reminders come only while Contactos is running."), parent)
        self.note.setWordWrap(True)

    def add_rows(self, form: QFormLayout, label) -> None:
        """`label(form, text, field)` adds a row with a buddy label."""
        label(form, self.tr("&When to remind:"), self.minutes_spin)
        label(form, self.tr("&Morning round at:"), self.morning_edit)
        form.addRow("", self.tray_check)
        form.addRow("", self.autostart_check)
        form.addRow("", self.note)

    def values(self) -> dict[str, Any]:
        """The values kept in the database."""
        time = self.morning_edit.time()
        return {
            "reminder_minutes": self.minutes_spin.value(),
            "reminder_morning": dt.time(time.hour(), time.minute()).strftime("%H:%M"),
            "close_to_tray": self.tray_check.isChecked(),
        }

    def apply(self) -> None:
        """The start at login, written to the system; raises AutostartError."""
        wanted = self.autostart_check.isChecked()
        if wanted == self.was_autostart:
            return
        if wanted:
            from ui.reminder_service import autostart_arguments

            autostart.enable(autostart_arguments(self.paths))
        else:
            autostart.disable()
        self.was_autostart = wanted
