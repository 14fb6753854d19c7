"""The command line: `contactos COMMAND ...`.

Every command takes --data-dir; listing commands take --json. Errors go to stderr with a
non-zero exit code (1: refused by a rule or bad input, 2: usage, 3: the database cannot be
opened, 4: the database is busy, 5: the disk is full); a refused command writes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from contactos import (
    __version__,
    backup,
    catalog,
    clock,
    contacts,
    i18n,
    listing,
    paths,
    phones,
    rules,
    settings,
    storage,
    today,
)
from contactos.dates import BadDate, parse_date
from contactos.i18n import translate
from contactos.models import Closing, Contact, Lead, Representada, Source, database, named

log = logging.getLogger(__name__)

EXIT_REFUSED = 1
EXIT_DATABASE = 3
EXIT_BUSY = 4
EXIT_DISK_FULL = 5


STAGE_CONTEXT = "Stage"
CLI_CONTEXT = "CLI"
RULES_CONTEXT = "Rules"


class CommandError(i18n.TranslatableError):
    context = "CLI"


# --- Argument types -------------------------------------------------------------------


def date_arg(text: str) -> dt.date:
    try:
        return parse_date(text)
    except BadDate as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _with_data_dir(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder for the database, backups and logs (default: the user data folder, "
        "or $CONTACTOS_DATA_DIR)",
    )
    return parser


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def build_parser() -> argparse.ArgumentParser:
    parser = _with_data_dir(
        argparse.ArgumentParser(
            prog="contactos",
            description="Contacts and follow-up for independent sales agents.",
        )
    )
    parser.add_argument("--lang", choices=catalog.LANGUAGES, help="language of the output")
    parser.add_argument("--version", action="version", version=f"contactos {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, **kwargs) -> argparse.ArgumentParser:
        return _with_data_dir(sub.add_parser(name, help=help_text, description=help_text, **kwargs))

    p = command("today", "the day's work queue")
    _json_flag(p)

    p = command("leads", "list leads")
    _json_flag(p)
    p.add_argument("--status", choices=Lead.STATUSES)
    p.add_argument("--limbo", action="store_true", help="only leads in limbo")
    p.add_argument("--search", metavar="TEXT", default="")
    p.add_argument("--limit", type=int, default=None)

    p = command("contacts", "list contacts")
    _json_flag(p)
    p.add_argument("--search", metavar="TEXT", default="")
    p.add_argument("--limit", type=int, default=None)

    p = command("add-lead", "add a lead (and its contact when new); prints the lead's id")
    p.add_argument("name", metavar="NAME", help="the contact's name")
    p.add_argument("--next", dest="next_what", metavar="WHAT", help="the next action")
    p.add_argument("--due", type=date_arg, metavar="DATE", help="when (dd/mm/yyyy or ISO)")
    p.add_argument("--kind", choices=rules.ACTIVITY_LABELS, default="call")
    p.add_argument("--title", help="what is being sold (default: the company or name)")
    p.add_argument("--company", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--email", default="")
    p.add_argument("--value", default=None)
    p.add_argument("--representada", default=None)
    p.add_argument("--source", default=None)
    p.add_argument("--country", default=None, help="country for phone numbers (e.g. MX)")

    p = command("log", "log an activity on a lead (on an open lead, with the next action)")
    p.add_argument("lead_id", type=int, metavar="LEAD_ID")
    p.add_argument(
        "kind",
        choices=rules.ACTIVITY_LABELS,
        metavar="KIND",
        help="one of: " + ", ".join(rules.ACTIVITY_LABELS),
    )
    p.add_argument("--notes", default="")
    p.add_argument("--outcome", default="")
    p.add_argument("--next", dest="next_what", metavar="WHAT")
    p.add_argument("--due", type=date_arg, metavar="DATE")
    p.add_argument("--next-kind", choices=rules.ACTIVITY_LABELS, default="call")
    p.add_argument(
        "--keep-next",
        action="store_true",
        help="keep the current next action (only while it is not overdue)",
    )

    p = command("win", "close a lead as won, with the act that makes it a sale")
    p.add_argument("lead_id", type=int, metavar="LEAD_ID")
    p.add_argument("--act", choices=Closing.ACTS, help="contract, purchase-order or payment")
    p.add_argument("--date", type=date_arg, metavar="DATE")
    p.add_argument("--reference", default="")
    p.add_argument("--no-reorder", action="store_true", help="do not plan the re-order call")

    reasons = "; ".join(f"{key} = {label}" for key, label in rules.LOSS_REASON_LABELS.items())
    p = command(
        "lose",
        "close a lead as lost, with the prospect's confirmation",
        epilog=f"reason categories: {reasons}",
    )
    p.add_argument("lead_id", type=int, metavar="LEAD_ID")
    p.add_argument(
        "--reason",
        metavar="CATEGORY",
        choices=Closing.LOSS_REASONS,
        help="one of: " + ", ".join(Closing.LOSS_REASONS),
    )
    p.add_argument("--words", help="what the prospect said, in their words")
    p.add_argument("--date", type=date_arg, metavar="DATE")
    p.add_argument("--channel", choices=Closing.CHANNELS, default="")

    p = command("reopen", "reopen a closed lead (its closing stays in the history)")
    p.add_argument("lead_id", type=int, metavar="LEAD_ID")
    p.add_argument("--reason", default="")
    p.add_argument("--next", dest="next_what", metavar="WHAT")
    p.add_argument("--due", type=date_arg, metavar="DATE")

    p = command("reschedule", "move a lead's next action to another date")
    p.add_argument("lead_id", type=int, metavar="LEAD_ID")
    p.add_argument("due", type=date_arg, metavar="DATE")

    command("demo", "fill an empty database with demo data")
    command("backup", "back up the database now")
    p = command(
        "restore",
        "restore a backup (the current database is backed up first; one that cannot be read "
        "is kept aside, renamed)",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p = command("check", "check the database's integrity and schema version")
    _json_flag(p)
    from contactos.importing.commands import add_parsers

    add_parsers(command)
    return parser


# --- Helpers --------------------------------------------------------------------------


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _lead(lead_id: int) -> Lead:
    lead = Lead.get_or_none(Lead.id == lead_id)
    if lead is None:
        raise CommandError(i18n.QT_TRANSLATE_NOOP("CLI", "There is no lead {id}."), id=lead_id)
    return lead


def _next_action(args: argparse.Namespace, kind: str = "call") -> rules.NextAction | None:
    if args.next_what is None and args.due is None:
        return None
    return rules.NextAction(args.next_what or "", args.due, kind)


CREATED = {
    "Representada": i18n.QT_TRANSLATE_NOOP("CLI", "Created the representada '{name}'."),
    "Source": i18n.QT_TRANSLATE_NOOP("CLI", "Created the source '{name}'."),
}


def _named(model, name: str | None):
    """The row called `name` (any case), created (and said so) when there is none yet."""
    row, created = named(model, name, create=True)
    if created:
        print(
            translate(CLI_CONTEXT, CREATED[model.__name__]).format(name=row.name), file=sys.stderr
        )
    return row


def _fmt_date(iso: str | None) -> str:
    if not iso:
        return "—"
    value = dt.date.fromisoformat(iso[:10])
    return value.strftime("%d/%m/%Y")


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


# --- Commands -------------------------------------------------------------------------


SECTION_TITLES = {
    "unattended": i18n.QT_TRANSLATE_NOOP("CLI", "New leads not yet attended"),
    "overdue": i18n.QT_TRANSLATE_NOOP("CLI", "Overdue"),
    "due_today": i18n.QT_TRANSLATE_NOOP("CLI", "Due today"),
    "limbo": i18n.QT_TRANSLATE_NOOP("CLI", "In limbo (nothing logged for too long)"),
    "commitments_due": i18n.QT_TRANSLATE_NOOP("CLI", "Commitments due"),
}


def cmd_today(args: argparse.Namespace) -> int:
    queue = today.work_queue()
    if args.json:
        _print_json({name: queue[name] for name in today.SECTIONS})
        return 0
    health = rules.pipeline_health()
    print(translate("CLI", "Work queue for {date}").format(date=clock.today().strftime("%d/%m/%Y")))
    for name in today.SECTIONS:
        items = queue[name]
        print()
        print(f"{translate(CLI_CONTEXT, SECTION_TITLES[name])} ({len(items)})")
        for item in items:
            mark = "!" if item["in_limbo"] else " "
            extra = ""
            if name == "unattended":
                extra = translate("CLI", "received {hours} h ago").format(
                    hours=round(item["age_hours"])
                )
            elif item.get("days_overdue"):
                extra = translate("CLI", "{days} days late").format(days=item["days_overdue"])
            lead = f"#{item['lead_id']}" if item.get("lead_id") else ""
            print(
                f" {mark} {lead:>6} {_fmt_date(item['due'])}  {item['contact']} — "
                f"{item['title']}: {item['what']}  {extra}".rstrip()
            )
    print()
    print(
        translate(
            "CLI", "Pipeline health: {share}% of {open} open leads have a next action ahead."
        ).format(share=round(100 * health["share"]), open=health["open"])
    )
    return 0


def cmd_leads(args: argparse.Namespace) -> int:
    flt = listing.LeadFilter(status=args.status, limbo=args.limbo, search=args.search)
    rows = listing.lead_rows(flt, limit=args.limit)
    if args.json:
        _print_json(rows)
        return 0
    _table(
        [
            [
                str(r["id"]),
                ("! " + translate("CLI", "limbo")) if r["in_limbo"] else "",
                r["title"][:40],
                r["contact"][:30],
                translate(STAGE_CONTEXT, r["stage"]),
                translate(RULES_CONTEXT, rules.STATUS_LABELS[r["status"]]),
                _fmt_date(r["next_action"]["due"]),
                (r["next_action"]["what"] or "")[:40],
            ]
            for r in rows
        ],
        [
            "#",
            "",
            translate("CLI", "Lead"),
            translate("CLI", "Contact"),
            translate("CLI", "Stage"),
            translate("CLI", "Status"),
            translate("CLI", "Due"),
            translate("CLI", "Next action"),
        ],
    )
    return 0


def cmd_contacts(args: argparse.Namespace) -> int:
    sort = "relevance" if args.search.strip() else "name"
    rows = listing.contact_rows(args.search, sort=sort, limit=args.limit)
    if args.json:
        _print_json(rows)
        return 0
    _table(
        [
            [
                str(r["id"]),
                r["name"][:35],
                r["company"][:30],
                ", ".join(phones.display(p) for p in r["phones"][:2]),
                ", ".join(r["emails"][:2]),
                r["city"],
            ]
            for r in rows
        ],
        [
            "#",
            translate("CLI", "Name"),
            translate("CLI", "Company"),
            translate("CLI", "Phones"),
            translate("CLI", "E-mails"),
            translate("CLI", "City"),
        ],
    )
    return 0


def cmd_add_lead(args: argparse.Namespace) -> int:
    action = _next_action(args, args.kind) or rules.NextAction("", None, args.kind)
    country = args.country or settings.get("default_country")
    with database.atomic():
        # One transaction: when the lead is refused, the new contact goes too.
        existing = contacts.find_by_email_or_phone(args.email, args.phone, country)
        if existing is None:
            first, _, last = args.name.strip().partition(" ")
            contact = contacts.create_contact(
                contacts.ContactData(
                    first_name=first,
                    last_name=last,
                    company=args.company,
                    emails=[args.email] if args.email else [],
                    phones=[args.phone] if args.phone else [],
                ),
                country=country,
            )
        else:
            contact = existing
        lead = rules.create_lead(
            contact,
            args.title or args.company or args.name,
            action,
            representada=_named(Representada, args.representada),
            source=_named(Source, args.source),
            value=args.value,
        )
    print(lead.id)
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    lead = _lead(args.lead_id)
    activity = rules.log_activity(
        lead,
        args.kind,
        notes=args.notes,
        outcome=args.outcome,
        next_action=_next_action(args, args.next_kind),
        keep_next_action=args.keep_next,
    )
    print(activity.id)
    return 0


def cmd_win(args: argparse.Namespace) -> int:
    lead = _lead(args.lead_id)
    rules.win(lead, args.act, args.date, args.reference, schedule_reorder=not args.no_reorder)
    print(translate("CLI", "Lead {id} won.").format(id=lead.id))
    return 0


def cmd_lose(args: argparse.Namespace) -> int:
    lead = _lead(args.lead_id)
    rules.lose(lead, args.reason, args.words, args.date, args.channel)
    print(translate("CLI", "Lead {id} lost.").format(id=lead.id))
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    lead = _lead(args.lead_id)
    rules.reopen(lead, args.reason, _next_action(args))
    print(translate("CLI", "Lead {id} reopened.").format(id=lead.id))
    return 0


def cmd_reschedule(args: argparse.Namespace) -> int:
    lead = _lead(args.lead_id)
    rules.reschedule(lead, args.due)
    when = args.due.strftime("%d/%m/%Y")
    print(translate("CLI", "Lead {id}: next action on {date}.").format(id=lead.id, date=when))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from contactos import demo

    counts = demo.load_demo()
    print(
        translate("CLI", "Demo data loaded: {contacts} contacts, {leads} leads.").format(**counts)
    )
    return 0


def cmd_backup(args: argparse.Namespace, where: paths.Paths) -> int:
    print(backup.backup_now(database.obj, where, "manual"))
    return 0


def cmd_restore(args: argparse.Namespace, where: paths.Paths) -> int:
    try:
        safety = backup.restore(database.obj, where, args.file)
    except backup.BackupError:
        _print_backups(where)
        raise
    print(
        translate("CLI", "Restored {file}. The database it replaced was saved as {backup}.").format(
            file=args.file, backup=safety
        )
    )
    return 0


def restore_over_damaged(args: argparse.Namespace, where: paths.Paths) -> int:
    """`contactos restore FILE` when the database cannot be opened: the damaged file is
    kept aside (renamed) and FILE takes its place."""
    try:
        aside = backup.restore_damaged(where, args.file)
    except backup.BackupError as exc:
        print(f"contactos: {exc}", file=sys.stderr)
        _print_backups(where)
        return EXIT_REFUSED
    print(
        translate(
            "CLI", "Restored {file}. The damaged database was kept aside as {damaged}."
        ).format(file=args.file, damaged=aside)
    )
    return 0


def _print_backups(where: paths.Paths) -> None:
    found = backup.backups(where)
    if found:
        print(translate("Storage", storage.BACKUPS_HEADING), file=sys.stderr)
        for line in backup.listing(found):
            print(line, file=sys.stderr)


def cmd_check(args: argparse.Namespace, where: paths.Paths) -> int:
    from contactos.storage import sqlite as backend

    errors = backend.integrity_errors(database.obj)
    indexed = backend.ContactIndex.select().count()
    total = Contact.select().count()
    if indexed != total:
        errors.append(f"search index: {indexed} of {total} contacts indexed")
    applied = storage.current_schema_version(database.obj)
    result = {
        "ok": not errors,
        "database": str(where.database),
        "schema_version": applied,
        "program_schema_version": storage.schema_version(storage.known_migrations()),
        "errors": errors,
        "contacts": total,
        "leads": Lead.select().count(),
    }
    if args.json:
        _print_json(result)
    else:
        print(translate("CLI", "Database: {path}").format(path=where.database))
        print(translate("CLI", "Schema version: {version}").format(version=applied))
        print(
            translate("CLI", "Integrity: {state}").format(
                state=translate("CLI", "ok") if not errors else translate("CLI", "PROBLEMS")
            )
        )
        for error in errors:
            print("  " + error)
    return 0 if not errors else EXIT_REFUSED


COMMANDS: dict[str, Callable[..., int]] = {
    "today": cmd_today,
    "leads": cmd_leads,
    "contacts": cmd_contacts,
    "add-lead": cmd_add_lead,
    "log": cmd_log,
    "win": cmd_win,
    "lose": cmd_lose,
    "reopen": cmd_reopen,
    "reschedule": cmd_reschedule,
    "demo": cmd_demo,
    "import": lambda args: io_commands().cmd_import(args, settings.get("default_country")),
    "imports": lambda args: io_commands().cmd_imports(args),
    "undo-import": lambda args: io_commands().cmd_undo_import(args),
    "export": lambda args: io_commands().cmd_export(args),
}


def io_commands():
    from contactos.importing import commands

    return commands


NEEDS_PATHS = {"backup": cmd_backup, "restore": cmd_restore, "check": cmd_check}


def main(argv: Sequence[str] | None = None) -> int:
    # The language first: a date or a number refused while the arguments are read is
    # said in it too.
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=catalog.LANGUAGES)
    known, _ = early.parse_known_args(argv)
    i18n.install(catalog.translator(known.lang or catalog.system_language()))
    parser = build_parser()
    args = parser.parse_args(argv)
    where = paths.resolve_paths(getattr(args, "data_dir", None))
    command = args.command or "today"
    if args.command is None:
        args.json = False
    from contactos.session import close_session, open_session

    try:
        try:
            open_session(where, auto_backup=command not in ("restore",))
        except storage.DatabaseDamaged:
            if command != "restore":
                raise
            return restore_over_damaged(args, where)
        if command in NEEDS_PATHS:
            return NEEDS_PATHS[command](args, where)
        return COMMANDS[command](args)
    except Exception as exc:
        code = _failure(exc, where)
        if code is None:
            raise
        return code
    finally:
        close_session()


def _failure(exc: Exception, where: paths.Paths) -> int | None:
    """Say what went wrong on stderr and return the exit code; None for a bug."""
    if isinstance(exc, BrokenPipeError):  # (`contactos leads | head`: the reader left)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_REFUSED
    if storage.is_disk_full(exc):
        # (SQLite rolled the transaction back: nothing of the command was kept)
        log.info("disk full: %s", exc)
        message, code = translate("Storage", storage.DISK_FULL), EXIT_DISK_FULL
    elif storage.is_busy(exc):
        # Another program (the window, another command) kept writing for longer than the
        # busy timeout; the transaction was rolled back.
        message, code = translate("Storage", storage.BUSY), EXIT_BUSY
    elif storage.is_damage(exc):
        log.info("damaged database: %s", exc)
        if not isinstance(exc, storage.DatabaseDamaged):
            exc = storage.damaged(where, exc)  # (found while reading, past the pre-flight)
        message, code = str(exc), EXIT_DATABASE
    elif storage.is_unavailable(exc):  # (not damage: the disk, the drive, permissions)
        log.info("database unavailable: %s", exc)
        if not isinstance(exc, storage.StorageError):
            exc = storage.unavailable(where.database, exc)
        message = str(exc)
        code = EXIT_DISK_FULL if isinstance(exc, storage.DiskFull) else EXIT_DATABASE
    elif isinstance(exc, storage.StorageError) and not isinstance(exc, backup.BackupError):
        message, code = str(exc), EXIT_DATABASE
    elif isinstance(exc, i18n.TranslatableError | ValueError):
        message, code = str(exc), EXIT_REFUSED
    else:
        return None
    print(f"contactos: {message}", file=sys.stderr)
    return code


def run() -> None:  # pragma: no cover - console entry point
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
