"""Finding the duplicates of an import: the rows whose e-mail or phone a contact (or a
row above) already has, and the rows with a similar name at the same company.

:func:`plan_rows` is the dry run: what each row would do, with the person's choices
defaulted. It only reads.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from peewee import fn

from contactos.i18n import translate
from contactos.importing.plan import ImportOptions, Plan, PlanRow, import_currency
from contactos.models import ContactEmail, ContactPhone, chunks, database

_PUNCTUATION = re.compile(r"[^\w\s]")


def _fold_slowly(text: str) -> str:
    """Case, accents and punctuation folded ('Águila, S.A.' ~ 'aguila sa')."""
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return " ".join(_PUNCTUATION.sub("", plain.casefold()).split())


# What _fold_slowly does to each character before it splits the words, for the
# characters up to the combining accents (ASCII, Latin-1, Latin Extended, IPA, the accents
# themselves). Each of its steps works character by character (NFKD only ever decomposes
# one character, and what it reorders is dropped with the accents), so a text of these
# characters folds by one str.translate.
def _fold_character(character: str) -> str:
    plain = unicodedata.normalize("NFKD", character).encode("ascii", "ignore").decode()
    return _PUNCTUATION.sub("", plain.casefold())


_FOLD_TABLE = {code: _fold_character(chr(code)) for code in range(0x370)}


def _fold(text: str) -> str:
    """Case, accents and punctuation folded ('Águila, S.A.' ~ 'aguila sa'): the same as
    _fold_slowly, at a fraction of its cost for the letters lists are written in."""
    plain = (text or "").translate(_FOLD_TABLE)
    if not plain.isascii():  # (a character beyond the table: Greek, Cyrillic, CJK...)
        return _fold_slowly(text)
    return " ".join(plain.split())


class _Folder(dict):
    """_fold with a memory of the texts it folded."""

    def __call__(self, text: str) -> str:
        folded = self.get(text)
        if folded is None:
            folded = self[text] = _fold(text)
        return folded


@cache
def _rapidfuzz():
    """rapidfuzz's extract and scorer, imported once, on first use."""
    from rapidfuzz import fuzz, process

    return process.extract, fuzz.token_set_ratio


def _first_similar(name: str, others: list[str]) -> int | None:
    """The position of the first of `others` similar to `name`, or None: close enough to ask
    the person (token sets, so 'Ana Ruiz' ~ 'Ana María Ruiz'), unless the names differ in
    their numbers ('Sucursal 1', 'Sucursal 2').
    The comparisons run inside rapidfuzz, not once per name in Python."""
    if not others:
        return None
    extract, scorer = _rapidfuzz()
    found = extract(name, others, scorer=scorer, score_cutoff=90, limit=None)
    if not found:
        return None
    digits = [c for c in name if c.isdigit()]
    same = [i for _, _, i in found if [c for c in others[i] if c.isdigit()] == digits]
    return min(same) if same else None


def _name(record) -> str:
    return f"{record.first_name} {record.last_name}".strip()


class _Index:
    """What the database already holds, for finding duplicates without a query per row."""

    # One pass over the whole table beats looking the values up when they are many (at
    # least SCAN_FROM) and not few beside the table (at least a SCAN_SHARE-th of its rows).
    SCAN_FROM = 5000
    SCAN_SHARE = 4

    def __init__(self, emails: set[str], phones: set[str]) -> None:
        self.email_owner = self._owners(ContactEmail, ContactEmail.email, emails)
        self.phone_owner = self._owners(ContactPhone, ContactPhone.number, phones)
        self._companies: dict[str, tuple[list[int], list[str]]] | None = None

    @classmethod
    def _owners(cls, model, column, values: set[str]) -> dict[str, int]:
        """The first contact that has each of `values` (an e-mail or a phone)."""
        owners: dict[str, int] = {}
        # (plain SQL: peewee's query building takes longer than SQLite's answer here)
        table, name = model._meta.table_name, column.column_name
        select = f'SELECT contact_id, "{name}" FROM "{table}"'
        if len(values) >= cls.SCAN_FROM and len(values) * cls.SCAN_SHARE >= _rows(model):
            cursors = [database.execute_sql(f"{select} ORDER BY id")]
        else:
            cursors = (
                database.execute_sql(
                    f'{select} WHERE "{name}" IN ({", ".join("?" * len(chunk))}) ORDER BY id',
                    chunk,
                )
                for chunk in chunks(sorted(values), 500)
            )
        for cursor in cursors:
            for contact_id, value in cursor:
                if value in values and value not in owners:
                    owners[value] = contact_id
        return owners

    def companies(
        self,
        wanted: set[str],
        fold_company: Callable[[str], str],
    ) -> dict[str, tuple[list[int], list[str]]]:
        """Existing contacts by folded company, for the companies the file names:
        (contact ids, folded names), in the order of the contacts' ids."""
        if self._companies is None:
            self._companies = {}
            # Each company written once (from its index), folded; then only the contacts
            # of the companies the file names.
            written = "SELECT company FROM contact WHERE company != '' GROUP BY company"
            matching = [
                company
                for (company,) in database.execute_sql(written)
                if fold_company(company) in wanted
            ]
            found = []
            for chunk in chunks(matching, 500):
                found.extend(
                    database.execute_sql(
                        "SELECT id, first_name, last_name, company FROM contact"
                        f" WHERE company IN ({', '.join('?' * len(chunk))})",
                        chunk,
                    )
                )
            found.sort()
            for contact_id, first, last, company in found:
                ids, names = self._companies.setdefault(fold_company(company), ([], []))
                ids.append(contact_id)
                names.append(_fold(f"{first} {last}"))
        return self._companies


def _rows(model) -> int:
    """About how many rows `model`'s table has (its highest id: no count of the rows)."""
    return model.select(fn.MAX(model.id)).scalar() or 0


def plan_rows(  # noqa: C901 - the per-row loop of a 100,000-row dry run, kept inline
    records: Iterable[tuple[int, Any]], options: ImportOptions
) -> Plan:
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
            companies = index.companies(file_company_keys, fold_company)
            ids, names = companies.get(company, ((), []))
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
