"""A representada's data (issue 13, item 1): name, commission rate, currency, re-order
interval, payment terms, contact person and notes. The dialog hands them to one action
(contactos.actions.representadas: add or edit); a refusal is shown under its field and
nothing is written. `run` returns `(saved, accepted)`."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactos import amounts
from contactos.actions import representadas as rep_actions
from contactos.models import Representada
from contactos.representadas import MAX_DAYS, RepresentadaData, RepresentadaError
from ui.dialogs.closing import DIALOG_MIN_WIDTH, _run, note_label
from ui.dialogs.common import (
    ErrorLabel,
    FieldErrors,
    buddy_label,
    coded_item,
    currency_name,
    field_with_error,
    fix_lines,
    ok_cancel,
    save_with_ctrl_enter,
)

# Offered first in the list of currencies (where the agents are).
COMMON_CURRENCIES = ("MXN", "USD", "EUR", "COP", "ARS", "CLP", "PEN")


class RepresentadaDialog(QDialog):
    def __init__(self, parent: QWidget | None, representada: Representada | None = None) -> None:
        super().__init__(parent)
        self.representada = representada
        self.saved: rep_actions.Saved | None = None
        self.setWindowTitle(
            self.tr("Edit representada") if representada else self.tr("New representada")
        )
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        self.name_edit = QLineEdit(self)
        self.name_error = ErrorLabel(self)
        self.rate_spin = QDoubleSpinBox(self)
        self.rate_spin.setRange(0, 100)
        self.rate_spin.setDecimals(3)
        self.rate_spin.setSingleStep(0.5)
        self.rate_spin.setSuffix(" %")
        self.rate_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.rate_error = ErrorLabel(self)
        self.rate_hint = note_label(
            self.tr("A new rate reaches the open leads that follow it; won leads keep theirs."),
            self,
        )
        self.rate_hint.setEnabled(False)
        self.currency_combo = QComboBox(self)
        self.currency_combo.addItem(self.tr("The default currency"), "")
        for code in COMMON_CURRENCIES:
            self.currency_combo.addItem(coded_item(code, currency_name(code)), code)
        self.currency_combo.insertSeparator(self.currency_combo.count())
        for code in sorted(amounts.currency_codes() - set(COMMON_CURRENCIES)):
            self.currency_combo.addItem(code, code)
        self.currency_error = ErrorLabel(self)
        self.reorder_spin = QSpinBox(self)
        self.reorder_spin.setRange(0, MAX_DAYS)
        self.reorder_spin.setValue(90)
        self.reorder_error = ErrorLabel(self)
        self.terms_spin = QSpinBox(self)
        self.terms_spin.setRange(0, MAX_DAYS)
        self.terms_spin.setValue(30)
        self.terms_error = ErrorLabel(self)
        for spin in (self.reorder_spin, self.terms_spin):
            spin.setSuffix(self.tr(" days"))
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setPlaceholderText(self.tr("Who to ask about orders and payments"))
        self.notes_edit = fix_lines(QPlainTextEdit(self), 3)
        self.error_label = ErrorLabel(self)
        self.errors = FieldErrors(
            self.error_label,
            name=self.name_error,
            commission_rate=self.rate_error,
            currency=self.currency_error,
            reorder_days=self.reorder_error,
            payment_terms_days=self.terms_error,
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rate_box = QVBoxLayout()
        rate_box.setContentsMargins(0, 0, 0, 0)
        rate_box.addWidget(self.rate_spin)
        rate_box.addWidget(self.rate_hint)
        terms_box = QVBoxLayout()
        terms_box.setContentsMargins(0, 0, 0, 0)
        terms_box.addWidget(self.terms_spin)
        terms_hint = note_label(self.tr("Days from the customer's payment."), self)
        terms_hint.setEnabled(False)
        terms_box.addWidget(terms_hint)
        buddies = {id(rate_box): self.rate_spin, id(terms_box): self.terms_spin}
        for text, field, error in (
            (self.tr("&Name:"), self.name_edit, self.name_error),
            (self.tr("Commission &rate:"), rate_box, self.rate_error),
            (self.tr("C&urrency:"), self.currency_combo, self.currency_error),
            (self.tr("Re-&order call after:"), self.reorder_spin, self.reorder_error),
            (self.tr("Commission &paid after:"), terms_box, self.terms_error),
        ):
            buddy = buddies.get(id(field), field)
            form.addRow(buddy_label(text, buddy, self), field_with_error(field, error, self))
        form.addRow(
            buddy_label(self.tr("&Contact person:"), self.contact_edit, self), self.contact_edit
        )
        form.addRow(buddy_label(self.tr("No&tes:"), self.notes_edit, self), self.notes_edit)
        self.buttons, self.ok_button = ok_cancel(self, self.tr("&Save"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        save_with_ctrl_enter(self)
        if representada is not None:
            self._fill(representada)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, rep: Representada) -> None:
        self.name_edit.setText(rep.name)
        self.rate_spin.setValue(float(rep.commission_rate or 0))
        index = self.currency_combo.findData(rep.currency or "")
        if index < 0:
            self.currency_combo.addItem(rep.currency, rep.currency)
            index = self.currency_combo.count() - 1
        self.currency_combo.setCurrentIndex(index)
        self.reorder_spin.setValue(rep.reorder_days)
        self.terms_spin.setValue(rep.payment_terms_days)
        self.contact_edit.setText(rep.contact_person)
        self.notes_edit.setPlainText(rep.notes)

    def data(self) -> RepresentadaData:
        return RepresentadaData(
            name=self.name_edit.text(),
            commission_rate=Decimal(str(round(self.rate_spin.value(), 3))),
            currency=self.currency_combo.currentData() or "",
            reorder_days=self.reorder_spin.value(),
            payment_terms_days=self.terms_spin.value(),
            contact_person=self.contact_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def accept(self) -> None:
        self.errors.clear()
        try:
            if self.representada is None:
                self.saved = rep_actions.add(self.data())
            else:
                self.saved = rep_actions.edit(self.representada.id, self.data())
        except RepresentadaError as error:
            self.errors.show(error)
            focus = {
                "name": self.name_edit,
                "commission_rate": self.rate_spin,
                "currency": self.currency_combo,
            }
            focus.get(error.field or "", self.ok_button).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    @classmethod
    def run(
        cls, parent: QWidget | None, representada: Representada | None = None
    ) -> tuple[rep_actions.Saved | None, bool]:
        return _run(cls(parent, representada), "saved")
