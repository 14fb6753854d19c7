"""Everything that only SQLite has: pragmas, the read-only pre-flight, the online backup
API, integrity checks and the FTS5 search index.

The rest of `contactos` talks to portable peewee models; a PostgreSQL backend would
provide the same functions with its own means (tsvector, pg_dump) in a sibling module.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    SqliteDatabase,
    TextField,
    TimeField,
)
from playhouse.sqlite_ext import FTS5Model, SearchField

from contactos import paths
from contactos.models import chunks, database

log = logging.getLogger(__name__)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -32000,
}

MIGRATION_TABLE = "schema_migration"


class NotADatabase(Exception):
    """The file exists but SQLite cannot read it as a database."""


class ContactosDatabase(SqliteDatabase):
    """SQLite, where a failed write may already have rolled the transaction back.

    On a full disk (and on some I/O errors) SQLite ends the transaction itself; peewee
    then rolls it back again, and its "cannot rollback - no transaction is active" (or
    "no such savepoint") would hide the real error. Here rolling back what SQLite has
    already rolled back does nothing, so the caller sees "database or disk is full" and
    can say that nothing was written.
    """

    def _rolled_back(self) -> bool:
        return not self.is_closed() and not self.connection().in_transaction

    def rollback(self) -> None:
        if not self._rolled_back():
            super().rollback()

    def execute_sql(self, sql, params=None, *args, **kwargs):
        # (a savepoint is rolled back with this statement, through the models' proxy)
        if sql.startswith("ROLLBACK TO SAVEPOINT") and self._rolled_back():
            return None
        return super().execute_sql(sql, params, *args, **kwargs)


def make_database(path: Path | str) -> SqliteDatabase:
    return ContactosDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)


def error_name(error: BaseException) -> str:
    """SQLite's name for `error` (SQLITE_CORRUPT, SQLITE_IOERR_WRITE...), also when
    peewee wrapped it; '' when SQLite did not raise it."""
    for candidate in (error, error.__cause__, error.__context__):
        name = getattr(candidate, "sqlite_errorname", None)
        if name:
            return name
    return ""


def is_corruption(error: BaseException) -> bool:
    """Whether SQLite found the file damaged, or not a database at all."""
    name = error_name(error)
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    text = str(error).lower()  # (sqlite3's own: "Could not decode to UTF-8 column...")
    return any(w in text for w in ("malformed", "not a database", "could not decode"))


def is_unavailable(error: BaseException) -> bool:
    """Whether SQLite could not read or write the file for a reason outside it: an I/O
    error (a full disk, a failing stick), no permission, a read-only file."""
    return error_name(error).startswith(
        ("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_READONLY", "SQLITE_AUTH")
    )


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that reads `path` and writes nothing, not even beside it: immutable
    when no WAL is there (else SQLite would leave a -shm file beside a backup)."""
    wal = Path(str(path) + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?{flags}", uri=True)


def inspect_file(path: Path) -> list[str]:
    """Read the applied migration names without writing a byte to the file.

    Opens the file read-only (immutable when no WAL is beside it, so not even a -shm file
    is created) and raises NotADatabase when SQLite cannot read it.
    """
    con = connect_read_only(path)  # (a file that cannot be opened: its error as it is)
    try:
        con.execute("PRAGMA schema_version").fetchone()
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (MIGRATION_TABLE,)
        ).fetchone()
        if not has_table:
            return []
        return [row[0] for row in con.execute(f"SELECT name FROM {MIGRATION_TABLE}")]
    except UnicodeDecodeError as exc:  # (bytes flipped in the schema: text not UTF-8)
        raise NotADatabase(str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        if is_unavailable(exc):
            raise  # (a disk that is full or failing, a file that may not be read: not damage)
        raise NotADatabase(str(exc)) from exc
    finally:
        con.close()


def integrity_errors(db: SqliteDatabase, quick: bool = False) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in db.execute_sql(f"PRAGMA {pragma}").fetchall()]
    errors = [r for r in rows if r != "ok"]
    errors += [
        f"foreign key: {table} row {rowid} -> {parent}"
        for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall()
    ]
    return errors


