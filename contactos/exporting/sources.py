"""The status report of one source, to send back to its distributor: what happened to
each lead it sent (as CSV or .xlsx), and in the workbook a summary sheet with the totals
of :func:`contactos.reports.source_summary`. Written by :mod:`.files`.
"""

from __future__ import annotations

import os
from decimal import Decimal

from contactos import reports, rules
from contactos.exporting.files import (
    AMOUNT_FORMAT,
    CONTEXT,
    DATE_FORMAT,
    HOURS_FORMAT,
    PERCENT_FORMAT,
    CsvStyle,
    ExportError,
    amount_cell,
    set_cell,
    sheet_title,
    text_width,
    write_atomically,
    write_csv,
)
from contactos.exporting.leads import LEADS_SHEET, closings, outcome_label, status_label
from contactos.i18n import QT_TRANSLATE_NOOP, translate
from contactos.models import Contact, Lead, Source, Stage

# --- The status report of one source ----------------------------------------------------

REPORT_COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("Export", "Opportunity")),
    ("contact", QT_TRANSLATE_NOOP("Export", "Contact")),
    ("company", QT_TRANSLATE_NOOP("Export", "Company")),
    ("received", QT_TRANSLATE_NOOP("Export", "Received")),
    ("listed_on", QT_TRANSLATE_NOOP("Export", "Date in the list")),
    ("first_contact", QT_TRANSLATE_NOOP("Export", "First contact")),
    ("response_hours", QT_TRANSLATE_NOOP("Export", "Response time (hours)")),
    ("stage", QT_TRANSLATE_NOOP("Export", "Stage")),
    ("status_label", QT_TRANSLATE_NOOP("Export", "Status")),
    ("outcome", QT_TRANSLATE_NOOP("Export", "Outcome")),
    ("closed_on", QT_TRANSLATE_NOOP("Export", "Closed on")),
    ("loss_reason_label", QT_TRANSLATE_NOOP("Export", "Loss reason")),
    ("prospect_words", QT_TRANSLATE_NOOP("Export", "Prospect's words")),
    ("value", QT_TRANSLATE_NOOP("Export", "Value")),
    ("currency", QT_TRANSLATE_NOOP("Export", "Currency")),
)


def _source(source_id: int) -> Source:
    source = Source.get_or_none(Source.id == source_id)
    if source is None:
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "There is no source number {source_id}."),
            source_id=source_id,
        )
    return source


def source_report(source_id: int) -> list[dict[str, object]]:
    """One row per lead of a source: what happened to each lead the distributor sent.

    Keys: lead_id, title, contact, company, received, listed_on (the lead's date in the
    source's own list, None when it had none) and first_contact (dates),
    response_hours, stage (translated), status and status_label, outcome (the act of a win
    or the reason of a loss, translated), closed_on, act, loss_reason and
    loss_reason_label, prospect_words, value (Decimal or None), currency.
    """
    _source(source_id)
    leads = list(
        Lead.select(Lead, Contact, Stage)
        .join(Contact, on=(Lead.contact == Contact.id))
        .switch(Lead)
        .join(Stage, on=(Lead.stage == Stage.id))
        .where(Lead.source == source_id)
        .order_by(Lead.received_at, Lead.id)
    )
    closed = closings([lead.id for lead in leads if lead.status != Lead.OPEN])
    rows = []
    for lead in leads:
        closing = closed.get(lead.id) if lead.status != Lead.OPEN else None
        hours = reports.response_hours(lead)
        lost = closing is not None and closing.outcome == Lead.LOST
        rows.append(
            {
                "lead_id": lead.id,
                "title": lead.title,
                "contact": lead.contact.name,
                "company": lead.contact.company,
                "received": lead.received_at.date() if lead.received_at else None,
                "listed_on": lead.listed_on,
                "first_contact": lead.first_contact_at.date() if lead.first_contact_at else None,
                "response_hours": None if hours is None else round(hours, 1),
                "stage": translate("Stage", lead.stage.name),
                "status": lead.status,
                "status_label": status_label(lead.status),
                "outcome": outcome_label(closing),
                "closed_on": closing.date if closing else None,
                "act": closing.act if closing and not lost else "",
                "loss_reason": closing.reason if lost else "",
                "loss_reason_label": outcome_label(closing) if lost else "",
                "prospect_words": closing.prospect_words if lost else "",
                "value": None if lead.value is None else Decimal(lead.value),
                "currency": lead.currency,
            }
        )
    return rows


def _report_cell(key: str, value: object) -> object:
    if key == "value":
        return amount_cell(value)
    return value


