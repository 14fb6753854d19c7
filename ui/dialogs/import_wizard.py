"""Importing a distributor's file, step by step: file, preview, options, mapping, dry run,
import and summary.

The wizard only asks: :mod:`contactos.importing` reads the file, guesses and remembers
the mapping, normalises the rows, finds duplicates and imports them in one transaction;
the wizard shows its answers and its messages. The import itself runs in a worker thread
(so the window keeps painting and Cancel works) and is the only thing that touches the
database while it runs: every button of the wizard is disabled until it is done.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

from peewee import OperationalError
from PySide6.QtCore import (
    Q_ARG,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from contactos import settings, storage
from contactos.actions import names
from contactos.i18n import TranslatableError, translate
from contactos.importing import engine
from contactos.importing import mapping as mapping_module
from contactos.importing.readers import ReadError, Table, encoding_name, left_out, read_file
from contactos.models import ImportBatch, Representada, Source, database
from ui.dialogs.common import ErrorLabel, busy, fill_countries, select_data, text_width
from ui.drops import ListDropTarget
from ui.icons import icon

log = logging.getLogger(__name__)

PREVIEW_ROWS = 50
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


def emit(sender: QObject, signal: str, *args: tuple[type, object]) -> None:
    """Emit `signal` of `sender` through the meta-object, with (type, value) arguments.

    PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without a reference of
    its own, so every emit from Python takes one reference from the interpreter's
    ``True`` until the interpreter aborts ("bool_dealloc", at exit or sooner).
    ``QMetaObject.invokeMethod`` emits the same signal without that.
    """
    QMetaObject.invokeMethod(
        sender,
        signal,
        Qt.ConnectionType.DirectConnection,
        *(Q_ARG(kind, value) for kind, value in args),
    )


def _number(value: int) -> str:
    return QLocale().toString(int(value))


def _show_from_the_top(box: QPlainTextEdit) -> None:
    """A list's first line in view (once laid out, the box would show its end)."""
    box.moveCursor(QTextCursor.MoveOperation.Start)
    QTimer.singleShot(0, box, lambda: box.verticalScrollBar().setValue(0))


def currency_text(plan: engine.Plan) -> str:
    """What the amounts are in and where that comes from ('Amounts in EUR, as the file
    says.'), or that the file names several currencies."""
    translate = QCoreApplication.translate
    if len(plan.currencies) > 1:
        return translate(
            "ImportWizard",
            "The amounts of this file name several currencies ({currencies}): each keeps "
            "the one written beside it; an amount without one is kept in the notes.",
        ).format(currencies=", ".join(plan.currencies))
    origin = translate("Import", engine.CURRENCY_ORIGINS.get(plan.currency_origin, ""))
    return translate("ImportWizard", "Amounts in {currency} ({origin}).").format(
        currency=plan.currency, origin=origin
    )


# --- Item models --------------------------------------------------------------------------


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as read, under its header."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []

    def set_table(self, table: Table | None, limit: int = PREVIEW_ROWS) -> None:
        self.beginResetModel()
        if table is None:
            self._headers, self._rows = [], []
        else:
            self._headers = list(table.headers)
            self._rows = [(row.line, list(row.cells)) for row in table.rows[:limit]]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        cells = self._rows[index.row()][1]
        value = cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return value.replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return value or None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section] or self.tr("Column {number}").format(
                    number=_number(section + 1)
                )
            return None
        if 0 <= section < len(self._rows):
            return _number(self._rows[section][0])
        return None


