"""Picking another day for a follow-up: the quick choices of the reschedule menu and a
calendar for any other day. Moving the follow-up is `contactos.actions.followups.reschedule`'s
job (the caller does it); this module only asks for the date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from contactos import clock, dates, rules
from ui.dialogs.common import from_qdate, ok_cancel, to_qdate


def quick_dates(today: dt.date) -> list[tuple[str, dt.date]]:
    """The quick dates (contactos.dates.QUICK_DATES: tomorrow, in three days, next
    Monday) with their translated labels, in that order."""
    labels = {
        "tomorrow": QCoreApplication.translate("RescheduleDialog", "Tomorrow"),
        "in-3-days": QCoreApplication.translate("RescheduleDialog", "In 3 days"),
        "next-week": QCoreApplication.translate("RescheduleDialog", "Next week"),
    }
    days = dates.quick_dates(today)
    return [(labels[key], days[key]) for key in dates.QUICK_DATES]


def reschedule_menu(
    parent: QWidget, to_day: Callable[[dt.date], object], pick: Callable[[], object]
) -> QMenu:
    """R's menu, the same in Today and the calendar: the quick dates, each with a one-key
    accelerator, then "Pick a date…"."""
    from ui import icons

    translate = QCoreApplication.translate
    menu = QMenu(parent)
    labels = (
        translate("RescheduleMenu", "&Tomorrow"),
        translate("RescheduleMenu", "In &3 days"),
        translate("RescheduleMenu", "&Next week"),
    )
    for label, (_, day) in zip(labels, quick_dates(clock.today()), strict=True):
        action = menu.addAction(icons.icon("reschedule"), label)
        action.triggered.connect(lambda checked=False, d=day: to_day(d))
    chosen = menu.addAction(icons.icon("calendar"), translate("RescheduleMenu", "&Pick a date…"))
    chosen.triggered.connect(lambda checked=False: pick())
    return menu


class RescheduleDialog(QDialog):
    """A month calendar: arrow keys move the day, Enter accepts."""

    def __init__(self, parent: QWidget | None, current: dt.date | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule"))
        self.setModal(True)

        # A follow-up moves to today or later, at most three years ahead (the rules refuse
        # anything else; the calendar does not offer it). An overdue one starts tomorrow.
        today = clock.today()
        latest = rules.latest_next_action_date(today)
        start = current if current and today <= current <= latest else today + dt.timedelta(1)
        self.prompt_label = QLabel(self.tr("Choose the new &date:"), self)
        self.calendar = QCalendarWidget(self)
        self.calendar.setDateRange(to_qdate(today), to_qdate(latest))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setSelectedDate(to_qdate(start))
        self.calendar.setMinimumSize(self.calendar.sizeHint())
        self.prompt_label.setBuddy(self.calendar)
        # Enter (or a double click) on a day accepts it.
        self.calendar.activated.connect(self.accept)

        self.buttons, self.ok_button = ok_cancel(self, self.tr("&Reschedule"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.calendar)
        layout.addWidget(self.buttons)
        self.calendar.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_date(self) -> dt.date | None:
        return from_qdate(self.calendar.selectedDate())

    @classmethod
    def pick_date(
        cls, parent: QWidget | None, current: dt.date | None
    ) -> tuple[dt.date | None, bool]:
        dialog = cls(parent, current)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.selected_date(), True
            return None, False
        finally:
            dialog.deleteLater()
