"""Importing normalised records: duplicates, the dry run, the import itself and its undo.

One import is one transaction: a rejected row never blocks the others, and a cancel, a
crash or a killed process leaves no part of the batch behind. Every change an import makes
to a contact that existed before it is written down (ImportChange) so that undoing the
batch reverts exactly that.
"""

from __future__ import annotations

import gc
import json
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from contactos import amounts, clock, phones, rules, search, settings, stages
from contactos.contacts import ContactData
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError, translate
from contactos.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    ImportBatch,
    ImportChange,
    Lead,
    Representada,
    Source,
    StageChange,
    Tag,
    chunks,
    database,
    now,
)
from contactos.storage import sqlite as backend

CHOICES = ("skip", "merge", "create")
# What the wizard and the command line call each row's status and choice.
STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("Import", "New"),
    "duplicate": QT_TRANSLATE_NOOP("Import", "Already a contact"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Import", "Repeated in the file"),
    "possible_duplicate": QT_TRANSLATE_NOOP("Import", "Possible duplicate"),
    "rejected": QT_TRANSLATE_NOOP("Import", "Rejected"),
}
CHOICE_LABELS = {
    "skip": QT_TRANSLATE_NOOP("Import", "Skip"),
    "merge": QT_TRANSLATE_NOOP("Import", "Merge"),
    "create": QT_TRANSLATE_NOOP("Import", "Create anyway"),
}


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


def status_label(status: str) -> str:
    return translate("Import", STATUS_LABELS[status]) if status in STATUS_LABELS else status


def choice_label(choice: str) -> str:
    return translate("Import", CHOICE_LABELS[choice]) if choice in CHOICE_LABELS else choice


# The contact fields a row fills (notes are kept apart: a merge appends them).
SCALARS = tuple(key for key in ContactData.SCALARS if key != "notes")


class ImportFailed(TranslatableError):
    context = "Import"


class ImportCancelled(Exception):
    """Raised inside the transaction when the person cancels: nothing is kept."""


@dataclass
class ImportOptions:
    source: Source | None = None
    representada: Representada | None = None
    make_leads: bool = False
    tags: list[str] = field(default_factory=list)
    country: str = "MX"
    on_duplicate: str = "skip"  # a row with the e-mail or phone of a contact, or of a row above
    # A row with only a similar name at the same company is another person until someone
    # says otherwise: created (and listed), never dropped or merged by default.
    on_possible_duplicate: str = "create"
    file_name: str = ""


@dataclass(slots=True)
class PlanRow:
    line: int
    record: Any  # contactos.importing.values.Record
    status: str  # new | duplicate | duplicate_in_file | possible_duplicate | rejected
    choice: str = "create"  # create | merge | skip
    match_contact_id: int | None = None
    match_line: int | None = None
    reason: str = ""


# Where the currency of the amounts that name none comes from.
CURRENCY_ORIGINS = {
    "file": QT_TRANSLATE_NOOP("Import", "as the file says"),
    "representada": QT_TRANSLATE_NOOP("Import", "the representada's currency"),
    "source": QT_TRANSLATE_NOOP("Import", "the source's currency"),
    "country": QT_TRANSLATE_NOOP("Import", "the currency of the country chosen for the file"),
    "settings": QT_TRANSLATE_NOOP("Import", "your default currency"),
}


@dataclass
class Plan:
    rows: list[PlanRow]
    currency: str = ""  # of the amounts, where a row's own cell names none
    currency_origin: str = ""  # a key of CURRENCY_ORIGINS
    currencies: list[str] = field(default_factory=list)  # the currencies the file names

    def counts(self) -> dict[str, int]:
        result = {
            "rows": len(self.rows),
            "new": 0,
            "duplicate": 0,
            "duplicate_in_file": 0,
            "possible_duplicate": 0,
            "rejected": 0,
        }
        for row in self.rows:
            result[row.status] += 1
        return result

    def rejected(self) -> list[dict[str, object]]:
        return [{"line": r.line, "reason": r.reason} for r in self.rows if r.status == "rejected"]

    def set_choice(self, choice: str, statuses: Iterable[str] | None = None) -> None:
        if choice not in CHOICES:
            raise ValueError(choice)
        wanted = set(statuses or ("duplicate", "duplicate_in_file", "possible_duplicate"))
        for row in self.rows:
            if row.status in wanted:
                row.choice = choice