class PlanModel(QAbstractTableModel):
    """Every row of the dry run that is not simply new: what it is, why, and what to do."""

    LINE, STATUS, REASON, CHOICE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[engine.PlanRow] = []

    # (the engine's words, so that the page, the delegate and the command line agree)
    status_label = staticmethod(engine.status_label)
    choice_label = staticmethod(engine.choice_label)

    def set_plan(self, plan: engine.Plan | None) -> None:
        self.beginResetModel()
        self._rows = [r for r in plan.rows if r.status != "new"] if plan is not None else []
        self.endResetModel()

    def plan_row(self, row: int) -> engine.PlanRow:
        return self._rows[row]

    def refresh_choices(self) -> None:
        if self._rows:
            emit(
                self,
                "dataChanged",
                (QModelIndex, self.index(0, self.CHOICE)),
                (QModelIndex, self.index(len(self._rows) - 1, self.CHOICE)),
            )

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CHOICE and self._rows[index.row()].status != "rejected":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINE:
                return _number(row.line)
            if column == self.STATUS:
                return self.status_label(row.status)
            if column == self.REASON:
                return row.reason
            if column == self.CHOICE:
                return "" if row.status == "rejected" else self.choice_label(row.choice)
        elif role == Qt.ItemDataRole.EditRole and column == self.CHOICE:
            return row.choice
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return row.reason or None
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.CHOICE:
            return None if row.status == "rejected" else self.tr("Click to change what to do.")
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.CHOICE
            or value not in engine.CHOICES
        ):
            return False
        row = self._rows[index.row()]
        if row.status == "rejected":
            return False
        if row.choice == value:
            return True
        row.choice = value
        changed = self.index(index.row(), index.column())
        emit(self, "dataChanged", (QModelIndex, changed), (QModelIndex, changed))
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            self.LINE: self.tr("Line"),
            self.STATUS: self.tr("Status"),
            self.REASON: self.tr("Reason"),
            self.CHOICE: self.tr("What to do"),
        }.get(section)


class ChoiceDelegate(QStyledItemDelegate):
    """Skip / merge / create as a combo box that writes the choice as soon as it changes."""

    def __init__(self, model: PlanModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for choice in engine.CHOICES:
            combo.addItem(self._model.choice_label(choice), choice)
        combo.setAccessibleName(self.tr("What to do"))
        # Written at once (not when the editor closes: these editors stay open).
        target = QPersistentModelIndex(index)
        combo.currentIndexChanged.connect(
            lambda _i, c=combo: self._model.setData(target, c.currentData())
        )
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.blockSignals(True)
        select_data(editor, index.data(Qt.ItemDataRole.EditRole))
        editor.blockSignals(False)

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# --- The worker ---------------------------------------------------------------------------


class ImportWorker(QThread):
    """Runs engine.run_import on its own database connection (peewee keeps one per
    thread) and closes that connection before it ends."""

    progressed = Signal(int, int)
    succeeded = Signal()
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, job: dict, parent=None) -> None:
        super().__init__(parent)
        self.job = job
        self.batch: ImportBatch | None = None
        self._stop = threading.Event()

    def request_cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        job = self.job
        try:
            # One transaction for everything: a new source or representada named in the
            # wizard is not kept when the import is cancelled or fails. IMMEDIATE takes the
            # write lock first (waiting for another writer, up to busy_timeout): a read
            # transaction that later wants to write would fail at once instead.
            with engine.collector_paused(), database.atomic("IMMEDIATE"):
                options: engine.ImportOptions = job["options"]
                options.source = names.source(job["source"], create=True).row
                options.representada = names.representada(job["representada"], create=True).row
                batch = engine.run_import(
                    job["plan"],
                    options,
                    progress=lambda done, total: emit(
                        self, "progressed", (int, done), (int, total)
                    ),
                    cancelled=self._stop.is_set,
                )
                if options.source is not None and not job["preset"]:
                    mapping_module.remember_mapping(
                        options.source.id, job["headers"], job["mapping"]
                    )
        except engine.ImportCancelled:
            emit(self, "cancelled")
        except TranslatableError as error:
            log.info("import refused: %s", error.template)
            emit(self, "failed", (str, error.message))
        except OperationalError as error:
            log.warning("import failed: %s", error)
            if storage.is_disk_full(error):  # (SQLite rolled the whole import back)
                emit(self, "failed", (str, translate("Storage", storage.DISK_FULL)))
            elif "locked" in str(error):
                message = self.tr("The database is busy. Wait a moment and import the file again.")
                emit(self, "failed", (str, message))
            else:
                emit(self, "failed", (str, str(error)))
        except Exception as error:  # noqa: BLE001 - shown to the person, logged in full
            log.exception("import failed")
            if storage.is_disk_full(error):  # (sqlite3's own error, from a bulk write)
                emit(self, "failed", (str, translate("Storage", storage.DISK_FULL)))
            else:
                emit(self, "failed", (str, str(error) or type(error).__name__))
        else:
            self.batch = batch
            emit(self, "succeeded")
        finally:
            database.close()  # this thread's connection only


