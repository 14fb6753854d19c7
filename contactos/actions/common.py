"""What every action shares: the transaction each one opens, finding the row it is about
(read again inside that transaction), and the refusal when that row is gone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError
from contactos.models import (
    Activity,
    BaseModel,
    Commitment,
    Contact,
    Impediment,
    Lead,
    Stage,
    database,
)

M = TypeVar("M", bound=BaseModel)

MISSING = {
    Lead: QT_TRANSLATE_NOOP("Actions", "There is no lead {id}."),
    Contact: QT_TRANSLATE_NOOP("Actions", "There is no contact {id}."),
    Activity: QT_TRANSLATE_NOOP("Actions", "There is no activity {id}."),
    Commitment: QT_TRANSLATE_NOOP("Actions", "There is no commitment {id}."),
    Impediment: QT_TRANSLATE_NOOP("Actions", "There is no impediment {id}."),
    Stage: QT_TRANSLATE_NOOP("Actions", "There is no stage {id}."),
}


class Missing(TranslatableError):
    """The lead, contact, activity... an action is about is not in the database (deleted
    meanwhile, an import undone, a wrong number on the command line)."""

    context = "Actions"
    field: str | None = None


@contextmanager
def transaction() -> Iterator[None]:
    """The one transaction of an action: everything it writes, or nothing. Inside another
    transaction (the demo, a test) it is a savepoint of that one."""
    with database.atomic():
        yield


def get(model: type[M], ref: M | int) -> M:
    """The row `ref` (a row or its id) as it is now in the database: a caller's copy may
    be stale, and a refused action must leave the caller's copy as it was."""
    row_id = ref.id if isinstance(ref, BaseModel) else ref
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise Missing(MISSING[model], id=row_id)
    return row


def row_ref(model: type[M], ref: M | int) -> M:
    """`ref` as a row the rules can look up again themselves (an undo: the rules say why
    it cannot be undone when the row is gone, rather than that it is missing)."""
    return ref if isinstance(ref, BaseModel) else model(id=ref)
