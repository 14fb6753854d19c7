"""Writing an import: the contacts, e-mails, phones, tags and leads of a plan, with a few
bulk inserts, their search index, the import batch and the record of every change made
to a contact that existed before (for undo, see :mod:`.history`).

One import is one transaction: a rejected row never blocks the others, and a cancel, a
crash or a killed process leaves no part of the batch behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from peewee import fn

from contactos import clock, phones, rules, search, settings, stages
from contactos.contacts import ContactData
from contactos.i18n import QT_TRANSLATE_NOOP, translate
from contactos.importing.plan import ImportOptions, Plan
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
from contactos.storage import sqlite as backend

# The label a phone gets from the kind of column it came from (a plain phone gets none).
PHONE_LABELS = {
    "mobile": QT_TRANSLATE_NOOP("Import", "Mobile"),
    "whatsapp": "WhatsApp",
}


def phone_label_texts() -> dict[str, str]:
    """The labels of PHONE_LABELS in the person's language."""
    return {kind: translate("Import", text) for kind, text in PHONE_LABELS.items()}


def phone_labels(record, texts: dict[str, str]) -> dict[str, str]:
    """Each phone of `record` and its label ('Celular', 'WhatsApp' or '')."""
    kinds = getattr(record, "phone_kinds", None) or []
    return {number: texts.get(kind, "") for number, kind in zip(record.phones, kinds, strict=False)}


# The contact fields a row fills (notes are kept apart: a merge appends them).
SCALARS = tuple(key for key in ContactData.SCALARS if key != "notes")


class ImportCancelled(Exception):
    """Raised inside the transaction when the person cancels: nothing is kept."""


