"""Who can read the data: on macOS and Linux, whatever the umask, the files the program
creates are 0600 and the folders it creates 0700; a folder that exists keeps its mode;
a file system without modes (a FAT stick) makes nothing fail."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from contactos import backup, exporting, settings
from contactos.contacts import ContactData, create_contact
from contactos.models import database
from contactos.paths import resolve_paths
from contactos.session import close_session, open_session

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

FIXTURES = Path(__file__).parent / "fixtures"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask():
    """The usual umask: without care, every file would be readable by every user."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.fixture
def where(tmp_path):
    return resolve_paths(tmp_path / "nueva" / "data")


def test_what_the_program_creates_is_private(where, tmp_path):
    db = open_session(where)  # (a new folder, a new database, the daily backup)
    try:
        create_contact(ContactData(first_name="Ana", emails=["ana@ejemplo.mx"]))
        wal, shm = Path(f"{where.database}-wal"), Path(f"{where.database}-shm")
        assert wal.exists() and shm.exists()  # (open, in WAL mode)
        manual = backup.backup_now(db, where, "manual")
        settings.write_file_settings(where.settings_file, {"language": "es"})
        exported = tmp_path / "contactos.csv"
        exporting.export_to("contacts", exported)
        vcards = tmp_path / "contactos.vcf"
        exporting.export_to("contacts", vcards)
        files = [where.database, wal, shm, manual, where.settings_file, exported, vcards]
        files += list(where.backups.glob("*-auto.sqlite3"))
        assert len(files) == 8
        assert {str(f): oct(mode(f)) for f in files} == {str(f): "0o600" for f in files}
    finally:
        close_session()
    folders = [where.data_dir, where.backups, where.logs]
    assert {str(f): oct(mode(f)) for f in folders} == {str(f): "0o700" for f in folders}
    # only the folder the program owns is private, not the parents it had to make
    assert mode(where.data_dir.parent) == 0o755


def test_a_restored_and_a_pre_migration_copy_are_private(where):
    where.ensure()
    shutil.copy(FIXTURES / "schema_v3.sqlite3", where.database)
    os.chmod(where.database, 0o644)  # (as an older version left it)
    open_session(where, auto_backup=False)
    close_session()
    assert mode(where.database) == 0o600
    (pre_migration,) = where.backups.glob("*-pre-migration.sqlite3")
    assert mode(pre_migration) == 0o600
    where.database.write_bytes(b"")  # damaged; restore the copy over it
    backup.restore_damaged(where, pre_migration)
    assert mode(where.database) == 0o600


def test_logs_and_the_crash_log_are_private(where, monkeypatch):
    import faulthandler
    import logging

    from ui import app

    kept: list = []
    monkeypatch.setattr(faulthandler, "enable", kept.append)  # (the test run keeps its own)
    root = logging.getLogger()
    handlers = list(root.handlers)
    level = root.level
    try:
        app.setup_logging(where)
        logging.getLogger("contactos.test").warning("written to the log")
    finally:
        for handler in set(root.handlers) - set(handlers):
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
        for file in kept:
            file.close()
    log, crash = where.logs / "contactos.log", where.logs / "crash.log"
    assert "written to the log" in log.read_text(encoding="utf-8")
    assert (mode(log), mode(crash)) == (0o600, 0o600)


def test_the_window_state_file_is_private(qtbot, where):
    from ui.mainwindow import MainWindow

    open_session(where, auto_backup=False)
    try:
        window = MainWindow(where)
        qtbot.addWidget(window)
        window.save_state()
        window.resize(950, 650)
        window.save_state()  # (written again: still private)
    finally:
        close_session()
    assert mode(where.data_dir / "window.ini") == 0o600


def test_a_folder_chosen_that_exists_keeps_its_mode(tmp_path):
    chosen = tmp_path / "compartida"
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o750)
    where = resolve_paths(chosen)
    open_session(where, auto_backup=False)
    close_session()
    assert mode(chosen) == 0o750
    assert (mode(where.backups), mode(where.logs), mode(where.database)) == (0o700, 0o700, 0o600)


def test_a_file_system_without_modes_makes_nothing_fail(where, tmp_path, monkeypatch):
    """A FAT stick refuses chmod (EPERM) and gives every file the same mode."""

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "chmod", refuse)
    monkeypatch.setattr(os, "fchmod", refuse)
    db = open_session(where)
    try:
        create_contact(ContactData(first_name="Ana"))
        saved = backup.backup_now(db, where, "manual")
        settings.write_file_settings(where.settings_file, {"language": "es"})
        exporting.export_to("contacts", tmp_path / "contactos.csv")
        backup.restore(db, where, saved)
    finally:
        close_session()
    con = sqlite3.connect(where.database)
    assert con.execute("SELECT first_name FROM contact").fetchall() == [("Ana",)]
    con.close()
    assert database.obj is not None
