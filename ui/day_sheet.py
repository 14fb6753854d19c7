"""The field day sheet on paper: contactos.day_sheet's rows as a document, saved as PDF
(QPdfWriter) or printed (QPrinter), large enough to read in the car.

The window's Calendar offers it for the selected day (File → Print the day sheet,
Ctrl+P); `contactos day-sheet [DATE] --pdf FILE` makes the same PDF without a display.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import sys
from pathlib import Path
from urllib.parse import quote_plus

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, QStandardPaths
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from contactos import i18n, rules
from contactos.day_sheet import DaySheet as Sheet
from contactos.day_sheet import day_sheet
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError
from ui.calendar_model import time_text
from ui.dialogs.common import format_date
from ui.translation import translate

DaySheet = i18n.Plurals("DaySheet")  # (plural messages: lupdate reads these calls)
# Where paper is Letter (the Americas but a few): elsewhere A4.
LETTER_TERRITORIES = {
    "US", "CA", "MX", "CL", "CO", "VE", "PH", "GT", "CR", "PA", "DO", "SV", "HN", "NI", "PR",
}  # fmt: skip


def page_size() -> QPageSize:
    territory = QLocale().name().partition("_")[2]
    if territory in LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines() if line.strip())


def _field_of(table: list[str]):
    def field(label: str, value: str, *, raw: bool = False) -> None:
        if value:
            shown = value if raw else _lines(value)
            table.append(
                "<tr><td valign='top' nowrap width='27%' style='padding-right:12px'>"
                f"<b>{html.escape(label)}</b></td><td>{shown}</td></tr>"
            )

    return field


def sheet_html(sheet: Sheet) -> str:
    """The sheet as the HTML QTextDocument reads: one block per visit or call."""
    title = QCoreApplication.translate("DaySheet", "Day sheet — {day}").format(
        day=format_date(sheet.day, long=True)
    )
    parts = [f"<h1>{html.escape(title)}</h1>"]
    if not sheet.rows:
        nothing = QCoreApplication.translate(
            "DaySheet", "Nothing planned for this day: no visits or calls."
        )
        parts.append(f"<p>{html.escape(nothing)}</p>")
        return "\n".join(parts)
    count = DaySheet.tr("%n visit(s) and call(s), in time order.", "", len(sheet.rows))
    parts.append(f"<p>{html.escape(count)}</p>")
    for number, row in enumerate(sheet.rows, start=1):
        kind = translate("Rules", rules.ACTIVITY_LABELS.get(row.kind, row.kind))
        when = (
            time_text(row.time) if row.time else QCoreApplication.translate("DaySheet", "any time")
        )
        who = row.contact
        if row.company and row.company != who:
            who = f"{who} — {row.company}"
        heading = f"{number}. {when} · {kind} · {who}"
        parts.append("<hr>")
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        if row.days_overdue:
            late = DaySheet.tr("Overdue: %n day(s) late", "", row.days_overdue)
            parts.append(f"<p><b>⚠ {html.escape(late)}</b></p>")
        table: list[str] = []
        field = _field_of(table)
        field(QCoreApplication.translate("DaySheet", "What to do"), row.what)
        if row.lead_title and row.lead_title != row.what:
            field(QCoreApplication.translate("DaySheet", "Lead"), row.lead_title)
        if row.address:
            map_word = QCoreApplication.translate("DaySheet", "map")
            link = "https://www.openstreetmap.org/search?query=" + quote_plus(
                row.address.replace("\n", ", ")
            )
            field(
                QCoreApplication.translate("DaySheet", "Address"),
                _lines(row.address)
                + f" &nbsp;<a href='{html.escape(link)}'>{html.escape(map_word)}</a>",
                raw=True,
            )
        if row.phones:
            phones = "<br>".join(
                f"<a href='tel:{html.escape(p.number)}'>{html.escape(p.shown)}</a>"
                + (f" ({html.escape(p.label)})" if p.label else "")
                for p in row.phones
            )
            field(QCoreApplication.translate("DaySheet", "Phones"), phones, raw=True)
        field(QCoreApplication.translate("DaySheet", "Open questions"), row.open_questions)
        if row.impediments:
            items = "<br>".join("• " + html.escape(i) for i in row.impediments)
            field(QCoreApplication.translate("DaySheet", "Impediments"), items, raw=True)
        parts.append("<table cellspacing='2'>" + "".join(table) + "</table>")
    return "\n".join(parts)


def document(sheet: Sheet) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(12)  # (read in the car: larger than a letter's 10 or 11)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet("h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 6px; }")
    doc.setHtml(sheet_html(sheet))
    return doc


class SheetNotWritten(TranslatableError):
    context = "DaySheet"


def write_pdf(sheet: Sheet, path: Path) -> Path:
    """The sheet as a PDF file at `path`; refused, saying why, when it cannot be written
    there (Qt's writer would fail without a word)."""
    try:
        with open(path, "wb"):
            pass
    except OSError as error:
        raise SheetNotWritten(
            QT_TRANSLATE_NOOP("DaySheet", "The day sheet cannot be written to {file}: {reason}"),
            file=str(path),
            reason=error.strerror or str(error),
        ) from error
    writer = QPdfWriter(str(path))
    writer.setPageSize(page_size())
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(
        QCoreApplication.translate("DaySheet", "Day sheet — {day}").format(
            day=format_date(sheet.day, long=True)
        )
    )
    writer.setCreator("Contactos")
    doc = document(sheet)
    doc.print_(writer)
    del writer  # (the file is complete when the writer is gone)
    if not path.stat().st_size:
        raise SheetNotWritten(
            QT_TRANSLATE_NOOP("DaySheet", "The day sheet cannot be written to {file}: {reason}"),
            file=str(path),
            reason="PDF",
        )
    return path


def first_page_image(sheet: Sheet, dpi: int = 96) -> QImage:
    """The sheet's first page as a picture (for --screenshots), laid out as on paper."""
    layout = QPageLayout(
        page_size(), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )  # fmt: skip
    full = layout.fullRectPixels(dpi)
    inner = layout.paintRectPixels(dpi)
    doc = document(sheet)
    doc.documentLayout().setPaintDevice(None)
    doc.setPageSize(QSizeF(inner.width(), inner.height()))
    image = QImage(full.size(), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(inner.topLeft())
    doc.drawContents(painter, QRectF(0, 0, inner.width(), inner.height()))
    painter.end()
    return image


def save_pdf_dialog(parent: QWidget, day: dt.date) -> str | None:
    """Ask where, then write the day's sheet there; the path written, or None."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    name = QCoreApplication.translate("DaySheet", "day sheet {date}").format(date=day.isoformat())
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DaySheet", "Save the day sheet"),
        str(folder / f"{name}.pdf"),
        QCoreApplication.translate("DaySheet", "PDF (*.pdf)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        write_pdf(day_sheet(day), Path(path))
    except SheetNotWritten as error:
        title = QCoreApplication.translate("DaySheet", "Save the day sheet")
        QMessageBox.warning(parent, title, error.message)
        return None
    return path


def print_dialog(parent: QWidget, day: dt.date) -> bool:
    """The system's print dialog, then the day's sheet on the printer chosen."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(page_size())
    printer.setDocName(
        QCoreApplication.translate("DaySheet", "Day sheet — {day}").format(
            day=format_date(day, long=True)
        )
    )
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("DaySheet", "Print the day sheet"))
    try:
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    document(day_sheet(day)).print_(printer)
    return True


def command(args) -> int:
    """`contactos day-sheet [DATE] --pdf FILE [--json]`: the same PDF, without a display
    (Qt's offscreen platform), in the command line's language."""
    from PySide6.QtGui import QGuiApplication

    from contactos import catalog
    from ui import translation

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0] if sys.argv else "contactos"])
    language = getattr(args, "lang", None) or catalog.system_language()
    translation.install(app, language)  # (kept: the command ends with its message)
    sheet = day_sheet(args.day)
    path = write_pdf(sheet, Path(args.pdf))
    if getattr(args, "json", False):
        print(
            json.dumps(
                {
                    "day": sheet.day.isoformat(),
                    "pdf": str(path),
                    "rows": [
                        {
                            "time": row.time.strftime("%H:%M") if row.time else None,
                            "kind": row.kind,
                            "what": row.what,
                            "lead_id": row.lead_id,
                            "contact": row.contact,
                            "company": row.company,
                        }
                        for row in sheet.rows
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(
            translate("CLI", "Day sheet of {day} ({count}) written to {file}").format(
                day=sheet.day.isoformat(), count=len(sheet.rows), file=path
            )
        )
    return 0
