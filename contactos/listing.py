"""Lists of leads and contacts as plain rows, a window at a time.

Used by the command line (JSON) and by the Qt item models, which ask for windows of rows
(`offset`, `limit`) so that a list of 100,000 rows never becomes 100,000 Python objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from contactos import phones, rules, search
from contactos.dates import db_date, db_datetime
from contactos.models import (
    Contact,
    ContactTag,
    Lead,
    Representada,
    Source,
    Stage,
    Tag,
    database,
    display_name,
    now,
)
from contactos.storage import sqlite as backend


@dataclass
class LeadFilter:
    status: str | None = None
    limbo: bool = False
    search: str = ""
    stage_id: int | None = None
    representada_id: int | None = None
    source_id: int | None = None
    tag: str | None = None
    contact_id: int | None = None


def lead_order(sort: str, descending: bool = False) -> list:
    """ORDER BY for a lead list sort; rows without a value (no next action, no value) go
    last in both directions."""
    return [
        column.desc(nulls="LAST") if descending else column.asc(nulls="LAST")
        for column in LEAD_SORTS[sort]
    ]


LEAD_SORTS = {
    "next_action": (Lead.next_action_due, Lead.id),
    "title": (Lead.title, Lead.id),
    "contact": (Contact.last_name, Contact.first_name, Lead.id),
    "company": (Contact.company, Lead.id),
    "stage": (Stage.position, Lead.id),
    "status": (Lead.status, Lead.id),
    "value": (Lead.value, Lead.id),
    "received": (Lead.received_at, Lead.id),
    "representada": (Representada.name, Lead.id),
    "source": (Source.name, Lead.id),
}


def _lead_query(flt: LeadFilter, moment: dt.datetime, expression: str | None = None):
    query = (
        Lead.select(
            Lead.id,
            Lead.title,
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
            Lead.status,
            Stage.name,
            rules.touched_expression(),
            Stage.stale_days,
            Lead.next_action_kind,
            Lead.next_action_what,
            Lead.next_action_template,
            Lead.next_action_due,
            Lead.value,
            Lead.currency,
            Representada.name,
            Source.name,
            Lead.received_at,
            Lead.first_contact_at,
        )
        .join(Contact, on=(Lead.contact == Contact.id))
        .switch(Lead)
        .join(Stage, on=(Lead.stage == Stage.id))
        .switch(Lead)
        .join(Representada, JOIN.LEFT_OUTER, on=(Lead.representada == Representada.id))
        .switch(Lead)
        .join(Source, JOIN.LEFT_OUTER, on=(Lead.source == Source.id))
    )
    conditions = []
    if flt.status:
        conditions.append(Lead.status == flt.status)
    if flt.limbo:
        conditions.append(rules.limbo_expression(moment))
    if flt.stage_id:
        conditions.append(Lead.stage == flt.stage_id)
    if flt.representada_id:
        conditions.append(Lead.representada == flt.representada_id)
    if flt.source_id:
        conditions.append(Lead.source == flt.source_id)
    if flt.contact_id:
        conditions.append(Lead.contact == flt.contact_id)
    if flt.tag:
        tagged = ContactTag.select(ContactTag.contact).join(Tag).where(Tag.name == flt.tag)
        conditions.append(Lead.contact.in_(tagged))
    if flt.search.strip():
        condition = search.lead_filter(flt.search, expression)
        if condition is not None:
            conditions.append(condition)
    for condition in conditions:
        query = query.where(condition)
    return query


# Compiled lead-list statements, by the filter's shape: typing in the search box changes
# only the values, and building the five-join query costs more than running it.
_STATEMENTS: dict[tuple, tuple[str, list[object]]] = {}
_MARK = {  # stand-ins compiled into the statement, replaced by the real values
    "status": "\ue000status",
    "expression": "\ue000expression",
    "tag": "\ue000tag",
    "stage_id": -987_654_321_001,
    "representada_id": -987_654_321_002,
    "source_id": -987_654_321_003,
    "contact_id": -987_654_321_004,
    "limit": -987_654_321_005,
    "offset": -987_654_321_006,
}


def _statement(flt: LeadFilter, sort: str, descending: bool, paged: bool, moment):
    """The SQL for this filter shape and its parameter template (compiled once)."""
    expression = backend.match_expression(flt.search) if flt.search.strip() else None
    key = (sort, descending, paged, expression is not None) + tuple(
        bool(getattr(flt, name))
        for name in ("status", "stage_id", "representada_id", "source_id", "contact_id", "tag")
    )
    values = {
        "status": flt.status,
        "stage_id": flt.stage_id,
        "representada_id": flt.representada_id,
        "source_id": flt.source_id,
        "contact_id": flt.contact_id,
        "tag": flt.tag,
        "expression": expression,
    }
    if key not in _STATEMENTS:
        marked = LeadFilter(
            **{
                name: (_MARK[name] if value else value)
                for name, value in values.items()
                if name != "expression"
            },
            search=flt.search,
        )
        order = lead_order(sort, descending)
        query = _lead_query(marked, moment, _MARK["expression"] if expression else None)
        query = query.order_by(*order)
        if paged:
            query = query.limit(_MARK["limit"]).offset(_MARK["offset"])
        _STATEMENTS[key] = query.sql()
    return _STATEMENTS[key], values


@dataclass(slots=True)
class LeadRow:
    """A lead as the lists show it, with real dates and amounts."""

    id: int
    title: str
    contact_id: int
    contact: str
    company: str
    status: str
    stage: str
    in_limbo: bool
    next_kind: str
    next_what: str  # in the reader's language (see rules.next_action_text)
    next_what_kind: str | None  # the kind of a text the program wrote ('first-contact')
    next_due: dt.date | None
    value: Decimal | None
    currency: str
    representada: str | None
    source: str | None
    received_at: dt.datetime | None
    first_contact_at: dt.datetime | None


def stored_amount(value: object) -> Decimal | None:
    """A stored amount as it was written; None for none, and for a value that is not a
    finite number (a damaged row): the list and --json must still show the other leads."""
    if value is None:
        return None
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value))
    except (ArithmeticError, TypeError, ValueError):
        return None
    return amount if amount.is_finite() else None


def _lead_row(row: tuple, moment: dt.datetime) -> LeadRow:
    (
        lead_id,
        title,
        contact_id,
        first,
        last,
        company,
        status,
        stage,
        touched,
        stale_days,
        kind,
        what,
        template,
        due,
        value,
        currency,
        representada,
        source,
        received,
        first_contact,
    ) = row
    # Raw driver values (see lead_rows), parsed here.
    due = db_date(due)
    in_limbo = status == Lead.OPEN and bool(
        rules.limbo_test(due, db_datetime(touched), stale_days, moment)
    )
    return LeadRow(
        id=lead_id,
        title=title,
        contact_id=contact_id,
        contact=display_name(first, last, company),
        company=company,
        status=status,
        stage=stage,
        in_limbo=in_limbo,
        next_kind=kind,
        next_what=rules.next_action_text(what, template),
        next_what_kind=template or None,
        next_due=due,
        value=stored_amount(value),
        currency=currency,
        representada=representada,
        source=source,
        received_at=db_datetime(received),
        first_contact_at=db_datetime(first_contact),
    )


def lead_rows(
    flt: LeadFilter | None = None,
    *,
    sort: str = "next_action",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    moment: dt.datetime | None = None,
) -> list[LeadRow]:
    moment = moment or now()
    flt = flt or LeadFilter()
    if flt.limbo:  # (the limbo test depends on the moment: compiled each time)
        query = _lead_query(flt, moment).order_by(*lead_order(sort, descending))
        if limit is not None:
            query = query.limit(limit).offset(offset)
        rows = database.execute(query).fetchall()
    else:
        (sql, template), values = _statement(flt, sort, descending, limit is not None, moment)
        values.update(limit=limit, offset=offset)
        by_mark = {mark: values[name] for name, mark in _MARK.items()}
        params = [by_mark.get(p, p) if isinstance(p, (str, int)) else p for p in template]
        rows = database.execute_sql(sql, params).fetchall()
    # Rows as the driver returns them: peewee's per-field conversion of 19 columns costs
    # more than the search itself on a window of 50.
    return [_lead_row(row, moment) for row in rows]


def lead_count(flt: LeadFilter | None = None, moment: dt.datetime | None = None) -> int:
    return _lead_query(flt or LeadFilter(), moment or now()).count()


# --- Contacts ---------------------------------------------------------------------------

CONTACT_SORTS = {
    "name": (Contact.last_name, Contact.first_name, Contact.id),
    "company": (Contact.company, Contact.id),
    "city": (Contact.city, Contact.id),
    "created": (Contact.created_at, Contact.id),
}


def _contact_query(text: str = "", tag: str | None = None):
    query = Contact.select(
        Contact.id, Contact.first_name, Contact.last_name, Contact.company, Contact.city
    )
    if text.strip():
        matches = search.contact_ids_query(text)
        if matches is not None:
            query = query.where(Contact.id.in_(matches.order_by()))
    if tag:
        tagged = ContactTag.select(ContactTag.contact).join(Tag).where(Tag.name == tag)
        query = query.where(Contact.id.in_(tagged))
    return query


def contact_rows(
    text: str = "",
    *,
    tag: str | None = None,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[ContactRow]:
    if sort == "relevance" and text.strip() and not tag:
        # Best matches first: the index's own ranking.
        ids = search.ranked_contact_ids(text, limit, offset)
    else:
        order = CONTACT_SORTS["name" if sort == "relevance" else sort]
        if descending:
            order = tuple(o.desc() for o in order)
        query = _contact_query(text, tag).order_by(*order)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        ids = [row[0] for row in query.tuples()]
    # That window's rows with their e-mails, phones and tags (plain statements: see
    # backend.contact_cards), in the order of `ids`.
    return [_card(*card) for card in backend.contact_cards(ids)]


@dataclass(slots=True)
class ContactRow:
    """A contact as the lists show it, with its e-mails, phones (E.164 where valid) and
    tags in their display order."""

    id: int
    name: str
    company: str
    emails: list[str]
    phones: list[str]
    city: str
    tags: list[str]


def _card(cid, first, last, company, city, emails, phone_list, tags) -> ContactRow:
    """A contact as the lists show it; one known only by e-mail or phone goes by that."""
    return ContactRow(
        id=cid,
        name=display_name(first, last, company, *emails, *phone_list),
        company=company,
        emails=emails,
        phones=phone_list,
        city=city,
        tags=tags,
    )


def contact_count(text: str = "", tag: str | None = None) -> int:
    return _contact_query(text, tag).count()


def display_phone(number: str) -> str:
    return phones.display(number)
