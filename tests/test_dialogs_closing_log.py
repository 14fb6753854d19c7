"""The closing, reopening, logging, reschedule and settings dialogs, driven through their
real widgets: each one accepted (the database shows the change), refused by a rule (the
domain's message next to the field, the dialog still open, nothing written) and
cancelled."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from helpers import click, open_dialog, snapshot, type_text, when_modal
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableView

from contactos import clock, rules, settings
from contactos.contacts import ContactData, create_contact
from contactos.models import MODELS, Activity, Closing, Lead, Reopening, Representada
from contactos.paths import resolve_paths
from contactos.rules import FollowUpError, NextAction
from ui.dialogs.closing import LostDialog, ReopenDialog, WonDialog
from ui.dialogs.common import format_money, from_qdate, to_qdate
from ui.dialogs.log_dialog import LogDialog
from ui.dialogs.reschedule import RescheduleDialog, quick_dates
from ui.dialogs.settings_dialog import SettingsDialog

# The test's days, read from the program's clock as each test starts (see _days).
TODAY = TOMORROW = YESTERDAY = None


@pytest.fixture(autouse=True)
def _days(clock):
    """Today and the days around it as the program's clock reads them, held still for
    the test by the `clock` fixture: a run across midnight reads one day."""
    global TODAY, TOMORROW, YESTERDAY
    today = clock.today()
    TODAY = today
    TOMORROW = today + dt.timedelta(days=1)
    YESTERDAY = today - dt.timedelta(days=1)


CONFIRM_WHAT = "Confirm with the prospect whether they will buy"


def what(lead: Lead) -> str:
    """The next action as a reader reads it (the program's own kinds in words)."""
    return rules.next_action_text(lead.next_action_what, lead.next_action_template)


# The offscreen platform cannot pass a window's size limits on, and says so each time a
# dialog with a layout is shown; real platforms do not. Nothing else is ignored.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# --- helpers ------------------------------------------------------------------------------


def row_counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in MODELS}


def select_data(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def domain_message(call, *args, **kwargs) -> str:
    with pytest.raises(FollowUpError) as refused:
        call(*args, **kwargs)
    return refused.value.message


@pytest.fixture
def contact(db):
    return create_contact(
        ContactData(first_name="María", last_name="Peña", company="Aceros del Norte")
    )


@pytest.fixture
def lead(contact):
    rep = Representada.create(
        name="Herramientas MTY", commission_rate=Decimal("8.5"), reorder_days=45
    )
    return rules.create_lead(
        contact,
        "Compresores",
        NextAction("Send the quote", TOMORROW, "email"),
        representada=rep,
        value="120000",
    )


@pytest.fixture
def overdue_lead(contact):
    with clock.fixed_at(YESTERDAY - dt.timedelta(days=1)):  # (planned then, overdue now)
        return rules.create_lead(contact, "Bombas", NextAction("Call back", YESTERDAY))


def reload(lead: Lead) -> Lead:
    return Lead.get_by_id(lead.id)


# --- WonDialog ----------------------------------------------------------------------------


def test_won_starts_without_an_act_and_shows_the_commission(qtbot, lead):
    dlg = open_dialog(qtbot, WonDialog(None, lead))
    assert dlg.selected_act() is None
    assert not any(b.isChecked() for b in dlg.act_buttons.values())
    assert from_qdate(dlg.date_edit.date()) == TODAY
    assert dlg.reorder_check.isChecked()
    _what, due = rules.propose_reorder(lead)
    assert due == TODAY + dt.timedelta(days=45)
    assert format_money(Decimal("10200.00"), "MXN") in dlg.commission_label.text()
    assert dlg.ok_button.isDefault()


def test_won_accepted_with_act_date_reference_and_reorder(qtbot, lead):
    received = dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(9, 0))
    Lead.update(received_at=received).where(Lead.id == lead.id).execute()
    lead = reload(lead)
    dlg = open_dialog(qtbot, WonDialog(None, lead))
    click(qtbot, dlg.act_buttons["purchase-order"])
    assert dlg.selected_act() == "purchase-order"
    dlg.date_edit.setDate(to_qdate(YESTERDAY))
    qtbot.keyClicks(dlg.reference_edit, "OC-4471")
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert not dlg.isVisible()
    lead = reload(lead)
    assert lead.status == Lead.WON
    closing = Closing.get(Closing.lead == lead)
    assert (closing.act, closing.date, closing.reference) == (
        "purchase-order",
        YESTERDAY,
        "OC-4471",
    )
    assert dlg.closing.id == closing.id
    planned = Activity.get((Activity.lead == lead) & ~Activity.done)
    assert planned.due_at.date() == YESTERDAY + dt.timedelta(days=45)


