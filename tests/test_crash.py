"""An unexpected error in the window: the rotating private log, and the dialog that says
what happened, that the saved data is intact and where the log is (ui/crash.py), raised
for real through the excepthook the program installs."""

from __future__ import annotations

import faulthandler
import logging
import os
import stat
import sys

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from contactos import logfile
from contactos.paths import resolve_paths

pytestmark = pytest.mark.qt_no_exception_capture  # (the program's own hook handles them)


@pytest.fixture
def where(tmp_path):
    return resolve_paths(tmp_path / "Begoña Núñez" / "data")


@pytest.fixture
def program_hooks(where, monkeypatch):
    """ui.app's logging and excepthook, as the program installs them; put back after."""
    from ui import app, crash

    kept: list = []
    monkeypatch.setattr(faulthandler, "enable", kept.append)  # (the test run keeps its own)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "log_file", None)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    app.setup_logging(where)
    app.install_excepthook()
    yield where.logs / "contactos.log"
    for handler in set(root.handlers) - set(handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    for file in kept:
        file.close()


def boom() -> None:
    raise RuntimeError("la impresora se incendió")


def raise_in_the_event_loop(qtbot, read) -> list:
    """Raise from a Qt slot, as a bug in a dialog or a view would; `read(dialog)` runs on
    the crash dialog while it is open."""
    seen: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(read(dialog))
        dialog.close_button.click()

    QTimer.singleShot(0, boom)
    QTimer.singleShot(10, poll)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.wait(50)  # (the slot that raised returns once the dialog is closed)
    return seen


def test_an_unexpected_error_shows_what_happened_and_where_the_log_is(qtbot, program_hooks):
    log_file = program_hooks

    def read(dialog):
        dialog.copy_button.click()
        return {
            "title": dialog.windowTitle(),
            "heading": dialog.heading.text(),
            "what": dialog.what.text(),
            "intact": dialog.intact.text(),
            "where": dialog.where.text(),
            "copied": dialog.copied.text(),
            "clipboard": QGuiApplication.clipboard().text(),
            "visible": dialog.isVisible(),
        }

    (seen,) = raise_in_the_event_loop(qtbot, read)
    assert seen["visible"]
    assert seen["title"] == "Contactos — unexpected error"
    assert seen["what"] == "What happened: RuntimeError: la impresora se incendió"
    assert seen["intact"].startswith("The data saved so far is intact.")
    assert "may not have been saved" in seen["intact"]
    assert seen["where"] == f"The details were written to the log: {log_file}"
    # Copy details: the versions, the log's place and the traceback, for a support request.
    clipboard = seen["clipboard"]
    assert clipboard.startswith("Contactos 0.1.0 (")
    assert f"Log: {log_file}" in clipboard
    assert "in boom" in clipboard and "RuntimeError: la impresora se incendió" in clipboard
    assert seen["copied"].startswith("The details were copied")
    # The log has it too, and is the owner's only.
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL ui.app: unexpected error" in text and "in boom" in text
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_the_dialog_speaks_spanish(qtbot, program_hooks, qapp):
    from ui import translation

    locale = QLocale()
    installed = translation.install(qapp, "es")
    try:
        (seen,) = raise_in_the_event_loop(
            qtbot,
            lambda d: (d.windowTitle(), d.what.text(), d.intact.text(), d.copy_button.text()),
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        translation.i18n.install(None)
        QLocale.setDefault(locale)
    title, what, intact, copy = seen
    assert title == "Contactos — error inesperado"
    assert what == "Qué pasó: RuntimeError: la impresora se incendió"
    assert intact.startswith("Los datos guardados hasta ahora están intactos.")
    assert copy == "Co&piar los detalles"


def test_a_second_error_while_the_dialog_is_open_is_only_logged(qtbot, program_hooks):
    dialogs: list = []

    def read(dialog):
        boom_again = RuntimeError("otra vez")
        sys.excepthook(RuntimeError, boom_again, None)  # (returns at once: one dialog)
        dialogs.append(QApplication.activeModalWidget())
        return dialog

    (first,) = raise_in_the_event_loop(qtbot, read)
    assert dialogs == [first]
    assert "otra vez" in program_hooks.read_text(encoding="utf-8")


def test_the_log_rotates_and_every_file_stays_private(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir()
    handler = logfile.handler(folder, max_bytes=2_000, backups=2)
    logger = logging.getLogger("contactos.test.rotation")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(200):
            logger.warning("line %d for Begoña Núñez", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
        logger.propagate = True
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["contactos.log", "contactos.log.1", "contactos.log.2"]
    for path in folder.iterdir():
        assert path.stat().st_size <= 2_000 + 100
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "line 199" in (folder / "contactos.log").read_text(encoding="utf-8")
