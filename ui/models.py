"""Qt item models over contactos queries.

The lead and contact tables are windowed: the model knows the row count (one COUNT
query) and fetches rows a page at a time when the view asks for them, keeping only a few
pages in memory, so a list of 100,000 rows opens instantly and scrolling to its end does
not load 100,000 Python objects.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont

from contactos import listing, phones, rules, timeline
from contactos.models import now
from contactos.today import SECTIONS, QueueItem, work_queue
from ui import icons
from ui.dialogs.common import format_date, format_money
from ui.translation import translate

Index = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # translated
    sort: str | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class WindowedTableModel(QAbstractTableModel):
    """A read-only table whose rows come from `fetch(offset, limit)` a page at a time."""

    PAGE = 200
    KEEP_PAGES = 12

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self.sort_key: str | None = None
        self.descending = False
        self.columns: list[Column] = self.make_columns()

    # To be provided by subclasses.
    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError

    def fetch(self, offset: int, limit: int) -> list:
        """The rows (dataclasses of contactos.listing) from `offset`, at most `limit`."""
        raise NotImplementedError

    def display(self, row, column: Column) -> str:
        value = getattr(row, column.key, None)
        return "" if value is None else str(value)

    def decoration(self, row, column: Column):
        return None

    def tooltip(self, row, column: Column) -> str | None:
        return None

    # Loading.
    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self.count()
        self.endResetModel()

    def row(self, row: int):
        if not 0 <= row < self._count:
            return None
        page_number = row // self.PAGE
        page = self._pages.get(page_number)
        if page is None:
            page = self.fetch(page_number * self.PAGE, self.PAGE)
            self._pages[page_number] = page
            while len(self._pages) > self.KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        offset = row - page_number * self.PAGE
        return page[offset] if offset < len(page) else None

    # QAbstractTableModel.
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == ROW_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self.sort_key = self.columns[column].sort
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()  # every row changes place: nothing to keep
        self._pages.clear()
        self.endResetModel()


# --- Leads ------------------------------------------------------------------------------


def lead_state(row: listing.LeadRow) -> str:
    """won, lost, overdue, limbo, unattended or open: what a row is marked with."""
    if row.status != "open":
        return row.status
    if rules.is_overdue(row.next_due):
        return "overdue"
    if row.in_limbo:
        return "limbo"
    return "unattended" if row.first_contact_at is None else "open"


def status_text(row: listing.LeadRow) -> str:
    """The words that mark a lead's state, so that limbo is never shown by colour alone."""
    state = lead_state(row)
    if state in ("won", "lost"):
        return translate("Rules", rules.STATUS_LABELS[state])
    return {
        "overdue": translate("LeadTableModel", "Overdue"),
        "limbo": translate("LeadTableModel", "In limbo"),
        "unattended": translate("LeadTableModel", "Not attended"),
        "open": translate("LeadTableModel", "Open"),
    }[state]


STATE_ICONS = {
    "won": ("won", None),
    "lost": ("lost", None),
    "overdue": ("overdue", "#c62828"),
    "limbo": ("limbo", "#c62828"),
    "unattended": ("unattended", "#e65100"),
}


def status_icon(row: listing.LeadRow):
    marked = STATE_ICONS.get(lead_state(row))
    return icons.icon(*marked) if marked else None


