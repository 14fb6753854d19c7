"""The commission ledger and the representadas (issue 13, items 1 and 2): each rule both
ways, figures computed by hand, two currencies never added together."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from helpers import snapshot

from contactos import commissions, representadas, timeline
from contactos.actions import Missing, closing, leads
from contactos.actions import commissions as commission_actions
from contactos.actions import contacts as contact_actions
from contactos.actions import representadas as rep_actions
from contactos.commissions import CommissionError
from contactos.contacts import ContactData
from contactos.models import CommissionEntry, Lead, Representada
from contactos.representadas import RepresentadaData, RepresentadaError
from contactos.rules import NextAction

D = Decimal


@pytest.fixture
def today(clock):
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    return clock.today()


@pytest.fixture
def tolteca(db, today):
    return rep_actions.add(
        RepresentadaData(
            name="Tolteca",
            commission_rate="8",
            currency="MXN",
            reorder_days="60",
            payment_terms_days="15",
            contact_person="Lic. Ramírez",
        )
    ).representada


@pytest.fixture
def contact(db, today):
    return contact_actions.add_contact(ContactData(first_name="María", last_name="Peña")).contact


def make_lead(contact, title="Compresores", value="100000", representada="Tolteca", **more):
    return leads.add_lead(
        leads.LeadDetails(title=title, value=value, representada=representada, **more),
        NextAction("Llamar", dt.date(2026, 12, 1)),
        contact=contact,
    ).lead


@pytest.fixture
def won(clock, tolteca, contact, today):
    clock.set(dt.datetime(2026, 10, 1, 9, 0))
    lead = make_lead(contact)
    clock.set(dt.datetime(2026, 10, 2, 9, 0))
    closing.win(lead.id, "contract", dt.date(2026, 10, 2), "C-1", schedule_reorder=False)
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    return Lead.get_by_id(lead.id)


def refused(call, *args, field=None, says="", **kwargs):
    before = snapshot()
    with pytest.raises((CommissionError, RepresentadaError)) as info:
        call(*args, **kwargs)
    assert snapshot() == before, "a refused action wrote"
    if field is not None:
        assert info.value.field == field
    assert says in str(info.value)
    return info.value


# --- Representadas ----------------------------------------------------------------------


def test_a_representada_is_added_with_all_its_data(tolteca):
    row = Representada.get_by_id(tolteca.id)
    assert (
        row.name,
        row.commission_rate,
        row.currency,
        row.reorder_days,
        row.payment_terms_days,
        row.contact_person,
        row.active,
    ) == ("Tolteca", D("8"), "MXN", 60, 15, "Lic. Ramírez", True)
    listed = representadas.rows()
    assert [(r.name, r.open_leads, r.won_leads) for r in listed] == [("Tolteca", 0, 0)]


@pytest.mark.parametrize(
    ("data", "field", "says"),
    [
        (RepresentadaData(name="  "), "name", "needs a name"),
        (RepresentadaData(name="TOLTECA"), "name", "already a representada 'Tolteca'"),
        (RepresentadaData(name="Otra", commission_rate="120"), "commission_rate", "0 to 100"),
        (RepresentadaData(name="Otra", commission_rate="-3"), "commission_rate", "negative"),
        (
            RepresentadaData(name="Otra", commission_rate="mucho"),
            "commission_rate",
            "not an amount",
        ),
        (RepresentadaData(name="Otra", currency="PESOS"), "currency", "not a currency code"),
        (RepresentadaData(name="Otra", reorder_days="-5"), "reorder_days", "number of days"),
        (RepresentadaData(name="Otra", payment_terms_days="treinta"), "payment_terms_days", ""),
        (RepresentadaData(name="Otra", payment_terms_days=4000), "payment_terms_days", "3650"),
    ],
)
def test_a_representada_that_cannot_be_is_refused(tolteca, data, field, says):
    refused(rep_actions.add, data, field=field, says=says)


def test_a_representada_is_edited_archived_and_restored(tolteca):
    saved = rep_actions.edit("tolteca", RepresentadaData(notes="Paga tarde", payment_terms_days=45))
    assert (saved.representada.notes, saved.representada.payment_terms_days) == ("Paga tarde", 45)
    assert saved.representada.commission_rate == D("8")  # (not given: kept)
    rep_actions.edit(tolteca.id, RepresentadaData(name="Tolteca"))  # its own name: allowed
    rep_actions.archive(tolteca.id)
    assert representadas.rows() == []
    assert [r.name for r in representadas.rows(archived=True)] == ["Tolteca"]
    rep_actions.restore("Tolteca")
    assert [r.active for r in representadas.rows()] == [True]
    refused(rep_actions.archive, "Nadie", says="no representada 'Nadie'")


def test_a_new_rate_reaches_only_open_leads_that_follow_it(tolteca, contact, won, today):
    following = make_lead(contact, "Bombas")
    own = make_lead(contact, "Válvulas", commission_rate="10")
    make_lead(contact, "Tubos", commission_rate="8")  # (its representada's rate)
    lost = make_lead(contact, "Mangueras")
    closing.lose(lost.id, "no-budget", "No hay presupuesto", today)
    assert not Lead.get_by_id(following.id).commission_rate_own
    assert Lead.get_by_id(own.id).commission_rate_own
    saved = rep_actions.edit(tolteca.id, RepresentadaData(commission_rate="9,5"))
    assert saved.leads_following == 2
    rates = {lead.title: lead.commission_rate for lead in Lead.select()}
    assert rates == {
        "Compresores": D("8"),  # won with 8 %: kept
        "Bombas": D("9.5"),
        "Válvulas": D("10"),
        "Tubos": D("9.5"),
        "Mangueras": D("8"),  # lost with it: kept
    }
    assert commissions.ledger(won.id).expected == D("8000.00")


def test_a_lead_moved_to_another_representada_takes_its_rate_unless_its_own(
    tolteca, contact, today
):
    rep_actions.add(RepresentadaData(name="Aceros", commission_rate="5"))
    lead = make_lead(contact)
    leads.edit_lead(lead.id, leads.LeadDetails(title="Compresores", representada="Aceros"))
    assert Lead.get_by_id(lead.id).commission_rate == D("5")


# --- The ledger -------------------------------------------------------------------------


def test_only_a_won_lead_has_a_commission_to_record(tolteca, contact, today):
    lead = make_lead(contact)
    refused(commission_actions.record, lead.id, "received", "100", today, says="is not won")
    with pytest.raises(Missing):
        commission_actions.record(9999, "received", "100", today)


@pytest.mark.parametrize(
    ("amount", "says"),
    [
        ("-100", "cannot be negative"),
        ("0", "zero records nothing"),
        ("", "Give the amount"),
        (None, "Give the amount"),
        ("mucho", "not an amount"),
        ("1.5e9", "not an amount"),
    ],
)
def test_an_amount_that_cannot_be_is_refused(won, today, amount, says):
    refused(commission_actions.record, won.id, "invoiced", amount, today, field="amount", says=says)


def test_amounts_are_read_as_written(won, today):
    recorded = commission_actions.record(won.id, "invoiced", "1.234,50", today)
    assert recorded.entry.amount == D("1234.50")
    recorded = commission_actions.record(won.id, "received", "$1,000.25", today)
    assert recorded.entry.amount == D("1000.25")


@pytest.mark.parametrize(
    ("day", "says"),
    [
        (dt.date(2026, 12, 1), "2026-12-01 is in the future"),
        (dt.date(2026, 9, 30), "before the lead was received (2026-10-01)"),
        (None, "Give the date"),
    ],
)
def test_a_date_that_cannot_be_is_refused(won, day, says):
    for kind in CommissionEntry.KINDS:
        refused(commission_actions.record, won.id, kind, "100", day, field="date", says=says)


def test_dates_from_the_lead_received_to_today_are_taken(won, today):
    commission_actions.record(won.id, "customer-paid", "100", dt.date(2026, 10, 1))
    commission_actions.record(won.id, "received", "8", today)
    assert [e.date for e in commissions.history(won.id)] == [dt.date(2026, 10, 1), today]


def test_an_unknown_kind_is_refused(won, today):
    refused(commission_actions.record, won.id, "promised", "100", today, field="kind")


def test_from_won_to_received_in_parts(won, today):
    """Value 100,000 at 8 %: 8,000 expected. The customer pays 40 % then the rest; the
    commission is invoiced and received in two parts."""
    ledger = commissions.ledger(won.id)
    assert (ledger.state, ledger.expected, ledger.outstanding) == (
        "pending",
        D("8000.00"),
        D("8000.00"),
    )
    assert ledger.won_on == dt.date(2026, 10, 2)
    commission_actions.record(won.id, "invoiced", "8000", dt.date(2026, 10, 5))
    assert commissions.ledger(won.id).state == "invoiced"
    paid = commission_actions.record(won.id, "customer-paid", "40000", dt.date(2026, 10, 10))
    assert paid.entry.commission == D("3200.00")  # in proportion: 40 % of the commission
    assert (paid.ledger.state, paid.ledger.customer_paid, paid.ledger.earned) == (
        "customer-paid",
        D("40000.00"),
        D("3200.00"),
    )
    part = commission_actions.record(won.id, "received", "3200", dt.date(2026, 11, 1))
    assert (part.ledger.state, part.ledger.outstanding) == ("partly-received", D("4800.00"))
    commission_actions.record(won.id, "customer-paid", "60000", dt.date(2026, 11, 10))
    done = commission_actions.record(won.id, "received", "4800", today)
    ledger = done.ledger
    assert (ledger.state, ledger.received, ledger.outstanding, ledger.owed_now) == (
        "received",
        D("8000.00"),
        D("0.00"),
        D("0.00"),
    )
    assert ledger.invoiced == D("8000.00")
    assert len(ledger.entries) == 5


def test_the_customer_cannot_pay_more_than_the_sale(won, today):
    commission_actions.record(won.id, "customer-paid", "99999.99", today)
    refused(
        commission_actions.record,
        won.id,
        "customer-paid",
        "0.02",
        today,
        field="amount",
        says="more than the sale's value",
    )
    commission_actions.record(won.id, "customer-paid", "0.01", today)  # exactly the value
    assert commissions.ledger(won.id).customer_outstanding == D("0.00")


def test_a_wrong_entry_is_cancelled_with_its_reason_and_stays_in_the_history(won, today):
    entry = commission_actions.record(won.id, "received", "800", today).entry
    refused(commission_actions.cancel, entry.id, "  ", field="reason", says="Say why")
    cancelled = commission_actions.cancel(entry.id, "Era de otro pedido")
    assert cancelled.ledger.received == D("0")
    assert cancelled.ledger.state == "pending"
    refused(commission_actions.cancel, entry.id, "otra vez", says="already cancelled")
    refused(commission_actions.cancel, 999, "x", says="no commission entry 999")
    kept = commissions.history(won.id)
    assert [(e.amount, e.cancelled, e.cancel_reason) for e in kept] == [
        (D("800.00"), True, "Era de otro pedido")
    ]
    events = [e for e in timeline.for_lead(won.id) if e.currency and e.object_id == entry.id]
    assert {e.kind for e in events} == {"received-commission", "commission-cancelled"}
    assert all(e.currency == "MXN" and e.title == "800.00" for e in events)


def test_every_entry_is_in_the_lead_history(won, today):
    commission_actions.record(won.id, "invoiced", "8000", today, note="Factura A-12")
    commission_actions.record(won.id, "customer-paid", "1000", today)
    commission_actions.record(won.id, "received", "80", today)
    kinds = [(e.kind, e.title, e.detail) for e in timeline.for_lead(won.id) if e.currency]
    assert sorted(kinds) == [
        ("customer-paid", "1000.00", ""),
        ("invoiced", "8000.00", "Factura A-12"),
        ("received-commission", "80.00", ""),
    ]


def test_the_received_commission_without_an_amount_is_the_rest(won, today, contact):
    commission_actions.record(won.id, "received", "3000", today)
    assert closing.record_commission(won.id, today).lead.id == won.id
    assert commissions.ledger(won.id).outstanding == D("0.00")
    refused(
        commission_actions.record_received,
        won.id,
        today,
        field="amount",
        says="nothing is expected",
    )


def test_a_reopened_lead_keeps_its_entries_out_of_the_ledger(won, today):
    commission_actions.record(won.id, "invoiced", "8000", today)
    closing.reopen(won.id, "Cancelaron el pedido", NextAction("Llamar", today))
    assert commissions.ledger(won.id) is None
    assert len(commissions.history(won.id)) == 1
    refused(commission_actions.record, won.id, "received", "10", today, says="is not won")


# --- What is late -----------------------------------------------------------------------


def test_a_customer_payment_past_its_date_is_late_until_paid(won, today):
    assert commissions.late() == []
    leads.save_checklist(won.id, expected_payment_date=today)
    assert commissions.late() == []  # (due today: not late yet)
    leads.save_checklist(won.id, expected_payment_date=dt.date(2026, 11, 20))
    (item,) = commissions.late()
    assert (item.kind, item.due, item.days_late, item.amount, item.key) == (
        "customer-payment",
        dt.date(2026, 11, 20),
        10,
        D("100000.00"),
        f"customer-payment-{won.id}",
    )
    commission_actions.record(won.id, "customer-paid", "30000", today)
    (item,) = commissions.late()
    assert item.amount == D("70000.00")  # (a part paid: the rest is still late)
    commission_actions.record(won.id, "customer-paid", "70000", today)
    assert commissions.late() == []


def test_a_commission_past_its_terms_is_late_until_received(won, today):
    """Terms 15 days: the customer paid 50,000 on 1 Nov, so 4,000 of commission were due
    on 16 Nov."""
    commission_actions.record(won.id, "customer-paid", "50000", dt.date(2026, 11, 1))
    (item,) = commissions.late()
    assert (item.kind, item.due, item.days_late, item.amount) == (
        "commission",
        dt.date(2026, 11, 16),
        14,
        D("4000.00"),
    )
    assert commissions.late(dt.date(2026, 11, 16)) == []  # (on its day: not late)
    commission_actions.record(won.id, "received", "1000", today)
    assert commissions.late()[0].amount == D("3000.00")
    commission_actions.record(won.id, "received", "3000", today)
    assert commissions.late() == []


def test_before_the_customer_pays_only_the_customer_is_late(won, today):
    """The commission's date is projected from the expected payment date, but it is the
    customer's payment that is late, not the commission."""
    leads.save_checklist(won.id, expected_payment_date=dt.date(2026, 11, 1))
    (item,) = commissions.late()
    assert (item.kind, item.due) == ("customer-payment", dt.date(2026, 11, 1))
    ledger = commissions.ledger(won.id)
    assert (ledger.commission_due, ledger.commission_late, ledger.owed_now) == (
        dt.date(2026, 11, 16),
        False,
        D("0"),
    )


