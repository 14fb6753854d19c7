"""Importing a list, as a person does it: plan it (read, normalise, find duplicates), run
it (one transaction, with progress and cancel), undo an import, list the imports.

The command line and the import wizard call these and show what they return; neither
opens a transaction or writes a row itself.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from contactos.actions import names
from contactos.collector import collector_paused
from contactos.importing import duplicates, history, readers, values, writer
from contactos.importing import mapping as mappings
from contactos.importing.history import BatchRow, UndoResult
from contactos.importing.mapping import MappingChoice
from contactos.importing.plan import ImportOptions, Plan
from contactos.importing.readers import Table
from contactos.models import database

__all__ = [
    "BatchRow",
    "ImportPlan",
    "ImportRequest",
    "ImportedBatch",
    "MappingChoice",
    "UndoResult",
    "choose_mapping",
    "import_file",
    "list_imports",
    "plan_import",
    "run_import",
    "undo_import",
]


@dataclass
class ImportRequest:
    """What the person asks of an import, as they say it: the source and representada by
    name (a new name is created when the import runs, not before)."""

    source: str = ""
    representada: str = ""
    make_leads: bool = False
    tags: list[str] = field(default_factory=list)
    country: str = "MX"  # for phones without a prefix, and the currency of bare amounts
    on_duplicate: str = "skip"  # same e-mail or phone as a contact, or as a row above
    on_possible_duplicate: str = "create"  # only a similar name at the same company


@dataclass
class ImportPlan(Plan):
    """The dry run of one file: every row with its status and the choice for it (which
    the person may change before running it), how the file was read and mapped, and the
    values kept in the notes."""

    file_name: str = ""
    table: Table | None = None  # (its rows are gone once planned with `consume`)
    mapping: dict[int, str] = field(default_factory=dict)
    problems: list[dict[str, object]] = field(default_factory=list)
    request: ImportRequest = field(default_factory=ImportRequest)
    options: ImportOptions = field(default_factory=ImportOptions)


@dataclass(frozen=True, slots=True)
class ImportedBatch:
    """What an import wrote, as its batch keeps it."""

    id: int
    file_name: str
    created: int
    merged: int
    skipped: int
    rejected: int
    leads: int
    rejected_rows: list[dict[str, object]]  # {"line", "reason"}

    @classmethod
    def of(cls, batch) -> ImportedBatch:
        try:
            summary = json.loads(batch.summary or "{}")
        except ValueError:
            summary = {}
        return cls(
            id=batch.id,
            file_name=batch.file_name,
            created=batch.created_count,
            merged=batch.merged_count,
            skipped=batch.skipped_count,
            rejected=batch.rejected_count,
            leads=int(summary.get("leads", 0)),
            rejected_rows=list(summary.get("rejected_rows", [])),
        )


def choose_mapping(table: Table, source_name: str = "") -> MappingChoice:
    """The mapping a file starts from (see mapping.choose_mapping), for the source the
    person named (an existing one; a new name has nothing remembered)."""
    return mappings.choose_mapping(table, names.source(source_name).row)


def plan_import(
    table: Table,
    request: ImportRequest,
    mapping: dict[int, str] | None = None,
    *,
    file_name: str = "",
    consume: bool = False,
) -> ImportPlan:
    """The dry run: the rows normalised with `mapping` (the chosen one when None) and
    their duplicates found. Only reads; with `consume` the table's rows are let go as
    they are read (a large file is not held twice)."""
    options = ImportOptions(
        source=names.source(request.source).row,
        representada=names.representada(request.representada).row,
        make_leads=request.make_leads,
        tags=list(request.tags),
        country=request.country,
        on_duplicate=request.on_duplicate,
        on_possible_duplicate=request.on_possible_duplicate,
        file_name=file_name,
    )
    if mapping is None:
        mapping = mappings.choose_mapping(table, options.source).mapping
    with collector_paused():
        records, problems = values.normalize_rows(table, mapping, request.country, consume=consume)
        plan = duplicates.plan_rows(records, options)
    return ImportPlan(
        rows=plan.rows,
        currency=plan.currency,
        currency_origin=plan.currency_origin,
        currencies=plan.currencies,
        file_name=file_name,
        table=table,
        mapping=dict(mapping),
        problems=problems,
        request=request,
        options=options,
    )


def run_import(
    plan: ImportPlan,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportedBatch:
    """Import the plan, with the choices made on it, in one transaction: the source and
    representada named (created when new), the rows, the batch, and the mapping
    remembered for the source. writer.ImportCancelled (or any error) keeps nothing."""
    # IMMEDIATE: the write lock first (waiting for another writer, up to the busy
    # timeout); a transaction that reads and only then writes would fail at once if
    # another program had written meanwhile.
    with collector_paused(), database.atomic("IMMEDIATE"):
        options = dataclasses.replace(
            plan.options,
            source=names.source(plan.request.source, create=True).row,
            representada=names.representada(plan.request.representada, create=True).row,
        )
        batch = writer.write_plan(plan, options, progress=progress, cancelled=cancelled)
        table = plan.table
        if options.source is not None and table is not None and not table.preset_mapping:
            mappings.remember_mapping(options.source.id, table.headers, plan.mapping)
    return ImportedBatch.of(batch)


def import_file(
    path: Path,
    request: ImportRequest,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    overrides: list[str] | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[ImportPlan, ImportedBatch | None]:
    """Read, plan and (unless `dry_run`) import a file at once, as the command line does:
    the mapping chosen, with the person's COLUMN=FIELD `overrides`; the duplicates found
    and the rows written in one transaction that holds the write lock throughout, so
    that nothing written meanwhile escapes the duplicate search."""
    with collector_paused():
        table = readers.read_file(path, encoding=encoding, delimiter=delimiter, sheet=sheet)
        with database.atomic(None if dry_run else "IMMEDIATE"):
            choice = choose_mapping(table, request.source)
            mapping = mappings.apply_overrides(table.headers, choice.mapping, overrides or [])
            plan = plan_import(table, request, mapping, file_name=path.name, consume=True)
            if dry_run:
                return plan, None
            return plan, run_import(plan, progress=progress)


def undo_import(batch_id: int) -> UndoResult:
    """Undo an import as a whole, in one transaction (see history.undo_batch);
    ImportFailed when there is no such import or it was undone already."""
    with database.atomic("IMMEDIATE"):
        return history.undo_batch(batch_id)


def list_imports() -> list[BatchRow]:
    """Every import, newest first."""
    return history.batches()
