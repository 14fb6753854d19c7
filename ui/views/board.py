"""Embudo: the pipeline board. One column per stage of the open leads, one card per lead,
and *Ganado* / *Perdido* at the end as closing targets.

The figures come from :func:`contactos.board.board`; a card dragged to another column (or
moved with Ctrl+Left/Right) goes through :func:`contactos.actions.leads.change_stage`,
recorded in the lead's history and undoable with Ctrl+Z
(:func:`contactos.actions.leads.undo_stage_change`); dropped on *Ganado* or *Perdido* it
opens the closing dialog, which still asks for the act or the prospect's words.

Each column is a QListView over its own list model (:class:`BoardModel`, holding only the
leads' ids and reading the cards shown a page at a time) painted by a delegate of uniform
height, so thousands of leads are neither widgets nor Python objects, and only the cards
in view are read and painted.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from contactos import board as board_figures
from contactos.actions import leads
from contactos.board import BoardCard, BoardColumn, BoardFilter
from contactos.i18n import TranslatableError
from contactos.models import Lead, Representada, Source
from contactos.rules import ACTIVITY_LABELS
from ui import icons
from ui.dialogs.common import format_date, format_money
from ui.translation import translate
from ui.undo import Change

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-contactos-lead"
CARD_ROLE = Qt.ItemDataRole.UserRole + 10
LEAD_ID_ROLE = Qt.ItemDataRole.UserRole + 11
LIMBO_COLOUR = "#c62828"
COLUMN_MIN_WIDTH = 140


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(keys, where, what) of the board, for Help → Keyboard shortcuts."""
    where = translate("BoardView", "Pipeline board")
    return [
        (
            translate("BoardView", "Arrows"),
            where,
            translate("BoardView", "Move between the cards (Left / Right: the next column)"),
        ),
        (
            translate("BoardView", "Ctrl+Left / Ctrl+Right"),
            where,
            translate("BoardView", "Move the lead one stage back / on (Ctrl+Z undoes it)"),
        ),
        (translate("BoardView", "Enter"), where, translate("BoardView", "Open the lead")),
    ]


def stage_name(column: BoardColumn) -> str:
    return translate("Stage", column.name)


def limbo_words(card: BoardCard) -> str:
    """Why a card is in limbo, in words (never colour alone)."""
    if not card.limbo:
        return ""
    reasons = []
    if "overdue" in card.limbo:
        reasons.append(
            translate("BoardModel", "no next action ahead")
            if card.next_due is None
            else translate("BoardModel", "overdue")
        )
    if "stale" in card.limbo:
        reasons.append(translate("BoardModel", "nothing logged for too long"))
    return translate("BoardModel", "In limbo: {0}").format(", ".join(reasons))


def due_text(card: BoardCard) -> str:
    if card.next_due is None:
        return ""
    text = format_date(card.next_due)
    if card.next_time is not None:
        time = QTime(card.next_time.hour, card.next_time.minute)
        text += " " + QLocale().toString(time, QLocale.FormatType.ShortFormat)
    return text


def money_line(total: board_figures.CurrencyTotal) -> str:
    """One currency's totals of a column: its value and the expected commission."""
    return translate("BoardView", "{value} {currency}\ncommission {commission}").format(
        value=format_money(total.value, total.currency),
        commission=format_money(total.commission, total.currency),
        currency=total.currency,
    )


# --- The model --------------------------------------------------------------------------


