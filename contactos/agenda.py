"""What is planned between two days, for the calendar: the open leads' next actions,
the planned activities, the commitments not yet kept and the expected payments.

Each becomes a :class:`Entry` with real dates; the calendar (ui.views.calendar) draws
them by day and moves them through contactos.actions.followups.reschedule (an expected
payment is shown, never moved). Rows are read raw, as in contactos.today: a month of the
benchmark database holds thousands of follow-ups.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from contactos import rules
from contactos.dates import db_date, db_datetime
from contactos.models import (
    Activity,
    CommissionEntry,
    Commitment,
    Contact,
    Lead,
    database,
    display_name,
)

# The entry types: a lead's next action, a planned activity, a commitment, an expected
# payment (a lead's expected_payment_date; shown, not moved).
TYPES = ("lead", "activity", "commitment", "payment")
# What the kind filter offers: the kinds of activity, and commitments and payments.
FILTER_KINDS = (*Activity.KINDS, "commitment", "payment")


@dataclass(frozen=True)
class Filter:
    """Only the entries of one representada, one source, one kind (None: all)."""

    representada_id: int | None = None
    source_id: int | None = None
    kind: str | None = None

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in FILTER_KINDS:
            raise ValueError(f"not a kind of calendar entry: {self.kind!r}")


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing planned on a day."""

    type: str  # one of TYPES
    target_id: int  # the lead (next action, payment), activity or commitment
    lead_id: int | None
    day: dt.date
    time: dt.time | None  # None: the day only
    kind: str  # call, visit... 'commitment', 'payment'
    what: str  # in the reader's language (see rules.next_action_text)
    title: str  # the lead's title ('' for an activity without a lead)
    contact: str
    company: str
    days_overdue: int = 0
    value: Decimal | None = None  # a payment's: the lead's value
    currency: str = ""

    @property
    def movable(self) -> bool:
        return self.type != "payment"

    @property
    def key(self) -> str:
        """Which follow-up this is (the reminders' 'lead-12'); unique in a calendar."""
        return f"{self.type}-{self.target_id}"


def _rows(query) -> list[tuple]:
    return database.execute(query).fetchall()


def _time(value: object) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value))


def _lead_filter(flt: Filter):
    condition = True
    if flt.representada_id is not None:
        condition = Lead.representada == flt.representada_id
    if flt.source_id is not None:
        source = Lead.source == flt.source_id
        condition = source if condition is True else condition & source
    return condition


def _where(*conditions):
    result = None
    for condition in conditions:
        if condition is True:
            continue
        result = condition if result is None else result & condition
    return result if result is not None else True


def _next_actions(first: dt.date, last: dt.date, flt: Filter, today: dt.date) -> list[Entry]:
    if flt.kind in ("commitment", "payment"):
        return []
    kind = Lead.next_action_kind == flt.kind if flt.kind else True
    query = (
        Lead.select(
            Lead.id,
            Lead.title,
            Lead.next_action_kind,
            Lead.next_action_what,
            Lead.next_action_template,
            Lead.next_action_due,
            Lead.next_action_time,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
        )
        .join(Contact, on=(Lead.contact == Contact.id))
        .where(
            _where(
                Lead.status == Lead.OPEN,
                Lead.next_action_due.between(first, last),
                _lead_filter(flt),
                kind,
            )
        )
    )
    entries = []
    for lead_id, title, kind_, what, template, due, time, fname, lname, company in _rows(query):
        day = db_date(due)
        entries.append(
            Entry(
                "lead",
                lead_id,
                lead_id,
                day,
                _time(time),
                kind_,
                rules.next_action_text(what, template),
                title,
                display_name(fname, lname, company),
                company,
                rules.days_overdue(day, today),
            )
        )
    return entries


def _activities(first: dt.date, last: dt.date, flt: Filter, today: dt.date) -> list[Entry]:
    if flt.kind in ("commitment", "payment"):
        return []
    start = dt.datetime.combine(first, dt.time.min)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min)
    query = (
        Activity.select(
            Activity.id,
            Activity.lead,
            Activity.kind,
            Activity.subject,
            Activity.subject_template,
            Activity.due_at,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
            Lead.title,
        )
        .join(Contact, on=(Activity.contact == Contact.id))
        .switch(Activity)
        .join(Lead, JOIN.LEFT_OUTER, on=(Activity.lead == Lead.id))
        .where(
            _where(
                ~Activity.done,
                Activity.due_at >= start,
                Activity.due_at < end,
                _lead_filter(flt),
                Activity.kind == flt.kind if flt.kind else True,
            )
        )
    )
    entries = []
    for aid, lead_id, kind, subject, template, due_at, fname, lname, company, title in _rows(query):
        due_at = db_datetime(due_at)
        entries.append(
            Entry(
                "activity",
                aid,
                lead_id,
                due_at.date(),
                due_at.time(),
                kind,
                rules.subject_text(subject, template, title or ""),
                title or "",
                display_name(fname, lname, company),
                company,
                rules.days_overdue(due_at, today),
            )
        )
    return entries


