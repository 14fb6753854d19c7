"""The import wizard's first pages, where the file is read and understood: which file,
how it reads (encoding, separator, header row, sheet), where it comes from, and which
column holds which field."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from contactos import settings
from contactos.importing.readers import ReadError, encoding_name, read_file
from contactos.models import Representada, Source
from ui.dialogs.common import ErrorLabel, busy, fill_countries, select_data, text_width
from ui.dialogs.import_models import PREVIEW_ROWS, PreviewModel, number
from ui.drops import ListDropTarget
from ui.icons import icon

if TYPE_CHECKING:
    from ui.dialogs.import_wizard import ImportWizard

SAMPLES = 3
# Offered by their names (readers.encoding_name); another codec can be typed.
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "cp1252",
    "iso8859-1",
    "iso8859-15",
    "mac-roman",
    "cp850",
    "shift_jis",
    "cp932",
    "gb18030",
    "big5",
    "euc_kr",
)
IGNORE = "ignore"  # the mapping's "Do not import"


class FilePage(ListDropTarget, QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV or text file, an Excel workbook (.xlsx) or vCards (.vcf) as the "
                "distributor sent it."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setMinimumWidth(text_width(self, 50))
        self.path_edit.setPlaceholderText(self.tr("Path of the file to import"))
        self.path_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("B&rowse…"), self)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.error = ErrorLabel(self)
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path_edit)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._changed)
        # A file dropped on the page (the path field included) is the file to import.
        self.path_edit.setAcceptDrops(False)
        self.setAcceptDrops(True)

    def list_dropped(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.wizard().next()

    def _changed(self) -> None:
        self.error.clear_message()
        self.completeChanged.emit()

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            start,
            self.tr("Contacts (*.csv *.txt *.xlsx *.vcf)") + ";;" + self.tr("All files (*)"),
        )
        if name:
            self.path_edit.setText(name)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        path = Path(self.path_edit.text().strip()).expanduser()
        wizard: ImportWizard = self.wizard()
        try:
            with busy():  # (a large workbook takes a few seconds)
                table = read_file(path)
        except ReadError as error:
            self.error.show_message(error.message)
            self.path_edit.setFocus()
            return False
        self.error.clear_message()
        wizard.set_file(path, table)
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check how the file reads"))
        self.setSubTitle(
            self.tr(
                "If letters look wrong or everything is in one column, change the encoding "
                "or the separator."
            )
        )
        self._filling = False
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setEditable(True)
        self.encoding_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for codec in ENCODINGS:  # (as a person knows them: 'Windows (Europa occidental)')
            self.encoding_combo.addItem(encoding_name(codec), codec)
        self.encoding_combo.setMinimumContentsLength(24)
        self.encoding_combo.setToolTip(
            self.tr("How the file's letters are written; choose another if accents look wrong.")
        )
        self.delimiter_combo = QComboBox(self)
        for value, text in (
            (",", self.tr("Comma ( , )")),
            (";", self.tr("Semicolon ( ; )")),
            ("\t", self.tr("Tab")),
            ("|", self.tr("Pipe ( | )")),
        ):
            self.delimiter_combo.addItem(text, value)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, 999)
        self.header_spin.setToolTip(self.tr("The row that holds the column names."))
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setMinimumContentsLength(12)
        self.error = ErrorLabel(self)
        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setDefaultSectionSize(text_width(self, 16))
        self.view.setMinimumHeight(self.fontMetrics().height() * 10)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        grid = QGridLayout()
        fields = (
            (self.tr("&Encoding:"), self.encoding_combo),
            (self.tr("&Separator:"), self.delimiter_combo),
            (self.tr("&Header row:"), self.header_spin),
            (self.tr("Shee&t:"), self.sheet_combo),
        )
        for position, (text, field) in enumerate(fields):
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, position // 2, (position % 2) * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(field, position // 2, (position % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

        self.encoding_combo.currentIndexChanged.connect(self._encoding_changed)
        self.encoding_combo.activated.connect(self._encoding_changed)  # same item again
        self.encoding_combo.lineEdit().editingFinished.connect(self._encoding_changed)
        self.delimiter_combo.currentIndexChanged.connect(self._delimiter_changed)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)

    def initializePage(self) -> None:  # noqa: N802
        self.show_table()

    def show_table(self) -> None:
        """Put how the wizard's table was read into the fields, and its rows in the view."""
        wizard: ImportWizard = self.wizard()
        table = wizard.table
        self.model.set_table(table)
        if table is None:
            self.summary.clear()
            self.completeChanged.emit()
            return
        self._filling = True
        try:
            is_csv = table.kind == "csv"
            if table.encoding:
                combo = self.encoding_combo
                index = combo.findData(table.encoding)
                if index < 0:
                    index = combo.findText(encoding_name(table.encoding))
                    if index >= 0:  # (utf-16-le is 'Unicode (UTF-16)' too)
                        combo.setItemData(index, table.encoding)
                    else:
                        combo.addItem(encoding_name(table.encoding), table.encoding)
                        index = combo.count() - 1
                combo.setCurrentIndex(index)
            else:
                self.encoding_combo.setCurrentIndex(-1)  # (a workbook has no encoding to choose)
            self.encoding_combo.setEnabled(table.kind in ("csv", "vcard"))
            if table.delimiter:
                select_data(self.delimiter_combo, table.delimiter)
            else:
                self.delimiter_combo.setCurrentIndex(-1)
            self.delimiter_combo.setEnabled(is_csv)
            self.header_spin.setValue(table.header_row + 1)
            self.header_spin.setEnabled(table.kind in ("csv", "xlsx"))
            self.sheet_combo.clear()
            self.sheet_combo.addItems(table.sheets)
            if table.sheet:
                self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findText(table.sheet)))
            self.sheet_combo.setEnabled(len(table.sheets) > 1)
        finally:
            self._filling = False
        skipped = len(table.skipped)
        text = self.tr("{rows} rows and {columns} columns.").format(
            rows=number(len(table.rows)), columns=number(len(table.headers))
        )
        if len(table.rows) > PREVIEW_ROWS:
            text += " " + self.tr("The first {count} are shown.").format(count=number(PREVIEW_ROWS))
        if skipped:
            text += " " + self.tr("{count} blank, title or total lines are left out.").format(
                count=number(skipped)
            )
        self.summary.setText(text)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        limit = text_width(self, 30)
        for column in range(self.model.columnCount()):
            if header.sectionSize(column) > limit:
                header.resizeSection(column, limit)
        self.completeChanged.emit()

    def _reread(self, **changes) -> None:
        if self._filling:
            return
        wizard: ImportWizard = self.wizard()
        try:
            wizard.reread(**changes)
        except ReadError as error:
            wizard.table = None  # nothing to go on with until a choice reads the file
            self.error.show_message(error.message)
            self.model.set_table(None)
            self.summary.clear()
            self.completeChanged.emit()
            return
        self.error.clear_message()
        self.show_table()

    def _encoding_changed(self, *_args) -> None:
        combo = self.encoding_combo
        text = combo.currentText().strip()
        index = combo.findText(text)
        value = combo.itemData(index) if index >= 0 else text  # (a codec's own name, typed)
        table = self.wizard().table
        if value and (table is None or value != table.encoding):
            self._reread(encoding=value)

    def _delimiter_changed(self, *_args) -> None:
        value = self.delimiter_combo.currentData()
        table = self.wizard().table
        if value and (table is None or value != table.delimiter):
            self._reread(delimiter=value)

    def _header_changed(self, value: int) -> None:
        table = self.wizard().table
        if table is None or value - 1 != table.header_row:
            self._reread(header_row=value - 1)

    def _sheet_changed(self, *_args) -> None:
        value = self.sheet_combo.currentText()
        table = self.wizard().table
        if value and (table is None or value != table.sheet):
            self._reread(sheet=value, header_row=None)

    def isComplete(self) -> bool:  # noqa: N802
        table = self.wizard().table
        return table is not None and bool(table.rows)


class OptionsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Where the file comes from"))
        self.setSubTitle(
            self.tr(
                "The source remembers how its columns were matched, for the next file it sends."
            )
        )
        self.source_combo = QComboBox(self)
        self.source_combo.setEditable(True)
        self.source_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_combo.lineEdit().setPlaceholderText(
            self.tr("Distributor, list or campaign (a new name is added)")
        )
        self.representada_combo = QComboBox(self)
        self.representada_combo.setEditable(True)
        self.representada_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.representada_combo.lineEdit().setPlaceholderText(
            self.tr("The company the leads are for (optional)")
        )
        for combo in (self.source_combo, self.representada_combo):
            combo.setMinimumWidth(text_width(self, 40))
        self.leads_check = QCheckBox(self.tr("Create a &lead for each row"), self)
        self.leads_check.setToolTip(
            self.tr("Otherwise only contacts are added, without an opportunity to follow up.")
        )
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        self.country_combo = QComboBox(self)
        self.country_combo.setToolTip(
            self.tr(
                "For phone numbers written without a prefix (a row with a country of its own "
                "is read in it), and the currency of amounts the file does not name."
            )
        )

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Source:"), self.source_combo),
            (self.tr("&Representada:"), self.representada_combo),
            (self.tr("&Tags:"), self.tags_edit),
            (self.tr("&Country of the list:"), self.country_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.leads_check)
        self._loaded = False

    def initializePage(self) -> None:  # noqa: N802
        if self._loaded:
            return
        self._loaded = True
        self.source_combo.addItem(icon("source"), "")
        for source in Source.select().where(Source.active).order_by(Source.name):
            self.source_combo.addItem(icon("source"), source.name)
        self.source_combo.setCurrentIndex(0)
        self.representada_combo.addItem(icon("representada"), "")
        for item in Representada.select().where(Representada.active).order_by(Representada.name):
            self.representada_combo.addItem(icon("representada"), item.name)
        self.representada_combo.setCurrentIndex(0)
        fill_countries(self.country_combo, (settings.get("default_country") or "MX").upper())

    def source_name(self) -> str:
        return self.source_combo.currentText().strip()

    def representada_name(self) -> str:
        return self.representada_combo.currentText().strip()

    def tags(self) -> list[str]:
        return [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]

    def country(self) -> str:
        return self.country_combo.currentData() or "MX"


