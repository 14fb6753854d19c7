"""The reminder window, the tray menu and the background service, through their widgets."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from helpers import type_text, when_modal, when_popup
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from contactos import backup, clock, reminders, rules, settings
from contactos.contacts import ContactData, create_contact
from contactos.models import Commitment, Lead, ReminderState

DAY = dt.date(2026, 11, 30)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


@pytest.fixture
def due(db, clock):
    """At 11:00: a call due at 11:00 (fired at 10:50), a visit today without a time
    (fired at 9:00) and a commitment due today (the morning round)."""
    clock.set(at(7, 0))
    contact = create_contact(
        ContactData(first_name="José", last_name="Núñez", company="Ferretería El Águila")
    )
    call = rules.create_lead(
        contact,
        "Compresores",
        rules.NextAction("Confirmar cotización", DAY, "call", dt.time(11, 0)),
    )
    visit = rules.create_lead(contact, "Varilla", rules.NextAction("Visitar la obra", DAY, "visit"))
    promise = rules.add_commitment(visit, "me", "Enviar catálogo", DAY)
    reminders.watching_since(start=True)
    clock.set(at(11, 0))
    return {"call": call, "visit": visit, "commitment": promise}


@pytest.fixture
def window(qtbot, due):
    from ui.reminder_window import ReminderWindow

    shown = ReminderWindow()
    qtbot.addWidget(shown)
    shown.show_reminders()
    qtbot.waitExposed(shown)
    return shown


def test_lists_what_is_due_newest_first(window, due):
    keys = [r.key for r in window.reminders]
    assert keys[0] == f"lead-{due['call'].id}"  # fired at 10:50
    assert set(keys[1:]) == {f"lead-{due['visit'].id}", f"commitment-{due['commitment'].id}"}
    first = window.tree.topLevelItem(0)
    assert first.text(0) == "Call: Confirmar cotización"
    assert first.text(1) == "José Núñez · Ferretería El Águila"
    assert first.text(2).startswith("today at 11")
    assert window.heading.text() == "3 reminder(s) due"
    assert window.tree.hasFocus()
    assert window.current().key == keys[0]


def test_done_asks_what_happened_and_the_next_action(qtbot, window, due):
    lead = due["call"]

    def refuse_then_fill(dialog) -> None:
        assert dialog.windowTitle() == "Mark next action as done"
        type_text(dialog.outcome_edit, "Aceptó la cotización")
        dialog.next_group.what_edit.clear()
        dialog.accept()  # an open lead without a next action: refused, still open
        assert dialog.isVisible() and lead.activities.count() == 0
        type_text(dialog.next_group.what_edit, "Enviar pedido")
        dialog.accept()

    when_modal(refuse_then_fill)
    with qtbot.waitSignal(window.changed):
        QTest.keyClick(window.tree, Qt.Key.Key_D)
    lead = Lead.get_by_id(lead.id)
    assert lead.next_action_what == "Enviar pedido"
    assert lead.activities.count() == 1
    assert f"lead-{lead.id}" not in [r.key for r in window.reminders]
    assert len(window.reminders) == 2


def test_done_cancelled_changes_nothing(qtbot, window, due):
    when_modal(lambda dialog: dialog.reject())
    assert window.mark_done() is False
    assert len(window.reminders) == 3
    assert Lead.get_by_id(due["call"].id).next_action_what == "Confirmar cotización"


def test_done_on_a_commitment(qtbot, window, due):
    window.select(f"commitment-{due['commitment'].id}")
    with qtbot.waitSignal(window.changed):
        window.done_button.click()
    assert Commitment.get_by_id(due["commitment"].id).done_at is not None


def test_snooze_from_the_keyboard(qtbot, window, due, clock):
    key = f"lead-{due['call'].id}"
    window.select(key)

    def one_hour(menu) -> None:
        QTest.keyClick(menu, Qt.Key.Key_H)  # "1 &hour"

    when_popup(one_hour)
    with qtbot.waitSignal(window.changed):
        QTest.keyClick(window.tree, Qt.Key.Key_P)
    state = ReminderState.get(ReminderState.key == key)
    assert state.snoozed_until == at(12, 0)
    assert key not in [r.key for r in window.reminders]
    clock.set(at(12, 0))  # it comes back when the snooze ends
    window.refresh()
    assert window.reminders[0].key == key
    assert window.tree.topLevelItem(0).text(3).startswith("today at 12")


def test_snooze_until_tomorrow_morning_and_a_chosen_time(qtbot, window, due):
    visit = f"lead-{due['visit'].id}"
    window.select(visit)
    assert window.snooze("tomorrow")
    assert ReminderState.get(ReminderState.key == visit).snoozed_until == at(
        9, 0, DAY + dt.timedelta(days=1)
    )
    call = f"lead-{due['call'].id}"
    window.select(call)

    def choose(dialog) -> None:
        assert dialog.chosen() == at(12, 0)  # an hour from now, to begin with
        dialog.edit.setDateTime(dialog.edit.dateTime().addSecs(3 * 3600))
        dialog.accept()

    when_modal(choose)
    assert window.snooze_at_chosen_time()
    assert ReminderState.get(ReminderState.key == call).snoozed_until == at(15, 0)


def test_open_with_enter(qtbot, window, due):
    with qtbot.waitSignal(window.open_lead) as opened:
        QTest.keyClick(window.tree, Qt.Key.Key_Return)
    assert opened.args == [due["call"].id]


def test_escape_closes_and_the_reminders_stay(qtbot, window, due):
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert len(reminders.active()) == 3


def test_tray_menu(qapp, due):
    from ui.tray import TrayMenu

    tray = TrayMenu()
    tray.update(12, 3, None)
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == [
        "Today: 12 follow-up(s) to do",
        "&Open Contactos",
        "&Today",
        "&Reminders due (3)…",
        "&Pause reminders for 1 hour",
        "&Quit",
    ]
    tray.update(12, 3, at(12, 0))
    assert tray.pause_action.text().startswith("&Resume reminders")
    tray.deleteLater()


# --- The service -------------------------------------------------------------------------


class FakeNotifier(QObject):
    clicked = Signal(str)
    done = Signal(str)
    snoozed = Signal(str)
    failed = Signal(list)

    def __init__(self, refuse: bool = False) -> None:
        super().__init__()
        self.refuse = refuse
        self.sent: list[list[str]] = []
        self.unavailable = "refused" if refuse else ""

    def notify(self, found) -> None:
        keys = [r.key for r in found]
        if self.refuse:
            self.failed.emit(keys)
        else:
            self.sent.append(keys)

    def stop(self) -> None:
        pass


@pytest.fixture
def main_window(qtbot, db, tmp_path):
    from contactos.paths import resolve_paths
    from ui.mainwindow import MainWindow

    paths = resolve_paths(tmp_path / "data")
    shown = MainWindow(paths)  # (closed here, after the service let go of it)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.is_loaded)
    yield shown
    shown.on_close = None
    shown.close()
    shown.deleteLater()


def make_service(main_window, notifier, use_tray=True):
    from ui.reminder_service import ReminderService

    service = ReminderService(main_window, main_window.paths, notifier=notifier, use_tray=use_tray)
    service.quit_app = lambda: None  # (the test's application goes on)
    # The computer stays awake: its monotonic clock follows the test's clock.
    service.watcher._monotonic = lambda: clock.instant(clock.now()).timestamp()
    service.watcher.reset()
    return service


def arrive(service, moment: dt.datetime) -> None:
    """The program stayed awake, looking every few seconds, until `moment`: its look."""
    clock.set(moment - dt.timedelta(seconds=5))
    service.watcher.reset()
    clock.set(moment)
    service.tick()


@pytest.fixture
def service(qtbot, main_window, clock):
    clock.set(at(7, 0))
    made = make_service(main_window, FakeNotifier())
    yield made
    made.stop()
    made.reminder_window.deleteLater()


def test_missed_reminders_come_together_at_the_start(qtbot, due, main_window):
    service = make_service(main_window, FakeNotifier())
    try:
        service.start()
        window = service.reminder_window
        assert window.isVisible()
        assert len(window.reminders) == 3
        assert window.note.isVisible() and "3 reminder(s)" in window.note.text()
        assert service.notifier.sent == []  # one list, not one notification each
    finally:
        service.stop()


def test_a_reminder_fires_while_running_and_its_buttons_work(qtbot, service, clock):
    contact = create_contact(ContactData(first_name="Ana", company="Aceros"))
    lead = rules.create_lead(contact, "Malla", rules.NextAction("Llamar", DAY, "call", dt.time(11)))
    service.start()
    assert service.next_fire == at(10, 50)
    arrive(service, at(10, 50))
    assert service.notifier.sent == [[f"lead-{lead.id}"]]
    # Snooze from the notification: 10 minutes
    service.notifier.snoozed.emit(f"lead-{lead.id}")
    assert reminders.find(f"lead-{lead.id}").snoozed_until == at(11, 0)
    arrive(service, at(11, 0))
    assert service.notifier.sent[-1] == [f"lead-{lead.id}"]
    # Done from the notification: the window, then the done dialog
    when_modal(lambda dialog: (type_text(dialog.next_group.what_edit, "Visita"), dialog.accept()))
    service.notifier.done.emit(f"lead-{lead.id}")
    assert Lead.get_by_id(lead.id).next_action_what == "Visita"
    assert service.reminder_window.isVisible()
    # a click on a notification opens the window; Open shows the lead in the main window
    other = rules.create_lead(contact, "Alambre", rules.NextAction("Cotizar", DAY, "email"))
    service.check()
    service.notifier.clicked.emit(f"lead-{other.id}")
    assert service.reminder_window.current().key == f"lead-{other.id}"
    service.window.hide()
    service.reminder_window.open_button.click()
    assert service.window.isVisible() and service.window.current == "lead"
    assert service.window.lead_view.lead.id == other.id


def test_refused_notification_shows_the_window(qtbot, main_window, clock):
    clock.set(at(7, 0))
    contact = create_contact(ContactData(first_name="Ana"))
    lead = rules.create_lead(contact, "Malla", rules.NextAction("Llamar", DAY, "call", dt.time(11)))
    service = make_service(main_window, FakeNotifier(refuse=True))
    try:
        service.start()
        assert not service.reminder_window.isVisible()
        arrive(service, at(10, 50))
        assert service.reminder_window.isVisible()
        assert service.reminder_window.current().key == f"lead-{lead.id}"
    finally:
        service.stop()


def test_changes_by_the_command_line_are_picked_up(qtbot, service, main_window, clock):
    contact = create_contact(ContactData(first_name="Temporal"))
    service.start()
    main_window.show_view("today")
    assert service.next_fire is None
    # another program (the command line, a script) writes a lead due at 11:00
    con = sqlite3.connect(str(main_window.paths.database))
    con.execute(
        "INSERT INTO lead (contact_id, title, currency, stage_id, status, received_at, "
        "first_contact_at, next_action_kind, next_action_what, next_action_due, "
        "next_action_time, next_action_template, value_for_prospect, open_questions, notes, "
        "created_at, updated_at) VALUES (?, 'Desde la terminal', 'MXN', 1, 'open', ?, ?, "
        "'call', 'Llamar', ?, '11:00:00', '', '', '', '', ?, ?)",
        (contact.id, "2026-11-30 07:00:00", "2026-11-30 07:00:00", "2026-11-30",
         "2026-11-30 07:00:00", "2026-11-30 07:00:00"),
    )  # fmt: skip
    con.commit()
    con.close()
    with qtbot.waitSignal(service.refreshed):
        service.tick()
    assert service.next_fire == at(10, 50)
    model = main_window.today.model
    titles = [
        model.item(model.index(row, 0, model.index(section, 0))).title
        for section in range(model.rowCount())
        for row in range(model.rowCount(model.index(section, 0)))
    ]
    assert "Desde la terminal" in titles


def test_daily_backup_when_the_date_changes(qtbot, service, main_window, clock):
    service.start()
    clock.set(at(23, 59))
    service.watcher.reset()
    clock.set(at(0, 1, DAY + dt.timedelta(days=1)))
    service.tick()
    autos = [p for p in backup.list_backups(main_window.paths) if p.name.endswith("-auto.sqlite3")]
    assert [p.name[10:18] for p in autos] == ["20261201"]


def test_pause_from_the_tray(qtbot, service, clock):
    contact = create_contact(ContactData(first_name="Ana"))
    lead = rules.create_lead(contact, "Malla", rules.NextAction("Llamar", DAY, "call", dt.time(11)))
    service.start()
    clock.set(at(10, 30))
    service.tray.pause_action.trigger()
    assert service.tray.pause_action.text().startswith("&Resume")
    arrive(service, at(10, 50))
    assert service.notifier.sent == []
    arrive(service, at(11, 30))
    assert service.notifier.sent == [[f"lead-{lead.id}"]]
    assert service.tray.pause_action.text() == "&Pause reminders for 1 hour"


def test_closing_keeps_it_in_the_tray_and_says_where_once(qtbot, service, main_window):
    service.start()
    told = []
    when_modal(lambda box: (told.append(box.text()), box.accept()))
    main_window.close()
    qtbot.waitUntil(lambda: not main_window.isVisible())
    assert told and "keeps running" in told[0]
    assert not service.quitting
    service.show_main()
    assert main_window.isVisible()
    main_window.close()  # the second time, nothing is said
    assert not main_window.isVisible() and len(told) == 1


def test_close_to_tray_off_quits(qtbot, service, main_window):
    settings.put("close_to_tray", False)
    service.start()
    main_window.close()
    assert service.quitting


def test_without_a_tray_closing_says_reminders_need_the_program(qtbot, main_window, clock):
    from contactos import autostart

    clock.set(at(7, 0))
    service = make_service(main_window, FakeNotifier(), use_tray=False)
    try:
        service.start()
        # Cancel: the window stays
        when_modal(lambda box: box.reject())
        main_window.close()
        assert main_window.isVisible() and not service.quitting

        def start_at_login(box) -> None:
            assert box.text() == "Reminders come only while Contactos is running."
            box.buttons()[0].click()

        when_modal(start_at_login)
        main_window.close()
        assert service.quitting
        assert autostart.is_enabled()
        assert "--background" in autostart.desktop_path().read_text(encoding="utf-8")
    finally:
        service.stop()
        autostart.disable()


def test_quit_from_the_tray_menu(qtbot, service, main_window):
    service.start()
    service.tray.quit_action.trigger()
    assert service.quitting and not main_window.isVisible()


def test_the_message_boxes_are_not_left_open():
    assert QApplication.activeModalWidget() is None or not isinstance(
        QApplication.activeModalWidget(), QMessageBox
    )
