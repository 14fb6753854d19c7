"""Dates that cannot be right, refused by the rules with the reason: a next action being
set is due today or later and at most three years ahead; a closing date is neither
before the lead was received nor in the future. Each rule both ways, and from the
command line and the window."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from helpers import refused, snapshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from contactos import commissions, rules
from contactos.contacts import ContactData, create_contact
from contactos.models import Activity, Closing, Lead
from contactos.rules import NextAction

# Fixed by the `clock` fixture in each test: a Monday in the middle of the year.
MOMENT = dt.datetime(2026, 6, 15, 9, 0)
TODAY = MOMENT.date()
TOMORROW = TODAY + dt.timedelta(days=1)
YESTERDAY = TODAY - dt.timedelta(days=1)
LATEST = dt.date(2029, 6, 15)  # three years ahead


@pytest.fixture
def fixed(clock):
    clock.set(MOMENT)
    return clock


@pytest.fixture
def contact(db, fixed):
    return create_contact(ContactData(first_name="María", last_name="Peña"))


@pytest.fixture
def lead(contact):
    """Received ten days ago, with a next action tomorrow."""
    with rules.clock.fixed_at(TODAY - dt.timedelta(days=10)):
        lead = rules.create_lead(contact, "Compresores", NextAction("Llamar", TODAY))
    rules.set_next_action(lead, NextAction("Llamar", TOMORROW))
    return Lead.get_by_id(lead.id)


@pytest.fixture
def overdue(contact):
    """Planned five days ago for three days ago: overdue now."""
    with rules.clock.fixed_at(TODAY - dt.timedelta(days=5)):
        lead = rules.create_lead(
            contact, "Bombas", NextAction("Llamar", TODAY - dt.timedelta(days=3)), value="100"
        )
    return Lead.get_by_id(lead.id)


# --- The next action: today up to three years ahead -------------------------------------


def test_the_latest_day_is_three_years_ahead(fixed):
    assert rules.latest_next_action_date() == LATEST
    assert rules.latest_next_action_date(dt.date(2028, 2, 29)) == dt.date(2031, 2, 28)


@pytest.mark.parametrize("due", [TODAY, TOMORROW, LATEST])
def test_a_new_lead_is_due_today_or_later(contact, due):
    lead = rules.create_lead(contact, "A", NextAction("Llamar", due))
    assert Lead.get_by_id(lead.id).next_action_due == due


@pytest.mark.parametrize(
    ("due", "says"),
    [
        (YESTERDAY, "2026-06-14 is in the past"),
        (dt.date(1900, 1, 1), "1900-01-01 is in the past"),
        (LATEST + dt.timedelta(days=1), "2029-06-16 is more than three years ahead"),
        (dt.date(9999, 12, 31), "9999-12-31 is more than three years ahead"),
    ],
)
def test_a_new_lead_due_in_the_past_or_too_far_is_refused(contact, due, says):
    refused(
        rules.create_lead,
        contact,
        "A",
        NextAction("Llamar", due),
        field="next_action_due",
        says=says,
    )


@pytest.mark.parametrize("due", [YESTERDAY, LATEST + dt.timedelta(days=1)])
def test_every_way_of_setting_a_next_action_is_checked(lead, due):
    refused(rules.set_next_action, lead, NextAction("Visitar", due), field="next_action_due")
    refused(rules.reschedule, lead, due, field="next_action_due")
    refused(
        rules.log_activity,
        lead,
        "call",
        next_action=NextAction("Visitar", due),
        field="next_action_due",
    )
    planned = rules.plan_activity(lead.contact, "visit", MOMENT, lead=lead)
    refused(
        rules.complete_activity,
        planned,
        next_action=NextAction("Visitar", due),
        field="next_action_due",
    )
    refused(rules.schedule_loss_confirmation, lead, due, field="next_action_due")
    rules.lose(lead, "no-budget", "No hay presupuesto")
    refused(
        rules.reopen,
        Lead.get_by_id(lead.id),
        "Volvió",
        NextAction("Visitar", due),
        field="next_action_due",
    )


@pytest.mark.parametrize("due", [TODAY, LATEST])
def test_every_way_of_setting_a_next_action_takes_today_to_three_years(lead, due):
    rules.set_next_action(lead, NextAction("Visitar", due))
    rules.reschedule(lead, due)
    rules.log_activity(lead, "call", next_action=NextAction("Visitar", due))
    planned = rules.plan_activity(lead.contact, "visit", MOMENT, lead=lead)
    rules.complete_activity(planned, next_action=NextAction("Visitar", due))
    rules.schedule_loss_confirmation(lead, due)
    assert Lead.get_by_id(lead.id).next_action_due == due
    rules.lose(lead, "no-budget", "No hay presupuesto")
    rules.reopen(Lead.get_by_id(lead.id), "Volvió", NextAction("Visitar", due))
    assert Lead.get_by_id(lead.id).next_action_due == due


def test_an_overdue_lead_can_still_be_edited_otherwise(overdue):
    rules.update_lead(overdue, title="Bombas sumergibles", value="1.250,50", notes="Urgente")
    fresh = Lead.get_by_id(overdue.id)
    assert (fresh.title, fresh.value) == ("Bombas sumergibles", Decimal("1250.50"))
    # Saving its next action unchanged (as the lead dialog does) changes nothing...
    before = snapshot()
    rules.set_next_action(fresh, NextAction("Llamar", fresh.next_action_due))
    rules.set_next_action(fresh, NextAction("  Llamar ", fresh.next_action_due, "call"))
    assert snapshot() == before
    # ...but a changed one is a next action being set: today or later.
    refused(rules.set_next_action, fresh, NextAction("Llamar otra vez", fresh.next_action_due))
    rules.set_next_action(fresh, NextAction("Llamar otra vez", TODAY))


def test_keeping_an_overdue_next_action_is_refused(overdue):
    refused(rules.log_activity, overdue, "note", keep_next_action=True, field="next_action_due")


# --- Closing dates: from the day it was received up to today ----------------------------


@pytest.mark.parametrize("day", [TODAY - dt.timedelta(days=10), YESTERDAY, TODAY])
def test_a_win_is_dated_between_received_and_today(lead, day):
    closing = rules.win(lead, "contract", day, schedule_reorder=False)
    assert Closing.get_by_id(closing.id).date == day


@pytest.mark.parametrize(
    ("day", "says"),
    [
        (TOMORROW, "2026-06-16 is in the future"),
        (TODAY - dt.timedelta(days=11), "2026-06-04 is before the lead was received (2026-06-05)"),
        (dt.date(1900, 1, 1), "1900-01-01 is before the lead was received"),
    ],
)
def test_closing_dates_that_cannot_be_right_are_refused(lead, day, says):
    refused(rules.win, lead, "contract", day, field="date", says=says)
    refused(rules.lose, lead, "no-budget", "No hay dinero", day, field="date", says=says)
    rules.win(lead, "contract", TODAY, schedule_reorder=False)
    won = Lead.get_by_id(lead.id)
    with pytest.raises(commissions.CommissionError) as info:
        commissions.record(won, "received", "100", day)
    assert info.value.field == "date"
    assert says.split(" is ")[0] in str(info.value)


@pytest.mark.parametrize("day", [TODAY - dt.timedelta(days=10), TODAY])
def test_a_loss_and_a_commission_are_dated_between_received_and_today(lead, contact, day):
    rules.lose(lead, "no-budget", "No hay dinero", day)
    assert Closing.get(Closing.lead == lead.id).date == day
    other = rules.create_lead(contact, "Otra", NextAction("Llamar", TODAY), value="1000")
    rules.win(other, "payment", TODAY, schedule_reorder=False)
    commissions.record(Lead.get_by_id(other.id), "received", "12,5", TODAY)
    assert commissions.ledger(other.id).received == Decimal("12.5")


# --- From the command line --------------------------------------------------------------


@pytest.fixture
def cli(cli, fixed):
    """conftest's `cli`, with the clock at MOMENT."""
    return cli


