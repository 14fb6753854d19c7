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


DIFFERENCE_KINDS = {
    "underpaid": QT_TRANSLATE_NOOP("Export", "Commission lower than agreed"),
    "missing": QT_TRANSLATE_NOOP("Export", "Won, missing from the statement"),
    "unmatched": QT_TRANSLATE_NOOP("Export", "Matches no won lead"),
}


def export_differences(result: Reconciliation, path: str | Path) -> int:
    """The differences of a reconciled statement, to send back to the representada: an
    Excel workbook for a .xlsx name, else CSV as Excel reads it here. Returns the number
    of lines written."""
    from contactos.exporting.files import write_csv, write_xlsx
    from contactos.i18n import translate

    # The kind of each difference in words, for the person who reads the file.
    rows = [
        [translate("Export", DIFFERENCE_KINDS[row[0]]), *row[1:]]
        for row in statements.differences_rows(result)
    ]
    if str(path).lower().endswith(".xlsx"):
        title = QT_TRANSLATE_NOOP("Export", "Differences")
        return write_xlsx(path, title, statements.DIFFERENCE_HEADERS, rows)
    return write_csv(path, statements.DIFFERENCE_HEADERS, rows)