class LeadTableModel(WindowedTableModel):
    def __init__(self, parent=None) -> None:
        self.filter = listing.LeadFilter(status="open")
        super().__init__(parent)
        self.sort_key = "next_action"

    def make_columns(self) -> list[Column]:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column("state", translate("LeadTableModel", "State"), "status"),
            Column("title", translate("LeadTableModel", "Lead"), "title"),
            Column("contact", translate("LeadTableModel", "Contact"), "contact"),
            Column("company", translate("LeadTableModel", "Company"), "company"),
            Column("stage", translate("LeadTableModel", "Stage"), "stage"),
            Column("next", translate("LeadTableModel", "Next action"), None),
            Column("due", translate("LeadTableModel", "Due"), "next_action"),
            Column("value", translate("LeadTableModel", "Value"), "value", right),
            Column("representada", translate("LeadTableModel", "Representada"), "representada"),
            Column("source", translate("LeadTableModel", "Source"), "source"),
        ]

    def set_filter(self, flt: listing.LeadFilter) -> None:
        self.filter = flt
        self.refresh()

    def count(self) -> int:
        return listing.lead_count(self.filter)

    def fetch(self, offset: int, limit: int) -> list[listing.LeadRow]:
        return listing.lead_rows(
            self.filter,
            sort=self.sort_key or "next_action",
            descending=self.descending,
            offset=offset,
            limit=limit,
        )

    def display(self, row: listing.LeadRow, column: Column) -> str:
        key = column.key
        if key == "state":
            return status_text(row)
        if key == "stage":
            return translate("Stage", row.stage)
        if key == "next":
            return row.next_what or ""
        if key == "due":
            return format_date(row.next_due)
        if key == "value":
            return format_money(row.value, row.currency)
        return super().display(row, column)

    def decoration(self, row: listing.LeadRow, column: Column):
        if column.key == "state":
            return status_icon(row)
        if column.key == "next" and row.status == "open":
            return icons.icon(row.next_kind or "task")
        return None

    def tooltip(self, row: listing.LeadRow, column: Column) -> str | None:
        if column.key in ("title", "next", "contact", "company"):
            return self.display(row, column) or None  # (the whole text of a cut one)
        if column.key == "state" and row.in_limbo:
            return translate(
                "LeadTableModel",
                "In limbo: the next action is overdue or nothing was logged for longer "
                "than the stage allows.",
            )
        return None


# --- Contacts ---------------------------------------------------------------------------


class ContactTableModel(WindowedTableModel):
    def __init__(self, parent=None) -> None:
        self.search = ""
        self.tag: str | None = None
        super().__init__(parent)
        self.sort_key = "name"

    def make_columns(self) -> list[Column]:
        return [
            Column("name", translate("ContactTableModel", "Name"), "name"),
            Column("company", translate("ContactTableModel", "Company"), "company"),
            Column("phones", translate("ContactTableModel", "Phones"), None),
            Column("emails", translate("ContactTableModel", "E-mails"), None),
            Column("city", translate("ContactTableModel", "City"), "city"),
            Column("tags", translate("ContactTableModel", "Tags"), None),
        ]

    def set_search(self, text: str, tag: str | None = None) -> None:
        self.search = text
        self.tag = tag
        self.refresh()

    def count(self) -> int:
        return listing.contact_count(self.search, self.tag)

    def fetch(self, offset: int, limit: int) -> list[listing.ContactRow]:
        return listing.contact_rows(
            self.search,
            tag=self.tag,
            sort=self.sort_key or "name",
            descending=self.descending,
            offset=offset,
            limit=limit,
        )

    def display(self, row: listing.ContactRow, column: Column) -> str:
        if column.key == "phones":
            return ", ".join(phones.display(p) for p in row.phones)
        if column.key in ("emails", "tags"):
            return ", ".join(getattr(row, column.key))
        return super().display(row, column)

    def decoration(self, row: listing.ContactRow, column: Column):
        return icons.icon("contact") if column.key == "name" else None


# --- Today ------------------------------------------------------------------------------

SECTION_ICONS = {
    "unattended": "unattended",
    "overdue": "overdue",
    "due_today": "today",
    "limbo": "limbo",
    "commitments_due": "commitment",
    "payments_due": "money",
}


