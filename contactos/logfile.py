"""The program's log: a rotating file in the logs folder, readable by its owner only.

A packaged program has no console (a windowed Windows build prints nothing), so what
went wrong is found here, and the crash dialog says where it is. The log names people
(who was imported, which lead failed): every file of it is private (contactos.paths),
the rotated ones too. It never grows past MAX_BYTES times (BACKUPS + 1).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from contactos import paths

LOG_FILE = "contactos.log"
MAX_BYTES = 1_000_000
BACKUPS = 4  # contactos.log.1 ... .4
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """RotatingFileHandler whose files are created 0600 whatever the umask (a rotated file
    keeps its mode: it is renamed)."""

    def _open(self):
        return open(
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=paths.private_opener,
        )


def handler(
    folder: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS
) -> RotatingFileHandler:
    """A handler writing `folder`/contactos.log (the folder must exist)."""
    file = folder / LOG_FILE
    paths.create_private(file)  # (an existing log from an older version becomes private)
    made = PrivateRotatingFileHandler(
        file, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
    )
    made.setFormatter(logging.Formatter(FORMAT))
    return made
