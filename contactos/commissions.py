"""The commission ledger (rule 8, issue 13): what a won lead's commission is, what happened
to it, and what is owed or late.

A won lead's commission is expected at its value × its rate (the rate it was won with: a
representada's later rate reaches only open leads, see :mod:`contactos.representadas`).
Its history is a list of :class:`~contactos.models.CommissionEntry` rows: invoiced (an
amount of commission), paid by the customer (an amount of the sale, which earns the
commission in proportion), and received (an amount of commission). Partial payments are
several rows; a wrong row is cancelled with a reason, never deleted.

Dates: the customer is expected to pay on the lead's expected payment date; the
commission is due `payment_terms_days` (the representada's) after the customer's last
payment (while the customer has paid nothing, that many days after the expected payment
date: a projection, never late; the customer's payment is what is late then).

The functions that write (:func:`record`, :func:`cancel`) open no transaction: they are
called by :mod:`contactos.actions.commissions`. The others only read, and are what the
window, the command line, Today, the reminders and the reports show: figures per lead,
per representada and per currency. Amounts of two currencies are never added together.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, fn

from contactos import amounts, clock
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError
from contactos.models import (
    Closing,
    CommissionEntry,
    Contact,
    Lead,
    Representada,
    chunks,
    display_name,
    now,
)

CONTEXT = "Commissions"
CENT = Decimal("0.01")
ZERO = Decimal("0")
# Days from the customer's payment to the commission for a lead without a representada.
DEFAULT_TERMS_DAYS = 30

KIND_LABELS = {
    CommissionEntry.INVOICED: QT_TRANSLATE_NOOP("Commissions", "Commission invoiced"),
    CommissionEntry.CUSTOMER_PAID: QT_TRANSLATE_NOOP("Commissions", "Paid by the customer"),
    CommissionEntry.RECEIVED: QT_TRANSLATE_NOOP("Commissions", "Commission received"),
}
assert set(KIND_LABELS) == set(CommissionEntry.KINDS)

# A won lead's commission, from the first state to the last.
PENDING, INVOICED, CUSTOMER_PAID, PARTLY_RECEIVED, RECEIVED = (
    "pending",
    "invoiced",
    "customer-paid",
    "partly-received",
    "received",
)
STATE_LABELS = {
    PENDING: QT_TRANSLATE_NOOP("Commissions", "Pending"),
    INVOICED: QT_TRANSLATE_NOOP("Commissions", "Invoiced"),
    CUSTOMER_PAID: QT_TRANSLATE_NOOP("Commissions", "Customer paid"),
    PARTLY_RECEIVED: QT_TRANSLATE_NOOP("Commissions", "Partly received"),
    RECEIVED: QT_TRANSLATE_NOOP("Commissions", "Received"),
}

# What is late, in Today and in the reminders.
LATE_CUSTOMER, LATE_COMMISSION = "customer-payment", "commission"
LATE_LABELS = {
    LATE_CUSTOMER: QT_TRANSLATE_NOOP("Commissions", "Customer payment due"),
    LATE_COMMISSION: QT_TRANSLATE_NOOP("Commissions", "Commission due"),
}


class CommissionError(TranslatableError):
    """The ledger refused an entry. `field` names the input the message is about
    ('amount', 'date', 'kind', 'reason')."""

    context = "Commissions"

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


# --- Reading what a person gives ---------------------------------------------------------


def read_amount(
    value: object, field_name: str = "amount", decimal_mark: str | None = None
) -> Decimal:
    """An amount of money for the ledger, read by contactos.amounts: given, above zero,
    with at most two decimals (credits and refunds are not entries of this ledger).
    `decimal_mark`: the reader's (the window's locale), None when unknown."""
    try:
        amount = amounts.parse(
            value, decimal_mark=decimal_mark, negative=False, places=2, max_digits=14
        )
    except amounts.AmountError as error:
        refusal = CommissionError(error.template, field=field_name, **error.params)
        refusal.context = error.context
        raise refusal from error
    if amount is None:
        raise CommissionError(QT_TRANSLATE_NOOP("Commissions", "Give the amount."), field_name)
    if amount == 0:
        raise CommissionError(
            QT_TRANSLATE_NOOP("Commissions", "An amount of zero records nothing."), field_name
        )
    return amount


def check_date(lead: Lead, date: dt.date | None) -> dt.date:
    """A ledger date: what already happened (not in the future), not before the lead was
    received."""
    if date is None:
        raise CommissionError(
            QT_TRANSLATE_NOOP("Commissions", "Give the date it happened."), "date"
        )
    if date > clock.today():
        raise CommissionError(
            QT_TRANSLATE_NOOP(
                "Commissions",
                "{date} is in the future: record a payment or an invoice once it happened.",
            ),
            "date",
            date=date,
        )
    received = lead.received_at.date() if lead.received_at else None
    if received is not None and date < received:
        raise CommissionError(
            QT_TRANSLATE_NOOP(
                "Commissions",
                "{date} is before the lead was received ({received}): give the date it "
                "really happened.",
            ),
            "date",
            date=date,
            received=received,
        )
    return date


def commission_on(amount: Decimal | None, rate: Decimal | None) -> Decimal | None:
    """The commission `rate` (a percentage) earns on `amount`, to the cent."""
    if amount is None or rate is None:
        return None
    return (Decimal(amount) * Decimal(rate) / 100).quantize(CENT)


# --- Writing (called by contactos.actions.commissions) -----------------------------------


def record(
    lead: Lead,
    kind: str,
    amount: object,
    date: dt.date | None,
    note: str = "",
    decimal_mark: str | None = None,
) -> CommissionEntry:
    """One entry of a won lead's ledger. Checks everything first; writes one row."""
    if kind not in CommissionEntry.KINDS:
        raise CommissionError(
            QT_TRANSLATE_NOOP(
                "Commissions",
                "Say what happened: the commission was invoiced, the customer paid, or the "
                "commission was received.",
            ),
            "kind",
        )
    if lead.status != Lead.WON:
        raise CommissionError(
            QT_TRANSLATE_NOOP(
                "Commissions", "Only a won lead earns a commission ('{title}' is not won)."
            ),
            title=lead.title,
        )
    value = read_amount(amount, decimal_mark=decimal_mark)
    when = check_date(lead, date)
    commission = value
    if kind == CommissionEntry.CUSTOMER_PAID:
        if lead.value is not None:
            paid = _sum(lead.id, CommissionEntry.CUSTOMER_PAID, CommissionEntry.amount)
            if paid + value > Decimal(lead.value):
                raise CommissionError(
                    QT_TRANSLATE_NOOP(
                        "Commissions",
                        "The customer would have paid {total}, more than the sale's value "
                        "({value}): correct the lead's value first.",
                    ),
                    "amount",
                    total=str(paid + value),
                    value=str(Decimal(lead.value)),
                )
        # Rule of proportion: a part of the sale earns that part of the commission.
        commission = commission_on(value, lead.commission_rate)
    return CommissionEntry.create(
        lead=lead,
        kind=kind,
        date=when,
        amount=value,
        commission=commission,
        note=(note or "").strip(),
        created_at=now(),
    )