def _new_part(dest: Path) -> Path:
    """The private temporary file a copy is written to before it takes its name."""
    tmp = dest.with_name(dest.name + ".part")
    _discard(tmp)
    paths.create_private(tmp)  # (SQLite then writes into it, and its journal, as 0600)
    return tmp


def _discard(tmp: Path) -> None:
    for leftover in (tmp, Path(str(tmp) + "-journal")):
        leftover.unlink(missing_ok=True)


def backup_to(db: SqliteDatabase, dest: Path) -> None:
    """Copy the live database into `dest` with SQLite's online backup API.

    The copy takes its name only when complete; when it fails (a full disk) nothing is
    left behind.
    """
    tmp = _new_part(dest)
    try:
        target = sqlite3.connect(str(tmp))
        try:
            db.connection().backup(target)
        finally:
            target.close()
        tmp.replace(dest)
    except BaseException:
        _discard(tmp)
        raise


def copy_file(src: Path, dest: Path) -> None:
    """Copy a database file that the program has not opened (before a migration, or a
    backup put in place of a damaged database); as backup_to, all or nothing."""
    tmp = _new_part(dest)
    try:
        source = connect_read_only(src)
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        tmp.replace(dest)
    except BaseException:
        _discard(tmp)
        raise


def restore_into(db: SqliteDatabase, src: Path) -> None:
    """Replace the open database's content with `src`, page by page, in one step."""
    source = connect_read_only(src)
    try:
        source.backup(db.connection())
    finally:
        source.close()


# --- Search index -----------------------------------------------------------------------

TOKENIZE = "unicode61 remove_diacritics 2"


class ContactIndex(FTS5Model):
    """One row per contact, rowid = contact id."""

    name = SearchField()
    company = SearchField()
    emails = SearchField()
    phones = SearchField()
    tags = SearchField()
    notes = SearchField()

    class Meta:
        database = database
        table_name = "contact_fts"
        options = {"tokenize": TOKENIZE, "prefix": "2 3 4"}


class LeadIndex(FTS5Model):
    """One row per lead, rowid = lead id: the lead's own words (title, notes)."""

    title = SearchField()
    notes = SearchField()

    class Meta:
        database = database
        table_name = "lead_fts"
        options = {"tokenize": TOKENIZE, "prefix": "2 3 4"}


SEARCH_MODELS = [ContactIndex, LeadIndex]

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str) -> str | None:
    """Turn what a person typed into an FTS5 prefix query; every word must match.

    Each word is quoted (so no FTS5 syntax can leak in) and gets a trailing `*` for
    search-as-you-type. Digit groups are joined first so that a phone typed with spaces
    or dashes matches the digit token stored in the index.
    """
    joined = re.sub(r"(?<=\d)[\s\-./()]+(?=\d)", "", text)
    words = _WORD.findall(joined)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def create_search_tables(db: SqliteDatabase) -> None:
    with db.bind_ctx(SEARCH_MODELS):
        db.create_tables(SEARCH_MODELS)


def replace_contact_rows(rows: Iterable[tuple[int, str, str, str, str, str, str]]) -> None:
    """Write index rows (id, name, company, emails, phones, tags, notes)."""
    rows = list(rows)
    if not rows:
        return
    ids = [r[0] for r in rows]
    for chunk in chunks(ids, 500):
        ContactIndex.delete().where(ContactIndex.rowid.in_(chunk)).execute()
    fields = [
        ContactIndex.rowid,
        ContactIndex.name,
        ContactIndex.company,
        ContactIndex.emails,
        ContactIndex.phones,
        ContactIndex.tags,
        ContactIndex.notes,
    ]
    for chunk in chunks(rows, 500):
        ContactIndex.insert_many(chunk, fields=fields).execute()


