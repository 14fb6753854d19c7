"""The window worked from the keyboard alone, in Spanish and in English.

Every window (the main window with its menu bar on each view, and each dialog) has each
Alt+letter once; Tab from any field of a dialog reaches every other field and comes back;
a date field lets Tab go and reads a typed date; Ctrl+F, Down and Enter open a result;
F1 lists the shortcuts; D on a commitment is said in the status bar and Ctrl+Z undoes
it, as it undoes a reschedule from Today.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from helpers import show_window, type_text, when_modal, when_popup
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QRadioButton,
    QTabBar,
    QWidget,
)

from contactos import clock, rules
from contactos.models import Activity, Commitment, Lead

# The offscreen platform cannot pass a window's size limits on, and says so each time a
# dialog with a layout is shown; real platforms do not.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# --- Accelerators -----------------------------------------------------------------------


def mnemonic(text: str) -> str:
    from ui.shortcuts import mnemonic

    return mnemonic(text).casefold()


def owner_text(widget: QWidget) -> str | None:
    """The text whose '&' letter takes the keyboard to `widget` (None when none does)."""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return None


def accelerators(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the texts that claim it, among what is shown in `window` (its menu
    bar's menus included)."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        texts = [owner_text(widget)]
        if isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = mnemonic(text or "")
            if letter:
                found[letter].append(text)
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            letter = mnemonic(action.text())
            if letter:
                found[letter].append(action.text())
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in accelerators(window).items() if len(v) > 1}


def menu_clashes(window: QMainWindow) -> dict[str, dict[str, list[str]]]:
    """Within each menu, each letter once."""
    found = {}
    for menu in window.menuBar().findChildren(QMenu):
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                letters[letter].append(action.text())
        bad = {k: v for k, v in letters.items() if len(v) > 1}
        if bad:
            found[menu.title()] = bad
    return found


def test_each_view_of_the_main_window_has_each_letter_once(qtbot, demo_db, paths, language):
    window = show_window(qtbot, paths)
    assert menu_clashes(window) == {}
    seen = {}
    for view in ("today", "leads", "contacts", "calendar", "board", "reports", "representadas"):
        window.show_view(view)
        seen[view] = clashes(window)
    open_lead = Lead.select().where(Lead.status == Lead.OPEN).first()
    window.open_lead(open_lead.id)
    seen["open lead"] = clashes(window)
    won = Lead.select().where(Lead.status == Lead.WON).first()
    window.open_lead(won.id)
    seen["won lead"] = clashes(window)
    window.open_contact(open_lead.contact_id)
    seen["contact"] = clashes(window)
    assert seen == {key: {} for key in seen}
    # Alt+A (Archivo) / Alt+F (File) opens the menu: no button of Today takes it.
    window.show_view("today")
    file_letter = mnemonic(window.menuBar().actions()[0].text())
    assert file_letter == ("a" if language == "es" else "f")


def dialog_makers(parent, paths) -> dict[str, object]:
    """Every dialog of the program, on the demo data, in each of its shapes."""
    from contactos import commissions
    from contactos.models import Representada
    from ui.dialogs.closing import LostDialog, ReopenDialog, WonDialog
    from ui.dialogs.commission_dialog import CancelEntryDialog, RecordCommissionDialog
    from ui.dialogs.contact_dialog import ContactDialog
    from ui.dialogs.first_run import CountryDialog
    from ui.dialogs.import_history import ImportHistoryDialog
    from ui.dialogs.lead_dialog import LeadDialog
    from ui.dialogs.log_dialog import LogDialog
    from ui.dialogs.representada_dialog import RepresentadaDialog
    from ui.dialogs.reschedule import RescheduleDialog
    from ui.dialogs.restore_dialog import RestoreDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.reminder_window import ChooseTimeDialog
    from ui.shortcuts import ShortcutsDialog, view_rows

    open_lead = Lead.select().where(Lead.status == Lead.OPEN).first()
    closed = Lead.select().where(Lead.status == Lead.LOST).first()
    planned = Activity.select().where(~Activity.done).first()
    won = Lead.select().where(Lead.status == Lead.WON).first()

    def new_lead_new_contact():
        dialog = LeadDialog(parent)
        dialog.new_radio.setChecked(True)
        return dialog

    def visit():
        dialog = LogDialog(parent, open_lead, kind="visit")
        return dialog

    def not_confirmed():
        dialog = LostDialog(parent, open_lead)
        dialog.schedule_button.setChecked(True)
        return dialog

    return {
        "new lead": lambda: LeadDialog(parent),
        "new lead, new contact": new_lead_new_contact,
        "edit lead": lambda: LeadDialog(parent, lead=open_lead),
        "edit closed lead": lambda: LeadDialog(parent, lead=closed),
        "new contact": lambda: ContactDialog(parent),
        "edit contact": lambda: ContactDialog(parent, open_lead.contact),
        "log a call": lambda: LogDialog(parent, open_lead, kind="call"),
        "log a visit": visit,
        "log on a closed lead": lambda: LogDialog(parent, closed, kind="note"),
        "mark done": lambda: LogDialog(
            parent,
            open_lead,
            open_lead.next_action_kind,
            mode=LogDialog.DONE,
            subject=open_lead.next_action_what,
        ),
        "complete a planned activity": lambda: LogDialog(
            parent, None, activity=planned, mode=LogDialog.COMPLETE
        ),
        "won": lambda: WonDialog(parent, open_lead),
        "lost": lambda: LostDialog(parent, open_lead),
        "lost, not confirmed": not_confirmed,
        "reopen": lambda: ReopenDialog(parent, closed),
        "reschedule": lambda: RescheduleDialog(parent, dt.date(2026, 12, 2)),
        "settings": lambda: SettingsDialog(parent, paths),
        "import history": lambda: ImportHistoryDialog(parent),
        "shortcuts": lambda: ShortcutsDialog(parent, view_rows()),
        "restore a backup": lambda: RestoreDialog(parent, paths),
        "first start: the country": lambda: CountryDialog(parent, "MX"),
        "snooze until": lambda: ChooseTimeDialog(parent, dt.datetime(2026, 12, 2, 10, 0)),
        "record a commission": lambda: RecordCommissionDialog(parent, won),
        "cancel a commission entry": lambda: CancelEntryDialog(
            parent, next(e for item in commissions.ledgers() for e in item.entries), "MXN"
        ),
        "new representada": lambda: RepresentadaDialog(parent),
        "edit representada": lambda: RepresentadaDialog(parent, Representada.select().first()),
    }


DIALOGS = [
    "new lead",
    "new lead, new contact",
    "edit lead",
    "edit closed lead",
    "new contact",
    "edit contact",
    "log a call",
    "log a visit",
    "log on a closed lead",
    "mark done",
    "complete a planned activity",
    "won",
    "lost",
    "lost, not confirmed",
    "reopen",
    "reschedule",
    "settings",
    "import history",
    "shortcuts",
    "restore a backup",
    "first start: the country",
    "snooze until",
    "record a commission",
    "cancel a commission entry",
    "new representada",
    "edit representada",
]


def show(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog_has_each_letter_once(qtbot, demo_db, paths, language, name):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show(qtbot, dialog_makers(parent, paths)[name]())
    assert clashes(dialog) == {}
    dialog.reject()


def test_each_page_of_the_import_wizard_has_each_letter_once(qtbot, demo_db, tmp_path, language):
    from PySide6.QtWidgets import QWizard

    from ui.dialogs.import_wizard import ImportWizard

    listing = tmp_path / "lista.csv"
    listing.write_text(
        "Nombre;Empresa;Teléfono;Correo\nJosé Pérez;Ferretería López;55 1234 5678;"
        "jose@ejemplo.mx\n",
        encoding="utf-8",
    )
    wizard = show(qtbot, ImportWizard(None))
    seen = {}
    wizard.file_page.path_edit.setText(str(listing))
    for _ in range(4):  # file, preview, options, mapping (the dry run is the last asked)
        seen[wizard.currentId()] = clashes(wizard)
        wizard.next()
    seen[wizard.currentId()] = clashes(wizard)
    assert seen == {key: {} for key in seen}
    wizard.button(QWizard.WizardButton.CancelButton).click()


# --- Tab ----------------------------------------------------------------------------------


COMPOUND = (QComboBox, QAbstractSpinBox, QCalendarWidget)


def field_of(widget: QWidget, top: QWidget) -> QWidget:
    """The field a focused widget belongs to (a combo box for its line edit, a calendar
    for its grid)."""
    found = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, COMPOUND):
            found = parent
        parent = parent.parentWidget()
    return found


def fields(dialog: QDialog) -> list[QWidget]:
    """What Tab should reach: every shown, enabled widget that takes focus by Tab."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if (
            widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.window() is dialog
            and field_of(widget, dialog) is widget
            and not isinstance(widget.parentWidget(), QAbstractItemView)  # (its viewport)
        ):
            found.append(widget)
    return found