# --- Pages --------------------------------------------------------------------------------


class PrepareWorker(QThread):
    """Reads a large file's rows and makes its dry run away from the window, on its own
    database connection (it only reads), so that the window keeps answering."""

    succeeded = Signal()
    failed = Signal(str)

    def __init__(self, job: dict, parent=None) -> None:
        super().__init__(parent)
        self.job = job
        self.result: tuple | None = None

    def run(self) -> None:
        from contactos.importing import values

        job = self.job
        try:
            with engine.collector_paused():
                records, problems = values.normalize_rows(
                    job["table"], job["mapping"], job["country"]
                )
                plan = engine.plan_import(records, job["options"])
        except Exception as error:  # noqa: BLE001 - shown to the person, logged in full
            log.exception("dry run failed")
            emit(self, "failed", (str, str(error) or type(error).__name__))
        else:
            self.result = (records, problems, plan)
            emit(self, "succeeded")
        finally:
            database.close()  # this thread's connection only


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
        emit(self, "completeChanged")

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
            emit(self, "completeChanged")
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
            rows=_number(len(table.rows)), columns=_number(len(table.headers))
        )
        if len(table.rows) > PREVIEW_ROWS:
            text += " " + self.tr("The first {count} are shown.").format(
                count=_number(PREVIEW_ROWS)
            )
        if skipped:
            text += " " + self.tr("{count} blank, title or total lines are left out.").format(
                count=_number(skipped)
            )
        self.summary.setText(text)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        limit = text_width(self, 30)
        for column in range(self.model.columnCount()):
            if header.sectionSize(column) > limit:
                header.resizeSection(column, limit)
        emit(self, "completeChanged")

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
            emit(self, "completeChanged")
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
            name = header or self.tr("Column {number}").format(number=_number(column + 1))
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


