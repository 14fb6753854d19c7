"""The field day sheet: for one day, the visits and calls in time order, each with what
the agent needs in the car (the contact, the company, the address, the phones, what to
do, the lead's open questions and impediments).

The rows are typed; printing them (a PDF, the printer) is the window's part
(ui.day_sheet), and `contactos day-sheet [DATE] --pdf FILE` asks it for the same PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from contactos import agenda, phones, rules
from contactos.models import Contact, ContactPhone, Impediment, Lead

# What goes on the sheet: what is done by going there or by phone.
SHEET_KINDS = ("visit", "call", "meeting")


@dataclass(frozen=True)
class SheetPhone:
    number: str  # as it is dialled (E.164 when it could be read)
    shown: str  # as it is read ("+52 55 1234 5678")
    label: str = ""


@dataclass(frozen=True)
class SheetRow:
    """One visit or call of the day."""

    time: dt.time | None  # None: some time that day
    kind: str  # visit, call, meeting
    what: str  # what to do, in the reader's language
    lead_id: int | None
    lead_title: str
    contact: str
    company: str
    address: str  # street, city, region, postal code: as written, one line each
    phones: tuple[SheetPhone, ...] = ()
    open_questions: str = ""
    impediments: tuple[str, ...] = ()
    days_overdue: int = 0
    type: str = "lead"  # 'lead' (its next action) or 'activity' (a planned one)


@dataclass(frozen=True)
class DaySheet:
    day: dt.date
    rows: list[SheetRow] = field(default_factory=list)


def _address(contact: Contact) -> str:
    place = " ".join(p for p in (contact.postal_code, contact.city) if p)
    region = contact.region if contact.region != contact.city else ""
    parts = [contact.address.strip(), place, region]
    return "\n".join(p for p in parts if p)


def day_sheet(day: dt.date | None = None, flt: agenda.Filter | None = None) -> DaySheet:
    """The visits and calls planned for `day` (today): what has an hour by its hour,
    then what is for the day only."""
    day = day or rules.today()
    entries = [
        e
        for e in agenda.entries(day, day, flt)
        if e.type in ("lead", "activity") and e.kind in SHEET_KINDS
    ]
    if not entries:
        return DaySheet(day, [])
    from contactos.models import Activity

    # Who each entry is about: a lead's contact, or a planned activity's own contact.
    lead_ids = sorted({e.lead_id for e in entries if e.lead_id})
    activity_ids = [e.target_id for e in entries if e.type == "activity"]
    leads = {
        lead.id: lead
        for lead in Lead.select(Lead.id, Lead.contact, Lead.open_questions).where(
            Lead.id.in_(lead_ids)
        )
    }
    activity_contacts = dict(
        Activity.select(Activity.id, Activity.contact).where(Activity.id.in_(activity_ids)).tuples()
    )
    contact_of = {}
    for entry in entries:
        if entry.type == "activity":
            contact_of[entry.key] = activity_contacts.get(entry.target_id)
        else:
            contact_of[entry.key] = leads[entry.lead_id].contact_id
    contact_ids = sorted({c for c in contact_of.values() if c})
    contacts = {c.id: c for c in Contact.select().where(Contact.id.in_(contact_ids))}
    phone_rows: dict[int, list[SheetPhone]] = {}
    query = (
        ContactPhone.select()
        .where(ContactPhone.contact.in_(contact_ids))
        .order_by(ContactPhone.position, ContactPhone.id)
    )
    for phone in query:
        phone_rows.setdefault(phone.contact_id, []).append(
            SheetPhone(phone.number, phones.display(phone.number), phone.label)
        )
    impediments: dict[int, list[str]] = {}
    query = (
        Impediment.select(Impediment.lead, Impediment.description)
        .where(Impediment.lead.in_(lead_ids) & Impediment.resolved_at.is_null())
        .order_by(Impediment.created_at, Impediment.id)
    )
    for lead_id, description in query.tuples():
        impediments.setdefault(lead_id, []).append(description)
    rows = []
    for entry in entries:
        contact = contacts.get(contact_of[entry.key])
        lead = leads.get(entry.lead_id)
        rows.append(
            SheetRow(
                time=entry.time,
                kind=entry.kind,
                what=entry.what,
                lead_id=entry.lead_id,
                lead_title=entry.title,
                contact=entry.contact,
                company=entry.company,
                address=_address(contact) if contact else "",
                phones=tuple(phone_rows.get(contact.id, ())) if contact else (),
                open_questions=(lead.open_questions or "").strip() if lead else "",
                impediments=tuple(impediments.get(entry.lead_id, ())),
                days_overdue=entry.days_overdue,
                type=entry.type,
            )
        )
    return DaySheet(day, rows)