def cancel(entry: CommissionEntry, reason: str) -> CommissionEntry:
    """A wrong entry is cancelled with the reason, and stays in the history."""
    if entry.cancelled_at is not None:
        raise CommissionError(
            QT_TRANSLATE_NOOP("Commissions", "That entry was already cancelled on {date}."),
            date=entry.cancelled_at.date().isoformat(),
        )
    if not (reason or "").strip():
        raise CommissionError(
            QT_TRANSLATE_NOOP("Commissions", "Say why the entry is cancelled."), "reason"
        )
    entry.cancelled_at = now()
    entry.cancel_reason = reason.strip()
    entry.save()
    return entry


def _sum(lead_id: int, kind: str, column) -> Decimal:
    total = (
        CommissionEntry.select(fn.SUM(column))
        .where(
            (CommissionEntry.lead == lead_id)
            & (CommissionEntry.kind == kind)
            & CommissionEntry.cancelled_at.is_null()
        )
        .scalar()
    )
    return Decimal(str(total)).quantize(CENT) if total is not None else ZERO


# --- Reading: one lead ---------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One row of a ledger, as shown."""

    id: int
    kind: str
    date: dt.date
    amount: Decimal | None  # of the sale for 'customer-paid', else of commission
    commission: Decimal | None  # the commission it stands for
    note: str
    created_at: dt.datetime
    cancelled_at: dt.datetime | None
    cancel_reason: str

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None


