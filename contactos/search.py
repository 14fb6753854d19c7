"""Search as you type over contacts and leads.

Accent- and case-insensitive, prefix matching on every word, phones found by their
digits in any format. The index itself (FTS5 on SQLite) lives in the storage backend;
this module decides what goes into it and keeps it in sync: every function of contactos
that changes a contact or a lead calls :func:`index_contacts` / :func:`index_leads` in
the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from contactos import phones
from contactos.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Lead,
    Setting,
    Tag,
    chunks,
)
from contactos.storage import sqlite as backend

CHUNK = 500


def _contact_documents(ids: list[int] | None):
    """Yield index rows for the given contacts (all when `ids` is None)."""
    emails: dict[int, list[str]] = defaultdict(list)
    phone_tokens: dict[int, list[str]] = defaultdict(list)
    tags: dict[int, list[str]] = defaultdict(list)

    def scoped(query, field):
        return query if ids is None else query.where(field.in_(ids))

    for contact_id, email in scoped(
        ContactEmail.select(ContactEmail.contact, ContactEmail.email), ContactEmail.contact
    ).tuples():
        emails[contact_id].append(email)
    for contact_id, number in scoped(
        ContactPhone.select(ContactPhone.contact, ContactPhone.number), ContactPhone.contact
    ).tuples():
        phone_tokens[contact_id].extend(phones.search_tokens(number))
    for contact_id, name in scoped(
        ContactTag.select(ContactTag.contact, Tag.name).join(Tag), ContactTag.contact
    ).tuples():
        tags[contact_id].append(name)
    query = Contact.select(
        Contact.id,
        Contact.first_name,
        Contact.last_name,
        Contact.company,
        Contact.job_title,
        Contact.city,
        Contact.notes,
    )
    for cid, first, last, company, job, city, notes in scoped(query, Contact.id).tuples():
        yield document(
            cid,
            first,
            last,
            company,
            job,
            city,
            notes,
            emails.get(cid, ()),
            phone_tokens.get(cid, ()),
            tags.get(cid, ()),
        )


def document(cid, first, last, company, job, city, notes, emails, phone_tokens, tags) -> tuple:
    """One contact's index row: what search looks through, column by column."""
    return (
        cid,
        f"{first} {last}".strip(),
        company,
        " ".join(emails),
        " ".join(phone_tokens),
        " ".join(tags),
        " ".join(part for part in (job, city, notes) if part),
    )


def index_new_contacts(documents: list[tuple]) -> None:
    """Index contacts that were never indexed (an import's new ones): no delete first."""
    backend.insert_contact_rows(documents)


def index_new_leads(rows: list[tuple[int, str, str]]) -> None:
    backend.insert_lead_rows(rows)


def index_contacts(ids: Iterable[int]) -> None:
    for chunk in chunks(list(ids), CHUNK):
        backend.replace_contact_rows(_contact_documents(chunk))


def index_leads(ids: Iterable[int]) -> None:
    for chunk in chunks(list(ids), CHUNK):
        rows = Lead.select(Lead.id, Lead.title, Lead.notes).where(Lead.id.in_(chunk)).tuples()
        backend.replace_lead_rows(rows)


def unindex_contacts(ids: Iterable[int]) -> None:
    backend.delete_contact_rows(ids)


def unindex_leads(ids: Iterable[int]) -> None:
    backend.delete_lead_rows(ids)


def rebuild_index() -> None:
    """Rebuild the whole index from the tables (after a migration or a repair)."""
    backend.clear_search_index()
    batch: list[tuple] = []
    for row in _contact_documents(None):
        batch.append(row)
        if len(batch) >= 5000:
            backend.replace_contact_rows(batch)
            batch = []
    backend.replace_contact_rows(batch)
    backend.replace_lead_rows(Lead.select(Lead.id, Lead.title, Lead.notes).tuples())
    Setting.delete().where(Setting.key == "search_index_stale").execute()


def index_is_stale() -> bool:
    return Setting.select().where(Setting.key == "search_index_stale").exists()


def contact_ids_query(text: str):
    """A query of matching contact ids, best match first; None when `text` has no words."""
    expression = backend.match_expression(text)
    if expression is None:
        return None
    return backend.contact_matches(expression)


def ranked_contact_ids(text: str, limit: int | None = None, offset: int = 0) -> list[int]:
    """The window of contact ids matching `text`, best match first."""
    expression = backend.match_expression(text)
    if expression is None:
        return []
    return backend.ranked_contact_ids(expression, limit, offset)


def lead_filter(text: str, expression: str | None = None):
    """A peewee condition on Lead: its contact or its own words match `text` (or the
    already built match `expression`)."""
    expression = expression or backend.match_expression(text)
    if expression is None:
        return None
    return Lead.contact.in_(backend.contact_matches(expression).order_by()) | Lead.id.in_(
        backend.lead_matches(expression)
    )
