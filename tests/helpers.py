"""Helpers the tests share: driving real widgets as a person does (typing accented text,
clicking, answering the modal dialog that is about to open), proving that a refusal wrote
nothing, and digests of files and databases. Fixtures are in conftest.py; these are
plain functions: `from helpers import type_text, when_modal`."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent  # (the project: where `ui.launcher` runs)


# --- Driving widgets --------------------------------------------------------------------


def type_text(widget, text: str) -> None:
    """Type like a person, accents included (Qt 6.12's keyClicks aborts the whole test
    process on a non-ASCII character); a line break is the Return key."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def click(qtbot, button) -> None:
    """Click a button; a check box or a radio button on its indicator (a row-wide one
    does not react to a click in the empty space right of its text)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    if isinstance(button, QCheckBox | QRadioButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, dialog):
    """Show a dialog without its event loop (the test drives it), closed after the test."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def show_window(qtbot, paths):
    """The main window on `paths`, shown at 1280x800 and loaded, closed after the test."""
    from ui.mainwindow import MainWindow

    window = MainWindow(paths)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_loaded)
    return window


class Modal(list):
    """The dialogs `when_modal` acted on, with the text each one showed (`texts`: a
    message box's text, read while it was open); `check()` raises what failed inside the
    action."""

    failure: BaseException | None = None

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def check(self) -> None:
        if self.failure is not None:
            raise self.failure
        assert self, "no modal dialog was shown"


def when_modal(action: Callable, kind: type | None = None, attempts: int = 500) -> Modal:
    """Run `action(dialog)` on the next modal dialog (of `kind`, if given) once it is
    open, looking every 20 ms, `attempts` times at most (so a dialog that never comes
    cannot be answered in a later test). A failing action rejects the dialog, so the test
    fails instead of hanging."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    done = Modal()

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)):
            if left > 0:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        done.append(dialog)
        text = getattr(dialog, "text", None)
        done.texts.append(text() if callable(text) else "")
        try:
            action(dialog)
        except BaseException as exc:
            done.failure = exc
            if dialog.isVisible():
                dialog.reject()
            raise

    QTimer.singleShot(0, lambda: poll(attempts))
    return done


def when_popup(action: Callable) -> None:
    """Run `action(popup)` on the pop-up (a menu, a completer) once it is open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, poll)
            return
        action(popup)

    QTimer.singleShot(0, poll)


# --- What the database holds --------------------------------------------------------------


def snapshot() -> dict[str, object]:
    """Every table's rows, to prove that a refusal wrote nothing."""
    from contactos.models import MODELS

    return {m.__name__: sorted(map(str, m.select().tuples())) for m in MODELS}


def refused(call, *args, field: str | None = None, says: str | None = None, **kwargs):
    """`call(*args, **kwargs)` is refused by a rule with a message a person can read
    (naming `field`, saying `says`), and nothing was written. Returns the error."""
    from contactos.rules import FollowUpError

    before = snapshot()
    with pytest.raises(FollowUpError) as info:
        call(*args, **kwargs)
    assert snapshot() == before, "a refused change wrote something"
    assert str(info.value)  # a message a person can read
    if field is not None:
        assert info.value.field == field
    if says is not None:
        assert says in info.value.message
    return info.value


def digest(path: Path) -> str:
    """The file's bytes, as a digest."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def database_digest(path: Path) -> str:
    """A database's content (dumped, so the state of its WAL file does not matter); of
    a data folder, its database's."""
    if path.is_dir():
        path = path / "contactos.sqlite3"
    con = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


# --- The real program in a process of its own -------------------------------------------


def program_env(**extra: str) -> dict[str, str]:
    """The environment to start the real program in: offscreen, this source tree."""
    values = dict(os.environ)
    values["QT_QPA_PLATFORM"] = "offscreen"
    values["PYTHONPATH"] = str(ROOT)
    values.update(extra)
    return values