def test_the_command_line_refuses_impossible_dates_with_the_reason(cli):
    code, _, err = cli("add-lead", "Ana", "--next", "Llamar", "--due", "14/06/2026")
    assert code == 1 and "is in the past" in err
    code, _, err = cli("add-lead", "Ana", "--next", "Llamar", "--due", "9999-12-31")
    assert code == 1 and "more than three years ahead" in err
    code, out, err = cli("add-lead", "Ana", "--next", "Llamar", "--due", "15/06/2026")
    assert code == 0, err
    lead_id = out.strip()
    for args in (
        ("reschedule", lead_id, "2026-06-01"),
        ("log", lead_id, "call", "--next", "Otra", "--due", "2026-06-01"),
        ("lose", lead_id, "--not-confirmed", "--confirm-by", "2026-06-01"),
        ("win", lead_id, "--act", "contract", "--date", "1900-01-01"),
        ("win", lead_id, "--act", "contract", "--date", "2026-06-16"),
        ("lose", lead_id, "--reason", "other", "--words", "No", "--date", "2026-06-14"),
    ):
        code, out, err = cli(*args)
        assert (code, out) == (1, ""), args
        reasons = ("is in the past", "is in the future", "is before the lead was received")
        assert any(reason in err for reason in reasons), (args, err)
    code, _, err = cli("win", lead_id, "--act", "contract", "--date", "15/06/2026")
    assert code == 0, err
    code, _, err = cli(
        "reopen", lead_id, "--reason", "Volvió", "--next", "x", "--due", "2020-01-01"
    )
    assert code == 1 and "is in the past" in err
    assert json.loads(cli("leads", "--json")[1])[0]["status"] == "won"


# --- From the window ----------------------------------------------------------------------


def test_todays_pick_a_date_offers_today_to_three_years(qtbot, overdue):
    from ui.dialogs.common import from_qdate
    from ui.dialogs.reschedule import RescheduleDialog

    dialog = RescheduleDialog(None, overdue.next_action_due)
    qtbot.addWidget(dialog)
    assert from_qdate(dialog.calendar.minimumDate()) == TODAY
    assert from_qdate(dialog.calendar.maximumDate()) == LATEST
    assert dialog.selected_date() == TOMORROW  # an overdue one starts tomorrow