def test_won_without_reorder_plans_nothing(qtbot, lead):
    dlg = open_dialog(qtbot, WonDialog(None, lead))
    click(qtbot, dlg.act_buttons["contract"])
    click(qtbot, dlg.reorder_check)
    assert not dlg.reorder_check.isChecked()
    click(qtbot, dlg.ok_button)
    assert reload(lead).status == Lead.WON
    assert Activity.select().where(~Activity.done).count() == 0


def test_won_refused_without_act(qtbot, lead):
    expected = domain_message(rules.win, lead, None, TODAY)
    before = snapshot()
    dlg = open_dialog(qtbot, WonDialog(None, lead))
    qtbot.keyClicks(dlg.reference_edit, "C-1")
    click(qtbot, dlg.ok_button)

    assert dlg.isVisible()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.act_error.isVisible()
    assert expected in dlg.act_error.text()
    assert not dlg.date_error.isVisible()
    assert snapshot() == before
    assert reload(lead).status == Lead.OPEN


def test_won_refused_with_a_future_date(qtbot, lead):
    before = snapshot()
    dlg = open_dialog(qtbot, WonDialog(None, lead))
    click(qtbot, dlg.act_buttons["payment"])
    # The field offers no day after today; were one let through, the rule says why.
    assert from_qdate(dlg.date_edit.maximumDate()) == TODAY
    dlg.date_edit.setMaximumDate(to_qdate(TOMORROW))
    dlg.date_edit.setDate(to_qdate(TOMORROW))
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.date_error.isVisible()
    assert domain_message(rules.win, lead, "payment", TOMORROW) in dlg.date_error.text()
    assert not dlg.act_error.isVisible()
    assert snapshot() == before


def test_won_run_accepted_and_cancelled(qtbot, lead):
    counts = row_counts()
    when_modal(lambda d: d.reject())
    assert WonDialog.run(None, lead) == (None, False)
    assert row_counts() == counts

    def fill(dialog):
        assert isinstance(dialog, WonDialog)
        click(qtbot, dialog.act_buttons["contract"])
        qtbot.keyClicks(dialog.reference_edit, "CT-9")
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    closing, accepted = WonDialog.run(None, lead)
    assert accepted
    assert isinstance(closing, Closing)
    assert (closing.act, closing.reference) == ("contract", "CT-9")
    assert reload(lead).status == Lead.WON


# --- LostDialog ---------------------------------------------------------------------------


def test_lost_starts_with_choose_and_accepts_the_prospects_words(qtbot, lead):
    dlg = open_dialog(qtbot, LostDialog(None, lead))
    assert dlg.reason_combo.currentIndex() == 0
    assert dlg.reason_combo.currentData() == ""
    assert "confirms" in dlg.explanation_label.text()
    assert not dlg.confirm_panel.isVisible()
    assert [dlg.channel_combo.itemData(i) for i in range(dlg.channel_combo.count())] == list(
        Closing.CHANNELS
    )

    select_data(dlg.reason_combo, "bought-elsewhere")
    type_text(dlg.words_edit, "Ya compraron con la competencia, están contentos")
    select_data(dlg.channel_combo, "whatsapp")
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.outcome == "lost"
    lead = reload(lead)
    assert lead.status == Lead.LOST
    closing = Closing.get(Closing.lead == lead)
    assert closing.reason == "bought-elsewhere"
    assert closing.prospect_words == "Ya compraron con la competencia, están contentos"
    assert (closing.channel, closing.date) == ("whatsapp", TODAY)


