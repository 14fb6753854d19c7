"""Creating and editing a contact (a person or a company, never an opportunity).

The dialog only gathers the fields and calls one action (contactos.actions.contacts);
its refusal, a :class:`~contactos.contacts.ContactError`, is shown under the field it is
about while the dialog stays open.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from contactos import contacts, phones
from contactos.actions import Missing
from contactos.actions import contacts as contact_actions
from contactos.contacts import ContactData, ContactError
from contactos.models import Contact
from ui.dialogs.common import (
    ErrorLabel,
    FieldErrors,
    add_row,
    fix_lines,
    new_form,
    ok_cancel,
    plain_text_height,
    save_with_ctrl_enter,
    text_width,
)

log = logging.getLogger(__name__)

_EMAIL_SPLIT = re.compile(r"[\s,;]+")


class ContactDialog(QDialog):
    """New or existing contact: names, company, e-mails and phones, address, tags, notes."""

    def __init__(self, parent: QWidget | None = None, contact: Contact | None = None) -> None:
        super().__init__(parent)
        self._contact_id = contact.id if contact is not None else None
        self.saved_contact: Contact | None = None
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self.setModal(True)
        self.setSizeGripEnabled(True)

        line_width = text_width(self, 40)  # an e-mail address fits on its line

        # --- Person and how to reach them -------------------------------------------
        person_box = QGroupBox(self.tr("Person"), self)
        person = new_form()
        person_box.setLayout(person)
        self.first_name_edit = QLineEdit(person_box)
        self.first_name_edit.setMinimumWidth(line_width)
        self.first_name_error = ErrorLabel(person_box)
        add_row(
            person,
            QLabel(self.tr("&First name"), person_box),
            self.first_name_edit,
            self.first_name_error,
        )
        self.last_name_edit = QLineEdit(person_box)
        add_row(person, QLabel(self.tr("&Last name"), person_box), self.last_name_edit)
        self.company_edit = QLineEdit(person_box)
        add_row(person, QLabel(self.tr("&Company"), person_box), self.company_edit)
        self.job_title_edit = QLineEdit(person_box)
        add_row(person, QLabel(self.tr("&Job title"), person_box), self.job_title_edit)
        self.emails_edit = QPlainTextEdit(person_box)
        self.emails_edit.setPlaceholderText(self.tr("One e-mail address per line"))
        fix_lines(self.emails_edit, 3)
        self.emails_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # one per line
        self.emails_error = ErrorLabel(person_box)
        add_row(
            person, QLabel(self.tr("&E-mails"), person_box), self.emails_edit, self.emails_error
        )
        self.phones_edit = QPlainTextEdit(person_box)
        self.phones_edit.setPlaceholderText(self.tr("One phone number per line"))
        fix_lines(self.phones_edit, 3)
        self.phones_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # one per line
        self.phones_error = ErrorLabel(person_box)
        add_row(person, QLabel(self.tr("&Phones"), person_box), self.phones_edit, self.phones_error)
        self.tags_edit = QLineEdit(person_box)
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        add_row(person, QLabel(self.tr("Ta&gs"), person_box), self.tags_edit)

        # --- Where they are, and notes ---------------------------------------------------
        place_box = QGroupBox(self.tr("Address"), self)
        place = new_form()
        place_box.setLayout(place)
        self.address_edit = QPlainTextEdit(place_box)
        self.address_edit.setMinimumWidth(line_width)
        fix_lines(self.address_edit, 2)
        add_row(place, QLabel(self.tr("&Address"), place_box), self.address_edit)
        self.city_edit = QLineEdit(place_box)
        add_row(place, QLabel(self.tr("C&ity"), place_box), self.city_edit)
        self.region_edit = QLineEdit(place_box)
        add_row(place, QLabel(self.tr("&State / region"), place_box), self.region_edit)
        self.postal_code_edit = QLineEdit(place_box)
        add_row(place, QLabel(self.tr("Postal c&ode"), place_box), self.postal_code_edit)
        self.country_edit = QLineEdit(place_box)
        add_row(place, QLabel(self.tr("Countr&y"), place_box), self.country_edit)
        self.notes_edit = QPlainTextEdit(place_box)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(plain_text_height(self.notes_edit, 4))
        add_row(place, QLabel(self.tr("&Notes"), place_box), self.notes_edit)

        # --- Buttons and errors that belong to no field ----------------------------------
        self.general_error = ErrorLabel(self)
        self.errors = FieldErrors(
            self.general_error,
            first_name=self.first_name_error,
            emails=self.emails_error,
            phones=self.phones_error,
        )
        self.button_box, self.ok_button = ok_cancel(self)
        self.cancel_button = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)

        columns = QHBoxLayout()
        columns.addWidget(person_box, 1)
        columns.addWidget(place_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.button_box)

        self._fields: dict[str, QWidget] = {
            "first_name": self.first_name_edit,
            "last_name": self.last_name_edit,
            "company": self.company_edit,
            "emails": self.emails_edit,
            "phones": self.phones_edit,
        }
        chain = [
            self.first_name_edit,
            self.last_name_edit,
            self.company_edit,
            self.job_title_edit,
            self.emails_edit,
            self.phones_edit,
            self.tags_edit,
            self.address_edit,
            self.city_edit,
            self.region_edit,
            self.postal_code_edit,
            self.country_edit,
            self.notes_edit,
            self.ok_button,
            self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        save_with_ctrl_enter(self)
        if contact is not None:
            self._fill(contacts.contact_data(contact))
        self.first_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- Reading and writing the fields ---------------------------------------------------

    def _fill(self, data: ContactData) -> None:
        self.first_name_edit.setText(data.first_name)
        self.last_name_edit.setText(data.last_name)
        self.company_edit.setText(data.company)
        self.job_title_edit.setText(data.job_title)
        self.emails_edit.setPlainText("\n".join(data.emails))
        self.phones_edit.setPlainText("\n".join(phones.display(p) for p in data.phones))
        self.tags_edit.setText(", ".join(data.tags))
        self.address_edit.setPlainText(data.address)
        self.city_edit.setText(data.city)
        self.region_edit.setText(data.region)
        self.postal_code_edit.setText(data.postal_code)
        self.country_edit.setText(data.country)
        self.notes_edit.setPlainText(data.notes)

    def contact_data(self) -> ContactData:
        """What the fields say, as the domain takes it (nothing validated here)."""
        return ContactData(
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            company=self.company_edit.text(),
            job_title=self.job_title_edit.text(),
            address=self.address_edit.toPlainText(),
            city=self.city_edit.text(),
            region=self.region_edit.text(),
            postal_code=self.postal_code_edit.text(),
            country=self.country_edit.text(),
            notes=self.notes_edit.toPlainText(),
            emails=[e for e in _EMAIL_SPLIT.split(self.emails_edit.toPlainText()) if e],
            phones=[p.strip() for p in self.phones_edit.toPlainText().splitlines() if p.strip()],
            tags=[t.strip() for t in self.tags_edit.text().split(",") if t.strip()],
        )

    def accept(self) -> None:
        """Save through the domain; on a refusal show why and stay open."""
        self.errors.clear()
        data = self.contact_data()
        try:
            if self._contact_id is None:
                contact = contact_actions.add_contact(data).contact
            else:
                contact = contact_actions.edit_contact(self._contact_id, data).contact
        except (ContactError, Missing) as error:
            label = self.errors.show(error)
            field = self._fields.get(error.field or "")
            if field is not None and label is not self.general_error:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            log.debug("contact refused: %s", error.template)
            return
        self.saved_contact = contact
        super().accept()

    @classmethod
    def edit(
        cls, parent: QWidget | None, contact: Contact | None = None
    ) -> tuple[Contact | None, bool]:
        """Ask for a new contact (`contact` None) or change one; (saved contact, accepted)."""
        dialog = cls(parent, contact)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved_contact, True
            return None, False
        finally:
            dialog.deleteLater()