@dataclass(frozen=True)
class LeadLedger:
    """A won lead's commission: what is expected, what happened, what is owed and late.
    All amounts in `currency`."""

    lead_id: int
    title: str
    contact: str
    representada_id: int | None
    representada: str
    currency: str
    value: Decimal | None
    rate: Decimal | None
    won_on: dt.date | None
    expected: Decimal | None  # value × rate (None without either)
    customer_paid: Decimal  # of the sale
    earned: Decimal  # the commission on what the customer paid
    invoiced: Decimal
    received: Decimal
    outstanding: Decimal | None  # expected − received (negative: paid more)
    customer_due: dt.date | None  # the lead's expected payment date
    customer_late: bool  # that date passed and the customer has not paid the value
    commission_due: dt.date | None
    commission_late: bool
    owed_now: Decimal  # the commission due by now and not received (late or not)
    state: str
    entries: tuple[Entry, ...] = field(default_factory=tuple)

    @property
    def customer_outstanding(self) -> Decimal | None:
        return None if self.value is None else self.value - self.customer_paid


def _state(invoiced: Decimal, customer_paid: Decimal, received: Decimal, expected) -> str:
    if received > 0:
        return RECEIVED if expected is None or received >= expected else PARTLY_RECEIVED
    if customer_paid > 0:
        return CUSTOMER_PAID
    if invoiced > 0:
        return INVOICED
    return PENDING


def _days(value: object) -> int:
    return DEFAULT_TERMS_DAYS if value is None else int(value)


def _build(row: tuple, entries: list[Entry], day: dt.date) -> LeadLedger:
    (lead_id, title, first, last, company, rep_id, rep_name, terms, currency, value, rate) = row[
        :11
    ]
    expected_payment, won_on = row[11], row[12]
    value = None if value is None else Decimal(str(value)).quantize(CENT)
    rate = None if rate is None else Decimal(str(rate))
    live = [e for e in entries if not e.cancelled]

    def total(kind: str, attr: str) -> Decimal:
        found = [getattr(e, attr) for e in live if e.kind == kind]
        return sum((a for a in found if a is not None), ZERO)

    expected = commission_on(value, rate)
    customer_paid = total(CommissionEntry.CUSTOMER_PAID, "amount")
    earned = total(CommissionEntry.CUSTOMER_PAID, "commission")
    invoiced = total(CommissionEntry.INVOICED, "amount")
    received = total(CommissionEntry.RECEIVED, "amount")
    paid_dates = [e.date for e in live if e.kind == CommissionEntry.CUSTOMER_PAID]
    base = max(paid_dates) if paid_dates else expected_payment
    commission_due = base + dt.timedelta(days=_days(terms)) if base else None
    # What the representada owes: the commission on what the customer paid, less what was
    # received. While the customer has paid nothing, nothing is owed yet: the commission's
    # date is a projection, and the customer's payment is what is late.
    owed = max(earned - received, ZERO) if paid_dates else ZERO
    customer_late = bool(
        expected_payment is not None
        and expected_payment < day
        and (customer_paid < value if value is not None else customer_paid == 0)
    )
    commission_late = bool(commission_due is not None and commission_due < day and owed > 0)
    return LeadLedger(
        lead_id=lead_id,
        title=title,
        contact=display_name(first, last, company),
        representada_id=rep_id,
        representada=rep_name or "",
        currency=currency or "",
        value=value,
        rate=rate,
        won_on=won_on,
        expected=expected,
        customer_paid=customer_paid,
        earned=earned,
        invoiced=invoiced,
        received=received,
        outstanding=None if expected is None else expected - received,
        customer_due=expected_payment,
        customer_late=customer_late,
        commission_due=commission_due,
        commission_late=commission_late,
        owed_now=owed,
        state=_state(invoiced, customer_paid, received, expected),
        entries=tuple(sorted(entries, key=lambda e: (e.date, e.id))),
    )


