"""How an export is written: safely, and in the shape Excel reads.

Every file is written beside its target and renamed into place, readable by its owner
only, so a failed export never leaves half a file where the agent expects a whole one
(:func:`write_atomically`). CSV comes as Excel on this computer reads it (:class:`CsvStyle`),
with every cell that Excel would run as a formula neutralised (:func:`neutralize`);
.xlsx has text typed as text, dates as dates and amounts as numbers (:func:`write_xlsx`).
The kinds of export (contacts, leads, calendar, source report) use these and nothing else
to touch a file.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import math
import os
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any

from contactos import paths
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError, translate

CONTEXT = "Export"  # literal in every QT_TRANSLATE_NOOP: lupdate cannot read a name


class ExportError(TranslatableError):
    """An export could not be written; nothing was left at the target."""

    context = CONTEXT


# --- Writing safely ---------------------------------------------------------------------


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def write_atomically(
    path: str | os.PathLike[str],
    write: Callable[[IO[Any]], None],
    encoding: str | None = None,
) -> None:
    """Run `write` on a temporary file beside `path`, then rename it into place.

    With `encoding`, `write` gets a text stream that leaves line endings alone (CSV and
    vCard bring their own CRLF). Any OSError becomes an ExportError and the temporary file
    is removed, so the target is either the old file or the complete new one.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {detail}"),
            path=str(target),
            detail=translate(CONTEXT, QT_TRANSLATE_NOOP("Export", "it is a folder")),
        )
    # Readable by its owner only (it holds other people's data), whatever the umask.
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        with open(temp, "xb", opener=paths.private_opener) as raw:
            if encoding is None:
                write(raw)
            else:
                text = io.TextIOWrapper(raw, encoding=encoding, newline="")
                write(text)
                text.flush()
                text.detach()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {detail}"),
            path=str(target),
            detail=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        _discard(temp)
        raise


# --- CSV --------------------------------------------------------------------------------

# What Excel (and LibreOffice) may read as the start of a formula: OWASP's list, the pipe
# of DDE payloads, and the full-width signs that some spreadsheets fold to = + - @.
_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r", "|", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralize(value: str) -> str:
    """Prefix an apostrophe to a cell Excel would read as a formula (CSV injection).

    Following OWASP's CSV injection guidance, a cell that starts with ``=``, ``+``, ``-``,
    ``@``, a tab, a carriage return, a pipe ``|`` or a full-width ``＝ ＋ － ＠`` gets a
    leading ``'``, so that a lead list from an
    unknown distributor can never run ``=HYPERLINK(...)`` or a DDE command on the agent's
    computer when the export is opened. This is deliberate for phone numbers too:
    ``+52 55 1234 5678`` is written as ``'+52 55 1234 5678``, and the apostrophe stays
    visible in the cell; a phone that reads oddly is the price of a file that can never
    run anything (an importer reading these files back should drop a leading apostrophe
    before one of these characters). Negative numbers would get it as well; the exports
    write none (amounts cannot be negative). The .xlsx export needs none of this: its text
    cells are typed as text.
    """
    if value and value.startswith(_DANGEROUS_START):
        return "'" + value
    return value


@dataclass(frozen=True)
class CsvStyle:
    """How Excel on the person's computer reads a CSV file: its list separator and its
    decimal mark go together (a decimal comma comes with ';')."""

    delimiter: str = ","
    decimal: str = "."


COMMA = CsvStyle(",", ".")  # Mexico, the United States...
SEMICOLON = CsvStyle(";", ",")  # Spain, Argentina, Colombia, Chile, Brazil...


def system_decimal_point() -> str:
    """The decimal mark of the computer's regional settings (what Excel uses)."""
    import locale

    saved = locale.setlocale(locale.LC_NUMERIC)
    try:
        locale.setlocale(locale.LC_NUMERIC, "")
        return locale.localeconv()["decimal_point"] or "."
    except locale.Error:
        return "."
    finally:
        locale.setlocale(locale.LC_NUMERIC, saved)


def csv_style(decimal_point: str | None = None) -> CsvStyle:
    """The CSV style Excel expects where numbers are written with `decimal_point` (by
    default, this computer's): with a comma-separated file and dotted amounts an Excel in
    Spain or Argentina puts every row in one column and reads 12500.50 as 1250050."""
    point = decimal_point or system_decimal_point()
    return SEMICOLON if point == "," else COMMA


