"""Calendario: month, week and agenda of what is planned, worked from the keyboard or
with the mouse.

Every move goes through contactos.actions.followups.reschedule, as Today's
*Reprogramar* does: a drag to another day (month) or hour (week), R and its menu, or
Ctrl+arrows (a day, an hour). Refusals (a day in the past) are shown above the calendar;
each move is kept in the lead's history and can be undone with Ctrl+Z.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QRegion,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from contactos import agenda, clock, rules
from contactos.actions import followups
from contactos.actions.followups import FollowUp
from contactos.i18n import TranslatableError
from contactos.models import Representada, Source
from ui import icons
from ui.calendar_model import (
    OVERDUE_COLOUR,
    CalendarModel,
    dragged_key,
    is_past,
    time_text,
)
from ui.dialogs.common import format_date
from ui.undo import Change

MODES = ("month", "week", "agenda")
# The hours the week shows; earlier and later ones are drawn in the first and last.
FIRST_HOUR, LAST_HOUR = 7, 21
AGENDA_DAYS = 14


def first_weekday() -> int:
    """The locale's first day of the week, as Python counts (Monday 0)."""
    return QLocale().firstDayOfWeek().value - 1


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - first_weekday()) % 7)


def month_range(day: dt.date) -> tuple[dt.date, dt.date]:
    """The six weeks a month is drawn on, from the locale's first day of the week."""
    first = week_start(day.replace(day=1))
    return first, first + dt.timedelta(days=41)


def period_range(mode: str, day: dt.date) -> tuple[dt.date, dt.date]:
    if mode == "month":
        return month_range(day)
    if mode == "week":
        first = week_start(day)
        return first, first + dt.timedelta(days=6)
    return day, day + dt.timedelta(days=AGENDA_DAYS - 1)


def day_name(day: dt.date, short: bool = True) -> str:
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day.isoweekday(), form)


# --- The grids ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
    rect: QRect
    text_rect: QRect
    text: str
    pictures: list[QPixmap]
    top: int
    size: int
    shaded: bool