def _entries(lead_ids: list[int] | None) -> dict[int, list[Entry]]:
    query = CommissionEntry.select().order_by(CommissionEntry.date, CommissionEntry.id)
    if lead_ids is not None:
        query = query.where(CommissionEntry.lead.in_(lead_ids))
    found: dict[int, list[Entry]] = defaultdict(list)
    for e in query:
        found[e.lead_id].append(
            Entry(
                id=e.id,
                kind=e.kind,
                date=e.date,
                amount=e.amount,
                commission=e.commission,
                note=e.note,
                created_at=e.created_at,
                cancelled_at=e.cancelled_at,
                cancel_reason=e.cancel_reason,
            )
        )
    return found


def ledgers(
    lead_ids: list[int] | None = None,
    *,
    representada_id: int | None = None,
    day: dt.date | None = None,
) -> list[LeadLedger]:
    """The ledgers of the won leads (of `lead_ids`, of one representada, or all), in the
    order of their ids. `day`: the day lateness is judged on (default today)."""
    day = day or clock.today()
    if lead_ids is not None and len(lead_ids) > 500:
        return [
            item
            for part in chunks(sorted(lead_ids))
            for item in ledgers(part, representada_id=representada_id, day=day)
        ]
    query = (
        Lead.select(
            Lead.id,
            Lead.title,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
            Lead.representada,
            Representada.name,
            Representada.payment_terms_days,
            Lead.currency,
            Lead.value,
            Lead.commission_rate,
            Lead.expected_payment_date,
        )
        .join(Contact, on=(Lead.contact == Contact.id))
        .switch(Lead)
        .join(Representada, join_type=JOIN.LEFT_OUTER, on=(Lead.representada == Representada.id))
        .where(Lead.status == Lead.WON)
        .order_by(Lead.id)
    )
    if lead_ids is not None:
        query = query.where(Lead.id.in_(lead_ids))
    if representada_id is not None:
        query = query.where(Lead.representada == representada_id)
    rows = list(query.tuples())
    ids = [r[0] for r in rows]
    won = _won_on(ids)
    entries = _entries(ids if lead_ids is not None or representada_id is not None else None)
    return [_build((*r, won.get(r[0])), entries.get(r[0], []), day) for r in rows]


def _won_on(lead_ids: list[int]) -> dict[int, dt.date]:
    """The date of each lead's last win (its current closing)."""
    query = (
        Closing.select(Closing.lead, Closing.date)
        .where(Closing.outcome == Lead.WON)
        .order_by(Closing.id)
    )
    if len(lead_ids) <= 500:
        query = query.where(Closing.lead.in_(lead_ids))
    return dict(query.tuples())


def ledger(lead_id: int, day: dt.date | None = None) -> LeadLedger | None:
    """One lead's ledger; None when it is not won."""
    found = ledgers([lead_id], day=day)
    return found[0] if found else None


def history(lead_id: int) -> list[Entry]:
    """Every entry of a lead, cancelled ones too, also while it is not won (reopened)."""
    return _entries([lead_id]).get(lead_id, [])


# --- Reading: totals, per representada and per currency -----------------------------------


@dataclass(frozen=True)
class Totals:
    """The ledgers of a group of won leads, in one currency (never added to another)."""

    currency: str
    representada_id: int | None = None
    representada: str = ""
    leads: int = 0
    value: Decimal = ZERO  # won value
    expected: Decimal = ZERO
    customer_paid: Decimal = ZERO
    invoiced: Decimal = ZERO
    received: Decimal = ZERO
    outstanding: Decimal = ZERO
    late: Decimal = ZERO  # owed and past its date
    lead_ids: tuple[int, ...] = ()