def test_today_shows_the_rules_reason_and_changes_nothing(qtbot, overdue, monkeypatch):
    from ui.views.today import TodayView

    view = TodayView()
    qtbot.addWidget(view)
    view.refresh()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    view.tree.setCurrentIndex(view.model.index(0, 0, view.model.index(0, 0)))
    assert view.current_item().lead_id == overdue.id
    before = snapshot()
    view.reschedule_to(YESTERDAY)
    assert warnings and "2026-06-14 is in the past" in warnings[0]
    assert snapshot() == before
    view.reschedule_to(TOMORROW)
    assert Lead.get_by_id(overdue.id).next_action_due == TOMORROW


def test_the_closing_dialogs_offer_received_to_today(qtbot, lead):
    from ui.dialogs.closing import LostDialog, ReopenDialog, WonDialog
    from ui.dialogs.common import from_qdate

    for dialog_class in (WonDialog, LostDialog):
        dialog = dialog_class(None, lead)
        qtbot.addWidget(dialog)
        assert from_qdate(dialog.date_edit.minimumDate()) == TODAY - dt.timedelta(days=10)
        assert from_qdate(dialog.date_edit.maximumDate()) == TODAY
    lost = LostDialog(None, lead)
    qtbot.addWidget(lost)
    assert from_qdate(lost.confirm_date_edit.minimumDate()) == TODAY
    assert from_qdate(lost.confirm_date_edit.maximumDate()) == LATEST
    rules.lose(lead, "no-budget", "No")
    reopen = ReopenDialog(None, Lead.get_by_id(lead.id))
    qtbot.addWidget(reopen)
    assert from_qdate(reopen.next_group.due_edit.minimumDate()) == TODAY
    assert from_qdate(reopen.next_group.due_edit.maximumDate()) == LATEST


def test_the_won_dialog_shows_the_reason_for_a_date_before_received(qtbot, lead):
    from ui.dialogs.closing import WonDialog
    from ui.dialogs.common import to_qdate

    dialog = WonDialog(None, lead)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.act_buttons["contract"].setChecked(True)
    early = TODAY - dt.timedelta(days=20)
    dialog.date_edit.setMinimumDate(to_qdate(early))  # (were the field to let it through)
    dialog.date_edit.setDate(to_qdate(early))
    before = snapshot()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "is before the lead was received" in dialog.date_error.text()
    assert snapshot() == before


def test_the_lead_dialog_saves_an_overdue_lead_edited_otherwise(qtbot, overdue):
    from ui.dialogs.lead_dialog import LeadDialog

    dialog = LeadDialog(None, lead=overdue)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Bombas sumergibles")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.due_error.text()
    fresh = Lead.get_by_id(overdue.id)
    assert fresh.title == "Bombas sumergibles"
    assert fresh.next_action_due == TODAY - dt.timedelta(days=3)  # unchanged, still overdue


def test_the_lead_dialog_refuses_moving_a_next_action_into_the_past(qtbot, overdue):
    from ui.dialogs.common import to_qdate
    from ui.dialogs.lead_dialog import LeadDialog

    dialog = LeadDialog(None, lead=overdue)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.due_edit.maximumDate() == to_qdate(LATEST)
    dialog.due_edit.setDate(to_qdate(TODAY - dt.timedelta(days=2)))
    before = snapshot()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "is in the past" in dialog.due_error.text()
    assert snapshot() == before


def test_the_demo_still_tells_its_story(db, fixed):
    """The demo plays its past through the rules with the clock set back."""
    from contactos.demo import load_demo

    load_demo(moment=MOMENT)
    assert Lead.select().where(Lead.next_action_due < TODAY).exists()  # overdue ones
    assert Lead.select().where(Lead.status == Lead.WON).exists()
    assert not Closing.select().where(Closing.date > TODAY).exists()
    done = Activity.select().where(Activity.done & (Activity.done_at > MOMENT))
    assert not done.exists()


# --- How a refused date is written --------------------------------------------------------


def test_a_refused_date_is_written_as_the_reader_writes_dates(cli):
    """The command line writes dates dd/mm/yyyy, in its messages as in its tables."""
    code, out, err = cli("add-lead", "Ana", "--next", "Llamar", "--due", "14/06/2026")
    assert (code, out) == (1, "")
    assert "14/06/2026 is in the past" in err
    assert "2026-06-14" not in err
    code, _, err = cli("--lang", "es", "add-lead", "Ana", "--next", "Llamar", "--due", "2026-06-14")
    assert code == 1 and "14/06/2026" in err and "2026-06-14" not in err


def test_the_window_writes_a_refused_date_as_its_locale_does(in_spanish, fixed):
    from ui.dialogs.common import format_date

    with pytest.raises(rules.FollowUpError) as refused_date:
        rules.check_next_action_date(YESTERDAY)
    assert format_date(YESTERDAY) == "14/06/2026"  # (the Spanish window's own dates)
    message = refused_date.value.message
    assert "14/06/2026" in message and "2026-06-14" not in message, message
