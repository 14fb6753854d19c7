"""Rotating backups with SQLite's online backup API, and restoring one.

Files are named `contactos-YYYYmmdd-HHMMSS-KIND.sqlite3` in the backups folder, where KIND
is `auto` (at most one a day, at start), `manual`, `pre-migration` or `pre-restore`.
Each kind keeps its newest `backup_keep` files (a setting, 10 by default). Every copy is
written under a temporary name and renamed when complete, readable by its owner only.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import Database

from contactos import clock, search, settings, storage
from contactos.i18n import QT_TRANSLATE_NOOP, translate
from contactos.paths import Paths
from contactos.storage import sqlite as backend

log = logging.getLogger(__name__)

_NAME = re.compile(r"^contactos-(\d{8})-(\d{6})-([a-z\-]+?)(?:-(\d+))?\.sqlite3$")

KIND_LABELS = {
    "auto": QT_TRANSLATE_NOOP("Backup", "automatic"),
    "manual": QT_TRANSLATE_NOOP("Backup", "made by hand"),
    "pre-migration": QT_TRANSLATE_NOOP("Backup", "before an upgrade"),
    "pre-restore": QT_TRANSLATE_NOOP("Backup", "before a restore"),
}


class BackupError(storage.StorageError):
    context = "Backup"


@dataclass(frozen=True)
class BackupInfo:
    """One backup: when it was taken (the program's clock, from its name), why, its size."""

    path: Path
    taken_at: dt.datetime
    kind: str
    size: int

    @property
    def kind_label(self) -> str:
        label = KIND_LABELS.get(self.kind)
        return translate("Backup", label) if label else self.kind

    def describe(self, width: int = 0) -> str:
        """One line for the command line: '30/11/2026 10:37  312 KB  automatic', the kind
        padded to `width`."""
        when = f"{self.taken_at:%d/%m/%Y %H:%M}"
        return f"{when}  {size_text(self.size):>7}  {self.kind_label.ljust(width)}"


def listing(found: list[BackupInfo]) -> list[str]:
    """The backups as aligned lines for the command line, each ending with its path."""
    width = max((len(info.kind_label) for info in found), default=0)
    return [f"  {info.describe(width)}  {info.path}" for info in found]


def size_text(size: int) -> str:
    """A size for the command line, in whole KB or MB (no decimal mark to localise)."""
    if size < 10 * 1024 * 1024:
        return f"{max(round(size / 1024), 1)} KB"
    return f"{round(size / (1024 * 1024))} MB"


def _order(path: Path) -> tuple[str, str, int]:
    match = _NAME.match(path.name)
    assert match is not None
    return match.group(1), match.group(2), int(match.group(4) or 1)


def list_backups(paths: Paths) -> list[Path]:
    """Backups, newest first."""
    if not paths.backups.is_dir():
        return []
    found = [p for p in paths.backups.iterdir() if _NAME.match(p.name) and p.is_file()]
    return sorted(found, key=_order, reverse=True)


def backups(paths: Paths) -> list[BackupInfo]:
    """Backups with their date, kind and size, newest first."""
    found = []
    for path in list_backups(paths):
        match = _NAME.match(path.name)
        assert match is not None
        try:
            taken = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):  # (a name that is not a date; a file just removed)
            continue
        found.append(BackupInfo(path, taken, match.group(3), size))
    return found


def _kind(path: Path) -> str:
    match = _NAME.match(path.name)
    return match.group(3) if match else ""


def backup_now(db: Database, paths: Paths, kind: str = "manual") -> Path:
    """Copy the database into the backups folder now; on a full disk, DiskFull and no
    file left behind."""
    paths.ensure()
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backups / f"contactos-{stamp}-{kind}.sqlite3"
    counter = 1
    while target.exists():  # two backups within one second
        counter += 1
        target = paths.backups / f"contactos-{stamp}-{kind}-{counter}.sqlite3"
    try:
        backend.backup_to(db, target)
    except Exception as exc:
        if storage.is_disk_full(exc):
            raise storage.DiskFull() from exc
        raise
    rotate(paths, kind)
    log.info("backup written to %s", target)
    return target