def test_lost_refused_without_reason(qtbot, lead):
    before = snapshot()
    dlg = open_dialog(qtbot, LostDialog(None, lead))
    qtbot.keyClicks(dlg.words_edit, "No budget this year")
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.reason_error.isVisible()
    assert domain_message(rules.lose, lead, None, "x") in dlg.reason_error.text()
    assert snapshot() == before


def test_lost_refused_without_the_prospects_words(qtbot, lead):
    before = snapshot()
    dlg = open_dialog(qtbot, LostDialog(None, lead))
    select_data(dlg.reason_combo, "no-budget")
    qtbot.keyClicks(dlg.words_edit, "   ")
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.words_error.isVisible()
    assert not dlg.reason_error.isVisible()
    assert domain_message(rules.lose, lead, "no-budget", "") in dlg.words_error.text()
    assert snapshot() == before
    assert reload(lead).status == Lead.OPEN


def test_lost_not_confirmed_yet_schedules_the_confirmation(qtbot, lead):
    counts = row_counts()
    dlg = open_dialog(qtbot, LostDialog(None, lead))
    click(qtbot, dlg.schedule_button)
    assert dlg.confirm_panel.isVisible()
    assert not dlg.loss_form.isEnabled()
    due = TODAY + dt.timedelta(days=2)
    dlg.confirm_date_edit.setDate(to_qdate(due))
    select_data(dlg.confirm_kind_combo, "visit")
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.outcome == "scheduled"
    lead = reload(lead)
    assert lead.status == Lead.OPEN
    assert lead.next_action_template == "confirm-loss"  # (stored as a kind, not words)
    assert (what(lead), lead.next_action_due, lead.next_action_kind) == (
        CONFIRM_WHAT,
        due,
        "visit",
    )
    assert row_counts() == counts  # no closing, no activity


def test_lost_scheduling_can_be_undone_before_saving(qtbot, lead):
    dlg = open_dialog(qtbot, LostDialog(None, lead))
    click(qtbot, dlg.schedule_button)
    click(qtbot, dlg.schedule_button)
    assert not dlg.confirm_panel.isVisible()
    assert dlg.loss_form.isEnabled()
    select_data(dlg.reason_combo, "not-real")
    qtbot.keyClicks(dlg.words_edit, "We were only comparing prices")
    click(qtbot, dlg.ok_button)
    assert dlg.outcome == "lost"
    assert reload(lead).status == Lead.LOST


def test_lost_run_returns_lost_scheduled_or_cancelled(qtbot, lead, contact):
    counts = row_counts()
    when_modal(lambda d: click(qtbot, d.buttons.button(d.buttons.StandardButton.Cancel)))
    assert LostDialog.run(None, lead) == (None, False)
    assert row_counts() == counts

    def schedule(dialog):
        click(qtbot, dialog.schedule_button)
        click(qtbot, dialog.ok_button)

    when_modal(schedule)
    assert LostDialog.run(None, lead) == ("scheduled", True)
    assert what(reload(lead)) == CONFIRM_WHAT

    def lose(dialog):
        select_data(dialog.reason_combo, "better-option")
        type_text(dialog.words_edit, "Eligieron otra opción más barata")
        click(qtbot, dialog.ok_button)

    when_modal(lose)
    assert LostDialog.run(None, reload(lead)) == ("lost", True)
    assert reload(lead).status == Lead.LOST


# --- ReopenDialog -------------------------------------------------------------------------


