"""The figures for reports: how healthy the pipeline is, how leads are won and lost, how
fast they are answered, how each source's and each representada's leads turned out, and
what the agent will earn.

Read-only counts over the leads, made from the follow-up rules of :mod:`contactos.rules`
(what limbo, a first contact and a real opportunity are) but deciding nothing: the window
(the Reports view), the command line (`contactos report NAME`) and the exports show them.

The reports of issue 13 are typed results (frozen dataclasses, below the first section):
every figure is a :class:`Figure` that carries the ids of the leads behind it, and every
amount is per currency (a tuple of figures, one per currency; two currencies are never
added together). Each report also lays itself out as tables and charts (:class:`Table`,
:class:`Chart`), which the view, the PDF, the CSV/xlsx exports and the command line show
alike. A report is added by writing its dataclass and registering it in :data:`REPORTS`
(see ``register``).

The older dict-returning functions just below are kept for their callers (the status bar,
Today, the lead view, a source's export).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, is_dataclass
from decimal import Decimal

from peewee import JOIN, fn

from contactos import clock, commissions, rules
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError, translate
from contactos.models import (
    Closing,
    Contact,
    Lead,
    Representada,
    Source,
    Stage,
    chunks,
    display_name,
)

# --- Pipeline health (rule 4) -----------------------------------------------------------


def pipeline_health(day: dt.date | None = None) -> dict[str, object]:
    """Rule 4: the share of open leads whose next action is still ahead (today counts)."""
    day = day or clock.today()
    open_leads = Lead.select().where(Lead.status == Lead.OPEN).count()
    healthy = (
        Lead.select().where((Lead.status == Lead.OPEN) & ~rules.overdue_expression(day)).count()
    )
    return {
        "open": open_leads,
        "with_future_action": healthy,
        "share": (healthy / open_leads) if open_leads else 1.0,
    }


# --- Response times (rule 5) and sources (rule 9) ---------------------------------------


def response_hours(lead: Lead) -> float | None:
    if lead.first_contact_at is None:
        return None
    return (lead.first_contact_at - lead.received_at).total_seconds() / 3600


def response_times_by_source() -> list[dict[str, object]]:
    """Rule 5: average hours from received to first contact, per source."""
    rows: dict[object, dict[str, object]] = {}
    query = (
        Lead.select(Lead.source, Source.name, Lead.received_at, Lead.first_contact_at)
        .join(Source, join_type=JOIN.LEFT_OUTER)
        .tuples()
    )
    for source_id, name, received, first in query:
        entry = rows.setdefault(
            source_id, {"source": name, "leads": 0, "attended": 0, "hours_total": 0.0}
        )
        entry["leads"] += 1
        if first is not None:
            entry["attended"] += 1
            entry["hours_total"] += (first - received).total_seconds() / 3600
    result = []
    for entry in rows.values():
        attended = entry.pop("attended")
        total = entry.pop("hours_total")
        entry["attended"] = attended
        entry["average_hours"] = round(total / attended, 1) if attended else None
        result.append(entry)
    return sorted(result, key=lambda e: str(e["source"] or ""))


def source_report() -> list[dict[str, object]]:
    """Rule 9: per source, real opportunities, win rate and loss reasons."""
    report: dict[object, dict[str, object]] = {}
    query = (
        Lead.select(Lead.id, Lead.source, Source.name, Lead.status)
        .join(Source, join_type=JOIN.LEFT_OUTER)
        .tuples()
    )
    reasons = dict(
        Closing.select(Closing.lead, Closing.reason)
        .join(Lead)
        .where((Closing.outcome == Lead.LOST) & (Lead.status == Lead.LOST))
        .order_by(Closing.id)
        .tuples()
    )
    for lead_id, source_id, name, status in query:
        entry = report.setdefault(
            source_id,
            {
                "source": name,
                "leads": 0,
                "open": 0,
                "won": 0,
                "lost": 0,
                "not_real": 0,
                "loss_reasons": {},
            },
        )
        entry["leads"] += 1
        entry[status] += 1
        if status == Lead.LOST:
            reason = reasons.get(lead_id, "other")
            entry["loss_reasons"][reason] = entry["loss_reasons"].get(reason, 0) + 1
            if reason == "not-real":
                entry["not_real"] += 1
    for entry in report.values():
        entry["real_opportunities"] = entry["leads"] - entry["not_real"]
        decided = entry["won"] + entry["lost"] - entry["not_real"]
        entry["win_rate"] = round(entry["won"] / decided, 3) if decided else None
    return sorted(report.values(), key=lambda e: str(e["source"] or ""))


def source_summary(source: Source) -> dict[str, object]:
    """The totals of source_report() for one source (zeros when it has no leads), with
    its average response time."""
    entry: dict[str, object] = next(
        (e for e in source_report() if e["source"] == source.name),
        {
            "source": source.name,
            "leads": 0,
            "open": 0,
            "won": 0,
            "lost": 0,
            "not_real": 0,
            "loss_reasons": {},
            "real_opportunities": 0,
            "win_rate": None,
        },
    )
    times = next((e for e in response_times_by_source() if e["source"] == source.name), None)
    return {**entry, "average_hours": times["average_hours"] if times else None}


# === Typed reports (issue 13) =============================================================
#
# Filtering and joining are done in SQL; amounts are summed in Python as Decimals (SQLite
# sums a NUMERIC column as floating point) and medians taken in Python (SQL has no portable
# median). Lead ids come from the same rows as the figures, so a figure and the leads it
# opens can never disagree.

CONTEXT = "Reports"  # literal in every QT_TRANSLATE_NOOP: lupdate cannot read a name
NO_SOURCE = QT_TRANSLATE_NOOP("Reports", "(no source)")


@dataclass(frozen=True)
class Period:
    """The days a report looks at, both ends included; None: no limit on that side."""

    start: dt.date | None = None
    end: dt.date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ReportError(
                QT_TRANSLATE_NOOP("Reports", "The period starts ({start}) after it ends ({end})."),
                start=self.start,
                end=self.end,
            )

    def moments(self, column) -> list:
        """Conditions for a date-and-time column to fall in the period."""
        conditions = []
        if self.start:
            conditions.append(column >= dt.datetime.combine(self.start, dt.time()))
        if self.end:
            after = self.end + dt.timedelta(days=1)
            conditions.append(column < dt.datetime.combine(after, dt.time()))
        return conditions

    def days(self, column) -> list:
        """Conditions for a date column to fall in the period."""
        conditions = []
        if self.start:
            conditions.append(column >= self.start)
        if self.end:
            conditions.append(column <= self.end)
        return conditions

    def as_json(self) -> dict[str, str | None]:
        return {
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
        }


class ReportError(TranslatableError):
    context = CONTEXT


def _where(query, conditions: list):
    return query.where(*conditions) if conditions else query


@dataclass(frozen=True)
class Figure:
    """One number of a report and the leads it is made of. `value` is None when there is
    nothing to measure (a win rate without a closed lead); `currency` is set on amounts."""

    value: int | float | Decimal | str | None  # (a text: a lead's title in a list of leads)
    leads: tuple[int, ...] = ()
    currency: str = ""


def _count(ids: Iterable[int]) -> Figure:
    ids = tuple(sorted(set(ids)))
    return Figure(len(ids), ids)


def _money(rows: Iterable[tuple[int, str, object]]) -> tuple[Figure, ...]:
    """(lead id, currency, value) rows as one sum per currency, by currency; leads without
    a value are left out of the sums (and of their lead lists)."""
    sums: dict[str, Decimal] = {}
    ids: dict[str, list[int]] = {}
    for lead_id, currency, value in rows:
        if value is None:
            continue
        sums[currency] = sums.get(currency, Decimal(0)) + Decimal(str(value))
        ids.setdefault(currency, []).append(lead_id)
    return tuple(
        Figure(sums[c], tuple(sorted(ids[c])), c) for c in sorted(sums, key=lambda c: c or "")
    )


def _share(part: Figure, whole: Figure) -> Figure:
    """part / whole, None without a whole; it opens the leads of `part`."""
    return Figure(part.value / whole.value if whole.value else None, part.leads)


def _median(values: list[tuple[float, int]]) -> tuple[Figure, Figure]:
    """(hours, lead id) pairs: their median (opening them all) and the slowest (opening it)."""
    if not values:
        return Figure(None), Figure(None)
    ordered = sorted(values)
    ids = tuple(sorted(i for _h, i in ordered))
    middle = len(ordered) // 2
    if len(ordered) % 2:
        median = ordered[middle][0]
    else:
        median = (ordered[middle - 1][0] + ordered[middle][0]) / 2
    slowest_hours, slowest_id = max(ordered, key=lambda p: (p[0], -p[1]))
    return Figure(round(median, 1), ids), Figure(round(slowest_hours, 1), (slowest_id,))


def _hours(received: dt.datetime, first: dt.datetime) -> float:
    return (first - received).total_seconds() / 3600


def _month(moment: dt.datetime | dt.date) -> dt.date:
    return dt.date(moment.year, moment.month, 1)


# --- How a report is laid out: tables and charts -----------------------------------------

# What a cell holds, for the view's and the exports' formatting.
TEXT, COUNT, MONEY, SHARE, HOURS, DAYS, MONTH, DATE = (
    "text",
    "count",
    "money",
    "share",
    "hours",
    "days",
    "month",
    "date",
)


@dataclass(frozen=True)
class Column:
    title: str  # translated
    kind: str = TEXT
    currency: str = ""  # a money column's currency


Cell = "str | dt.date | Figure | Typed | None"


@dataclass(frozen=True)
class Table:
    key: str
    title: str  # translated
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Bar:
    label: str
    figure: Figure
    month: dt.date | None = None  # a bar of a month: the view names it in its language


@dataclass(frozen=True)
class Chart:
    """A bar chart: one kind of figure (COUNT, MONEY in one currency, SHARE, HOURS...)."""

    key: str
    title: str  # translated
    kind: str
    bars: tuple[Bar, ...]
    currency: str = ""


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def _currencies(*groups: Iterable[tuple[Figure, ...]]) -> list[str]:
    found = {f.currency for group in groups for figures in group for f in figures}
    return sorted(found)


def _in(figures: tuple[Figure, ...], currency: str) -> Figure | None:
    return next((f for f in figures if f.currency == currency), None)


def _money_columns(title: str, currencies: list[str]) -> tuple[Column, ...]:
    return tuple(Column(f"{_tr(title)} ({c})", MONEY, c) for c in currencies)


def _money_cells(figures: tuple[Figure, ...], currencies: list[str]) -> tuple[Cell, ...]:
    return tuple(_in(figures, c) for c in currencies)


def _money_charts(key: str, title: str, bars: list[tuple[str, tuple[Figure, ...]]]) -> list[Chart]:
    """One chart per currency: amounts of two currencies never share an axis."""
    charts = []
    for currency in _currencies([figures for _label, figures in bars]):
        charts.append(
            Chart(
                f"{key}-{currency}",
                f"{_tr(title)} ({currency})",
                MONEY,
                tuple(
                    Bar(label, _in(figures, currency) or Figure(Decimal(0), (), currency))
                    for label, figures in bars
                ),
                currency,
            )
        )
    return charts


# --- Pipeline health ---------------------------------------------------------------------


@dataclass(frozen=True)
class StageFigures:
    stage_id: int
    key: str
    name: str  # translated
    leads: Figure
    value: tuple[Figure, ...]


@dataclass(frozen=True)
class PipelineReport:
    """Rule 4, now: the open leads (received in the period), the share of them with a
    dated next action ahead (today counts), those in limbo and for how many days, and the
    funnel by stage with its value per currency."""

    period: Period
    day: dt.date
    open: Figure
    ahead: Figure
    share: Figure
    limbo: Figure
    limbo_median_days: Figure
    limbo_oldest_days: Figure
    stages: tuple[StageFigures, ...]

    def tables(self) -> tuple[Table, ...]:
        summary = Table(
            "summary",
            _tr(PIPELINE_TITLE),
            (Column(translate("Reports", "Figure")), Column(translate("Reports", "Value"), COUNT)),
            (
                (translate("Reports", "Open leads"), self.open),
                (translate("Reports", "With a dated next action ahead"), self.ahead),
                (translate("Reports", "Share with a next action ahead"), _as(self.share, SHARE)),
                (translate("Reports", "In limbo"), self.limbo),
                (translate("Reports", "Median days in limbo"), _as(self.limbo_median_days, DAYS)),
                (
                    translate("Reports", "Longest in limbo (days)"),
                    _as(self.limbo_oldest_days, DAYS),
                ),
            ),
        )
        currencies = _currencies([s.value for s in self.stages])
        funnel = Table(
            "funnel",
            translate("Reports", "Funnel by stage"),
            (
                Column(translate("Reports", "Stage")),
                Column(translate("Reports", "Open leads"), COUNT),
            )
            + _money_columns(QT_TRANSLATE_NOOP("Reports", "Value"), currencies),
            tuple((s.name, s.leads) + _money_cells(s.value, currencies) for s in self.stages),
        )
        return summary, funnel

    def charts(self) -> tuple[Chart, ...]:
        leads = Chart(
            "funnel",
            translate("Reports", "Open leads by stage"),
            COUNT,
            tuple(Bar(s.name, s.leads) for s in self.stages),
        )
        health = Chart(
            "health",
            translate("Reports", "Open leads: next action ahead or in limbo"),
            COUNT,
            (
                Bar(translate("Reports", "Next action ahead"), self.ahead),
                Bar(translate("Reports", "In limbo"), self.limbo),
            ),
        )
        values = _money_charts(
            "funnel-value",
            QT_TRANSLATE_NOOP("Reports", "Open value by stage"),
            [(s.name, s.value) for s in self.stages],
        )
        return (health, leads, *values)


@dataclass(frozen=True)
class Typed:
    """A figure in a cell whose kind differs from its column's (a share in a column of
    counts): the view and the exports format it by `kind`."""

    figure: Figure
    kind: str


def _as(figure: Figure, kind: str) -> Typed:
    return Typed(figure, kind)


PIPELINE_TITLE = QT_TRANSLATE_NOOP("Reports", "Pipeline health")


def _stage_name(name: str) -> str:
    return translate("Stage", name)


def pipeline(period: Period | None = None, moment: dt.datetime | None = None) -> PipelineReport:
    period = period or Period()
    moment = moment or clock.now()
    day = moment.date()
    query = (
        Lead.select(
            Lead.id,
            Lead.stage,
            Lead.currency,
            Lead.value,
            Lead.next_action_due,
            rules.touched_expression().alias("touched"),
            Stage.stale_days,
        )
        .join(Stage)
        .where(Lead.status == Lead.OPEN)
    )
    rows = list(_where(query, period.moments(Lead.received_at)).tuples())
    open_ids = [r[0] for r in rows]
    ahead_ids = [r[0] for r in rows if r[4] is not None and r[4] >= day]
    limbo_ages: list[tuple[float, int]] = []
    for lead_id, _stage, _cur, _value, due, touched, stale_days in rows:
        if isinstance(touched, str):  # (COALESCE loses the column's type on SQLite)
            touched = dt.datetime.fromisoformat(touched)
        reasons = rules.limbo_test(due, touched, stale_days, moment)
        if not reasons:
            continue
        since = []
        if "overdue" in reasons:
            since.append(due + dt.timedelta(days=1) if due else touched.date())
        if "stale" in reasons:
            since.append((touched + dt.timedelta(days=stale_days)).date())
        limbo_ages.append((float((day - min(since)).days), lead_id))
    median, oldest = _median(limbo_ages)
    open_figure, ahead = _count(open_ids), _count(ahead_ids)
    stages = []
    for stage in Stage.select().order_by(Stage.position, Stage.id):
        in_stage = [r for r in rows if r[1] == stage.id]
        if not stage.active and not in_stage:
            continue
        stages.append(
            StageFigures(
                stage.id,
                stage.key,
                _stage_name(stage.name),
                _count(r[0] for r in in_stage),
                _money((r[0], r[2], r[3]) for r in in_stage),
            )
        )
    return PipelineReport(
        period=period,
        day=day,
        open=open_figure,
        ahead=ahead,
        share=_share(ahead, open_figure),
        limbo=_count(i for _a, i in limbo_ages),
        limbo_median_days=Figure(median.value, median.leads),
        limbo_oldest_days=Figure(oldest.value, oldest.leads),
        stages=tuple(stages),
    )


# --- Wins and losses ---------------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    """What a prospect said when they confirmed a loss."""

    lead_id: int
    title: str
    date: dt.date
    words: str


@dataclass(frozen=True)
class LossReason:
    reason: str  # Closing.LOSS_REASONS
    label: str  # translated
    leads: Figure
    value: tuple[Figure, ...]
    words: tuple[Words, ...]


def _current_closings(period: Period):
    """The closing that holds for each closed lead now (a reopened lead's old closing does
    not; a lead won, lost and won again counts once, as won), dated in the period."""
    latest = (
        Closing.select(fn.MAX(Closing.id))
        .join(Lead)
        .where(Lead.status != Lead.OPEN)
        .group_by(Closing.lead)
    )
    query = (
        Closing.select(
            Closing.lead,
            Closing.outcome,
            Closing.reason,
            Closing.prospect_words,
            Closing.date,
            Lead.title,
            Lead.currency,
            Lead.value,
        )
        .join(Lead)
        .where(Closing.id.in_(latest))
    )
    return list(_where(query, period.days(Closing.date)).tuples())


@dataclass(frozen=True)
class WinLossReport:
    """Rule 3, over the leads closed in the period (by the date of the closing that holds
    now). The win rate counts only real opportunities: won / (won + lost), leaving out
    those lost as "never a real opportunity"."""

    period: Period
    won: Figure
    lost: Figure
    not_real: Figure
    win_rate: Figure
    won_value: tuple[Figure, ...]
    lost_value: tuple[Figure, ...]
    reasons: tuple[LossReason, ...]  # most frequent first

    def tables(self) -> tuple[Table, ...]:
        currencies = _currencies([self.won_value, self.lost_value])
        summary = Table(
            "summary",
            _tr(WINS_TITLE),
            (Column(translate("Reports", "Figure")), Column(translate("Reports", "Value"), COUNT)),
            (
                (translate("Reports", "Won"), self.won),
                (translate("Reports", "Lost"), self.lost),
                (translate("Reports", "Lost: never a real opportunity"), self.not_real),
                (translate("Reports", "Win rate (real opportunities)"), _as(self.win_rate, SHARE)),
            )
            + tuple(
                (f"{translate('Reports', 'Value won')} ({c})", _in(self.won_value, c))
                for c in currencies
            )
            + tuple(
                (f"{translate('Reports', 'Value lost')} ({c})", _in(self.lost_value, c))
                for c in currencies
            ),
        )
        reason_currencies = _currencies([r.value for r in self.reasons])
        reasons = Table(
            "reasons",
            translate("Reports", "Loss reasons"),
            (Column(translate("Reports", "Reason")), Column(translate("Reports", "Leads"), COUNT))
            + _money_columns(QT_TRANSLATE_NOOP("Reports", "Value lost"), reason_currencies),
            tuple(
                (r.label, r.leads) + _money_cells(r.value, reason_currencies) for r in self.reasons
            ),
        )
        words = Table(
            "words",
            translate("Reports", "In the prospect's words"),
            (
                Column(translate("Reports", "Reason")),
                Column(translate("Reports", "Date"), DATE),
                Column(translate("Reports", "Lead")),
                Column(translate("Reports", "Words")),
            ),
            tuple(
                (r.label, w.date, Figure(w.title, (w.lead_id,)), w.words)
                for r in self.reasons
                for w in r.words
            ),
        )
        return summary, reasons, words

    def charts(self) -> tuple[Chart, ...]:
        outcome = Chart(
            "outcome",
            translate("Reports", "Won and lost"),
            COUNT,
            (
                Bar(translate("Reports", "Won"), self.won),
                Bar(
                    translate("Reports", "Lost (real opportunities)"),
                    Figure(self.lost.value - self.not_real.value, _minus(self.lost, self.not_real)),
                ),
                Bar(translate("Reports", "Never real"), self.not_real),
            ),
        )
        reasons = Chart(
            "reasons",
            translate("Reports", "Loss reasons"),
            COUNT,
            tuple(Bar(r.label, r.leads) for r in self.reasons),
        )
        return outcome, reasons


def _minus(whole: Figure, part: Figure) -> tuple[int, ...]:
    return tuple(i for i in whole.leads if i not in set(part.leads))


WINS_TITLE = QT_TRANSLATE_NOOP("Reports", "Wins and losses")


def wins_and_losses(period: Period | None = None) -> WinLossReport:
    period = period or Period()
    rows = _current_closings(period)
    won = [r for r in rows if r[1] == Lead.WON]
    lost = [r for r in rows if r[1] == Lead.LOST]
    not_real = [r for r in lost if r[2] == "not-real"]
    won_figure = _count(r[0] for r in won)
    real = _count([r[0] for r in won] + [r[0] for r in lost if r[2] != "not-real"])
    reasons = []
    for reason in Closing.LOSS_REASONS:
        mine = sorted((r for r in lost if (r[2] or "other") == reason), key=lambda r: (r[4], r[0]))
        if not mine:
            continue
        reasons.append(
            LossReason(
                reason,
                translate("Rules", rules.LOSS_REASON_LABELS[reason]),
                _count(r[0] for r in mine),
                _money((r[0], r[6], r[7]) for r in mine),
                tuple(Words(r[0], r[5], r[4], r[3]) for r in mine),
            )
        )
    reasons.sort(key=lambda r: (-r.leads.value, Closing.LOSS_REASONS.index(r.reason)))
    return WinLossReport(
        period=period,
        won=won_figure,
        lost=_count(r[0] for r in lost),
        not_real=_count(r[0] for r in not_real),
        win_rate=_share(won_figure, real),
        won_value=_money((r[0], r[6], r[7]) for r in won),
        lost_value=_money((r[0], r[6], r[7]) for r in lost),
        reasons=tuple(reasons),
    )


# --- Response time to new leads ----------------------------------------------------------


@dataclass(frozen=True)
class ResponseFigures:
    """Rule 5 for a group of leads: how many were received, answered (a first contact
    logged) and not yet, and the median and slowest hours to the first contact."""

    label: str
    received: Figure
    answered: Figure
    unanswered: Figure
    median_hours: Figure
    slowest_hours: Figure
    month: dt.date | None = None  # the month of a per-month row


@dataclass(frozen=True)
class ResponseReport:
    period: Period
    overall: ResponseFigures
    by_source: tuple[ResponseFigures, ...]
    by_month: tuple[ResponseFigures, ...]

    def tables(self) -> tuple[Table, ...]:
        columns = (
            Column(translate("Reports", "Leads received"), COUNT),
            Column(translate("Reports", "Answered"), COUNT),
            Column(translate("Reports", "Not answered yet"), COUNT),
            Column(translate("Reports", "Median hours"), HOURS),
            Column(translate("Reports", "Slowest (hours)"), HOURS),
        )

        def cells(r: ResponseFigures) -> tuple[Cell, ...]:
            return (r.received, r.answered, r.unanswered, r.median_hours, r.slowest_hours)

        return (
            Table(
                "sources",
                translate("Reports", "Response time by source"),
                (Column(translate("Reports", "Source")),) + columns,
                tuple((r.label,) + cells(r) for r in (*self.by_source, self.overall)),
            ),
            Table(
                "months",
                translate("Reports", "Response time by month received"),
                (Column(translate("Reports", "Month"), MONTH),) + columns,
                tuple((r.month,) + cells(r) for r in self.by_month),
            ),
        )

    def charts(self) -> tuple[Chart, ...]:
        return (
            Chart(
                "sources",
                translate("Reports", "Median hours to the first contact, by source"),
                HOURS,
                tuple(Bar(r.label, r.median_hours) for r in self.by_source),
            ),
            Chart(
                "months",
                translate("Reports", "Median hours to the first contact, by month"),
                HOURS,
                tuple(
                    Bar(r.month.strftime("%Y-%m"), r.median_hours, r.month) for r in self.by_month
                ),
            ),
        )


RESPONSE_TITLE = QT_TRANSLATE_NOOP("Reports", "Response time to new leads")


def _received(period: Period) -> list[tuple]:
    """(id, source id, source name, received, first contact, status, currency, value) of
    the leads received in the period."""
    query = Lead.select(
        Lead.id,
        Lead.source,
        Source.name,
        Lead.received_at,
        Lead.first_contact_at,
        Lead.status,
        Lead.currency,
        Lead.value,
    ).join(Source, JOIN.LEFT_OUTER)
    return list(_where(query, period.moments(Lead.received_at)).order_by(Lead.id).tuples())


def _response(label: str, rows: list[tuple], month: dt.date | None = None) -> ResponseFigures:
    answered = [(_hours(r[3], r[4]), r[0]) for r in rows if r[4] is not None]
    median, slowest = _median(answered)
    return ResponseFigures(
        label,
        _count(r[0] for r in rows),
        _count(i for _h, i in answered),
        _count(r[0] for r in rows if r[4] is None),
        median,
        slowest,
        month,
    )


def _by_source(rows: list[tuple]) -> list[tuple[int | None, str, list[tuple]]]:
    groups: dict[int | None, list[tuple]] = {}
    for row in rows:
        groups.setdefault(row[1], []).append(row)
    named = [(sid, g[0][2] or _tr(NO_SOURCE), g) for sid, g in groups.items()]
    return sorted(named, key=lambda e: (e[0] is None, e[1].casefold()))


def response_times(period: Period | None = None) -> ResponseReport:
    period = period or Period()
    rows = _received(period)
    months: dict[dt.date, list[tuple]] = {}
    for row in rows:
        months.setdefault(_month(row[3]), []).append(row)
    return ResponseReport(
        period=period,
        overall=_response(translate("Reports", "All sources"), rows),
        by_source=tuple(_response(name, group) for _sid, name, group in _by_source(rows)),
        by_month=tuple(_response(m.strftime("%Y-%m"), months[m], m) for m in sorted(months)),
    )


# --- Sources side by side ("Pedro y el lobo") ---------------------------------------------


@dataclass(frozen=True)
class SourceFigures:
    """Rule 9 for the leads one source sent in the period, as they stand now."""

    source_id: int | None
    name: str
    received: Figure
    real: Figure  # not lost as "never a real opportunity"
    won: Figure
    lost: Figure  # lost, real opportunities only
    open: Figure
    win_rate: Figure  # won / (won + lost), real opportunities only
    won_value: tuple[Figure, ...]
    median_hours: Figure
    reasons: tuple[tuple[str, str, Figure], ...]  # (reason, translated label, leads)


@dataclass(frozen=True)
class SourcesReport:
    period: Period
    sources: tuple[SourceFigures, ...]

    def tables(self) -> tuple[Table, ...]:
        currencies = _currencies([s.won_value for s in self.sources])
        side = Table(
            "sources",
            _tr(SOURCES_TITLE),
            (
                Column(translate("Reports", "Source")),
                Column(translate("Reports", "Leads received"), COUNT),
                Column(translate("Reports", "Real opportunities"), COUNT),
                Column(translate("Reports", "Won"), COUNT),
                Column(translate("Reports", "Lost"), COUNT),
                Column(translate("Reports", "Open"), COUNT),
                Column(translate("Reports", "Win rate"), SHARE),
                Column(translate("Reports", "Median hours to answer"), HOURS),
            )
            + _money_columns(QT_TRANSLATE_NOOP("Reports", "Value won"), currencies),
            tuple(
                (
                    s.name,
                    s.received,
                    s.real,
                    s.won,
                    s.lost,
                    s.open,
                    s.win_rate,
                    s.median_hours,
                )
                + _money_cells(s.won_value, currencies)
                for s in self.sources
            ),
        )
        reasons = Table(
            "reasons",
            translate("Reports", "Loss reasons by source"),
            (
                Column(translate("Reports", "Source")),
                Column(translate("Reports", "Reason")),
                Column(translate("Reports", "Leads"), COUNT),
            ),
            tuple((s.name, label, figure) for s in self.sources for _r, label, figure in s.reasons),
        )
        return side, reasons

    def charts(self) -> tuple[Chart, ...]:
        real = Chart(
            "real",
            translate("Reports", "Real opportunities by source"),
            COUNT,
            tuple(Bar(s.name, s.real) for s in self.sources),
        )
        rate = Chart(
            "win-rate",
            translate("Reports", "Win rate by source"),
            SHARE,
            tuple(Bar(s.name, s.win_rate) for s in self.sources),
        )
        values = _money_charts(
            "won-value",
            QT_TRANSLATE_NOOP("Reports", "Value won by source"),
            [(s.name, s.won_value) for s in self.sources],
        )
        return (real, rate, *values)


SOURCES_TITLE = QT_TRANSLATE_NOOP("Reports", "Sources side by side")


def sources(period: Period | None = None) -> SourcesReport:
    period = period or Period()
    rows = _received(period)
    holding = {
        r[0]: (r[1], r[2]) for r in _current_closings(Period())
    }  # lead -> (outcome, reason) of the closing that holds now
    result = []
    for source_id, name, group in _by_source(rows):
        not_real = [
            r[0] for r in group if r[5] == Lead.LOST and _reason(holding, r[0]) == "not-real"
        ]
        won = [r for r in group if r[5] == Lead.WON]
        lost = [r[0] for r in group if r[5] == Lead.LOST and r[0] not in set(not_real)]
        won_figure = _count(r[0] for r in won)
        answered = [(_hours(r[3], r[4]), r[0]) for r in group if r[4] is not None]
        reason_ids: dict[str, list[int]] = {}
        for r in group:
            if r[5] == Lead.LOST:
                reason_ids.setdefault(_reason(holding, r[0]), []).append(r[0])
        reasons = sorted(
            (
                (reason, translate("Rules", rules.LOSS_REASON_LABELS[reason]), _count(ids))
                for reason, ids in reason_ids.items()
            ),
            key=lambda e: (-e[2].value, Closing.LOSS_REASONS.index(e[0])),
        )
        result.append(
            SourceFigures(
                source_id=source_id,
                name=name,
                received=_count(r[0] for r in group),
                real=_count(r[0] for r in group if r[0] not in set(not_real)),
                won=won_figure,
                lost=_count(lost),
                open=_count(r[0] for r in group if r[5] == Lead.OPEN),
                win_rate=_share(won_figure, _count([r[0] for r in won] + lost)),
                won_value=_money((r[0], r[6], r[7]) for r in won),
                median_hours=_median(answered)[0],
                reasons=tuple(reasons),
            )
        )
    return SourcesReport(period, tuple(result))


def _reason(holding: dict[int, tuple[str, str]], lead_id: int) -> str:
    reason = holding.get(lead_id, ("", ""))[1] or "other"
    return reason if reason in rules.LOSS_REASON_LABELS else "other"


# --- Representadas side by side -----------------------------------------------------------


@dataclass(frozen=True)
class RepresentadaFigures:
    """One representada's figures in one currency (a representada with leads in two
    currencies has two rows: amounts of two currencies are never added together). The won
    and commission figures are those of :mod:`contactos.commissions` (a win keeps the rate
    it was won with); each opens the leads it is made of."""

    representada_id: int | None
    name: str
    currency: str
    open: Figure  # open leads (with or without a value)
    pipeline: Figure  # their value
    won: Figure  # won leads
    won_value: Figure
    expected: Figure  # commission expected: value x the rate it was won with
    invoiced: Figure
    received: Figure
    outstanding: Figure  # expected - received


@dataclass(frozen=True)
class RepresentadasReport:
    """Rule 8 per representada. The period selects the won leads whose win (the closing
    that holds now) is dated in it, with their whole ledger to date (invoiced, received,
    outstanding); the pipeline is the open leads now, whatever the period."""

    period: Period
    representadas: tuple[RepresentadaFigures, ...]

    def tables(self) -> tuple[Table, ...]:
        """Two tables of the same rows (one would not fit a page): the leads, then the
        commissions."""
        first = (
            Column(translate("Reports", "Representada")),
            Column(translate("Reports", "Currency")),
        )
        side = Table(
            "representadas",
            _tr(REPRESENTADAS_TITLE),
            first
            + (
                Column(translate("Reports", "Open leads"), COUNT),
                Column(translate("Reports", "Pipeline value"), MONEY),
                Column(translate("Reports", "Won"), COUNT),
                Column(translate("Reports", "Value won"), MONEY),
            ),
            tuple(
                (r.name, r.currency, r.open, r.pipeline, r.won, r.won_value)
                for r in self.representadas
            ),
        )
        money = Table(
            "commissions",
            translate("Reports", "Commissions of the leads won"),
            first
            + (
                Column(translate("Reports", "Commission expected"), MONEY),
                Column(translate("Reports", "Commission invoiced"), MONEY),
                Column(translate("Reports", "Commission received"), MONEY),
                Column(translate("Reports", "Commission outstanding"), MONEY),
            ),
            tuple(
                (r.name, r.currency, r.expected, r.invoiced, r.received, r.outstanding)
                for r in self.representadas
            ),
        )
        return side, money

    def charts(self) -> tuple[Chart, ...]:
        def bars(attr: str) -> list[tuple[str, tuple[Figure, ...]]]:
            grouped: dict[tuple[int | None, str], list[Figure]] = {}
            for r in self.representadas:
                grouped.setdefault((r.representada_id, r.name), []).append(getattr(r, attr))
            return [(name, tuple(figures)) for (_id, name), figures in grouped.items()]

        pipeline = _money_charts(
            "pipeline",
            QT_TRANSLATE_NOOP("Reports", "Pipeline value by representada"),
            bars("pipeline"),
        )
        outstanding = _money_charts(
            "outstanding",
            QT_TRANSLATE_NOOP("Reports", "Commission outstanding by representada"),
            bars("outstanding"),
        )
        return (*pipeline, *outstanding)


REPRESENTADAS_TITLE = QT_TRANSLATE_NOOP("Reports", "Representadas side by side")
NO_REPRESENTADA = QT_TRANSLATE_NOOP("Reports", "(no representada)")


def _won_in(period: Period, day: dt.date | None = None) -> list:
    """The ledgers (contactos.commissions) of the leads whose win is dated in the period."""
    items = commissions.ledgers(day=day)
    if period.start:
        items = [i for i in items if i.won_on is not None and i.won_on >= period.start]
    if period.end:
        items = [i for i in items if i.won_on is not None and i.won_on <= period.end]
    return items


def representadas(period: Period | None = None) -> RepresentadasReport:
    period = period or Period()
    items = _won_in(period)
    totals = {(t.representada_id, t.currency): t for t in commissions.by_representada(items)}
    names = {(t.representada_id, t.currency): t.representada for t in totals.values()}
    open_rows = list(
        Lead.select(Lead.id, Lead.representada, Representada.name, Lead.currency, Lead.value)
        .join(Representada, JOIN.LEFT_OUTER, on=(Lead.representada == Representada.id))
        .where(Lead.status == Lead.OPEN)
        .order_by(Lead.id)
        .tuples()
    )
    for _id, rep_id, name, currency, _value in open_rows:
        names.setdefault((rep_id, currency or ""), name or "")
    zero = Decimal(0)
    result = []
    for key in sorted(names, key=lambda k: (k[0] is None, names[k].casefold(), k[1])):
        rep_id, currency = key
        mine = [i for i in items if (i.representada_id, i.currency) == key]
        total = totals.get(key) or commissions.Totals(currency, rep_id, names[key])
        opened = [r for r in open_rows if (r[1], r[3] or "") == key]
        pipeline = _money((r[0], currency, r[4]) for r in opened)

        def figure(amount: Decimal, ids: Iterable[int], currency: str = currency) -> Figure:
            return Figure(amount, tuple(sorted(ids)), currency)

        result.append(
            RepresentadaFigures(
                representada_id=rep_id,
                name=names[key] or _tr(NO_REPRESENTADA),
                currency=currency,
                open=_count(r[0] for r in opened),
                pipeline=pipeline[0] if pipeline else figure(zero, ()),
                won=Figure(total.leads, tuple(sorted(total.lead_ids))),
                won_value=figure(total.value, (i.lead_id for i in mine if i.value is not None)),
                expected=figure(
                    total.expected, (i.lead_id for i in mine if i.expected is not None)
                ),
                invoiced=figure(total.invoiced, (i.lead_id for i in mine if i.invoiced)),
                received=figure(total.received, (i.lead_id for i in mine if i.received)),
                outstanding=figure(total.outstanding, (i.lead_id for i in mine if i.outstanding)),
            )
        )
    return RepresentadasReport(period, tuple(result))


# --- What the agent will earn: the forecast ---------------------------------------------

# The chance that an open lead is won, by stage, until the agent sets their own
# (settings "stage_probabilities", percent by stage key).
DEFAULT_PROBABILITIES = {
    "new": 10,
    "contacted": 20,
    "proposal": 40,
    "negotiation": 60,
    "closing": 80,
}
DEFAULT_PROBABILITY = 0
FORECAST_MONTHS = 6
PAST, LATER, UNDATED = "past", "later", "undated"
FORECAST_TITLE = QT_TRANSLATE_NOOP("Reports", "Earnings forecast")
COLUMN_LABELS = {
    PAST: QT_TRANSLATE_NOOP("Reports", "Close date passed"),
    LATER: QT_TRANSLATE_NOOP("Reports", "Later"),
    UNDATED: QT_TRANSLATE_NOOP("Reports", "No close date"),
}


def forecast_stages() -> list[Stage]:
    """The stages a chance of winning is set for: the active ones."""
    return list(Stage.select().where(Stage.active).order_by(Stage.position, Stage.id))


def stage_probabilities() -> dict[str, int]:
    """Percent by stage key: the agent's own (settings) over the defaults."""
    from contactos import settings

    chosen = settings.get("stage_probabilities") or {}
    return {**DEFAULT_PROBABILITIES, **{k: int(v) for k, v in chosen.items()}}