def group_key(widget: QWidget) -> object:
    """Radio buttons of one group are one stop for Tab (the arrows choose among them)."""
    if isinstance(widget, QRadioButton) and widget.group() is not None:
        return widget.group()
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        return ("radios", widget.parentWidget())
    return widget


def tab_round(qtbot, dialog: QDialog, start: QWidget, limit: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    visited = [field_of(QApplication.focusWidget(), dialog)]
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = field_of(QApplication.focusWidget(), dialog)
        visited.append(current)
        if group_key(current) == group_key(visited[0]) and len(visited) > 2:
            break
    return visited


@pytest.mark.parametrize("name", DIALOGS)
def test_tab_from_any_field_reaches_every_field_and_comes_back(qtbot, demo_db, paths, name):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show(qtbot, dialog_makers(parent, paths)[name]())
    wanted = {group_key(w) for w in fields(dialog)}
    assert len(wanted) >= 2
    for start in fields(dialog):
        visited = tab_round(qtbot, dialog, start, limit=3 * len(wanted) + 3)
        assert group_key(visited[-1]) == group_key(start), (name, start, visited)
        missing = wanted - {group_key(w) for w in visited}
        assert not missing, (name, start, missing)
    dialog.reject()


def test_a_date_typed_in_the_new_lead_date_field_is_read_and_tab_leaves(
    qtbot, demo_db, clock, language
):
    """The field shows "No date"; typing 02/12/2026 (as the locale writes dates) over it
    gives that day, and Tab goes on to the next field."""
    from ui.dialogs.lead_dialog import LeadDialog

    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    dialog = show(qtbot, LeadDialog(None))
    due = dialog.due_edit
    assert due.text() == due.specialValueText()
    due.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(due, QDate(2026, 12, 2).toString(due.displayFormat()))
    assert due.date() == QDate(2026, 12, 2), due.text()
    QTest.keyClick(due, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not due
    assert dialog.next_action().due == dt.date(2026, 12, 2)
    # Shift+Tab comes back to it, and leaves it again.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert field_of(QApplication.focusWidget(), dialog) is due
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert field_of(QApplication.focusWidget(), dialog) is not due
    dialog.reject()


# --- Search -------------------------------------------------------------------------------


@pytest.mark.parametrize("view", ["leads", "contacts"])
def test_ctrl_f_down_and_enter_open_a_result(qtbot, window, view):
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    if view == "contacts":
        QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.page(view)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "ramirez")
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    row = page.model.data(page.table.currentIndex(), Qt.ItemDataRole.UserRole + 2)
    assert row is not None
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    if view == "leads":
        assert window.current == "lead" and window.lead_view.lead.id == row.id
    else:
        assert window.current == "contact" and window.contact_view.contact.id == row.id


# --- Help -----------------------------------------------------------------------------------


def test_f1_lists_the_shortcuts(qtbot, language, window):
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window._shortcuts_window
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    rows = dialog.rows()
    keys = [row[0] for row in rows]
    for expected in ("Ctrl+N", "Ctrl+F", "Ctrl+Z", "Ctrl+1", "F1", "Ctrl+Shift+N"):
        native = QKeySequence(expected).toString(QKeySequence.SequenceFormat.NativeText)
        assert any(native in k for k in keys), (native, keys)
    letters = "M / 3 / P / E" if language == "es" else "T / 3 / N / P"
    assert any(letters in k for k in keys), keys
    assert ("Intro" if language == "es" else "Enter") in keys
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == ("Ay&uda" if language == "es" else "&Help")
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [a.text() for a in help_menu.actions()]
    assert len(texts) == 2
    dialog.close()


# --- Undo -----------------------------------------------------------------------------------


def commitment_row(window):
    today = window.today
    for section in range(today.model.rowCount()):
        parent = today.model.index(section, 0)
        for row in range(today.model.rowCount(parent)):
            index = today.model.index(row, 0, parent)
            if today.model.item(index).type == "commitment":
                return index
    raise AssertionError("no commitment due in the demo data")


def test_d_on_a_commitment_says_so_and_ctrl_z_undoes_it(qtbot, language, window):
    tree = window.today.tree
    tree.setFocus()
    tree.setCurrentIndex(commitment_row(window))
    item = window.today.current_item()
    commitment_id = item.commitment_id
    QTest.keyClick(tree, Qt.Key.Key_D)
    commitment = Commitment.get_by_id(commitment_id)
    assert commitment.done_at is not None
    message = window.statusBar().currentMessage()
    undo_keys = QKeySequence("Ctrl+Z").toString(QKeySequence.SequenceFormat.NativeText)
    assert commitment.description in message and undo_keys in message
    assert all(
        i.commitment_id != commitment_id for _, items in window.today.model.sections for i in items
    )
    assert window.undo_action.isEnabled()
    assert commitment.description[:30] in window.undo_action.text()

    QTest.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Commitment.get_by_id(commitment_id).done_at is None
    assert any(
        i.commitment_id == commitment_id for _, items in window.today.model.sections for i in items
    )
    assert not window.undo_action.isEnabled()
    assert commitment.description in window.statusBar().currentMessage()
    # Nothing more to undo: Ctrl+Z again changes nothing.
    QTest.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Commitment.get_by_id(commitment_id).done_at is None


def test_an_undo_never_overwrites_a_later_change(qtbot, window):
    """A commitment kept by D, then reopened another way: Ctrl+Z says it cannot, and
    changes nothing."""
    tree = window.today.tree
    tree.setFocus()
    tree.setCurrentIndex(commitment_row(window))
    commitment_id = window.today.current_item().commitment_id
    QTest.keyClick(tree, Qt.Key.Key_D)
    rules.reopen_commitment(Commitment.get_by_id(commitment_id))  # (say, from elsewhere)
    rules.complete_commitment(Commitment.get_by_id(commitment_id))
    done_at = Commitment.get_by_id(commitment_id).done_at
    rules.reopen_commitment(Commitment.get_by_id(commitment_id))
    seen = []

    def read(box):
        seen.append(box.text())
        box.accept()

    when_modal(read)
    QTest.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert "not marked kept" in seen[0]
    assert Commitment.get_by_id(commitment_id).done_at is None
    assert done_at is not None


def test_ctrl_z_undoes_a_reschedule_from_today(qtbot, window):
    tree = window.today.tree
    tree.setFocus()
    item = window.today.current_item()
    lead_id = item.lead_id
    before = Lead.get_by_id(lead_id).next_action_due

    def choose_next_week(popup):
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)

    when_popup(choose_next_week)
    QTest.keyClick(tree, Qt.Key.Key_R)
    moved = Lead.get_by_id(lead_id).next_action_due
    assert moved != before
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.activateWindow()  # (the offscreen platform leaves it inactive after a menu)
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.today.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Lead.get_by_id(lead_id).next_action_due == before  # (in the past: put back)


