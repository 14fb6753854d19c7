"""Rotating backups with SQLite's online backup API, and restoring one.

Files are named `contactos-YYYYmmdd-HHMMSS-KIND.sqlite3` in the backups folder, where KIND
is `auto` (at most one a day, at start), `manual`, `pre-migration` or `pre-restore`.
Each kind keeps its newest `backup_keep` files (a setting, 10 by default).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from pathlib import Path

from peewee import Database

from contactos import clock, search, settings, storage
from contactos.i18n import QT_TRANSLATE_NOOP
from contactos.paths import Paths
from contactos.storage import sqlite as backend

log = logging.getLogger(__name__)

_NAME = re.compile(r"^contactos-(\d{8})-(\d{6})-([a-z\-]+?)(?:-\d+)?\.sqlite3$")


class BackupError(storage.StorageError):
    context = "Backup"


def list_backups(paths: Paths) -> list[Path]:
    """Backups, newest first."""
    if not paths.backups.exists():
        return []
    found = [p for p in paths.backups.iterdir() if _NAME.match(p.name)]
    return sorted(
        found, key=lambda p: p.name[len("contactos-") : len("contactos-") + 15], reverse=True
    )


def _kind(path: Path) -> str:
    match = _NAME.match(path.name)
    return match.group(3) if match else ""


def backup_now(db: Database, paths: Paths, kind: str = "manual") -> Path:
    paths.ensure()
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backups / f"contactos-{stamp}-{kind}.sqlite3"
    counter = 1
    while target.exists():  # two backups within one second
        counter += 1
        target = paths.backups / f"contactos-{stamp}-{kind}-{counter}.sqlite3"
    backend.backup_to(db, target)
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


def restore(db: Database, paths: Paths, source: Path) -> Path:
    """Replace the current database with `source`, after backing the current one up.

    The source is checked first (readable, sound, not from a newer version); when it is
    refused, nothing has been written. Returns the backup of the replaced database.
    """
    source = Path(source)
    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "There is no file {path}."), path=source)
    try:
        storage.preflight(source)  # damaged or newer: refused untouched
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
        con = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    if result != "ok":
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "The file {path} is damaged ({detail}); nothing was restored."
            ),
            path=source,
            detail=result,
        )
    safety = backup_now(db, paths, "pre-restore")
    backend.restore_into(db, source)
    storage.migrate(db)
    search.rebuild_index()
    return safety