@pytest.fixture
def lost_lead(lead):
    rules.lose(lead, "no-budget", "No budget", TODAY)
    return reload(lead)


def test_reopen_accepted_with_reason_and_next_action(qtbot, lost_lead):
    dlg = open_dialog(qtbot, ReopenDialog(None, lost_lead))
    assert "lost" in dlg.closing_label.text()
    type_text(dlg.reason_edit, "Aprobaron el presupuesto")
    qtbot.keyClicks(dlg.next_group.what_edit, "Send the new quote")
    click(qtbot, dlg.next_group.quick_buttons[1])  # In 3 days
    select_data(dlg.next_group.kind_combo, "visit")
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted
    lead = reload(lost_lead)
    assert lead.status == Lead.OPEN
    assert (lead.next_action_what, lead.next_action_due, lead.next_action_kind) == (
        "Send the new quote",
        TODAY + dt.timedelta(days=3),
        "visit",
    )
    reopening = Reopening.get(Reopening.lead == lead)
    assert reopening.reason == "Aprobaron el presupuesto"
    assert dlg.reopening.id == reopening.id


def test_reopen_refused_without_reason(qtbot, lost_lead):
    before = snapshot()
    dlg = open_dialog(qtbot, ReopenDialog(None, lost_lead))
    qtbot.keyClicks(dlg.next_group.what_edit, "Call")
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.reason_error.isVisible()
    assert domain_message(rules.reopen, lost_lead, "", None) in dlg.reason_error.text()
    assert snapshot() == before


def test_reopen_refused_without_next_action(qtbot, lost_lead):
    before = snapshot()
    dlg = open_dialog(qtbot, ReopenDialog(None, lost_lead))
    qtbot.keyClicks(dlg.reason_edit, "They called back")
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.next_group.what_error.isVisible()
    expected = domain_message(rules.reopen, lost_lead, "why", NextAction("", TOMORROW))
    assert expected in dlg.next_group.what_error.text()
    assert not dlg.reason_error.isVisible()
    assert snapshot() == before
    assert reload(lost_lead).status == Lead.LOST


def test_reopen_run_accepted_and_cancelled(qtbot, lost_lead):
    counts = row_counts()
    when_modal(lambda d: d.reject())
    assert ReopenDialog.run(None, lost_lead) == (None, False)
    assert row_counts() == counts

    def fill(dialog):
        qtbot.keyClicks(dialog.reason_edit, "New budget")
        qtbot.keyClicks(dialog.next_group.what_edit, "Visit the plant")
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    reopening, accepted = ReopenDialog.run(None, lost_lead)
    assert accepted
    assert isinstance(reopening, Reopening)
    assert reload(lost_lead).next_action_due == TOMORROW


# --- LogDialog ----------------------------------------------------------------------------


def test_log_focus_starts_in_outcome_and_place_is_for_visits(qtbot, lead):
    dlg = open_dialog(qtbot, LogDialog(None, lead))
    assert dlg.focusWidget() == dlg.outcome_edit
    assert dlg.kind() == "call"
    assert not dlg.place_edit.isVisible()
    select_data(dlg.kind_combo, "visit")
    assert dlg.place_edit.isVisible()
    assert dlg.next_group.isVisible()
    assert dlg.won_button.isVisible() and dlg.lost_button.isVisible()


def test_log_accepted_with_a_new_next_action(qtbot, lead):
    dlg = open_dialog(qtbot, LogDialog(None, lead, "visit"))
    type_text(dlg.outcome_edit, "Revisó la cotización con el gerente")
    qtbot.keyClicks(dlg.place_edit, "Planta Apodaca")
    qtbot.keyClicks(dlg.next_group.what_edit, "Call for the decision")
    dlg.next_group.due_edit.setDate(to_qdate(TODAY + dt.timedelta(days=10)))
    click(qtbot, dlg.next_group.quick_buttons[0])  # Tomorrow
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted
    activity = Activity.get(Activity.lead == lead)
    assert (activity.kind, activity.outcome, activity.place) == (
        "visit",
        "Revisó la cotización con el gerente",
        "Planta Apodaca",
    )
    assert activity.done
    assert dlg.activity.id == activity.id
    lead = reload(lead)
    assert (lead.next_action_what, lead.next_action_due) == ("Call for the decision", TOMORROW)
    assert lead.first_contact_at is not None