def test_undo_functions_refuse_what_changed_since(demo_db):
    lead = (
        Lead.select()
        .where((Lead.status == Lead.OPEN) & (Lead.next_action_due >= clock.today()))
        .first()
    )
    before = rules.RescheduledDue.of(lead)
    lead = rules.reschedule(lead, before.day + dt.timedelta(days=5))
    after = rules.RescheduledDue.of(lead)
    rules.reschedule(lead, before.day + dt.timedelta(days=9))  # moved again
    with pytest.raises(rules.FollowUpError, match="moved again"):
        rules.undo_reschedule(lead, before, after)
    assert Lead.get_by_id(lead.id).next_action_due == before.day + dt.timedelta(days=9)
    rules.undo_reschedule(lead, before, rules.RescheduledDue.of(Lead.get_by_id(lead.id)))
    assert Lead.get_by_id(lead.id).next_action_due == before.day

    commitment = Commitment.select().where(Commitment.done_at.is_null()).first()
    with pytest.raises(rules.FollowUpError, match="not marked kept"):
        rules.reopen_commitment(commitment)
    rules.complete_commitment(commitment)
    rules.reopen_commitment(commitment)
    assert Commitment.get_by_id(commitment.id).done_at is None
    Commitment.delete_by_id(commitment.id)
    with pytest.raises(rules.FollowUpError, match="no longer exists"):
        rules.reopen_commitment(commitment)


