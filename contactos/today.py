"""The day's work queue (Hoy): what is due, what is new, what has fallen into limbo.

Each lead appears once, in the first section that claims it, in this order of urgency:
unattended new leads (rule 5: at the top), overdue, due today, in limbo (stale), and
then the commitments due (rule 6). Planned activities (a visit, the re-order call after
a win) join the overdue and due-today sections. Last, the money of won leads that is late
(rule 8): a customer payment past the lead's expected payment date, a commission past its
date, until it is recorded (see contactos.commissions).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN

from contactos import commissions, rules
from contactos.dates import db_date, db_datetime
from contactos.i18n import translate
from contactos.models import (
    Activity,
    Commitment,
    Contact,
    Lead,
    Stage,
    database,
    display_name,
    now,
)


def _rows(query) -> list[tuple]:
    """The rows as the driver returns them: peewee's per-field conversion of thousands of
    rows costs more than the queries themselves; the few values used are parsed below."""
    return database.execute(query).fetchall()


SECTIONS = ("unattended", "overdue", "due_today", "limbo", "commitments_due", "payments_due")


@dataclass(slots=True)
class QueueItem:
    """One row of the day's queue: a lead's next action (`type` 'lead'), a planned
    activity ('activity') or a commitment ('commitment'), with real dates."""

    type: str
    section: str
    lead_id: int | None
    title: str
    contact: str
    company: str
    kind: str  # call, visit... ('' for a commitment)
    what: str  # in the reader's language (see rules.next_action_text)
    what_kind: str | None  # the kind of a text the program wrote ('first-contact'...)
    due: dt.date | None  # the day it is due
    days_overdue: int
    in_limbo: bool = False
    limbo_reasons: list[str] = field(default_factory=list)
    stage: str = ""  # leads
    received_at: dt.datetime | None = None  # leads
    age_hours: float = 0.0  # leads: since received
    activity_id: int | None = None
    due_at: dt.datetime | None = None  # a planned activity's day and hour
    commitment_id: int | None = None
    owner: str = ""  # a commitment's: me, prospect, representada
    amount: Decimal | None = None  # a payment's: still to be paid (in `currency`)
    currency: str = ""
    representada: str = ""

    @property
    def target_id(self) -> int:
        """The id of the lead, activity or commitment this row is about."""
        if self.type == "activity":
            return self.activity_id
        if self.type == "commitment":
            return self.commitment_id
        return self.lead_id


def _lead_item(row: tuple, moment: dt.datetime, section: str) -> QueueItem:
    (
        lead_id,
        title,
        first,
        last,
        company,
        stage,
        kind,
        what,
        template,
        due,
        received,
        touched,
        stale_days,
    ) = row
    due = db_date(due)
    received = db_datetime(received)
    reasons = rules.limbo_test(due, db_datetime(touched), stale_days, moment)
    return QueueItem(
        type="lead",
        section=section,
        lead_id=lead_id,
        title=title,
        contact=display_name(first, last, company),
        company=company,
        kind=kind,
        what=rules.next_action_text(what, template),
        what_kind=template or None,
        due=due,
        days_overdue=rules.days_overdue(due, moment.date()),
        in_limbo=bool(reasons),
        limbo_reasons=reasons,
        stage=stage,
        received_at=received,
        age_hours=round((moment - received).total_seconds() / 3600, 1),
    )


def _lead_query(condition):
    return (
        Lead.select(
            Lead.id,
            Lead.title,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
            Stage.name,
            Lead.next_action_kind,
            Lead.next_action_what,
            Lead.next_action_template,
            Lead.next_action_due,
            Lead.received_at,
            rules.touched_expression(),
            Stage.stale_days,
        )
        .join(Contact, on=(Lead.contact == Contact.id))
        .switch(Lead)
        .join(Stage, on=(Lead.stage == Stage.id))
        .where(condition)
    )


def _activity_items(condition, moment: dt.datetime, section: str) -> list[QueueItem]:
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
        .where((~Activity.done) & condition)
        .order_by(Activity.due_at)
    )
    day = moment.date()
    return [
        QueueItem(
            type="activity",
            section=section,
            activity_id=activity_id,
            lead_id=lead_id,
            title=lead_title or rules.subject_text(subject, template),
            contact=display_name(first, last, company),
            company=company,
            kind=kind,
            what=rules.subject_text(subject, template, lead_title or ""),
            what_kind=template or None,
            due=due_at.date(),
            due_at=due_at,
            days_overdue=rules.days_overdue(due_at, day),
        )
        for (
            activity_id,
            lead_id,
            kind,
            subject,
            template,
            due_at,
            first,
            last,
            company,
            lead_title,
        ) in ((*r[:5], db_datetime(r[5]), *r[6:]) for r in _rows(query))
    ]


def work_queue(moment: dt.datetime | None = None) -> dict[str, list[QueueItem]]:
    moment = moment or now()
    day = moment.date()
    start_of_day = dt.datetime.combine(day, dt.time.min)
    start_of_tomorrow = start_of_day + dt.timedelta(days=1)
    is_open = Lead.status == Lead.OPEN
    unattended = rules.unattended_expression()
    attended = is_open & Lead.first_contact_at.is_null(False)

    queue: dict[str, list[QueueItem]] = {}
    queue["unattended"] = [
        _lead_item(r, moment, "unattended")
        for r in _rows(_lead_query(unattended).order_by(Lead.received_at, Lead.id))
    ]
    queue["overdue"] = [
        _lead_item(r, moment, "overdue")
        for r in _rows(
            _lead_query(attended & (Lead.next_action_due < day)).order_by(
                Lead.next_action_due, Lead.id
            )
        )
    ] + _activity_items(Activity.due_at < start_of_day, moment, "overdue")
    queue["due_today"] = [
        _lead_item(r, moment, "due_today")
        for r in _rows(
            _lead_query(attended & (Lead.next_action_due == day)).order_by(
                Lead.next_action_time.asc(nulls="LAST"), Lead.id
            )
        )
    ] + _activity_items(
        (Activity.due_at >= start_of_day) & (Activity.due_at < start_of_tomorrow),
        moment,
        "due_today",
    )
    queue["limbo"] = [
        _lead_item(r, moment, "limbo")
        for r in _rows(
            _lead_query(
                attended & (Lead.next_action_due > day) & rules.stale_expression(moment)
            ).order_by(rules.touched_expression(), Lead.id)
        )
    ]
    commitments = (
        Commitment.select(
            Commitment.id,
            Commitment.lead,
            Commitment.owner,
            Commitment.description,
            Commitment.due,
            Lead.title,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
        )
        .join(Lead, on=(Commitment.lead == Lead.id))
        .join(Contact, on=(Lead.contact == Contact.id))
        .where(Commitment.done_at.is_null() & (Commitment.due <= day))
        .order_by(Commitment.due, Commitment.id)
    )
    queue["commitments_due"] = [
        QueueItem(
            type="commitment",
            section="commitments_due",
            commitment_id=cid,
            lead_id=lead_id,
            title=title,
            contact=display_name(first, last, company),
            company=company,
            kind="",
            owner=owner,
            what=description,
            what_kind=None,
            due=due,
            days_overdue=rules.days_overdue(due, day),
        )
        for (
            cid,
            lead_id,
            owner,
            description,
            due,
            title,
            first,
            last,
            company,
        ) in ((*r[:4], db_date(r[4]), *r[5:]) for r in _rows(commitments))
    ]
    queue["payments_due"] = [
        QueueItem(
            type="payment",
            section="payments_due",
            lead_id=late.lead_id,
            title=late.title,
            contact=late.contact,
            company="",
            kind=late.kind,  # 'customer-payment' or 'commission'
            what=translate("Commissions", commissions.LATE_LABELS[late.kind]),
            what_kind=late.kind,
            due=late.due,
            days_overdue=late.days_late,
            amount=late.amount,
            currency=late.currency,
            representada=late.representada,
        )
        for late in commissions.late(day)
    ]
    return queue


def counts(queue: dict[str, list]) -> dict[str, int]:
    return {name: len(queue[name]) for name in SECTIONS}