def test_log_refused_without_next_action(qtbot, lead):
    before = snapshot()
    dlg = open_dialog(qtbot, LogDialog(None, lead))
    qtbot.keyClicks(dlg.outcome_edit, "No answer")
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.next_group.what_error.isVisible()
    expected = domain_message(rules.log_activity, lead, "call")
    assert expected in dlg.next_group.what_error.text()
    assert snapshot() == before


def test_log_keeps_the_current_next_action(qtbot, lead):
    dlg = open_dialog(qtbot, LogDialog(None, lead, "whatsapp"))
    assert dlg.keep_check.isEnabled()
    assert "Send the quote" in dlg.keep_check.text()
    click(qtbot, dlg.keep_check)
    assert dlg.keep_check.isChecked()
    assert not dlg.next_group.isEnabled()
    qtbot.keyClicks(dlg.outcome_edit, "Sent the catalogue")
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted
    lead = reload(lead)
    assert (lead.next_action_what, lead.next_action_due) == ("Send the quote", TOMORROW)
    assert Activity.get(Activity.lead == lead).kind == "whatsapp"


def test_log_cannot_keep_an_overdue_next_action(qtbot, overdue_lead):
    before = snapshot()
    dlg = open_dialog(qtbot, LogDialog(None, overdue_lead))
    assert not dlg.keep_check.isEnabled()
    click(qtbot, dlg.keep_check)
    assert not dlg.keep_check.isChecked()
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.next_group.what_error.isVisible()
    assert snapshot() == before


def test_log_on_a_closed_lead_needs_no_next_action(qtbot, lead):
    rules.win(lead, "payment", TODAY, schedule_reorder=False)
    lead = reload(lead)
    dlg = open_dialog(qtbot, LogDialog(None, lead, "note"))
    assert not dlg.next_group.isVisible()
    assert not dlg.keep_check.isVisible()
    assert not dlg.won_button.isVisible()
    assert dlg.closed_label.isVisible()
    qtbot.keyClicks(dlg.outcome_edit, "Thanked them for the order")
    click(qtbot, dlg.ok_button)
    assert dlg.result() == QDialog.DialogCode.Accepted
    activity = Activity.get(Activity.lead == lead)
    assert (activity.kind, activity.outcome) == ("note", "Thanked them for the order")


