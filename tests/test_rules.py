"""The follow-up doctrine, each rule allowed and refused; a refusal writes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from helpers import refused, snapshot

from contactos import commissions, reports, rules
from contactos.actions import closing
from contactos.contacts import ContactData, create_contact
from contactos.models import (
    Activity,
    Closing,
    Commitment,
    Contact,
    Impediment,
    Lead,
    Reopening,
    Representada,
    Source,
    Stage,
    StageChange,
    database,
    now,
)
from contactos.rules import FollowUpError, NextAction

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
    source = Source.create(name="Distribuidora Bajío", kind="distributor")
    return rules.create_lead(
        contact,
        "Compresores",
        NextAction("Llamar", TOMORROW),
        representada=rep,
        source=source,
        value="120000",
    )


# --- Rule 1 and 2: a lead is a dated opportunity on a contact -------------------------


def test_lead_is_created_with_a_dated_next_action(lead, contact):
    assert lead.contact_id == contact.id
    assert lead.status == Lead.OPEN
    assert lead.next_action_due == TOMORROW
    assert lead.stage.key == "new"
    assert StageChange.select().where(StageChange.lead == lead).count() == 1


def test_lead_without_next_action_is_refused(contact):
    refused(rules.create_lead, contact, "Compresores", None, field="next_action_what")
    refused(
        rules.create_lead,
        contact,
        "Compresores",
        NextAction("", TOMORROW),
        field="next_action_what",
    )
    refused(
        rules.create_lead,
        contact,
        "Compresores",
        NextAction("Llamar", None),
        field="next_action_due",
    )
    assert Lead.select().count() == 0


def test_lead_without_title_is_refused(contact):
    refused(rules.create_lead, contact, "  ", NextAction("Llamar", TOMORROW), field="title")


def test_next_action_can_change_but_not_vanish(lead):
    rules.set_next_action(lead, NextAction("Visitar planta", TODAY + dt.timedelta(days=3), "visit"))
    assert Lead.get_by_id(lead.id).next_action_kind == "visit"
    refused(rules.set_next_action, lead, None)
    refused(rules.set_next_action, lead, NextAction("Visitar", None), field="next_action_due")


def test_reschedule_keeps_what(lead):
    rules.reschedule(lead, TODAY + dt.timedelta(days=7))
    fresh = Lead.get_by_id(lead.id)
    assert fresh.next_action_what == "Llamar"
    assert fresh.next_action_due == TODAY + dt.timedelta(days=7)


def test_logging_on_open_lead_requires_next_action(lead):
    refused(
        rules.log_activity, lead, "call", notes="Le envié la cotización", field="next_action_what"
    )
    activity = rules.log_activity(
        lead, "call", notes="Le envié la cotización", next_action=NextAction("Confirmar", TOMORROW)
    )
    assert activity.done
    fresh = Lead.get_by_id(lead.id)
    assert fresh.next_action_what == "Confirmar"
    assert fresh.first_contact_at is not None
    assert fresh.last_activity_at == activity.done_at


def test_keeping_the_next_action_only_while_it_is_ahead(lead):
    rules.log_activity(lead, "note", notes="Pidió catálogo", keep_next_action=True)
    assert Lead.get_by_id(lead.id).next_action_due == TOMORROW
    Lead.update(next_action_due=YESTERDAY).where(Lead.id == lead.id).execute()
    stale = Lead.get_by_id(lead.id)
    refused(rules.log_activity, stale, "note", keep_next_action=True, field="next_action_due")


def test_logging_on_closed_lead_needs_no_next_action(lead):
    rules.win(lead, "contract", TODAY, schedule_reorder=False)
    activity = rules.log_activity(Lead.get_by_id(lead.id), "call", notes="Agradecer la compra")
    assert activity.id


def test_unknown_kind_refused(lead):
    refused(
        rules.log_activity, lead, "telegram", next_action=NextAction("x", TOMORROW), field="kind"
    )


def test_done_activity_cannot_be_in_the_future(lead):
    refused(
        rules.log_activity,
        lead,
        "call",
        done_at=now() + dt.timedelta(days=2),
        next_action=NextAction("x", TOMORROW),
        field="done_at",
    )


def test_completing_planned_activity_asks_for_next_action(lead):
    planned = rules.plan_activity(lead.contact, "visit", now() + dt.timedelta(hours=2), lead=lead)
    refused(rules.complete_activity, planned, outcome="Visita hecha")
    rules.complete_activity(
        planned, outcome="Visita hecha", next_action=NextAction("Cotizar", TOMORROW)
    )
    assert Activity.get_by_id(planned.id).done
    refused(rules.complete_activity, Activity.get_by_id(planned.id))


def test_completing_planned_activity_on_closed_lead(lead):
    rules.win(lead, "payment", TODAY)
    reorder = Activity.get((Activity.lead == lead.id) & (~Activity.done))
    rules.complete_activity(reorder, outcome="Hará pedido el lunes")
    assert Activity.get_by_id(reorder.id).done


# --- Rule 3: won with the act, lost with the prospect's words -------------------------


def test_win_requires_act_and_date(lead):
    refused(rules.win, lead, None, TODAY, field="act")
    refused(rules.win, lead, "handshake", TODAY, field="act")
    refused(rules.win, lead, "contract", None, field="date")
    refused(rules.win, lead, "contract", TOMORROW, field="date")
    closing = rules.win(lead, "purchase-order", TODAY, "OC-4471")
    fresh = Lead.get_by_id(lead.id)
    assert fresh.status == Lead.WON
    assert fresh.next_action_due is None
    assert closing.act == "purchase-order" and closing.reference == "OC-4471"


def test_lose_requires_reason_and_prospect_words(lead):
    refused(rules.lose, lead, None, "No hay presupuesto", field="reason")
    refused(rules.lose, lead, "they-wont-buy", "No hay presupuesto", field="reason")
    refused(rules.lose, lead, "no-budget", "", field="prospect_words")
    refused(rules.lose, lead, "no-budget", "   ", field="prospect_words")
    closing = rules.lose(
        lead, "no-budget", "Dirección no autorizó la compra este año", channel="phone"
    )
    assert Lead.get_by_id(lead.id).status == Lead.LOST
    assert closing.prospect_words.startswith("Dirección")


def test_closed_lead_cannot_be_closed_again(lead):
    rules.lose(lead, "bought-elsewhere", "Compramos con otro proveedor")
    closed = Lead.get_by_id(lead.id)
    refused(rules.win, closed, "contract", TODAY)
    refused(rules.lose, closed, "other", "otra vez")
    refused(rules.set_next_action, closed, NextAction("x", TOMORROW))


def test_not_confirmed_loss_schedules_confirmation(lead):
    rules.schedule_loss_confirmation(lead, TODAY + dt.timedelta(days=2))
    fresh = Lead.get_by_id(lead.id)
    assert fresh.status == Lead.OPEN
    assert (fresh.next_action_template, fresh.next_action_what) == ("confirm-loss", "")
    assert "Confirm" in rules.next_action_text(fresh.next_action_what, fresh.next_action_template)
    refused(rules.schedule_loss_confirmation, fresh, None)


def test_reopen_keeps_history_and_needs_next_action(lead):
    rules.win(lead, "contract", TODAY, "C-1")
    won = Lead.get_by_id(lead.id)
    refused(rules.reopen, won, "Canceló el contrato", None)
    refused(rules.reopen, won, "", NextAction("Llamar", TOMORROW), field="reason")
    rules.reopen(won, "Canceló el contrato", NextAction("Renegociar", TOMORROW))
    fresh = Lead.get_by_id(lead.id)
    assert fresh.status == Lead.OPEN
    assert Closing.select().where(Closing.lead == lead.id).count() == 1
    assert Reopening.select().where(Reopening.lead == lead.id).count() == 1
    # The re-order call planned at the win is kept, marked as cancelled.
    cancelled = Activity.get(Activity.lead == lead.id)
    assert cancelled.done and cancelled.outcome_template == "cancelled-reopened"
    assert "Cancelled" in rules.outcome_text(cancelled.outcome, cancelled.outcome_template)
    refused(rules.reopen, fresh, "otra", NextAction("x", TOMORROW))


# --- Rule 4: limbo and pipeline health ------------------------------------------------


def test_overdue_lead_is_in_limbo(lead):
    assert not rules.in_limbo(lead)
    Lead.update(next_action_due=YESTERDAY).where(Lead.id == lead.id).execute()
    fresh = Lead.get_by_id(lead.id)
    assert rules.limbo_reasons(fresh) == ["overdue"]
    assert Lead.select().where(rules.limbo_expression()).count() == 1


def test_stale_lead_is_in_limbo(lead):
    stale_days = lead.stage.stale_days
    old = now() - dt.timedelta(days=stale_days + 1)
    Lead.update(received_at=old, last_activity_at=None).where(Lead.id == lead.id).execute()
    fresh = Lead.get_by_id(lead.id)
    assert rules.limbo_reasons(fresh) == ["stale"]
    assert Lead.select().where(rules.limbo_expression()).count() == 1
    # Logging something brings it back.
    rules.log_activity(fresh, "call", next_action=NextAction("Seguir", TOMORROW))
    assert not rules.in_limbo(Lead.get_by_id(lead.id))
    assert Lead.select().where(rules.limbo_expression()).count() == 0


def test_stale_limit_follows_the_stage(lead):
    Lead.update(received_at=now() - dt.timedelta(days=5)).where(Lead.id == lead.id).execute()
    assert rules.in_limbo(Lead.get_by_id(lead.id))  # "new" allows 2 days
    rules.change_stage(Lead.get_by_id(lead.id), Stage.get(Stage.key == "negotiation"))
    assert not rules.in_limbo(Lead.get_by_id(lead.id))  # the stage change was logged now
    Stage.update(stale_days=1).where(Stage.key == "negotiation").execute()
    Lead.update(last_activity_at=now() - dt.timedelta(days=2)).where(Lead.id == lead.id).execute()
    assert rules.in_limbo(Lead.get_by_id(lead.id))


def test_closed_lead_is_never_in_limbo(lead):
    Lead.update(next_action_due=YESTERDAY).where(Lead.id == lead.id).execute()
    rules.lose(Lead.get_by_id(lead.id), "not-real", "Sólo estaba cotizando")
    assert not rules.in_limbo(Lead.get_by_id(lead.id))
    assert Lead.select().where(rules.limbo_expression()).count() == 0


def test_pipeline_health(contact):
    rules.create_lead(contact, "A", NextAction("x", TOMORROW))
    rules.create_lead(contact, "B", NextAction("x", TODAY))
    late = rules.create_lead(contact, "C", NextAction("x", TOMORROW))
    Lead.update(next_action_due=YESTERDAY).where(Lead.id == late.id).execute()
    health = reports.pipeline_health()
    assert health["open"] == 3
    assert health["with_future_action"] == 2
    assert health["share"] == pytest.approx(2 / 3)


# --- Rule 5: response time ------------------------------------------------------------


def test_response_time_and_unattended(lead):
    received = now() - dt.timedelta(hours=5)
    Lead.update(received_at=received).where(Lead.id == lead.id).execute()
    fresh = Lead.get_by_id(lead.id)
    assert Lead.select().where(rules.unattended_expression()).count() == 1
    assert reports.response_hours(fresh) is None
    rules.log_activity(fresh, "note", notes="Revisé su web", next_action=NextAction("x", TOMORROW))
    assert Lead.get_by_id(lead.id).first_contact_at is None  # a note is not a contact
    rules.log_activity(Lead.get_by_id(lead.id), "whatsapp", next_action=NextAction("x", TOMORROW))
    fresh = Lead.get_by_id(lead.id)
    assert Lead.select().where(rules.unattended_expression()).count() == 0
    assert reports.response_hours(fresh) == pytest.approx(5, abs=0.1)
    by_source = reports.response_times_by_source()
    assert by_source[0]["source"] == "Distribuidora Bajío"
    assert by_source[0]["average_hours"] == pytest.approx(5, abs=0.1)


# --- Rule 6: the path to the sale -----------------------------------------------------


def test_impediments_open_until_resolved_with_how(lead):
    refused(rules.add_impediment, lead, "", field="description")
    impediment = rules.add_impediment(lead, "Falta visto bueno de finanzas")
    refused(rules.resolve_impediment, impediment, " ", field="resolution")
    stored = Impediment.get_by_id(impediment.id)
    assert (stored.resolved_at, stored.resolution) == (None, "")
    rules.resolve_impediment(impediment, "  Presentamos plan de pagos a finanzas ")
    stored = Impediment.get_by_id(impediment.id)
    assert stored.resolution == "Presentamos plan de pagos a finanzas"  # (kept, trimmed)
    assert stored.resolved_at is not None
    refused(rules.resolve_impediment, impediment, "otra vez")
    assert Impediment.get_by_id(impediment.id).resolution == stored.resolution


def test_commitments_need_owner_and_due(lead):
    refused(rules.add_commitment, lead, "nobody", "Enviar muestra", TOMORROW, field="owner")
    refused(rules.add_commitment, lead, "me", "Enviar muestra", None, field="due")
    refused(rules.add_commitment, lead, "me", "", TOMORROW, field="description")
    commitment = rules.add_commitment(lead, "prospect", "Mandar planos", YESTERDAY)
    rules.complete_commitment(commitment)
    assert Commitment.get_by_id(commitment.id).done_at is not None
    refused(rules.complete_commitment, commitment)


# --- Rule 7: re-orders ----------------------------------------------------------------


def test_win_plans_reorder_follow_up(lead):
    rules.win(lead, "payment", TODAY, "Transferencia 991")
    planned = Activity.get((Activity.lead == lead.id) & (~Activity.done))
    assert planned.due_at.date() == TODAY + dt.timedelta(days=45)  # the representada's interval
    assert (planned.subject_template, planned.subject) == ("reorder", "")
    assert rules.subject_text(planned.subject, planned.subject_template, lead.title) == (
        "Re-order follow-up: Compresores"
    )


def test_win_without_reorder(lead):
    rules.win(lead, "payment", TODAY, schedule_reorder=False)
    assert Activity.select().where(Activity.lead == lead.id).count() == 0


# --- Rule 8: commissions --------------------------------------------------------------


def test_commission_defaults_from_representada_and_is_expected_on_win(lead):
    assert lead.commission_rate == Decimal("8.5")
    assert rules.expected_commission(lead) == Decimal("10200.00")
    with pytest.raises(commissions.CommissionError):
        commissions.record(lead, "received", "100", TODAY)  # not won yet
    rules.win(lead, "contract", TODAY)
    won = Lead.get_by_id(lead.id)
    assert commissions.ledger(won.id).expected == Decimal("10200.00")
    commissions.record(won, "received", "10200", TODAY)
    assert commissions.ledger(lead.id).received == Decimal("10200.00")


def test_bad_amount_refused(contact):
    refused(
        rules.create_lead, contact, "X", NextAction("x", TOMORROW), value="mucho", field="value"
    )
    refused(rules.create_lead, contact, "X", NextAction("x", TOMORROW), value="-5", field="value")


# --- Rule 9: sources are judged -------------------------------------------------------


def test_source_report(contact):
    source = Source.create(name="Lista Expo")
    leads = [
        rules.create_lead(contact, f"L{i}", NextAction("x", TOMORROW), source=source)
        for i in range(4)
    ]
    rules.win(leads[0], "contract", TODAY, schedule_reorder=False)
    rules.lose(leads[1], "not-real", "Sólo quería precios")
    rules.lose(leads[2], "bought-elsewhere", "Ya compramos")
    report = {r["source"]: r for r in reports.source_report()}["Lista Expo"]
    assert report["leads"] == 4
    assert report["real_opportunities"] == 3
    assert report["won"] == 1 and report["lost"] == 2 and report["open"] == 1
    assert report["win_rate"] == 0.5
    assert report["loss_reasons"] == {"not-real": 1, "bought-elsewhere": 1}


def test_error_messages_are_translatable(contact):
    from contactos import i18n

    i18n.install(lambda context, text: "«" + text + "»" if context == "Rules" else text)
    try:
        with pytest.raises(FollowUpError) as info:
            rules.create_lead(contact, "X", None)
        assert str(info.value).startswith("«An open lead")
    finally:
        i18n.install(None)


def test_transaction_rolls_back_on_crash(lead, monkeypatch):
    """A failure in the middle of a write leaves nothing half-done."""
    before = snapshot()

    def boom(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(rules, "plan_activity", boom)
    with pytest.raises(RuntimeError):
        closing.win(lead, "contract", TODAY)  # (the action owns the transaction)
    assert snapshot() == before
    assert not database.in_transaction()
    assert Contact.select().count() == 1


def test_commitment_reschedule(lead):
    commitment = rules.add_commitment(lead, "me", "Enviar muestra", YESTERDAY)
    refused(rules.reschedule_commitment, commitment, None, field="due")
    rules.reschedule_commitment(commitment, TOMORROW)
    assert Commitment.get_by_id(commitment.id).due == TOMORROW
    rules.complete_commitment(commitment)
    refused(rules.reschedule_commitment, Commitment.get_by_id(commitment.id), TOMORROW)


def test_activity_reschedule(lead):
    planned = rules.plan_activity(lead.contact, "visit", now() + dt.timedelta(days=1), lead=lead)
    later = now() + dt.timedelta(days=4)
    rules.reschedule_activity(planned, later)
    assert Activity.get_by_id(planned.id).due_at == later


def test_a_closed_lead_says_how_it_closed_in_the_persons_language(lead):
    """Refused on a closed lead, the message names the state in words ('Ganado' in
    Spanish), not the stored code ('won')."""
    from contactos import i18n

    rules.win(lead, "contract", TODAY, "C-1")
    with pytest.raises(rules.FollowUpError) as refused:
        rules.win(lead, "contract", TODAY, "C-2")
    assert "is closed (Won)" in refused.value.message
    i18n.install(lambda context, text: {"Won": "Ganado"}.get(text, text))
    assert "is closed (Ganado)" in refused.value.message


def test_is_overdue_both_ways():
    today = TODAY
    assert rules.is_overdue(today - dt.timedelta(days=1))
    assert not rules.is_overdue(today)
    assert not rules.is_overdue(None)
    assert rules.is_overdue(today, today + dt.timedelta(days=1))
