"""The demo is the same book of business whatever module holds its words: with the seed
and the clock fixed, every row of every table is what it was (a digest of the database's
contents, not of its file, so SQLite's page layout does not count)."""

from __future__ import annotations

import hashlib

from contactos import clock
from contactos.demo import load_demo

MOMENT = "2026-11-30T09:00"
# The digest of the demo loaded at MOMENT with the default seed. When the story itself
# changes on purpose, print demo_digest() and write the new value here, saying why in
# the commit.
EXPECTED = "7c63c64bac34cdea3f5033f35dc08d90601e79d43d8e137c5af5a8c436b7030f"

# Not content: when the migrations ran (the real clock), and the search index's own
# storage (its content is read through the index tables themselves).
SKIPPED = ("schema_migration",)


def demo_digest(database) -> str:
    digest = hashlib.sha256()
    tables = [
        name
        for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    for name in tables:
        if name.startswith("sqlite_") or name in SKIPPED or "_fts_" in name:
            continue
        digest.update(f"[{name}]\n".encode())
        for row in database.execute_sql(f'SELECT rowid, * FROM "{name}" ORDER BY rowid'):
            digest.update(repr(tuple(row)).encode() + b"\n")
    return digest.hexdigest()


def test_the_demo_is_the_same_rows_as_before(db, monkeypatch):
    monkeypatch.setenv(clock.ENV_CLOCK, MOMENT)
    monkeypatch.setenv(clock.ENV_ZONE, "America/Mexico_City")
    load_demo()
    assert demo_digest(db) == EXPECTED


def test_the_digest_sees_a_changed_row(db, monkeypatch):
    monkeypatch.setenv(clock.ENV_CLOCK, MOMENT)
    monkeypatch.setenv(clock.ENV_ZONE, "America/Mexico_City")
    load_demo()
    before = demo_digest(db)
    db.execute_sql("UPDATE contact SET notes = notes || '.' WHERE id = 7")
    assert demo_digest(db) != before