class GroupedModel(QAbstractItemModel):
    """Groups as top-level rows and their items as children, two levels deep.

    `groups` is a list of (group key, items); an index's internalId is 0 for a group row
    and the group's row + 1 for an item, so `parent()` needs no lookup.
    """

    COLUMNS = 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[object, list]] = []

    def set_groups(self, groups: list[tuple[object, list]]) -> None:
        self.beginResetModel()
        self.groups = groups
        self.endResetModel()

    def item_at(self, index: Index):
        """The item under `index` (None for a group row or an invalid index)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        items = self.groups[index.internalId() - 1][1]
        return items[index.row()] if index.row() < len(items) else None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _section_label(key: str) -> str:
    # Literal calls so that lupdate sees every label.
    return {
        "unattended": translate("TodayModel", "New leads not yet attended"),
        "overdue": translate("TodayModel", "Overdue"),
        "due_today": translate("TodayModel", "Due today"),
        "limbo": translate("TodayModel", "In limbo"),
        "commitments_due": translate("TodayModel", "Commitments due"),
        "payments_due": translate("TodayModel", "Payments late"),
    }[key]


class TodayModel(GroupedModel):
    """Sections (with counts) as top-level rows, the work items as their children.

    Each row leads with what to do and when; the lead, its contact and the state follow.
    """

    COLUMNS = 4  # what to do, when, lead and contact, state
    WHAT, WHEN, LEAD, STATE = range(4)

    @property
    def sections(self) -> list[tuple[str, list[QueueItem]]]:
        return self.groups

    def refresh(self, moment: dt.datetime | None = None) -> None:
        queue = work_queue(moment or now())
        self.set_groups([(key, queue[key]) for key in SECTIONS])

    def item(self, index: Index) -> QueueItem | None:
        return self.item_at(index)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                [
                    translate("TodayModel", "What to do"),
                    translate("TodayModel", "When"),
                    translate("TodayModel", "Lead and contact"),
                    translate("TodayModel", "State"),
                ][section]
                if 0 <= section < self.COLUMNS
                else None
            )
        return None

    @staticmethod
    def what_text(item: QueueItem) -> str:
        """The next action (a planned activity's subject, a commitment's description; a
        late payment with its amount)."""
        if item.type == "payment":
            from ui.dialogs.common import format_money

            label = {
                "customer-payment": translate("TodayModel", "The customer's payment: {0}"),
                "commission": translate("TodayModel", "The commission: {0}"),
            }.get(item.kind, "{0}")
            return label.format(format_money(item.amount, item.currency) or "—")
        return item.what or item.title

    @staticmethod
    def lead_text(item: QueueItem) -> str:
        company = item.company or ""
        name = item.contact
        who = f"{name} ({company})" if company and company != name else name
        title = item.title
        return f"{title} · {who}" if title and title != item.what else who

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):  # noqa: C901 - Qt's roles
        if not index.isValid():
            return None
        if index.internalId() == 0:
            key, items = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{_section_label(key)} ({len(items)})"
            if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
                return icons.icon(SECTION_ICONS[key])
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        item = self.item(index)
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHAT:
                return self.what_text(item)
            if column == self.WHEN:
                return format_date(item.due)
            if column == self.LEAD:
                return self.lead_text(item)
            if column == self.STATE:
                return self.state_text(item)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.WHAT:
                kind = item.kind or ("commitment" if item.type == "commitment" else "task")
                if item.type == "payment":
                    kind = "payment" if item.kind == "customer-payment" else "money"
                return icons.icon(kind if icons.has(kind) else "task")
            if column == self.STATE and (item.in_limbo or item.days_overdue):
                return icons.icon("limbo" if item.in_limbo else "overdue", "#c62828")
        if role == Qt.ItemDataRole.ToolTipRole and column != self.WHEN:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ROW_ROLE:
            return item
        return None

    def age_text(self, hours: float) -> str:
        """How long ago a new lead arrived, as a person says it: just now, 20 min,
        5 hours, 3 days (never "0 hours")."""
        minutes = int(hours * 60)
        if minutes < 1:
            return self.tr("received just now")
        if minutes < 60:
            return self.tr("received %n min ago", "", minutes)
        if hours < 48:
            return self.tr("received %n hour(s) ago", "", int(hours))
        return self.tr("received %n day(s) ago", "", int(hours // 24))

    def state_text(self, item: QueueItem) -> str:
        parts = []
        if item.section == "unattended":
            parts.append(self.age_text(item.age_hours))
        days = item.days_overdue
        if days:
            parts.append(self.tr("%n day(s) late", "", days))
        if "stale" in item.limbo_reasons and not days:  # (late says enough)
            parts.append(translate("TodayModel", "nothing logged for too long"))
        if item.in_limbo:
            parts.insert(0, translate("TodayModel", "In limbo"))
        if item.type == "payment" and item.representada:
            parts.append(item.representada)
        if item.type == "commitment":
            owner = {
                "me": translate("TodayModel", "my commitment"),
                "prospect": translate("TodayModel", "the prospect's commitment"),
                "representada": translate("TodayModel", "the representada's commitment"),
            }.get(item.owner, "")
            parts.insert(0, owner)
        return " · ".join(p for p in parts if p)


# --- Timeline ---------------------------------------------------------------------------


def _when_text(day: dt.date | None, time: dt.time | None) -> str:
    """A date and maybe an hour, as the reader's locale writes them."""
    if day is None:
        return "—"
    text = format_date(day)
    if time is not None:
        text += " " + QLocale().toString(
            QTime(time.hour, time.minute), QLocale.FormatType.ShortFormat
        )
    return text


