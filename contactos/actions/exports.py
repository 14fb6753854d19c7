"""Exporting, as a person asks for it: contacts, leads, the planned follow-ups or one
source's report, to a file whose extension says the format.

:func:`export` is the one function that the command line's ``contactos export`` and the
window's File → Export call: it finds the source by the name the person gave, reads
everything in one transaction (the file is one consistent picture of the database, even
while another program writes) and says what it wrote (:class:`Exported`). How each file
is written is :mod:`contactos.exporting`'s business.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from contactos import exporting
from contactos.actions import names
from contactos.exporting.files import ExportError
from contactos.i18n import QT_TRANSLATE_NOOP
from contactos.listing import LeadFilter
from contactos.models import Source, database

KINDS = exporting.EXPORT_KINDS


@dataclass(frozen=True)
class Exported:
    """What an export wrote: `count` contacts, leads or follow-ups (events) of `kind`
    to `path`; a source report counts its leads."""

    kind: str
    path: Path
    count: int


def export(
    kind: str,
    path: str | os.PathLike[str],
    *,
    source: str | None = None,
    status: str | None = None,
    days: int = 60,
    style: exporting.CsvStyle | None = None,
) -> Exported:
    """Write `kind` (one of KINDS) to `path`, in the format of its extension.

    `source` names the source of a source report; `status` keeps only the leads of that
    status; `days` is how far ahead the follow-ups go; `style` is the CSV style (by
    default the one Excel uses on this computer). Refusals are ExportErrors that say
    what to do; nothing is left at `path` then.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown export kind: {kind!r}")
    target = Path(path)
    with database.atomic():  # (one reading: a file that agrees with itself)
        source_id = _source(source).id if kind == "source-report" else None
        count = exporting.export_to(
            kind,
            target,
            source_id=source_id,
            flt=LeadFilter(status=status),
            days=days,
            style=style,
        )
    return Exported(kind, target, count)


def source_names() -> list[str]:
    """The sources a report can be asked for, by name."""
    return [name for (name,) in Source.select(Source.name).order_by(Source.name).tuples()]


def _source(name: str | None) -> Source:
    """The source called `name`: as written, else in any case."""
    if not name:
        raise ValueError("a source report needs the name of its source")
    found = names.source(name).row
    if found is not None:
        return found
    known = source_names()
    if not known:
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "There is no source called '{name}'."), name=name
        )
    raise ExportError(
        QT_TRANSLATE_NOOP(
            "Export", "There is no source called '{name}'. The sources are: {known}."
        ),
        name=name,
        known=", ".join(known),
    )
