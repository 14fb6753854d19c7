"""Creating and changing contacts, with their e-mails, phones and tags.

Every change re-indexes the contact for search. Like the rules, these functions validate
first and write afterwards, and open no transaction: the actions that call them
(contactos.actions.contacts, .leads) do.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from contactos import phones, search
from contactos.actions import names
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError
from contactos.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Tag,
    chunks,
    now,
)


class ContactError(TranslatableError):
    context = "Contacts"

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


@dataclass
class ContactData:
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    address: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    notes: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    SCALARS = (
        "first_name",
        "last_name",
        "company",
        "job_title",
        "address",
        "city",
        "region",
        "postal_code",
        "country",
        "notes",
    )


def normalize_email(text: str) -> str:
    return (text or "").strip().lower()


# An address as mail programs accept it: a local part, '@', a domain with a dot.
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


def is_email(value: str) -> bool:
    """Whether `value` (already trimmed) is an e-mail address ('ana@gmailcom' is not)."""
    return ".." not in value and bool(_EMAIL.match(value))


def _validate(data: ContactData, country: str) -> list[tuple[str, str]]:
    """Refuse what cannot be saved; returns each phone as typed with its E.164 form."""
    if not (data.first_name.strip() or data.last_name.strip() or data.company.strip()):
        raise ContactError(
            QT_TRANSLATE_NOOP("Contacts", "A contact needs a name or a company."),
            field="first_name",
        )
    numbers: list[tuple[str, str]] = []
    for raw in data.phones:
        raw = (raw or "").strip()
        if not raw:
            continue
        number = phones.normalize(raw, country)
        if number is None:
            raise ContactError(
                QT_TRANSLATE_NOOP(
                    "Contacts",
                    "'{phone}' is not a phone number we can read for {country}: write it "
                    "with its area code, or with + and the country code.",
                ),
                field="phones",
                phone=raw,
                country=country.upper(),
            )
        numbers.append((raw, number))
    for email in data.emails:
        value = normalize_email(email)
        if value and not is_email(value):
            raise ContactError(
                QT_TRANSLATE_NOOP("Contacts", "'{email}' is not an e-mail address."),
                field="emails",
                email=email,
            )
    return numbers


def _write_children(contact: Contact, data: ContactData, numbers: list[tuple[str, str]]) -> None:
    """E-mails, phones (`numbers`: as typed, E.164, from _validate) and tags."""
    # The labels an e-mail or phone already has ('Celular', 'WhatsApp', from an import or
    # a vCard) stay with it: the form edits the addresses and numbers, not their labels.
    email_labels = dict(
        ContactEmail.select(ContactEmail.email, ContactEmail.label)
        .where(ContactEmail.contact == contact)
        .tuples()
    )
    phone_labels = dict(
        ContactPhone.select(ContactPhone.number, ContactPhone.label)
        .where(ContactPhone.contact == contact)
        .tuples()
    )
    ContactEmail.delete().where(ContactEmail.contact == contact).execute()
    ContactPhone.delete().where(ContactPhone.contact == contact).execute()
    ContactTag.delete().where(ContactTag.contact == contact).execute()
    seen: set[str] = set()
    for position, email in enumerate(data.emails):
        value = normalize_email(email)
        if value and value not in seen:
            seen.add(value)
            ContactEmail.create(
                contact=contact,
                email=value,
                label=email_labels.get(value, ""),
                position=position,
            )
    seen.clear()
    for position, (raw, number) in enumerate(numbers):
        if number not in seen:
            seen.add(number)
            ContactPhone.create(
                contact=contact,
                number=number,
                raw=raw,
                label=phone_labels.get(number, ""),
                position=position,
            )
    for tag in names.tags(data.tags):
        ContactTag.create(contact=contact, tag=tag)


def create_contact(data: ContactData, *, country: str = phones.DEFAULT_COUNTRY) -> Contact:
    numbers = _validate(data, country)
    contact = Contact.create(**{k: getattr(data, k).strip() for k in ContactData.SCALARS})
    _write_children(contact, data, numbers)
    search.index_contacts([contact.id])
    return contact


def update_contact(
    contact: Contact, data: ContactData, *, country: str = phones.DEFAULT_COUNTRY
) -> Contact:
    numbers = _validate(data, country)
    for key in ContactData.SCALARS:
        setattr(contact, key, getattr(data, key).strip())
    contact.updated_at = now()
    contact.save()
    _write_children(contact, data, numbers)
    search.index_contacts([contact.id])
    return contact


def contact_data(contact: Contact) -> ContactData:
    return ContactData(
        **{k: getattr(contact, k) for k in ContactData.SCALARS},
        emails=[e.email for e in contact.emails.order_by(ContactEmail.position)],
        phones=[p.number for p in contact.phones.order_by(ContactPhone.position)],
        tags=sorted(ct.tag.name for ct in contact.contact_tags.join(Tag)),
    )


def find_by_email_or_phone(
    email: str | None = None, phone: str | None = None, country: str = phones.DEFAULT_COUNTRY
) -> Contact | None:
    if email:
        row = ContactEmail.get_or_none(ContactEmail.email == normalize_email(email))
        if row:
            return row.contact
    if phone:
        number = phones.normalize(phone, country) or phone.strip()
        row = ContactPhone.get_or_none(ContactPhone.number == number)
        if row:
            return row.contact
    return None


def contact_children(
    ids: list[int],
) -> tuple[dict[int, list[str]], dict[int, list[tuple[str, str]]], dict[int, list[str]]]:
    """E-mails, phones (number, label) and tags of `ids`, in their display order."""
    emails: dict[int, list[str]] = defaultdict(list)
    phone_rows: dict[int, list[tuple[str, str]]] = defaultdict(list)
    tags: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(ids):
        for cid, email in (
            ContactEmail.select(ContactEmail.contact, ContactEmail.email)
            .where(ContactEmail.contact.in_(chunk))
            .order_by(ContactEmail.position, ContactEmail.id)
            .tuples()
        ):
            emails[cid].append(email)
        for cid, number, label in (
            ContactPhone.select(ContactPhone.contact, ContactPhone.number, ContactPhone.label)
            .where(ContactPhone.contact.in_(chunk))
            .order_by(ContactPhone.position, ContactPhone.id)
            .tuples()
        ):
            phone_rows[cid].append((number, label))
        for cid, name in (
            ContactTag.select(ContactTag.contact, Tag.name)
            .join(Tag)
            .where(ContactTag.contact.in_(chunk))
            .order_by(Tag.name)
            .tuples()
        ):
            tags[cid].append(name)
    return emails, phone_rows, tags
