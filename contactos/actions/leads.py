"""Adding and editing a lead: its data, its stage and its next action (rules 1, 2 and 8).

A lead is added for an existing contact or with a new one typed in at the same time (one
transaction: when the lead is refused, the new contact, representada and source are not
kept). Representadas and sources are given by name and found or created by
contactos.actions.names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from contactos import contacts, rules, settings
from contactos.actions import names
from contactos.actions.common import get, row_ref, transaction
from contactos.contacts import ContactData
from contactos.models import Contact, Lead, Representada, Source, Stage
from contactos.rules import NextAction, StagePlace


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED = _Unchanged()  # an argument left as the lead has it


@dataclass(frozen=True)
class LeadDetails:
    """A lead's data as a person gives it. `value` and `commission_rate` as typed (the
    rules read them: "1.234,50", "$1,234.50"), `decimal_mark` the reader's when known;
    `representada` and `source` by name (found in any case, created when new) or as rows."""

    title: str
    value: object = None
    decimal_mark: str | None = None
    currency: str | None = None  # None: the default currency
    representada: Representada | str | None = None
    source: Source | str | None = None
    commission_rate: object = None  # None: the representada's (rule 8)
    expected_close_date: dt.date | None = None
    expected_payment_date: dt.date | None = None
    value_for_prospect: str = ""
    notes: str = ""


@dataclass(frozen=True)
class LeadSaved:
    lead: Lead
    contact_created: bool = False  # a contact typed in with the lead was created
    created: tuple[names.Named, ...] = field(default=())  # representadas, sources made


def _named(details: LeadDetails) -> tuple[Representada | None, Source | None, list]:
    made = []
    representada, source = details.representada, details.source
    if not isinstance(representada, Representada):
        found = names.representada(representada, create=True)
        representada = found.row
        made.append(found)
    if not isinstance(source, Source):
        found = names.source(source, create=True)
        source = found.row
        made.append(found)
    return representada, source, [n for n in made if n.created]


def _fields(details: LeadDetails) -> tuple[dict[str, object], list]:
    """The rules' fields of `details`: the amount read first (a bad amount refuses before
    a new representada or source is made), then the names found or created."""
    amount = rules.lead_amount(details.value, decimal_mark=details.decimal_mark)
    representada, source, created = _named(details)
    return {
        "representada": representada,
        "source": source,
        "value": amount,
        "currency": details.currency or settings.get("default_currency"),
        "commission_rate": details.commission_rate,
        "expected_close_date": details.expected_close_date,
        "expected_payment_date": details.expected_payment_date,
        "value_for_prospect": details.value_for_prospect,
        "notes": details.notes,
    }, created


def _contact_for(
    contact: Contact | int | None,
    new_contact: ContactData | None,
    reuse_contact: bool,
    country: str | None,
) -> tuple[Contact, bool]:
    if contact is not None:
        return get(Contact, contact), False
    if new_contact is None:
        raise ValueError("a lead needs a contact or a new contact's data")
    country = country or settings.get("default_country")
    if reuse_contact:
        email = next(iter(new_contact.emails), None)
        phone = next(iter(new_contact.phones), None)
        existing = contacts.find_by_email_or_phone(email, phone, country)
        if existing is not None:
            return existing, False
    return contacts.create_contact(new_contact, country=country), True


def add_lead(
    details: LeadDetails,
    next_action: NextAction | None,
    *,
    contact: Contact | int | None = None,
    new_contact: ContactData | None = None,
    reuse_contact: bool = False,
    country: str | None = None,
    stage: Stage | int | None = None,
) -> LeadSaved:
    """A new lead, born with a dated next action (rule 2), for `contact`, or for a new
    contact made from `new_contact` (with `reuse_contact`, the contact that already has
    its e-mail or phone, when there is one). Phones are read for `country` (default: the
    settings')."""
    with transaction():
        fields, created = _fields(details)
        owner, contact_created = _contact_for(contact, new_contact, reuse_contact, country)
        lead = rules.create_lead(
            owner,
            details.title,
            next_action,
            stage=get(Stage, stage) if stage is not None else None,
            **fields,
        )
    return LeadSaved(lead, contact_created, tuple(created))


def edit_lead(
    lead: Lead | int,
    details: LeadDetails,
    *,
    stage: Stage | int | None = None,
    next_action: NextAction | None | _Unchanged = UNCHANGED,
) -> LeadSaved:
    """Change a lead's data; on an open lead also its stage and its next action (rule 2:
    changed, never removed)."""
    with transaction():
        fields, created = _fields(details)
        row = get(Lead, lead)
        rules.update_lead(row, title=details.title, **fields)
        if row.status == Lead.OPEN:
            if stage is not None:
                rules.change_stage(row, get(Stage, stage))
            if next_action is not UNCHANGED:
                rules.set_next_action(row, next_action)
    return LeadSaved(row, created=tuple(created))


def save_checklist(
    lead: Lead | int,
    *,
    value_for_prospect: str | _Unchanged = UNCHANGED,
    open_questions: str | _Unchanged = UNCHANGED,
    expected_payment_date: dt.date | None | _Unchanged = UNCHANGED,
) -> LeadSaved:
    """The follow-up checklist's texts and the expected payment date (rule 6)."""
    changes = {
        name: value
        for name, value in (
            ("value_for_prospect", value_for_prospect),
            ("open_questions", open_questions),
            ("expected_payment_date", expected_payment_date),
        )
        if value is not UNCHANGED
    }
    with transaction():
        row = rules.update_lead(get(Lead, lead), **changes)
    return LeadSaved(row)


@dataclass(frozen=True)
class StageChanged(LeadSaved):
    """A lead moved to another stage: where it stood `before` and `after`, for the undo
    (both the same when it was already there: nothing changed)."""

    before: StagePlace | None = None
    after: StagePlace | None = None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def change_stage(lead: Lead | int, stage: Stage | int) -> StageChanged:
    """Move an open lead to `stage` (the lead view, a drag on the board), recorded in
    its history."""
    with transaction():
        row = get(Lead, lead)
        before = StagePlace.of(row)
        row = rules.change_stage(row, get(Stage, stage))
        after = StagePlace.of(row)
    return StageChanged(row, before=before, after=after)


def undo_stage_change(changed: StageChanged) -> LeadSaved:
    """Put a lead back in the stage a change_stage took it from, while it is still where
    that change left it (refused, with why, when it was moved, closed or deleted since).
    The way back is in the lead's history too."""
    with transaction():
        row = rules.undo_stage_change(row_ref(Lead, changed.lead.id), changed.before, changed.after)
    return LeadSaved(row)


def set_next_action(lead: Lead | int, next_action: NextAction | None) -> LeadSaved:
    """Rule 2: an open lead's next action is changed, never removed; saving the one it
    has, unchanged, changes nothing."""
    with transaction():
        row = rules.set_next_action(get(Lead, lead), next_action)
    return LeadSaved(row)
