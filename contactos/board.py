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

from peewee import JOIN

from contactos import rules
from contactos.dates import db_date, db_datetime
from contactos.listing import stored_amount
from contactos.models import Contact, Lead, Stage, database, display_name, now


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
    stage_id: int
    key: str
    name: str  # as stored (English for the default stages: translate "Stage" for display)
    cards: list[BoardCard] = field(default_factory=list)
    totals: list[CurrencyTotal] = field(default_factory=list)  # by currency code

    @property
    def count(self) -> int:
        return len(self.cards)

    @property
    def limbo_count(self) -> int:
        return sum(1 for card in self.cards if card.limbo)


def _time(value: object) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(value)


def board(flt: BoardFilter | None = None, moment: dt.datetime | None = None) -> list[BoardColumn]:
    """The open leads (of `flt`'s representada and source) by stage: every active stage
    has its column, even empty; a stage no longer active has one while leads are in it.
    Cards in a column come by next action date (the most overdue first), then as added."""
    flt = flt or BoardFilter()
    moment = moment or now()
    columns: dict[int, BoardColumn] = {}
    stale_days: dict[int, int] = {}
    inactive: set[int] = set()
    for stage_id, key, name, stale, active in (
        Stage.select(Stage.id, Stage.key, Stage.name, Stage.stale_days, Stage.active)
        .order_by(Stage.position, Stage.id)
        .tuples()
    ):
        columns[stage_id] = BoardColumn(stage_id, key, name)
        stale_days[stage_id] = stale
        if not active:
            inactive.add(stage_id)  # (its column is left out when it is empty)
    query = (
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
        )
        .join(Contact, JOIN.INNER, on=(Lead.contact == Contact.id))
        .where(Lead.status == Lead.OPEN)
        .order_by(Lead.next_action_due.asc(nulls="LAST"), Lead.id)
    )
    if flt.representada_id:
        query = query.where(Lead.representada == flt.representada_id)
    if flt.source_id:
        query = query.where(Lead.source == flt.source_id)
    totals: dict[tuple[int, str], CurrencyTotal] = {}
    # Raw rows, converted here: peewee's per-field conversion costs more than the query.
    for (
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
    ) in database.execute(query).fetchall():
        due = db_date(due)
        value = stored_amount(value)
        commission = rules.commission_amount(value, stored_amount(rate))
        column = columns[stage_id]
        column.cards.append(
            BoardCard(
                id=lead_id,
                title=title,
                contact=display_name(first, last, company),
                company=company,
                value=value,
                currency=currency,
                commission=commission,
                next_kind=kind,
                next_what=rules.next_action_text(what, template),
                next_due=due,
                next_time=_time(time),
                limbo=tuple(
                    rules.limbo_test(due, db_datetime(touched), stale_days[stage_id], moment)
                ),
                stage_id=stage_id,
            )
        )
        total = totals.get((stage_id, currency))
        if total is None:
            total = totals[stage_id, currency] = CurrencyTotal(currency)
        total.count += 1
        if value is not None:
            total.value += value
        if commission is not None:
            total.commission += commission
    for (stage_id, _), total in sorted(totals.items(), key=lambda item: item[0]):
        columns[stage_id].totals.append(total)
    return [
        column for stage_id, column in columns.items() if stage_id not in inactive or column.cards
    ]
