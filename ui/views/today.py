"""Hoy: the day's work queue, worked from the keyboard.

Enter opens the lead, D (or Space) marks the row done, R opens the reschedule menu whose
entries have one-key accelerators (tomorrow, in 3 days, next week, pick a date).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from contactos import clock, reports
from contactos.actions import checklist, followups
from contactos.actions.followups import FollowUp
from contactos.i18n import TranslatableError
from contactos.models import Activity, Lead
from contactos.today import QueueItem
from ui import icons
from ui.dialogs.common import format_date
from ui.models import TodayModel
from ui.undo import Change


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the column's width (a tree view asks for a
    row's height without the width, so it would otherwise cut a long text with "…").
    With `wrap` False the column keeps one line and cuts (its tooltip has the rest)."""

    def __init__(self, view: QTreeView, wrap: bool = True) -> None:
        super().__init__(view)
        self.view = view
        self.wrap = wrap

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if not self.wrap:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        option = QStyleOptionViewItem(option)
        if not index.parent().isValid():  # a section: its name spans the row
            width = self.view.viewport().width()
        else:
            width = self.view.columnWidth(index.column())
        if index.column() == 0:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= self.view.indentation() * (depth + int(self.view.rootIsDecorated()))
        option.rect = QRect(0, 0, max(width, 1), 1)
        return super().sizeHint(option, index)


