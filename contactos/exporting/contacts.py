"""Contacts out: as CSV for Excel, as an Excel workbook and as vCard 3.0 for phones and
mail programs. Contacts are read a window at a time, so 100,000 of them never sit in
memory at once; the files are written by :mod:`.files`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import IO

from contactos import phones
from contactos.contacts import contact_children
from contactos.exporting.files import CsvStyle, write_atomically, write_csv, write_xlsx
from contactos.i18n import QT_TRANSLATE_NOOP
from contactos.models import Contact, chunks

# --- Reading contacts in windows --------------------------------------------------------


def _contact_ids(contact_ids: list[int] | None) -> list[int]:
    """The ids to export, by name; all contacts when `contact_ids` is None."""
    order = (Contact.last_name, Contact.first_name, Contact.company, Contact.id)
    if contact_ids is None:
        return [cid for (cid,) in Contact.select(Contact.id).order_by(*order).tuples()]
    wanted: set[int] = set()
    for chunk in chunks(list(dict.fromkeys(contact_ids))):
        wanted.update(
            cid for (cid,) in Contact.select(Contact.id).where(Contact.id.in_(chunk)).tuples()
        )
    return [cid for cid in dict.fromkeys(contact_ids) if cid in wanted]


def _contacts(
    contact_ids: list[int] | None,
) -> Iterator[tuple[Contact, list[str], list[tuple[str, str]], list[str]]]:
    """(contact, e-mails, phones, tags), a window at a time so 100,000 contacts never
    sit in memory at once."""
    ids = _contact_ids(contact_ids)
    for chunk in chunks(ids):
        contacts = {c.id: c for c in Contact.select().where(Contact.id.in_(chunk))}
        emails, phone_rows, tags = contact_children(chunk)
        for cid in chunk:
            if cid in contacts:
                yield contacts[cid], emails[cid], phone_rows[cid], tags[cid]


# --- Contacts as CSV and .xlsx ----------------------------------------------------------

CONTACT_HEADER = (
    QT_TRANSLATE_NOOP("Export", "Name"),
    QT_TRANSLATE_NOOP("Export", "First name"),
    QT_TRANSLATE_NOOP("Export", "Last name"),
    QT_TRANSLATE_NOOP("Export", "Company"),
    QT_TRANSLATE_NOOP("Export", "Job title"),
    QT_TRANSLATE_NOOP("Export", "E-mail"),  # singular: what importers recognise
    QT_TRANSLATE_NOOP("Export", "Phone"),
    QT_TRANSLATE_NOOP("Export", "Address"),
    QT_TRANSLATE_NOOP("Export", "City"),
    QT_TRANSLATE_NOOP("Export", "Region"),
    QT_TRANSLATE_NOOP("Export", "Postal code"),
    QT_TRANSLATE_NOOP("Export", "Country"),
    QT_TRANSLATE_NOOP("Export", "Tags"),
    QT_TRANSLATE_NOOP("Export", "Notes"),
)

LIST_SEPARATOR = "; "
CONTACTS_SHEET = QT_TRANSLATE_NOOP("Export", "Contacts")


def export_contacts_csv(
    path: str | os.PathLike[str],
    contact_ids: list[int] | None = None,
    style: CsvStyle | None = None,
) -> int:
    """Contacts (all when `contact_ids` is None) as a CSV Excel opens correctly."""
    return write_csv(path, CONTACT_HEADER, _contact_rows(contact_ids), style)


def export_contacts_xlsx(path: str | os.PathLike[str], contact_ids: list[int] | None = None) -> int:
    """Contacts as an Excel workbook: every value a text cell (a phone is `+52 55...` as
    written, with no apostrophe; a note starting with '=' is text, never a formula)."""
    return write_xlsx(path, CONTACTS_SHEET, CONTACT_HEADER, _contact_rows(contact_ids))


def _contact_rows(contact_ids: list[int] | None) -> Iterator[tuple[object, ...]]:
    return (
        (
            contact.name,
            contact.first_name,
            contact.last_name,
            contact.company,
            contact.job_title,
            LIST_SEPARATOR.join(emails),
            LIST_SEPARATOR.join(phones.display(number) for number, _ in phone_rows),
            contact.address,
            contact.city,
            contact.region,
            contact.postal_code,
            contact.country,
            LIST_SEPARATOR.join(tags),
            contact.notes,
        )
        for contact, emails, phone_rows, tags in _contacts(contact_ids)
    )


# --- vCard ------------------------------------------------------------------------------

# Free-text phone labels that map onto vCard 3.0 TEL types (English and Spanish).
_TEL_TYPES = {
    "mobile": "CELL",
    "cell": "CELL",
    "celular": "CELL",
    "móvil": "CELL",
    "movil": "CELL",
    "whatsapp": "CELL",
    "work": "WORK",
    "office": "WORK",
    "trabajo": "WORK",
    "oficina": "WORK",
    "home": "HOME",
    "casa": "HOME",
    "fax": "FAX",
}


def _vcard(
    contact: Contact, emails: list[str], phone_rows: list[tuple[str, str]], tags: list[str]
) -> str:
    import vobject  # imported on first use: the window should not wait for it

    card = vobject.vCard()  # VERSION:3.0
    card.add("n").value = vobject.vcard.Name(
        family=contact.last_name or "", given=contact.first_name or ""
    )
    card.add("fn").value = contact.name
    if not (contact.first_name or contact.last_name) and contact.company:
        card.add("x-abshowas").value = "COMPANY"  # Apple: show it as a company card
    if contact.company:
        card.add("org").value = [contact.company]
    if contact.job_title:
        card.add("title").value = contact.job_title
    for email in emails:
        line = card.add("email")
        line.value = email
        line.type_param = "INTERNET"
    for number, label in phone_rows:
        line = card.add("tel")
        line.value = number  # E.164 when it could be read, else as written
        kind = _TEL_TYPES.get((label or "").strip().lower())
        if kind:
            line.type_param = kind
    if any((contact.address, contact.city, contact.region, contact.postal_code, contact.country)):
        card.add("adr").value = vobject.vcard.Address(
            street=contact.address,
            city=contact.city,
            region=contact.region,
            code=contact.postal_code,
            country=contact.country,
        )
    if contact.notes:
        card.add("note").value = contact.notes
    if tags:
        card.add("categories").value = list(tags)
    card.add("uid").value = f"contactos-contact-{contact.id}"
    return card.serialize()  # folded lines, CRLF (RFC 2426)


def export_vcards(path: str | os.PathLike[str], contact_ids: list[int] | None = None) -> int:
    """Contacts as vCard 3.0, all in one UTF-8 file that phones and Outlook import."""
    count = 0

    def write(stream: IO[str]) -> None:
        nonlocal count
        for contact, emails, phone_rows, tags in _contacts(contact_ids):
            stream.write(_vcard(contact, emails, phone_rows, tags))
            count += 1

    write_atomically(path, write, encoding="utf-8")
    return count
