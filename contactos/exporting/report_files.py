"""A report (contactos.reports) as CSV or as an Excel workbook: every table of the report,
its figures as numbers (amounts with their currency in the column's title, shares as
percentages, hours with one decimal). The PDF, which carries the charts, is drawn by the
window (ui.report_pdf): it needs Qt's painter.

CSV holds the tables one after the other, each under a line with its title and followed
by an empty line; the workbook has one sheet per table. Both are written as the other
exports are (:mod:`.files`): atomically, the CSV as Excel reads it here, no cell that
Excel would run as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from decimal import Decimal
from typing import IO

from contactos import reports
from contactos.exporting.files import (
    AMOUNT_FORMAT,
    DATE_FORMAT,
    HOURS_FORMAT,
    PERCENT_FORMAT,
    CsvStyle,
    amount_cell,
    cell_text,
    csv_style,
    neutralize,
    set_cell,
    sheet_title,
    text_width,
    write_atomically,
)
from contactos.reports import Figure, Table, Typed

MONTH_FORMAT = "yyyy-mm"
FORMATS = {
    reports.MONEY: AMOUNT_FORMAT,
    reports.SHARE: PERCENT_FORMAT,
    reports.HOURS: HOURS_FORMAT,
    reports.DAYS: "0.0",
    reports.DATE: DATE_FORMAT,
    reports.MONTH: MONTH_FORMAT,
    reports.COUNT: "0",
}


def cell_value(cell: reports.Cell, kind: str) -> tuple[object, str]:
    """A table's cell as (a plain value, its kind): a figure's number, a text, a date."""
    if isinstance(cell, Typed):
        return cell_value(cell.figure, cell.kind)
    if isinstance(cell, Figure):
        value = cell.value
        if kind == reports.MONEY or cell.currency:
            return amount_cell(value), reports.MONEY
        if isinstance(value, str):
            return value, reports.TEXT
        return value, kind
    return cell, kind


def _csv_cell(value: object, kind: str, decimal: str) -> str:
    if value is None:
        return ""
    if kind == reports.SHARE:
        return f"{float(value) * 100:.1f}".replace(".", decimal) + "%"
    if kind == reports.MONTH and isinstance(value, dt.date):
        return value.strftime("%Y-%m")
    return cell_text(value, decimal)


def export_csv(path: str | os.PathLike[str], report, style: CsvStyle | None = None) -> int:
    """Every table of `report`, one after the other. Returns the number of data rows."""
    style = style or csv_style()
    count = 0

    def write(stream: IO[str]) -> None:
        nonlocal count
        writer = csv.writer(stream, delimiter=style.delimiter)
        for number, table in enumerate(report.tables()):
            if number:
                writer.writerow([])
            writer.writerow([neutralize(table.title)])
            writer.writerow([neutralize(c.title) for c in table.columns])
            for row in table.rows:
                cells = []
                for column, cell in zip(table.columns, row, strict=True):
                    value, kind = cell_value(cell, column.kind)
                    cells.append(neutralize(_csv_cell(value, kind, style.decimal)))
                writer.writerow(cells)
                count += 1

    write_atomically(path, write, encoding="utf-8-sig")
    return count


def _sheet(book, table: Table, used: set[str]) -> int:
    from openpyxl.styles import Font

    title = sheet_title(table.title)
    base, n = title, 2
    while title.casefold() in used:  # (two tables with one title: distinct sheet names)
        title = sheet_title(f"{base[:28]} {n}")
        n += 1
    used.add(title.casefold())
    sheet = book.create_sheet(title)
    bold = Font(bold=True)
    widths = []
    for col, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=1, column=col)
        set_cell(cell, column.title)
        cell.font = bold
        widths.append(len(column.title))
    for r, row in enumerate(table.rows, start=2):
        for col, (column, raw) in enumerate(zip(table.columns, row, strict=True), start=1):
            value, kind = cell_value(raw, column.kind)
            if isinstance(value, Decimal) or kind in (reports.HOURS, reports.SHARE):
                value = float(value) if value is not None else None
            set_cell(sheet.cell(row=r, column=col), value, FORMATS.get(kind))
            widths[col - 1] = max(widths[col - 1], text_width(value))
    from openpyxl.utils import get_column_letter

    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    return len(table.rows)


def export_xlsx(path: str | os.PathLike[str], report) -> int:
    """One sheet per table of `report`. Returns the number of data rows."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    count = sum(_sheet(book, table, used) for table in report.tables())
    write_atomically(path, book.save)
    return count
