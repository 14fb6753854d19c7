"""Exports: contacts, leads, the planned follow-ups and the status report of one source.

:mod:`.files` writes every file safely (beside its target, renamed into place, readable
by its owner only) and in the shape Excel reads (CSV with the separator and decimal mark
of this computer, formulas neutralised; .xlsx with typed cells); :mod:`.contacts` writes
contacts as CSV, .xlsx or vCard; :mod:`.leads` writes leads as CSV or .xlsx;
:mod:`.calendar` writes the planned follow-ups as iCalendar; :mod:`.sources` writes a
source's status report. :func:`export_to` picks the writer for a kind and a file name.
Column headers and labels are marked for translation and translated when the file is
written, so a Spanish user gets Spanish headers. What a person asks for (which source,
which leads) and what they are told comes from :mod:`contactos.actions.exports`.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from contactos.exporting.calendar import MAX_DAYS, export_followups_ics, system_timezone
from contactos.exporting.contacts import (
    CONTACT_HEADER,
    export_contacts_csv,
    export_contacts_xlsx,
    export_vcards,
)
from contactos.exporting.files import (
    COMMA,
    SEMICOLON,
    CsvStyle,
    ExportError,
    csv_style,
    neutralize,
    system_decimal_point,
)
from contactos.exporting.leads import LEAD_HEADER, export_leads_csv, export_leads_xlsx
from contactos.exporting.sources import (
    export_source_report_csv,
    export_source_report_xlsx,
    source_report,
)
from contactos.listing import LeadFilter

__all__ = [
    "COMMA",
    "CONTACT_HEADER",
    "EXPORT_KINDS",
    "LEAD_HEADER",
    "MAX_DAYS",
    "SEMICOLON",
    "CsvStyle",
    "ExportError",
    "csv_style",
    "export_contacts_csv",
    "export_contacts_xlsx",
    "export_followups_ics",
    "export_leads_csv",
    "export_leads_xlsx",
    "export_source_report_csv",
    "export_source_report_xlsx",
    "export_to",
    "export_vcards",
    "neutralize",
    "source_report",
    "system_decimal_point",
    "system_timezone",
]

EXPORT_KINDS = ("contacts", "leads", "followups", "source-report")


def export_to(
    kind: str,
    path: str | os.PathLike[str],
    *,
    source_id: int | None = None,
    contact_ids: list[int] | None = None,
    flt: LeadFilter | None = None,
    start: dt.date | None = None,
    days: int = 60,
    style: CsvStyle | None = None,
) -> int:
    """Write one of EXPORT_KINDS to `path`, the format following the extension the agent
    chose (contacts: .xlsx, .vcf or CSV; leads and the source report: .xlsx or CSV).
    Returns rows written.
    A CSV file takes `style` (by default the one this computer's Excel expects)."""
    suffix = Path(path).suffix.lower()
    if kind == "contacts":
        if suffix in (".vcf", ".vcard"):
            return export_vcards(path, contact_ids)
        if suffix == ".xlsx":
            return export_contacts_xlsx(path, contact_ids)
        return export_contacts_csv(path, contact_ids, style)
    if kind == "leads":
        if suffix == ".xlsx":
            return export_leads_xlsx(path, flt)
        return export_leads_csv(path, flt, style)
    if kind == "followups":
        return export_followups_ics(path, start, days)
    if kind == "source-report":
        if source_id is None:
            raise ValueError("a source report needs source_id")
        if suffix == ".xlsx":
            return export_source_report_xlsx(path, source_id)
        return export_source_report_csv(path, source_id, style)
    raise ValueError(f"unknown export kind: {kind!r}")