_collector_lock = threading.Lock()
_collector_pauses = [0, False]  # (pauses under way, whether the collector was on before)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during an import.

    A large import makes hundreds of thousands of objects that live until it ends (rows,
    records, plan rows); the collector would walk all of them again and again, a third
    of the import's time, and find nothing to free (they hold no cycles). Reference
    counting still frees everything as usual. Pauses nest and may overlap across
    threads; the collector is back on when the last one ends.
    """
    with _collector_lock:
        if _collector_pauses[0] == 0:
            _collector_pauses[1] = gc.isenabled()
            gc.disable()
        _collector_pauses[0] += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses[0] -= 1
            if _collector_pauses[0] == 0 and _collector_pauses[1]:
                gc.enable()


_PUNCTUATION = re.compile(r"[^\w\s]")


def _fold(text: str) -> str:
    """Case, accents and punctuation folded ('Águila, S.A.' ~ 'aguila sa')."""
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return " ".join(_PUNCTUATION.sub("", plain.casefold()).split())


class _Folder(dict):
    """_fold with a memory of the texts it folded."""

    def __call__(self, text: str) -> str:
        folded = self.get(text)
        if folded is None:
            folded = self[text] = _fold(text)
        return folded


def _similar(name: str, other: str) -> bool:
    """Names close enough to ask the person (token sets, so 'Ana Ruiz' ~ 'Ana María Ruiz');
    names that differ in their numbers ('Sucursal 1', 'Sucursal 2') are not."""
    return _first_similar(name, [other]) == 0


def _first_similar(name: str, others: list[str]) -> int | None:
    """The position of the first of `others` similar to `name` (see _similar), or None.
    The comparisons run inside rapidfuzz, not once per name in Python."""
    from rapidfuzz import fuzz, process

    if not others:
        return None
    found = process.extract(name, others, scorer=fuzz.token_set_ratio, score_cutoff=90, limit=None)
    if not found:
        return None
    digits = [c for c in name if c.isdigit()]
    same = [i for _, _, i in found if [c for c in others[i] if c.isdigit()] == digits]
    return min(same) if same else None


def _name(record) -> str:
    return f"{record.first_name} {record.last_name}".strip()


class _Index:
    """What the database already holds, for finding duplicates without a query per row."""

    # Past this many values, one pass over the whole table beats looking them up.
    SCAN_FROM = 5000

    def __init__(self, emails: set[str], phones: set[str]) -> None:
        self.email_owner = self._owners(ContactEmail, ContactEmail.email, emails)
        self.phone_owner = self._owners(ContactPhone, ContactPhone.number, phones)
        self._companies: dict[str, tuple[list[int], list[str]]] | None = None

    @classmethod
    def _owners(cls, model, column, values: set[str]) -> dict[str, int]:
        """The first contact that has each of `values` (an e-mail or a phone)."""
        owners: dict[str, int] = {}
        if len(values) >= cls.SCAN_FROM:
            queries = [model.select(model.contact, column)]
        else:
            queries = [
                model.select(model.contact, column).where(column.in_(chunk))
                for chunk in chunks(sorted(values), 500)
            ]
        for query in queries:
            # (the raw cursor: a whole table's rows need no conversion)
            for contact_id, value in database.execute(query.order_by(model.id)):
                if value in values and value not in owners:
                    owners[value] = contact_id
        return owners

    def companies(
        self, wanted: set[str], fold_company: Callable[[str], str]
    ) -> dict[str, tuple[list[int], list[str]]]:
        """Existing contacts by folded company, for the companies the file names:
        (contact ids, folded names)."""
        if self._companies is None:
            self._companies = {}
            query = Contact.select(
                Contact.id, Contact.first_name, Contact.last_name, Contact.company
            ).where(Contact.company != "")
            for contact_id, first, last, company in database.execute(query):
                folded = fold_company(company)
                if folded in wanted:  # (only these names are worth folding)
                    ids, names = self._companies.setdefault(folded, ([], []))
                    ids.append(contact_id)
                    names.append(_fold(f"{first} {last}"))
        return self._companies


def import_currency(named: list[str], options: ImportOptions) -> tuple[str, str]:
    """(currency, where it comes from) for the amounts of an import: the one the file
    names, else the representada's or the source's where set, else the currency of the
    country the file was read in (the person's default currency for their own country)."""
    if len(named) == 1:
        return named[0], "file"
    for origin, owner in (("representada", options.representada), ("source", options.source)):
        if owner is not None and owner.currency:
            return owner.currency, origin
    home = str(settings.get("default_country") or "").upper()
    country = (options.country or home).upper()
    # A currency the person chose in Preferences is theirs for their own country's lists;
    # the setting's built-in default (MXN) is not a choice, and names no country's money.
    if settings.is_chosen("default_currency") and country == home:
        return settings.get("default_currency"), "settings"
    own = amounts.country_currency(country)
    return (own, "country") if own else (settings.get("default_currency"), "settings")


def plan_import(records: Iterable[tuple[int, Any]], options: ImportOptions) -> Plan:
    """The dry run: what each row would do, with duplicates found and choices defaulted."""
    records = list(records)
    named = list(dict.fromkeys(r.currency for _, r in records if getattr(r, "currency", None)))
    currency, origin = import_currency(named, options)
    emails: set[str] = set()
    phones: set[str] = set()
    for _, record in records:
        emails.update(record.emails)
        phones.update(p for p in record.phones if p.startswith("+"))
    index = _Index(emails, phones)
    email_owner, phone_owner = index.email_owner, index.phone_owner
    seen: dict[str, int] = {}  # e-mail or phone -> the first line of the file that has it
    file_companies: dict[str, tuple[list[int], list[str]]] = {}
    fold_company = _Folder()  # (a list names few companies, each many times)
    file_company_keys = {fold_company(r.company) for _, r in records if r.company}
    texts = {
        "email": translate("Import", "Same e-mail as an existing contact: {value}"),
        "phone": translate("Import", "Same phone as an existing contact: {value}"),
        "line": translate("Import", "Same e-mail or phone as line {line} of this file: {value}"),
        "similar": translate("Import", "A similar name at the same company is already a contact."),
        "similar_line": translate(
            "Import", "A similar name at the same company is on line {line}."
        ),
    }
    rows: list[PlanRow] = []
    for line, record in records:
        if record.rejected_reason:
            rows.append(PlanRow(line, record, "rejected", "skip", reason=record.rejected_reason))
            continue
        row = PlanRow(line, record, "new")
        for email in record.emails:
            if email in email_owner:
                row.status, row.match_contact_id = "duplicate", email_owner[email]
                row.reason = texts["email"].format(value=email)
                break
        else:
            for phone in record.phones:
                if phone in phone_owner:
                    row.status, row.match_contact_id = "duplicate", phone_owner[phone]
                    row.reason = texts["phone"].format(value=phone)
                    break
        if row.status == "new":
            for value in record.emails + record.phones:
                if value in seen and (value.startswith("+") or "@" in value):
                    row.status, row.match_line = "duplicate_in_file", seen[value]
                    row.reason = texts["line"].format(line=seen[value], value=value)
                    break
        if row.status == "new" and record.company and (record.first_name or record.last_name):
            company, name = fold_company(record.company), _fold(_name(record))
            ids, names = index.companies(file_company_keys, fold_company).get(company, ((), []))
            found = _first_similar(name, names) if name else None
            if found is not None:
                row.status, row.match_contact_id = "possible_duplicate", ids[found]
                row.reason = texts["similar"]
            else:
                lines, names = file_companies.setdefault(company, ([], []))
                found = _first_similar(name, names)
                if found is not None:
                    row.status, row.match_line = "possible_duplicate", lines[found]
                    row.reason = texts["similar_line"].format(line=lines[found])
            lines, names = file_companies.setdefault(company, ([], []))
            lines.append(line)
            names.append(name)
        if row.status == "possible_duplicate":
            row.choice = options.on_possible_duplicate
        elif row.status != "new":
            row.choice = options.on_duplicate
        for value in record.emails:
            seen.setdefault(value, line)
        for value in record.phones:
            seen.setdefault(value, line)
        rows.append(row)
    return Plan(rows, currency, origin, named)


def run_import(
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


def undo_import(batch_id: int) -> dict[str, int]:
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
    return {
        "leads": len(removed_leads),
        "contacts": len(removed),
        "reverted": reverted,
        "kept_leads": len(worked_leads),
        "kept_contacts": len(created) - len(removed),
        "kept_changes": len(changes) - reverted,
    }


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


def undo_text(batch_id: int, result: dict[str, int], number: Callable = str) -> str:
    """What undo_import did, in words (numbers written by `number`)."""
    text = translate(
        "Import",
        "Import {batch} undone. Contacts removed: {contacts}; leads removed: {leads}; "
        "changes reverted: {reverted}.",
    ).format(
        batch=number(batch_id),
        contacts=number(result["contacts"]),
        leads=number(result["leads"]),
        reverted=number(result["reverted"]),
    )
    if result["kept_leads"] or result["kept_contacts"] or result["kept_changes"]:
        text += " " + translate(
            "Import",
            "Kept, because they were worked on after the import: leads: {leads}; "
            "contacts: {contacts}; values changed since: {changes}.",
        ).format(
            leads=number(result["kept_leads"]),
            contacts=number(result["kept_contacts"]),
            changes=number(result["kept_changes"]),
        )
    return text


def batches() -> list[dict[str, object]]:
    rows = []
    for batch in ImportBatch.select().order_by(ImportBatch.id.desc()):
        rows.append(
            {
                "batch": batch.id,
                "file": batch.file_name,
                "created_at": batch.created_at.isoformat(),
                "source": batch.source.name if batch.source_id else None,
                "representada": batch.representada.name if batch.representada_id else None,
                "rows": batch.rows_total,
                "created": batch.created_count,
                "merged": batch.merged_count,
                "skipped": batch.skipped_count,
                "rejected": batch.rejected_count,
                "undone_at": batch.undone_at.isoformat() if batch.undone_at else None,
            }
        )
    return rows
