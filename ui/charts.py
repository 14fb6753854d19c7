"""Bar charts of the reports (contactos.reports.Chart), drawn with QPainter.

Why not a chart library: Qt Charts is deprecated since Qt 6.10 and ships only in
PySide6-Addons (its libraries and binding add about 4 MB to the bundle, and it pulls the
Addons wheel into the project); Qt Graphs needs Qt Quick and QML (about 38 MB of
libraries); matplotlib brings numpy, Pillow and fontTools (about 130 MB installed) — the
bundle's budget (build/EXCLUDED.md: 150 MB, 139.6 MB used) has room for none of them but
the first. The reports need only horizontal bars with a label and a value, which a small
painter draws in the same way on the screen and in a PDF (vector, so it prints cleanly),
and which adds nothing to the bundle.

Bars are horizontal so that a long source name or loss reason is never cut: the label
column wraps its text, and the chart is as tall as its wrapped labels (heightForWidth).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from contactos import reports
from contactos.reports import Chart, Figure
from ui.dialogs.common import currency_symbol

PAD = 8  # around the chart and between its parts
GAP = 6  # between bars


def month_label(month: dt.date, locale: QLocale | None = None) -> str:
    """'nov 2026' / 'Nov 2026' in the reader's language."""
    locale = locale or QLocale()
    return locale.toString(QDate(month.year, month.month, 1), "MMM yyyy")


def value_text(figure: Figure, kind: str, locale: QLocale | None = None) -> str:
    """A figure as the reader's locale writes it; '–' when there is nothing to measure."""
    locale = locale or QLocale()
    value = figure.value
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if kind == reports.MONEY or figure.currency:
        return locale.toCurrencyString(float(value), currency_symbol(figure.currency or "MXN"))
    if kind == reports.SHARE:
        return locale.toString(float(value) * 100, "f", 1) + " %"
    if kind == reports.HOURS:
        return locale.toString(float(value), "f", 1)
    if kind == reports.DAYS:
        number = float(value)
        return locale.toString(number, "f", 0 if number.is_integer() else 1)
    return locale.toString(int(value))


def bar_label(bar: reports.Bar, locale: QLocale | None = None) -> str:
    return month_label(bar.month, locale) if bar.month else bar.label


class ChartLayout:
    """Where each part of a chart goes in a given width, for the widget and the PDF."""

    def __init__(self, chart: Chart, width: int, font: QFont, locale: QLocale) -> None:
        self.chart = chart
        self.font = font
        bold = QFont(font)
        bold.setBold(True)
        self.title_font = bold
        metrics = QFontMetrics(font)
        title_metrics = QFontMetrics(bold)
        self.width = width
        inner = max(width - 2 * PAD, 40)
        flags = int(Qt.TextFlag.TextWordWrap)
        self.title_rect = title_metrics.boundingRect(
            QRect(PAD, PAD, inner, 10_000), flags, chart.title
        )
        self.labels = [bar_label(b, locale) for b in chart.bars]
        self.values = [value_text(b.figure, chart.kind, locale) for b in chart.bars]
        widest_label = max((metrics.horizontalAdvance(t) for t in self.labels), default=0)
        widest_value = max((metrics.horizontalAdvance(t) for t in self.values), default=0)
        self.label_width = min(widest_label + 2, int(inner * 0.4)) + PAD
        self.value_width = widest_value + PAD
        self.bar_left = PAD + self.label_width
        self.bar_span = max(inner - self.label_width - self.value_width, 10)
        top = self.title_rect.bottom() + PAD
        self.rows: list[QRect] = []
        line = self.line = metrics.height()
        for text in self.labels:
            wrapped = metrics.boundingRect(QRect(0, 0, self.label_width - PAD, 10_000), flags, text)
            height = max(wrapped.height(), line) + GAP
            self.rows.append(QRect(PAD, top, inner, height))
            top += height
        self.height = top + PAD
        numbers = [_number(b.figure) for b in chart.bars]
        self.maximum = max((n for n in numbers if n is not None), default=0.0)
        if chart.kind == reports.SHARE:
            self.maximum = max(self.maximum, 1.0)
        self.numbers = numbers

    def bar_rect(self, index: int) -> QRect:
        row = self.rows[index]
        number = self.numbers[index] or 0.0
        length = int(self.bar_span * number / self.maximum) if self.maximum else 0
        thickness = min(row.height() - GAP, self.line + 4)
        return QRect(
            self.bar_left,
            row.center().y() - thickness // 2,
            max(length, 1 if number else 0),
            thickness,
        )

    def row_at(self, point: QPoint) -> int | None:
        for index, row in enumerate(self.rows):
            if row.top() <= point.y() < row.bottom() + 1:
                return index
        return None


def _number(figure: Figure) -> float | None:
    if figure.value is None or isinstance(figure.value, str):
        return None
    return float(figure.value)


def paint_chart(
    painter: QPainter, layout: ChartLayout, palette: QPalette, origin: QPoint | None = None
) -> None:
    """Draw `layout`'s chart with its top-left corner at `origin`."""
    QPainter.save(painter)  # (spelt so: a bare .save() reads as a model's save)
    if origin is not None:
        painter.translate(origin)
    text = palette.color(QPalette.ColorRole.WindowText)
    bar_color = QColor("#2e7d9a")
    painter.setFont(layout.title_font)
    painter.setPen(text)
    painter.drawText(layout.title_rect, int(Qt.TextFlag.TextWordWrap), layout.chart.title)
    painter.setFont(layout.font)
    flags = int(
        Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    for index, row in enumerate(layout.rows):
        label = QRect(row.left(), row.top(), layout.label_width - PAD, row.height())
        painter.setPen(text)
        painter.drawText(label, flags, layout.labels[index])
        bar = layout.bar_rect(index)
        if bar.width():
            painter.fillRect(bar, bar_color)
        value = QRect(bar.right() + PAD // 2, row.top(), layout.value_width, row.height())
        painter.drawText(
            value,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            layout.values[index],
        )
    axis = QColor(text)
    axis.setAlpha(90)
    painter.setPen(axis)
    if layout.rows:
        top, bottom = layout.rows[0].top(), layout.rows[-1].bottom()
        painter.drawLine(layout.bar_left, top, layout.bar_left, bottom)
    QPainter.restore(painter)


class BarChart(QWidget):
    """One chart; a click on a bar sends the leads behind it."""

    clicked = Signal(object, str)  # (the bar's Figure, what it is: "chart title: label")

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sp = self.sizePolicy()
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self.setMouseTracking(True)
        self.setAccessibleName(chart.title)
        self._layout: ChartLayout | None = None

    def layout_for(self, width: int) -> ChartLayout:
        if self._layout is None or self._layout.width != width:
            self._layout = ChartLayout(self.chart, width, self.font(), QLocale())
        return self._layout

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout_for(width).height

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_chart(painter, self.layout_for(self.width()), self.palette())
        painter.end()

    def bar_at(self, point: QPoint) -> int | None:
        return self.layout_for(self.width()).row_at(point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.bar_at(event.position().toPoint())
        clickable = index is not None and bool(self.chart.bars[index].figure.leads)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.bar_at(event.position().toPoint())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            bar = self.chart.bars[index]
            self.clicked.emit(bar.figure, f"{self.chart.title}: {bar_label(bar)}")
