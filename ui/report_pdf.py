"""A report as a PDF: its title, period, charts and tables, in the reader's language, on
A4 or Letter paper.

Laid out by a QTextDocument (which breaks pages and wraps long texts in table cells) and
written by QPdfWriter, both in QtGui: nothing is added to the bundle. The text is real
text (it can be searched and read back); each chart is drawn by ui.charts into an image
at 300 dots per inch, so it prints as sharply as the text beside it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from contactos import reports
from ui.charts import ChartLayout, paint_chart
from ui.views.reports import NUMERIC, cell_text

DPI = 300
MARGIN_MM = 15
CHART_WIDTH = 640  # the charts' width in the document's pixels (the text width)


def _chart_image(chart: reports.Chart, font: QFont) -> QImage:
    from PySide6.QtCore import QLocale

    layout = ChartLayout(chart, CHART_WIDTH, font, QLocale())
    scale = 3
    image = QImage(CHART_WIDTH * scale, layout.height * scale, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.WindowText, 0x000000)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    paint_chart(painter, layout, palette)
    painter.end()
    image.setDotsPerMeterX(int(96 * scale / 0.0254))
    image.setDotsPerMeterY(int(96 * scale / 0.0254))
    return image


def _widths(table: reports.Table) -> list[str]:
    """Text columns share what the figures leave, so that a name wraps between words."""
    texts = [i for i, c in enumerate(table.columns) if c.kind not in NUMERIC]
    numbers = len(table.columns) - len(texts)
    room = max(100 - 9 * numbers, 30)
    return [
        f' width="{room // len(texts)}%"' if i in texts and texts else ""
        for i in range(len(table.columns))
    ]


def _table_html(table: reports.Table) -> str:
    widths = _widths(table)
    head = "".join(
        f"<th{w}>{html.escape(c.title)}</th>" for c, w in zip(table.columns, widths, strict=True)
    )
    rows = []
    for row in table.rows:
        cells = []
        for column, cell in zip(table.columns, row, strict=True):
            kind = cell.kind if isinstance(cell, reports.Typed) else column.kind
            align = ' align="right" nowrap' if kind in NUMERIC else ""
            cells.append(f"<td{align}>{html.escape(cell_text(cell, column.kind))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f"<h3>{html.escape(table.title)}</h3>"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


def report_document(report, title: str, period: str, font: QFont | None = None) -> QTextDocument:
    font = QFont(font or QApplication.font())
    font.setPointSizeF(9)
    document = QTextDocument()
    document.setDefaultFont(font)
    parts = [f"<h1>{html.escape(title)}</h1><p>{html.escape(period)}</p>"]
    for number, chart in enumerate(report.charts()):
        name = f"chart-{number}"
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), _chart_image(chart, font)
        )
        parts.append(f'<p><img src="{name}" width="{CHART_WIDTH}"></p>')
    parts += [_table_html(table) for table in report.tables()]
    document.setHtml("".join(parts))
    return document


def write_pdf(
    path: Path,
    report,
    title: str,
    period: str,
    page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
) -> Path:
    """Write `report` (computed by contactos.reports) to `path` as a PDF."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("Contactos")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page_size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = report_document(report, title, period)
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    width = CHART_WIDTH + 20  # (the document is scaled to the page's width)
    document.setPageSize(QSizeF(width, width * page.height() / page.width()))
    document.print_(writer)
    if not path.exists():
        raise OSError(f"could not write {path}")
    return path
