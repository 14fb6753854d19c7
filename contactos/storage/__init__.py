"""Opening the database: the pre-flight checks, the backup before a migration, and the
migrations themselves (peewee's `playhouse.migrations` runner).

A damaged file, or one written by a newer version of the program, is refused before
anything is written to it.
"""

from __future__ import annotations

import errno
import logging
import os
import shlex
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from peewee import Database

from contactos import APP_NAME, clock, paths
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError, translate
from contactos.models import database
from contactos.paths import Paths
from contactos.storage import sqlite as backend

if TYPE_CHECKING:
    from contactos.backup import BackupInfo

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


# When another program kept writing for longer than the busy timeout.
BUSY = QT_TRANSLATE_NOOP(
    "Storage",
    "The database is busy: another program (Contactos open in a window?) is saving. "
    "Nothing was written; try again in a moment.",
)


# When the disk (or the user's quota) is full: SQLite rolled the transaction back.
DISK_FULL = QT_TRANSLATE_NOOP(
    "Storage",
    "The disk is full: nothing was written. Free some space on the disk and try again.",
)


def is_busy(error: BaseException) -> bool:
    """Whether `error` is SQLite's 'database is locked' (or busy): the write was rolled
    back and can simply be tried again."""
    text = str(error)
    return type(error).__name__ == "OperationalError" and ("locked" in text or "busy" in text)


def is_disk_full(error: BaseException) -> bool:
    """Whether `error` says the disk (or the quota) is full: SQLite's SQLITE_FULL, from
    sqlite3 or peewee, or ENOSPC / EDQUOT from writing a file."""
    if isinstance(error, DiskFull):
        return True
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return type(error).__name__ == "OperationalError" and "disk is full" in str(error)


# What SQLite (and Python reading its text) say of a damaged file.
_DAMAGE_WORDS = ("malformed", "not a database", "could not decode", "corrupt")


def is_damage(error: BaseException) -> bool:
    """Whether `error` comes from a damaged database file (found while reading it)."""
    if isinstance(error, DatabaseDamaged | UnicodeDecodeError):
        return True
    if type(error).__name__ not in ("DatabaseError", "OperationalError", "CorruptValue"):
        return False
    if type(error).__name__ == "CorruptValue" or backend.is_corruption(error):
        return True
    return not backend.error_name(error) and any(w in str(error).lower() for w in _DAMAGE_WORDS)


def is_unavailable(error: BaseException) -> bool:
    """Whether SQLite could not read or write the database for a reason outside the file
    (see unavailable())."""
    return isinstance(error, DatabaseUnavailable) or backend.is_unavailable(error)


UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Storage",
    "The database {path} cannot be read or written just now ({detail}); nothing was "
    "changed. Check that the disk has free space and that you may read and write the "
    "file, then try again.",
)

# Less room than this beside the database, and an I/O error is the full disk's.
_ROOM = 256 * 1024


def unavailable(path: Path, error: BaseException) -> StorageError:
    """What to say when SQLite cannot read or write the database for a reason outside the
    file: a full disk (SQLite says "disk I/O error" when it cannot make its -shm file),
    a failing or read-only drive, no permission. Never "damaged": the file may be sound."""
    try:
        if shutil.disk_usage(path.parent).free < _ROOM:
            return DiskFull()
    except OSError:
        pass
    return DatabaseUnavailable(UNAVAILABLE, path=path, detail=error)


class StorageError(TranslatableError):
    context = "Storage"


class DiskFull(StorageError):
    def __init__(self) -> None:
        super().__init__(DISK_FULL)


class DatabaseUnavailable(StorageError):
    pass


DAMAGED = QT_TRANSLATE_NOOP(
    "Storage",
    "The database {path} is damaged or is not a Contactos database. It has been left as it is.",
)
BACKUPS_HEADING = QT_TRANSLATE_NOOP("Storage", "Backups, newest first:")
RESTORE_HINT = QT_TRANSLATE_NOOP(
    "Storage",
    "To restore one (the damaged file is kept aside, renamed, not deleted), for example "
    "the newest:",
)
NO_BACKUPS = QT_TRANSLATE_NOOP(
    "Storage",
    "There are no backups in {folder}. To restore a copy kept elsewhere (the damaged "
    "file is kept aside, renamed, not deleted):",
)


