"""Pipeline stages and how long a lead may sit in each with nothing logged."""

from __future__ import annotations

from collections.abc import Callable

from contactos.i18n import QT_TRANSLATE_NOOP
from contactos.models import Stage, database

# (key, name, stale days). Names are stored in English and translated for display.
DEFAULT_STAGES = [
    ("new", QT_TRANSLATE_NOOP("Stage", "New"), 2),
    ("contacted", QT_TRANSLATE_NOOP("Stage", "Contacted"), 7),
    ("proposal", QT_TRANSLATE_NOOP("Stage", "Proposal sent"), 10),
    ("negotiation", QT_TRANSLATE_NOOP("Stage", "Negotiation"), 14),
    ("closing", QT_TRANSLATE_NOOP("Stage", "Closing"), 7),
]


def seed_defaults() -> None:
    """Create the default stages in an empty database (never touches existing ones)."""
    with database.atomic():
        if Stage.select().exists():
            return
        for position, (key, name, stale) in enumerate(DEFAULT_STAGES):
            Stage.create(key=key, name=name, position=position, stale_days=stale)


def ordered() -> list[Stage]:
    return list(Stage.select().where(Stage.active).order_by(Stage.position, Stage.id))


def first() -> Stage:
    return Stage.select().where(Stage.active).order_by(Stage.position, Stage.id).get()


def by_key_or_name(text: str, also: Callable[[Stage], str] | None = None) -> Stage | None:
    """The stage a person names: by its key (`proposal`), its name, or `also(stage)` (its
    name in the reader's language), in any case; None when none is called so."""
    value = text.strip().casefold()
    for stage in Stage.select().order_by(Stage.position, Stage.id):
        names = {stage.key, stage.name, also(stage) if also else stage.name}
        if value in {name.casefold() for name in names}:
            return stage
    return None
