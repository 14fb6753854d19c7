"""The imports made so far, and undoing one of them as a whole.

Undo removes what the batch created and reverts what it merged, in one transaction;
work recorded since the import (a call logged, an edit) is kept with what it is about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from peewee import fn

from contactos import search
from contactos.i18n import QT_TRANSLATE_NOOP, translate
from contactos.importing.plan import ImportFailed
from contactos.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    ImportBatch,
    ImportChange,
    Lead,
    StageChange,
    Tag,
    chunks,
    database,
    now,
)


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What undoing a batch removed, reverted and kept."""

    leads: int  # removed
    contacts: int  # removed
    reverted: int  # changes of merged contacts put back
    kept_leads: int  # worked on since the import
    kept_contacts: int
    kept_changes: int  # values changed again since


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One import, as the history lists it."""

    batch: int
    file: str
    created_at: dt.datetime
    source: str | None
    representada: str | None
    rows: int
    created: int
    merged: int
    skipped: int
    rejected: int
    undone_at: dt.datetime | None


def undo_batch(batch_id: int) -> UndoResult:
    """Remove what the batch created and revert what it merged, in one transaction.

    Work recorded since the import is never undone with it: a lead the agent has worked
    on (an activity, a closing, a commitment or impediment, a stage change, an edit) is
    kept with its contact, a contact edited since is kept, and a merged field or note
    changed again since keeps its newer value. The result counts what was kept.
    """
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Import", "There is no import {batch}."), batch=batch_id
        )
    if batch.undone_at is not None:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Import", "The import {batch} was already undone."), batch=batch_id
        )
    with database.atomic():
        lead_ids = [i for (i,) in Lead.select(Lead.id).where(Lead.import_batch == batch).tuples()]
        worked_leads = _worked_leads(lead_ids)
        removed_leads = [i for i in lead_ids if i not in worked_leads]
        for chunk in chunks(removed_leads, 500):
            Lead.delete().where(Lead.id.in_(chunk)).execute()
        search.unindex_leads(removed_leads)
        # Contacts created by the batch go, unless something else now hangs on them.
        created = [
            i for (i,) in Contact.select(Contact.id).where(Contact.import_batch == batch).tuples()
        ]
        kept = _worked_contacts(created)
        for chunk in chunks(created, 500):
            kept.update(
                i for (i,) in Lead.select(Lead.contact).where(Lead.contact.in_(chunk)).tuples()
            )
        removed = [i for i in created if i not in kept]
        for chunk in chunks(removed, 500):
            Contact.delete().where(Contact.id.in_(chunk)).execute()
        search.unindex_contacts(removed)
        changes = list(batch.changes.order_by(ImportChange.id.desc()))
        reverted = sum(_revert(change) for change in changes)
        search.index_contacts(sorted({c.contact_id for c in changes if c.contact_id}))
        batch.undone_at = now()
        batch.save()
    return UndoResult(
        leads=len(removed_leads),
        contacts=len(removed),
        reverted=reverted,
        kept_leads=len(worked_leads),
        kept_contacts=len(created) - len(removed),
        kept_changes=len(changes) - reverted,
    )


def _worked_leads(lead_ids: list[int]) -> set[int]:
    """The leads among `lead_ids` with anything recorded since they were imported."""
    from contactos.models import Activity, Closing, Commitment, Impediment, Reopening

    worked: set[int] = set()
    for chunk in chunks(lead_ids, 500):
        for model in (Activity, Closing, Commitment, Impediment, Reopening):
            query = model.select(model.lead).where(model.lead.in_(chunk)).distinct()
            worked.update(i for (i,) in query.tuples())
        moved = (
            StageChange.select(StageChange.lead)
            .where(StageChange.lead.in_(chunk))
            .group_by(StageChange.lead)
            .having(fn.COUNT(StageChange.id) > 1)
        )
        worked.update(i for (i,) in moved.tuples())
        edited = Lead.select(Lead.id).where(
            Lead.id.in_(chunk) & (Lead.updated_at > Lead.created_at)
        )
        worked.update(i for (i,) in edited.tuples())
    return worked


def _worked_contacts(contact_ids: list[int]) -> set[int]:
    """The contacts among `contact_ids` edited, or with an activity, since the import."""
    from contactos.models import Activity

    worked: set[int] = set()
    for chunk in chunks(contact_ids, 500):
        query = Activity.select(Activity.contact).where(Activity.contact.in_(chunk)).distinct()
        worked.update(i for (i,) in query.tuples())
        edited = Contact.select(Contact.id).where(
            Contact.id.in_(chunk) & (Contact.updated_at > Contact.created_at)
        )
        worked.update(i for (i,) in edited.tuples())
    return worked


def _revert(change: ImportChange) -> bool:
    """Undo one change of a merge; False when it was changed again since (kept)."""
    contact_id = change.contact_id
    if change.kind in ("field", "notes"):
        field = getattr(Contact, change.field)
        query = Contact.update({change.field: change.old_value}).where(Contact.id == contact_id)
        if change.new_value:  # (a value changed since is the person's: it stays)
            query = query.where(field == change.new_value)
        return query.execute() > 0
    elif change.kind == "email":
        ContactEmail.delete().where(
            (ContactEmail.contact == contact_id) & (ContactEmail.email == change.new_value)
        ).execute()
    elif change.kind == "phone":
        ContactPhone.delete().where(
            (ContactPhone.contact == contact_id) & (ContactPhone.number == change.new_value)
        ).execute()
    elif change.kind in ("tag", "new-tag"):
        tag = Tag.get_or_none(Tag.name == change.new_value)
        if tag is not None and change.kind == "tag":
            ContactTag.delete().where(
                (ContactTag.contact == contact_id) & (ContactTag.tag == tag)
            ).execute()
        elif tag is not None and not ContactTag.select().where(ContactTag.tag == tag).exists():
            tag.delete_instance()
    return True


def undo_text(batch_id: int, result: UndoResult, number: Callable = str) -> str:
    """What undo_batch did, in words (numbers written by `number`)."""
    text = translate(
        "Import",
        "Import {batch} undone. Contacts removed: {contacts}; leads removed: {leads}; "
        "changes reverted: {reverted}.",
    ).format(
        batch=number(batch_id),
        contacts=number(result.contacts),
        leads=number(result.leads),
        reverted=number(result.reverted),
    )
    if result.kept_leads or result.kept_contacts or result.kept_changes:
        text += " " + translate(
            "Import",
            "Kept, because they were worked on after the import: leads: {leads}; "
            "contacts: {contacts}; values changed since: {changes}.",
        ).format(
            leads=number(result.kept_leads),
            contacts=number(result.kept_contacts),
            changes=number(result.kept_changes),
        )
    return text


def batches() -> list[BatchRow]:
    """Every import, newest first."""
    return [
        BatchRow(
            batch=batch.id,
            file=batch.file_name,
            created_at=batch.created_at,
            source=batch.source.name if batch.source_id else None,
            representada=batch.representada.name if batch.representada_id else None,
            rows=batch.rows_total,
            created=batch.created_count,
            merged=batch.merged_count,
            skipped=batch.skipped_count,
            rejected=batch.rejected_count,
            undone_at=batch.undone_at,
        )
        for batch in ImportBatch.select().order_by(ImportBatch.id.desc())
    ]