class TodayView(QWidget):
    open_lead = Signal(int)
    changed = Signal()
    undoable = Signal(object)  # a ui.undo.Change just made here (the window records it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TodayModel(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(self.tr("Today, {0}").format(format_date(clock.today(), long=True)))
        self.health = QLabel()
        self.health.setWordWrap(True)
        self.health_figures: dict | None = None  # the main window's status bar reuses it

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # What to do is never cut: a long one wraps onto a second line instead.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setItemDelegateForColumn(TodayModel.LEAD, WrappingDelegate(self.tree, False))
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Work queue"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TodayModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TodayModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TodayModel.LEAD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TodayModel.STATE, QHeaderView.ResizeMode.Interactive)
        # Rows are as tall as their wrapped text at the columns' widths of the moment.
        header.sectionResized.connect(self._columns_resized)
        self.tree.viewport().installEventFilter(self)
        self.tree.activated.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        self.done_button = QPushButton(icons.icon("done"), self.tr("&Done… (D)"))
        self.done_button.clicked.connect(self.mark_done)
        self.reschedule_button = QPushButton(icons.icon("reschedule"), self.tr("&Reschedule (R)"))
        self.reschedule_button.clicked.connect(self.show_reschedule_menu)
        self.open_button = QPushButton(icons.icon("open"), self.tr("&Open (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.hint = QLabel(
            self.tr("Keys: Enter opens · D marks done · R reschedules · arrows move")
        )
        self.hint.setEnabled(False)

        buttons = QHBoxLayout()
        for button in (self.done_button, self.reschedule_button, self.open_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.hint)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.health)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)

        for keys, slot in (
            ("D", self.mark_done),
            ("Space", self.mark_done),
            ("R", self.show_reschedule_menu),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)

    # --- Layout -------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width(event.size().width())
        return super().eventFilter(watched, event)

    def _share_width(self, width: int) -> None:
        """The lead and the state take a share of the width; what to do takes the rest
        (and wraps when it needs more), so it is never cut, from 1024 px up."""
        header = self.tree.header()
        header.resizeSection(TodayModel.LEAD, max(150, int(width * 0.22)))
        header.resizeSection(TodayModel.STATE, max(180, int(width * 0.3)))

    def _columns_resized(self, *args) -> None:
        if not self._relayout.isActive():
            self._relayout.start()

    # --- Data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        position = self._position()
        self.model.refresh()
        root = self.tree.rootIndex()
        for row in range(self.model.rowCount()):  # a section's name spans the row
            self.tree.setFirstColumnSpanned(row, root, True)
        self.tree.expandAll()
        self.heading.setText(self.tr("Today, {0}").format(format_date(clock.today(), long=True)))
        health = self.health_figures = reports.pipeline_health()
        self.health.setText(self.health_sentence(health))
        self._restore(position)
        self._update_buttons()

    def health_sentence(self, health: dict) -> str:
        """The pipeline's health in words (rule 4); with no open lead there is nothing to
        measure, and it says so instead of "100 % of your 0 leads"."""
        count = health["open"]
        if not count:
            return self.tr("No open leads yet: add one with Ctrl+N, or import a list with Ctrl+I.")
        return self.tr(
            "Pipeline health: {0}% of your %n open lead(s) have a next action ahead.", "", count
        ).format(round(100 * health["share"]))

    def _position(self) -> tuple[int, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        parent = index.parent()
        return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)

    def _restore(self, position: tuple[int, int] | None) -> None:
        """Keep the cursor where it was, so that the next row is ready for the next key."""
        target = QModelIndex()
        if position is not None:
            section, row = position
            order = list(range(section, self.model.rowCount())) + list(range(section))
            for candidate in order:
                section_index = self.model.index(candidate, 0)
                count = self.model.rowCount(section_index)
                if count:
                    wanted = min(max(row, 0), count - 1) if candidate == section else 0
                    target = self.model.index(wanted, 0, section_index)
                    break
        if not target.isValid():
            target = self.first_item()
        if target.isValid():
            self.tree.setCurrentIndex(target)
            self.tree.scrollTo(target)

    def first_item(self) -> QModelIndex:
        for section in range(self.model.rowCount()):
            section_index = self.model.index(section, 0)
            if self.model.rowCount(section_index):
                return self.model.index(0, 0, section_index)
        return QModelIndex()

    def current_item(self) -> QueueItem | None:
        return self.model.item(self.tree.currentIndex())

    def _update_buttons(self, *args) -> None:
        has_item = self.current_item() is not None
        for button in (self.done_button, self.reschedule_button):
            button.setEnabled(has_item)
        item = self.current_item()
        if item is not None and item.type == "payment":  # (late until recorded)
            self.reschedule_button.setEnabled(False)
        self.open_button.setEnabled(bool(item and item.lead_id))

    def focus_queue(self) -> None:
        self.tree.setFocus()
        if not self.tree.currentIndex().isValid():
            self._restore(None)

    # --- Actions ------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if self.model.item(index) is not None:
            self.open_current()

    def open_current(self) -> None:
        item = self.current_item()
        if item and item.lead_id:
            self.open_lead.emit(item.lead_id)

    def _fail(self, error: TranslatableError) -> None:
        QMessageBox.warning(self, self.tr("Not possible"), error.message)

    def mark_done(self) -> None:
        from ui.dialogs.log_dialog import LogDialog

        item = self.current_item()
        if item is None:
            return
        try:
            if item.type == "lead":
                lead = Lead.get_by_id(item.lead_id)
                _, accepted = LogDialog.done_next_action(self, lead)
            elif item.type == "activity":
                _, accepted = LogDialog.complete(self, Activity.get_by_id(item.activity_id))
            elif item.type == "payment":
                # Done is recording it: the payment the row is about, for what is owed.
                from ui.dialogs.commission_dialog import RecordCommissionDialog

                kind = "customer-paid" if item.kind == "customer-payment" else "received"
                lead = Lead.get_by_id(item.lead_id)
                _, accepted = RecordCommissionDialog.run(self, lead, kind, item.amount)
            else:
                # At once, without a question: the status bar says so and Ctrl+Z undoes it.
                done = followups.mark_done(FollowUp("commitment", item.commitment_id))
                accepted = True
        except TranslatableError as error:
            self._fail(error)
            return
        if accepted:
            self.refresh()
            self.changed.emit()
            if item.type == "commitment":
                commitment = done.commitment
                self.undoable.emit(
                    Change(
                        self.tr("Commitment kept: {what}").format(what=commitment.description),
                        lambda: checklist.reopen_commitment(commitment.id),
                    )
                )

    def reschedule_menu(self) -> QMenu:
        from ui.dialogs.reschedule import reschedule_menu

        return reschedule_menu(self, self.reschedule_to, self.pick_date)

    def show_reschedule_menu(self) -> None:
        if self.current_item() is None or self.current_item().type == "payment":
            return
        rect = self.tree.visualRect(self.tree.currentIndex())
        menu = self.reschedule_menu()
        menu.exec(self.tree.viewport().mapToGlobal(rect.bottomLeft()))

    def pick_date(self) -> None:
        from ui.dialogs.reschedule import RescheduleDialog

        item = self.current_item()
        if item is None:
            return
        day, accepted = RescheduleDialog.pick_date(self, item.due)
        if accepted and day is not None:
            self.reschedule_to(day)

    def reschedule_to(self, day: dt.date) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            moved = followups.reschedule(FollowUp(item.type, item.target_id), day)
        except TranslatableError as error:
            self._fail(error)
            return
        self.refresh()
        self.changed.emit()
        self.undoable.emit(
            Change(
                self.tr("Moved to {date}: {what}").format(
                    date=format_date(day), what=TodayModel.what_text(item)
                ),
                lambda: followups.undo_reschedule(moved),
            )
        )

    def _context_menu(self, point) -> None:
        index = self.tree.indexAt(point)
        if self.model.item(index) is None:
            return
        self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        if self.current_item().type == "payment":
            menu.addAction(icons.icon("payment"), self.tr("Record payment…"), self.mark_done)
        else:
            menu.addAction(icons.icon("done"), self.tr("Mark done…"), self.mark_done)
            menu.addMenu(self.reschedule_menu()).setText(self.tr("Reschedule"))
        if self.current_item().lead_id:
            menu.addAction(icons.icon("open"), self.tr("Open lead"), self.open_current)
        menu.exec(self.tree.viewport().mapToGlobal(point))