class MappingPage(QWizardPage):
    HEADER, SAMPLES, FIELD = range(3)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Say which field each column holds. Columns you do not import are left out.")
        )
        self.table_widget = QTableWidget(0, 3, self)
        self.table_widget.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Sample values"), self.tr("Field")]
        )
        self.table_widget.verticalHeader().hide()
        self.table_widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table_widget.setWordWrap(False)
        header = self.table_widget.horizontalHeader()
        header.setSectionResizeMode(self.HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = ErrorLabel(self)
        # While a large file is read in the background.
        self.busy_label = QLabel(self.tr("Reading the rows and looking for duplicates…"), self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.busy_label.text())
        self.busy_label.hide()
        self.busy_bar.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table_widget, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        self.combos: list[QComboBox] = []
        self._filled_for: tuple | None = None

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()
        key = (id(wizard.table), wizard.options_page.source_name().casefold())
        if key == self._filled_for:
            return
        self._filled_for = key
        self.error.clear_message()
        table = wizard.table
        mapping, how = wizard.initial_mapping()
        self.note.setText(how)
        self.combos = []
        self.table_widget.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            name = header or self.tr("Column {number}").format(number=number(column + 1))
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            self.table_widget.setItem(column, self.HEADER, item)
            samples = []
            for row in table.rows:
                value = row.cells[column].strip() if column < len(row.cells) else ""
                if value:
                    samples.append(" ".join(value.split()))
                if len(samples) == SAMPLES:
                    break
            sample_item = QTableWidgetItem(" · ".join(samples))
            sample_item.setToolTip("\n".join(samples))
            self.table_widget.setItem(column, self.SAMPLES, sample_item)
            combo = QComboBox(self.table_widget)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for key_name, label in wizard.field_labels():
                combo.addItem(label, key_name)
            combo.setAccessibleName(self.tr("Field of column {name}").format(name=name))
            select_data(combo, mapping.get(column, IGNORE))
            self.table_widget.setCellWidget(column, self.FIELD, combo)
            self.combos.append(combo)
        self.table_widget.resizeColumnToContents(self.HEADER)
        header = self.table_widget.horizontalHeader()
        if header.sectionSize(self.HEADER) > text_width(self, 28):
            header.resizeSection(self.HEADER, text_width(self, 28))
        self.table_widget.resizeRowsToContents()

    def mapping(self) -> dict[int, str]:
        return {c: combo.currentData() for c, combo in enumerate(self.combos)}

    def validatePage(self) -> bool:  # noqa: N802
        wizard: ImportWizard = self.wizard()
        if wizard.take_prepared():
            return True  # (the background preparation has just ended: on to the dry run)
        if wizard.is_preparing():
            return False
        mapping = self.mapping()
        if all(field == IGNORE for field in mapping.values()):
            self.error.show_message(self.tr("Choose the field of at least one column."))
            return False
        self.error.clear_message()
        return wizard.prepare(mapping)

    def show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.table_widget.setEnabled(not busy)
