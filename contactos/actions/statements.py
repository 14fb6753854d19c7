"""Reconciling a representada's statement (issue 13, item 3): read it and compare it with
the won leads (writes nothing), record what it proves as one batch, undo that batch
(contactos.statements)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from contactos import representadas, statements
from contactos.actions.common import transaction
from contactos.i18n import QT_TRANSLATE_NOOP
from contactos.models import CommissionEntry, Representada
from contactos.statements import Reconciliation, StatementError


@dataclass(frozen=True)
class Recorded:
    batch: str
    entries: tuple[CommissionEntry, ...]


def _representada(ref: Representada | int | str) -> Representada:
    row = representadas.find(ref.id if isinstance(ref, Representada) else ref)
    if row is None:
        raise StatementError(
            QT_TRANSLATE_NOOP("Statements", "There is no representada '{ref}'."), ref=ref
        )
    return row


def reconcile(
    path: str | Path, representada: Representada | int | str, mapping: dict[int, str] | None = None
) -> Reconciliation:
    """The statement read and compared with the representada's won leads (no write)."""
    rep = _representada(representada)
    table, used, lines = statements.read_lines(path, mapping, rep)
    result = statements.reconcile(rep, lines)
    result.mapping, result.headers = used, list(table.headers)
    return result


def record(result: Reconciliation, file_name: str = "") -> Recorded:
    """The commissions the statement proves, recorded as one batch (the mapping used is
    remembered for the representada's next statement)."""
    with transaction():
        batch, made = statements.record(result, file_name)
    return Recorded(batch, tuple(made))


def undo(batch: str, reason: str) -> int:
    with transaction():
        return statements.undo(batch, reason)