def _add(totals: Totals, item: LeadLedger) -> Totals:
    return Totals(
        currency=totals.currency,
        representada_id=totals.representada_id,
        representada=totals.representada,
        leads=totals.leads + 1,
        value=totals.value + (item.value or ZERO),
        expected=totals.expected + (item.expected or ZERO),
        customer_paid=totals.customer_paid + item.customer_paid,
        invoiced=totals.invoiced + item.invoiced,
        received=totals.received + item.received,
        outstanding=totals.outstanding + (item.outstanding or ZERO),
        late=totals.late + (item.owed_now if item.commission_late else ZERO),
        lead_ids=(*totals.lead_ids, item.lead_id),
    )


def by_currency(items: list[LeadLedger] | None = None) -> list[Totals]:
    """Totals per currency, in the order of the currencies' codes."""
    items = ledgers() if items is None else items
    groups: dict[str, Totals] = {}
    for item in items:
        groups[item.currency] = _add(groups.get(item.currency, Totals(item.currency)), item)
    return [groups[k] for k in sorted(groups)]


def by_representada(items: list[LeadLedger] | None = None) -> list[Totals]:
    """Totals per representada and currency (a representada with leads in two currencies
    has two rows), by representada name then currency; leads without one last."""
    items = ledgers() if items is None else items
    groups: dict[tuple[int | None, str], Totals] = {}
    for item in items:
        key = (item.representada_id, item.currency)
        start = Totals(item.currency, item.representada_id, item.representada)
        groups[key] = _add(groups.get(key, start), item)
    return sorted(
        groups.values(),
        key=lambda t: (t.representada_id is None, t.representada.casefold(), t.currency),
    )


# --- Reading: what is late (Today, the reminders) ------------------------------------------


@dataclass(frozen=True)
class Late:
    """A customer payment or a commission past its date and not recorded yet."""

    kind: str  # LATE_CUSTOMER or LATE_COMMISSION
    lead_id: int
    title: str
    contact: str
    representada: str
    due: dt.date
    days_late: int
    amount: Decimal | None  # still to be paid (None: the sale has no value)
    currency: str

    @property
    def key(self) -> str:
        """The reminder's key ('customer-payment-12', 'commission-12')."""
        return f"{self.kind}-{self.lead_id}"


def late(day: dt.date | None = None) -> list[Late]:
    """The customer payments and commissions past their dates, oldest first."""
    day = day or clock.today()
    with_entries = CommissionEntry.select(CommissionEntry.lead).where(
        (CommissionEntry.kind == CommissionEntry.CUSTOMER_PAID)
        & CommissionEntry.cancelled_at.is_null()
    )
    candidates = [
        i
        for (i,) in Lead.select(Lead.id)
        .where(
            (Lead.status == Lead.WON)
            & ((Lead.expected_payment_date < day) | Lead.id.in_(with_entries))
        )
        .tuples()
    ]
    found: list[Late] = []
    for item in ledgers(candidates, day=day) if candidates else []:
        common = {
            "lead_id": item.lead_id,
            "title": item.title,
            "contact": item.contact,
            "representada": item.representada,
            "currency": item.currency,
        }
        if item.customer_late:
            found.append(
                Late(
                    kind=LATE_CUSTOMER,
                    due=item.customer_due,
                    days_late=(day - item.customer_due).days,
                    amount=item.customer_outstanding,
                    **common,
                )
            )
        if item.commission_late:
            found.append(
                Late(
                    kind=LATE_COMMISSION,
                    due=item.commission_due,
                    days_late=(day - item.commission_due).days,
                    amount=item.owed_now,
                    **common,
                )
            )
    found.sort(key=lambda x: (x.due, x.lead_id, x.kind))
    return found
