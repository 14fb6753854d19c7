"""Taking back what was just done: the window's undo stack (Edit → Undo, Ctrl+Z).

A change that happens at once, without a dialog to confirm it (D on a commitment in
Today, a reschedule from Today; later a reminder's *Done* or a drag on the calendar or the
board), is done first through its action (`contactos.actions`) as usual, and then
recorded here as a :class:`Change`: what it was, in the person's words, and the action
that reverts it (`followups.undo_reschedule`, `checklist.reopen_commitment`: its own
transaction, and its own refusal when the thing was changed again since). The window
says what happened in the status bar, with Ctrl+Z to undo it.

A view that makes such a change emits it (a ``Signal(object)`` named ``undoable``); the
main window records it. Nothing here writes to the database itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """A change just made: `description` says what it was (translated, e.g. "Commitment
    kept: Send the plans"); `revert` puts back what it changed, or raises a
    TranslatableError that says why it cannot."""

    description: str
    revert: Callable[[], object]


class UndoStack(QObject):
    """The changes that can be undone, newest last (at most LIMIT are kept)."""

    changed = Signal()
    LIMIT = 50

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes: list[Change] = []

    def push(self, change: Change) -> None:
        self._changes.append(change)
        del self._changes[: -self.LIMIT]
        self.changed.emit()

    def next_change(self) -> Change | None:
        """The change Ctrl+Z would undo."""
        return self._changes[-1] if self._changes else None

    def undo(self) -> Change | None:
        """Undo the newest change. It leaves the stack whether or not its revert was
        refused (a refused one cannot be tried again: the thing was changed since);
        a refusal is raised for the caller to show."""
        if not self._changes:
            return None
        change = self._changes.pop()
        self.changed.emit()
        log.info("undo: %s", change.description)
        change.revert()
        return change

    def clear(self) -> None:
        self._changes.clear()
        self.changed.emit()

    def __len__(self) -> int:
        return len(self._changes)
