"""Creating and editing a lead, with its next action always in view.

The dialog gathers the fields and calls one action (contactos.actions.leads: add_lead,
edit_lead), which saves everything in one transaction. A refusal (a
:class:`~contactos.rules.FollowUpError`, or a :class:`~contactos.contacts.ContactError`
for a contact typed inline) is shown under the field it names, nothing is kept (a new
contact, representada or source typed here neither) and the dialog stays open. The
dialog never decides itself whether a lead may be saved.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from contactos import listing, rules, settings, stages
from contactos.actions import Missing, leads
from contactos.contacts import ContactData, ContactError
from contactos.i18n import TranslatableError
from contactos.models import Contact, Lead, Representada, Source, Stage
from contactos.rules import STATUS_LABELS, FollowUpError, NextAction
from ui.dialogs.common import (
    ErrorLabel,
    FieldErrors,
    add_row,
    date_edit,
    field_with_error,
    fix_lines,
    from_qdate,
    new_form,
    ok_cancel,
    plain_text_height,
    save_with_ctrl_enter,
    text_width,
    to_qdate,
)
from ui.next_action import NextActionEditor

log = logging.getLogger(__name__)

CURRENCIES = ("MXN", "USD", "EUR", "CAD", "GTQ", "COP", "PEN", "CLP", "ARS", "BRL")
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _DialogInputError(TranslatableError):
    """Something the dialog itself cannot read (no contact chosen): refused before the
    action is called, shown like a domain refusal."""

    context = "LeadDialog"

    def __init__(self, text: str, field: str) -> None:
        self.field = field
        self.text = text
        super().__init__(text)

    @property
    def message(self) -> str:
        return self.text


def contact_display(name: str, company: str, extra: str = "") -> str:
    """How a contact reads in the chooser: name, company and a phone or e-mail."""
    parts = [name]
    if company and company != name:
        parts.append(company)
    if extra:
        parts.append(extra)
    return " — ".join(p for p in parts if p)


def _contact_label(contact: Contact) -> str:
    email = contact.emails.first()
    phone = contact.phones.first()
    extra = listing.display_phone(phone.number) if phone else (email.email if email else "")
    return contact_display(contact.name, contact.company, extra)


class LeadDialog(QDialog):
    """A new lead (with an existing or a new contact) or an existing one.

    After an accepted dialog, `saved_lead` is the lead as written.
    """

    search_delay_ms = 150

    def __init__(
        self,
        parent: QWidget | None = None,
        contact: Contact | None = None,
        lead: Lead | None = None,
    ) -> None:
        super().__init__(parent)
        self._lead_id = lead.id if lead is not None else None
        self._lead_open = lead is None or lead.status == Lead.OPEN
        self._contact_id: int | None = None
        self._contact_text = ""
        self._prefilled_representada: int | None = None
        self.saved_lead: Lead | None = None
        self.setWindowTitle(self.tr("Edit lead") if lead else self.tr("New lead"))
        self.setModal(True)
        self.setSizeGripEnabled(True)

        contact_box = self._build_contact_group(lead)
        lead_box = self._build_lead_group()
        action_box = self._build_next_action_group()

        self.general_error = ErrorLabel(self)
        self.errors = FieldErrors(
            self.general_error,
            contact=self.contact_error,
            first_name=self.new_first_name_error,
            emails=self.new_email_error,
            phones=self.new_phone_error,
            title=self.title_error,
            value=self.value_error,
            commission_rate=self.commission_error,
            next_action_what=self.what_error,
            next_action_due=self.due_error,
            next_action_kind=self.kind_error,
        )
        self._error_fields: dict[str, QWidget] = {
            "contact": self.contact_edit,
            "first_name": self.new_first_name_edit,
            "emails": self.new_email_edit,
            "phones": self.new_phone_edit,
            "title": self.title_edit,
            "value": self.value_edit,
            "commission_rate": self.commission_spin,
            "next_action_what": self.what_edit,
            "next_action_due": self.due_edit,
            "next_action_kind": self.kind_combo,
        }

        self.button_box, self.ok_button = ok_cancel(self)
        self.cancel_button = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)

        left = QVBoxLayout()
        left.addWidget(contact_box)
        left.addWidget(action_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(lead_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.button_box)

        save_with_ctrl_enter(self)
        self._set_tab_order()
        if lead is not None:
            self._fill(lead)
        else:
            self._fill_new(contact)

    # --- Building -------------------------------------------------------------------------

    def _build_contact_group(self, lead: Lead | None) -> QGroupBox:
        box = QGroupBox(self.tr("Contact"), self)
        form = new_form()
        box.setLayout(form)

        # Edit mode: the contact is shown, not changed (a lead stays with its contact).
        self.contact_label = QLabel(box)
        self.contact_label.setWordWrap(True)
        self.contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.existing_radio = QRadioButton(self.tr("E&xisting contact"), box)
        self.new_radio = QRadioButton(self.tr("Ne&w contact"), box)
        self.contact_choice = QButtonGroup(box)
        self.contact_choice.addButton(self.existing_radio)
        self.contact_choice.addButton(self.new_radio)

        self.contact_edit = QLineEdit(box)
        self.contact_edit.setPlaceholderText(self.tr("Type a name, company, phone or e-mail"))
        self.contact_edit.setClearButtonEnabled(True)
        self.contact_edit.setMinimumWidth(text_width(self, 30))
        self.contact_error = ErrorLabel(box)
        self.contact_model = QStandardItemModel(self)
        self.contact_completer = QCompleter(self.contact_model, self)
        self.contact_completer.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion
        )
        self.contact_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.contact_edit.setCompleter(self.contact_completer)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.search_delay_ms)
        self._search_timer.timeout.connect(self._refresh_contacts)
        self.contact_edit.textEdited.connect(self._contact_text_edited)
        self.contact_completer.activated[QModelIndex].connect(self._contact_chosen)

        self.new_contact_box = QWidget(box)
        inline = new_form()
        inline.setContentsMargins(0, 0, 0, 0)
        self.new_contact_box.setLayout(inline)
        self.new_first_name_edit = QLineEdit(self.new_contact_box)
        self.new_first_name_error = ErrorLabel(self.new_contact_box)
        add_row(
            inline,
            QLabel(self.tr("&First name"), self.new_contact_box),
            self.new_first_name_edit,
            self.new_first_name_error,
        )
        self.new_last_name_edit = QLineEdit(self.new_contact_box)
        # (no letter of its own: Tab from the first name; in Spanish the dialog has none
        # to spare)
        add_row(inline, QLabel(self.tr("Last name"), self.new_contact_box), self.new_last_name_edit)
        self.new_company_edit = QLineEdit(self.new_contact_box)
        add_row(inline, QLabel(self.tr("&Company"), self.new_contact_box), self.new_company_edit)
        self.new_phone_edit = QLineEdit(self.new_contact_box)
        self.new_phone_error = ErrorLabel(self.new_contact_box)
        add_row(
            inline,
            QLabel(self.tr("&Phone"), self.new_contact_box),
            self.new_phone_edit,
            self.new_phone_error,
        )
        self.new_email_edit = QLineEdit(self.new_contact_box)
        self.new_email_error = ErrorLabel(self.new_contact_box)
        add_row(
            inline,
            QLabel(self.tr("&E-mail"), self.new_contact_box),
            self.new_email_edit,
            self.new_email_error,
        )

        if lead is not None:
            form.addRow(self.contact_label)
            for widget in (self.existing_radio, self.new_radio, self.new_contact_box):
                widget.hide()
            # Still parented and laid out, so that every attribute exists in both modes.
            form.addRow(field_with_error(self.contact_edit, self.contact_error, box))
            self.contact_edit.parentWidget().hide()
        else:
            self.contact_label.hide()
            form.addRow(self.existing_radio)
            form.addRow(field_with_error(self.contact_edit, self.contact_error, box))
            form.addRow(self.new_radio)
            form.addRow(self.new_contact_box)
            self.existing_radio.toggled.connect(self._contact_mode_changed)
        return box

    def _build_lead_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lead"), self)
        form = new_form()
        box.setLayout(form)

        self.title_edit = QLineEdit(box)
        self.title_edit.setPlaceholderText(self.tr("What you are selling"))
        self.title_edit.setMinimumWidth(text_width(self, 30))
        self.title_error = ErrorLabel(box)
        add_row(form, QLabel(self.tr("&Title"), box), self.title_edit, self.title_error)

        value_row = QWidget(box)
        row = QHBoxLayout(value_row)
        row.setContentsMargins(0, 0, 0, 0)
        # No validator: what is typed or pasted ("$1,234.50", "1.234,50 €") is read by the
        # one amount parser (contactos.amounts) when saving, and refused with its reason.
        self.value_edit = QLineEdit(value_row)
        self.value_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.value_edit.setMinimumWidth(text_width(self, 16))
        self.value_edit.setPlaceholderText(self.locale().toString(0.0, "f", 2))
        self.currency_label = QLabel(self.tr("C&urrency"), value_row)
        self.currency_combo = QComboBox(value_row)
        self.currency_combo.addItems(CURRENCIES)
        self.currency_label.setBuddy(self.currency_combo)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.currency_label)
        row.addWidget(self.currency_combo)
        self.value_error = ErrorLabel(box)
        value_label = QLabel(self.tr("&Value"), box)
        form.addRow(value_label, field_with_error(value_row, self.value_error, box))
        value_label.setBuddy(self.value_edit)

        self.representada_combo = QComboBox(box)
        self.representada_combo.setEditable(True)
        self.representada_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.representada_combo.lineEdit().setPlaceholderText(
            self.tr("Choose one, or type a new name")
        )
        add_row(form, QLabel(self.tr("&Representada"), box), self.representada_combo)

        self.commission_spin = QDoubleSpinBox(box)
        self.commission_spin.setRange(0, 100)
        self.commission_spin.setDecimals(2)
        self.commission_spin.setSingleStep(0.5)
        self.commission_spin.setSuffix(" %")
        self.commission_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.commission_error = ErrorLabel(box)
        add_row(
            form,
            QLabel(self.tr("Comm&ission"), box),
            self.commission_spin,
            self.commission_error,
        )

        self.source_combo = QComboBox(box)
        self.source_combo.setEditable(True)
        self.source_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_combo.lineEdit().setPlaceholderText(self.tr("Choose one, or type a new name"))
        add_row(form, QLabel(self.tr("&Source"), box), self.source_combo)
        for combo in (self.representada_combo, self.source_combo):
            # (as wide as the form, not as its longest name: the dialog fits 1024 px)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)

        self.stage_combo = QComboBox(box)
        add_row(form, QLabel(self.tr("Sta&ge"), box), self.stage_combo)

        self.close_check = QCheckBox(self.tr("Expected cl&ose date"), box)
        self.close_date_edit = date_edit(None, box)
        self.close_date_edit.setEnabled(False)
        self.close_check.toggled.connect(self.close_date_edit.setEnabled)
        form.addRow(self.close_check, self.close_date_edit)

        self.payment_check = QCheckBox(self.tr("Expected pa&yment date"), box)
        self.payment_date_edit = date_edit(None, box)
        self.payment_date_edit.setEnabled(False)
        self.payment_check.toggled.connect(self.payment_date_edit.setEnabled)
        form.addRow(self.payment_check, self.payment_date_edit)

        self.value_for_prospect_edit = fix_lines(QPlainTextEdit(box), 3)
        self.value_for_prospect_edit.setPlaceholderText(self.tr("Why this matters to the prospect"))
        add_row(form, QLabel(self.tr("Value for t&he prospect"), box), self.value_for_prospect_edit)

        self.notes_edit = QPlainTextEdit(box)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(plain_text_height(self.notes_edit, 4))
        add_row(form, QLabel(self.tr("&Notes"), box), self.notes_edit)
        return box

    def _build_next_action_group(self) -> NextActionEditor:
        editor = self.next_editor = NextActionEditor(
            self,
            labels={"kind": self.tr("&Kind"), "what": self.tr("Wh&at"), "due": self.tr("&Date")},
            dates=NextActionEditor.ANY_OR_NONE,
            with_time=True,
        )
        editor.what_edit.setPlaceholderText(self.tr("e.g. Call to confirm the quote"))
        self.closed_label = QLabel(editor)
        self.closed_label.setWordWrap(True)
        editor.form.insertRow(0, self.closed_label)
        self.closed_label.hide()
        # The editor's fields, by the names this dialog has always given them.
        self.kind_combo, self.what_edit, self.due_edit = (
            editor.kind_combo,
            editor.what_edit,
            editor.due_edit,
        )
        self.tomorrow_button = editor.tomorrow_button
        self.in_3_days_button = editor.in_3_days_button
        self.next_week_button = editor.next_week_button
        self.time_check, self.time_edit = editor.time_check, editor.time_edit
        self.kind_error, self.what_error, self.due_error = (
            editor.kind_error,
            editor.what_error,
            editor.due_error,
        )
        return editor

    def _set_tab_order(self) -> None:
        chain = [
            self.existing_radio,
            self.contact_edit,
            self.new_radio,
            self.new_first_name_edit,
            self.new_last_name_edit,
            self.new_company_edit,
            self.new_phone_edit,
            self.new_email_edit,
            self.kind_combo,
            self.what_edit,
            self.due_edit,
            self.tomorrow_button,
            self.in_3_days_button,
            self.next_week_button,
            self.time_check,
            self.time_edit,
            self.title_edit,
            self.value_edit,
            self.currency_combo,
            self.representada_combo,
            self.commission_spin,
            self.source_combo,
            self.stage_combo,
            self.close_check,
            self.close_date_edit,
            self.payment_check,
            self.payment_date_edit,
            self.value_for_prospect_edit,
            self.notes_edit,
            self.ok_button,
            self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- Filling --------------------------------------------------------------------------

    def _fill_choices(self, lead: Lead | None) -> None:
        rep_id = lead.representada_id if lead else None
        source_id = lead.source_id if lead else None
        stage_id = lead.stage_id if lead else None
        self.representada_combo.addItem("", None)
        for rep in (
            Representada.select()
            .where(Representada.active | (Representada.id == rep_id))
            .order_by(Representada.name)
        ):
            self.representada_combo.addItem(rep.name, rep.id)
        self.source_combo.addItem("", None)
        for source in (
            Source.select().where(Source.active | (Source.id == source_id)).order_by(Source.name)
        ):
            self.source_combo.addItem(source.name, source.id)
        choices = stages.ordered()
        if stage_id is not None and stage_id not in {s.id for s in choices}:
            choices.append(Stage.get_by_id(stage_id))
        for stage in choices:
            self.stage_combo.addItem(QCoreApplication.translate("Stage", stage.name), stage.id)
        self.representada_combo.setCurrentIndex(max(0, self.representada_combo.findData(rep_id)))
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(source_id)))
        for combo in (self.representada_combo, self.source_combo):
            combo.lineEdit().setCursorPosition(0)  # a long name shows its beginning
        if stage_id is not None:
            self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(stage_id)))
        self.representada_combo.currentTextChanged.connect(self._representada_changed)

    def _set_currency(self, code: str) -> None:
        if self.currency_combo.findText(code) < 0:
            self.currency_combo.addItem(code)
        self.currency_combo.setCurrentText(code)

    def _fill_new(self, contact: Contact | None) -> None:
        self._fill_choices(None)
        self._set_currency(settings.get("default_currency"))
        if contact is not None:
            self._select_contact(contact.id, _contact_label(contact))
        self.existing_radio.setChecked(True)
        self._contact_mode_changed(True)
        (self.title_edit if contact is not None else self.contact_edit).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _fill(self, lead: Lead) -> None:
        self._select_contact(lead.contact_id, _contact_label(lead.contact))
        self.contact_label.setText(self._contact_text)
        self.title_edit.setText(lead.title)
        if lead.value is not None:
            self.value_edit.setText(self.locale().toString(float(lead.value), "f", 2))
        self._set_currency(lead.currency or settings.get("default_currency"))
        self._fill_choices(lead)
        self._prefilled_representada = lead.representada_id
        if lead.commission_rate is not None:
            self.commission_spin.setValue(float(lead.commission_rate))
        for check, edit, value in (
            (self.close_check, self.close_date_edit, lead.expected_close_date),
            (self.payment_check, self.payment_date_edit, lead.expected_payment_date),
        ):
            check.setChecked(value is not None)
            if value is not None:
                edit.setDate(to_qdate(value))
        self.value_for_prospect_edit.setPlainText(lead.value_for_prospect)
        self.notes_edit.setPlainText(lead.notes)

        self.next_editor.set_action(
            lead.next_action_kind,
            rules.next_action_text(lead.next_action_what, lead.next_action_template),
            lead.next_action_due,
            lead.next_action_time,
        )
        if lead.status != Lead.OPEN:
            status = QCoreApplication.translate("Rules", STATUS_LABELS[lead.status])
            self.closed_label.setText(
                self.tr(
                    "This lead is closed ({status}): reopen it to plan its next action."
                ).format(status=status)
            )
            self.closed_label.show()
            self.next_editor.set_editable(False)
            self.stage_combo.setEnabled(False)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- Reacting -------------------------------------------------------------------------

    def _contact_mode_changed(self, existing: bool) -> None:
        self.contact_edit.setEnabled(existing)
        self.new_contact_box.setEnabled(not existing)
        if self.isVisible():
            (self.contact_edit if existing else self.new_first_name_edit).setFocus(
                Qt.FocusReason.OtherFocusReason
            )

    def _contact_text_edited(self, text: str) -> None:
        if text != self._contact_text:
            self._contact_id = None
        self._search_timer.start()

    def _refresh_contacts(self) -> None:
        """Search as you type: the best matches of the search index."""
        text = self.contact_edit.text()
        if text == self._contact_text and self._contact_id is not None:
            return
        self.contact_model.clear()
        rows = listing.contact_rows(text, sort="relevance", limit=20) if text.strip() else []
        for row in rows:
            extra = listing.display_phone(row.phones[0]) if row.phones else ""
            if not extra and row.emails:
                extra = row.emails[0]
            item = QStandardItem(contact_display(row.name, row.company, extra))
            item.setData(row.id, CONTACT_ID_ROLE)
            item.setEditable(False)
            self.contact_model.appendRow(item)
        if rows and self.contact_edit.isVisible():
            self.contact_completer.complete()

    @property
    def chosen_contact_id(self) -> int | None:
        """The existing contact picked in the chooser (None while nothing is picked)."""
        return self._contact_id

    def _contact_chosen(self, index: QModelIndex) -> None:
        self._select_contact(index.data(CONTACT_ID_ROLE), index.data())

    def _select_contact(self, contact_id: int, text: str) -> None:
        self._search_timer.stop()
        self._contact_id = contact_id
        self._contact_text = text
        if self.contact_edit.text() != text:
            self.contact_edit.setText(text)
        self.contact_error.clear_message()

    def _representada_changed(self, text: str) -> None:
        """Rule 8's default, shown: the representada's commission rate fills the field."""
        index = self.representada_combo.findText(text.strip(), Qt.MatchFlag.MatchFixedString)
        rep_id = self.representada_combo.itemData(index) if index >= 0 else None
        if rep_id is None or rep_id == self._prefilled_representada:
            return
        self._prefilled_representada = rep_id
        rep = Representada.get_or_none(Representada.id == rep_id)
        if rep is not None:
            self.commission_spin.setValue(float(rep.commission_rate or 0))

    # --- Reading --------------------------------------------------------------------------

    def next_action(self) -> NextAction:
        """The next action as typed; the rules decide whether it will do."""
        return self.next_editor.next_action()

    def _named_text(self, combo: QComboBox) -> str | None:
        """The name chosen or typed in an editable combo (found, or created, by name)."""
        return combo.currentText().strip() or None

    def _commission_rate(self) -> Decimal | None:
        """0 % with no representada means "not known yet" (the lead keeps no rate)."""
        rate = self.commission_spin.value()
        if self._named_text(self.representada_combo) is None and rate == 0:
            return None
        return Decimal(str(round(rate, 3)))

    def _new_contact(self) -> ContactData | None:
        """The contact typed in (None when an existing one is chosen)."""
        if self._lead_id is not None or self.existing_radio.isChecked():
            if self._contact_id is None:
                raise _DialogInputError(
                    self.tr("Choose a contact from the list, or enter a new contact."),
                    "contact",
                )
            return None
        return ContactData(
            first_name=self.new_first_name_edit.text(),
            last_name=self.new_last_name_edit.text(),
            company=self.new_company_edit.text(),
            emails=[self.new_email_edit.text()] if self.new_email_edit.text().strip() else [],
            phones=[self.new_phone_edit.text()] if self.new_phone_edit.text().strip() else [],
        )

    def details(self) -> leads.LeadDetails:
        """The lead's data as typed. The value is read with the person's decimal mark
        (1,234.50 in Mexico, 1.234,50 in Spain: `1.500` is fifteen hundred there)."""
        return leads.LeadDetails(
            title=self.title_edit.text(),
            value=self.value_edit.text(),
            decimal_mark=self.locale().decimalPoint(),
            currency=self.currency_combo.currentText(),
            representada=self._named_text(self.representada_combo),
            source=self._named_text(self.source_combo),
            commission_rate=self._commission_rate(),
            expected_close_date=(
                from_qdate(self.close_date_edit.date()) if self.close_check.isChecked() else None
            ),
            expected_payment_date=(
                from_qdate(self.payment_date_edit.date())
                if self.payment_check.isChecked()
                else None
            ),
            value_for_prospect=self.value_for_prospect_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )

    def _save(self) -> Lead:
        """One action: a refusal anywhere writes nothing."""
        new_contact = self._new_contact()
        stage = self.stage_combo.currentData()
        if self._lead_id is None:
            return leads.add_lead(
                self.details(),
                self.next_action(),
                contact=None if new_contact is not None else self._contact_id,
                new_contact=new_contact,
                stage=stage,
            ).lead
        return leads.edit_lead(
            self._lead_id, self.details(), stage=stage, next_action=self.next_action()
        ).lead

    def accept(self) -> None:
        """Save through the rules; on a refusal show why, next to the field, and stay open."""
        self.errors.clear()
        try:
            lead = self._save()
        except (FollowUpError, ContactError, Missing, _DialogInputError) as error:
            label = self.errors.show(error)
            field = self._error_fields.get(error.field or "")
            if field is not None and label is not self.general_error and field.isEnabled():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            log.debug("lead refused: %s", error.message)
            return
        self.saved_lead = lead
        super().accept()

    # --- The (value, accepted) entry points ----------------------------------------------

    @classmethod
    def create(
        cls, parent: QWidget | None, contact: Contact | None = None
    ) -> tuple[Lead | None, bool]:
        """Ask for a new lead, for `contact` or for a contact chosen or typed in."""
        return cls._run(cls(parent, contact=contact))

    @classmethod
    def edit(cls, parent: QWidget | None, lead: Lead) -> tuple[Lead | None, bool]:
        """Change a lead's data, stage and (open leads) next action."""
        return cls._run(cls(parent, lead=lead))

    @staticmethod
    def _run(dialog: LeadDialog) -> tuple[Lead | None, bool]:
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved_lead, True
            return None, False
        finally:
            dialog.deleteLater()