class DryRunPage(QWizardPage):
    OPEN_EDITORS = 300  # rows that get a combo box of their own

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(
            self.tr("Nothing has been written yet. Choose what to do with each duplicate.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

        counts_box = QGroupBox(self.tr("Rows"), self)
        counts = QGridLayout(counts_box)
        self.count_labels: dict[str, QLabel] = {}
        for position, (key, text) in enumerate(
            (
                ("new", self.tr("New:")),
                ("duplicate", self.tr("Already contacts:")),
                ("duplicate_in_file", self.tr("Repeated in the file:")),
                ("possible_duplicate", self.tr("Possible duplicates:")),
                ("rejected", self.tr("Rejected:")),
            )
        ):
            value = QLabel("0", counts_box)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setAccessibleName(key)
            self.count_labels[key] = value
            row, col = position % 3, (position // 3) * 3
            counts.addWidget(QLabel(text, counts_box), row, col)
            counts.addWidget(value, row, col + 1)
        counts.setColumnMinimumWidth(1, text_width(self, 6))
        counts.setColumnMinimumWidth(2, text_width(self, 4))
        counts.setColumnMinimumWidth(3, text_width(self, 6))
        counts.setColumnStretch(5, 1)  # the numbers stay beside their labels

        self.model = PlanModel(self)
        # Same e-mail or phone: skipped unless the person says otherwise. A similar name
        # alone: created (two people at one company often have similar names), listed.
        self.all_combo = QComboBox(self)
        self.possible_combo = QComboBox(self)
        for combo in (self.all_combo, self.possible_combo):
            for choice in engine.CHOICES:
                combo.addItem(self.model.choice_label(choice), choice)
        select_data(self.possible_combo, "create")
        all_label = QLabel(self.tr("Same e-mail or &phone:"), self)
        all_label.setBuddy(self.all_combo)
        possible_label = QLabel(self.tr("Similar &name only:"), self)
        possible_label.setBuddy(self.possible_combo)
        self.possible_combo.setToolTip(
            self.tr(
                "A similar name at the same company may be another person: these rows are "
                "created unless you choose otherwise."
            )
        )
        self.currency = QLabel(self)
        self.currency.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.delegate = ChoiceDelegate(self.model, self.view)
        self.view.setItemDelegateForColumn(PlanModel.CHOICE, self.delegate)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        # Sized once for each plan (initializePage): a column sized to its contents at
        # every change would measure every row again for each choice written.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PlanModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(self.fontMetrics().height() * 7)
        self.problems_label = QLabel(self.tr("Values kept in the notes, lines left out:"), self)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setTabChangesFocus(True)
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.problems_label.setBuddy(self.problems)

        choice_row = QHBoxLayout()
        choice_row.addWidget(all_label)
        choice_row.addWidget(self.all_combo)
        choice_row.addSpacing(text_width(self, 2))
        choice_row.addWidget(possible_label)
        choice_row.addWidget(self.possible_combo)
        choice_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(counts_box)
        layout.addWidget(self.currency)
        layout.addLayout(choice_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        self.all_combo.currentIndexChanged.connect(self._all_changed)
        self.possible_combo.currentIndexChanged.connect(self._all_changed)

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()
        plan = wizard.plan
        self.model.set_plan(plan)
        counts = plan.counts()
        for key, label in self.count_labels.items():
            label.setText(_number(counts.get(key, 0)))
        # A combo box on every row, up to a few hundred; past that (a big list with
        # thousands of repeats) a row's choice opens as a combo box when clicked.
        if self.model.rowCount() <= self.OPEN_EDITORS:
            for row in range(self.model.rowCount()):
                index = self.model.index(row, PlanModel.CHOICE)
                if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    self.view.openPersistentEditor(index)
        self.view.resizeColumnsToContents()
        self.currency.setText(currency_text(plan))
        # Values kept in the notes, and the lines of the file left out, line by line.
        lines = [
            self.tr("Line {line}: {problem}").format(
                line=_number(item["line"]), problem=item["problem"]
            )
            for item in wizard.problems
        ] + [
            self.tr("Line {line} left out: {reason}").format(
                line=_number(item["line"]), reason=item["reason"]
            )
            for item in left_out(wizard.table)
        ]
        self.problems.setPlainText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        self.problems.setVisible(bool(lines))
        _show_from_the_top(self.problems)

    def _all_changed(self) -> None:
        plan = self.wizard().plan
        if plan is None:
            return
        plan.set_choice(self.all_combo.currentData(), ("duplicate", "duplicate_in_file"))
        plan.set_choice(self.possible_combo.currentData(), ("possible_duplicate",))
        for row in range(self.model.rowCount()):
            index = self.model.index(row, PlanModel.CHOICE)
            editor = self.view.indexWidget(index)
            if editor is not None:
                self.delegate.setEditorData(editor, index)
        self.model.refresh_choices()

    def choice_combo(self, line: int) -> QComboBox | None:
        """The combo box of the row for `line` of the file (None for rejected rows)."""
        for row in range(self.model.rowCount()):
            if self.model.plan_row(row).line == line:
                return self.view.indexWidget(self.model.index(row, PlanModel.CHOICE))
        return None

    def validatePage(self) -> bool:  # noqa: N802
        # An open editor may hold a choice not yet written to the plan.
        for row in range(self.model.rowCount()):
            index = self.model.index(row, PlanModel.CHOICE)
            editor = self.view.indexWidget(index)
            if editor is not None and editor.currentData() != self.model.plan_row(row).choice:
                self.delegate.setModelData(editor, self.model, index)
        return True


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Everything is written at once: until the end, nothing is kept."))
        # Once imported there is no going back to the dry run.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setMinimumWidth(text_width(self, 40))
        self.cancel_button = QPushButton(self.tr("&Cancel import"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(wizard.cancel_import)
        self.error = ErrorLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        self.error.clear_message()
        self.status.setText(self.tr("Importing the rows…"))
        self.bar.setRange(0, max(1, len(self.wizard().plan.rows)))
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.wizard().start_import()

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.status.setText(
            self.tr("Importing row {done} of {total}…").format(
                done=_number(done), total=_number(total)
            )
        )

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

    def show_cancelled(self) -> None:
        self.cancel_button.hide()
        self.bar.setValue(0)
        self.status.setText(self.tr("Cancelled: nothing was imported."))

    def show_failed(self, message: str) -> None:
        self.cancel_button.hide()
        self.status.setText(self.tr("The import failed: nothing was imported."))
        self.error.show_message(message)

    def isComplete(self) -> bool:  # noqa: N802
        return self.wizard().batch is not None


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import finished"))
        box = QGroupBox(self.tr("Rows"), self)
        grid = QFormLayout(box)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("created", self.tr("Created:")),
            ("merged", self.tr("Merged into existing contacts:")),
            ("skipped", self.tr("Skipped:")),
            ("rejected", self.tr("Rejected:")),
            ("leads", self.tr("Leads created:")),
        ):
            value = QLabel("0", box)
            value.setAccessibleName(key)
            self.values[key] = value
            grid.addRow(text, value)
        self.currency = QLabel(self)
        self.currency.setWordWrap(True)
        self.possible_label = QLabel(
            self.tr(
                "Created although a similar name is already there (check that they are "
                "different people):"
            ),
            self,
        )
        self.possible_label.setWordWrap(True)
        self.possible = QPlainTextEdit(self)
        self.possible.setReadOnly(True)
        self.possible.setTabChangesFocus(True)
        self.possible_label.setBuddy(self.possible)
        self.rejected_label = QLabel(self.tr("Rejected rows:"), self)
        self.rejected = QPlainTextEdit(self)
        self.rejected.setReadOnly(True)
        self.rejected.setTabChangesFocus(True)
        self.rejected_label.setBuddy(self.rejected)
        self.undo_hint = QLabel(
            self.tr("You can undo the whole import later from the import history."), self
        )
        self.undo_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.currency)
        layout.addWidget(self.possible_label)
        layout.addWidget(self.possible, 3)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected, 3)
        layout.addStretch(1)  # (the lists hidden, the figures stay together at the top)
        layout.addWidget(self.undo_hint)

    def initializePage(self) -> None:  # noqa: N802
        batch: ImportBatch = self.wizard().batch
        try:
            summary = json.loads(batch.summary or "{}")
        except ValueError:
            summary = {}
        self.setSubTitle(
            self.tr("Import number {batch} of {file} is done.").format(
                batch=_number(batch.id), file=batch.file_name
            )
        )
        for key, number in (
            ("created", batch.created_count),
            ("merged", batch.merged_count),
            ("skipped", batch.skipped_count),
            ("rejected", batch.rejected_count),
            ("leads", summary.get("leads", 0)),
        ):
            self.values[key].setText(_number(number))
        rejected = summary.get("rejected_rows", [])
        self.rejected.setPlainText(
            "\n".join(
                self.tr("Line {line}: {reason}").format(
                    line=_number(item["line"]), reason=item["reason"]
                )
                for item in rejected
            )
        )
        self.rejected_label.setVisible(bool(rejected))
        self.rejected.setVisible(bool(rejected))
        plan = self.wizard().plan
        self.currency.setText(currency_text(plan) if plan is not None else "")
        created = [
            row
            for row in (plan.rows if plan is not None else [])
            if row.status == "possible_duplicate" and row.choice == "create"
        ]
        self.possible.setPlainText(
            "\n".join(
                self.tr("Line {line}: {reason}").format(line=_number(row.line), reason=row.reason)
                for row in created
            )
        )
        self.possible_label.setVisible(bool(created))
        self.possible.setVisible(bool(created))
        for box in (self.possible, self.rejected):
            _show_from_the_top(box)


# --- The wizard ---------------------------------------------------------------------------


class ImportWizard(QWizard):
    """File → preview → options → mapping → dry run → import → summary."""

    FILE, PREVIEW, OPTIONS, MAPPING, DRY_RUN, IMPORT, SUMMARY = range(7)

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWindowIcon(icon("import"))
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        # Room for the Spanish labels and a useful part of the tables, within a 1024x600
        # screen (less its task bar and the title bar).
        self.setMinimumSize(
            QSize(max(760, text_width(self, 120)), max(500, self.fontMetrics().height() * 32))
        )

        self.path: Path | None = None
        self.table: Table | None = None
        self.read_options: dict[str, object] = {}
        self.records: list = []
        self.problems: list[dict[str, object]] = []
        self.mapping: dict[int, str] = {}
        self.plan: engine.Plan | None = None
        self.options: engine.ImportOptions | None = None
        self.batch: ImportBatch | None = None
        self.worker: ImportWorker | None = None
        self.preparer: PrepareWorker | None = None
        self._prepared = False
        self._closing = False
        self._cancel_requested = False

        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.options_page = OptionsPage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in (
            (self.FILE, self.file_page),
            (self.PREVIEW, self.preview_page),
            (self.OPTIONS, self.options_page),
            (self.MAPPING, self.mapping_page),
            (self.DRY_RUN, self.dry_run_page),
            (self.IMPORT, self.run_page),
            (self.SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(self.FILE)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    # --- What the pages ask of the domain --------------------------------------------------

    def set_file(self, path: Path, table: Table) -> None:
        if path != self.path:
            self.read_options = {}
        self.path, self.table = path, table

    def reread(self, **changes) -> Table:
        """Read the file again with the person's choices; raises ReadError."""
        options = {**self.read_options, **changes}
        options = {k: v for k, v in options.items() if v is not None}
        with busy():
            table = read_file(self.path, **options)
        self.read_options = options
        self.table = table
        return table

    def field_labels(self) -> list[tuple[str, str]]:
        """The target fields, "Do not import" first, in the domain's words."""
        fields = mapping_module.FIELDS
        keys = [IGNORE] + [k for k in fields if k != IGNORE]
        return [(key, QCoreApplication.translate("Import", fields[key])) for key in keys]

    def initial_mapping(self) -> tuple[dict[int, str], str]:
        """(mapping, how it was found): the file's own, the source's, or a guess."""
        table = self.table
        if table.preset_mapping:
            return dict(table.preset_mapping), self.tr("The fields of the vCards are known.")
        source = names.source(self.options_page.source_name()).row
        if source is not None:
            remembered = mapping_module.recall_mapping(source.id, table.headers)
            if remembered:
                return dict(remembered), self.tr(
                    "As you matched them for the last file from {source}."
                ).format(source=source.name)
        return dict(mapping_module.guess_mapping(table.headers)), self.tr(
            "Guessed from the column names: check them."
        )

    PREPARE_IN_BACKGROUND = 5000  # rows: a larger file is read away from the window

    def _make_options(self) -> engine.ImportOptions:
        """The options as chosen (the source and representada found, not created)."""
        page = self.options_page
        return engine.ImportOptions(
            source=names.source(page.source_name()).row,
            representada=names.representada(page.representada_name()).row,
            make_leads=page.leads_check.isChecked(),
            tags=page.tags(),
            country=page.country(),
            on_duplicate=self.dry_run_page.all_combo.currentData(),
            on_possible_duplicate=self.dry_run_page.possible_combo.currentData(),
            file_name=self.path.name,
        )

    def prepare(self, mapping: dict[int, str]) -> bool:
        """Read the rows with `mapping` and make the dry run (reads only). True when it is
        ready; False when a large file is being read in the background: the wizard then
        goes on to the dry run by itself."""
        from contactos.importing import values

        self.mapping = mapping
        self.options = self._make_options()
        self._cancel_requested = False
        country = self.options_page.country()
        if len(self.table.rows) < self.PREPARE_IN_BACKGROUND:
            with busy(), engine.collector_paused():
                self.records, self.problems = values.normalize_rows(self.table, mapping, country)
                self.plan = engine.plan_import(self.records, self.options)
            return True
        job = {"table": self.table, "mapping": mapping, "country": country}
        job["options"] = self.options
        self.preparer = PrepareWorker(job, self)
        self.preparer.succeeded.connect(self._prepared_done)
        self.preparer.failed.connect(self._prepared_failed)
        self.preparer.finished.connect(self._preparer_finished)
        self._set_buttons_enabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.mapping_page.show_busy(True)
        self.preparer.start()
        return False

    def is_preparing(self) -> bool:
        return self.preparer is not None and self.preparer.isRunning()

    def take_prepared(self) -> bool:
        """Whether a background preparation has just ended well (said once)."""
        ready, self._prepared = self._prepared, False
        return ready

    def _prepared_done(self) -> None:
        self.records, self.problems, self.plan = self.preparer.result
        self._prepared = True

    def _prepared_failed(self, message: str) -> None:
        self.mapping_page.error.show_message(message)

    def _preparer_finished(self) -> None:
        self.preparer.wait()
        self.preparer = None
        self.mapping_page.show_busy(False)
        self._set_buttons_enabled(True)
        if self._closing:
            return
        if self._prepared and self.currentId() == self.MAPPING:
            self.next()

    # --- The import ------------------------------------------------------------------------

    def is_importing(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def start_import(self) -> None:
        page = self.options_page
        job = {
            "plan": self.plan,
            "options": self.options,
            "source": page.source_name() or None,
            "representada": page.representada_name() or None,
            "headers": list(self.table.headers),
            "mapping": dict(self.mapping),
            "preset": bool(self.table.preset_mapping),
        }
        self.worker = ImportWorker(job, self)
        self.worker.progressed.connect(self.run_page.show_progress)
        self.worker.succeeded.connect(self._import_done)
        self.worker.cancelled.connect(self._import_cancelled)
        self.worker.failed.connect(self._import_failed)
        self.worker.finished.connect(self._worker_finished)
        if self._cancel_requested:
            self.worker.request_cancel()
        self._set_buttons_enabled(False)
        self.worker.start()

    def cancel_import(self) -> None:
        """Ask the running import to stop (or the next one, before it starts)."""
        self._cancel_requested = True
        if self.worker is not None:
            self.worker.request_cancel()
        if self.is_importing():
            self.run_page.show_cancelling()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(enabled)

    def _import_done(self) -> None:
        self.batch = self.worker.batch
        self.run_page.status.setText(self.tr("Done."))
        self.run_page.bar.setValue(self.run_page.bar.maximum())

    def _import_cancelled(self) -> None:
        self.run_page.show_cancelled()

    def _import_failed(self, message: str) -> None:
        self.run_page.show_failed(message)

    def _worker_finished(self) -> None:
        self.worker.wait()
        self._set_buttons_enabled(True)
        emit(self.run_page, "completeChanged")
        if self.batch is not None:
            self.next()
        else:
            self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Close"))
            self.button(QWizard.WizardButton.CancelButton).setFocus()

    # --- Closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        if self.is_importing():
            self.cancel_import()  # Esc asks the import to stop; the wizard stays open
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.cancel_import()
            self.worker.wait()
        if self.is_preparing():  # (it only reads: a few seconds at most)
            self._closing = True
            with busy():
                self.preparer.wait()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.is_importing():
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)

    @classmethod
    def run(
        cls, parent: QWidget | None, path: Path | None = None
    ) -> tuple[ImportBatch | None, bool]:
        """Run the wizard; (the batch imported, whether anything was imported). With a
        `path` (a file dropped on the window) it opens on that file's preview."""
        wizard = cls(parent, path)
        if path is not None:
            QTimer.singleShot(0, wizard.next)
        try:
            wizard.exec()
            return wizard.batch, wizard.batch is not None
        finally:
            wizard.deleteLater()
