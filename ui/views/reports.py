"""Informes: the reports of contactos.reports for a period, with their charts and tables.

Every figure opens the leads behind it: a click on a bar or a cell lists them in the
panel on the right, and Enter (or a double click) there opens one. The report is
computed by contactos.actions.reports and drawn by ui.charts; Export writes it as PDF
(A4 or Letter, with its charts: ui.report_pdf), CSV or Excel.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactos import clock, reports
from contactos.actions import reports as report_actions
from contactos.i18n import TranslatableError, translate
from contactos.models import Lead
from contactos.rules import STATUS_LABELS
from ui import icons
from ui.charts import BarChart, month_label, value_text
from ui.dialogs.common import date_edit, format_date, from_qdate, to_qdate

LEADS_ROLE = Qt.ItemDataRole.UserRole + 1
NUMERIC = (reports.COUNT, reports.MONEY, reports.SHARE, reports.HOURS, reports.DAYS)


def cell_text(cell: reports.Cell, kind: str) -> str:
    if isinstance(cell, reports.Typed):
        return value_text(cell.figure, cell.kind)
    if isinstance(cell, reports.Figure):
        return value_text(cell, kind)
    if cell is None:
        return "–" if kind in NUMERIC else ""
    if isinstance(cell, dt.date):
        return month_label(cell) if kind == reports.MONTH else format_date(cell)
    return str(cell)


def cell_figure(cell: reports.Cell) -> reports.Figure | None:
    if isinstance(cell, reports.Typed):
        return cell.figure
    return cell if isinstance(cell, reports.Figure) else None


class ReportTableModel(QAbstractTableModel):
    """One table of a report: its cells as the locale writes them, and (LEADS_ROLE) the
    ids of the leads behind each figure."""

    def __init__(self, table: reports.Table, parent=None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.columns):
            return self.table.columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.table.rows):
            return str(section + 1)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or index.row() >= len(self.table.rows):
            return None
        column = self.table.columns[index.column()]
        cell = self.table.rows[index.row()][index.column()]
        figure = cell_figure(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell, column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            kind = cell.kind if isinstance(cell, reports.Typed) else column.kind
            if kind in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == LEADS_ROLE:
            return list(figure.leads) if figure is not None else []
        if role == Qt.ItemDataRole.ToolTipRole and figure is not None and figure.leads:
            return self.tr("%n lead(s): click to list them", "", len(figure.leads))
        return None


class FitTable(QTableView):
    """A table as tall as its rows (the page scrolls, not the table); long texts wrap."""

    def __init__(self, model: ReportTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalHeader().hide()
        self.setAccessibleName(model.table.title)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_columns()

    def _fit_columns(self) -> None:
        self.resizeColumnsToContents()
        metrics = self.fontMetrics()
        limit = metrics.horizontalAdvance("x" * 40)
        for column in range(self.model().columnCount()):
            if self.columnWidth(column) > limit:
                self.setColumnWidth(column, limit)

    def fit_height(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_height()


class ChancesDialog(QDialog):
    """The chance of winning an open lead in each stage, for the earnings forecast."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chance of winning by stage"))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "The forecast weighs each open lead's commission by the chance of winning "
                "a lead in its stage."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.spins: dict[str, QSpinBox] = {}
        chances = reports.stage_probabilities()
        for stage in reports.forecast_stages():
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(chances.get(stage.key, reports.DEFAULT_PROBABILITY))
            spin.setAccessibleName(translate("Stage", stage.name))
            self.spins[stage.key] = spin
            form.addRow(translate("Stage", stage.name), spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            report_actions.set_stage_probabilities(
                {key: spin.value() for key, spin in self.spins.items()}
            )
        except TranslatableError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()


PRESETS = ("month", "3-months", "year", "12-months", "all", "custom")


def preset_period(key: str, today: dt.date) -> reports.Period | None:
    """The period of a preset on `today` (None for "custom")."""
    if key == "month":
        return reports.Period(today.replace(day=1), today)
    if key == "3-months":
        month = today.month - 2
        year = today.year + (month - 1) // 12
        return reports.Period(dt.date(year, (month - 1) % 12 + 1, 1), today)
    if key == "year":
        return reports.Period(dt.date(today.year, 1, 1), today)
    if key == "12-months":
        start = today.replace(year=today.year - 1) + dt.timedelta(days=1)
        return reports.Period(start, today)
    if key == "all":
        return reports.Period()
    return None


class ReportsView(QWidget):
    open_lead = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = None
        self.charts: list[BarChart] = []
        self.tables: list[FitTable] = []

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Report"))
        for name, kind in reports.REPORTS.items():
            self.kind.addItem(kind.translated_title, name)
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Period"))
        for key, label in zip(
            PRESETS,
            (
                self.tr("This month"),
                self.tr("Last 3 months"),
                self.tr("This year"),
                self.tr("Last 12 months"),
                self.tr("All time"),
                self.tr("Custom period"),
            ),
            strict=True,
        ):
            self.preset.addItem(label, key)
        self.preset.setCurrentIndex(PRESETS.index("12-months"))
        self.start = date_edit()
        self.end = date_edit()
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        self.export_button = QPushButton(icons.icon("export"), self.tr("E&xport"))
        menu = QMenu(self.export_button)
        self.export_actions = {}
        for key, text in (
            ("pdf-a4", self.tr("PDF, A4…")),
            ("pdf-letter", self.tr("PDF, Letter…")),
            ("xlsx", self.tr("Excel workbook…")),
            ("csv", self.tr("CSV…")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda checked=False, k=key: self.ask_export(k))
            self.export_actions[key] = action
        self.export_button.setMenu(menu)

        report_label = QLabel(self.tr("&Report:"))
        report_label.setBuddy(self.kind)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.preset)
        top = QHBoxLayout()
        top.addWidget(report_label)
        top.addWidget(self.kind, 1)
        top.addWidget(period_label)
        top.addWidget(self.preset)
        top.addWidget(self.start)
        top.addWidget(QLabel("–"))
        top.addWidget(self.end)
        top.addWidget(self.export_button)

        self.means = QLabel()
        self.means.setWordWrap(True)
        self.chances_button = QPushButton(self.tr("Cha&nces by stage…"))
        self.chances_button.clicked.connect(self.edit_chances)
        means_row = QHBoxLayout()
        means_row.addWidget(self.means, 1)
        means_row.addWidget(self.chances_button)
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 8, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.content)

        self.behind_title = QLabel()
        self.behind_title.setWordWrap(True)
        self.behind = QListWidget()
        self.behind.setAccessibleName(self.tr("Leads behind the figure"))
        self.behind.setWordWrap(True)
        self.behind.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.behind.itemActivated.connect(self._open_item)
        self.panel = QWidget()
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(4, 0, 0, 0)
        panel_layout.addWidget(self.behind_title)
        panel_layout.addWidget(self.behind, 1)
        hint = QLabel(self.tr("Enter or a double click opens the lead."))
        hint.setWordWrap(True)
        panel_layout.addWidget(hint)
        self.panel.setMinimumWidth(200)
        self.panel.setMaximumWidth(380)
        self.panel.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(means_row)
        layout.addWidget(self.splitter, 1)

        self._loading = False
        self._apply_preset()
        self.kind.currentIndexChanged.connect(self.refresh)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)

    # --- Period ---------------------------------------------------------------------------

    def _apply_preset(self) -> None:
        period = preset_period(self.preset.currentData(), clock.today())
        custom = period is None
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if period is not None:
            self._loading = True
            try:
                self.start.setDate(to_qdate(period.start or self._first_day()))
                self.end.setDate(to_qdate(period.end or clock.today()))
            finally:
                self._loading = False

    def _first_day(self) -> dt.date:
        first = Lead.select(Lead.received_at).order_by(Lead.received_at).first()
        return first.received_at.date() if first else clock.today()

    def _preset_changed(self) -> None:
        self._apply_preset()
        self.refresh()

    def _dates_changed(self) -> None:
        if not self._loading:
            self.refresh()

    def period(self) -> reports.Period:
        preset = preset_period(self.preset.currentData(), clock.today())
        if preset is not None:
            return preset
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if start and end and start > end:
            start, end = end, start
        return reports.Period(start, end)

    def set_report(self, name: str, preset: str | None = None) -> None:
        if preset is not None:
            self.preset.setCurrentIndex(PRESETS.index(preset))
        self.kind.setCurrentIndex(self.kind.findData(name))
        self.refresh()

    # --- Showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading:
            return
        name = self.kind.currentData()
        kind = reports.REPORTS[name]
        self.report = report_actions.compute(name, self.period())
        self.means.setText(translate("Reports", kind.period_means))
        self.chances_button.setVisible(name == "forecast")
        while self.content_layout.count():
            widget = self.content_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.charts, self.tables = [], []
        for chart in self.report.charts():
            widget = BarChart(chart)
            widget.clicked.connect(self.show_leads)
            self.charts.append(widget)
            self.content_layout.addWidget(widget)
        for table in self.report.tables():
            title = QLabel(f"<b>{table.title}</b>")
            self.content_layout.addWidget(title)
            view = FitTable(ReportTableModel(table, self))
            view.clicked.connect(self._cell_clicked)
            view.activated.connect(self._cell_clicked)
            self.tables.append(view)
            self.content_layout.addWidget(view)
        self.content_layout.addStretch(1)

    def _cell_clicked(self, index: QModelIndex) -> None:
        ids = index.data(LEADS_ROLE) or []
        if not ids:
            return
        model = index.model()
        row_name = model.index(index.row(), 0).data()
        column = model.headerData(index.column(), Qt.Orientation.Horizontal)
        what = f"{row_name}: {column}" if index.column() else str(row_name)
        self.show_leads(reports.Figure(len(ids), tuple(ids)), what)

    def show_leads(self, figure: reports.Figure, what: str) -> None:
        """List the leads behind a figure in the side panel."""
        self.behind.clear()
        ids = list(figure.leads)
        self.behind_title.setText(f"<b>{what}</b><br>" + self.tr("%n lead(s)", "", len(ids)))
        for lead in reports.leads_behind(ids):
            status = translate("Rules", STATUS_LABELS.get(lead.status, lead.status))
            item = QListWidgetItem(f"{lead.title}\n{lead.contact} · {status}")
            item.setData(Qt.ItemDataRole.UserRole, lead.lead_id)
            self.behind.addItem(item)
        if self.panel.isHidden():
            self.panel.show()
            total = sum(self.splitter.sizes())
            side = min(320, total // 3)
            self.splitter.setSizes([total - side, side])
        if self.behind.count():
            self.behind.setCurrentRow(0)

    def edit_chances(self) -> None:
        if ChancesDialog(self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_lead.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # --- Export -----------------------------------------------------------------------------

    def suggested_name(self, suffix: str) -> str:
        name = self.kind.currentData()
        period = self.period()
        parts = [name]
        if period.start:
            parts.append(period.start.isoformat())
        if period.end:
            parts.append(period.end.isoformat())
        return "-".join(parts) + suffix

    def ask_export(self, key: str) -> None:
        suffix = ".pdf" if key.startswith("pdf") else f".{key}"
        filters = {
            ".pdf": self.tr("PDF (*.pdf)"),
            ".xlsx": self.tr("Excel workbook (*.xlsx)"),
            ".csv": self.tr("CSV (*.csv)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), self.suggested_name(suffix), filters[suffix]
        )
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        self.export_to(Path(path), key)

    def export_to(self, path: Path, key: str) -> bool:
        """Write the report on show to `path` (key: pdf-a4, pdf-letter, xlsx, csv)."""
        if self.report is None:
            self.refresh()
        kind = reports.REPORTS[self.kind.currentData()]
        try:
            if key.startswith("pdf"):
                from ui.report_pdf import write_pdf

                size = QPageSize.PageSizeId.A4 if key == "pdf-a4" else QPageSize.PageSizeId.Letter
                write_pdf(path, self.report, kind.translated_title, self.period_text(), size)
            else:
                report_actions.export(kind.name, path, self.period(), report=self.report)
        except (TranslatableError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return False
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Report written to {0}").format(path), 8000)
        return True

    def period_text(self) -> str:
        period = self.period()
        if period.start is None and period.end is None:
            return self.tr("All time")
        return self.tr("From {0} to {1}").format(format_date(period.start), format_date(period.end))