def rotate(paths: Paths, kind: str) -> list[Path]:
    keep = max(int(settings.get("backup_keep")), 1)
    same_kind = [p for p in list_backups(paths) if _kind(p) == kind]
    removed = same_kind[keep:]
    for path in removed:
        log.info("rotating out old backup %s", path)
        path.unlink(missing_ok=True)
    return removed


def auto_backup(db: Database, paths: Paths, day: dt.date | None = None) -> Path | None:
    """At most one automatic backup a day."""
    day = day or clock.today()
    prefix = f"contactos-{day:%Y%m%d}-"
    if any(p.name.startswith(prefix) and _kind(p) == "auto" for p in list_backups(paths)):
        return None
    return backup_now(db, paths, "auto")


def check_source(source: Path) -> None:
    """Refuse a file that cannot replace the database: missing, damaged, not a Contactos
    database or from a newer version. Reads it only."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "There is no file {path}."), path=source)
    try:
        applied, _ = storage.preflight(source)  # damaged or newer: refused untouched
        if not applied:
            raise storage.DatabaseDamaged(source, "no schema_migration table")
    except storage.DatabaseDamaged as exc:
        # (preflight's own advice, to restore a backup, is what is being done here)
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup",
                "The file {path} is damaged or not a Contactos database; nothing was "
                "restored and your database is as it was. Choose another backup.",
            ),
            path=source,
        ) from exc
    try:
        con = backend.connect_read_only(source)
        try:
            result = con.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            con.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        result = str(exc)
    if result != "ok":
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "The file {path} is damaged ({detail}); nothing was restored."
            ),
            path=source,
            detail=result,
        )


def restore(db: Database, paths: Paths, source: Path) -> Path:
    """Replace the open database with `source`, after backing the current one up.

    The source is checked first (readable, sound, not from a newer version); when it is
    refused, nothing has been written. Returns the backup of the replaced database.
    """
    check_source(source)
    safety = backup_now(db, paths, "pre-restore")
    try:
        backend.restore_into(db, Path(source))  # (one transaction: all pages or none)
    except Exception as exc:
        if storage.is_disk_full(exc):
            raise storage.DiskFull() from exc
        raise
    storage.migrate(db)
    search.rebuild_index()
    return safety


def restore_damaged(paths: Paths, source: Path) -> Path:
    """Put `source` where the database is when that one cannot be opened (damaged, an
    empty file): the damaged file is renamed aside, never deleted, and a copy of
    `source` takes its place. The database must not be open (open_session raised).

    Returns the name the damaged file was kept under. When the source is refused, or the
    copy fails (a full disk), everything is as it was.
    """
    check_source(source)
    storage.close_database()
    aside = set_aside(paths)
    try:
        backend.copy_file(Path(source), paths.database)
    except BaseException as exc:
        _put_back(aside, paths.database)
        if isinstance(exc, Exception) and storage.is_disk_full(exc):
            raise storage.DiskFull() from exc
        raise
    log.info("restored %s; the damaged database was kept as %s", source, aside)
    return aside


def set_aside(paths: Paths) -> Path:
    """Rename the database (with its -wal, -shm and journal, which belong to it and
    must not be read with another file) to contactos-damaged-YYYYmmdd-HHMMSS.sqlite3."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    aside = paths.data_dir / f"contactos-damaged-{stamp}.sqlite3"
    counter = 1
    while aside.exists():
        counter += 1
        aside = paths.data_dir / f"contactos-damaged-{stamp}-{counter}.sqlite3"
    for source, target in zip(
        (paths.database, *storage.companions(paths.database)),
        (aside, *storage.companions(aside)),
        strict=True,
    ):
        if source.exists():
            os.replace(source, target)
    return aside


def _put_back(aside: Path, database: Path) -> None:
    for source, target in zip(
        (aside, *storage.companions(aside)),
        (database, *storage.companions(database)),
        strict=True,
    ):
        if source.exists():
            os.replace(source, target)