def export_source_report_csv(
    path: str | os.PathLike[str], source_id: int, style: CsvStyle | None = None
) -> int:
    """The source report as CSV (same rules as the other CSV exports)."""
    rows = source_report(source_id)
    return write_csv(
        path,
        [header for _, header in REPORT_COLUMNS],
        ([_report_cell(key, row[key]) for key, _ in REPORT_COLUMNS] for row in rows),
        style,
    )


SUMMARY_LABELS = {
    "source": QT_TRANSLATE_NOOP("Export", "Source"),
    "leads": QT_TRANSLATE_NOOP("Export", "Leads"),
    "open": QT_TRANSLATE_NOOP("Export", "Open"),
    "real_opportunities": QT_TRANSLATE_NOOP("Export", "Real opportunities"),
    "won": QT_TRANSLATE_NOOP("Export", "Won"),
    "lost": QT_TRANSLATE_NOOP("Export", "Lost"),
    "win_rate": QT_TRANSLATE_NOOP("Export", "Win rate"),
    "average_hours": QT_TRANSLATE_NOOP("Export", "Average response time (hours)"),
    "loss_reasons": QT_TRANSLATE_NOOP("Export", "Loss reasons"),
    "count": QT_TRANSLATE_NOOP("Export", "Leads"),
}
SUMMARY_SHEET = QT_TRANSLATE_NOOP("Export", "Summary")


_REPORT_FORMATS = {
    "received": DATE_FORMAT,
    "listed_on": DATE_FORMAT,
    "first_contact": DATE_FORMAT,
    "closed_on": DATE_FORMAT,
    "response_hours": HOURS_FORMAT,
    "value": AMOUNT_FORMAT,
}


def export_source_report_xlsx(path: str | os.PathLike[str], source_id: int) -> int:
    """The source report as an Excel workbook: the leads, and a summary sheet with the
    totals the agent discusses with the distributor. Returns the number of leads."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rows = source_report(source_id)
    summary = reports.source_summary(_source(source_id))
    bold = Font(bold=True)

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(translate(CONTEXT, LEADS_SHEET))
    widths = []
    for col, (_, header) in enumerate(REPORT_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=col)
        set_cell(cell, translate(CONTEXT, header))
        cell.font = bold
        widths.append(len(cell.value))
    for r, row in enumerate(rows, start=2):
        for col, (key, _) in enumerate(REPORT_COLUMNS, start=1):
            value = row[key]
            set_cell(sheet.cell(row=r, column=col), value, _REPORT_FORMATS.get(key))
            widths[col - 1] = max(widths[col - 1], text_width(value))
    for col, width in enumerate(widths, start=1):
        letter = sheet.cell(row=1, column=col).column_letter
        sheet.column_dimensions[letter].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions

    totals = book.create_sheet(sheet_title(translate(CONTEXT, SUMMARY_SHEET)))
    lines: list[tuple[str, object, str | None]] = [
        (SUMMARY_LABELS["source"], summary["source"], None),
        (SUMMARY_LABELS["leads"], summary["leads"], None),
        (SUMMARY_LABELS["open"], summary["open"], None),
        (SUMMARY_LABELS["real_opportunities"], summary["real_opportunities"], None),
        (SUMMARY_LABELS["won"], summary["won"], None),
        (SUMMARY_LABELS["lost"], summary["lost"], None),
        (SUMMARY_LABELS["win_rate"], summary["win_rate"], PERCENT_FORMAT),
        (SUMMARY_LABELS["average_hours"], summary["average_hours"], HOURS_FORMAT),
    ]
    for r, (label, value, number_format) in enumerate(lines, start=1):
        set_cell(totals.cell(row=r, column=1), translate(CONTEXT, label))
        totals.cell(row=r, column=1).font = bold
        set_cell(totals.cell(row=r, column=2), value, number_format)
    r = len(lines) + 2
    for col, label in enumerate((SUMMARY_LABELS["loss_reasons"], SUMMARY_LABELS["count"]), 1):
        set_cell(totals.cell(row=r, column=col), translate(CONTEXT, label))
        totals.cell(row=r, column=col).font = bold
    reasons = summary["loss_reasons"]
    assert isinstance(reasons, dict)
    for reason, count in sorted(reasons.items(), key=lambda item: (-item[1], item[0])):
        r += 1
        label = translate("Rules", rules.LOSS_REASON_LABELS.get(reason, reason))
        set_cell(totals.cell(row=r, column=1), label)
        set_cell(totals.cell(row=r, column=2), count)
    label_width = max(
        (text_width(totals.cell(row=i, column=1).value) for i in range(1, r + 1)), default=10
    )
    totals.column_dimensions["A"].width = min(max(label_width + 2, 12), 60)
    totals.column_dimensions["B"].width = min(max(text_width(summary["source"]) + 2, 12), 60)

    write_atomically(path, book.save)
    return len(rows)
