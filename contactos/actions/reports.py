"""Reports, as a person asks for them: one computed for a period (the Reports view, the
command line), and one written to a CSV or .xlsx file (the view's Export, `contactos
report NAME --output FILE`). Each reads in one transaction, so that a report's figures
agree with each other even while another program writes. The PDF, with the charts, is
drawn by the window (ui.report_pdf) from the same computed report.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from contactos import reports
from contactos.exporting import report_files
from contactos.exporting.files import CsvStyle, ExportError
from contactos.i18n import QT_TRANSLATE_NOOP
from contactos.models import database

FORMATS = ("csv", "xlsx")


def compute(name: str, period: reports.Period | None = None):
    """The report called `name` (one of reports.REPORTS) for `period`."""
    with database.atomic():  # (one reading)
        return reports.compute(name, period)


@dataclass(frozen=True)
class ReportExported:
    name: str
    path: Path
    rows: int


def export(
    name: str,
    path: str | os.PathLike[str],
    period: reports.Period | None = None,
    style: CsvStyle | None = None,
    report=None,
) -> ReportExported:
    """Write the report `name` (or the one already computed, `report`) to `path`, as CSV
    or .xlsx by its extension."""
    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Export", "A report is exported as .csv or .xlsx (or .pdf from the window)."
            )
        )
    report = report if report is not None else compute(name, period)
    if kind == "csv":
        rows = report_files.export_csv(target, report, style)
    else:
        rows = report_files.export_xlsx(target, report)
    return ReportExported(name, target, rows)


@dataclass(frozen=True)
class ChancesSaved:
    chances: dict[str, int]  # percent by stage key, as the forecast now reads them


def set_stage_probabilities(chances: dict[str, object]) -> ChancesSaved:
    """The chance (percent, 0 to 100) that an open lead in each stage is won, for the
    earnings forecast. Stages not named keep theirs. Refused whole when one is wrong."""
    from contactos import settings
    from contactos.actions.common import transaction
    from contactos.models import Stage

    with transaction():
        known = {key for (key,) in Stage.select(Stage.key).tuples()}
        clean: dict[str, int] = {}
        for key, value in chances.items():
            if key not in known:
                raise reports.ReportError(
                    QT_TRANSLATE_NOOP("Reports", "There is no stage '{stage}'."), stage=key
                )
            try:
                percent = int(str(value).strip().rstrip("%").strip())
            except ValueError:
                percent = -1
            if not 0 <= percent <= 100:
                raise reports.ReportError(
                    QT_TRANSLATE_NOOP(
                        "Reports", "The chance for '{stage}' must be a percent from 0 to 100."
                    ),
                    stage=key,
                )
            clean[key] = percent
        stored = settings.get("stage_probabilities") or {}
        settings.put("stage_probabilities", {**stored, **clean})
        return ChancesSaved(reports.stage_probabilities())