@dataclass(frozen=True)
class ForecastColumn:
    """One column of the forecast: a month (`month` set), or PAST, LATER, UNDATED."""

    key: str
    label: str  # translated ("" for a month: the view names it)
    month: dt.date | None
    leads: Figure
    value: tuple[Figure, ...]  # sale value x probability, per currency
    commission: tuple[Figure, ...]  # expected commission x probability, per currency


@dataclass(frozen=True)
class WonColumn:
    """Commissions already won and not yet received, in the month of the date the ledger
    expects them (:attr:`contactos.commissions.LeadLedger.commission_due`), or PAST (that
    date is before this month), LATER, UNDATED (no date: no expected payment date and no
    customer payment yet)."""

    key: str
    label: str  # translated ("" for a month: the view names it)
    month: dt.date | None
    leads: Figure
    commission: tuple[Figure, ...]  # outstanding commission (expected - received)


WON_COLUMN_LABELS = {
    PAST: QT_TRANSLATE_NOOP("Reports", "Expected before this month"),
    LATER: QT_TRANSLATE_NOOP("Reports", "Later"),
    UNDATED: QT_TRANSLATE_NOOP("Reports", "No expected date"),
}


@dataclass(frozen=True)
class StageProbability:
    key: str
    name: str  # translated
    percent: int
    leads: Figure
    commission: tuple[Figure, ...]


