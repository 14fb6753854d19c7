"""The calendar (issue 11, item 1): what is planned by day (contactos.agenda), its item
model, and moving a follow-up by drag, by R and by Ctrl+arrows, always through
followups.reschedule: the same refusals, kept in the history, undone with Ctrl+Z."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import refused, when_popup

from contactos import agenda, timeline
from contactos.actions import checklist, contacts, followups, leads
from contactos.actions.followups import FollowUp
from contactos.contacts import ContactData
from contactos.models import Activity, Commitment, Lead
from contactos.rules import NextAction

TODAY = dt.date(2026, 11, 30)  # a Monday


@pytest.fixture
def today(clock):
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    return clock.today()


@pytest.fixture
def book(db, today):
    """Two leads of two representadas and sources, a planned visit, a commitment and an
    expected payment."""
    ana = contacts.add_contact(
        ContactData(first_name="Ana", last_name="Peña", company="Ferretería Sol"), country="MX"
    ).contact
    luis = contacts.add_contact(
        ContactData(first_name="Luis", last_name="Ruiz", company="Aceros del Norte"), country="MX"
    ).contact
    first = leads.add_lead(
        leads.LeadDetails(
            title="Compresores",
            representada="Tolteca",
            source="Distribuidor Norte",
            expected_payment_date=today + dt.timedelta(days=9),
            value="1000",
        ),
        NextAction("Llamar a Ana", today + dt.timedelta(days=2), "call", dt.time(10, 30)),
        contact=ana,
    ).lead
    second = leads.add_lead(
        leads.LeadDetails(title="Vigas", representada="Aceros", source="Feria"),
        NextAction("Visitar la obra", today + dt.timedelta(days=2), "visit"),
        contact=luis,
    ).lead
    visit = followups.plan_activity(
        luis.id, "visit", dt.datetime.combine(today, dt.time(16, 0)), lead=second.id
    ).activity
    promise = checklist.add_commitment(
        first.id, "me", "Enviar planos", today + dt.timedelta(days=3)
    ).commitment
    return {"first": first, "second": second, "visit": visit, "promise": promise}


# --- What is planned ------------------------------------------------------------------------


def test_the_agenda_has_every_kind_of_follow_up_by_day_and_hour(book, today):
    found = agenda.entries(today, today + dt.timedelta(days=13))
    assert [(e.type, e.day, e.time) for e in found] == [
        ("activity", today, dt.time(16, 0)),
        ("lead", today + dt.timedelta(days=2), dt.time(10, 30)),
        ("lead", today + dt.timedelta(days=2), None),
        ("commitment", today + dt.timedelta(days=3), None),
        ("payment", today + dt.timedelta(days=9), None),
    ]
    payment = found[-1]
    assert not payment.movable and payment.value == 1000
    assert found[1].contact == "Ana Peña" and found[1].company == "Ferretería Sol"
    assert found[1].what == "Llamar a Ana" and found[1].title == "Compresores"
    days = agenda.by_day(found, today, today + dt.timedelta(days=6))
    assert len(days) == 7 and [len(items) for _, items in days] == [1, 0, 2, 1, 0, 0, 0]


def test_the_agenda_filters_by_representada_source_and_kind(book, today):
    last = today + dt.timedelta(days=13)
    first = book["first"]

    def types(flt):
        return sorted((e.type, e.lead_id) for e in agenda.entries(today, last, flt))

    assert types(agenda.Filter(representada_id=first.representada_id)) == [
        ("commitment", first.id),
        ("lead", first.id),
        ("payment", first.id),
    ]
    assert types(agenda.Filter(source_id=book["second"].source_id)) == [
        ("activity", book["second"].id),
        ("lead", book["second"].id),
    ]
    assert types(agenda.Filter(kind="visit")) == [
        ("activity", book["second"].id),
        ("lead", book["second"].id),
    ]
    assert types(agenda.Filter(kind="commitment")) == [("commitment", first.id)]
    assert types(agenda.Filter(kind="payment")) == [("payment", first.id)]
    with pytest.raises(ValueError):
        agenda.Filter(kind="party")


def test_what_is_late_says_by_how_many_days(book, today, clock):
    clock.set(dt.datetime(2026, 12, 3, 9, 0))
    found = {e.type: e for e in agenda.entries(today, today + dt.timedelta(days=9))}
    assert found["activity"].days_overdue == 3
    assert found["commitment"].days_overdue == 0  # (due today)
    assert found["payment"].days_overdue == 0  # (the customer's, never marked late)


# --- Moving: the action the calendar calls ---------------------------------------------------


def _history(lead_id: int) -> list[tuple[str, str]]:
    return [(e.kind, e.detail) for e in timeline.for_lead(lead_id) if e.kind == "moved"]


def test_a_move_and_its_undo_are_in_the_history(book, today, clock):
    lead = book["first"]
    later = today + dt.timedelta(days=5)
    touched = Lead.get_by_id(lead.id).last_activity_at
    moved = followups.reschedule(FollowUp("lead", lead.id), later, dt.time(10, 30))
    assert _history(lead.id) == [
        ("moved", "Moved from 2026-12-02 10:30 to 2026-12-05 10:30"),
    ]
    assert Lead.get_by_id(lead.id).last_activity_at == touched  # (not a contact made)
    # The day it had passes; the undo puts it back as it was, past or not.
    clock.set(dt.datetime(2026, 12, 4, 9, 0))
    followups.undo_reschedule(moved)
    fresh = Lead.get_by_id(lead.id)
    assert (fresh.next_action_due, fresh.next_action_time) == (
        dt.date(2026, 12, 2),
        dt.time(10, 30),
    )
    assert _history(lead.id)[0] == (
        "moved",
        "Move undone: from 2026-12-05 10:30 back to 2026-12-02 10:30",
    )


def test_a_planned_activity_or_a_commitment_is_not_moved_into_the_past(book, today):
    yesterday = today - dt.timedelta(days=1)
    refused(followups.reschedule, FollowUp("activity", book["visit"].id), yesterday, field="due_at")
    refused(
        followups.reschedule, FollowUp("commitment", book["promise"].id), yesterday, field="due"
    )
    refused(followups.reschedule, FollowUp("lead", book["first"].id), yesterday)
    followups.reschedule(FollowUp("commitment", book["promise"].id), today)  # (today: allowed)
    assert Commitment.get_by_id(book["promise"].id).due == today


# --- The item model -------------------------------------------------------------------------


def test_the_calendar_model_passes_the_model_tester(qapp, qtmodeltester, demo_db):
    from contactos import clock
    from ui.calendar_model import CalendarModel
    from ui.views.calendar import month_range

    model = CalendarModel()
    first, last = month_range(clock.today())
    model.load(first, last)
    assert model.rowCount() == 42 and model.total > 0
    qtmodeltester.check(model)
    model.skip_empty_days = True
    model.load(clock.today(), clock.today() + dt.timedelta(days=13))
    qtmodeltester.check(model)


def test_weeks_start_on_the_locales_first_day(qapp):
    from PySide6.QtCore import QLocale

    from ui.views import calendar

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("es_ES"))  # Monday
        assert calendar.week_start(TODAY + dt.timedelta(days=3)) == TODAY
        assert calendar.day_name(TODAY) == "lun"
        QLocale.setDefault(QLocale("en_US"))  # Sunday
        assert calendar.week_start(TODAY) == TODAY - dt.timedelta(days=1)
        first, last = calendar.month_range(dt.date(2026, 12, 15))
        assert first == dt.date(2026, 11, 29) and last - first == dt.timedelta(days=41)
    finally:
        QLocale.setDefault(before)


# --- The view, driven as a person drives it -------------------------------------------------


@pytest.fixture
def calendar(qtbot, book, paths):
    from helpers import show_window
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = show_window(qtbot, paths)
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.page("calendar")
    assert window.current == "calendar" and view.isVisible()
    view.window_ = window
    return view


def _drop(grid, key: str, point) -> None:
    """A drop of the entry `key` at `point` of `grid`'s viewport, as Qt delivers it."""
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from ui.calendar_model import MIME_TYPE

    data = QMimeData()
    data.setData(MIME_TYPE, key.encode("ascii"))
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(grid.viewport(), enter)
    move = QDragMoveEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(grid.viewport(), move)
    drop = QDropEvent(QPointF(point), actions, data, buttons, modifiers)
    QApplication.sendEvent(grid.viewport(), drop)
    return move.isAccepted()


