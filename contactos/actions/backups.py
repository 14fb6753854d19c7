"""Backing the database up now and putting a backup back, from the window or the command
line. The copying and its checks are contactos.backup's."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from contactos import backup
from contactos.models import database
from contactos.paths import Paths


@dataclass(frozen=True)
class Restored:
    source: Path
    kept: Path  # the backup of the replaced database, or the damaged file set aside


def backup_now(paths: Paths) -> Path:
    """A backup of the open database, now; returns its file."""
    return backup.backup_now(database.obj, paths, "manual")


def restore(paths: Paths, source: Path) -> Restored:
    """Put `source` in place of the open database, which is backed up first."""
    return Restored(source, backup.restore(database.obj, paths, source))


def restore_over_damaged(paths: Paths, source: Path) -> Restored:
    """Put `source` in place of a database that cannot be opened (it is kept aside,
    renamed, never deleted). The database is not open, before or after."""
    return Restored(source, backup.restore_damaged(paths, source))