@dataclass(frozen=True)
class ForecastReport:
    """What the agent may earn from the open leads in the next six months: each lead's
    expected commission (value x its rate) weighted by its stage's probability, placed in
    the month of its expected close date (a date already passed, one beyond the six
    months, and no date each in a column of their own). Beside them, in rows of their
    own (`won`), the commissions already won and not yet received (the ledger's expected
    commission less what was received), in the month the ledger expects them. The period
    is not used: the forecast always starts this month."""

    day: dt.date
    columns: tuple[ForecastColumn, ...]
    stages: tuple[StageProbability, ...]
    without_rate: Figure  # open leads with a value but no commission rate
    won: tuple[WonColumn, ...] = ()

    def tables(self) -> tuple[Table, ...]:
        currencies = _currencies(
            [c.commission for c in self.columns], [c.value for c in self.columns]
        )
        columns = Table(
            "months",
            translate("Reports", "Open leads weighted by the chance of winning them"),
            (
                Column(translate("Reports", "Expected close"), MONTH),
                Column(translate("Reports", "Leads"), COUNT),
            )
            + _money_columns(QT_TRANSLATE_NOOP("Reports", "Weighted commission"), currencies)
            + _money_columns(QT_TRANSLATE_NOOP("Reports", "Weighted value"), currencies),
            tuple(
                (c.month or c.label, c.leads)
                + _money_cells(c.commission, currencies)
                + _money_cells(c.value, currencies)
                for c in self.columns
            ),
        )
        stage_currencies = _currencies([s.commission for s in self.stages])
        stages = Table(
            "stages",
            translate("Reports", "Chance of winning by stage"),
            (
                Column(translate("Reports", "Stage")),
                Column(translate("Reports", "Chance"), SHARE),
                Column(translate("Reports", "Open leads"), COUNT),
            )
            + _money_columns(QT_TRANSLATE_NOOP("Reports", "Weighted commission"), stage_currencies),
            tuple(
                (s.name, Figure(s.percent / 100), s.leads)
                + _money_cells(s.commission, stage_currencies)
                for s in self.stages
            ),
        )
        missing = Table(
            "without-rate",
            translate("Reports", "Left out"),
            (Column(translate("Reports", "Figure")), Column(translate("Reports", "Value"), COUNT)),
            (
                (
                    translate("Reports", "Open leads with a value but no commission rate"),
                    self.without_rate,
                ),
            ),
        )
        won_currencies = _currencies([c.commission for c in self.won])
        won = Table(
            "won",
            translate("Reports", "Commissions won and not yet received, by expected date"),
            (
                Column(translate("Reports", "Expected"), MONTH),
                Column(translate("Reports", "Leads"), COUNT),
            )
            + _money_columns(QT_TRANSLATE_NOOP("Reports", "Commission to receive"), won_currencies),
            tuple(
                (c.month or c.label, c.leads) + _money_cells(c.commission, won_currencies)
                for c in self.won
            ),
        )
        return columns, won, stages, missing

    def charts(self) -> tuple[Chart, ...]:
        """Per currency, the weighted open leads' commission, then the won commission to
        receive (each column of the tables above is a bar)."""
        charts = []
        for key, title, columns in (
            (
                "commission",
                QT_TRANSLATE_NOOP("Reports", "Weighted commission by expected close ({currency})"),
                self.columns,
            ),
            (
                "won",
                QT_TRANSLATE_NOOP(
                    "Reports", "Won commission to receive by expected date ({currency})"
                ),
                self.won,
            ),
        ):
            for currency in _currencies([c.commission for c in columns]):
                charts.append(
                    Chart(
                        f"{key}-{currency}",
                        _tr(title).format(currency=currency),
                        MONEY,
                        tuple(
                            Bar(
                                c.label,
                                _in(c.commission, currency) or Figure(Decimal(0), (), currency),
                                c.month,
                            )
                            for c in columns
                        ),
                        currency,
                    )
                )
        return tuple(charts)