class CalendarGrid(QAbstractItemView):
    """The month (six weeks of days) or the week (days by hour) of a CalendarModel.

    Each day's entries are drawn one per line, as many as fit; '+ N more' opens the
    agenda at that day. Arrows move between entries and days; a drop asks the calendar
    to move the entry to the day (and, in the week, the hour) under the pointer.
    """

    dropped = Signal(str, object, object)  # entry key, day, time (None: keep / day only)
    beyond = Signal(object)  # a day outside the period was asked for (arrows)
    more = Signal(object)  # '+ N more' of a day was clicked

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self._cells: dict[int, QRect] = {}  # day row -> cell
        self._rects: dict[tuple[int, int], QRect] = {}  # (day row, entry row) -> line
        self._hidden: dict[int, int] = {}  # day row -> entries not drawn
        self._more: dict[int, QRect] = {}
        self._drawn: dict[tuple[int, int], _Line] = {}  # what each line draws
        self._pixmaps: dict[tuple, QPixmap] = {}
        self._band = QRect()  # the week's band of entries without an hour
        self._hour_height = 0
        self._header = 0

    def model(self) -> CalendarModel:
        return super().model()

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        model.modelReset.connect(self._relayout)
        self._relayout()

    # --- Layout ---------------------------------------------------------------------------

    def line_height(self) -> int:
        return self.fontMetrics().height() + 4

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        self._cells.clear()
        self._rects.clear()
        self._drawn.clear()
        self._hidden.clear()
        self._more.clear()
        model = self.model()
        if model is None:
            return
        area = self.viewport().rect()
        days = model.rowCount()
        if not days or area.width() < 10:
            return
        line = self.line_height()
        self._header = line + 4
        columns = 7
        width = area.width() / columns
        if self.mode == "month":
            weeks = max(days // 7, 1)
            height = (area.height() - self._header) / weeks
            for row in range(days):
                x = round((row % 7) * width)
                y = self._header + round((row // 7) * height)
                cell = QRect(x, y, round((row % 7 + 1) * width) - x, round(height) - 1)
                self._cells[row] = cell
                self._place(row, cell.adjusted(2, line + 2, -2, -2), list(range(self._count(row))))
            return
        # The week: a band for what has no hour, then the hours.
        band_lines = 3
        self._band = QRect(0, self._header, area.width(), band_lines * line + 4)
        top = self._band.bottom() + 4
        hours = LAST_HOUR - FIRST_HOUR + 1
        self._hour_height = max((area.height() - top) // hours, line)
        gutter = self.fontMetrics().horizontalAdvance(time_text(dt.time(10, 0))) + 10
        self._gutter = gutter
        width = (area.width() - gutter) / columns
        for row in range(days):
            x = gutter + round(row * width)
            right = gutter + round((row + 1) * width)
            self._cells[row] = QRect(x, self._header, right - x, area.height() - self._header)
            model_day = model.index(row, 0)
            untimed, by_hour = [], {}
            for child in range(self._count(row)):
                entry = model.entry(model.index(child, 0, model_day))
                if entry.time is None:
                    untimed.append(child)
                else:
                    hour = min(max(entry.time.hour, FIRST_HOUR), LAST_HOUR)
                    by_hour.setdefault(hour, []).append(child)
            band = QRect(x + 2, self._band.top() + 2, right - x - 4, self._band.height() - 4)
            self._place(row, band, untimed)
            for hour, children in by_hour.items():
                y = top + (hour - FIRST_HOUR) * self._hour_height
                self._place(
                    row, QRect(x + 2, y + 1, right - x - 4, self._hour_height - 2), children
                )
        self._top = top

    def _count(self, row: int) -> int:
        return self.model().rowCount(self.model().index(row, 0))

    def _place(self, row: int, area: QRect, children: list[int]) -> None:
        """Lines for `children` of day `row` inside `area`, the last one '+ N more' when
        they do not all fit."""
        line = self.line_height()
        fits = max(area.height() // line, 0)
        if len(children) > fits:
            shown, hidden = children[: max(fits - 1, 0)], len(children) - max(fits - 1, 0)
        else:
            shown, hidden = children, 0
        for n, child in enumerate(shown):
            self._rects[(row, child)] = QRect(
                area.left(), area.top() + n * line, area.width(), line
            )
        if hidden:
            self._hidden[row] = self._hidden.get(row, 0) + hidden
            y = area.top() + len(shown) * line
            self._more[row] = QRect(area.left(), y, area.width(), line)

    # --- Geometry that QAbstractItemView asks for ------------------------------------------

    def _key(self, index: QModelIndex) -> tuple[int, int] | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return (index.internalId() - 1, index.row())

    def visualRect(self, index) -> QRect:  # noqa: N802
        if not index.isValid():
            return QRect()
        if index.internalId() == 0:
            return self._cells.get(index.row(), QRect())
        return self._rects.get(self._key(index), QRect())

    def indexAt(self, point: QPoint) -> QModelIndex:  # noqa: N802
        model = self.model()
        for (row, child), rect in self._rects.items():
            if rect.contains(point):
                return model.index(child, 0, model.index(row, 0))
        for row, rect in self._cells.items():
            if rect.contains(point):
                return model.index(row, 0)
        return QModelIndex()

    def day_at(self, point: QPoint) -> dt.date | None:
        for row, rect in self._cells.items():
            if rect.contains(point):
                return self.model().groups[row][0]
        return None

    def time_at(self, point: QPoint) -> dt.time | None:
        """The hour (to the half hour) under `point` in the week; None in the band."""
        if self.mode != "week" or point.y() < getattr(self, "_top", 0):
            return None
        offset = (point.y() - self._top) / max(self._hour_height, 1)
        half_hours = int(offset * 2)
        hour = min(FIRST_HOUR + half_hours // 2, LAST_HOUR)
        return dt.time(hour, 30 if half_hours % 2 else 0)

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        pass

    def horizontalOffset(self) -> int:  # noqa: N802
        return 0

    def verticalOffset(self) -> int:  # noqa: N802
        return 0

    def isIndexHidden(self, index) -> bool:  # noqa: N802
        return index.internalId() != 0 and self._key(index) not in self._rects

    def setSelection(self, rect: QRect, flags) -> None:  # noqa: N802
        index = self.indexAt(rect.center())
        if index.isValid():
            self.selectionModel().select(index, flags)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:  # noqa: N802
        region = QRegion()
        for index in selection.indexes():
            region += self.visualRect(index)
        return region

    # --- Keys -----------------------------------------------------------------------------

    def _visible_children(self, row: int) -> list[int]:
        # (in the order they are seen: the week's band of the day first, then by hour)
        lines = [(rect.top(), child) for (r, child), rect in self._rects.items() if r == row]
        return [child for _, child in sorted(lines)]

    def _on_day(self, row: int, ordinal: int = 0, last: bool = False) -> QModelIndex:
        model = self.model()
        children = self._visible_children(row)
        if not children:
            return model.index(row, 0)
        child = children[-1] if last else children[min(ordinal, len(children) - 1)]
        return model.index(child, 0, model.index(row, 0))

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802
        model = self.model()
        current = self.currentIndex()
        if not current.isValid():
            today = model.day_row(model.today)
            return self._on_day(today if today >= 0 else 0)
        row = current.row() if current.internalId() == 0 else current.internalId() - 1
        children = self._visible_children(row)
        ordinal = (
            children.index(current.row())
            if current.internalId() != 0 and (current.row() in children)
            else 0
        )
        cursor = QAbstractItemView.CursorAction
        step = {cursor.MoveLeft: -1, cursor.MoveRight: 1}.get(action)
        if action in (cursor.MoveUp, cursor.MoveDown):
            forward = action == cursor.MoveDown
            if current.internalId() != 0 and children:
                target = ordinal + (1 if forward else -1)
                if 0 <= target < len(children):
                    return self._on_day(row, target)
            if self.mode == "week":
                return current
            step = 7 if forward else -7
            return self._to_day(row + step, 0, last=not forward)
        if step is not None:
            return self._to_day(row + step, ordinal)
        if action == cursor.MoveHome:
            return self._on_day(0)
        if action == cursor.MoveEnd:
            return self._on_day(model.rowCount() - 1)
        if action in (cursor.MovePageUp, cursor.MovePageDown):
            days = 7 if self.mode == "week" else 35
            forward = action == cursor.MovePageDown
            self.beyond.emit(model.groups[row][0] + dt.timedelta(days if forward else -days))
            return current
        return current

    def _to_day(self, row: int, ordinal: int, last: bool = False) -> QModelIndex:
        model = self.model()
        if 0 <= row < model.rowCount():
            return self._on_day(row, ordinal, last)
        first = model.groups[0][0]
        self.beyond.emit(first + dt.timedelta(days=row))
        return self.currentIndex()

    # --- Mouse and drops ------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802
        for row, rect in self._more.items():
            if rect.contains(event.position().toPoint()):
                self.more.emit(self.model().groups[row][0])
                return
        super().mousePressEvent(event)

    def _drop_target(self, event) -> tuple[str | None, dt.date | None]:
        return dragged_key(event.mimeData()), self.day_at(event.position().toPoint())

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if dragged_key(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        key, day = self._drop_target(event)
        # (a day in the past is refused: the pointer says so before the drop)
        if key and day is not None and not is_past(day):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.viewport().update()

    def dropEvent(self, event) -> None:  # noqa: N802
        key, day = self._drop_target(event)
        if not key or day is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(key, day, self.time_at(event.position().toPoint()))

    def startDrag(self, actions) -> None:  # noqa: N802
        # (a copy: the source view must not remove rows after a move; the model reloads)
        super().startDrag(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction)

    # --- Painting -------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        model = self.model()
        painter = QPainter(self.viewport())
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        if model is None or not model.rowCount():
            painter.end()
            return
        self._paint_header(painter, palette)
        if self.mode == "week":
            self._paint_hours(painter, palette)
        for row, cell in self._cells.items():
            self._paint_day(painter, palette, row, cell)
        current = self._key(self.currentIndex())
        selected = {self._key(index) for index in self.selectionModel().selectedIndexes()}
        if not self._drawn:
            self._prepare_lines()
        exposed = event.rect()
        for key, line in self._drawn.items():
            if line.rect.intersects(exposed):
                self._paint_line(painter, palette, line, key in selected, key == current)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for row, rect in self._more.items():
            painter.drawText(
                rect.adjusted(4, 0, -2, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.tr("+ %n more", "", self._hidden[row]),
            )
        painter.end()

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        model = self.model()
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for row in range(min(7, model.rowCount())):
            cell = self._cells[row]
            day = model.groups[row][0]
            text = day_name(day)
            if self.mode == "week":
                text = f"{text} {day.day}"
                if day == model.today:
                    text = self.tr("{day} (today)").format(day=text)
            rect = QRect(cell.left(), 0, cell.width(), self._header)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self.font())

    def _paint_hours(self, painter: QPainter, palette: QPalette) -> None:
        grid = palette.color(QPalette.ColorRole.Mid)
        text = palette.color(QPalette.ColorRole.Text)
        width = self.viewport().width()
        painter.setPen(text)
        painter.drawText(
            QRect(0, self._band.top(), self._gutter, self._band.height()),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.tr("No hour"),
        )
        for n in range(LAST_HOUR - FIRST_HOUR + 1):
            y = self._top + n * self._hour_height
            painter.setPen(grid)
            painter.drawLine(self._gutter, y, width, y)
            painter.setPen(text)
            painter.drawText(
                QRect(0, y, self._gutter - 4, self.line_height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                time_text(dt.time(FIRST_HOUR + n)),
            )
        painter.setPen(grid)
        painter.drawLine(0, self._band.bottom() + 2, width, self._band.bottom() + 2)

    def _paint_day(self, painter: QPainter, palette: QPalette, row: int, cell: QRect) -> None:
        model = self.model()
        day = model.groups[row][0]
        month = model.groups[len(model.groups) // 2][0].month
        if self.mode == "month" and day.month != month:
            painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(cell.adjusted(0, 0, -1, -1))
        if day == model.today:
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(cell.adjusted(1, 1, -2, -2))
        if self.mode == "month":
            text = str(day.day)
            if day.day == 1:
                text += " " + QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)
            font = QFont(self.font())
            if day == model.today:
                font.setBold(True)
                text = self.tr("{day} · today").format(day=text)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                cell.adjusted(4, 2, -4, 0).topLeft() + QPoint(0, self.fontMetrics().ascent() + 1),
                text,
            )
            painter.setFont(self.font())

    def _pixmap(self, name: str, colour: str | None, size: int) -> QPixmap:
        key = (name, colour, size, self.devicePixelRatioF())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = icons.icon(name, colour).pixmap(
                QSize(size, size), self.devicePixelRatioF()
            )
        return pixmap

    def _prepare_lines(self) -> None:
        """What each line draws, worked out once per layout (a paint only draws it): the
        kind's and the late mark's pictures, and the text cut to the width."""
        model = self.model()
        size = self.line_height() - 6
        metrics = self.fontMetrics()
        overdue = self._pixmap("overdue", OVERDUE_COLOUR, size)
        for (row, child), rect in self._rects.items():
            entry = model.entry(model.index(child, 0, model.index(row, 0)))
            kind = entry.kind if icons.has(entry.kind) else "task"
            pictures = [self._pixmap(kind, None, size)]
            if entry.days_overdue:
                pictures.append(overdue)
            x = rect.left() + 2 + len(pictures) * (size + 2)
            text_rect = QRect(x, rect.top(), rect.right() - x, rect.height())
            text = metrics.elidedText(
                model.line_text(entry, with_time=self.mode == "month"),
                Qt.TextElideMode.ElideRight,
                text_rect.width(),
            )
            top = rect.top() + (rect.height() - size) // 2
            self._drawn[(row, child)] = _Line(
                rect, text_rect, text, pictures, top, size, entry.type == "payment"
            )

    def _paint_line(
        self, painter: QPainter, palette: QPalette, line: _Line, selected: bool, current: bool
    ) -> None:
        rect = line.rect
        text_colour = palette.color(QPalette.ColorRole.Text)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            text_colour = palette.color(QPalette.ColorRole.HighlightedText)
        elif line.shaded:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        x = rect.left() + 2
        for picture in line.pictures:
            painter.drawPixmap(x, line.top, picture)
            x += line.size + 2
        painter.setPen(text_colour)
        painter.drawText(
            line.text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, line.text
        )
        if current and self.hasFocus():
            pen = painter.pen()
            pen.setColor(
                palette.color(QPalette.ColorRole.Highlight) if not selected else text_colour
            )
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            pen.setStyle(Qt.PenStyle.SolidLine)
            painter.setPen(pen)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(700, 480)


class AgendaTree(QTreeView):
    """The agenda: days with what is planned, as a list; a drop moves to the day."""

    dropped = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setAlternatingRowColors(True)

    def _day(self, event) -> dt.date | None:
        index = self.indexAt(event.position().toPoint())
        return self.model().day(index) if index.isValid() else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if dragged_key(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        day = self._day(event)
        if dragged_key(event.mimeData()) and day is not None and not is_past(day):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        key, day = dragged_key(event.mimeData()), self._day(event)
        if not key or day is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(key, day, None)

    def startDrag(self, actions) -> None:  # noqa: N802
        super().startDrag(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction)


# --- The view -------------------------------------------------------------------------------


class CalendarView(QWidget):
    open_lead = Signal(int)
    changed = Signal()
    undoable = Signal(object)  # a ui.undo.Change just made here (the window records it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "month"
        self.anchor = clock.today()
        self.model = CalendarModel(self)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Previous (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.today_button = QPushButton(icons.icon("today"), self.tr("&Today"))
        self.today_button.clicked.connect(self.go_today)

        self.mode_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        labels = {
            "month": self.tr("&Month"),
            "week": self.tr("&Week"),
            "agenda": self.tr("&Agenda"),
        }
        for mode in MODES:
            button = QPushButton(labels[mode])
            button.setCheckable(True)
            button.clicked.connect(lambda checked=False, m=mode: self.set_mode(m))
            group.addButton(button)
            self.mode_buttons[mode] = button

        self.representada = QComboBox()
        self.representada.setAccessibleName(self.tr("Representada"))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self._fill_filters()
        for combo in (self.representada, self.source, self.kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter_changed)

        self.sheet_button = QPushButton(icons.icon("export"), self.tr("&Day sheet…"))
        self.sheet_button.setToolTip(
            self.tr("Print the selected day's visits and calls, or save them as PDF")
        )
        self.sheet_button.clicked.connect(self.show_sheet_menu)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.month = CalendarGrid("month")
        self.week = CalendarGrid("week")
        self.agenda = AgendaTree()
        self.month.setAccessibleName(self.tr("Month"))
        self.week.setAccessibleName(self.tr("Week"))
        self.agenda.setAccessibleName(self.tr("Agenda"))
        for grid in (self.month, self.week):
            grid.setModel(self.model)
            grid.dropped.connect(self.drop)
            grid.beyond.connect(self.go_to)
            grid.more.connect(self.show_agenda_at)
            grid.doubleClicked.connect(self._activated)
            grid.activated.connect(self._activated)
        self.agenda.setModel(self.model)
        self.agenda.dropped.connect(self.drop)
        self.agenda.activated.connect(self._activated)
        header = self.agenda.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CalendarModel.TIME, QHeaderView.ResizeMode.Interactive)
        width = self.fontMetrics().horizontalAdvance(time_text(dt.time(10, 30)))
        header.resizeSection(CalendarModel.TIME, width + self.agenda.indentation() + 24)
        header.setSectionResizeMode(CalendarModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CalendarModel.WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CalendarModel.STATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CalendarModel.WHO, 260)
        header.resizeSection(CalendarModel.STATE, 160)
        self.stack = QStackedWidget()
        for widget in (self.month, self.week, self.agenda):
            self.stack.addWidget(widget)
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(
                lambda point, w=widget: self._context_menu(w, point)
            )
            for keys, slot in (
                ("R", self.show_reschedule_menu),
                ("Return", self.open_current),
                ("Enter", self.open_current),
                ("Ctrl+Right", lambda: self.nudge(days=1)),
                ("Ctrl+Left", lambda: self.nudge(days=-1)),
                ("Ctrl+Down", lambda: self.nudge(hours=1)),
                ("Ctrl+Up", lambda: self.nudge(hours=-1)),
                ("PgUp", lambda: self.shift(-1)),
                ("PgDown", lambda: self.shift(1)),
            ):
                shortcut = QShortcut(QKeySequence(keys), widget)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)

        self.hint = QLabel(
            self.tr(
                "Keys: arrows move · Enter opens · R reschedules · Ctrl+arrows move a day "
                "or an hour · Page Up/Down change the period"
            )
        )
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addWidget(self.title, 1)
        for mode in MODES:
            top.addWidget(self.mode_buttons[mode])
        filters = QHBoxLayout()
        filter_icon = QLabel()
        filter_icon.setPixmap(icons.icon("filter").pixmap(16, 16))
        filters.addWidget(filter_icon)
        for combo in (self.representada, self.source, self.kind):
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.sheet_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)
        self._clear_message = QTimer(self)
        self._clear_message.setSingleShot(True)
        self._clear_message.setInterval(15000)
        self._clear_message.timeout.connect(self.message.hide)
        self.set_mode("month", load=False)

    # --- Filters --------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        for combo, rows, everything in (
            (
                self.representada,
                Representada.select(Representada.id, Representada.name).order_by(Representada.name),
                self.tr("All representadas"),
            ),
            (
                self.source,
                Source.select(Source.id, Source.name).order_by(Source.name),
                self.tr("All sources"),
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for row in rows:
                combo.addItem(row.name, row.id)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        if not self.kind.count():
            self.kind.addItem(self.tr("All kinds"), None)
            from ui.translation import translate

            for kind in agenda.FILTER_KINDS:
                if kind in rules.ACTIVITY_LABELS:
                    label = translate("Rules", rules.ACTIVITY_LABELS[kind])
                elif kind == "commitment":
                    label = self.tr("Commitments")
                else:
                    label = self.tr("Expected payments")
                icon_name = kind if icons.has(kind) else "task"
                self.kind.addItem(icons.icon(icon_name), label, kind)

    def current_filter(self) -> agenda.Filter:
        return agenda.Filter(
            self.representada.currentData(), self.source.currentData(), self.kind.currentData()
        )

    def _filter_changed(self, *args) -> None:
        self.refresh()

    # --- Period ---------------------------------------------------------------------------

    def grid(self) -> QAbstractItemView:
        return {"month": self.month, "week": self.week, "agenda": self.agenda}[self.mode]

    def set_mode(self, mode: str, load: bool = True) -> None:
        key = self._current_key()
        day = self.current_day() or self.anchor
        self.mode = mode
        self.anchor = day
        self.mode_buttons[mode].setChecked(True)
        self.model.skip_empty_days = mode == "agenda"
        self.stack.setCurrentWidget(self.grid())
        if load:
            self.refresh(key=key, day=day)
            self.grid().setFocus()

    def shift(self, step: int) -> None:
        """The previous (-1) or next (1) month, week or fortnight."""
        if self.mode == "month":
            month = self.anchor.month - 1 + step
            year = self.anchor.year + month // 12
            self.anchor = dt.date(year, month % 12 + 1, 1)
        elif self.mode == "week":
            self.anchor += dt.timedelta(days=7 * step)
        else:
            self.anchor += dt.timedelta(days=AGENDA_DAYS * step)
        self.refresh(key="", day=self.anchor)

    def go_today(self) -> None:
        self.anchor = clock.today()
        self.refresh(key="", day=self.anchor)
        self.grid().setFocus()

    def go_to(self, day: dt.date) -> None:
        self.anchor = day
        self.refresh(key="", day=day)

    def show_agenda_at(self, day: dt.date) -> None:
        self.set_mode("agenda", load=False)
        self.anchor = day
        self.refresh(key="", day=day)
        self.agenda.setFocus()

    def _title_text(self, first: dt.date, last: dt.date) -> str:
        locale = QLocale()
        if self.mode == "month":
            name = locale.standaloneMonthName(self.anchor.month, QLocale.FormatType.LongFormat)
            return f"{name[:1].upper()}{name[1:]} {self.anchor.year}"
        return self.tr("{first} to {last}").format(first=format_date(first), last=format_date(last))

    def refresh(self, key: str | None = None, day: dt.date | None = None) -> None:
        """Load the period around the anchor day, keeping the selection where it can."""
        key = key if key is not None else self._current_key()
        day = day or self.current_day()
        self._fill_filters()
        first, last = period_range(self.mode, self.anchor)
        self.model.load(first, last, self.current_filter())
        self.title.setText(self._title_text(first, last))
        self.title.setToolTip(self.tr("%n follow-up(s) in this period", "", self.model.total))
        self._select(key, day)

    # --- Selection ------------------------------------------------------------------------

    def current_index(self) -> QModelIndex:
        return self.grid().currentIndex()

    def current_entry(self) -> agenda.Entry | None:
        return self.model.entry(self.current_index())

    def current_day(self) -> dt.date | None:
        return self.model.day(self.current_index())

    def _current_key(self) -> str | None:
        entry = self.current_entry()
        return entry.key if entry else None

    def _select(self, key: str | None, day: dt.date | None) -> None:
        index = self.model.find(key) if key else QModelIndex()
        if not index.isValid() or self.grid().isIndexHidden(index):
            day_index = self.model.day_index(day) if day else QModelIndex()
            if not day_index.isValid():
                day_index = self.model.day_index(self.model.today)
            if not day_index.isValid() and self.model.rowCount():
                day_index = self.model.index(0, 0)
            index = day_index
            if index.isValid() and self.model.rowCount(index) and self.mode != "agenda":
                first_child = self.model.index(0, 0, index)
                if not self.grid().isIndexHidden(first_child):
                    index = first_child
        if index.isValid():
            self.grid().selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        if self.mode == "agenda":
            for row in range(self.model.rowCount()):  # (a day's name spans the row)
                self.agenda.setFirstColumnSpanned(row, QModelIndex(), True)
            self.agenda.expandAll()
            if index.isValid():
                self.agenda.scrollTo(index)

    def focus_calendar(self) -> None:
        self.grid().setFocus()

    # --- Moving ---------------------------------------------------------------------------

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(f"color: {OVERDUE_COLOUR}" if error else "")
        self.message.setText(text)
        self.message.show()
        self._clear_message.start()

    def move(self, entry: agenda.Entry, day: dt.date, time: dt.time | None = None) -> bool:
        """Reschedule `entry` to `day` (at `time`; None keeps its hour) through the same
        action as Today's Reprogramar; a refusal is said above the calendar."""
        if not entry.movable:
            self._say(
                self.tr("An expected payment is shown here, not moved: change it in the lead.")
            )
            return False
        if time is None and entry.type != "commitment":
            time = entry.time
        if entry.type == "commitment":
            time = None
        if day == entry.day and time == entry.time:
            return False
        try:
            moved = followups.reschedule(FollowUp(entry.type, entry.target_id), day, time)
        except TranslatableError as error:
            self._say(error.message)
            return False
        self.message.hide()
        when = format_date(day)
        if time is not None:
            when += " " + time_text(time)
        what = self.model.what_text(entry)
        self.refresh(key=entry.key, day=day)
        self.changed.emit()
        self.undoable.emit(
            Change(
                self.tr("Moved to {date}: {what}").format(date=when, what=what),
                lambda: followups.undo_reschedule(moved),
            )
        )
        return True

    def drop(self, key: str, day: dt.date, time: dt.time | None) -> None:
        index = self.model.find(key)
        entry = self.model.entry(index)
        if entry is None:
            return
        if self.mode == "week" and time is None and entry.type == "lead":
            # (dropped on the band of the day without an hour: the next action has none)
            self._move_untimed(entry, day)
            return
        self.move(entry, day, time)

    def _move_untimed(self, entry: agenda.Entry, day: dt.date) -> None:
        try:
            moved = followups.reschedule(FollowUp(entry.type, entry.target_id), day, None)
        except TranslatableError as error:
            self._say(error.message)
            return
        self.message.hide()
        self.refresh(key=entry.key, day=day)
        self.changed.emit()
        self.undoable.emit(
            Change(
                self.tr("Moved to {date}: {what}").format(
                    date=format_date(day), what=self.model.what_text(entry)
                ),
                lambda: followups.undo_reschedule(moved),
            )
        )

    def nudge(self, days: int = 0, hours: int = 0) -> None:
        """Ctrl+arrows: the selected entry a day later or earlier, or an hour (the
        keyboard's drag)."""
        entry = self.current_entry()
        if entry is None:
            return
        if hours:
            if entry.time is None or entry.type == "commitment":
                self._say(self.tr("It has no hour: move it by days (Ctrl+Left, Ctrl+Right)."))
                return
            moment = dt.datetime.combine(entry.day, entry.time) + dt.timedelta(hours=hours)
            if moment.date() != entry.day:
                return
            self.move(entry, entry.day, moment.time())
            return
        self.move(entry, entry.day + dt.timedelta(days=days))

    def reschedule_menu(self) -> QMenu:
        from ui.dialogs.reschedule import reschedule_menu

        return reschedule_menu(self, self.reschedule_to, self.pick_date)

    def show_reschedule_menu(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if not entry.movable:
            self.move(entry, entry.day)
            return
        grid = self.grid()
        rect = grid.visualRect(self.current_index())
        self.reschedule_menu().exec(grid.viewport().mapToGlobal(rect.bottomLeft()))

    def reschedule_to(self, day: dt.date) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.move(entry, day)

    def pick_date(self) -> None:
        from ui.dialogs.reschedule import RescheduleDialog

        entry = self.current_entry()
        if entry is None:
            return
        day, accepted = RescheduleDialog.pick_date(self, entry.day)
        if accepted and day is not None:
            self.move(entry, day)

    # --- Opening --------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index)
        if entry is not None and entry.lead_id:
            self.open_lead.emit(entry.lead_id)

    def open_current(self) -> None:
        self._activated(self.current_index())

    def _context_menu(self, widget, point) -> None:
        index = widget.indexAt(point)
        entry = self.model.entry(index)
        if entry is None:
            return
        widget.setCurrentIndex(index)
        menu = QMenu(self)
        if entry.movable:
            menu.addMenu(self.reschedule_menu()).setText(self.tr("Reschedule"))
        if entry.lead_id:
            menu.addAction(icons.icon("open"), self.tr("Open lead"), self.open_current)
        menu.exec(widget.viewport().mapToGlobal(point))

    # --- The day sheet --------------------------------------------------------------------

    def sheet_day(self) -> dt.date:
        return self.current_day() or self.anchor

    def show_sheet_menu(self) -> None:
        menu = QMenu(self)
        menu.addAction(icons.icon("export"), self.tr("&Save as PDF…"), self.save_sheet)
        menu.addAction(self.tr("&Print…"), self.print_sheet)
        menu.exec(self.sheet_button.mapToGlobal(self.sheet_button.rect().bottomLeft()))

    def save_sheet(self) -> None:
        from ui.day_sheet import save_pdf_dialog

        path = save_pdf_dialog(self, self.sheet_day())
        if path:
            self._say(self.tr("Day sheet saved: {file}").format(file=path), error=False)

    def print_sheet(self) -> None:
        from ui.day_sheet import print_dialog

        print_dialog(self, self.sheet_day())
