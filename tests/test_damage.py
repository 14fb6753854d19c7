"""A database that cannot be read: an empty file, flipped bytes, a cut copy. It is never
opened nor started afresh; the messages list the backups and how to restore one, and a
restore keeps the damaged file aside."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import digest

from contactos import backup, storage
from contactos.cli import EXIT_DATABASE, main
from contactos.contacts import ContactData, create_contact
from contactos.models import Contact
from contactos.paths import resolve_paths
from contactos.session import close_session, open_session

HEADLINE = "is damaged or is not a Contactos database"


@pytest.fixture
def saved(where, clock):
    """A database with two backups: Ana (1 March, automatic), Ana and Luis (2 March, by
    hand); the database itself then has Ana, Luis and Eva."""
    clock.set(dt.datetime(2026, 3, 1, 9, 30))
    db = open_session(where, auto_backup=False)
    try:
        create_contact(ContactData(first_name="Ana"))
        first = backup.backup_now(db, where, "auto")
        clock.set(dt.datetime(2026, 3, 2, 17, 45))
        create_contact(ContactData(first_name="Luis"))
        second = backup.backup_now(db, where, "manual")
        create_contact(ContactData(first_name="Eva"))
    finally:
        close_session()
    return first, second


def names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [n for (n,) in con.execute("SELECT first_name FROM contact ORDER BY id")]
    finally:
        con.close()


def cli(where, *args: str, capsys) -> tuple[int, str, str]:
    code = main(["--data-dir", str(where.data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


# --- An empty file --------------------------------------------------------------------


def test_an_empty_file_is_refused_untouched_with_the_backups_newest_first(where, saved):
    first, second = saved
    where.database.write_bytes(b"")  # a copy that failed, a cloud-sync placeholder
    with pytest.raises(storage.DatabaseDamaged) as info:
        open_session(where)
    assert where.database.stat().st_size == 0
    assert not any(p.exists() for p in storage.companions(where.database))
    assert [b.path for b in info.value.backups] == [second, first]
    lines = info.value.message.splitlines()
    assert HEADLINE in lines[0] and str(where.database) in lines[0]
    assert lines[1] == "Backups, newest first:"
    size = str(round(second.stat().st_size / 1024))
    assert lines[2].split() == [
        "02/03/2026",
        "17:45",
        size,
        "KB",
        "made",
        "by",
        "hand",
        str(second),
    ]
    assert lines[3].split()[:2] == ["01/03/2026", "09:30"] and "automatic" in lines[3]
    assert lines[-1].strip() == f"contactos --data-dir {where.data_dir} restore {second}"
    assert len(list(where.backups.iterdir())) == 2  # (no backup of the empty file either)


def test_the_damaged_message_without_backups_says_so(where):
    where.ensure()
    where.database.write_bytes(b"")
    with pytest.raises(storage.DatabaseDamaged) as info:
        open_session(where)
    assert f"There are no backups in {where.backups}" in info.value.message
    assert info.value.message.splitlines()[-1].strip() == (
        f"contactos --data-dir {where.data_dir} restore FILE"
    )


def test_a_new_database_takes_its_name_only_once_made(where, monkeypatch):
    """An interrupted first start leaves nothing where the database belongs (an empty
    file there would now be refused as damaged)."""

    def fail(db):
        raise KeyboardInterrupt

    monkeypatch.setattr(storage, "migrate", fail)
    with pytest.raises(KeyboardInterrupt):
        open_session(where)
    assert sorted(p.name for p in where.data_dir.iterdir()) == ["backups", "logs"]
    monkeypatch.undo()
    open_session(where)
    try:
        create_contact(ContactData(first_name="Ana"))
    finally:
        close_session()
    assert names(where.database) == ["Ana"]


def test_a_sqlite_file_that_is_not_contactos_is_refused_untouched(where):
    where.ensure()
    con = sqlite3.connect(where.database)
    con.execute("CREATE TABLE recetas (nombre TEXT)")
    con.commit()
    con.close()
    before = digest(where.database)
    with pytest.raises(storage.DatabaseDamaged):
        open_session(where)
    assert digest(where.database) == before


# --- Damage found while reading ---------------------------------------------------------


def test_text_that_is_not_utf8_in_the_schema_is_damage_not_a_traceback(where, saved):
    """The bytes of a migration's name flipped: Python cannot decode what SQLite reads."""
    data = bytearray(where.database.read_bytes())
    at = data.find(b"0001_initial")
    assert at > 0
    data[at + 5] = 0xBE
    where.database.write_bytes(bytes(data))
    with pytest.raises(storage.DatabaseDamaged) as info:
        open_session(where)
    assert "decode" in info.value.detail


@pytest.mark.parametrize(
    ("sql", "command"),
    [
        ("UPDATE contact SET company = CAST(X'4D6574616CFF6D6563' AS TEXT)", "contacts"),
        ("UPDATE lead SET received_at = '20' || char(18) || '6-09-17 09:41:00'", "leads"),
    ],
    ids=["not-utf8", "not-a-date"],
)
def test_damage_found_by_a_command_gets_the_damaged_message(where, saved, capsys, sql, command):
    """Past the pre-flight (which reads only the schema), damage shows where a command
    reads it: a name that is not UTF-8, a stored date that is not a date."""
    code, _, err = cli(
        where, "add-lead", "Ana", "--next", "Llamar", "--due", "2026-03-03", capsys=capsys
    )
    assert code == 0, err
    con = sqlite3.connect(where.database)
    con.execute(sql)
    con.commit()
    con.close()
    code, out, err = cli(where, command, "--json", capsys=capsys)
    assert code == EXIT_DATABASE
    assert HEADLINE in err and "Backups, newest first:" in err
    assert "Traceback" not in err