def _add_months(month: dt.date, n: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def forecast(period: Period | None = None, day: dt.date | None = None) -> ForecastReport:
    day = day or clock.today()
    first = _month(day)
    months = [_add_months(first, n) for n in range(FORECAST_MONTHS)]
    chances = stage_probabilities()
    rows = list(
        Lead.select(
            Lead.id,
            Stage.key,
            Lead.currency,
            Lead.value,
            Lead.commission_rate,
            Lead.expected_close_date,
        )
        .join(Stage)
        .where(Lead.status == Lead.OPEN)
        .tuples()
    )
    placed: dict[str, list[tuple]] = {}
    for row in rows:
        close = row[5]
        if close is None:
            key = UNDATED
        elif close < first:
            key = PAST
        elif close >= _add_months(first, FORECAST_MONTHS):
            key = LATER
        else:
            key = _month(close).isoformat()
        placed.setdefault(key, []).append(row)

    def weighted(group, commission: bool) -> tuple[Figure, ...]:
        out = []
        for lead_id, stage, currency, value, rate, _close in group:
            if value is None or (commission and rate is None):
                continue
            amount = Decimal(str(value)) * (Decimal(str(rate)) / 100 if commission else 1)
            chance = Decimal(chances.get(stage, DEFAULT_PROBABILITY)) / 100
            out.append((lead_id, currency, (amount * chance).quantize(Decimal("0.01"))))
        return _money(out)

    keys = [PAST] + [m.isoformat() for m in months] + [LATER, UNDATED]
    columns = []
    for key in keys:
        group = placed.get(key, [])
        month = dt.date.fromisoformat(key) if key not in COLUMN_LABELS else None
        label = translate("Reports", COLUMN_LABELS[key]) if month is None else key[:7]
        columns.append(
            ForecastColumn(
                key,
                label,
                month,
                _count(r[0] for r in group),
                weighted(group, False),
                weighted(group, True),
            )
        )
    stages = []
    for stage in Stage.select().order_by(Stage.position, Stage.id):
        group = [r for r in rows if r[1] == stage.key]
        if not stage.active and not group:
            continue
        stages.append(
            StageProbability(
                stage.key,
                _stage_name(stage.name),
                chances.get(stage.key, DEFAULT_PROBABILITY),
                _count(r[0] for r in group),
                weighted(group, True),
            )
        )
    return ForecastReport(
        day=day,
        columns=tuple(columns),
        stages=tuple(stages),
        without_rate=_count(r[0] for r in rows if r[3] is not None and r[4] is None),
        won=_won_columns(day, first, keys),
    )


def _won_columns(day: dt.date, first: dt.date, keys: list[str]) -> tuple[WonColumn, ...]:
    """The commissions won and not yet received (contactos.commissions' outstanding, when
    above zero), placed by the ledger's expected date for them."""
    placed: dict[str, list[tuple[int, str, Decimal]]] = {}
    for item in commissions.ledgers(day=day):
        if item.outstanding is None or item.outstanding <= 0:
            continue
        due = item.commission_due
        if due is None:
            key = UNDATED
        elif due < first:
            key = PAST
        elif due >= _add_months(first, FORECAST_MONTHS):
            key = LATER
        else:
            key = _month(due).isoformat()
        placed.setdefault(key, []).append((item.lead_id, item.currency, item.outstanding))
    columns = []
    for key in keys:
        group = placed.get(key, [])
        month = dt.date.fromisoformat(key) if key not in WON_COLUMN_LABELS else None
        label = translate("Reports", WON_COLUMN_LABELS[key]) if month is None else key[:7]
        columns.append(WonColumn(key, label, month, _count(r[0] for r in group), _money(group)))
    return tuple(columns)


# --- The leads behind a figure -----------------------------------------------------------


@dataclass(frozen=True)
class LeadBehind:
    """A lead as a report lists it when a figure is opened."""

    lead_id: int
    title: str
    contact: str
    status: str  # Lead.STATUSES


def leads_behind(ids: Iterable[int]) -> list[LeadBehind]:
    ids = sorted(set(ids))
    found: list[LeadBehind] = []
    for chunk in chunks(ids):
        query = (
            Lead.select(
                Lead.id,
                Lead.title,
                Lead.status,
                Contact.first_name,
                Contact.last_name,
                Contact.company,
            )
            .join(Contact)
            .where(Lead.id.in_(chunk))
            .tuples()
        )
        found += [
            LeadBehind(i, title, display_name(first, last, company), status)
            for i, title, status, first, last, company in query
        ]
    return sorted(found, key=lambda r: (r.title.casefold(), r.lead_id))


# --- The registry ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportKind:
    """A report the program offers: its command-line name, its title, what its period
    selects, and the function that computes it for a period."""

    name: str
    title: str  # marked with QT_TRANSLATE_NOOP("Reports", ...)
    period_means: str  # idem
    compute: Callable[[Period], object]

    @property
    def translated_title(self) -> str:
        return _tr(self.title)


REPORTS: dict[str, ReportKind] = {}


def register(kind: ReportKind) -> ReportKind:
    """Offer a report in the window, the exports and `contactos report`."""
    REPORTS[kind.name] = kind
    return kind


register(
    ReportKind(
        "pipeline",
        PIPELINE_TITLE,
        QT_TRANSLATE_NOOP("Reports", "Open leads now, of those received in the period."),
        lambda period: pipeline(period),
    )
)
register(
    ReportKind(
        "wins",
        WINS_TITLE,
        QT_TRANSLATE_NOOP("Reports", "Leads won or lost in the period (as they stand now)."),
        lambda period: wins_and_losses(period),
    )
)
register(
    ReportKind(
        "response",
        RESPONSE_TITLE,
        QT_TRANSLATE_NOOP("Reports", "Leads received in the period."),
        lambda period: response_times(period),
    )
)
register(
    ReportKind(
        "sources",
        SOURCES_TITLE,
        QT_TRANSLATE_NOOP("Reports", "Leads received in the period, as they stand now."),
        lambda period: sources(period),
    )
)


register(
    ReportKind(
        "representadas",
        REPRESENTADAS_TITLE,
        QT_TRANSLATE_NOOP(
            "Reports",
            "Leads won in the period, with their commissions to date; the pipeline is the "
            "open leads now (the period is not used for it).",
        ),
        lambda period: representadas(period),
    )
)
register(
    ReportKind(
        "forecast",
        FORECAST_TITLE,
        QT_TRANSLATE_NOOP(
            "Reports",
            "The open leads by expected close and the commissions won and not yet received "
            "by their expected date, from this month on (the period is not used).",
        ),
        lambda period: forecast(period),
    )
)


def compute(name: str, period: Period | None = None):
    kind = REPORTS.get(name)
    if kind is None:
        raise ReportError(
            QT_TRANSLATE_NOOP("Reports", "There is no report called '{name}' (try: {names})."),
            name=name,
            names=", ".join(REPORTS),
        )
    return kind.compute(period or Period())


def to_json(value: object) -> object:
    """A report (or any part of it) as JSON values: amounts as decimal strings, dates in
    ISO 8601, figures as {"value", "leads"[, "currency"]}."""
    if isinstance(value, Figure):
        out: dict[str, object] = {"value": to_json(value.value), "leads": list(value.leads)}
        if value.currency:
            out["currency"] = value.currency
        return out
    if isinstance(value, Period):
        return value.as_json()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value
