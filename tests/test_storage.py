"""Opening, migrating, refusing, backing up and restoring the database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import digest

from contactos import backup, listing, settings, storage
from contactos.contacts import ContactData, create_contact
from contactos.models import Contact, Lead, database
from contactos.paths import resolve_paths
from contactos.session import close_session, open_session

FIXTURES = Path(__file__).parent / "fixtures"
LATEST = storage.schema_version(storage.known_migrations())


def folder_listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_new_database_uses_wal_and_foreign_keys(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert storage.current_schema_version(db) == storage.schema_version(storage.known_migrations())


def test_data_dir_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CONTACTOS_DATA_DIR", str(tmp_path / "portable"))
    assert resolve_paths().database == tmp_path / "portable" / "contactos.sqlite3"
    assert resolve_paths(tmp_path / "arg").data_dir == tmp_path / "arg"


@pytest.mark.parametrize(
    "fixture",
    [
        "schema_v1.sqlite3",
        "schema_v2.sqlite3",
        "schema_v3.sqlite3",
        "schema_v4.sqlite3",
        "schema_v5.sqlite3",
    ],
)
def test_past_schema_upgrades(where, fixture):
    where.ensure()
    shutil.copy(FIXTURES / fixture, where.database)
    original = digest(where.database)
    open_session(where, auto_backup=False)
    try:
        assert storage.current_schema_version(database.obj) == LATEST
        contact = Contact.get()
        assert contact.name == "José Núñez"
        assert Lead.get().title == "Varilla corrugada"
        # the index was built for the rows the old schema had
        assert [r.name for r in listing.contact_rows("nunez")] == ["José Núñez"]
        found = listing.lead_rows(listing.LeadFilter(search="4421234567"))
        assert sorted(r.id for r in found) == [lead.id for lead in contact.leads]
    finally:
        close_session()
    backups = [p for p in backup.list_backups(where) if "pre-migration" in p.name]
    assert len(backups) == 1
    # the copy taken before migrating is the old database, as it was
    con = sqlite3.connect(backups[0])
    version = int(fixture.removeprefix("schema_v").split(".")[0])
    names = [n for (n,) in con.execute("SELECT name FROM schema_migration ORDER BY id")]
    assert names == storage.known_migrations()[:version]
    con.close()
    assert digest(FIXTURES / fixture) == original


def test_newer_database_is_refused_untouched(where):
    open_session(where, auto_backup=False)
    create_contact(ContactData(first_name="Ana"))
    database.obj.execute_sql(
        "INSERT INTO schema_migration (name, applied) VALUES ('0099_future', '2030-01-01')"
    )
    close_session()
    before = digest(where.database)
    files = folder_listing(where.data_dir)
    with pytest.raises(storage.DatabaseTooNew) as info:
        open_session(where)
    assert "newer version" in str(info.value)
    assert digest(where.database) == before
    assert folder_listing(where.data_dir) == files


def test_damaged_database_is_refused_untouched(where):
    where.ensure()
    where.database.write_bytes(b"This is not a database, it is a shopping list.\n" * 200)
    before = digest(where.database)
    with pytest.raises(storage.DatabaseDamaged) as info:
        open_session(where)
    assert "damaged" in str(info.value)
    assert digest(where.database) == before
    assert not Path(str(where.database) + "-wal").exists()


def test_backup_and_restore(where):
    db = open_session(where, auto_backup=False)
    try:
        create_contact(ContactData(first_name="Antes"))
        saved = backup.backup_now(db, where, "manual")
        create_contact(ContactData(first_name="Después"))
        assert Contact.select().count() == 2
        safety = backup.restore(db, where, saved)
        assert [c.first_name for c in Contact.select()] == ["Antes"]
        assert listing.contact_rows("antes")[0].name == "Antes"
        assert listing.contact_rows("despues") == []
        assert "pre-restore" in safety.name
        # the replaced database is kept
        con = sqlite3.connect(safety)
        assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == 2
        con.close()
    finally:
        close_session()


def test_restore_refuses_damaged_or_newer_file_writing_nothing(where, tmp_path):
    db = open_session(where, auto_backup=False)
    try:
        create_contact(ContactData(first_name="Ana"))
        bad = tmp_path / "bad.sqlite3"
        bad.write_bytes(b"garbage" * 1000)
        files = folder_listing(where.data_dir)
        with pytest.raises(storage.StorageError) as refused:
            backup.restore(db, where, bad)
        assert "nothing was restored" in refused.value.message  # (not 'restore a backup')
        assert "Choose another backup" in refused.value.message
        with pytest.raises(storage.StorageError):
            backup.restore(db, where, tmp_path / "missing.sqlite3")
        newer = backup.backup_now(db, where, "manual")
        con = sqlite3.connect(newer)
        con.execute("INSERT INTO schema_migration (name, applied) VALUES ('0099_x', '2030-01-01')")
        con.commit()
        con.close()
        files = folder_listing(where.data_dir)
        with pytest.raises(storage.DatabaseTooNew):
            backup.restore(db, where, newer)
        assert folder_listing(where.data_dir) == files
        assert Contact.select().count() == 1
    finally:
        close_session()


def test_rotation_keeps_the_newest_of_each_kind_and_removes_the_rest(where, clock):
    db = open_session(where, auto_backup=False)
    try:
        settings.put("backup_keep", 3)
        stray = where.backups / "notas.txt"  # (not a backup: never rotated out)
        stray.write_text("x", encoding="utf-8")
        made: dict[str, list[Path]] = {"manual": [], "auto": [], "pre-restore": []}
        start = dt.datetime(2026, 3, 1, 9, 0)
        for day in range(5):
            for offset, kind in enumerate(made):
                clock.set(start + dt.timedelta(days=day, minutes=offset))
                made[kind].append(backup.backup_now(db, where, kind))
        # Two within one second: both kept, the second one counts as the newer.
        clock.set(start + dt.timedelta(days=9))
        twins = [backup.backup_now(db, where, "manual") for _ in range(2)]
        assert twins[1].name.endswith("-manual-2.sqlite3")
    finally:
        close_session()
    listed = backup.list_backups(where)
    assert listed == sorted(listed, key=lambda p: p.name[10:25], reverse=True)
    by_kind = {kind: [p for p in listed if f"-{kind}" in p.name] for kind in made}
    assert by_kind["auto"] == made["auto"][::-1][:3]
    assert by_kind["pre-restore"] == made["pre-restore"][::-1][:3]
    assert by_kind["manual"] == [twins[1], twins[0], made["manual"][-1]]
    removed = made["auto"][:2] + made["pre-restore"][:2] + made["manual"][:4]
    assert not any(p.exists() for p in removed)
    assert stray.exists()
    infos = backup.backups(where)
    assert [i.path for i in infos] == listed
    assert infos[-1].taken_at == start + dt.timedelta(days=2, minutes=1)
    assert infos[-1].kind == "auto" and infos[-1].size == infos[-1].path.stat().st_size


def test_the_program_takes_one_automatic_backup_a_day(where, clock):
    """At each start (open_session), at most one automatic backup a day, rotated."""

    def start_at(moment: dt.datetime) -> list[str]:
        clock.set(moment)
        open_session(where)
        close_session()
        return [p.name for p in backup.list_backups(where) if p.name.endswith("-auto.sqlite3")]

    first = dt.datetime(2026, 3, 1, 8, 0)
    assert start_at(first) == ["contactos-20260301-080000-auto.sqlite3"]
    assert start_at(first.replace(hour=18)) == ["contactos-20260301-080000-auto.sqlite3"]
    assert start_at(first + dt.timedelta(days=1)) == [
        "contactos-20260302-080000-auto.sqlite3",
        "contactos-20260301-080000-auto.sqlite3",
    ]
    open_session(where, auto_backup=False)
    settings.put("backup_keep", 2)
    create_contact(ContactData(first_name="Ana"))
    close_session()
    assert start_at(first + dt.timedelta(days=5)) == [
        "contactos-20260306-080000-auto.sqlite3",
        "contactos-20260302-080000-auto.sqlite3",
    ]
    # the newest automatic backup holds the database as it was that morning
    con = sqlite3.connect(where.backups / "contactos-20260306-080000-auto.sqlite3")
    assert con.execute("SELECT first_name FROM contact").fetchall() == [("Ana",)]
    con.close()


def test_reopening_the_same_database_keeps_data(where):
    open_session(where, auto_backup=False)
    create_contact(ContactData(first_name="Lucía"))
    close_session()
    open_session(where, auto_backup=False)
    try:
        assert Contact.get().first_name == "Lucía"
    finally:
        close_session()


def test_a_fixture_for_every_past_schema():
    past = range(1, LATEST)
    missing = [v for v in past if not (FIXTURES / f"schema_v{v}.sqlite3").exists()]
    assert missing == [], "add tests/fixtures/schema_vN.sqlite3 (make_schema_fixture.py)"


def test_words_the_program_wrote_become_kinds(where):
    """Migration 0004: 'Primer contacto' and 'Re-order follow-up: …' written in the
    language of the moment are stored as kinds, shown later in the reader's language."""
    from contactos.models import Activity

    where.ensure()
    shutil.copy(FIXTURES / "schema_v3.sqlite3", where.database)
    open_session(where, auto_backup=False)
    try:
        imported = Lead.get(Lead.title == "Alambre recocido")
        assert (imported.next_action_template, imported.next_action_what) == ("first-contact", "")
        kept = Lead.get(Lead.title == "Varilla corrugada")
        assert (kept.next_action_template, kept.next_action_what) == ("", "Llamar a José")
        reorder = Activity.get()
        assert (reorder.subject_template, reorder.subject) == ("reorder", "")
        assert kept.listed_on is None and kept.representada.currency == ""
    finally:
        close_session()


