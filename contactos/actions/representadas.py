"""The companies the agent sells for (issue 13, item 1): add, edit, archive and restore a
representada. A new rate reaches the representada's open leads whose rate is not their
own; won and lost leads keep theirs (see contactos.representadas)."""

from __future__ import annotations

from dataclasses import dataclass

from contactos import representadas
from contactos.actions.common import transaction
from contactos.i18n import QT_TRANSLATE_NOOP
from contactos.models import Representada
from contactos.representadas import RepresentadaData, RepresentadaError

__all__ = ["RepresentadaData", "RepresentadaError", "Saved", "add", "archive", "edit", "restore"]


@dataclass(frozen=True)
class Saved:
    representada: Representada
    leads_following: int = 0  # open leads that took its new rate


def _get(ref: Representada | int | str) -> Representada:
    key = ref.id if isinstance(ref, Representada) else ref
    row = representadas.find(key)
    if row is None:
        raise RepresentadaError(
            QT_TRANSLATE_NOOP("Representadas", "There is no representada '{ref}'."), ref=key
        )
    return row


def add(data: RepresentadaData) -> Saved:
    with transaction():
        row = representadas.create(data)
    return Saved(row)


def edit(ref: Representada | int | str, data: RepresentadaData) -> Saved:
    with transaction():
        row, moved = representadas.update(_get(ref), data)
    return Saved(row, moved)


def archive(ref: Representada | int | str) -> Saved:
    """Archived: not offered for new leads or imports; its leads keep it."""
    with transaction():
        row = representadas.set_active(_get(ref), False)
    return Saved(row)


def restore(ref: Representada | int | str) -> Saved:
    with transaction():
        row = representadas.set_active(_get(ref), True)
    return Saved(row)
