"""Search index (FTS5 on SQLite), filled after all migrations have run.

The index is built by the program after the last migration (the flag below asks for it),
so this script never reads the contact tables through models of a later schema.
"""


def up(migrator, db):
    from contactos.storage import sqlite as backend

    backend.create_search_tables(db)
    db.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES ('search_index_stale', '1')")
