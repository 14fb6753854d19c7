"""Opening the program's data: the one sequence both the window and the command line use."""

from __future__ import annotations

import logging

from peewee import Database

from contactos import backup, search, stages, storage
from contactos.paths import Paths

log = logging.getLogger(__name__)


def open_session(paths: Paths, *, auto_backup: bool = True) -> Database:
    """Open (create, upgrade) the database, seed defaults and take the daily backup.

    Raises storage.DatabaseDamaged (with the backups that can replace it) or
    DatabaseTooNew with the file untouched.
    """
    db = storage.open_database(paths)
    try:
        stages.seed_defaults()
        if search.index_is_stale():
            log.info("building the search index")
            with db.atomic():
                search.rebuild_index()
    except Exception as exc:
        # (past the pre-flight, a table missing from an upgraded schema is damage too)
        if not (storage.is_damage(exc) or "no such table" in str(exc)):
            raise
        storage.close_database()
        raise storage.damaged(paths, exc) from exc
    if auto_backup:
        try:
            backup.auto_backup(db, paths)
        except (OSError, storage.DiskFull) as exc:  # a full disk must not stop the day's work
            log.warning("automatic backup failed: %s", exc)
    return db


def close_session() -> None:
    storage.close_database()
