"""The figures for reports: how healthy the pipeline is, how fast leads are answered, and
how each source's leads turned out.

Read-only counts over the leads, made from the follow-up rules of :mod:`contactos.rules`
(what limbo, a first contact and a real opportunity are) but deciding nothing: the window,
the command line and the source report export show them. The coming reports (win/loss,
commissions, per source and per representada) belong here too.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from contactos import clock, rules
from contactos.models import Closing, Lead, Source

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
