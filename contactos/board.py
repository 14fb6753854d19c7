"""The pipeline board's figures: the open leads under their stage, as typed rows.

One column per stage (in its order), with the number of open leads in it and, per
currency, the total of their values and of the commission they are expected to bring
(rule 8's arithmetic, :func:`contactos.rules.commission_amount`, lead by lead): amounts in
two currencies are never added together. One card per lead, with what the board shows of
it and its limbo mark (rule 4, :func:`contactos.rules.limbo_test`).

Read-only and Qt-free: the window's board (ui/views/board.py) shows it; moving a lead is
:func:`contactos.actions.leads.change_stage`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, fn

from contactos import rules
from contactos.dates import db_date, db_datetime
from contactos.listing import stored_amount
from contactos.models import Contact, Lead, Stage, chunks, database, display_name, now


@dataclass(frozen=True)
class BoardFilter:
    representada_id: int | None = None
    source_id: int | None = None


@dataclass(slots=True)
class BoardCard:
    """A lead as its card shows it."""

    id: int
    title: str
    contact: str
    company: str
    value: Decimal | None
    currency: str
    commission: Decimal | None  # expected (rule 8), None without a value or a rate
    next_kind: str
    next_what: str  # in the reader's language (rules.next_action_text)
    next_due: dt.date | None
    next_time: dt.time | None
    limbo: tuple[str, ...]  # rules.limbo_test: 'overdue', 'stale'; empty when alive
    stage_id: int

    @property
    def in_limbo(self) -> bool:
        return bool(self.limbo)


@dataclass(slots=True)
class CurrencyTotal:
    """The leads of a column in one currency: how many, and their values and expected
    commissions added up (leads without a value or rate add nothing)."""

    currency: str
    count: int = 0
    value: Decimal = Decimal("0.00")
    commission: Decimal = Decimal("0.00")


@dataclass(slots=True)
class BoardColumn:
    """A stage's open leads: their ids in the board's order (the cards themselves are
    read a window at a time with :func:`cards`), how many are in limbo, and the totals."""

    stage_id: int
    key: str
    name: str  # as stored (English for the default stages: translate "Stage" for display)
    lead_ids: list[int] = field(default_factory=list)
    limbo_count: int = 0
    totals: list[CurrencyTotal] = field(default_factory=list)  # by currency code

    @property
    def count(self) -> int:
        return len(self.lead_ids)


def _time(value: object) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(value)


def board(flt: BoardFilter | None = None, moment: dt.datetime | None = None) -> list[BoardColumn]:
    """The open leads (of `flt`'s representada and source) by stage: every active stage
    has its column, even empty; a stage no longer active has one while leads are in it.
    Leads in a column come by next action date (the most overdue first), then as added.

    Only what the columns' headers need is read for every lead (its stage, value,
    currency, rate and limbo, by the rules' SQL twin :func:`rules.limbo_expression`); a
    card's texts are read when it is shown (:func:`cards`), so a board of thousands of
    leads opens at once."""
    flt = flt or BoardFilter()
    moment = moment or now()
    columns: dict[int, BoardColumn] = {}
    inactive: set[int] = set()
    for stage_id, key, name, active in (
        Stage.select(Stage.id, Stage.key, Stage.name, Stage.active)
        .order_by(Stage.position, Stage.id)
        .tuples()
    ):
        columns[stage_id] = BoardColumn(stage_id, key, name)
        if not active:
            inactive.add(stage_id)  # (its column is left out when it is empty)
    query = (
        Lead.select(Lead.id, Lead.stage, Lead.value, Lead.currency, Lead.commission_rate)
        .where(Lead.status == Lead.OPEN)
        .order_by(Lead.next_action_due.asc(nulls="LAST"), Lead.id)
    )
    limbo = (
        Lead.select(Lead.stage, fn.COUNT(Lead.id))
        .where(rules.limbo_expression(moment))
        .group_by(Lead.stage)
    )
    if flt.representada_id:
        query = query.where(Lead.representada == flt.representada_id)
        limbo = limbo.where(Lead.representada == flt.representada_id)
    if flt.source_id:
        query = query.where(Lead.source == flt.source_id)
        limbo = limbo.where(Lead.source == flt.source_id)
    for stage_id, count in limbo.tuples():
        if stage_id in columns:
            columns[stage_id].limbo_count = count
    totals: dict[tuple[int, str], CurrencyTotal] = {}
    rates: dict[object, Decimal | None] = {}  # (a few: one per representada, mostly)
    ids = {stage_id: column.lead_ids for stage_id, column in columns.items()}
    # Raw rows: peewee's per-field conversion would cost more than the query.
    for lead_id, stage_id, value, currency, rate in database.execute(query).fetchall():
        ids[stage_id].append(lead_id)
        total = totals.get((stage_id, currency))
        if total is None:
            total = totals[stage_id, currency] = CurrencyTotal(currency)
        total.count += 1
        amount = stored_amount(value)
        if amount is None:
            continue
        total.value += amount
        if rate not in rates:
            rates[rate] = stored_amount(rate)
        commission = rules.commission_amount(amount, rates[rate])
        if commission is not None:
            total.commission += commission
    for (stage_id, _), total in sorted(totals.items(), key=lambda item: item[0]):
        columns[stage_id].totals.append(total)
    return [
        column
        for stage_id, column in columns.items()
        if stage_id not in inactive or column.lead_ids
    ]


def _card_query(ids: list[int]):
    return (
        Lead.select(
            Lead.id,
            Lead.title,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
            Lead.value,
            Lead.currency,
            Lead.commission_rate,
            Lead.next_action_kind,
            Lead.next_action_what,
            Lead.next_action_template,
            Lead.next_action_due,
            Lead.next_action_time,
            rules.touched_expression(),
            Lead.stage,
            Lead.status,
        )
        .join(Contact, JOIN.INNER, on=(Lead.contact == Contact.id))
        .where(Lead.id.in_(ids))
    )


# The cards' statement, compiled once per number of ids (a view asks for a page at a
# time: building the query costs more than running it).
_CARD_SQL: dict[int, str] = {}


def cards(lead_ids: list[int], moment: dt.datetime | None = None) -> list[BoardCard]:
    """The cards of `lead_ids`, in that order (a lead no longer there is left out)."""
    moment = moment or now()
    found: dict[int, BoardCard] = {}
    stale_days = dict(Stage.select(Stage.id, Stage.stale_days).tuples())
    for chunk in chunks(lead_ids):
        sql = _CARD_SQL.get(len(chunk))
        if sql is None:
            sql, params = _card_query(chunk).sql()
            if list(params) != list(chunk):  # (a statement with other values in it)
                raise RuntimeError("the card statement holds values besides the ids")
            _CARD_SQL[len(chunk)] = sql
        for row in database.execute_sql(sql, list(chunk)).fetchall():
            card = _card(row, stale_days, moment)
            found[card.id] = card
    return [found[lead_id] for lead_id in lead_ids if lead_id in found]


def _card(row: tuple, stale_days: dict[int, int], moment: dt.datetime) -> BoardCard:
    (
        lead_id,
        title,
        first,
        last,
        company,
        value,
        currency,
        rate,
        kind,
        what,
        template,
        due,
        time,
        touched,
        stage_id,
        status,
    ) = row
    due = db_date(due)
    value = stored_amount(value)
    return BoardCard(
        id=lead_id,
        title=title,
        contact=display_name(first, last, company),
        company=company,
        value=value,
        currency=currency,
        commission=rules.commission_amount(value, stored_amount(rate)),
        next_kind=kind,
        next_what=rules.next_action_text(what, template),
        next_due=due,
        next_time=_time(time),
        limbo=tuple(rules.limbo_test(due, db_datetime(touched), stale_days[stage_id], moment))
        if status == Lead.OPEN
        else (),
        stage_id=stage_id,
    )
