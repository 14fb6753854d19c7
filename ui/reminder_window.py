"""The reminder window: what is due now, newest on top, each with Done, Snooze and Open.

Several reminders stay in this one window. Done asks what happened and the next action,
as Today does (the same dialogs; the rules refuse to leave an open lead without one);
Snooze offers 10 minutes, 1 hour, tomorrow morning or a chosen time; Open shows the lead
in the main window. Everything works from the keyboard: arrows move, Enter opens, D (or
Space) marks done, P snoozes, Esc closes the window (the reminders stay due).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactos import APP_NAME, clock, reminders
from contactos.actions import followups
from contactos.actions import reminders as reminder_actions
from contactos.i18n import TranslatableError
from contactos.models import Activity, Commitment, Lead
from contactos.reminders import Reminder
from ui import icons
from ui.dialogs.common import DateTimeEdit, ok_cancel
from ui.notify import body_of, title_of, when_text

KEY_ROLE = Qt.ItemDataRole.UserRole


class ChooseTimeDialog(QDialog):
    """Snooze until a chosen day and time."""

    def __init__(self, parent: QWidget | None, start: dt.datetime) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.edit = DateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDateTime(QDateTime(start.date(), start.time()))
        now = clock.now()
        self.edit.setMinimumDateTime(QDateTime(now.date(), now.time()))
        label = QLabel(self.tr("Remind me &again on:"), self)
        label.setBuddy(self.edit)
        buttons, _ = ok_cancel(self, self.tr("&Snooze"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> dt.datetime:
        value = self.edit.dateTime()
        return dt.datetime.combine(value.date().toPython(), value.time().toPython()).replace(
            second=0, microsecond=0
        )

    @classmethod
    def ask(cls, parent: QWidget | None, start: dt.datetime) -> tuple[dt.datetime | None, bool]:
        dialog = cls(parent, start)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.chosen(), True
            return None, False
        finally:
            dialog.deleteLater()


class ReminderWindow(QWidget):
    open_lead = Signal(int)
    changed = Signal()  # a reminder was done or snoozed: the schedule and views refresh

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Reminders — {0}").format(APP_NAME))
        self.setWindowIcon(icons.icon("today"))
        self.resize(820, 380)
        self.reminders: list[Reminder] = []

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels(
            [self.tr("What"), self.tr("Who"), self.tr("When"), self.tr("Snoozed until")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Reminders due"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 260)
        self.tree.itemActivated.connect(lambda *_: self.open_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.done_button = QPushButton(icons.icon("done"), self.tr("&Done… (D)"), self)
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QPushButton(icons.icon("reschedule"), self.tr("&Snooze (P)"), self)
        self.snooze_button.clicked.connect(self.show_snooze_menu)
        self.open_button = QPushButton(icons.icon("open"), self.tr("&Open (Enter)"), self)
        self.open_button.clicked.connect(self.open_current)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.open_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

        for keys, slot in (("D", self.mark_done), ("Space", self.mark_done)):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        for keys in ("P", "S"):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.show_snooze_menu)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.close)
        self._update_buttons()

    # --- Data ---------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """List what is due now (newest first), keeping the cursor on `select` or where
        it was."""
        current = select or (self.current().key if self.current() else None)
        row = max(self.tree.indexOfTopLevelItem(self.tree.currentItem()), 0)
        self.reminders = reminders.active()
        self.tree.clear()
        today = clock.today()
        target = None
        for reminder in self.reminders:
            snoozed = ""
            if reminder.snoozed_until is not None:
                snoozed = when_text(_as_reminder_at(reminder, reminder.snoozed_until), today)
            who = reminder.contact
            if reminder.company and reminder.company != reminder.contact:
                who = f"{who} · {reminder.company}" if who else reminder.company
            item = QTreeWidgetItem([title_of(reminder), who, when_text(reminder, today), snoozed])
            item.setData(0, KEY_ROLE, reminder.key)
            item.setIcon(0, icons.icon(_icon_name(reminder)))
            item.setToolTip(0, f"{title_of(reminder)}\n{body_of(reminder, today)}")
            if reminder.title:
                item.setToolTip(1, reminder.title)
            self.tree.addTopLevelItem(item)
            if reminder.key == current:
                target = item
        if target is None and self.tree.topLevelItemCount():
            target = self.tree.topLevelItem(min(row, self.tree.topLevelItemCount() - 1))
        if target is not None:
            self.tree.setCurrentItem(target)
        self.heading.setText(self.tr("%n reminder(s) due", "", len(self.reminders)))
        self._update_buttons()

    def show_reminders(self, select: str | None = None, missed: int = 0) -> None:
        """Bring the window forward with what is due; `missed` of them fell due while
        Contactos was not running."""
        self.refresh(select)
        if missed:
            self.note.setText(
                self.tr(
                    "%n reminder(s) fell due while Contactos was not running "
                    "or the computer was asleep.",
                    "",
                    missed,
                )
            )
        self.note.setVisible(bool(missed))
        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()
        self.tree.setFocus()

    def current(self) -> Reminder | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        key = item.data(0, KEY_ROLE)
        return next((r for r in self.reminders if r.key == key), None)

    def select(self, key: str) -> bool:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(0, KEY_ROLE) == key:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _update_buttons(self) -> None:
        reminder = self.current()
        self.done_button.setEnabled(reminder is not None)
        self.snooze_button.setEnabled(reminder is not None)
        self.open_button.setEnabled(reminder is not None and reminder.lead_id is not None)

    # --- Actions ------------------------------------------------------------------------

    def _fail(self, error: TranslatableError) -> None:
        QMessageBox.warning(self, self.tr("Not possible"), error.message)

    def mark_done(self) -> bool:
        """Done: asks what happened and the next action, as Today does."""
        from ui.dialogs.log_dialog import LogDialog

        reminder = self.current()
        if reminder is None:
            return False
        try:
            if reminder.kind == "lead":
                lead = Lead.get_or_none(Lead.id == reminder.target_id)
                if lead is None:
                    return self._gone()
                _, accepted = LogDialog.done_next_action(self, lead)
            elif reminder.kind == "activity":
                activity = Activity.get_or_none(Activity.id == reminder.target_id)
                if activity is None:
                    return self._gone()
                _, accepted = LogDialog.complete(self, activity)
            elif reminder.kind in ("payment", "commission"):
                # Done is recording it: the payment the reminder is about, for what is owed.
                from ui.dialogs.commission_dialog import RecordCommissionDialog

                lead = Lead.get_or_none(Lead.id == reminder.target_id)
                if lead is None:
                    return self._gone()
                kind = "customer-paid" if reminder.kind == "payment" else "received"
                _, accepted = RecordCommissionDialog.run(self, lead, kind, reminder.amount)
            else:
                if not Commitment.select().where(Commitment.id == reminder.target_id).exists():
                    return self._gone()
                followups.mark_done(followups.FollowUp("commitment", reminder.target_id))
                accepted = True
        except TranslatableError as error:
            self._fail(error)
            return False
        if accepted:
            self._after_change()
        return accepted

    def _gone(self) -> bool:
        self._after_change()
        return False

    def snooze_menu(self) -> QMenu:
        menu = QMenu(self)
        for text, choice in (
            (self.tr("&10 minutes"), "10min"),
            (self.tr("1 &hour"), "1h"),
            (self.tr("&Tomorrow morning"), "tomorrow"),
        ):
            action = menu.addAction(icons.icon("reschedule"), text)
            action.triggered.connect(lambda checked=False, c=choice: self.snooze(c))
        pick = menu.addAction(icons.icon("calendar"), self.tr("&Choose a time…"))
        pick.triggered.connect(self.snooze_at_chosen_time)
        return menu

    def show_snooze_menu(self) -> None:
        if self.current() is None:
            return
        rect = self.tree.visualItemRect(self.tree.currentItem())
        self.snooze_menu().exec(self.tree.viewport().mapToGlobal(rect.bottomLeft()))

    def snooze(self, choice: str) -> bool:
        """Snooze by a quick choice ('10min', '1h', 'tomorrow')."""
        return self.snooze_to(choice)

    def snooze_at_chosen_time(self) -> bool:
        start = clock.now().replace(second=0) + dt.timedelta(hours=1)
        until, accepted = ChooseTimeDialog.ask(self, start)
        return bool(accepted and until is not None and self.snooze_to(until))

    def snooze_to(self, until: dt.datetime | str) -> bool:
        reminder = self.current()
        if reminder is None:
            return False
        try:
            reminder_actions.snooze(reminder.key, until)
        except TranslatableError as error:
            self._fail(error)
            return False
        self._after_change()
        return True

    def open_current(self) -> None:
        reminder = self.current()
        if reminder is not None and reminder.lead_id is not None:
            self.open_lead.emit(reminder.lead_id)

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()


def _as_reminder_at(reminder: Reminder, moment: dt.datetime) -> Reminder:
    from dataclasses import replace

    return replace(reminder, due_day=moment.date(), due_time=moment.time())


def _icon_name(reminder: Reminder) -> str:
    if reminder.kind == "commitment":
        return "commitment"
    if reminder.kind in ("payment", "commission"):
        return "payment" if reminder.kind == "payment" else "money"
    return reminder.action if icons.has(reminder.action) else "task"
