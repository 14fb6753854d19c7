"""contactos.actions: each action all or nothing, refusing with the rules' errors; the one
way to name representadas, sources and tags; the rules written once (overdue, days late,
commission status, quick dates, a contact's name)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from contactos import commissions, dates, reminders, rules, settings
from contactos.actions import (
    Missing,
    checklist,
    closing,
    followups,
    leads,
    names,
    preferences,
)
from contactos.actions import contacts as contact_actions
from contactos.actions import reminders as reminder_actions
from contactos.actions.followups import FollowUp
from contactos.contacts import ContactData, ContactError
from contactos.models import (
    MODELS,
    Activity,
    Commitment,
    Lead,
    Representada,
    Source,
    Tag,
    database,
    display_name,
)
from contactos.rules import FollowUpError, NextAction


def snapshot() -> dict[str, object]:
    return {m.__name__: sorted(map(str, m.select().tuples())) for m in MODELS}


@pytest.fixture
def today(clock):
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    return clock.today()


@pytest.fixture
def contact(db, today):
    return contact_actions.add_contact(
        ContactData(first_name="María", last_name="Peña", phones=["81 1234 5678"]), country="MX"
    ).contact


@pytest.fixture
def lead(contact, today):
    return leads.add_lead(
        leads.LeadDetails(
            title="Compresores", value="120000", representada="Tolteca", commission_rate="8"
        ),
        NextAction("Llamar", today + dt.timedelta(days=1), "visit", dt.time(10, 30)),
        contact=contact,
    ).lead


# --- names ------------------------------------------------------------------------------


def test_a_representada_is_found_in_any_case_and_created_once(db):
    made = names.representada(" Tolteca ", create=True, commission_rate=Decimal("8"))
    assert made.created and made.row.name == "Tolteca"
    assert made.row.commission_rate == Decimal("8")
    again = names.representada("TOLTECA", create=True)
    assert (again.row.id, again.created) == (made.row.id, False)
    assert Representada.select().count() == 1
    assert names.representada("Otra").row is None  # (not created unless asked)
    assert names.representada("  ", create=True) == names.Named(None)
    assert Representada.select().count() == 1


def test_the_exact_spelling_wins_over_another_case(db):
    Source.create(name="BAJÍO")
    exact = Source.create(name="Bajío")
    assert names.source("Bajío").row.id == exact.id
    assert names.source("bajío").row is not None


def test_tags_are_found_by_their_exact_name(db):
    vip = names.tag("VIP", create=True)
    assert vip.created
    assert names.tag("VIP", create=True) == names.Named(vip.row, created=False)
    assert names.tag("vip", create=True).created  # (labels keep how they were written)
    found = names.tags(["zeta", " alfa ", "", "alfa", "VIP"])
    assert [t.name for t in found] == ["VIP", "alfa", "zeta"]
    assert Tag.select().count() == 4


# --- all or nothing ---------------------------------------------------------------------


def test_a_refused_lead_keeps_neither_its_new_contact_nor_its_names(db, today):
    before = snapshot()
    with pytest.raises(FollowUpError) as refused:
        leads.add_lead(
            leads.LeadDetails(title="Bombas", representada="Nueva rep", source="Nueva lista"),
            NextAction("", today),  # no next action: refused after the contact is made
            new_contact=ContactData(first_name="Ana", emails=["ana@ejemplo.mx"]),
        )
    assert refused.value.field == "next_action_what"
    assert snapshot() == before
    assert not database.in_transaction()


def test_a_lead_with_a_new_contact_says_what_it_created(db, today):
    saved = leads.add_lead(
        leads.LeadDetails(title="Bombas", value="1.234,50", representada="Nueva rep"),
        NextAction("Llamar", today),
        new_contact=ContactData(first_name="Ana", phones=["81 1234 5678"]),
        country="MX",
    )
    assert saved.contact_created
    assert [(type(n.row).__name__, n.name) for n in saved.created] == [
        ("Representada", "Nueva rep")
    ]
    assert saved.lead.value == Decimal("1234.50")
    assert saved.lead.currency == settings.get("default_currency")
    # The same phone again, with reuse: the contact it belongs to, no second one.
    again = leads.add_lead(
        leads.LeadDetails(title="Válvulas", representada="nueva REP"),
        NextAction("Llamar", today),
        new_contact=ContactData(first_name="Otra", phones=["+52 81 1234 5678"]),
        reuse_contact=True,
        country="MX",
    )
    assert not again.contact_created and again.created == ()
    assert again.lead.contact_id == saved.lead.contact_id
    assert again.lead.representada_id == saved.lead.representada_id


def test_an_edit_refused_on_its_next_action_changes_no_data(lead, today):
    with pytest.raises(FollowUpError) as refused:
        leads.edit_lead(
            lead.id,
            leads.LeadDetails(title="Otro título", value="5"),
            next_action=NextAction("Llamar", today - dt.timedelta(days=1)),
        )
    assert refused.value.field == "next_action_due"
    fresh = Lead.get_by_id(lead.id)
    assert (fresh.title, fresh.value) == ("Compresores", Decimal("120000"))


def test_a_contact_refused_writes_nothing_and_a_missing_one_is_said(db):
    before = snapshot()
    with pytest.raises(ContactError):
        contact_actions.add_contact(ContactData())
    with pytest.raises(Missing) as missing:
        contact_actions.edit_contact(999, ContactData(first_name="X"))
    assert str(missing.value) == "There is no contact 999."
    assert snapshot() == before


def test_an_action_on_a_lead_that_is_gone_is_refused(db, today):
    for call in (
        lambda: closing.win(41, "contract", today),
        lambda: followups.log_activity(41, "call", next_action=NextAction("x", today)),
        lambda: followups.mark_done(FollowUp("lead", 41)),
        lambda: followups.reschedule(FollowUp("lead", 41), today),
        lambda: checklist.add_commitment(41, "me", "Enviar planos", today),
    ):
        with pytest.raises(Missing) as missing:
            call()
        assert str(missing.value) == "There is no lead 41."


# --- follow-ups: done, moved, undone ----------------------------------------------------


def test_mark_done_on_a_next_action_logs_it_with_its_words(lead, today):
    done = followups.mark_done(
        FollowUp("lead", lead.id),
        outcome="Confirmó",
        next_action=NextAction("Enviar cotización", today + dt.timedelta(days=2)),
    )
    activity = done.activity
    assert (activity.kind, activity.subject, activity.outcome) == ("visit", "Llamar", "Confirmó")
    assert Lead.get_by_id(lead.id).next_action_what == "Enviar cotización"


def test_mark_done_on_an_open_lead_asks_for_the_next_action(lead):
    with pytest.raises(FollowUpError):
        followups.mark_done(FollowUp("lead", lead.id))
    assert not Activity.select().exists()


def test_mark_done_completes_a_planned_activity_and_keeps_a_commitment(lead, today):
    planned = followups.plan_activity(
        lead.contact_id, "call", dt.datetime.combine(today, dt.time(16, 0)), lead=lead.id
    ).activity
    done = followups.mark_done(FollowUp("activity", planned.id), keep_next_action=True)
    assert done.activity.done and Activity.get_by_id(planned.id).done
    promise = checklist.add_commitment(lead.id, "me", "Enviar planos", today).commitment
    kept = followups.mark_done(FollowUp("commitment", promise.id))
    assert kept.commitment.done_at is not None
    checklist.reopen_commitment(promise.id)  # (the undo)
    assert Commitment.get_by_id(promise.id).done_at is None
    with pytest.raises(FollowUpError):
        checklist.reopen_commitment(promise.id)  # (not kept any more: nothing to undo)


def test_one_reschedule_for_every_follow_up_and_its_undo(lead, today):
    later = today + dt.timedelta(days=5)
    planned = followups.plan_activity(
        lead.contact_id, "visit", dt.datetime.combine(today, dt.time(16, 30)), lead=lead.id
    ).activity
    promise = checklist.add_commitment(lead.id, "prospect", "Mandar orden", today).commitment
    moved = [
        followups.reschedule(FollowUp("lead", lead.id), later),
        followups.reschedule(FollowUp("activity", planned.id), later),
        followups.reschedule(FollowUp("commitment", promise.id), later),
    ]
    fresh = Lead.get_by_id(lead.id)
    assert (fresh.next_action_due, fresh.next_action_time) == (later, None)
    assert Activity.get_by_id(planned.id).due_at == dt.datetime.combine(later, dt.time(16, 30))
    assert Commitment.get_by_id(promise.id).due == later
    for move in moved:
        followups.undo_reschedule(move)
    fresh = Lead.get_by_id(lead.id)
    assert (fresh.next_action_due, fresh.next_action_time) == (
        today + dt.timedelta(days=1),
        dt.time(10, 30),
    )
    assert Activity.get_by_id(planned.id).due_at == dt.datetime.combine(today, dt.time(16, 30))
    assert Commitment.get_by_id(promise.id).due == today
    with pytest.raises(FollowUpError):
        followups.undo_reschedule(moved[0])  # (moved back since: refused)


def test_a_follow_up_is_named_by_its_reminder_id():
    assert FollowUp("lead", 12).key == "lead-12"
    assert reminders.parse_key("activity-5") == ("activity", 5)
    with pytest.raises(reminders.ReminderError):
        reminders.parse_key("llamada-3")
    with pytest.raises(ValueError):
        FollowUp("call", 1)


def test_a_reminder_is_snoozed_by_a_quick_choice_or_a_moment(lead, today):
    snoozed = reminder_actions.snooze(f"lead-{lead.id}", "1h")
    assert snoozed.until == dt.datetime(2026, 11, 30, 10, 0)
    with pytest.raises(reminders.ReminderError):
        reminder_actions.snooze(f"lead-{lead.id}", dt.datetime(2026, 11, 30, 8, 0))


# --- closing ----------------------------------------------------------------------------


def test_win_returns_the_reorder_call_it_planned(lead, today):
    closed = closing.win(lead.id, "payment", today, "SPEI 123")
    assert closed.lead.status == Lead.WON
    assert closed.reorder is not None and closed.reorder.subject_template == "reorder"
    assert closing.reopen(lead.id, "Volvió", NextAction("Llamar", today)).lead.status == "open"


# --- preferences ------------------------------------------------------------------------


def test_preferences_save_what_is_given_and_leave_the_rest(db, tmp_path):
    settings.put("reorder_days", 45)
    file = tmp_path / "settings.json"
    saved = preferences.save_preferences(
        preferences.Preferences(language="es", default_country="ES", backup_keep=3),
        settings_file=file,
    )
    assert saved.saved == ("language", "default_country", "backup_keep")
    assert settings.read_file_settings(file) == {"language": "es"}
    assert (settings.get("default_country"), settings.get("backup_keep")) == ("ES", 3)
    assert settings.get("reorder_days") == 45
    assert not settings.is_chosen("default_currency")


# --- each rule once ---------------------------------------------------------------------


def test_overdue_and_days_late_are_one_rule_for_every_follow_up():
    day = dt.date(2026, 11, 30)
    assert rules.days_overdue(dt.date(2026, 11, 27), day) == 3
    assert rules.days_overdue(dt.datetime(2026, 11, 29, 23, 59), day) == 1  # (its day counts)
    assert rules.days_overdue(day, day) == 0
    assert rules.days_overdue(dt.date(2026, 12, 1), day) == 0
    assert rules.days_overdue(None, day) == 0
    assert rules.is_overdue(dt.date(2026, 11, 29), day)
    assert not rules.is_overdue(day, day)


def test_commission_of_open_won_and_received_leads(lead, today):
    assert rules.expected_commission(lead) == Decimal("9600.00")
    assert commissions.ledger(lead.id) is None  # (open: no ledger yet)
    closing.win(lead.id, "contract", today)
    found = commissions.ledger(lead.id)
    assert (found.state, found.rate, found.expected) == ("pending", 8, Decimal("9600.00"))
    leads.save_checklist(lead.id, expected_payment_date=today + dt.timedelta(days=30))
    assert commissions.ledger(lead.id).commission_due == today + dt.timedelta(days=60)
    closing.record_commission(lead.id, today)  # (without an amount: the rest)
    found = commissions.ledger(lead.id)
    assert (found.state, found.received, found.outstanding) == (
        "received",
        Decimal("9600.00"),
        Decimal("0.00"),
    )


def test_the_quick_dates():
    monday = dt.date(2026, 11, 30)
    assert dates.quick_dates(monday) == {
        "tomorrow": dt.date(2026, 12, 1),
        "in-3-days": dt.date(2026, 12, 3),
        "next-week": dt.date(2026, 12, 7),
    }
    assert dates.quick_dates(dt.date(2026, 12, 6))["next-week"] == dt.date(2026, 12, 7)
    assert list(dates.quick_dates(monday)) == list(dates.QUICK_DATES)


def test_a_contacts_name():
    assert display_name("José", "Núñez", "Aceros") == "José Núñez"
    assert display_name("", "", "Aceros") == "Aceros"
    assert display_name("", "", "", "", "ana@ejemplo.mx", "+5281") == "ana@ejemplo.mx"
    assert display_name(" ", "", "") == ""