def cell_text(value: object, decimal: str = ".") -> str:
    """A value as a CSV cell: ISO dates (Excel reads them in any locale), numbers with
    the decimal mark of the file's style."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", decimal)
    if isinstance(value, Decimal):
        return str(value).replace(".", decimal)
    return str(value)


def write_csv(
    path: str | os.PathLike[str],
    header: Iterable[str],
    rows: Iterable[Iterable[object]],
    style: CsvStyle | None = None,
) -> int:
    """UTF-8 with BOM (so Excel does not read it as ANSI), the separator and decimal mark
    Excel expects here (see csv_style), CRLF; every cell neutralised. Returns the number
    of data rows."""
    style = style or csv_style()
    count = 0

    def write(stream: IO[str]) -> None:
        nonlocal count
        # The "excel" dialect (minimal quoting, \r\n) with the style's separator.
        writer = csv.writer(stream, delimiter=style.delimiter)
        writer.writerow([neutralize(translate(CONTEXT, h)) for h in header])
        for row in rows:
            writer.writerow([neutralize(cell_text(v, style.decimal)) for v in row])
            count += 1

    write_atomically(path, write, encoding="utf-8-sig")
    return count


def amount_cell(value: object) -> Decimal | str | None:
    """An amount with two decimals, written without thousands separator (see cell_text).

    A value that is not a finite number (a damaged row, an 'inf' written by an older
    version) is written as the database holds it, not turned into another value."""
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not amount.is_finite():
        return str(value)
    try:
        return amount.quantize(Decimal("0.01"))
    except InvalidOperation:  # (more digits than a quantized Decimal holds)
        return str(value)


# --- Excel workbooks --------------------------------------------------------------------

DATE_FORMAT = "mm-dd-yy"  # Excel's built-in format 14: the reader's own short date
DATETIME_FORMAT = "m/d/yy h:mm"  # built-in 22: the reader's own date and time
AMOUNT_FORMAT = "#,##0.00"
HOURS_FORMAT = "0.0"
PERCENT_FORMAT = "0.0%"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(text: str) -> str:
    return _SHEET_FORBIDDEN.sub(" ", text)[:31] or "Sheet"


def _xlsx_text(value: str) -> str:
    """Text openpyxl can store: no control characters, within Excel's cell limit."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)[:32767]


def set_cell(cell, value: object, number_format: str | None = None) -> None:
    """Put a value in a cell; text is always text (openpyxl would store a string that
    starts with '=' as a formula)."""
    if isinstance(value, str):
        cell.value = _xlsx_text(value)
        cell.data_type = "s"
        return
    if isinstance(value, Decimal):
        value = float(value)
    cell.value = value
    if number_format and value is not None:
        cell.number_format = number_format


WIDTH_SAMPLE = 500  # rows whose widths set the columns' widths


def _xlsx_cell(sheet, value: object, number_format: str | None = None):
    """A write-only cell: text typed as text (never a formula, nothing added to it),
    numbers and dates with their format."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        value = value.date()
    if isinstance(value, Decimal):
        value = float(value)
    cell = WriteOnlyCell(sheet)
    if value == "":
        return cell  # (an empty cell, not an empty text)
    if isinstance(value, str):
        cell.value = _xlsx_text(value)
        cell.data_type = "s"
    elif isinstance(value, float) and not math.isfinite(value):
        cell.value = str(value)
        cell.data_type = "s"
    else:
        cell.value = value
        if value is not None:
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif number_format:
                cell.number_format = number_format
    return cell


def write_xlsx(
    path: str | os.PathLike[str],
    title: str,
    header: Iterable[str],
    rows: Iterable[Iterable[object]],
    formats: dict[int, str] | None = None,
) -> int:
    """One sheet: a bold, frozen header with a filter, then the rows; written a row at a
    time (openpyxl's write-only mode), so 100,000 contacts never sit in memory as cells.
    Returns the number of data rows."""
    import itertools

    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    formats = formats or {}
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title(translate(CONTEXT, title)))
    names = [translate(CONTEXT, h) for h in header]
    rows = iter(rows)
    first = [list(row) for row in itertools.islice(rows, WIDTH_SAMPLE)]
    for col, name in enumerate(names):
        width = max([len(name)] + [text_width(row[col]) for row in first])
        sheet.column_dimensions[get_column_letter(col + 1)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    titles = []
    for name in names:
        cell = _xlsx_cell(sheet, name)
        cell.font = bold
        titles.append(cell)
    sheet.append(titles)
    count = 0
    for row in itertools.chain(first, rows):
        sheet.append([_xlsx_cell(sheet, v, formats.get(i)) for i, v in enumerate(row)])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(names))}{count + 1}"
    write_atomically(path, book.save)
    return count


def text_width(value: object) -> int:
    """About how many characters a value takes in a cell (a column's width)."""
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, Decimal | float | int):
        return len(f"{value:,.2f}")
    text = cell_text(value) if not isinstance(value, str) else value
    return max((len(line) for line in text.splitlines()), default=0)
