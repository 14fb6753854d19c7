"""The calendar's item model: days as top-level rows, what is planned on each as its
children (contactos.agenda), with their time, kind icon, lead and contact.

The month and week grids (ui.views.calendar) and the agenda list show the same model.
An entry that can be moved is draggable; the drop is the view's to handle, through
contactos.actions.followups.reschedule (the model never writes).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QMimeData, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QFont

from contactos import agenda, clock, rules
from ui import icons
from ui.dialogs.common import format_date, format_money
from ui.models import GroupedModel

Index = QModelIndex | QPersistentModelIndex

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10
DAY_ROLE = Qt.ItemDataRole.UserRole + 11
MIME_TYPE = "application/x-contactos-followup"
OVERDUE_COLOUR = "#c62828"


def time_text(time: dt.time | None) -> str:
    """An hour as the person's locale writes it ('' for none)."""
    if time is None:
        return ""
    return QLocale().toString(QTime(time.hour, time.minute), QLocale.FormatType.ShortFormat)


def kind_icon(entry: agenda.Entry):
    return icons.icon(entry.kind if icons.has(entry.kind) else "task")


class CalendarModel(GroupedModel):
    """`groups`: (day, [agenda.Entry]) for each day shown, in order."""

    COLUMNS = 4
    TIME, WHAT, WHO, STATE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self.filter = agenda.Filter()
        self.skip_empty_days = False
        self.today = clock.today()
        self.total = 0

    # --- Loading --------------------------------------------------------------------------

    def load(self, first: dt.date, last: dt.date, flt: agenda.Filter | None = None) -> None:
        self.first, self.last = first, last
        if flt is not None:
            self.filter = flt
        self.today = clock.today()
        found = agenda.entries(first, last, self.filter, self.today)
        self.total = len(found)
        days = agenda.by_day(found, first, last)
        if self.skip_empty_days:
            days = [(day, items) for day, items in days if items or day == self.today]
        self.set_groups(days)

    def refresh(self) -> None:
        if self.first is not None:
            self.load(self.first, self.last)

    # --- Finding --------------------------------------------------------------------------

    def entry(self, index: Index) -> agenda.Entry | None:
        return self.item_at(index)

    def day(self, index: Index) -> dt.date | None:
        """The day of a day row or of an entry."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self.groups[row][0] if row < len(self.groups) else None

    def day_row(self, day: dt.date) -> int:
        """The row of `day` (-1 when it is not shown)."""
        for row, (shown, _) in enumerate(self.groups):
            if shown == day:
                return row
        return -1

    def day_index(self, day: dt.date) -> QModelIndex:
        row = self.day_row(day)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def find(self, key: str) -> QModelIndex:
        """The index of the entry `key` ('lead-12'), invalid when it is not shown."""
        for row, (_, items) in enumerate(self.groups):
            for child, item in enumerate(items):
                if item.key == key:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    # --- Texts ----------------------------------------------------------------------------

    @staticmethod
    def who_text(entry: agenda.Entry) -> str:
        who = entry.contact
        if entry.company and entry.company != who:
            who = f"{who} ({entry.company})"
        if entry.title and entry.title != entry.what:
            return f"{entry.title} · {who}"
        return who

    def what_text(self, entry: agenda.Entry) -> str:
        if entry.type == "payment":
            return self.tr("Expected payment: {what}").format(what=entry.what)
        if entry.type == "commitment":
            return self.tr("Commitment: {what}").format(what=entry.what)
        return entry.what or entry.title

    def state_text(self, entry: agenda.Entry) -> str:
        if entry.type == "payment":
            return format_money(entry.value, entry.currency) if entry.value is not None else ""
        if entry.days_overdue:
            return self.tr("Overdue") + " · " + self.tr("%n day(s) late", "", entry.days_overdue)
        return ""

    def line_text(self, entry: agenda.Entry, with_time: bool = True) -> str:
        """One line for a grid: 'Overdue: 10:30 Call back — Ana (Ferretería)' (without
        the hour where the grid's row says it)."""
        parts = []
        if entry.days_overdue:
            parts.append(self.tr("Overdue:"))
        if entry.time is not None and (with_time or entry.time.minute):
            parts.append(time_text(entry.time))
        parts.append(self.what_text(entry))
        return " ".join(parts) + " — " + entry.contact

    def tooltip(self, entry: agenda.Entry) -> str:
        lines = [self.what_text(entry), self.who_text(entry)]
        when = format_date(entry.day, long=True)
        if entry.time is not None:
            when += " " + time_text(entry.time)
        lines.append(when)
        state = self.state_text(entry)
        if state:
            lines.append(state)
        if entry.movable:
            lines.append(self.tr("Drag it to another day, or press R, to reschedule it."))
        return "\n".join(lines)

    def day_text(self, day: dt.date, count: int) -> str:
        text = format_date(day, long=True)
        if day == self.today:
            text = self.tr("{day} — today").format(day=text)
        return f"{text} ({count})" if count else text

    # --- Qt -------------------------------------------------------------------------------

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = [
                self.tr("When"),
                self.tr("What"),
                self.tr("Lead and contact"),
                self.tr("State"),
            ]
            return names[section] if 0 <= section < self.COLUMNS else None
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):  # noqa: C901 - Qt's roles, for days and their entries
        if not index.isValid():
            return None
        if index.internalId() == 0:
            day, items = self.groups[index.row()]
            if role == DAY_ROLE:
                return day
            if index.column() != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.day_text(day, len(items))
            if role == Qt.ItemDataRole.DecorationRole and day == self.today:
                return icons.icon("today")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        entry = self.entry(index)
        if entry is None:
            return None
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == DAY_ROLE:
            return entry.day
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return time_text(entry.time)
            if column == self.WHAT:
                return self.what_text(entry)
            if column == self.WHO:
                return self.who_text(entry)
            return self.state_text(entry)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.WHAT:
                return kind_icon(entry)
            if column == self.STATE and entry.days_overdue:
                return icons.icon("overdue", OVERDUE_COLOUR)
            if column == self.STATE and entry.type == "payment":
                return icons.icon("payment")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(entry)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == 0:
            return flags | Qt.ItemFlag.ItemIsDropEnabled
        entry = self.entry(index)
        if entry is not None and entry.movable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        keys = []
        for index in indexes:
            entry = self.entry(index)
            if entry is not None and entry.movable and entry.key not in keys:
                keys.append(entry.key)
        data = QMimeData()
        data.setData(MIME_TYPE, "\n".join(keys[:1]).encode("ascii"))
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        # The views take the drop themselves (the day and the hour under the pointer)
        # and move the follow-up through its action; the model holds no data to change.
        return False


def dragged_key(data: QMimeData) -> str | None:
    """The follow-up a drag carries ('lead-12'), None for anything else."""
    if not data.hasFormat(MIME_TYPE):
        return None
    text = bytes(data.data(MIME_TYPE)).decode("ascii", "replace").strip()
    return text or None


def is_past(day: dt.date) -> bool:
    return day < rules.today()
