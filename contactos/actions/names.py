"""The one way to find, or create, a representada, a source or a tag by its name.

A representada or a source is found in any case ("tolteca" finds "Tolteca"; the exact
spelling wins when two differ only in case) and, when asked, created with the name as
written (trimmed). A tag is found by its exact name: tags are labels, "VIP" and "vip"
stay apart as the person wrote them.

These helpers write inside the caller's transaction (an action's, an import's): a name
typed in a dialog whose save is refused is not kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from contactos.models import Representada, Source, Tag

R = TypeVar("R", Representada, Source, Tag)


@dataclass(frozen=True)
class Named(Generic[R]):
    """What a name led to: the row (None for no name, or none found when not creating),
    and whether it was created just now."""

    row: R | None
    created: bool = False

    @property
    def name(self) -> str:
        return self.row.name if self.row is not None else ""


def _clean(name: str | None) -> str:
    return (name or "").strip()


def _find_any_case(model: type[R], name: str) -> R | None:
    exact = model.get_or_none(model.name == name)
    if exact is not None:
        return exact
    wanted = name.casefold()
    for row in model.select().order_by(model.id):
        if row.name.casefold() == wanted:
            return row
    return None


def _named(model: type[R], name: str | None, create: bool, details: dict) -> Named[R]:
    name = _clean(name)
    if not name:
        return Named(None)
    row = _find_any_case(model, name)
    if row is not None or not create:
        return Named(row)
    return Named(model.create(name=name, **details), created=True)


def representada(
    name: str | None, *, create: bool = False, **details: object
) -> Named[Representada]:
    """The representada called `name` (any case); created when `create` and new, with
    `details` (commission_rate, reorder_days, currency, notes) for the new one."""
    return _named(Representada, name, create, details)


def source(name: str | None, *, create: bool = False, **details: object) -> Named[Source]:
    """The source called `name` (any case); created when `create` and new, with
    `details` (kind, currency, notes) for the new one."""
    return _named(Source, name, create, details)


def tag(name: str | None, *, create: bool = False) -> Named[Tag]:
    """The tag called exactly `name` (trimmed); created when `create` and new."""
    name = _clean(name)
    if not name:
        return Named(None)
    row = Tag.get_or_none(Tag.name == name)
    if row is not None or not create:
        return Named(row)
    return Named(Tag.create(name=name), created=True)


def tags(names: Iterable[str], *, create: bool = True) -> list[Tag]:
    """The tags called `names` (each once, blanks left out), created when new; in the
    order of their names, so that new tags get their ids in a reproducible order."""
    found = (tag(name, create=create).row for name in sorted({_clean(n) for n in names} - {""}))
    return [row for row in found if row is not None]
