"""Hoy: the day's work queue, worked from the keyboard.

Enter opens the lead, D (or Space) marks the row done, R opens the reschedule menu whose
entries have one-key accelerators (tomorrow, in 3 days, next week, pick a date).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from contactos import clock, rules
from contactos.i18n import TranslatableError
from contactos.models import Activity, Commitment, Lead
from ui import icons
from ui.dialogs.common import format_date
from ui.models import TodayModel


class TodayView(QWidget):
    open_lead = Signal(int)
    changed = Signal()

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
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Work queue"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 260)
        header.resizeSection(3, 300)
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

    # --- Data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        position = self._position()
        self.model.refresh()
        self.tree.expandAll()
        self.heading.setText(self.tr("Today, {0}").format(format_date(clock.today(), long=True)))
        health = self.health_figures = rules.pipeline_health()
        self.health.setText(
            self.tr(
                "Pipeline health: {0}% of your {1} open leads have a next action ahead."
            ).format(round(100 * health["share"]), health["open"])
        )
        self._restore(position)
        self._update_buttons()

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

    def current_item(self) -> dict | None:
        return self.model.item(self.tree.currentIndex())

    def _update_buttons(self, *args) -> None:
        has_item = self.current_item() is not None
        for button in (self.done_button, self.reschedule_button):
            button.setEnabled(has_item)
        item = self.current_item()
        self.open_button.setEnabled(bool(item and item.get("lead_id")))

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
        if item and item.get("lead_id"):
            self.open_lead.emit(item["lead_id"])

    def _fail(self, error: TranslatableError) -> None:
        QMessageBox.warning(self, self.tr("Not possible"), error.message)

    def mark_done(self) -> None:
        from ui.dialogs.log_dialog import LogDialog

        item = self.current_item()
        if item is None:
            return
        try:
            if item["type"] == "lead":
                lead = Lead.get_by_id(item["lead_id"])
                _, accepted = LogDialog.done_next_action(self, lead)
            elif item["type"] == "activity":
                _, accepted = LogDialog.complete(self, Activity.get_by_id(item["activity_id"]))
            else:
                rules.complete_commitment(Commitment.get_by_id(item["commitment_id"]))
                accepted = True
        except TranslatableError as error:
            self._fail(error)
            return
        if accepted:
            self.refresh()
            self.changed.emit()

    def reschedule_menu(self) -> QMenu:
        from ui.dialogs.reschedule import quick_dates

        menu = QMenu(self)
        # The same dates as the dialogs' quick buttons, with one-key accelerators here.
        labels = (self.tr("&Tomorrow"), self.tr("In &3 days"), self.tr("&Next week"))
        for label, (_, day) in zip(labels, quick_dates(clock.today()), strict=True):
            action = menu.addAction(icons.icon("reschedule"), label)
            action.triggered.connect(lambda checked=False, d=day: self.reschedule_to(d))
        pick = menu.addAction(icons.icon("calendar"), self.tr("&Pick a date…"))
        pick.triggered.connect(self.pick_date)
        return menu

    def show_reschedule_menu(self) -> None:
        if self.current_item() is None:
            return
        rect = self.tree.visualRect(self.tree.currentIndex())
        menu = self.reschedule_menu()
        menu.exec(self.tree.viewport().mapToGlobal(rect.bottomLeft()))

    def pick_date(self) -> None:
        from ui.dialogs.reschedule import RescheduleDialog

        item = self.current_item()
        if item is None:
            return
        current = dt.date.fromisoformat(item["due"][:10]) if item.get("due") else None
        day, accepted = RescheduleDialog.pick_date(self, current)
        if accepted and day is not None:
            self.reschedule_to(day)

    def reschedule_to(self, day: dt.date) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            if item["type"] == "lead":
                rules.reschedule(Lead.get_by_id(item["lead_id"]), day)
            elif item["type"] == "activity":
                activity = Activity.get_by_id(item["activity_id"])
                rules.reschedule_activity(
                    activity, dt.datetime.combine(day, activity.due_at.time())
                )
            else:
                rules.reschedule_commitment(Commitment.get_by_id(item["commitment_id"]), day)
        except TranslatableError as error:
            self._fail(error)
            return
        self.refresh()
        self.changed.emit()

    def _context_menu(self, point) -> None:
        index = self.tree.indexAt(point)
        if self.model.item(index) is None:
            return
        self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(icons.icon("done"), self.tr("Mark done…"), self.mark_done)
        menu.addMenu(self.reschedule_menu()).setText(self.tr("Reschedule"))
        if self.current_item().get("lead_id"):
            menu.addAction(icons.icon("open"), self.tr("Open lead"), self.open_current)
        menu.exec(self.tree.viewport().mapToGlobal(point))