def write_plan(
    plan: Plan,
    options: ImportOptions,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportBatch:
    """Import the plan in one transaction; ImportCancelled (or any error) keeps nothing.

    `progress(done, total)` counts the rows, then the bulk writes after them, so that a
    progress bar keeps moving while the rows are written.
    """
    rows = len(plan.rows)
    total = rows + _Writer.steps(plan, options)
    with database.atomic():
        batch = ImportBatch.create(
            file_name=options.file_name,
            source=options.source,
            representada=options.representada,
            rows_total=rows,
        )
        position = 0

        def report() -> None:
            if progress is not None:
                progress(min(position + writer.writes, total), total)

        writer = _Writer(batch, options, report)
        writer.currency = plan.currency or writer.currency
        contact_of_line: dict[int, int] = {}
        touched: set[int] = set()
        counts = {"created": 0, "merged": 0, "skipped": 0, "rejected": 0}
        for position, row in enumerate(plan.rows, start=1):
            if cancelled is not None and position % 50 == 0 and cancelled():
                raise ImportCancelled()
            if position % 100 == 0 or position == rows:
                report()
            if row.status == "rejected":
                counts["rejected"] += 1
                continue
            target = row.match_contact_id
            if target is None and row.match_line is not None:
                target = contact_of_line.get(row.match_line)
            if row.status != "new" and row.choice == "skip":
                counts["skipped"] += 1
                continue
            if row.status != "new" and row.choice == "merge" and target is not None:
                writer.merge(target, row.record)
                contact_id = target
                counts["merged"] += 1
            else:
                contact_id = writer.create(row.record)
                counts["created"] += 1
                writer.flush_if_full()
            contact_of_line[row.line] = contact_id
            if options.make_leads and contact_id not in touched:
                # (a row repeated in the file adds to the contact, not a second lead)
                writer.lead(contact_id, row.record)
            touched.add(contact_id)
        writer.flush()
        # Contacts that existed before, or were written before a later row merged into them.
        search.index_contacts(sorted((touched - writer.created) | writer.merged_written))
        batch.created_count = counts["created"]
        batch.merged_count = counts["merged"]
        batch.skipped_count = counts["skipped"]
        batch.rejected_count = counts["rejected"]
        # Data, not words: the history and the wizard write it in the reader's language.
        batch.summary = json.dumps(
            {
                **counts,
                "leads": len(writer.lead_ids),
                "rejected_rows": plan.rejected(),
                "currency": plan.currency,
                "currencies": plan.currencies,
                "possible_duplicates": [
                    {"line": r.line, "choice": r.choice, "same_as_line": r.match_line}
                    for r in plan.rows
                    if r.status == "possible_duplicate"
                ],
            },
            ensure_ascii=False,
        )
        batch.save()
    return batch


# The columns a new contact is written with, in order (SCALARS are among them).
CONTACT_COLUMNS = ("id", *SCALARS, "notes", "import_batch", "created_at", "updated_at")
_POSITION = {name: n for n, name in enumerate(CONTACT_COLUMNS)}
_NOTES = _POSITION["notes"]


class _Writer:
    """Collects the rows an import creates and writes them with a few bulk inserts.

    New contacts and leads get their ids up front (the import holds SQLite's write lock,
    so nothing else can take them), which lets e-mails, phones and leads refer to contacts
    that are not written yet. A row repeated in the file merges into the pending contact.
    Pending rows are kept as the column values SQLite receives: on a list of 100,000 rows
    a model object (or a dict) per row costs more than writing the row.
    """

    CHUNK = 500

    @classmethod
    def steps(cls, plan: Plan, options: ImportOptions) -> int:
        """How many bulk inserts at most (a generous estimate, for progress only)."""
        kept = sum(1 for r in plan.rows if r.status != "rejected")
        chunks = -(-kept // cls.CHUNK)
        return chunks * (6 if options.make_leads else 4)

    FLUSH_EVERY = 5000  # pending contacts written at once: bounds the memory of a big file

    def __init__(
        self,
        batch: ImportBatch,
        options: ImportOptions,
        on_write: Callable[[], None] | None = None,
    ) -> None:
        self.batch = batch
        self.options = options
        self.on_write = on_write
        self.writes = 0
        self.created: set[int] = set()
        self.merged_written: set[int] = set()
        self.next_contact = (Contact.select(fn.MAX(Contact.id)).scalar() or 0) + 1
        self.next_lead = (Lead.select(fn.MAX(Lead.id)).scalar() or 0) + 1
        self.contacts: dict[int, list[Any]] = {}  # id -> values in CONTACT_COLUMNS order
        self.emails: dict[int, list[str]] = {}
        self.phones: dict[int, list[str]] = {}
        self.phone_labels: dict[int, dict[str, str]] = {}
        self.label_texts = phone_label_texts()
        self.tags: dict[int, list[int]] = {}
        self.leads: list[list[Any]] = []  # values in self.lead_columns order
        self.lead_ids: list[int] = []
        self.tag_ids = {name: tag_id for tag_id, name in Tag.select(Tag.id, Tag.name).tuples()}
        self.created_at = now()
        self.stamp = backend.db_value(Contact.created_at, self.created_at)
        self.fallback_title = translate("Import", "Lead from {file}").format(
            file=options.file_name or batch.id
        )
        if options.make_leads:
            self._lead_template()
            for name in ("currency", "listed_on"):  # (each row's own)
                if name not in self.lead_at:
                    self.lead_at[name] = len(self.lead_columns)
                    self.lead_columns.append(name)
                    self.lead_base.append(None)
        self.currency = settings.get("default_currency")

    def _lead_template(self) -> None:
        """Rule 5 for imported leads: received now, first contact due at once. The rules
        build (and check) one lead; each row's lead is that one with its own contact,
        title and value."""
        template = rules.new_lead(
            0,
            self.fallback_title,
            rules.NextAction("", clock.today(), "call", template="first-contact"),
            representada=self.options.representada,
            source=self.options.source,
            currency=settings.get("default_currency"),
            stage=stages.first(),
            received_at=self.created_at,
            import_batch=self.batch,
        )
        fields = [f for f in Lead._meta.sorted_fields if f.name in template.__data__]
        fields = [f for f in fields if f.name != "id"]
        self.lead_columns = ["id", *(f.name for f in fields)]
        self.lead_base = [None, *(backend.db_value(f, template.__data__[f.name]) for f in fields)]
        self.lead_at = {name: n for n, name in enumerate(self.lead_columns)}
        self.lead_stage = template.stage_id

    def _tag_ids(self, names: list[str]) -> list[int]:
        """The ids of the tags called `names` (see _tag_names), made when new."""
        ids = []
        for name in _tag_names(names):
            if name not in self.tag_ids:
                self.tag_ids[name] = Tag.create(name=name).id
                _change(self.batch, None, "new-tag", "tag", "", name)
            ids.append(self.tag_ids[name])
        return ids

    def create(self, record) -> int:
        contact_id = self.next_contact
        self.next_contact += 1
        self.contacts[contact_id] = [
            contact_id,
            *((getattr(record, key, "") or "").strip() for key in SCALARS),
            (record.notes or "").strip(),
            self.batch.id,
            self.stamp,
            self.stamp,
        ]
        self.created.add(contact_id)
        self.emails[contact_id] = list(dict.fromkeys(record.emails))
        self.phones[contact_id] = list(dict.fromkeys(record.phones))
        self.phone_labels[contact_id] = phone_labels(record, self.label_texts)
        names = record.tags + self.options.tags
        self.tags[contact_id] = self._tag_ids(names) if names else []
        return contact_id

    def merge(self, contact_id: int, record) -> None:
        pending = self.contacts.get(contact_id)
        if pending is None:
            self._merge_saved(contact_id, record)
            if contact_id in self.created:
                self.merged_written.add(contact_id)
            return
        # A contact this import creates: filled in place (undo removes it whole).
        for key in SCALARS:
            new = (getattr(record, key, "") or "").strip()
            if new and not pending[_POSITION[key]]:
                pending[_POSITION[key]] = new
        notes = (record.notes or "").strip()
        if notes and notes not in pending[_NOTES]:
            pending[_NOTES] = "\n".join(p for p in (pending[_NOTES], notes) if p)
        for target, values in ((self.emails, record.emails), (self.phones, record.phones)):
            target[contact_id].extend(v for v in values if v not in target[contact_id])
        for number, label in phone_labels(record, self.label_texts).items():
            if label and not self.phone_labels[contact_id].get(number):
                self.phone_labels[contact_id][number] = label
        for tag_id in self._tag_ids(list(record.tags)):
            if tag_id not in self.tags[contact_id]:
                self.tags[contact_id].append(tag_id)

    def _merge_saved(self, contact_id: int, record) -> None:
        """Merge into a contact already in the database: fill empty fields, add new
        e-mails, phones and tags, keep both notes; every change is written down for undo."""
        batch = self.batch
        contact = Contact.get_by_id(contact_id)
        for key in SCALARS:
            new = (getattr(record, key, "") or "").strip()
            if new and not getattr(contact, key):
                _change(batch, contact_id, "field", key, "", new)
                setattr(contact, key, new)
        if record.notes and record.notes.strip() not in contact.notes:
            joined = "\n".join(p for p in (contact.notes, record.notes.strip()) if p)
            _change(batch, contact_id, "notes", "notes", contact.notes, joined)
            contact.notes = joined
        stamp = now()
        _change(
            batch,
            contact_id,
            "field",
            "updated_at",
            backend.db_value(Contact.updated_at, contact.updated_at),
            backend.db_value(Contact.updated_at, stamp),
        )
        contact.updated_at = stamp
        contact.save()
        have_emails = {
            e
            for (e,) in ContactEmail.select(ContactEmail.email)
            .where(ContactEmail.contact == contact_id)
            .tuples()
        }
        for email in record.emails:
            if email not in have_emails:
                ContactEmail.create(contact=contact_id, email=email, position=len(have_emails))
                have_emails.add(email)
                _change(batch, contact_id, "email", "email", "", email)
        have_phones = {
            p
            for (p,) in ContactPhone.select(ContactPhone.number)
            .where(ContactPhone.contact == contact_id)
            .tuples()
        }
        labels = phone_labels(record, self.label_texts)
        for phone in record.phones:
            if phone not in have_phones:
                ContactPhone.create(
                    contact=contact_id,
                    number=phone,
                    raw=phone,
                    label=labels.get(phone, ""),
                    position=len(have_phones),
                )
                have_phones.add(phone)
                _change(batch, contact_id, "phone", "phone", "", phone)
        # Through the writer's tags, so that a tag new to the database is created once
        # for the whole import (a second Tag.create would break the import).
        names = list(record.tags) + self.options.tags
        for name, tag_id in zip(_tag_names(names), self._tag_ids(names), strict=True):
            _, created = ContactTag.get_or_create(contact=contact_id, tag=tag_id)
            if created:
                _change(batch, contact_id, "tag", "tag", "", name)

    def lead(self, contact_id: int, record) -> None:
        """The lead of an imported row (see _lead_template)."""
        pending = self.contacts.get(contact_id)
        if pending is not None:
            first, last = pending[_POSITION["first_name"]], pending[_POSITION["last_name"]]
            name = f"{first} {last}".strip()
            title = record.lead_title or pending[_POSITION["company"]] or name
        else:
            contact = Contact.get_by_id(contact_id)
            title = record.lead_title or contact.company or contact.name
        # A row known only by its e-mail or phone still makes a lead with a title.
        title = title or next(iter(record.emails + record.phones), "") or self.fallback_title
        value = rules.lead_amount(record.value)
        row = self.lead_base.copy()
        at = self.lead_at
        row[0] = self.next_lead
        row[at["contact"]] = contact_id
        row[at["title"]] = rules.lead_title(title)
        if value is not None:
            row[at["value"]] = backend.db_value(Lead.value, value)
        row[at["currency"]] = getattr(record, "currency", None) or self.currency
        listed_on = getattr(record, "received_date", None)
        if listed_on is not None:
            row[at["listed_on"]] = backend.db_value(Lead.listed_on, listed_on)
        self.leads.append(row)
        self.lead_ids.append(self.next_lead)
        self.next_lead += 1

    def flush_if_full(self) -> None:
        if len(self.contacts) >= self.FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        """Write what is pending (inside the import's transaction) and forget it; a later
        row that repeats one of these contacts merges into the written row."""
        self._insert(Contact, CONTACT_COLUMNS, list(self.contacts.values()))
        self._insert(
            ContactEmail,
            ("contact", "email", "label", "position"),
            [
                (cid, email, "", n)
                for cid, emails in self.emails.items()
                for n, email in enumerate(emails)
            ],
        )
        self._insert(
            ContactPhone,
            ("contact", "number", "raw", "label", "position"),
            [
                (cid, phone, phone, self.phone_labels[cid].get(phone, ""), n)
                for cid, phones in self.phones.items()
                for n, phone in enumerate(phones)
            ],
        )
        self._insert(
            ContactTag,
            ("contact", "tag"),
            [(cid, tag) for cid, tags in self.tags.items() for tag in tags],
        )
        if self.leads:
            self._insert(Lead, self.lead_columns, self.leads)
            self._insert(
                StageChange,
                ("lead", "to_stage", "changed_at"),
                [(row[0], self.lead_stage, self.stamp) for row in self.leads],
            )
            at = self.lead_at
            search.index_new_leads(
                [(row[0], row[at["title"]], row[at["notes"]]) for row in self.leads]
            )
        self._index_contacts()
        for pending in (self.contacts, self.emails, self.phones, self.phone_labels, self.tags):
            pending.clear()
        self.leads.clear()

    def _index_contacts(self) -> None:
        tag_names = {tag_id: name for name, tag_id in self.tag_ids.items()}
        at = _POSITION
        first, last, company = at["first_name"], at["last_name"], at["company"]
        job, city = at["job_title"], at["city"]
        search.index_new_contacts(
            [
                search.document(
                    cid,
                    row[first],
                    row[last],
                    row[company],
                    row[job],
                    row[city],
                    row[_NOTES],
                    self.emails[cid],
                    [
                        token
                        for number in self.phones[cid]
                        for token in phones.search_tokens(number)
                    ],
                    [tag_names[tag] for tag in self.tags[cid]],
                )
                for cid, row in self.contacts.items()
            ]
        )

    def _insert(self, model, columns: tuple[str, ...] | list[str], rows: list) -> None:
        for chunk in chunks(rows, self.CHUNK):
            backend.insert_values(model, columns, chunk)
            self.writes += 1
            if self.on_write is not None:
                self.on_write()


def _tag_names(names: list[str]) -> list[str]:
    """Tag names trimmed, without empty ones or repeats, in order."""
    return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def _change(batch, contact_id: int | None, kind: str, field_name: str, old: str, new: str) -> None:
    ImportChange.create(
        batch=batch,
        contact_id=contact_id,
        kind=kind,
        field=field_name,
        old_value=old,
        new_value=new,
    )
