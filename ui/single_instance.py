"""One running copy per person and data folder.

The first window takes a lock file in the data folder (QLockFile: a lock left by a
program that died is taken over) and listens on a local socket whose name is made of the
user and the data folder. A second launch finds the lock taken, sends "show" to the
first, which comes forward, and exits without opening the database. The command line
does not take the lock: it works beside the window (SQLite's WAL and busy timeout).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "window.lock"
SHOW = b"show\n"


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name (rare): the folder alone
        user = "user"
    folder = str(Path(data_dir).expanduser().resolve())
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:16]
    return f"contactos-{digest}"


class SingleInstance(QObject):
    activated = Signal()  # another launch asked this copy to come forward

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(Path(data_dir) / LOCK_FILE))
        self.lock.setStaleLockTime(0)  # a live window's lock never goes stale by age
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this is the first copy (it now listens); False when one runs."""
        if not self.lock.tryLock(200):
            return False
        QLocalServer.removeServer(self.name)  # a socket left by a copy that died
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
        self.server.newConnection.connect(self._connected)
        return True

    def _connected(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll())
        if SHOW.strip() in data:
            log.info("another launch asked to come forward")
            socket.write(b"ok\n")
            socket.flush()
            self.activated.emit()

    def ask_first_to_show(self, attempts: int = 25) -> bool:
        """Ask the running copy to come forward; False when it does not answer."""
        allow_foreground()
        for _ in range(attempts):
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(SHOW)
                socket.flush()
                socket.waitForBytesWritten(1000)
                answered = socket.waitForReadyRead(3000) and b"ok" in bytes(socket.readAll())
                socket.disconnectFromServer()
                if answered:
                    return True
            else:  # (the first copy may be starting: not listening yet)
                from PySide6.QtCore import QThread

                QThread.msleep(200)
        return False

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def allow_foreground() -> None:
    """Windows lets only the program in front bring a window forward: this launch (in
    front, just started) lets the running copy do it."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    except (AttributeError, OSError):  # pragma: no cover - Windows only
        pass