def test_log_ctrl_enter_accepts(qtbot, lead):
    dlg = open_dialog(qtbot, LogDialog(None, lead))
    with qtbot.waitActive(dlg):
        dlg.activateWindow()
    qtbot.keyClicks(dlg.outcome_edit, "Left a message")
    qtbot.keyClicks(dlg.next_group.what_edit, "Call again")
    dlg.notes_edit.setFocus()
    qtbot.keyClicks(dlg.notes_edit, "Ask for Juan")
    qtbot.keyClick(dlg.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.result() == QDialog.DialogCode.Accepted
    activity = Activity.get(Activity.lead == lead)
    assert activity.notes == "Ask for Juan"


def test_log_close_as_won_then_logs_the_activity(qtbot, lead):
    dlg = open_dialog(qtbot, LogDialog(None, lead))
    qtbot.keyClicks(dlg.outcome_edit, "They signed")

    def win(dialog):
        assert isinstance(dialog, WonDialog)
        click(qtbot, dialog.act_buttons["contract"])
        click(qtbot, dialog.ok_button)

    when_modal(win)
    click(qtbot, dlg.won_button)

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.closed_as == Lead.WON
    assert reload(lead).status == Lead.WON
    logged = Activity.get((Activity.lead == lead) & Activity.done)
    assert (logged.kind, logged.outcome) == ("call", "They signed")
    assert dlg.activity.id == logged.id


def test_log_close_as_lost_cancelled_stays_in_the_log_dialog(qtbot, lead):
    before = snapshot()
    dlg = open_dialog(qtbot, LogDialog(None, lead))
    qtbot.keyClicks(dlg.outcome_edit, "They hesitate")
    when_modal(lambda d: d.reject())
    click(qtbot, dlg.lost_button)
    assert dlg.isVisible()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.outcome_edit.text() == "They hesitate"
    assert snapshot() == before


def test_log_close_as_lost_not_confirmed_logs_with_the_confirmation(qtbot, lead):
    dlg = open_dialog(qtbot, LogDialog(None, lead))
    qtbot.keyClicks(dlg.outcome_edit, "Sounded unconvinced")

    def schedule(dialog):
        assert isinstance(dialog, LostDialog)
        click(qtbot, dialog.schedule_button)
        click(qtbot, dialog.ok_button)

    when_modal(schedule)
    click(qtbot, dlg.lost_button)

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.closed_as is None
    lead = reload(lead)
    assert lead.status == Lead.OPEN
    assert (what(lead), lead.next_action_due) == (CONFIRM_WHAT, TOMORROW)
    assert Activity.get(Activity.lead == lead).outcome == "Sounded unconvinced"


def test_log_classmethod_accepted_and_cancelled(qtbot, lead):
    counts = row_counts()
    when_modal(lambda d: d.reject())
    assert LogDialog.log(None, lead) == (None, False)
    assert row_counts() == counts

    def fill(dialog):
        assert dialog.kind() == "email"
        qtbot.keyClicks(dialog.outcome_edit, "Sent prices")
        qtbot.keyClicks(dialog.next_group.what_edit, "Call to confirm")
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    activity, accepted = LogDialog.log(None, lead, kind="email")
    assert accepted
    assert (activity.kind, activity.outcome) == ("email", "Sent prices")


def test_complete_a_planned_activity(qtbot, lead, contact):
    planned = rules.plan_activity(
        contact, "visit", dt.datetime.combine(TODAY, dt.time(9)), lead=lead, subject="Demo"
    )

    def refused_then_filled(dialog):
        assert not dialog.kind_combo.isEnabled()
        assert "Demo" in dialog.subject_label.text()
        before = snapshot()
        click(qtbot, dialog.ok_button)
        assert dialog.isVisible()
        assert dialog.next_group.what_error.isVisible()
        assert snapshot() == before
        qtbot.keyClicks(dialog.outcome_edit, "Demo done")
        qtbot.keyClicks(dialog.next_group.what_edit, "Send the proposal")
        click(qtbot, dialog.ok_button)

    when_modal(refused_then_filled)
    activity, accepted = LogDialog.complete(None, planned)
    assert accepted
    activity = Activity.get_by_id(planned.id)
    assert activity.done and activity.outcome == "Demo done"
    assert reload(lead).next_action_what == "Send the proposal"


def test_done_next_action_presets_kind_and_subject(qtbot, lead):
    counts = row_counts()

    def fill(dialog):
        assert dialog.kind() == "email"
        assert dialog.subject == "Send the quote"
        assert not dialog.keep_check.isVisible()
        click(qtbot, dialog.ok_button)  # refused: the done action needs a successor
        assert dialog.next_group.what_error.isVisible()
        assert row_counts() == counts
        qtbot.keyClicks(dialog.outcome_edit, "Quote sent")
        qtbot.keyClicks(dialog.next_group.what_edit, "Call about the quote")
        click(qtbot, dialog.next_group.quick_buttons[2])  # Next week
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    activity, accepted = LogDialog.done_next_action(None, lead)
    assert accepted
    assert (activity.kind, activity.subject, activity.outcome) == (
        "email",
        "Send the quote",
        "Quote sent",
    )
    lead = reload(lead)
    assert lead.next_action_what == "Call about the quote"
    assert lead.next_action_due == quick_dates(TODAY)[2][1]


# --- RescheduleDialog ---------------------------------------------------------------------


def test_quick_dates():
    wednesday = dt.date(2025, 1, 1)
    assert [d for _label, d in quick_dates(wednesday)] == [
        dt.date(2025, 1, 2),
        dt.date(2025, 1, 4),
        dt.date(2025, 1, 6),
    ]
    monday = dt.date(2025, 1, 6)
    assert quick_dates(monday)[2][1] == dt.date(2025, 1, 13)
    assert [label for label, _d in quick_dates(monday)] == ["Tomorrow", "In 3 days", "Next week"]


def test_pick_date_enter_accepts_and_cancel(qtbot):
    target = TODAY + dt.timedelta(days=5)

    def pick(dialog):
        assert from_qdate(dialog.calendar.selectedDate()) == TODAY
        dialog.calendar.setSelectedDate(to_qdate(target))
        view = dialog.calendar.findChild(QTableView)
        qtbot.keyClick(view, Qt.Key.Key_Return)

    when_modal(pick)
    assert RescheduleDialog.pick_date(None, TODAY) == (target, True)

    when_modal(lambda d: d.reject())
    assert RescheduleDialog.pick_date(None, None) == (None, False)


def test_pick_date_ok_button(qtbot):
    dlg = open_dialog(qtbot, RescheduleDialog(None, None))
    assert dlg.selected_date() == TOMORROW
    click(qtbot, dlg.ok_button)
    assert dlg.result() == QDialog.DialogCode.Accepted


# --- SettingsDialog -----------------------------------------------------------------------


def test_reminder_settings_saved(qtbot, db, tmp_path):
    """Minutes before, the morning round, closing to the tray, and the start at login
    (written to the system: here the XDG autostart folder of the test's home)."""
    from PySide6.QtCore import QTime

    from contactos import autostart

    paths = resolve_paths(tmp_path / "data")

    def fill(dialog):
        assert not dialog.reminder_settings.autostart_check.isChecked()
        dialog.reminder_settings.minutes_spin.setValue(15)
        dialog.reminder_settings.morning_edit.setTime(QTime(8, 30))
        dialog.reminder_settings.tray_check.setChecked(False)
        dialog.reminder_settings.autostart_check.setChecked(True)
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    _values, accepted = SettingsDialog.run(None, paths)
    assert accepted
    assert settings.get("reminder_minutes") == 15
    assert settings.get("reminder_morning") == "08:30"
    assert settings.get("close_to_tray") is False
    assert autostart.is_enabled()
    assert f"--data-dir {paths.data_dir}" in autostart.desktop_path().read_text(encoding="utf-8")
    autostart.disable()


def test_settings_saved(qtbot, db, tmp_path):
    paths = resolve_paths(tmp_path / "data")
    paths.settings_file.write_text('{"database_url": "sqlite:///x"}', encoding="utf-8")

    def fill(dialog):
        assert dialog.language_combo.currentData() == "system"
        select_data(dialog.language_combo, "es")
        select_data(dialog.country_combo, "CO")
        select_data(dialog.currency_combo, "COP")
        dialog.backup_spin.setValue(5)
        dialog.reorder_spin.setValue(60)
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    values, accepted = SettingsDialog.run(None, paths)
    assert accepted
    assert values == {
        "language": "es",
        "default_country": "CO",
        "default_currency": "COP",
        "backup_keep": 5,
        "reorder_days": 60,
        "reminder_minutes": 10,
        "reminder_morning": "09:00",
        "close_to_tray": True,
    }
    assert settings.read_file_settings(paths.settings_file) == {
        "database_url": "sqlite:///x",
        "language": "es",
    }
    assert settings.get("default_country") == "CO"
    assert settings.get("default_currency") == "COP"
    assert settings.get("backup_keep") == 5
    assert settings.get("reorder_days") == 60

    def check_reopened(dialog):
        assert dialog.language_combo.currentData() == "es"
        assert dialog.country_combo.currentData() == "CO"
        assert dialog.reorder_spin.value() == 60
        dialog.reject()

    when_modal(check_reopened)
    assert SettingsDialog.run(None, paths) == (None, False)


def test_the_currency_follows_the_country_until_the_person_picks_one(qtbot, db, tmp_path):
    paths = resolve_paths(tmp_path / "data")

    def change_country(dialog):
        assert dialog.currency_combo.currentData() == "MXN"  # Mexico's, not chosen
        select_data(dialog.country_combo, "ES")
        assert dialog.currency_combo.currentData() == "EUR"
        click(qtbot, dialog.ok_button)

    when_modal(change_country)
    assert SettingsDialog.run(None, paths)[1]
    assert settings.get("default_currency") == "EUR"
    assert not settings.is_chosen("default_currency")

    def pick_currency(dialog):
        dialog.currency_combo.setFocus()
        dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("USD"))
        dialog.currency_combo.activated.emit(dialog.currency_combo.currentIndex())
        select_data(dialog.country_combo, "CO")
        assert dialog.currency_combo.currentData() == "USD"
        click(qtbot, dialog.ok_button)

    when_modal(pick_currency)
    assert SettingsDialog.run(None, paths)[1]
    assert (settings.get("default_currency"), settings.is_chosen("default_currency")) == (
        "USD",
        True,
    )