def _commitments(first: dt.date, last: dt.date, flt: Filter, today: dt.date) -> list[Entry]:
    if flt.kind not in (None, "commitment"):
        return []
    query = (
        Commitment.select(
            Commitment.id,
            Commitment.lead,
            Commitment.description,
            Commitment.due,
            Lead.title,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
        )
        .join(Lead, on=(Commitment.lead == Lead.id))
        .join(Contact, on=(Lead.contact == Contact.id))
        .where(
            _where(
                Commitment.done_at.is_null(),
                Commitment.due.between(first, last),
                _lead_filter(flt),
            )
        )
    )
    entries = []
    for cid, lead_id, description, due, title, fname, lname, company in _rows(query):
        day = db_date(due)
        entries.append(
            Entry(
                "commitment",
                cid,
                lead_id,
                day,
                None,
                "commitment",
                description,
                title,
                display_name(fname, lname, company),
                company,
                rules.days_overdue(day, today),
            )
        )
    return entries


def _payments(first: dt.date, last: dt.date, flt: Filter) -> list[Entry]:
    """The expected payments of leads not lost (an open lead's hope, a won lead's money
    still to come until the ledger records the customer's payment or a commission
    received: contactos.commissions). Never overdue-marked: a payment is
    the customer's to make, not a follow-up of the agent's."""
    if flt.kind not in (None, "payment"):
        return []
    query = (
        Lead.select(
            Lead.id,
            Lead.title,
            Lead.expected_payment_date,
            Lead.value,
            Lead.currency,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
        )
        .join(Contact, on=(Lead.contact == Contact.id))
        .where(
            _where(
                Lead.status != Lead.LOST,
                ~fn.EXISTS(
                    CommissionEntry.select(CommissionEntry.id).where(
                        (CommissionEntry.lead == Lead.id)
                        & CommissionEntry.kind.in_(
                            (CommissionEntry.CUSTOMER_PAID, CommissionEntry.RECEIVED)
                        )
                        & CommissionEntry.cancelled_at.is_null()
                    )
                ),
                Lead.expected_payment_date.between(first, last),
                _lead_filter(flt),
            )
        )
    )
    entries = []
    for lead_id, title, day, value, currency, fname, lname, company in _rows(query):
        entries.append(
            Entry(
                "payment",
                lead_id,
                lead_id,
                db_date(day),
                None,
                "payment",
                title,
                title,
                display_name(fname, lname, company),
                company,
                value=Decimal(str(value)) if value is not None else None,
                currency=currency or "",
            )
        )
    return entries


def sort_key(entry: Entry) -> tuple:
    """A day's order: what has an hour by its hour, then what is for the day only."""
    return (
        entry.day,
        entry.time is None,
        entry.time or dt.time.min,
        TYPES.index(entry.type),
        entry.contact.casefold(),
        entry.target_id,
    )


def entries(
    first: dt.date, last: dt.date, flt: Filter | None = None, today: dt.date | None = None
) -> list[Entry]:
    """Everything planned from `first` to `last` (both included), by day and hour."""
    flt = flt or Filter()
    today = today or rules.today()
    found = (
        _next_actions(first, last, flt, today)
        + _activities(first, last, flt, today)
        + _commitments(first, last, flt, today)
        + _payments(first, last, flt)
    )
    found.sort(key=sort_key)
    return found


def by_day(found: list[Entry], first: dt.date, last: dt.date) -> list[tuple[dt.date, list[Entry]]]:
    """Every day from `first` to `last` with its entries (an empty list for a free day)."""
    days: dict[dt.date, list[Entry]] = {}
    day = first
    while day <= last:
        days[day] = []
        day += dt.timedelta(days=1)
    for entry in found:
        if entry.day in days:
            days[entry.day].append(entry)
    return list(days.items())