class BoardModel(QStringListModel):
    """One stage's cards, for its column's list view. Its rows are the leads' ids (Qt's
    own list of strings: a view lays out thousands of rows without calling Python for
    each); a card is read, a page at a time, when the view first shows it."""

    PAGE = 20

    def __init__(self, column: BoardColumn, parent=None) -> None:
        super().__init__(parent)
        self.set_column(column)

    def set_column(self, column: BoardColumn) -> None:
        self.column = column
        self._cards: dict[int, BoardCard] = {}
        self.setStringList([str(lead_id) for lead_id in column.lead_ids])  # (a reset)

    def card(self, row: int) -> BoardCard | None:
        ids = self.column.lead_ids
        if not 0 <= row < len(ids):
            return None
        card = self._cards.get(ids[row])
        if card is None:
            start = row - row % self.PAGE
            for found in board_figures.cards(ids[start : start + self.PAGE]):
                self._cards[found.id] = found
            card = self._cards.get(ids[row])
        return card

    def card_at(self, index: Index) -> BoardCard | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self.card(index.row())

    def row_of(self, lead_id: int) -> int | None:
        try:
            return self.column.lead_ids.index(lead_id)
        except ValueError:
            return None

    # QStringListModel, read-only (its rowCount and index stay Qt's own).
    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return stage_name(self.column)
        if section == 0 and role == Qt.ItemDataRole.ToolTipRole:
            return self.column_summary(self.column)
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() != 0:
            return None
        card = self.card(index.row())
        if card is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.card_text(card)
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("limbo", LIMBO_COLOUR) if card.limbo else None
        if role == CARD_ROLE:
            return card
        if role == LEAD_ID_ROLE:
            return card.id
        return None

    def column_summary(self, column: BoardColumn) -> str:
        lines = [self.tr("%n open lead(s)", "", column.count)]
        lines += [money_line(total) for total in column.totals if total.value]
        if column.limbo_count:
            lines.append(self.tr("%n in limbo", "", column.limbo_count))
        return "\n".join(lines)

    def card_text(self, card: BoardCard) -> str:
        """Everything a card says, in lines (its tooltip, and what a screen reader reads)."""
        lines = [card.title, " — ".join(p for p in (card.contact, card.company) if p)]
        if card.value is not None:
            lines.append(format_money(card.value, card.currency))
            if card.commission is not None:
                lines.append(
                    translate("BoardModel", "Commission expected: {0}").format(
                        format_money(card.commission, card.currency)
                    )
                )
        kind = translate("Rules", ACTIVITY_LABELS.get(card.next_kind, card.next_kind))
        next_line = " · ".join(p for p in (kind, card.next_what, due_text(card)) if p)
        lines.append(translate("BoardModel", "Next: {0}").format(next_line))
        if card.limbo:
            lines.append(limbo_words(card))
        return "\n".join(line for line in lines if line)

    # Dragging a card: its lead's id.
    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = [str(card.id) for card in map(self.card_at, indexes) if card is not None]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(ids).encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction


class Board:
    """The board's columns (contactos.board) and one BoardModel per column."""

    def __init__(self, parent) -> None:
        self.parent = parent
        self.columns: list[BoardColumn] = []
        self.models: list[BoardModel] = []

    def set_columns(self, columns: list[BoardColumn]) -> None:
        self.columns = columns
        for number, column in enumerate(columns):
            if number < len(self.models):
                self.models[number].set_column(column)
            else:
                self.models.append(BoardModel(column, self.parent))
        while len(self.models) > len(columns):
            self.models.pop().deleteLater()

    def card_at(self, index: Index) -> BoardCard | None:
        model = index.model() if index.isValid() else None
        return model.card_at(index) if isinstance(model, BoardModel) else None

    def card_index(self, lead_id: int) -> QModelIndex:
        for model in self.models:
            row = model.row_of(lead_id)
            if row is not None:
                return model.index(row, 0)
        return QModelIndex()

    def cards_of(self, number: int) -> list[BoardCard]:
        model = self.models[number]
        return [model.card(row) for row in range(model.rowCount())]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        return indexes[0].model().mimeData(indexes)


