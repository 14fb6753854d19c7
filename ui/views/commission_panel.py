"""A won lead's commission ledger in its view (rule 8, issue 13): what is expected, what
the representada invoiced, what the customer paid, what was received and is still owed,
with the dates and what is late; every entry, cancelled ones struck through; recording an
entry and cancelling a wrong one (contactos.actions.commissions, through the dialogs)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactos import commissions
from contactos.models import Lead
from ui import icons
from ui.dialogs.common import format_date, format_money
from ui.translation import translate


class LedgerPanel(QGroupBox):
    """Shown for a won lead, and for a lead with entries from an earlier win."""

    changed = Signal()
    DATE, WHAT, AMOUNT, COMMISSION, NOTE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Commission"))
        self.lead: Lead | None = None
        self.ledger: commissions.LeadLedger | None = None
        self.entries: list[commissions.Entry] = []

        self.figures = QFormLayout()
        self.figures.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, label in (
            ("state", self.tr("State:")),
            ("expected", self.tr("Expected:")),
            ("invoiced", self.tr("Invoiced:")),
            ("customer", self.tr("Customer paid:")),
            ("received", self.tr("Received:")),
            ("outstanding", self.tr("Outstanding:")),
            ("customer_due", self.tr("Customer pays by:")),
            ("commission_due", self.tr("Commission due by:")),
        ):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures.addRow(label, value)
            self.labels[key] = value

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("What"),
                self.tr("Amount"),
                self.tr("Commission"),
                self.tr("Note"),
            ]
        )
        self.table.setAccessibleName(self.tr("Commission entries"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (self.DATE, self.WHAT, self.AMOUNT, self.COMMISSION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.record_button = QPushButton(icons.icon("add"), self.tr("Record &payment…"))
        self.record_button.clicked.connect(lambda: self.record())
        self.cancel_button = QPushButton(self.tr("Cancel entr&y…"))
        self.cancel_button.clicked.connect(self.cancel_entry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(self.figures)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # --- Filling ------------------------------------------------------------------------

    def set_lead(self, lead: Lead) -> None:
        self.lead = lead
        self.ledger = commissions.ledger(lead.id) if lead.status == Lead.WON else None
        self.entries = list(self.ledger.entries) if self.ledger else commissions.history(lead.id)
        self.setVisible(self.ledger is not None or bool(self.entries))
        self._fill_figures()
        self._fill_entries()
        self.record_button.setEnabled(self.ledger is not None)
        self._update_buttons()

    def _money(self, amount) -> str:
        return format_money(amount, self.lead.currency) if amount is not None else "—"

    def _fill_figures(self) -> None:
        ledger, labels = self.ledger, self.labels
        for row in range(self.figures.rowCount()):
            self.figures.setRowVisible(row, ledger is not None)
        if ledger is None:
            return
        labels["state"].setText(translate("Commissions", commissions.STATE_LABELS[ledger.state]))
        labels["expected"].setText(self._money(ledger.expected))
        labels["invoiced"].setText(self._money(ledger.invoiced))
        labels["customer"].setText(
            self.tr("{0} of {1}").format(
                self._money(ledger.customer_paid), self._money(ledger.value)
            )
        )
        labels["received"].setText(self._money(ledger.received))
        labels["outstanding"].setText(self._money(ledger.outstanding))
        labels["customer_due"].setText(
            self._due(ledger.customer_due, ledger.customer_late, self.tr("the customer is late"))
        )
        labels["commission_due"].setText(
            self._due(ledger.commission_due, ledger.commission_late, self.tr("late"))
        )

    def _due(self, day, late: bool, late_text: str) -> str:
        if day is None:
            return self.tr("not known")
        text = format_date(day)
        return f"{text} · ⚠ {late_text}" if late else text

    def _fill_entries(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            what = translate("Commissions", commissions.KIND_LABELS.get(entry.kind, entry.kind))
            note = entry.note
            if entry.cancelled:
                what = self.tr("{0} (cancelled)").format(what)
                note = self.tr("Cancelled on {0}: {1}").format(
                    format_date(entry.cancelled_at), entry.cancel_reason
                )
            cells = (
                format_date(entry.date),
                what,
                self._money(entry.amount),
                self._money(entry.commission),
                note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (self.AMOUNT, self.COMMISSION):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if entry.cancelled:
                    font = QFont(item.font())
                    font.setStrikeOut(column != self.NOTE)
                    item.setFont(font)
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)

    def current_entry(self) -> commissions.Entry | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        return self.entries[rows.pop()]

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.cancel_button.setEnabled(entry is not None and not entry.cancelled)

    # --- Actions ------------------------------------------------------------------------

    def record(self, kind: str | None = None, amount=None) -> bool:
        from ui.dialogs.commission_dialog import RecordCommissionDialog

        if self.lead is None or self.ledger is None:
            return False
        _, accepted = RecordCommissionDialog.run(self, self.lead, kind or None, amount)
        if accepted:
            self.changed.emit()
        return accepted

    def cancel_entry(self) -> bool:
        from ui.dialogs.commission_dialog import CancelEntryDialog

        entry = self.current_entry()
        if entry is None or entry.cancelled or self.lead is None:
            return False
        _, accepted = CancelEntryDialog.run(self, entry, self.lead.currency)
        if accepted:
            self.changed.emit()
        return accepted
