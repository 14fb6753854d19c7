"""A full disk: an import, a backup and a restore say so, keep nothing half-written and
leave no file behind. SQLite's own "full" condition is made real with max_page_count
(on the database, or on the copy a backup writes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers import database_digest

from contactos import backup, settings, storage
from contactos.cli import EXIT_DISK_FULL, main
from contactos.contacts import ContactData, create_contact
from contactos.models import Contact, ImportBatch, database
from contactos.paths import resolve_paths
from contactos.session import close_session, open_session
from contactos.storage import sqlite as backend

FULL = "The disk is full: nothing was written. Free some space on the disk and try again."


def page_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA page_count").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def where(tmp_path):
    where = resolve_paths(tmp_path / "data")
    open_session(where, auto_backup=False)
    try:
        for i in range(20):
            create_contact(ContactData(first_name=f"Persona{i}", emails=[f"p{i}@ejemplo.mx"]))
    finally:
        close_session()
    return where


@pytest.fixture
def big_list(tmp_path) -> Path:
    path = tmp_path / "lista.csv"
    rows = ["Nombre;Empresa;Correo;Notas"] + [
        f"Cliente{i};Empresa {i % 40};cliente{i}@ejemplo.mx;{'nota larga ' * 30}"
        for i in range(3000)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def small_disk(monkeypatch):
    """Every copy the program writes (a backup's `.part` file) fills up after 3 pages."""
    connect = sqlite3.connect

    def small(target, *args, **kwargs):
        con = connect(target, *args, **kwargs)
        if str(target).endswith(".part"):
            con.execute("PRAGMA max_page_count = 3")
        return con

    monkeypatch.setattr(backend.sqlite3, "connect", small)


def full_database(monkeypatch, where, room: int = 4) -> None:
    """The next connections to the database can grow it by `room` pages only."""
    monkeypatch.setitem(backend.PRAGMAS, "max_page_count", page_count(where.database) + room)


# --- Import -----------------------------------------------------------------------------


def test_cli_import_on_a_full_disk_says_so_and_keeps_nothing(where, big_list, monkeypatch, capsys):
    main(["--data-dir", str(where.data_dir), "settings", "--country", "MX"])  # (said nothing)
    capsys.readouterr()
    before = database_digest(where.database)
    full_database(monkeypatch, where)
    code = main(["--data-dir", str(where.data_dir), "import", str(big_list), "--source", "Bajío"])
    out, err = capsys.readouterr()
    assert code == EXIT_DISK_FULL
    assert err == f"contactos: {FULL}\n"
    monkeypatch.delitem(backend.PRAGMAS, "max_page_count")
    # Not a contact, not the new source, not a batch:
    assert database_digest(where.database) == before


def test_cli_import_on_a_full_disk_in_spanish(where, big_list, monkeypatch, capsys):
    full_database(monkeypatch, where)
    code = main(["--lang", "es", "--data-dir", str(where.data_dir), "import", str(big_list)])
    _, err = capsys.readouterr()
    assert code == EXIT_DISK_FULL
    assert "El disco está lleno" in err and "no se guardó nada" in err


def test_after_a_full_disk_the_same_connection_goes_on(where, big_list):
    """SQLite rolled the import back itself; peewee's own rollback must not hide that
    (it said 'cannot rollback - no transaction is active'), and the session goes on."""
    from contactos.importing import readers, values
    from contactos.importing.duplicates import plan_rows
    from contactos.importing.mapping import guess_mapping
    from contactos.importing.plan import ImportOptions
    from contactos.importing.writer import write_plan

    db = open_session(where, auto_backup=False)
    try:
        table = readers.read_file(big_list)
        records, _ = values.normalize_rows(table, guess_mapping(table.headers), "MX")
        options = ImportOptions(country="MX", file_name=big_list.name)
        plan = plan_rows(records, options)
        db.execute_sql(f"PRAGMA max_page_count = {page_count(where.database) + 4}")
        with pytest.raises(Exception) as info, database.atomic("IMMEDIATE"):
            write_plan(plan, options)
        assert storage.is_disk_full(info.value), info.value
        assert db.transaction_depth() == 0
        assert Contact.select().count() == 20 and ImportBatch.select().count() == 0
        db.execute_sql("PRAGMA max_page_count = 1073741823")
        create_contact(ContactData(first_name="Después"))
        assert Contact.select().count() == 21
    finally:
        close_session()


# --- Backup and restore ---------------------------------------------------------------


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_file(where, small_disk):
    db = open_session(where, auto_backup=False)
    try:
        settings.put("backup_keep", 1)
        with pytest.raises(storage.DiskFull) as info:
            backup.backup_now(db, where, "manual")
        assert info.value.message == FULL
    finally:
        close_session()
    assert list(where.backups.iterdir()) == []  # no .part, no -journal


def test_cli_backup_on_a_full_disk(where, small_disk, capsys):
    code = main(["--data-dir", str(where.data_dir), "backup"])
    out, err = capsys.readouterr()
    assert code == EXIT_DISK_FULL and out == ""
    assert err == f"contactos: {FULL}\n"
    assert list(where.backups.iterdir()) == []  # (not even the automatic one)


def test_the_daily_backup_on_a_full_disk_does_not_stop_the_day(where, small_disk):
    open_session(where)  # (the automatic backup fails; the session opens all the same)
    try:
        assert Contact.select().count() == 20
    finally:
        close_session()
    assert list(where.backups.iterdir()) == []


def test_restore_on_a_full_disk_changes_nothing(where, tmp_path):
    larger = resolve_paths(tmp_path / "larger")
    db = open_session(larger, auto_backup=False)
    try:
        for i in range(300):
            create_contact(ContactData(first_name=f"Otra{i}", notes="notas " * 50))
        source = backup.backup_now(db, larger, "manual")
    finally:
        close_session()
    before = database_digest(where.database)
    db = open_session(where, auto_backup=False)
    try:
        db.execute_sql(f"PRAGMA max_page_count = {page_count(where.database) + 2}")
        with pytest.raises(storage.DiskFull):
            backup.restore(db, where, source)
        db.execute_sql("PRAGMA max_page_count = 1073741823")
        assert Contact.select().count() == 20
    finally:
        close_session()
    assert database_digest(where.database) == before


def test_restore_over_a_damaged_database_on_a_full_disk_puts_it_back(where, small_disk):
    saved = resolve_paths(where.data_dir.parent / "copia")
    saved.ensure()
    source = saved.data_dir / "copia.sqlite3"
    source.write_bytes(where.database.read_bytes())
    where.database.write_bytes(b"")
    Path(f"{where.database}-wal").write_bytes(b"w" * 100)
    with pytest.raises(storage.DiskFull):
        backup.restore_damaged(where, source)
    assert where.database.stat().st_size == 0
    assert Path(f"{where.database}-wal").read_bytes() == b"w" * 100  # (its WAL with it)
    assert sorted(p.name for p in where.data_dir.iterdir()) == [
        "backups",
        "contactos.sqlite3",
        "contactos.sqlite3-wal",
        "logs",
    ]


# --- Files written with write() --------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_settings_file_on_a_full_disk_keeps_the_old_one(tmp_path, monkeypatch):
    """A real ENOSPC: the temporary file's writes go to /dev/full."""
    import os

    from contactos import paths

    path = tmp_path / "settings.json"
    settings.write_file_settings(path, {"language": "es"})
    opener = paths.private_opener

    def full_disk(name: str, flags: int) -> int:
        fd = opener(name, flags)
        full = os.open("/dev/full", os.O_WRONLY)
        os.dup2(full, fd)
        os.close(full)
        return fd

    monkeypatch.setattr(paths, "private_opener", full_disk)
    with pytest.raises(OSError) as info:
        settings.write_file_settings(path, {"language": "en"})
    assert storage.is_disk_full(info.value)
    assert settings.read_file_settings(path) == {"language": "es"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


# --- A sound database that cannot be read just now -------------------------------------


@pytest.mark.parametrize("free", [0, 10**9], ids=["full-disk", "room"])
def test_an_io_error_at_start_is_not_called_damage(where, monkeypatch, capsys, free):
    """SQLite says 'disk I/O error' when it cannot make its -shm file on a full disk: the
    database is sound, and must not be called damaged (nor a backup offered over it)."""
    import shutil as shell

    def io_error(path):
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorname = "SQLITE_IOERR_SHMOPEN"
        raise error

    monkeypatch.setattr(backend, "connect_read_only", io_error)
    usage = shell.disk_usage(where.data_dir)
    monkeypatch.setattr(storage.shutil, "disk_usage", lambda p: usage._replace(free=free))
    before = database_digest(where.database)
    with pytest.raises(storage.StorageError) as info:
        open_session(where)
    assert not isinstance(info.value, storage.DatabaseDamaged)
    code = main(["--data-dir", str(where.data_dir), "today"])
    _, err = capsys.readouterr()
    if free:
        assert isinstance(info.value, storage.DatabaseUnavailable)
        assert code == 3 and "cannot be read or written just now (disk I/O error)" in err
    else:
        assert isinstance(info.value, storage.DiskFull)
        assert code == EXIT_DISK_FULL and err == f"contactos: {FULL}\n"
    assert "damaged" not in err
    assert database_digest(where.database) == before