def _cell_centre(grid, day: dt.date):
    return grid.visualRect(grid.model().day_index(day)).center()


def test_the_month_marks_today_and_what_is_late_in_words(calendar, today, clock):
    model = calendar.model
    assert calendar.mode == "month" and model.rowCount() == 42
    assert model.day_text(today, 1).endswith("— today (1)")
    clock.set(dt.datetime(2026, 12, 1, 9, 0))
    calendar.refresh()
    visit = model.entry(model.find(f"activity-{book_visit_id(calendar)}"))
    assert visit.days_overdue == 1
    assert model.line_text(visit).startswith("Overdue:")
    from ui.calendar_model import CalendarModel

    index = model.find(visit.key)
    state = model.index(index.row(), CalendarModel.STATE, index.parent())
    assert model.data(state).startswith("Overdue")
    assert model.data(state, 1) is not None  # (the warning icon, beside the words)


def book_visit_id(calendar) -> int:
    return Activity.select(Activity.id).where(~Activity.done).scalar()


def test_a_drag_in_the_month_reschedules_and_ctrl_z_undoes_it(calendar, book, today, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    lead = book["first"]
    target = today + dt.timedelta(days=6)
    accepted = _drop(calendar.month, f"lead-{lead.id}", _cell_centre(calendar.month, target))
    assert accepted
    fresh = Lead.get_by_id(lead.id)
    assert (fresh.next_action_due, fresh.next_action_time) == (target, dt.time(10, 30))
    assert _history(lead.id)[0][1] == "Moved from 2026-12-02 10:30 to 2026-12-06 10:30"
    moved = calendar.model.entry(calendar.current_index())
    assert moved.key == f"lead-{lead.id}" and moved.day == target  # (still selected)
    window = calendar.window_
    assert "Moved to" in window.statusBar().currentMessage()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Lead.get_by_id(lead.id).next_action_due == today + dt.timedelta(days=2)
    assert _history(lead.id)[0][1].startswith("Move undone")


def test_a_drag_into_the_past_is_refused_and_says_why(calendar, book, today):
    lead = book["first"]
    past = today - dt.timedelta(days=1)
    before = Lead.get_by_id(lead.id).next_action_due
    # The pointer says no before the drop; a drop there anyway is refused by the rule.
    accepted = _drop(calendar.month, f"lead-{lead.id}", _cell_centre(calendar.month, past))
    assert not accepted
    calendar.drop(f"lead-{lead.id}", past, None)
    assert Lead.get_by_id(lead.id).next_action_due == before
    assert calendar.message.isVisibleTo(calendar)
    assert "is in the past" in calendar.message.text()
    assert _history(lead.id) == []


def test_a_drag_in_the_week_sets_the_hour(calendar, book, today):
    calendar.set_mode("week")
    grid = calendar.week
    visit = book["visit"]
    day = today + dt.timedelta(days=1)
    cell = grid.visualRect(grid.model().day_index(day))
    y = grid._top + 3 * grid._hour_height + grid._hour_height // 4  # 10:00 to 10:29
    from PySide6.QtCore import QPoint

    _drop(grid, f"activity-{visit.id}", QPoint(cell.center().x(), y))
    assert Activity.get_by_id(visit.id).due_at == dt.datetime.combine(day, dt.time(10, 0))


def test_a_payment_is_shown_not_moved(calendar, book, today):
    key = f"payment-{book['first'].id}"
    calendar.go_to(today + dt.timedelta(days=9))
    assert calendar.model.find(key).isValid()
    calendar.drop(key, today + dt.timedelta(days=12), None)
    assert Lead.get_by_id(book["first"].id).expected_payment_date == today + dt.timedelta(days=9)
    assert "not moved" in calendar.message.text()


def test_the_keyboard_does_what_a_drag_does(calendar, book, today, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    grid = calendar.month
    grid.setFocus()
    lead = book["first"]
    index = calendar.model.find(f"lead-{lead.id}")
    grid.setCurrentIndex(index)
    # Ctrl+Right: a day later.
    QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert Lead.get_by_id(lead.id).next_action_due == today + dt.timedelta(days=3)
    # R, then T: tomorrow, from the same menu as Today's.
    when_popup(lambda menu: QTest.keyClick(menu, Qt.Key.Key_T))
    QTest.keyClick(grid, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: Lead.get_by_id(lead.id).next_action_due == today + dt.timedelta(1))
    assert Lead.get_by_id(lead.id).next_action_time == dt.time(10, 30)
    # The arrows move the selection: Down from the lead's line goes to the next entry.
    current = calendar.current_entry()
    assert current.key == f"lead-{lead.id}"
    QTest.keyClick(grid, Qt.Key.Key_Left)
    assert calendar.current_day() == today


def test_enter_and_a_double_click_open_the_lead(calendar, book, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    grid = calendar.month
    grid.setFocus()
    lead = book["second"]
    grid.setCurrentIndex(calendar.model.find(f"activity-{book['visit'].id}"))
    with qtbot.waitSignal(calendar.open_lead) as opened:
        QTest.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [lead.id]
    assert calendar.window_.current == "lead"


def test_the_filters_narrow_the_calendar(calendar, book):
    calendar.kind.setCurrentIndex(calendar.kind.findData("commitment"))
    assert calendar.model.total == 1
    calendar.kind.setCurrentIndex(0)
    combo = calendar.representada
    combo.setCurrentIndex(combo.findData(book["second"].representada_id))
    assert {calendar.model.entry(calendar.model.find(f"activity-{book['visit'].id}")).lead_id} == {
        book["second"].id
    }
    assert not calendar.model.find(f"lead-{book['first'].id}").isValid()


def test_the_agenda_lists_the_days_and_takes_a_drop(calendar, book, today):
    calendar.set_mode("agenda")
    model = calendar.model
    assert model.groups[0][0] == today
    assert all(items for day, items in model.groups if day != today)
    day_row = model.day_index(today + dt.timedelta(days=3))
    point = calendar.agenda.visualRect(day_row).center()
    _drop(calendar.agenda, f"lead-{book['second'].id}", point)
    assert Lead.get_by_id(book["second"].id).next_action_due == today + dt.timedelta(days=3)


def test_the_history_says_the_move_in_the_readers_words(in_spanish, book, today):
    from ui.models import TimelineModel

    lead = book["first"]
    followups.reschedule(FollowUp("lead", lead.id), today + dt.timedelta(days=5), dt.time(10, 30))
    model = TimelineModel()
    model.set_events(timeline.for_lead(lead.id))
    texts = [model.text(e) for e in timeline.for_lead(lead.id) if e.kind == "moved"]
    assert texts[0].startswith("Reprogramado: Llamar a Ana — Movido del 02/12/2026 10:30")
    assert "al 05/12/2026 10:30" in texts[0]


def test_in_spanish_a_drop_into_the_past_says_why_in_spanish(in_spanish, calendar, book, today):
    calendar.drop(f"lead-{book['first'].id}", today - dt.timedelta(days=1), None)
    assert "ya pasó" in calendar.message.text()
    assert calendar.mode_buttons["month"].text() == "&Mes"


def test_the_arrows_go_on_into_the_next_month(calendar, today):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    grid = calendar.month
    grid.setFocus()
    last = calendar.model.groups[-1][0]
    grid.setCurrentIndex(calendar.model.day_index(last))
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert calendar.current_day() == last + dt.timedelta(days=1)
    assert calendar.anchor.month == 12 and calendar.title.text().startswith("December")
    QTest.keyClick(grid, Qt.Key.Key_PageUp)
    assert calendar.anchor == dt.date(2026, 11, 1)


def test_more_than_fits_in_a_day_opens_the_agenda_at_that_day(calendar, book, today, qtbot):
    from PySide6.QtCore import Qt

    for n in range(12):  # (more calls than a month's cell has lines for)
        followups.plan_activity(
            book["second"].contact_id,
            "call",
            dt.datetime.combine(today + dt.timedelta(days=4), dt.time(8, n)),
        )
    calendar.refresh()
    grid = calendar.month
    row = calendar.model.day_row(today + dt.timedelta(days=4))
    assert grid._hidden[row] > 0
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid._more[row].center())
    assert calendar.mode == "agenda"
    assert calendar.model.groups[0][0] == today + dt.timedelta(days=4)
    assert calendar.model.rowCount(calendar.model.index(0, 0)) == 12


def test_a_payment_leaves_the_calendar_once_the_ledger_has_it(book, today):
    """The expected payment shows until the customer's payment (or a commission) is in
    the commission ledger; a cancelled entry puts it back."""
    from contactos.actions import closing
    from contactos.actions import commissions as commission_actions

    lead = book["first"]
    closing.win(lead.id, "contract", today, schedule_reorder=False)
    window = (today, today + dt.timedelta(days=13))
    assert [e.type for e in agenda.entries(*window)].count("payment") == 1
    paid = commission_actions.record(lead.id, "customer-paid", "400", today)
    assert [e.type for e in agenda.entries(*window)].count("payment") == 0
    commission_actions.cancel(paid.entry.id, "Se registró dos veces")
    assert [e.type for e in agenda.entries(*window)].count("payment") == 1
