"""Adding and editing a contact (a person or a company; never an opportunity: see leads).

The checks and the writing are contactos.contacts'; a refusal is its ContactError, with
the field it is about, and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from contactos import contacts, settings
from contactos.actions.common import get, transaction
from contactos.contacts import ContactData
from contactos.models import Contact


@dataclass(frozen=True)
class ContactSaved:
    contact: Contact
    created: bool  # a new contact (False: an existing one was changed)


def _country(country: str | None) -> str:
    """Phones without a country code are read as numbers of `country`, else of the
    settings' default country."""
    return country or settings.get("default_country")


def add_contact(data: ContactData, *, country: str | None = None) -> ContactSaved:
    with transaction():
        contact = contacts.create_contact(data, country=_country(country))
    return ContactSaved(contact, created=True)


def edit_contact(
    contact: Contact | int, data: ContactData, *, country: str | None = None
) -> ContactSaved:
    """Replace a contact's data, e-mails, phones and tags with `data`."""
    with transaction():
        row = contacts.update_contact(get(Contact, contact), data, country=_country(country))
    return ContactSaved(row, created=False)