# --- Totals -----------------------------------------------------------------------------


def test_two_currencies_are_never_added_together(tolteca, contact, won, today, clock):
    rep_actions.add(RepresentadaData(name="Iberia", commission_rate="10", currency="EUR"))
    euro = make_lead(contact, "Motores", "5000", "Iberia", currency="EUR")
    other = make_lead(contact, "Bombas", "10000")
    for lead in (euro, other):
        closing.win(lead.id, "purchase-order", today, schedule_reorder=False)
    commission_actions.record(euro.id, "received", "200", today)
    commission_actions.record(other.id, "received", "800", today)
    commission_actions.record(won.id, "invoiced", "8000", today)
    totals = {t.currency: t for t in commissions.by_currency()}
    assert set(totals) == {"EUR", "MXN"}
    assert (totals["EUR"].expected, totals["EUR"].received, totals["EUR"].outstanding) == (
        D("500.00"),
        D("200.00"),
        D("300.00"),
    )
    mxn = totals["MXN"]
    assert (mxn.leads, mxn.value, mxn.expected, mxn.invoiced, mxn.received, mxn.outstanding) == (
        2,
        D("110000.00"),
        D("8800.00"),
        D("8000.00"),
        D("800.00"),
        D("8000.00"),
    )
    per_rep = [(t.representada, t.currency, t.expected) for t in commissions.by_representada()]
    assert per_rep == [("Iberia", "EUR", D("500.00")), ("Tolteca", "MXN", D("8800.00"))]
    mixed = make_lead(contact, "Repuestos", "1000", "Iberia", currency="USD")
    closing.win(mixed.id, "payment", today, schedule_reorder=False)
    iberia = [t for t in commissions.by_representada() if t.representada == "Iberia"]
    assert [(t.currency, t.expected) for t in iberia] == [
        ("EUR", D("500.00")),
        ("USD", D("100.00")),
    ]
    assert [t.lead_ids for t in iberia] == [(euro.id,), (mixed.id,)]