class DatabaseDamaged(StorageError):
    """The database cannot be read. `backups` (newest first) are the copies that can
    replace it; the message lists them with the command that restores one."""

    def __init__(
        self,
        path: Path,
        detail: object = "",
        backups: Sequence[BackupInfo] = (),
        data_dir: Path | None = None,
    ) -> None:
        self.path = Path(path)
        self.detail = str(detail)
        self.backups = list(backups)
        self.data_dir = data_dir
        super().__init__(DAMAGED, path=path)

    @property
    def headline(self) -> str:
        return translate(self.context, self.template).format(**self.params)

    @property
    def message(self) -> str:
        if self.data_dir is None:  # (a file that is not the program's own database)
            return self.headline
        lines = [self.headline]
        if self.backups:
            lines.append(translate(self.context, BACKUPS_HEADING))
            from contactos.backup import listing  # (backup builds on this module)

            lines += listing(self.backups)
            lines.append(translate(self.context, RESTORE_HINT))
            example = str(self.backups[0].path)
        else:
            folder = self.data_dir / "backups"
            lines.append(translate(self.context, NO_BACKUPS).format(folder=folder))
            example = "FILE"
        lines.append("  " + restore_command(self.data_dir, example))
        return "\n".join(lines)


def _quote(text: str) -> str:
    if os.name == "nt":
        return f'"{text}"' if " " in text else text
    return text if text == "FILE" else shlex.quote(text)


def restore_command(data_dir: Path, file: str) -> str:
    """The command line that restores `file` into the database in `data_dir`."""
    default = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    where = "" if data_dir == default else f"--data-dir {_quote(str(data_dir))} "
    return f"contactos {where}restore {_quote(file)}"


def damaged(where: Paths, detail: object) -> DatabaseDamaged:
    """The error for the database in `where`, with the backups that can replace it."""
    from contactos import backup  # (backup builds on this module)

    return DatabaseDamaged(where.database, detail, backup.backups(where), where.data_dir)


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
    if not path.exists():
        return [], known
    if path.stat().st_size == 0:
        # Never a file the program left (a new database takes its name complete): a copy
        # that failed, a cloud-sync placeholder. Starting afresh would bury the real one.
        raise DatabaseDamaged(path, "empty file")
    try:
        applied = backend.inspect_file(path)
    except backend.NotADatabase as exc:
        raise DatabaseDamaged(path, exc) from exc
    except sqlite3.Error as exc:  # (see backend.is_unavailable)
        raise unavailable(path, exc) from exc
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


def open_database(where: Paths, *, backup_before_migrate: bool = True) -> Database:
    """Open (creating or upgrading) the database in `where` and bind the models to it.

    Raises DatabaseDamaged (listing the backups) or DatabaseTooNew, the file untouched.
    """
    where.ensure()
    path = where.database
    try:
        applied, pending = preflight(path)
    except DatabaseDamaged as exc:
        raise damaged(where, exc.detail) from exc
    if not applied:
        if path.exists():  # (a database without the migrations table: made by hand)
            raise damaged(where, "no schema_migration table")
        _create(path)
        applied, pending = preflight(path)
    if pending and backup_before_migrate:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        target = where.backups / f"contactos-{stamp}-pre-migration.sqlite3"
        log.info("backing up %s to %s before migrating", path, target)
        backend.copy_file(path, target)
    secure(path)
    db = backend.make_database(path)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    if pending:
        migrate(db)
    return db


def companions(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database while it is open."""
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def secure(path: Path) -> None:
    """The database and the files SQLite keeps beside it are private (SQLite gives its
    -wal and -shm the database's own mode; one made by an older version had the umask's)."""
    for file in (path, *companions(path)):
        if file.is_file():
            paths.make_private(file)


def _create(path: Path) -> None:
    """Make a new database under a temporary name, and give it its name once its schema
    is written: an interrupted first start leaves no empty or half-made file where the
    database belongs (such a file is refused as damaged, see preflight)."""
    tmp = path.with_name(path.name + ".new")
    for leftover in (tmp, *companions(tmp)):
        leftover.unlink(missing_ok=True)
    paths.create_private(tmp)
    db = backend.make_database(tmp)
    database.initialize(db)
    try:
        db.connect()
        try:
            migrate(db)
        finally:
            db.close()  # (the last connection: the WAL is written back and removed)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, *companions(tmp)):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        database.initialize(None)


def migrate(db: Database) -> list[str]:
    return _runner(db).up()


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def current_schema_version(db: Database) -> int:
    return schema_version(list(_runner(db).applied()))
