"""Putting a backup back from the window: File → Restore a backup…, the offer made at
start when the database cannot be read, and damage or a full disk met while working.
Driven through the dialog's real widgets."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest
from helpers import click, digest, when_modal
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from contactos import backup, storage
from contactos.contacts import ContactData, create_contact
from contactos.models import Contact, database
from contactos.session import close_session, open_session
from ui.dialogs.common import format_date
from ui.dialogs.restore_dialog import RestoreDialog, size_text, when_text

FULL = "The disk is full: nothing was written. Free some space on the disk and try again."


def short_time(hour: int, minute: int) -> str:
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


@pytest.fixture
def saved(where, clock):
    """Backups of 1 March (Ana) and 2 March (Ana, Luis); the database has Eva too."""
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
    clock.set(dt.datetime(2026, 3, 3, 8, 0))
    return first, second


def names() -> list[str]:
    return [c.first_name for c in Contact.select().order_by(Contact.id)]


def rows(dialog: RestoreDialog) -> list[list[str]]:
    view = dialog.view
    return [
        [view.topLevelItem(r).text(c) for c in range(view.columnCount())]
        for r in range(view.topLevelItemCount())
    ]


@pytest.fixture
def window(qtbot, where, saved):
    from ui.mainwindow import MainWindow

    open_session(where, auto_backup=False)
    win = MainWindow(where)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.is_loaded)
    yield win
    close_session()


# --- File → Restore a backup… ---------------------------------------------------------


def test_file_menu_restores_the_chosen_backup_saving_the_current_one(qtbot, window, saved):
    first, second = saved
    file_menu = window.menuBar().actions()[0].menu()
    assert window.restore_action in file_menu.actions()
    assert window.restore_action.text() == "&Restore a backup…"

    def choose_older(dialog: RestoreDialog) -> None:
        assert dialog.windowTitle() == "Restore a backup"
        assert "saved first" in dialog.explanation.text()
        assert dialog.view.currentItem() is dialog.view.topLevelItem(0)  # the newest
        dialog.view.setCurrentItem(dialog.view.topLevelItem(1))
        click(qtbot, dialog.restore_button)

    seen = when_modal(choose_older)
    window.restore_action.trigger()
    seen.check()
    assert not seen[0].isVisible()
    assert names() == ["Ana"]
    message = window.statusBar().currentMessage()
    assert message.startswith(
        f"Restored the backup of {when_text(dt.datetime(2026, 3, 1, 9, 30))}."
    )
    kept = [b for b in backup.backups(window.paths) if b.kind == "pre-restore"]
    assert len(kept) == 1 and kept[0].path.name in message
    con = sqlite3.connect(kept[0].path)
    assert [n for (n,) in con.execute("SELECT first_name FROM contact")] == ["Ana", "Luis", "Eva"]
    con.close()
    assert window.current == "today"


def test_cancel_restores_nothing(qtbot, window):
    seen = when_modal(lambda dialog: click(qtbot, dialog.cancel_button))
    window.restore_action.trigger()
    seen.check()
    assert names() == ["Ana", "Luis", "Eva"]
    assert not [b for b in backup.backups(window.paths) if b.kind == "pre-restore"]


def test_a_refused_backup_says_why_and_the_dialog_stays(qtbot, window, where, saved):
    bad = where.backups / "contactos-20260302-200000-manual.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    dialog = RestoreDialog(window, where)
    qtbot.addWidget(dialog)
    dialog.show()
    assert Path(dialog.view.currentItem().data(0, Qt.ItemDataRole.UserRole)) == bad
    click(qtbot, dialog.restore_button)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "is damaged or not a Contactos database" in dialog.error.text()
    assert names() == ["Ana", "Luis", "Eva"]
    dialog.view.setCurrentItem(dialog.view.topLevelItem(1))
    click(qtbot, dialog.restore_button)
    assert not dialog.isVisible() and names() == ["Ana", "Luis"]


def test_no_backups_and_another_file(qtbot, where, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    db = open_session(where, auto_backup=False)
    try:
        create_contact(ContactData(first_name="Ana"))
        elsewhere = tmp_path / "usb" / "copia.sqlite3"
        elsewhere.parent.mkdir()
        backup.backend.backup_to(db, elsewhere)
        create_contact(ContactData(first_name="Luis"))
        for path in where.backups.iterdir():
            path.unlink()
        dialog = RestoreDialog(None, where)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.view.isHidden() and dialog.empty_label.isVisible()
        assert str(where.backups) in dialog.empty_label.text()
        assert not dialog.restore_button.isEnabled()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(elsewhere), ""))
        click(qtbot, dialog.other_button)
        assert not dialog.isVisible()
        assert dialog.result_message.startswith(f"Restored {elsewhere}.")
        assert names() == ["Ana"]
    finally:
        close_session()


# --- At start: a database that cannot be read -----------------------------------------


def test_at_start_a_damaged_database_offers_the_backups(qtbot, where, saved):
    from ui.app import open_database

    first, second = saved
    where.database.write_bytes(b"")  # (a cloud-sync placeholder)

    def choose(dialog: RestoreDialog) -> None:
        assert not dialog.is_open
        heading = dialog.heading.text()
        assert "Your database cannot be read." in heading and str(where.database) in heading
        assert "not deleted" in dialog.explanation.text()
        assert "SQLite" not in heading and "contactos restore" not in heading
        size = size_text(second.stat().st_size)
        second_day, first_day = dt.datetime(2026, 3, 2, 17, 45), dt.datetime(2026, 3, 1, 9, 30)
        assert rows(dialog) == [
            [format_date(second_day), short_time(17, 45), size, "made by hand"],
            [
                format_date(first_day),
                short_time(9, 30),
                size_text(first.stat().st_size),
                "automatic",
            ],
        ]
        assert dialog.cancel_button.text() == "&Quit"
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # (Restore is the default)

    seen = when_modal(choose)
    try:
        message = open_database(where)
        seen.check()
        assert names() == ["Ana", "Luis"]
    finally:
        close_session()
    aside = sorted(where.data_dir.glob("contactos-damaged-*.sqlite3"))
    assert len(aside) == 1 and aside[0].stat().st_size == 0
    assert message == (
        f"Restored the backup of {when_text(dt.datetime(2026, 3, 2, 17, 45))}. "
        f"The damaged database was kept as {aside[0].name}."
    )


def test_at_start_quitting_leaves_the_damaged_file_as_it_is(qtbot, where, saved):
    from ui.app import open_database

    where.database.write_bytes(b"not a database" * 300)
    before = digest(where.database)
    listing = sorted(p.name for p in where.data_dir.rglob("*"))
    seen = when_modal(lambda dialog: click(qtbot, dialog.cancel_button))
    assert open_database(where) is None
    seen.check()
    assert digest(where.database) == before
    assert sorted(p.name for p in where.data_dir.rglob("*")) == listing


def test_at_start_a_newer_database_keeps_its_own_message(qtbot, where, saved):
    from ui.app import open_database

    con = sqlite3.connect(where.database)
    con.execute("INSERT INTO schema_migration (name, applied) VALUES ('0099_x', '2030-01-01')")
    con.commit()
    con.close()
    texts: list[str] = []

    def read(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    when_modal(read, QMessageBox)
    assert open_database(where) is None
    assert "written by a newer version of Contactos" in texts[0]


def test_restore_dialog_in_spanish(qtbot, where, saved, in_spanish):
    where.database.write_bytes(b"")
    with pytest.raises(storage.DatabaseDamaged) as info:
        open_session(where)
    dialog = RestoreDialog(None, where, damaged=info.value, is_open=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Restaurar una copia de seguridad"
    assert "No se puede leer su base de datos." in dialog.heading.text()
    header = dialog.view.headerItem()
    assert [header.text(c) for c in range(4)] == ["Fecha", "Hora", "Tamaño", "Tipo"]
    assert [[row[0], row[3]] for row in rows(dialog)] == [
        ["02/03/2026", "hecha a mano"],
        ["01/03/2026", "automática"],
    ]
    # (Mexico writes 5:45 p. m.; the time is the locale's, not the program's)
    assert rows(dialog)[0][1].replace("\u202f", " ") in ("17:45", "5:45 p.m.", "5:45 p. m.")
    size = saved[1].stat().st_size
    assert size > 100 * 1024  # (the size is said in kB, as the locale writes it)
    assert rows(dialog)[0][2] == f"{round(size / 1024)} kB"
    texts = [b.text() for b in dialog.buttons.buttons()]
    assert "&Restaurar" in texts and "&Salir" in texts
    assert dialog.buttons.buttonRole(dialog.restore_button) == (
        QDialogButtonBox.ButtonRole.AcceptRole
    )


# --- While working: damage found, a full disk -----------------------------------------


@pytest.fixture
def excepthook(monkeypatch):
    from ui.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # (put back after the test)
    install_excepthook()
    return sys.excepthook


def test_damage_found_while_working_offers_the_backups(qtbot, window, excepthook, where):
    error = sqlite3.DatabaseError("database disk image is malformed")

    def choose(dialog: RestoreDialog) -> None:
        assert "Your database cannot be read." in dialog.heading.text()
        assert "saved first" in dialog.explanation.text()
        dialog.view.setCurrentItem(dialog.view.topLevelItem(1))
        click(qtbot, dialog.restore_button)

    seen = when_modal(choose)
    excepthook(type(error), error, None)
    seen.check()
    assert names() == ["Ana"]
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Restored the backup of {when_text(dt.datetime(2026, 3, 1, 9, 30))}.")
    )


def test_a_full_disk_is_said_not_something_went_wrong(qtbot, window, excepthook, monkeypatch):
    texts: list[str] = []

    def read(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    when_modal(read, QMessageBox)
    error = sqlite3.OperationalError("database or disk is full")
    excepthook(type(error), error, None)
    assert texts == [FULL]
    when_modal(read, QMessageBox)
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorname = "SQLITE_IOERR_WRITE"  # (a failing stick, not a full disk)
    excepthook(type(error), error, None)
    assert "cannot be read or written just now (disk I/O error)" in texts[1]
    del texts[1]

    # Back up now on a full disk: said, and no file left behind.
    connect = sqlite3.connect

    def small(target, *args, **kwargs):
        con = connect(target, *args, **kwargs)
        if str(target).endswith(".part"):
            con.execute("PRAGMA max_page_count = 3")
        return con

    monkeypatch.setattr(backup.backend.sqlite3, "connect", small)
    before = sorted(window.paths.backups.iterdir())
    when_modal(read, QMessageBox)
    window.backup_action.trigger()
    assert texts[1] == FULL
    assert sorted(window.paths.backups.iterdir()) == before


def test_import_on_a_full_disk_says_so(qtbot, window, tmp_path, monkeypatch):
    """The wizard's worker (its own connection) meets SQLite's 'disk is full'."""
    from contactos.actions import imports
    from contactos.importing import readers
    from ui.dialogs.import_workers import ImportWorker

    path = tmp_path / "lista.csv"
    rows_ = ["Nombre;Correo;Notas"] + [
        f"Cliente{i};c{i}@ejemplo.mx;{'nota ' * 60}" for i in range(2000)
    ]
    path.write_text("\n".join(rows_) + "\n", encoding="utf-8")
    table = readers.read_file(path)
    request = imports.ImportRequest(source="Nueva", country="MX")
    plan = imports.plan_import(table, request, file_name=path.name)
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    pragmas = [*database.obj._pragmas, ("max_page_count", pages + 4)]
    monkeypatch.setattr(database.obj, "_pragmas", pragmas)  # (the worker's connection)
    worker = ImportWorker(plan)
    failed: list[str] = []
    worker.failed.connect(failed.append, Qt.ConnectionType.DirectConnection)
    worker.start()
    qtbot.waitUntil(worker.isFinished, timeout=20000)
    assert failed == [FULL]
    assert names() == ["Ana", "Luis", "Eva"]
