"""Opening the database: the pre-flight checks, the backup before a migration, and the
migrations themselves (peewee's `playhouse.migrations` runner).

A damaged file, or one written by a newer version of the program, is refused before
anything is written to it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from peewee import Database

from contactos import clock
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError
from contactos.models import database
from contactos.paths import Paths
from contactos.storage import sqlite as backend

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


# When another program kept writing for longer than the busy timeout.
BUSY = QT_TRANSLATE_NOOP(
    "Storage",
    "The database is busy: another program (Contactos open in a window?) is saving. "
    "Nothing was written; try again in a moment.",
)


def is_busy(error: BaseException) -> bool:
    """Whether `error` is SQLite's 'database is locked' (or busy): the write was rolled
    back and can simply be tried again."""
    text = str(error)
    return type(error).__name__ == "OperationalError" and ("locked" in text or "busy" in text)


class StorageError(TranslatableError):
    context = "Storage"


class DatabaseDamaged(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


def _runner(db: Database):
    # Imported when needed: most starts have nothing to migrate.
    from playhouse.migrations import Runner

    return Runner(db, directory=str(MIGRATIONS_DIR))


def known_migrations() -> list[str]:
    """The migration scripts this version ships, by name, in order (as the runner lists
    them: files starting with a number)."""
    return sorted(
        (p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py")), key=lambda n: (int(n.split("_")[0]), n)
    )


def schema_version(names: list[str]) -> int:
    """The schema version is the number of the newest migration applied."""
    numbers = [int(n.split("_", 1)[0]) for n in names if n[:1].isdigit()]
    return max(numbers, default=0)


def preflight(path: Path) -> tuple[list[str], list[str]]:
    """Return (applied, pending) migrations for an existing file, writing nothing.

    Raises DatabaseDamaged or DatabaseTooNew; in both cases the file is left as it was.
    """
    known = known_migrations()
    if not path.exists() or path.stat().st_size == 0:
        return [], known
    try:
        applied = backend.inspect_file(path)
    except backend.NotADatabase as exc:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {path} is damaged or is not a Contactos database ({detail}). "
                "It has been left untouched; restore a backup with 'contactos restore'.",
            ),
            path=path,
            detail=exc,
        ) from exc
    unknown = sorted(set(applied) - set(known))
    if unknown:
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {path} was written by a newer version of Contactos "
                "(schema {theirs}; this version knows up to {ours}). It has been left "
                "untouched: install the newer version to open it.",
            ),
            path=path,
            theirs=schema_version(applied),
            ours=schema_version(known),
        )
    return applied, [m for m in known if m not in applied]


def open_database(paths: Paths, *, backup_before_migrate: bool = True) -> Database:
    """Open (creating or upgrading) the database in `paths` and bind the models to it."""
    paths.ensure()
    path = paths.database
    applied, pending = preflight(path)
    if pending and applied and backup_before_migrate:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        target = paths.backups / f"contactos-{stamp}-pre-migration.sqlite3"
        log.info("backing up %s to %s before migrating", path, target)
        backend.copy_file(path, target)
    db = backend.make_database(path)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    if pending:
        migrate(db)
    return db


def migrate(db: Database) -> list[str]:
    return _runner(db).up()


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def current_schema_version(db: Database) -> int:
    return schema_version(list(_runner(db).applied()))
