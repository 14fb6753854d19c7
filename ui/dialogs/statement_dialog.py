"""Reconciling a representada's statement in the window (issue 13, item 3): the file's
columns (found by their headers, or the mapping remembered for the representada, and
changeable here), what does not agree (lines paid below the agreed rate, won leads
missing from the statement's period, lines that match nothing), exporting those
differences to send back, and recording what the statement proves as one batch
(contactos.actions.statements), which Edit → Undo cancels as a whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactos import statements
from contactos.actions import statements as statement_actions
from contactos.i18n import TranslatableError
from contactos.models import Representada
from ui.dialogs.common import ErrorLabel, format_date, format_money

FIELD_LABELS = ("customer", "reference", "sold", "commission", "date")


class StatementDialog(QDialog):
    def __init__(self, parent: QWidget | None, representada: Representada, path: str) -> None:
        super().__init__(parent)
        self.representada = representada
        self.path = path
        self.result_: statements.Reconciliation | None = None
        self.recorded: statement_actions.Recorded | None = None
        self.setWindowTitle(self.tr("Statement of {0}").format(representada.name))
        self.setMinimumWidth(760)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        names = {
            "customer": self.tr("Customer:"),
            "reference": self.tr("Reference:"),
            "sold": self.tr("Amount sold:"),
            "commission": self.tr("Commission paid:"),
            "date": self.tr("Date:"),
        }
        for key in FIELD_LABELS:
            combo = QComboBox(self)
            self.combos[key] = combo
            form.addRow(names[key], combo)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [
                self.tr("What does not agree"),
                self.tr("Customer"),
                self.tr("Paid"),
                self.tr("Agreed"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Differences"))
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.record_button = QPushButton(self.tr("&Record the payments it proves"), self)
        self.export_button = QPushButton(self.tr("E&xport the differences…"), self)
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button.clicked.connect(self.record)
        self.export_button.clicked.connect(self.export)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.reconcile()
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._mapping_changed)

    # --- Reading ------------------------------------------------------------------------

    def mapping(self) -> dict[int, str] | None:
        if self.result_ is None:
            return None
        found = {}
        for key, combo in self.combos.items():
            index = combo.currentData()
            if index is not None and index >= 0:
                found[index] = key
        return found

    def _mapping_changed(self, *args: object) -> None:
        self.reconcile(self.mapping())

    def reconcile(self, mapping: dict[int, str] | None = None) -> bool:
        self.error_label.clear_message()
        try:
            self.result_ = statement_actions.reconcile(self.path, self.representada.id, mapping)
        except TranslatableError as error:
            self.error_label.show_message(error.message)
            self.record_button.setEnabled(False)
            self.export_button.setEnabled(False)
            return False
        self._fill()
        return True

    def _fill(self) -> None:
        result = self.result_
        from contactos import settings

        currency = self.representada.currency or settings.get("default_currency")
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), -1)
            for index, header in enumerate(result.headers):
                combo.addItem(header, index)
            chosen = next((i for i, name in result.mapping.items() if name == key), -1)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.summary.setText(
            self.tr(
                "{file}: %n line(s) match won leads, from {first} to {last}.",
                "",
                len(result.matched),
            ).format(
                file=Path(self.path).name,
                first=format_date(result.first) or "—",
                last=format_date(result.last) or "—",
            )
        )
        self.tree.clear()

        def money(amount):
            return format_money(amount, currency) if amount is not None else "—"

        groups = (
            (
                self.tr("Paid below the agreed rate"),
                [
                    (
                        self.tr("Line {0}: {1}").format(m.line.line, m.title),
                        m.line.customer,
                        money(m.line.commission),
                        money(m.expected),
                    )
                    for m in result.underpaid
                ],
            ),
            (
                self.tr("Won leads missing from the statement"),
                [(m.title, m.customer, "—", money(m.expected)) for m in result.missing],
            ),
            (
                self.tr("Lines that match no won lead"),
                [
                    (
                        self.tr("Line {0}: {1}").format(line.line, line.reference or "—"),
                        line.customer,
                        money(line.commission),
                        "—",
                    )
                    for line in result.unmatched
                ],
            ),
        )
        for title, rows in groups:
            top = QTreeWidgetItem([f"{title} ({len(rows)})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for row in rows:
                top.addChild(QTreeWidgetItem(list(row)))
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        proves = any(m.line.commission for m in result.matched)
        self.record_button.setEnabled(proves and self.recorded is None)
        self.export_button.setEnabled(bool(statements.differences_rows(result)))

    # --- Writing ------------------------------------------------------------------------

    def record(self) -> bool:
        if self.result_ is None or self.recorded is not None:
            return False
        try:
            self.recorded = statement_actions.record(self.result_, Path(self.path).name)
        except TranslatableError as error:
            self.error_label.show_message(error.message)
            return False
        self.record_button.setEnabled(False)
        self.summary.setText(
            self.summary.text()
            + " "
            + self.tr("%n payment(s) recorded as {0}.", "", len(self.recorded.entries)).format(
                self.recorded.batch
            )
        )
        return True

    def export(self, path: str | None = None) -> bool:
        if self.result_ is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the differences"),
                "",
                self.tr("Excel workbook (*.xlsx);;CSV files (*.csv)"),
            )
            if not path:
                return False
        try:
            statement_actions.export_differences(self.result_, path)
        except TranslatableError as error:
            self.error_label.show_message(error.message)
            return False
        return True

    @classmethod
    def run(
        cls, parent: QWidget | None, representada: Representada, path: str
    ) -> tuple[statement_actions.Recorded | None, bool]:
        dialog = cls(parent, representada, path)
        try:
            dialog.exec()
            return dialog.recorded, dialog.recorded is not None
        finally:
            dialog.deleteLater()