def test_settings_cancelled_changes_nothing(qtbot, db, tmp_path):
    paths = resolve_paths(tmp_path / "data")
    before = snapshot()

    def fill(dialog):
        dialog.backup_spin.setValue(3)
        select_data(dialog.language_combo, "en")
        dialog.reject()

    when_modal(fill)
    assert SettingsDialog.run(None, paths) == (None, False)
    assert snapshot() == before
    assert not paths.settings_file.exists()


def test_settings_offer_every_country_the_agents_first(qtbot, db, tmp_path):
    """A country outside Latin America (an agent in Spain selling for a German firm)
    can be chosen; each is shown by its code and its name in the interface language
    (Babel's CLDR names: Ascension Island once read 'United States', Germany read
    'Deutschland' to a Spanish speaker)."""
    from ui import translation
    from ui.dialogs.common import COUNTRIES, country_name, currency_name

    paths = resolve_paths(tmp_path / "data")
    assert country_name("MX") == "Mexico"
    assert country_name("DE") == "Germany"
    assert country_name("AC") == "Ascension Island"
    assert currency_name("BRL") == "Brazilian Real"
    locale = QLocale()
    installed = translation.install(QApplication.instance(), "es")
    try:
        assert country_name("MX") == "México"
        assert country_name("DE") == "Alemania"
        assert country_name("AC") == "Isla de la Ascensión"
        assert currency_name("BRL") == "real brasileño"
        assert currency_name("USD") == "dólar estadounidense"
    finally:
        for translator in installed:
            QApplication.instance().removeTranslator(translator)
        translation.i18n.install(None)
        QLocale.setDefault(locale)

    def fill(dialog):
        combo = dialog.country_combo
        firsts = [combo.itemData(i) for i in range(len(COUNTRIES))]
        assert firsts == list(COUNTRIES)
        assert combo.itemText(combo.findData("DE")) == "DE — Germany"
        assert combo.count() > 200
        select_data(combo, "DE")
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    values, accepted = SettingsDialog.run(None, paths)
    assert accepted and values["default_country"] == "DE"
    assert settings.get("default_country") == "DE"