class TimelineModel(GroupedModel):
    """Days as top-level rows (newest first), the day's events as their children."""

    COLUMNS = 2  # time, what

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.show_lead = False
        self._filter = ""
        self._events: list[timeline.Event] = []

    def set_events(self, events: list[timeline.Event]) -> None:
        self._events = events
        self._regroup()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._regroup()

    def _regroup(self) -> None:
        days: OrderedDict[dt.date, list[timeline.Event]] = OrderedDict()
        for event in self._events:
            if self._filter and self._filter not in self.searchable(event):
                continue
            days.setdefault(event.when.date(), []).append(event)
        self.set_groups(list(days.items()))

    def searchable(self, event: timeline.Event) -> str:
        return " ".join(
            (self.kind_label(event), event.title, event.detail, event.lead_title)
        ).casefold()

    @staticmethod
    def kind_label(event: timeline.Event) -> str:
        if event.kind in rules.ACTIVITY_LABELS:
            label = translate("Rules", rules.ACTIVITY_LABELS[event.kind])
            if event.planned:
                planned = translate("TimelineModel", "planned")
                return f"{label} ({planned})"
            return label
        return translate("Timeline", timeline.KIND_LABELS.get(event.kind, event.kind))

    def text(self, event: timeline.Event) -> str:
        title = event.title
        if event.kind == "stage":
            title = f"{translate('Stage', event.detail)} → {translate('Stage', event.title)}"
            detail = ""
        elif event.kind == "won":
            title = translate("Rules", rules.ACT_LABELS.get(event.title, event.title))
            detail = event.detail
        elif event.kind == "lost":
            title = translate("Rules", rules.LOSS_REASON_LABELS.get(event.title, event.title))
            detail = (
                translate("TimelineModel", "“{0}”").format(event.detail) if event.detail else ""
            )
        elif event.kind == "moved" and event.moved is not None:
            detail = rules.move_text(event.moved[1], event.moved[0], when=_when_text)
        elif event.currency:  # a commission entry: its title is an amount
            from decimal import Decimal

            from ui.dialogs.common import format_money

            title = format_money(Decimal(event.title), event.currency) if event.title else ""
            detail = event.detail
        elif event.kind in ("commitment", "commitment-done"):
            owner = {
                "me": translate("TimelineModel", "me"),
                "prospect": translate("TimelineModel", "prospect"),
                "representada": translate("TimelineModel", "representada"),
            }.get(event.detail, event.detail)
            detail = f"({owner})"
        else:
            detail = event.detail
        parts = [self.kind_label(event)]
        if title:
            parts.append(title)
        line = ": ".join(parts[:1] + [" ".join(parts[1:])]) if len(parts) > 1 else parts[0]
        if detail:
            line += " — " + detail.replace("\n", " · ")
        if self.show_lead and event.lead_title:
            line += f"  [{event.lead_title}]"
        return line

    ICONS: dict[str, str] = {
        "stage": "stage-change",
        "received": "leads",
        "import": "import",
        "won": "won",
        "lost": "lost",
        "reopen": "reopen",
        "impediment": "impediment",
        "impediment-resolved": "done",
        "commitment": "commitment",
        "commitment-done": "done",
        "moved": "reschedule",
        "invoiced": "money",
        "customer-paid": "payment",
        "received-commission": "money",
        "commission-cancelled": "closed",
    }

    def event_at(self, index: Index) -> timeline.Event | None:
        return self.item_at(index)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return translate("TimelineModel", "When")
            if section == 1:
                return translate("TimelineModel", "What")
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            day, _ = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return format_date(day, long=True)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        event = self.event_at(index)
        if event is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                if event.when.time() == dt.time(12, 0):  # a date without a time of day
                    return ""
                moment = QTime(event.when.hour, event.when.minute)
                return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
            return self.text(event)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return icons.icon(self.ICONS.get(event.kind, event.kind))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return self.text(event)
        if role == ROW_ROLE:
            return event
        return None
