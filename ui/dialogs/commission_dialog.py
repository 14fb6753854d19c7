"""A won lead's commission ledger, asked for (rule 8, issue 13): what happened (the
commission invoiced, the customer paid, the commission received), its amount as typed
and its date; and the reason a wrong entry is cancelled.

The dialogs hand what was typed to one action (contactos.actions.commissions); a refusal
is shown under the field it is about and nothing is written. Each has a classmethod
returning `(value, accepted)`.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from contactos import clock, commissions
from contactos.actions import Missing
from contactos.actions import commissions as commission_actions
from contactos.commissions import CommissionError
from contactos.models import CommissionEntry, Lead
from ui.dialogs.closing import DIALOG_MIN_WIDTH, _run, lead_header, note_label
from ui.dialogs.common import (
    ErrorLabel,
    FieldErrors,
    buddy_label,
    date_edit,
    field_with_error,
    format_date,
    format_money,
    from_qdate,
    ok_cancel,
    save_with_ctrl_enter,
    select_data,
    to_qdate,
)
from ui.translation import translate


def amount_text(amount: Decimal | None) -> str:
    """An amount as the person's locale writes it in a field (12.345,50 in Spain)."""
    if amount is None:
        return ""
    return QLocale().toString(float(amount), "f", 2)


class RecordCommissionDialog(QDialog):
    """Record one entry of a won lead's ledger. The amount is the sale's for a customer
    payment (which earns its part of the commission), the commission's otherwise."""

    def __init__(
        self,
        parent: QWidget | None,
        lead: Lead,
        kind: str | None = None,
        amount: Decimal | None = None,
    ) -> None:
        super().__init__(parent)
        self.lead = lead
        self.entry: CommissionEntry | None = None
        self.ledger = commissions.ledger(lead.id)
        self.setWindowTitle(self.tr("Record a commission payment"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        self.kind_combo = QComboBox(self)
        for key in CommissionEntry.KINDS:
            self.kind_combo.addItem(translate("Commissions", commissions.KIND_LABELS[key]), key)
        self.kind_error = ErrorLabel(self)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_error = ErrorLabel(self)
        self.amount_hint = note_label("", self)
        self.amount_hint.setEnabled(False)
        self.date_edit = date_edit(clock.today(), self)
        received = lead.received_at.date() if lead.received_at else clock.today()
        self.date_edit.setDateRange(to_qdate(min(received, clock.today())), to_qdate(clock.today()))
        self.date_error = ErrorLabel(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Invoice number, transfer, remarks"))
        self.error_label = ErrorLabel(self)
        self.errors = FieldErrors(
            self.error_label, kind=self.kind_error, amount=self.amount_error, date=self.date_error
        )

        form = QFormLayout()
        form.addRow(
            buddy_label(self.tr("&What happened:"), self.kind_combo, self),
            field_with_error(self.kind_combo, self.kind_error),
        )
        amount_box = QVBoxLayout()
        amount_box.setContentsMargins(0, 0, 0, 0)
        amount_box.addWidget(self.amount_edit)
        amount_box.addWidget(self.amount_hint)
        form.addRow(
            buddy_label(self.tr("&Amount:"), self.amount_edit, self),
            field_with_error(amount_box, self.amount_error, self),
        )
        form.addRow(
            buddy_label(self.tr("&Date:"), self.date_edit, self),
            field_with_error(self.date_edit, self.date_error),
        )
        form.addRow(buddy_label(self.tr("&Note:"), self.note_edit, self), self.note_edit)
        self.buttons, self.ok_button = ok_cancel(self, self.tr("&Record"))

        layout = QVBoxLayout(self)
        layout.addWidget(lead_header(lead, self))
        layout.addWidget(note_label(self.summary(), self))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        save_with_ctrl_enter(self)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        select_data(self.kind_combo, kind or self.suggested_kind())
        self._kind_changed()
        if amount is not None:
            self.amount_edit.setText(amount_text(amount))
        self.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def summary(self) -> str:
        ledger = self.ledger
        if ledger is None:
            return ""
        money = lambda amount: format_money(amount, ledger.currency)  # noqa: E731
        return self.tr(
            "Expected {expected} · customer paid {paid} of {value} · received {received}"
        ).format(
            expected=money(ledger.expected) or "—",
            paid=money(ledger.customer_paid),
            value=money(ledger.value) or "—",
            received=money(ledger.received),
        )

    def suggested_kind(self) -> str:
        """What usually comes next: the customer's payment, then the commission."""
        ledger = self.ledger
        if ledger is not None and ledger.value is not None and ledger.customer_paid < ledger.value:
            return CommissionEntry.CUSTOMER_PAID
        return CommissionEntry.RECEIVED

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _kind_changed(self, *args: object) -> None:
        """The amount offered is what is still to be paid, of the sale or the commission."""
        ledger = self.ledger
        kind = self.kind()
        if kind == CommissionEntry.CUSTOMER_PAID:
            self.amount_hint.setText(
                self.tr("An amount of the sale: it earns its part of the commission.")
            )
            rest = ledger.customer_outstanding if ledger else None
        else:
            self.amount_hint.setText(self.tr("An amount of commission."))
            rest = ledger.outstanding if ledger else None
        if rest is not None and rest > 0:
            self.amount_edit.setText(amount_text(rest))
        else:
            self.amount_edit.clear()

    def accept(self) -> None:
        self.errors.clear()
        try:
            recorded = commission_actions.record(
                self.lead.id,
                self.kind(),
                self.amount_edit.text(),
                from_qdate(self.date_edit.date()),
                self.note_edit.text(),
                decimal_mark=self.locale().decimalPoint(),
            )
        except (CommissionError, Missing) as error:
            self.errors.show(error)
            focus = {"amount": self.amount_edit, "date": self.date_edit, "kind": self.kind_combo}
            focus.get(getattr(error, "field", None) or "", self.ok_button).setFocus(
                Qt.FocusReason.OtherFocusReason
            )
            return
        self.entry = recorded.entry
        super().accept()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        lead: Lead,
        kind: str | None = None,
        amount: Decimal | None = None,
    ) -> tuple[CommissionEntry | None, bool]:
        return _run(cls(parent, lead, kind, amount), "entry")


class CancelEntryDialog(QDialog):
    """Cancel a wrong entry: it stays in the history, with the reason."""

    def __init__(self, parent: QWidget | None, entry: commissions.Entry, currency: str) -> None:
        super().__init__(parent)
        self.entry_id = entry.id
        self.cancelled: CommissionEntry | None = None
        self.setWindowTitle(self.tr("Cancel a commission entry"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        what = translate("Commissions", commissions.KIND_LABELS.get(entry.kind, entry.kind))

        self.reason_edit = QLineEdit(self)
        self.reason_error = ErrorLabel(self)
        self.error_label = ErrorLabel(self)
        self.errors = FieldErrors(self.error_label, reason=self.reason_error)
        form = QFormLayout()
        form.addRow(
            buddy_label(self.tr("&Why is it wrong?"), self.reason_edit, self),
            field_with_error(self.reason_edit, self.reason_error),
        )
        self.buttons, self.ok_button = ok_cancel(self, self.tr("Cancel the &entry"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "{what}: {amount} on {date}. It stays in the history, marked cancelled."
                ).format(
                    what=what,
                    amount=format_money(entry.amount, currency),
                    date=format_date(entry.date),
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.cancelled = commission_actions.cancel(self.entry_id, self.reason_edit.text()).entry
        except CommissionError as error:
            self.errors.show(error)
            return
        super().accept()

    @classmethod
    def run(
        cls, parent: QWidget | None, entry: commissions.Entry, currency: str
    ) -> tuple[CommissionEntry | None, bool]:
        return _run(cls(parent, entry, currency), "cancelled")