def test_reminders_of_a_schema_4_database(where):
    """Migration 0005: the table of reminders shown and snoozed is there, empty, and the
    follow-ups of schema 4 have their reminders."""
    from contactos import reminders
    from contactos.models import ReminderState

    where.ensure()
    shutil.copy(FIXTURES / "schema_v4.sqlite3", where.database)
    open_session(where, auto_backup=False)
    try:
        assert ReminderState.select().count() == 0
        lead = Lead.get(Lead.title == "Varilla corrugada")
        assert reminders.find(f"lead-{lead.id}").due == "2025-03-05"
        timed = reminders.find(f"lead-{Lead.get(Lead.title == 'Malla electrosoldada').id}")
        assert timed.due == "2025-04-03T11:00:00"
        assert timed.fire_at == dt.datetime(2025, 4, 3, 10, 50)
        commitment = reminders.find("commitment-1")
        assert (commitment.what, commitment.fire_at) == (
            "Enviar ficha técnica",
            dt.datetime(2025, 4, 2, 9, 0),
        )
    finally:
        close_session()


def test_commissions_of_a_schema_5_database(where, clock):
    """Migration 0006: a commission received before the ledger is its first entry, as
    recorded; a lead's rate unlike its representada's is its own (a new rate of the
    representada does not reach it), the others follow it while open."""
    from decimal import Decimal

    from contactos import commissions
    from contactos.actions import representadas
    from contactos.models import CommissionEntry, Representada

    clock.set(dt.datetime(2025, 6, 1, 9, 0))
    where.ensure()
    shutil.copy(FIXTURES / "schema_v5.sqlite3", where.database)
    open_session(where, auto_backup=False)
    try:
        won = Lead.get(Lead.title == "Perfil tubular")
        entry = CommissionEntry.get()
        assert (entry.lead_id, entry.kind, entry.date, entry.amount) == (
            won.id,
            "received",
            dt.date(2025, 5, 20),
            Decimal("500.00"),
        )
        ledger = commissions.ledger(won.id)
        assert (ledger.expected, ledger.received, ledger.outstanding, ledger.state) == (
            Decimal("750.00"),
            Decimal("500.00"),
            Decimal("250.00"),
            "partly-received",
        )
        assert ledger.won_on == dt.date(2025, 4, 20)
        own = Lead.get(Lead.title == "Clavos")
        assert (
            own.commission_rate_own
            and not Lead.get(Lead.title == "Varilla corrugada").commission_rate_own
        )
        assert Representada.get().payment_terms_days == 30
        representadas.edit(
            Representada.get().id, representadas.RepresentadaData(commission_rate="8")
        )
        rates = {lead.title: lead.commission_rate for lead in Lead.select()}
        assert rates["Varilla corrugada"] == Decimal("8")  # open, following
        assert rates["Clavos"] == Decimal("9")  # its own
        assert rates["Perfil tubular"] == Decimal("7.5")  # won with it
    finally:
        close_session()
