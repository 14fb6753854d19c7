"""The day's work queue (Hoy): what is due, what is new, what has fallen into limbo.

Each lead appears once, in the first section that claims it, in this order of urgency:
unattended new leads (rule 5: at the top), overdue, due today, in limbo (stale), and
then the commitments due (rule 6). Planned activities (a visit, the re-order call after
a win) join the overdue and due-today sections.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from contactos import rules
from contactos.dates import db_date, db_datetime
from contactos.models import Activity, Commitment, Contact, Lead, Stage, database, now


def _rows(query) -> list[tuple]:
    """The rows as the driver returns them: peewee's per-field conversion of thousands of
    rows costs more than the queries themselves; the few values used are parsed below."""
    return database.execute(query).fetchall()


SECTIONS = ("unattended", "overdue", "due_today", "limbo", "commitments_due")


def _lead_item(row: tuple, moment: dt.datetime, section: str) -> dict[str, object]:
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
    return {
        "type": "lead",
        "section": section,
        "lead_id": lead_id,
        "title": title,
        "contact": f"{first} {last}".strip() or company,
        "company": company,
        "stage": stage,
        "kind": kind,
        "what": rules.next_action_text(what, template),
        "what_kind": template or None,
        "due": due.isoformat() if due else None,
        "days_overdue": (moment.date() - due).days if due and due < moment.date() else 0,
        "in_limbo": bool(reasons),
        "limbo_reasons": reasons,
        "received_at": received.isoformat(),
        "age_hours": round((moment - received).total_seconds() / 3600, 1),
    }


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


def _activity_items(condition, moment: dt.datetime, section: str) -> list[dict[str, object]]:
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
    return [
        {
            "type": "activity",
            "section": section,
            "activity_id": activity_id,
            "lead_id": lead_id,
            "title": lead_title or rules.subject_text(subject, template),
            "contact": f"{first} {last}".strip() or company,
            "company": company,
            "kind": kind,
            "what": rules.subject_text(subject, template, lead_title or ""),
            "what_kind": template or None,
            "due": due_at.isoformat(),
            "days_overdue": max((moment.date() - due_at.date()).days, 0),
            "in_limbo": False,
            "limbo_reasons": [],
        }
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


def work_queue(moment: dt.datetime | None = None) -> dict[str, list[dict[str, object]]]:
    moment = moment or now()
    day = moment.date()
    start_of_day = dt.datetime.combine(day, dt.time.min)
    start_of_tomorrow = start_of_day + dt.timedelta(days=1)
    is_open = Lead.status == Lead.OPEN
    unattended = rules.unattended_expression()
    attended = is_open & Lead.first_contact_at.is_null(False)

    queue: dict[str, list[dict[str, object]]] = {}
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
        {
            "type": "commitment",
            "section": "commitments_due",
            "commitment_id": cid,
            "lead_id": lead_id,
            "title": title,
            "contact": f"{first} {last}".strip() or company,
            "company": company,
            "owner": owner,
            "what": description,
            "what_kind": None,
            "due": due.isoformat(),
            "days_overdue": (day - due).days,
            "in_limbo": False,
            "limbo_reasons": [],
        }
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
    return queue


def counts(queue: dict[str, list]) -> dict[str, int]:
    return {name: len(queue[name]) for name in SECTIONS}
