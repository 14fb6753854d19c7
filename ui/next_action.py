"""The one editor of a lead's next action (rule 2): its kind, what, the day (with the
quick dates: tomorrow, in 3 days, next week) and, where asked, the hour and "No date".

The lead dialog, the log and reopen dialogs and the lead view all use it; it only reads
and shows what is typed (`next_action()`): whether it will do is the rules' to say, and
their refusal is shown under the field it is about.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from contactos import clock, rules
from contactos.dates import QUICK_DATES, quick_dates
from contactos.rules import ACTIVITY_LABELS, NEXT_ACTION_KINDS, NextAction
from ui import icons
from ui.dialogs.common import (
    ErrorLabel,
    FieldErrors,
    date_edit,
    field_with_error,
    format_date,
    from_qdate,
    new_form,
    to_qdate,
)
from ui.dialogs.reschedule import quick_dates as choices

NO_DATE = dt.date(2000, 1, 1)  # what the date field holds for "No date" (and its lowest)


class NextActionEditor(QGroupBox):
    """A group "Next action" with the fields of one.

    `layout` FORM puts them in labelled rows (`labels`: the texts of the kind, what and
    date rows, with the mnemonic the host's other fields leave free); ROW puts kind, what
    and date on one line, where the host may add its buttons (`add_to_row`), with one
    error line under it. `dates`: AHEAD offers today up to three years ahead (the current
    date stays shown when it is outside); ANY lets any date be typed (the rules refuse a
    past one, except the one the lead has); ANY_OR_NONE adds "No date" as the lowest.
    """

    FORM, ROW = "form", "row"
    AHEAD, ANY, ANY_OR_NONE = "ahead", "any", "any-or-none"

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        layout: str = FORM,
        labels: dict[str, str] | None = None,
        dates: str = AHEAD,
        with_time: bool = False,
        quick: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Next action"))
        self.dates = dates
        self.with_time = with_time

        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of the next action"))
        self._fill_kinds("call")
        self.what_edit = QLineEdit(self)
        self.what_edit.setPlaceholderText(self.tr("What will you do next?"))
        self.due_edit = date_edit(None, self)
        self.due_edit.calendarWidget().installEventFilter(self)
        self._lowest = to_qdate(NO_DATE)
        self.set_due(clock.today() + dt.timedelta(days=1) if dates == self.AHEAD else None)

        self.quick_buttons: list[QPushButton] = []
        if quick:
            for key, (label, day) in zip(QUICK_DATES, choices(clock.today()), strict=True):
                button = QPushButton(label, self)
                button.setAutoDefault(False)
                button.setToolTip(format_date(day, long=True))
                button.clicked.connect(lambda _=False, key=key: self._quick_date(key))
                self.quick_buttons.append(button)
        self.tomorrow_button, self.in_3_days_button, self.next_week_button = self.quick_buttons or [
            None,
            None,
            None,
        ]
        self.time_check = QCheckBox(self.tr("Ti&me"), self) if with_time else None
        self.time_edit = QTimeEdit(QTime(10, 0), self) if with_time else None
        if with_time:
            self.time_edit.setEnabled(False)
            self.time_check.toggled.connect(self.time_edit.setEnabled)

        self.kind_error = ErrorLabel(self)
        self.what_error = ErrorLabel(self)
        self.due_error = ErrorLabel(self)
        self.error_label = ErrorLabel(self)  # ROW: every error of the next action
        if layout == self.ROW:
            self._lay_out_row()
        else:
            self._lay_out_form(labels or {})
        self.errors = FieldErrors(self.error_label, **self.error_labels())

    # --- Layout ---------------------------------------------------------------------------

    def _lay_out_form(self, labels: dict[str, str]) -> None:
        form = self.form = new_form()
        self.setLayout(form)
        self.kind_label = QLabel(labels.get("kind", self.tr("A&ction:")), self)
        self.what_label = QLabel(labels.get("what", self.tr("Wh&at:")), self)
        self.due_label = QLabel(labels.get("due", self.tr("Wh&en:")), self)
        date_row = QWidget(self)
        row = QHBoxLayout(date_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due_edit)
        for button in self.quick_buttons:
            row.addWidget(button)
        row.addStretch(1)
        for label, field, error in (
            (self.kind_label, self.kind_combo, self.kind_error),
            (self.what_label, self.what_edit, self.what_error),
            (self.due_label, date_row, self.due_error),
        ):
            label.setBuddy(field if field is not date_row else self.due_edit)
            form.addRow(label, field_with_error(field, error, self))
        if self.with_time:
            time_row = QWidget(self)
            row = QHBoxLayout(time_row)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.time_edit)
            row.addStretch(1)
            form.addRow(self.time_check, time_row)
        self.error_label.hide()

    def _lay_out_row(self) -> None:
        grid = self.grid = QGridLayout(self)
        for column, widget in enumerate((self.kind_combo, self.what_edit, self.due_edit)):
            grid.addWidget(widget, 0, column)
        grid.setColumnStretch(1, 1)
        self._row_end = 3
        grid.addWidget(self.error_label, 1, 0, 1, 3)
        for button in self.quick_buttons:
            self.add_to_row(button)
        self._below = 2

    def add_to_row(self, widget: QWidget) -> None:
        """ROW: a widget (a button) after the date."""
        self.grid.addWidget(widget, 0, self._row_end)
        self._row_end += 1
        self.grid.addWidget(self.error_label, 1, 0, 1, self._row_end)

    def add_below(self, widget: QWidget) -> None:
        """A widget under the fields (a note that the lead is closed)."""
        if hasattr(self, "grid"):
            self.grid.addWidget(widget, self._below, 0, 1, self._row_end)
            self._below += 1
        else:
            self.form.addRow(widget)

    def fields(self) -> list[QWidget]:
        """The editing widgets, in their tab order."""
        widgets = [self.kind_combo, self.what_edit, self.due_edit, *self.quick_buttons]
        if self.with_time:
            widgets += [self.time_check, self.time_edit]
        return widgets

    # --- Filling ----------------------------------------------------------------------------

    def _fill_kinds(self, current: str) -> None:
        self.kind_combo.clear()
        kinds = list(NEXT_ACTION_KINDS)
        if current not in kinds and current in ACTIVITY_LABELS:
            kinds.append(current)
        for key in kinds:
            label = QCoreApplication.translate("Rules", ACTIVITY_LABELS[key])
            self.kind_combo.addItem(icons.icon(key), label, key)

    def set_kind(self, kind: str | None) -> None:
        kind = kind or "call"
        if self.kind_combo.findData(kind) < 0:
            self._fill_kinds(kind)
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def set_due(self, day: dt.date | None, *_: object) -> None:
        """Show `day` (None: "No date", or today where there is no "No date"), the range
        of the field widened to hold it."""
        today = clock.today()
        latest = rules.latest_next_action_date(today)
        if self.dates == self.AHEAD:
            lowest = min(day or today, today)
            self.due_edit.setDateRange(to_qdate(lowest), to_qdate(max(latest, day or today)))
        else:
            # (not yesterday as the lowest: typing digit by digit would be refused most
            # days of the month; whether a date will do is the rules' to say)
            lowest = min(NO_DATE, day - dt.timedelta(days=1)) if day else NO_DATE
            self._lowest = to_qdate(lowest)
            self.due_edit.setDateRange(self._lowest, to_qdate(max(latest, day or today)))
            self.due_edit.setSpecialValueText(
                self.tr("No date") if self.dates == self.ANY_OR_NONE else ""
            )
        if day is None and self.dates != self.ANY_OR_NONE:
            day = today
        self.due_edit.setDate(to_qdate(day) if day else self._lowest)

    def set_time(self, time: dt.time | None) -> None:
        if self.with_time:
            self.time_check.setChecked(time is not None)
            if time is not None:
                self.time_edit.setTime(QTime(time.hour, time.minute))

    def set_action(self, kind: str | None, what: str, due: dt.date | None, time=None) -> None:
        """Show a lead's next action (`what` as the reader reads it)."""
        self.set_kind(kind)
        self.what_edit.setText(what)
        self.set_due(due)
        self.set_time(time)

    def set_editable(self, editable: bool) -> None:
        for widget in self.fields():
            widget.setEnabled(editable)
        if self.with_time and editable:
            self.time_edit.setEnabled(self.time_check.isChecked())

    # --- Reading ----------------------------------------------------------------------------

    def due(self) -> dt.date | None:
        day = self.due_edit.date()
        if self.dates == self.ANY_OR_NONE and day == self._lowest:
            return None
        return from_qdate(day)

    def time(self) -> dt.time | None:
        if not self.with_time:
            return None
        if not self.time_check.isChecked():
            return None
        value = self.time_edit.time()
        return dt.time(value.hour(), value.minute())

    def next_action(self) -> NextAction:
        """The next action as typed; the rules decide whether it will do."""
        return NextAction(
            what=self.what_edit.text(),
            due=self.due(),
            kind=self.kind_combo.currentData(),
            time=self.time(),
        )

    def is_empty(self) -> bool:
        return not self.what_edit.text().strip()

    # --- Errors -----------------------------------------------------------------------------

    def error_labels(self) -> dict[str, ErrorLabel]:
        """The rules' field names for a next action, and where their errors go (none of
        its own in ROW: they go to the line under it)."""
        if hasattr(self, "grid"):
            return {}
        return {
            "next_action_kind": self.kind_error,
            "next_action_what": self.what_error,
            "next_action_due": self.due_error,
        }

    def focus_for(self, field: str | None) -> bool:
        """Put the cursor in the field an error is about; False when it is not one here."""
        widget = {
            "next_action_kind": self.kind_combo,
            "next_action_what": self.what_edit,
            "next_action_due": self.due_edit,
        }.get(field or "")
        if widget is None or not widget.isEnabled():
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- Reacting ---------------------------------------------------------------------------

    def _quick_date(self, key: str) -> None:
        self.set_due(quick_dates(clock.today())[key])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A calendar opened on "No date" shows this month, not the one of year 2000.
        if (
            event.type() == QEvent.Type.Show
            and watched is self.due_edit.calendarWidget()
            and self.due() is None
        ):
            today = clock.today()
            self.due_edit.calendarWidget().setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)