def dragged_lead(mime: QMimeData) -> int | None:
    """The lead a drag carries (one card at a time), None for anything else."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    text = bytes(mime.data(MIME_TYPE).data()).decode()
    first = text.split(",")[0]
    return int(first) if first.isdigit() else None


# --- The cards --------------------------------------------------------------------------


class CardDelegate(QStyledItemDelegate):
    """A card: title; contact and company; value; next action and its date; the limbo
    mark with its icon and words. All cards are the same height (the views lay out
    thousands of them without asking each one)."""

    LINES = 5
    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        height = QFontMetrics(option.font).lineSpacing()
        return QSize(COLUMN_MIN_WIDTH - 20, self.LINES * height + 2 * self.PAD + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: BoardCard | None = index.data(CARD_ROLE)
        if card is None:
            return super().paint(painter, option, index)
        # The painter's state, put back at the end (spelt QPainter.save(painter): the
        # architecture test reads a bare `x.save()` as a database row saved).
        QPainter.save(painter)
        palette = option.palette
        rect = option.rect.adjusted(2, 3, -2, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        base = palette.color(QPalette.ColorRole.Base)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight) if selected else base)
        border = QColor(LIMBO_COLOUR) if card.limbo else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if (card.limbo or focused) else 1))
        painter.drawRoundedRect(rect, 4, 4)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        inner = rect.adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        bold = QFont(option.font)
        bold.setBold(True)
        top = inner.top()

        def draw(text: str, font: QFont, colour: QColor, indent: int = 0) -> None:
            nonlocal top
            painter.setFont(font)
            painter.setPen(colour)
            area = QRect(inner.left() + indent, top, inner.width() - indent, line)
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(
                area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
            top += line

        draw(card.title, bold, text_colour)
        draw(" — ".join(p for p in (card.contact, card.company) if p), option.font, text_colour)
        draw(
            format_money(card.value, card.currency) if card.value is not None else "—",
            option.font,
            text_colour,
        )
        kind = translate("Rules", ACTIVITY_LABELS.get(card.next_kind, card.next_kind))
        next_text = " · ".join(p for p in (due_text(card), card.next_what or kind) if p)
        draw(next_text, option.font, text_colour)
        if card.limbo:
            size = line - 2
            icon = icons.icon("limbo", "#ffffff" if selected else LIMBO_COLOUR)
            icon.paint(painter, QRect(inner.left(), top + 1, size, size))
            colour = text_colour if selected else QColor(LIMBO_COLOUR)
            draw(limbo_words(card), bold, colour, indent=size + 4)
        QPainter.restore(painter)


class BoardColumnView(QListView):
    """One stage's cards. Arrows move between cards (Left/Right to the next column),
    Ctrl+Left/Right moves the lead to the stage beside; a card dropped here moves its
    lead to this stage."""

    neighbour = Signal(int)  # -1 left, +1 right: go to the column beside
    move_lead = Signal(int)  # -1 left, +1 right: move the current lead one stage
    dropped = Signal(int)  # a lead dropped here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setItemDelegate(CardDelegate(self))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.move_lead.emit(step)
            else:
                self.neighbour.emit(step)
            event.accept()
            return
        super().keyPressEvent(event)

    def startDrag(self, actions) -> None:  # noqa: N802
        """Drag the current card (the model's mime data); the drop decides what happens."""
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        drag.setPixmap(self.viewport().grab(self.visualRect(index)))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if dragged_lead(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        lead_id = dragged_lead(event.mimeData())
        if lead_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        # After the drag has ended: the move may open a dialog or refresh the board.
        QTimer.singleShot(0, lambda: self.dropped.emit(lead_id))


class ClosingTarget(QPushButton):
    """*Ganado* or *Perdido*: drop a card here (or press it for the selected card) to
    close the lead; the closing dialog asks for the act or the prospect's words."""

    dropped = Signal(int)

    def __init__(self, outcome: str, text: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(icons.icon(outcome), text, parent)
        self.outcome = outcome
        self.setAcceptDrops(True)
        self.setToolTip(hint)
        self.setMinimumHeight(90)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if dragged_lead(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.setDown(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.setDown(False)

    def dropEvent(self, event) -> None:  # noqa: N802
        self.setDown(False)
        lead_id = dragged_lead(event.mimeData())
        if lead_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        QTimer.singleShot(0, lambda: self.dropped.emit(lead_id))


# --- The view ---------------------------------------------------------------------------


class BoardView(QWidget):
    open_lead = Signal(int)
    changed = Signal()
    undoable = Signal(object)  # a ui.undo.Change just made here (the window records it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = Board(self)
        self.views: list[BoardColumnView] = []
        self.headers: list[QLabel] = []
        self._loading = False

        self.representada = QComboBox()
        self.representada.setAccessibleName(self.tr("Representada"))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source"))
        for combo in (self.representada, self.source):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(20)
            combo.currentIndexChanged.connect(self._filter_changed)
        self.summary = QLabel()
        self.hint = QLabel(
            self.tr("Drag a card to move the lead · Ctrl+←/→ moves it · Enter opens it")
        )
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.representada)
        top.addWidget(self.source)
        top.addWidget(self.summary, 1)

        self.columns_widget = QWidget()
        self.columns_layout = QGridLayout(self.columns_widget)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.setSpacing(6)
        self.columns_layout.setRowStretch(1, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.columns_widget)

        self.won_target = ClosingTarget(
            "won",
            self.tr("Won…"),
            self.tr("Drop a card here to close the lead as won (with the act that made the sale)"),
        )
        self.lost_target = ClosingTarget(
            "lost",
            self.tr("Lost…"),
            self.tr("Drop a card here to close the lead as lost (in the prospect's words)"),
        )
        self.won_target.dropped.connect(lambda lead_id: self.close_lead(lead_id, Lead.WON))
        self.lost_target.dropped.connect(lambda lead_id: self.close_lead(lead_id, Lead.LOST))
        self.won_target.clicked.connect(lambda: self._close_current(Lead.WON))
        self.lost_target.clicked.connect(lambda: self._close_current(Lead.LOST))
        targets = QFrame()
        targets.setFrameShape(QFrame.Shape.NoFrame)
        targets_layout = QVBoxLayout(targets)
        targets_layout.setContentsMargins(0, 0, 0, 0)
        closing_label = QLabel(self.tr("Close"))
        bold = QFont(closing_label.font())
        bold.setBold(True)
        closing_label.setFont(bold)
        targets_layout.addWidget(closing_label)
        targets_layout.addWidget(self.won_target)
        targets_layout.addWidget(self.lost_target)
        targets_layout.addStretch(1)
        targets.setFixedWidth(96)

        body = QHBoxLayout()
        body.addWidget(self.scroll, 1)
        body.addWidget(targets)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)

    # --- Data ---------------------------------------------------------------------------

    def reload_choices(self) -> None:
        self._loading = True
        try:
            for combo, all_label, query in (
                (
                    self.representada,
                    self.tr("All representadas"),
                    Representada.select(Representada.id, Representada.name).order_by(
                        Representada.name
                    ),
                ),
                (
                    self.source,
                    self.tr("All sources"),
                    Source.select(Source.id, Source.name).order_by(Source.name),
                ),
            ):
                chosen = combo.currentData()
                combo.clear()
                combo.addItem(all_label, None)
                for row in query:
                    combo.addItem(row.name, row.id)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
        finally:
            self._loading = False

    def current_filter(self) -> BoardFilter:
        return BoardFilter(
            representada_id=self.representada.currentData(), source_id=self.source.currentData()
        )

    def _filter_changed(self, *args) -> None:
        if not self._loading:
            self.load()

    def refresh(self) -> None:
        self.reload_choices()
        self.load()

    def load(self, select: int | None = None) -> None:
        """Read the board again, keeping the card in hand (or selecting lead `select`)."""
        if select is None:
            card = self.current_card()
            select = card.id if card is not None else None
        had_focus = any(view.hasFocus() for view in self.views)
        columns = board_figures.board(self.current_filter())
        self.board.set_columns(columns)
        self._make_columns(len(columns))
        for number, (view, header) in enumerate(zip(self.views, self.headers, strict=True)):
            model = self.board.models[number]
            if view.model() is not model:
                view.setModel(model)
            column = columns[number]
            header.setText(self.header_text(column))
            header.setToolTip(model.column_summary(column))
            view.setAccessibleName(stage_name(column))
        count = sum(c.count for c in columns)
        limbo = sum(c.limbo_count for c in columns)
        self.summary.setText(
            self.tr("%n open lead(s)", "", count)
            + (" · " + self.tr("%n in limbo", "", limbo) if limbo else "")
        )
        if select is not None:
            self.select_lead(select, focus=had_focus)

    def header_text(self, column: BoardColumn) -> str:
        lines = [f"{stage_name(column)} ({column.count})"]
        lines += [money_line(total) for total in column.totals if total.value]
        if column.limbo_count:
            lines.append("⚠ " + self.tr("%n in limbo", "", column.limbo_count))
        return "\n".join(lines)

    def _make_columns(self, count: int) -> None:
        # One grid: the headers in the first row (as tall as the tallest, so that the
        # cards of every column start on one line), the columns in the second.
        grid = self.columns_layout
        while len(self.views) < count:
            number = len(self.views)
            header = QLabel()
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            header.setTextFormat(Qt.TextFormat.PlainText)
            view = BoardColumnView()
            header.setBuddy(view)
            grid.addWidget(header, 0, number)
            grid.addWidget(view, 1, number)
            grid.setColumnStretch(number, 1)
            header.show()  # (now: the layout would show them only at the next event loop)
            view.show()
            view.neighbour.connect(lambda step, n=number: self._go_to_column(n, step))
            view.move_lead.connect(lambda step, n=number: self.move_current(n, step))
            view.dropped.connect(lambda lead_id, n=number: self.move_to_column(lead_id, n))
            view.activated.connect(self._activated)
            self.views.append(view)
            self.headers.append(header)
        while len(self.views) > count:
            view, header = self.views.pop(), self.headers.pop()
            grid.setColumnStretch(len(self.views), 0)
            for widget in (view, header):
                grid.removeWidget(widget)
                widget.deleteLater()

    # --- Selection and keys -------------------------------------------------------------

    def current_view(self) -> BoardColumnView | None:
        for view in self.views:
            if view.hasFocus():
                return view
        return None

    def current_card(self) -> BoardCard | None:
        view = self.current_view() or next(
            (v for v in self.views if v.currentIndex().isValid()), None
        )
        if view is None:
            return None
        return self.board.card_at(view.currentIndex())

    def select_lead(self, lead_id: int, focus: bool = True) -> bool:
        index = self.board.card_index(lead_id)
        if not index.isValid():
            return False
        view = self.views[self.board.models.index(index.model())]
        for other in self.views:
            if other is not view:
                other.clearSelection()
        view.setCurrentIndex(index)
        view.scrollTo(index)
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_board(self) -> None:
        """Focus the card in hand, else the first card of the first column with one."""
        card = self.current_card()
        if card is not None and self.select_lead(card.id):
            return
        for number, view in enumerate(self.views):
            model = self.board.models[number]
            if model.rowCount():
                view.setCurrentIndex(model.index(0, 0))
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if self.views:
            self.views[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_to_column(self, number: int, step: int) -> None:
        """Left/Right: the card at about the same height in the next column with cards."""
        here = self.views[number]
        row = max(here.currentIndex().row(), 0)
        target = number + step
        while 0 <= target < len(self.views):
            model = self.board.models[target]
            count = model.rowCount()
            if count:
                view = self.views[target]
                here.clearSelection()
                view.setCurrentIndex(model.index(min(row, count - 1), 0))
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            target += step

    def _activated(self, index: QModelIndex) -> None:
        card = self.board.card_at(index)
        if card is not None:
            self.open_lead.emit(card.id)

    # --- Moving -------------------------------------------------------------------------

    def move_current(self, number: int, step: int) -> None:
        """Ctrl+Left/Right: the lead in hand one stage left or right."""
        card = self.board.card_at(self.views[number].currentIndex())
        target = number + step
        if card is None or not 0 <= target < len(self.board.columns):
            return
        self.move_to_column(card.id, target)

    def move_to_column(self, lead_id: int, number: int) -> None:
        column = self.board.columns[number]
        try:
            moved = leads.change_stage(lead_id, column.stage_id)
        except TranslatableError as error:
            QMessageBox.warning(self, self.tr("Not possible"), error.message)
            self.load()
            return
        if not moved.changed:
            self.select_lead(lead_id)
            return
        self.load(select=lead_id)
        self.select_lead(lead_id)
        self.changed.emit()
        self.undoable.emit(
            Change(
                self.tr("Moved to «{stage}»: {lead}").format(
                    stage=stage_name(column), lead=moved.lead.title
                ),
                lambda: leads.undo_stage_change(moved),
            )
        )

    def _close_current(self, outcome: str) -> None:
        card = self.current_card()
        if card is None:
            QMessageBox.information(
                self, self.tr("Close a lead"), self.tr("Choose a card first, or drop one here.")
            )
            return
        self.close_lead(card.id, outcome)

    def close_lead(self, lead_id: int, outcome: str) -> None:
        """A card dropped on Ganado or Perdido: the closing dialog, which asks for the act
        or the prospect's words; cancelled, the lead stays as it was."""
        from ui.dialogs.closing import LostDialog, WonDialog

        lead = Lead.get_or_none(Lead.id == lead_id)
        if lead is None:
            self.load()
            return
        dialog = WonDialog if outcome == Lead.WON else LostDialog
        _, accepted = dialog.run(self, lead)
        if accepted:
            self.load()
            self.changed.emit()
            self.focus_board()
        else:
            self.select_lead(lead_id)