def test_the_lead_view_kept_button_can_be_undone(qtbot, window):
    commitment = Commitment.select().where(Commitment.done_at.is_null()).first()
    window.open_lead(commitment.lead_id)
    view = window.lead_view
    for row in range(view.commitments.count()):
        if view.commitments.item(row).data(Qt.ItemDataRole.UserRole) == commitment.id:
            view.commitments.setCurrentRow(row)
    view.commitment_done_button.click()
    assert Commitment.get_by_id(commitment.id).done_at is not None
    window.undo_action.trigger()
    assert Commitment.get_by_id(commitment.id).done_at is None
    assert QCoreApplication.instance() is not None


def test_ctrl_enter_saves_from_a_text_of_several_lines(qtbot, demo_db, paths):
    """In the prospect's words Enter starts a new line; Ctrl+Enter closes the lead."""
    from ui.dialogs.closing import LostDialog

    lead = Lead.select().where(Lead.status == Lead.OPEN).first()
    dialog = show(qtbot, LostDialog(None, lead))
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("no-budget"))
    dialog.words_edit.setFocus()
    type_text(dialog.words_edit, "No hay presupuesto este año")
    QTest.keyClick(dialog.words_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and Lead.get_by_id(lead.id).status == Lead.OPEN
    QTest.keyClick(dialog.words_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert Lead.get_by_id(lead.id).status == Lead.LOST