# --- Restoring over a damaged database ------------------------------------------------


def test_cli_restore_puts_a_backup_in_place_of_a_damaged_database(where, saved, capsys):
    first, second = saved
    where.database.write_bytes(b"\x00" * 4096)
    damaged = digest(where.database)
    code, _, err = cli(where, "today", capsys=capsys)
    assert code == EXIT_DATABASE and HEADLINE in err
    code, out, err = cli(where, "restore", str(second), capsys=capsys)
    assert code == 0, err
    kept = sorted(where.data_dir.glob("contactos-damaged-*.sqlite3"))
    assert len(kept) == 1 and digest(kept[0]) == damaged  # aside, renamed, untouched
    assert str(kept[0]) in out
    assert names(where.database) == ["Ana", "Luis"]
    assert digest(second) != damaged and second.exists()  # the backup itself stays
    assert not list(where.backups.glob("*-shm")) and not list(where.backups.glob("*-wal"))
    code, out, _ = cli(where, "contacts", "--json", capsys=capsys)
    assert code == 0 and "Luis" in out


def test_restore_over_a_damaged_database_refuses_a_bad_file_changing_nothing(
    where, saved, tmp_path
):
    where.database.write_bytes(b"")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    listing = sorted(p.name for p in where.data_dir.rglob("*"))
    with pytest.raises(backup.BackupError):
        backup.restore_damaged(where, bad)
    assert where.database.stat().st_size == 0
    assert sorted(p.name for p in where.data_dir.rglob("*")) == listing


def test_the_damaged_files_wal_goes_aside_with_it(where, saved):
    """A WAL left by the damaged file must not be read with the restored one."""
    first, _ = saved
    where.database.write_bytes(b"x" * 5000)
    Path(f"{where.database}-wal").write_bytes(b"w" * 100)
    aside = backup.restore_damaged(where, first)
    assert Path(f"{aside}-wal").read_bytes() == b"w" * 100
    assert not Path(f"{where.database}-wal").exists()
    open_session(where, auto_backup=False)
    try:
        assert [c.first_name for c in Contact.select()] == ["Ana"]
    finally:
        close_session()


# --- Fuzzing a real database ----------------------------------------------------------


@pytest.fixture(scope="module")
def real_database(tmp_path_factory) -> bytes:
    """The demo database: a real one, with many pages of every table."""
    from contactos import demo

    where = resolve_paths(tmp_path_factory.mktemp("real") / "data")
    open_session(where, auto_backup=False)
    try:
        demo.load_demo()
    finally:
        close_session()
    return where.database.read_bytes()


def mutations(data: bytes) -> list[tuple[str, bytes]]:
    rng = random.Random(20261130)
    cases: list[tuple[str, bytes]] = []
    page = 4096
    offsets = list(range(0, 100, 3))  # the file header
    offsets += [k * page + rng.randrange(12) for k in rng.sample(range(1, len(data) // page), 25)]
    offsets += rng.sample(range(len(data)), 60)
    for offset in offsets:
        flipped = bytearray(data)
        flipped[offset] ^= 1 << rng.randrange(8)
        cases.append((f"bit at {offset}", bytes(flipped)))
    for offset in rng.sample(range(100, len(data)), 6):  # a run of garbage
        spoiled = bytearray(data)
        spoiled[offset : offset + 64] = rng.randbytes(64)
        cases.append((f"64 bytes at {offset}", bytes(spoiled)))
    for size in (0, 1, 99, 100, page, 2 * page, len(data) // 2, len(data) - 1):
        cases.append((f"cut at {size}", data[:size]))
    return cases


def test_fuzzed_database_opens_cleanly_or_is_reported_damaged(real_database, tmp_path, capsys):
    """Every mutation either opens and lists cleanly, or gets the damaged message (exit
    3, with the backups): never a traceback, never another error."""
    outcomes = {"opened": 0, "damaged": 0}
    reference = tmp_path / "reference.sqlite3"
    reference.write_bytes(real_database)
    for number, (label, data) in enumerate(mutations(real_database)):
        where = resolve_paths(tmp_path / f"case{number}")
        where.ensure()
        shutil.copy(reference, where.backups / "contactos-20261129-080000-auto.sqlite3")
        where.database.write_bytes(data)
        # The storage layer: open, or DatabaseDamaged (any other error fails the test).
        try:
            open_session(where, auto_backup=False)
        except storage.DatabaseDamaged as error:
            assert error.backups and error.path == where.database, label
            opened = False
        else:
            opened = True
        finally:
            close_session()
        # The command line: every command a clean exit, or the damaged message.
        for command in (["today"], ["leads", "--json"], ["contacts", "--json"]):
            code = main(["--data-dir", str(where.data_dir), *command])
            out, err = capsys.readouterr()
            if code == EXIT_DATABASE:
                assert HEADLINE in err and "contactos-20261129-080000-auto" in err, (label, err)
                outcomes["damaged"] += 1
                break
            assert code == 0 and not err, (label, command, code, err)
        else:
            assert opened, label
            outcomes["opened"] += 1
        shutil.rmtree(where.data_dir)
    # (both outcomes were reached: the test does exercise the damaged path)
    assert outcomes["opened"] > 20 and outcomes["damaged"] > 10, outcomes
