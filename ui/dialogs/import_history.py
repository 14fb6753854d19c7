"""The imports made so far, and undoing one of them as a whole.

:func:`contactos.actions.imports.list_imports` lists them and
:func:`~contactos.actions.imports.undo_import` undoes one in a single transaction; the
dialog asks first (with what the import did) and shows the domain's refusal when there is
one.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactos.actions import imports
from contactos.i18n import TranslatableError
from contactos.importing.history import BatchRow, undo_text
from ui.dialogs.common import ErrorLabel, format_date
from ui.icons import icon

log = logging.getLogger(__name__)


def _when(value: dt.datetime | None) -> str:
    """A moment as the locale writes a short date and time ('' for none)."""
    if value is None:
        return ""
    time = QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(value)} {time}"


class HistoryModel(QAbstractTableModel):
    """The imports (actions.imports.list_imports), newest first."""

    DATE, FILE, SOURCE, CREATED, MERGED, SKIPPED, REJECTED, UNDONE = range(8)
    NUMBERS = (CREATED, MERGED, SKIPPED, REJECTED)
    KEYS = {CREATED: "created", MERGED: "merged", SKIPPED: "skipped", REJECTED: "rejected"}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BatchRow] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = imports.list_imports()
        self.endResetModel()

    def batch(self, row: int) -> BatchRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return _when(row.created_at)
            if column == self.FILE:
                return row.file
            if column == self.SOURCE:
                return row.source or ""
            if column in self.NUMBERS:
                return QLocale().toString(getattr(row, self.KEYS[column]))
            if column == self.UNDONE:
                return _when(row.undone_at)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.FILE:
            return self.tr("Import number {batch}").format(batch=QLocale().toString(row.batch))
        elif role == Qt.ItemDataRole.ForegroundRole and row.undone_at is not None:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            self.DATE: self.tr("Date"),
            self.FILE: self.tr("File"),
            self.SOURCE: self.tr("Source"),
            self.CREATED: self.tr("Created"),
            self.MERGED: self.tr("Merged"),
            self.SKIPPED: self.tr("Skipped"),
            self.REJECTED: self.tr("Rejected"),
            self.UNDONE: self.tr("Undone"),
        }.get(section)


class ImportHistoryDialog(QDialog):
    """Every import, and "Undo this import…" for the one selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import history"))
        self.setWindowIcon(icon("import"))
        self.setModal(True)
        self.setSizeGripEnabled(True)
        width = self.fontMetrics().averageCharWidth()
        self.setMinimumSize(max(820, width * 130), max(360, self.fontMetrics().height() * 24))

        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.FILE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Nothing has been imported yet."), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = ErrorLabel(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.undo_button = QPushButton(self.tr("&Undo this import…"), self)
        self.undo_button.setAutoDefault(False)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.undo_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self, select_batch: object = None) -> None:
        self.model.reload()
        self.empty_label.setVisible(self.model.rowCount() == 0)
        row = 0
        for position in range(self.model.rowCount()):
            if self.model.batch(position).batch == select_batch:
                row = position
        if self.model.rowCount():
            self.view.selectRow(row)
        self._update_buttons()

    def selected_batch(self) -> BatchRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.batch(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None:
            return
        number = QLocale().toString
        question = self.tr(
            "Undo import number {batch} of {file}?\n\n"
            "Contacts created (removed, with their leads): {created}\n"
            "Contacts merged into (put back as they were): {merged}\n"
            "Rows skipped: {skipped}; rejected: {rejected}"
        ).format(
            batch=number(batch.batch),
            file=batch.file,
            created=number(batch.created),
            merged=number(batch.merged),
            skipped=number(batch.skipped),
            rejected=number(batch.rejected),
        )
        question += "\n\n" + self.tr(
            "What you have recorded since the import (calls, visits, closings, edits) is "
            "kept, with the leads and contacts it is about."
        )
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error.clear_message()
        try:
            result = imports.undo_import(batch.batch)
        except TranslatableError as error:
            log.info("undo refused: %s", error.template)
            self.error.show_message(error.message)
            self.refresh(batch.batch)
            return
        self.status.setText(undo_text(batch.batch, result, number))
        self.refresh(batch.batch)

    @classmethod
    def run(cls, parent: QWidget | None) -> tuple[None, bool]:
        """Show the history; (None, True) once closed (undoing happens inside)."""
        dialog = cls(parent)
        try:
            dialog.exec()
            return None, True
        finally:
            dialog.deleteLater()
