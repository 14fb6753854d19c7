"""Every path the program uses, built in one place.

`--data-dir DIR` or the environment variable CONTACTOS_DATA_DIR moves everything (the
database, backups, logs and settings) into DIR: for tests and for portable use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from contactos import APP_NAME

ENV_DATA_DIR = "CONTACTOS_DATA_DIR"
DATABASE_FILE = "contactos.sqlite3"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> Paths:
        for folder in (self.data_dir, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The argument wins, then CONTACTOS_DATA_DIR, then the platform's user data folder."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Paths(Path(chosen).expanduser().absolute())
    return Paths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