# --- Today ------------------------------------------------------------------------------


def test_late_money_is_in_todays_queue_until_recorded(won, today):
    from contactos import today as today_queue

    leads.save_checklist(won.id, expected_payment_date=dt.date(2026, 11, 27))
    (item,) = today_queue.work_queue()["payments_due"]
    assert (item.type, item.kind, item.lead_id, item.due, item.days_overdue) == (
        "payment",
        "customer-payment",
        won.id,
        dt.date(2026, 11, 27),
        3,
    )
    assert (item.amount, item.currency, item.what) == (
        D("100000.00"),
        "MXN",
        "Customer payment due",
    )
    commission_actions.record(won.id, "customer-paid", "100000", dt.date(2026, 11, 10))
    (item,) = today_queue.work_queue()["payments_due"]  # the commission, due 25 Nov
    assert (item.kind, item.due, item.amount) == ("commission", dt.date(2026, 11, 25), D("8000.00"))
    commission_actions.record(won.id, "received", "8000", today)
    assert today_queue.work_queue()["payments_due"] == []


# --- The reminders' morning round -------------------------------------------------------


def test_late_money_is_in_the_morning_round_every_day_until_recorded(won, clock):
    from contactos import reminders
    from contactos.actions import reminders as reminder_actions

    leads.save_checklist(won.id, expected_payment_date=dt.date(2026, 12, 1))
    clock.set(dt.datetime(2026, 12, 1, 8, 0))
    schedule = reminders.Schedule()
    schedule.check()  # (the program watches from today)
    assert reminders.active() == []  # (due today: not late yet)
    clock.set(dt.datetime(2026, 12, 2, 8, 59))
    assert schedule.check().notify == []
    clock.set(dt.datetime(2026, 12, 2, 9, 0))  # the morning round of the first late day
    (fired,) = schedule.check().notify
    assert (fired.key, fired.kind, fired.lead_id, fired.due, fired.amount, fired.currency) == (
        f"payment-{won.id}",
        "payment",
        won.id,
        "2026-12-02",
        D("100000.00"),
        "MXN",
    )
    assert fired.what == "Customer payment due"
    assert fired.as_json()["amount"] == 100000.0
    reminder_actions.snooze(fired.key, dt.datetime(2026, 12, 2, 15, 0))
    assert reminders.active() == []
    clock.set(dt.datetime(2026, 12, 3, 9, 0))  # the next morning: again
    assert [r.due for r in schedule.check().notify] == ["2026-12-03"]
    commission_actions.record(won.id, "customer-paid", "100000", dt.date(2026, 12, 3))
    assert reminders.active() == []  # recorded: gone
    assert reminders.find(f"payment-{won.id}") is None
