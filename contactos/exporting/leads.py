"""Leads out: the leads the list shows, as CSV for Excel or as an Excel workbook (dates
as dates, amounts as numbers), with how each one ended. Written by :mod:`.files`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

from contactos import rules
from contactos.dates import db_date
from contactos.exporting.files import (
    AMOUNT_FORMAT,
    DATE_FORMAT,
    CsvStyle,
    amount_cell,
    write_csv,
    write_xlsx,
)
from contactos.i18n import QT_TRANSLATE_NOOP, translate
from contactos.listing import LeadFilter, lead_rows
from contactos.models import Closing, Lead, chunks, database

# --- Leads as CSV and .xlsx -------------------------------------------------------------

LEAD_HEADER = (
    QT_TRANSLATE_NOOP("Export", "Lead ID"),
    QT_TRANSLATE_NOOP("Export", "Opportunity"),  # not "Title": a job title
    QT_TRANSLATE_NOOP("Export", "Contact"),
    QT_TRANSLATE_NOOP("Export", "Company"),
    QT_TRANSLATE_NOOP("Export", "Status"),
    QT_TRANSLATE_NOOP("Export", "Stage"),
    QT_TRANSLATE_NOOP("Export", "Next action"),
    QT_TRANSLATE_NOOP("Export", "Due"),
    QT_TRANSLATE_NOOP("Export", "Value"),
    QT_TRANSLATE_NOOP("Export", "Currency"),
    QT_TRANSLATE_NOOP("Export", "Representada"),
    QT_TRANSLATE_NOOP("Export", "Source"),
    QT_TRANSLATE_NOOP("Export", "Received"),
    QT_TRANSLATE_NOOP("Export", "Date in the list"),
    QT_TRANSLATE_NOOP("Export", "First contact"),
    QT_TRANSLATE_NOOP("Export", "Closed on"),
    QT_TRANSLATE_NOOP("Export", "Won by / loss reason"),
    QT_TRANSLATE_NOOP("Export", "Prospect's words"),
)

LEADS_SHEET = QT_TRANSLATE_NOOP("Export", "Leads")
LEAD_FORMATS = {
    7: DATE_FORMAT,  # due (a date, or a date and a time as text)
    8: AMOUNT_FORMAT,
    12: DATE_FORMAT,
    13: DATE_FORMAT,
    14: DATE_FORMAT,
    15: DATE_FORMAT,
}


def closings(lead_ids: list[int]) -> dict[int, Closing]:
    """The closing in force for each closed lead (the last one: earlier ones were undone
    by a reopening)."""
    result: dict[int, Closing] = {}
    for chunk in chunks(lead_ids):
        for closing in (
            Closing.select().where(Closing.lead.in_(chunk)).order_by(Closing.lead, Closing.id)
        ):
            result[closing.lead_id] = closing
    return result


def status_label(status: str) -> str:
    return translate("Rules", rules.STATUS_LABELS.get(status, status))


def outcome_label(closing: Closing | None) -> str:
    """The concrete act of a win or the reason of a loss, translated."""
    if closing is None:
        return ""
    if closing.outcome == Lead.WON:
        return translate("Rules", rules.ACT_LABELS.get(closing.act, closing.act))
    return translate("Rules", rules.LOSS_REASON_LABELS.get(closing.reason, closing.reason))


def export_leads_csv(
    path: str | os.PathLike[str], flt: LeadFilter | None = None, style: CsvStyle | None = None
) -> int:
    """The leads the list shows for `flt` (all when None), in the list's order."""
    return write_csv(path, LEAD_HEADER, _lead_export_rows(flt), style)


def export_leads_xlsx(path: str | os.PathLike[str], flt: LeadFilter | None = None) -> int:
    """The leads of export_leads_csv as an Excel workbook: dates as dates, amounts as
    numbers, text as text."""
    return write_xlsx(path, LEADS_SHEET, LEAD_HEADER, _lead_export_rows(flt), LEAD_FORMATS)


def _lead_export_rows(flt: LeadFilter | None) -> Iterator[tuple[object, ...]]:
    listed = lead_rows(flt)
    ids = [row.id for row in listed]
    times: dict[int, dt.time | None] = {}
    stored: dict[int, object] = {}  # each value as the database holds it
    list_dates: dict[int, object] = {}  # each lead's date in its source's list
    for chunk in chunks(ids):
        times.update(Lead.select(Lead.id, Lead.next_action_time).where(Lead.id.in_(chunk)).tuples())
        marks = ", ".join("?" * len(chunk))
        cursor = database.execute_sql(
            f"SELECT id, value, listed_on FROM lead WHERE id IN ({marks})", chunk
        )
        for lead_id, value, listed_on in cursor.fetchall():
            stored[lead_id] = value
            list_dates[lead_id] = listed_on
    closed = closings([row.id for row in listed if row.status != Lead.OPEN])

    def rows() -> Iterator[tuple[object, ...]]:
        for row in listed:
            lead_id = row.id
            due: dt.date | dt.datetime | None = row.next_due
            at = times.get(lead_id)
            if due is not None and at is not None:
                due = dt.datetime.combine(due, at.replace(second=0, microsecond=0))
            closing = closed.get(lead_id) if row.status != Lead.OPEN else None
            yield (
                lead_id,
                row.title,
                row.contact,
                row.company,
                status_label(row.status),
                translate("Stage", row.stage),
                row.next_what if row.status == Lead.OPEN else "",
                due,
                amount_cell(stored.get(lead_id)),
                row.currency,
                row.representada,
                row.source,
                row.received_at,
                db_date(list_dates.get(lead_id)),
                row.first_contact_at,
                closing.date if closing else None,
                outcome_label(closing),
                closing.prospect_words if closing else "",
            )

    return rows()
