"""The command-line side of import: `contactos import`, `imports` and `undo-import`.
Registered by contactos.cli (`export` is in contactos.export_commands). Each reads its
arguments, calls one action (contactos.actions) and prints what it returns."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from contactos.i18n import TranslatableError, translate


class CommandError(TranslatableError):
    context = "Import"


def add_parsers(command) -> None:
    p = command(
        "import", translate("CLI", "import contacts (or leads) from a CSV, Excel or vCard file")
    )
    p.add_argument(
        "file",
        type=Path,
        metavar=translate("CLI", "FILE"),
        help=translate("CLI", "the file to import"),
    )
    p.add_argument(
        "--source",
        metavar=translate("CLI", "NAME"),
        help=translate("CLI", "the distributor, list or campaign it came from"),
    )
    p.add_argument(
        "--representada",
        metavar=translate("CLI", "NAME"),
        help=translate("CLI", "the company the leads are for"),
    )
    p.add_argument(
        "--leads", action="store_true", help=translate("CLI", "make each row a lead as well")
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar=translate("CLI", "COLUMN=FIELD"),
        help=translate("CLI", "map a column (its header or number) to a field; repeatable"),
    )
    p.add_argument(
        "--encoding",
        metavar=translate("CLI", "ENCODING"),
        help=translate("CLI", "the file's encoding (detected when not given)"),
    )
    p.add_argument(
        "--delimiter",
        metavar=translate("CLI", "DELIMITER"),
        help=translate("CLI", "the CSV delimiter (detected when not given)"),
    )
    p.add_argument(
        "--sheet",
        metavar=translate("CLI", "SHEET"),
        help=translate("CLI", "the sheet of an .xlsx file (the first by default)"),
    )
    p.add_argument(
        "--country",
        metavar=translate("CLI", "CC"),
        help=translate("CLI", "country for phone numbers without a prefix (e.g. MX)"),
    )
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar=translate("CLI", "TAG"),
        help=translate("CLI", "tag every imported contact"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CLI", "show what would happen, write nothing"),
    )
    p.add_argument(
        "--on-duplicate",
        choices=("skip", "merge", "create"),
        default="skip",
        help=translate(
            "CLI",
            "a row with the e-mail or phone of a contact (or of a row above): skip it "
            "(default), merge it into that contact, or create it anyway",
        ),
    )
    p.add_argument(
        "--on-possible-duplicate",
        choices=("skip", "merge", "create"),
        default="create",
        help=translate(
            "CLI",
            "a row whose only likeness is a similar name at the same company: create it "
            "(default; it is listed for you to check), skip it or merge it",
        ),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("CLI", "print the summary as JSON")
    )
    p.add_argument(
        "--progress", action="store_true", help=translate("CLI", "print progress on stderr")
    )

    p = command("imports", translate("CLI", "list the import batches"))
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))

    p = command("undo-import", translate("CLI", "undo an import batch as a whole"))
    p.add_argument(
        "batch",
        type=int,
        metavar=translate("CLI", "BATCH"),
        help=translate("CLI", "the batch's number"),
    )


def cmd_import(args, settings_country: str) -> int:
    from contactos.actions import imports
    from contactos.importing import readers

    request = imports.ImportRequest(
        source=args.source or "",
        representada=args.representada or "",
        make_leads=args.leads,
        tags=args.tag,
        country=(args.country or settings_country).upper(),
        on_duplicate=args.on_duplicate,
        on_possible_duplicate=args.on_possible_duplicate,
    )
    report = None
    if args.progress and not args.dry_run:

        def report(done: int, total: int) -> None:
            print(f"{done}/{total}", file=sys.stderr, flush=True)

    plan, batch = imports.import_file(
        args.file,
        request,
        encoding=args.encoding,
        delimiter=args.delimiter,
        sheet=args.sheet,
        overrides=args.map,
        dry_run=args.dry_run,
        progress=report,
    )
    table = plan.table
    summary = {
        "file": str(args.file),
        "encoding": table.encoding,
        "encoding_name": readers.encoding_name(table.encoding) or None,
        "delimiter": table.delimiter,
        "header_row": table.header_row,
        "sheet": table.sheet,
        "mapping": {table.headers[i]: f for i, f in sorted(plan.mapping.items())},
        "currency": plan.currency,
        "currency_from": plan.currency_origin,
        "currencies": plan.currencies,
        **plan.counts(),
        "duplicates": [
            {
                "line": r.line,
                "status": r.status,
                "reason": r.reason,
                "choice": r.choice,
                "contact": r.match_contact_id,
                "same_as_line": r.match_line,
            }
            for r in plan.rows
            if r.status in ("duplicate", "duplicate_in_file", "possible_duplicate")
        ],
        "rejected": plan.rejected(),
        "problems": plan.problems,
        "left_out": readers.left_out(table),
        "dry_run": bool(args.dry_run),
    }
    if batch is None:
        summary.update(created=0, merged=0, skipped=0, batch=None)
    else:
        summary.update(
            created=batch.created, merged=batch.merged, skipped=batch.skipped, batch=batch.id
        )
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2, default=str)
        print()
    else:
        if args.dry_run:
            line = translate(
                "Import",
                "Dry run. New: {new}; already contacts: {duplicate}; repeated in the file: "
                "{in_file}; possible duplicates: {possible}; rejected: {rejected}.",
            )
        else:
            line = translate(
                "Import",
                "Imported batch {batch}. Created: {created}; merged: {merged}; skipped: "
                "{skipped}; rejected: {rejected}.",
            )
        print(
            line.format(
                new=summary["new"],
                duplicate=summary["duplicate"],
                in_file=summary["duplicate_in_file"],
                possible=summary["possible_duplicate"],
                rejected=len(summary["rejected"]),
                batch=summary["batch"],
                created=summary["created"],
                merged=summary["merged"],
                skipped=summary["skipped"],
            )
        )
        _print_how_read(summary)
        _print_rows(summary)
    return 0


def _print_how_read(summary: dict) -> None:
    """How the file was read and what its amounts are in, in words."""
    from contactos.importing.plan import CURRENCY_ORIGINS

    if summary["encoding_name"]:
        delimiter = {"\t": translate("Import", "tab")}.get(summary["delimiter"])
        print(
            translate("Import", "Read as {encoding}, columns separated by {delimiter}.").format(
                encoding=summary["encoding_name"],
                delimiter=delimiter or f"'{summary['delimiter']}'",
            )
        )
    if len(summary["currencies"]) > 1:
        print(
            translate(
                "Import",
                "The amounts of this file name several currencies ({currencies}): each "
                "amount keeps the one written beside it, and an amount without one is kept "
                "in the notes.",
            ).format(currencies=", ".join(summary["currencies"]))
        )
    else:
        origin = CURRENCY_ORIGINS.get(summary["currency_from"], "")
        print(
            translate("Import", "Amounts in {currency} ({origin}).").format(
                currency=summary["currency"], origin=translate("Import", origin)
            )
        )


def _print_rows(summary: dict) -> None:
    """Every row the import did not simply create, every value kept in the notes and
    every line of the file left out, line by line: nothing is left out of the report."""
    from contactos.importing.plan import choice_label

    line = translate("Import", "line {line}: {reason}")
    if summary["left_out"]:
        print(translate("Import", "Lines of the file left out:"))
        for item in summary["left_out"]:
            print("  " + line.format(**item))
    if summary["duplicates"]:
        print(translate("Import", "Duplicates:"))
        for item in summary["duplicates"]:
            choice = choice_label(item["choice"])
            print("  " + line.format(line=item["line"], reason=item["reason"]) + f" → {choice}")
    if summary["rejected"]:
        print(translate("Import", "Rejected:"))
        for item in summary["rejected"]:
            print("  " + line.format(**item))
    if summary["problems"]:
        print(translate("Import", "Values kept in the notes:"))
        for item in summary["problems"]:
            print("  " + line.format(line=item["line"], reason=item["problem"]))


def cmd_imports(args) -> int:
    from contactos.actions import imports

    rows = imports.list_imports()
    if args.json:
        json.dump([_batch_json(row) for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for row in rows:
        undone = translate("Import", " (undone)") if row.undone_at else ""
        print(
            f"#{row.batch}  {row.created_at.isoformat()[:16]}  {row.file}  "
            f"+{row.created} ~{row.merged} ={row.skipped} x{row.rejected}{undone}"
        )
    return 0


def _batch_json(row) -> dict[str, object]:
    """One import as `imports --json` writes it (times in ISO 8601)."""
    return {
        "batch": row.batch,
        "file": row.file,
        "created_at": row.created_at.isoformat(),
        "source": row.source,
        "representada": row.representada,
        "rows": row.rows,
        "created": row.created,
        "merged": row.merged,
        "skipped": row.skipped,
        "rejected": row.rejected,
        "undone_at": row.undone_at.isoformat() if row.undone_at else None,
    }


def cmd_undo_import(args) -> int:
    from contactos.actions import imports
    from contactos.importing.history import undo_text

    result = imports.undo_import(args.batch)
    print(undo_text(args.batch, result))
    return 0
