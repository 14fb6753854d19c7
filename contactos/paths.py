"""Every path the program uses, built in one place, and the modes of what it creates.

`--data-dir DIR` or the environment variable CONTACTOS_DATA_DIR moves everything (the
database, backups, logs and settings) into DIR: for tests and for portable use.

On macOS and Linux the files the program creates are readable by their owner only
(0600) and the folders it creates are 0700, whatever the umask: the database holds
other people's names, phones and deals. A folder that already exists keeps its mode
(the person chose it), and where the file system cannot hold modes (a FAT stick)
nothing fails.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from contactos import APP_NAME

log = logging.getLogger(__name__)

ENV_DATA_DIR = "CONTACTOS_DATA_DIR"
DATABASE_FILE = "contactos.sqlite3"

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
# (Windows keeps access rights elsewhere: the user's profile folders are private already)
HAS_MODES = os.name == "posix"


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
            private_folder(folder)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The argument wins, then CONTACTOS_DATA_DIR, then the platform's user data folder."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Paths(Path(chosen).expanduser().absolute())
    return Paths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


# --- Modes ------------------------------------------------------------------------------


def _chmod(path: Path | str, mode: int) -> None:
    if not HAS_MODES:
        return
    try:
        os.chmod(path, mode)
    except OSError as exc:  # a file system without modes (FAT, some network shares)
        log.debug("cannot set the mode of %s: %s", path, exc)


def make_private(path: Path | str) -> None:
    """Readable and writable by its owner only (where the file system has modes)."""
    _chmod(path, PRIVATE_FILE)


def private_folder(folder: Path) -> None:
    """Create `folder` (0700) when it does not exist; an existing folder keeps its mode.

    Missing parents are created as usual: only the folder the program owns is private.
    """
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER)
    except FileExistsError:
        return
    _chmod(folder, PRIVATE_FOLDER)  # (mkdir's mode passes through the umask)


def open_private(path: Path | str, flags: int = os.O_WRONLY | os.O_CREAT | os.O_EXCL) -> int:
    """os.open() for a file the program writes: created 0600 whatever the umask.

    A file that existed already is made private too (the program is writing it)."""
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE)
    if HAS_MODES:
        try:
            os.fchmod(fd, PRIVATE_FILE)
        except OSError as exc:
            log.debug("cannot set the mode of %s: %s", path, exc)
    return fd


def private_opener(path: str, flags: int) -> int:
    """For open(..., opener=private_opener): the file is created 0600."""
    return open_private(path, flags)


def create_private(path: Path | str) -> None:
    """Create an empty private file (for a writer that opens it itself, like SQLite or a
    log handler); an existing file is made private and left as it is."""
    os.close(open_private(path, os.O_WRONLY | os.O_CREAT))