def insert_contact_rows(rows: list[tuple]) -> None:
    """Index rows for contacts not in the index yet (one prepared statement)."""
    database.connection().executemany(
        "INSERT INTO contact_fts (rowid, name, company, emails, phones, tags, notes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def insert_lead_rows(rows: list[tuple[int, str, str]]) -> None:
    database.connection().executemany(
        "INSERT INTO lead_fts (rowid, title, notes) VALUES (?, ?, ?)", rows
    )


def delete_contact_rows(ids: Iterable[int]) -> None:
    for chunk in chunks(list(ids), 500):
        ContactIndex.delete().where(ContactIndex.rowid.in_(chunk)).execute()


def replace_lead_rows(rows: Iterable[tuple[int, str, str]]) -> None:
    rows = list(rows)
    if not rows:
        return
    for chunk in chunks([r[0] for r in rows], 500):
        LeadIndex.delete().where(LeadIndex.rowid.in_(chunk)).execute()
    fields = [LeadIndex.rowid, LeadIndex.title, LeadIndex.notes]
    for chunk in chunks(rows, 500):
        LeadIndex.insert_many(chunk, fields=fields).execute()


def delete_lead_rows(ids: Iterable[int]) -> None:
    for chunk in chunks(list(ids), 500):
        LeadIndex.delete().where(LeadIndex.rowid.in_(chunk)).execute()


def clear_search_index() -> None:
    ContactIndex.delete().execute()
    LeadIndex.delete().execute()


def contact_matches(expression: str):
    """A subquery of contact ids matching, best first."""
    return (
        ContactIndex.select(ContactIndex.rowid)
        .where(ContactIndex.match(expression))
        .order_by(ContactIndex.rank())
    )


def lead_matches(expression: str):
    return LeadIndex.select(LeadIndex.rowid).where(LeadIndex.match(expression))


def ranked_contact_ids(expression: str, limit: int | None = None, offset: int = 0) -> list[int]:
    """The window of matching contact ids, best first (the bare FTS5 query)."""
    cursor = database.execute_sql(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
        (expression, -1 if limit is None else limit, offset),
    )
    return [row[0] for row in cursor.fetchall()]


_CARD_SQL = (
    "SELECT id, first_name, last_name, company, city FROM contact WHERE id IN ({marks})",
    "SELECT contact_id, email FROM contact_email WHERE contact_id IN ({marks})"
    " ORDER BY position, id",
    "SELECT contact_id, number FROM contact_phone WHERE contact_id IN ({marks})"
    " ORDER BY position, id",
    "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
    " WHERE ct.contact_id IN ({marks}) ORDER BY t.name",
)


def contact_cards(ids: list[int]) -> list[tuple]:
    """(id, first, last, company, city, emails, phones, tags) for `ids`, in that order.

    Plain statements on the connection: a page of search results then costs little more
    than the index lookup that found it (building the same four queries with peewee costs
    several times the lookup of a selective search).
    """
    con = database.connection()
    cards: dict[int, tuple] = {}
    for chunk in chunks(ids, 500):
        marks = ", ".join("?" * len(chunk))
        contacts, emails, phones, tags = (
            con.execute(sql.format(marks=marks), chunk).fetchall() for sql in _CARD_SQL
        )
        for row in contacts:
            cards[row[0]] = (*row, [], [], [])
        for position, rows in ((5, emails), (6, phones), (7, tags)):
            for contact_id, value in rows:
                cards[contact_id][position].append(value)
    return [cards[i] for i in ids if i in cards]


def insert_values(model, columns: tuple[str, ...] | list[str], rows: list) -> None:
    """Insert rows whose values are already what SQLite stores (see db_value), in the
    order of `columns` (field names): one prepared statement, no conversion per value."""
    if not rows:
        return
    fields = model._meta.fields
    names = ", ".join(f'"{fields[name].column_name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    database.connection().executemany(
        f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})', rows
    )


def db_value(field, value):
    """What SQLite stores for `value` in `field` (the text peewee writes for dates and
    decimals, the id of a row)."""
    return _converter(field)(value)


def _identity(value):
    return value


def _as_text(value):
    """Dates, times and decimals as the text peewee itself writes for them."""
    return None if value is None else str(value)


def _as_id(value):
    return getattr(value, "id", value)


def _converter(field):
    """How a value reaches SQLite without going through the query builder."""
    if isinstance(field, ForeignKeyField):
        return _as_id
    if isinstance(field, (DateTimeField, DateField, TimeField, DecimalField)):
        return _as_text
    if isinstance(field, (CharField, TextField, IntegerField, BooleanField)):
        return _identity
    return field.db_value
