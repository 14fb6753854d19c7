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
from decimal import Decimal
from pathlib import Path

from contactos import (
    __version__,
    amounts,
    argparse_i18n,
    backup,
    catalog,
    clock,
    contacts,
    i18n,
    listing,
    paths,
    phones,
    reports,
    rules,
    settings,
    stages,
    storage,
    today,
)
from contactos.actions import backups, closing, followups, leads, preferences
from contactos.dates import BadDate, parse_date
from contactos.i18n import translate
from contactos.models import Closing, Contact, Lead, database

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


# Plural messages ("1 day late", "2 days late"); see contactos.i18n.Plurals.
CLI = i18n.Plurals("CLI")

# The language the command line speaks (set by main).
_language = "en"


# --- Argument types -------------------------------------------------------------------


def date_arg(text: str) -> dt.date:
    try:
        return parse_date(text)
    except BadDate as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def number_arg(text: str) -> int:
    """A whole number (a lead's id, a limit), refused in the person's language."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "'{text}' is not a whole number.").format(text=text)
        ) from None


def country_arg(text: str) -> str:
    code = (text or "").strip().upper()
    if code not in phones.regions():
        raise argparse.ArgumentTypeError(
            translate(
                "CLI",
                "'{text}' is not a country code: write its two letters (ISO 3166), "
                "as MX, ES, CO or US.",
            ).format(text=text)
        )
    return code


def currency_arg(text: str) -> str:
    code = (text or "").strip().upper()
    if code not in amounts.currency_codes():
        raise argparse.ArgumentTypeError(
            translate(
                "CLI",
                "'{text}' is not a currency code: write its three letters (ISO 4217), "
                "as MXN, EUR, COP or USD.",
            ).format(text=text)
        )
    return code


def metavars() -> dict[str, str]:
    """The names of the values in the help ("--due DATE"), in the help's language."""
    return {
        "DIR": translate("CLI", "DIR"),
        "DATE": translate("CLI", "DATE"),
        "WHAT": translate("CLI", "WHAT"),
        "CATEGORY": translate("CLI", "CATEGORY"),
        "TEXT": translate("CLI", "TEXT"),
        "NAME": translate("CLI", "NAME"),
        "LEAD_ID": translate("CLI", "LEAD_ID"),
        "KIND": translate("CLI", "KIND"),
        "FILE": translate("CLI", "FILE"),
        "CC": translate("CLI", "CC"),
        "CUR": translate("CLI", "CUR"),
        "N": translate("CLI", "N"),
        "AMOUNT": translate("CLI", "AMOUNT"),
        "PHONE": translate("CLI", "PHONE"),
        "EMAIL": translate("CLI", "EMAIL"),
    }


def _with_data_dir(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--data-dir",
        metavar=metavars()["DIR"],
        default=argparse.SUPPRESS,
        help=translate(
            "CLI",
            "folder for the database, backups and logs (default: the user data folder, "
            "or $CONTACTOS_DATA_DIR)",
        ),
    )
    return parser


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of a table")
    )


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, its help in the installed language (main installs it
    first)."""
    parser = _with_data_dir(
        argparse.ArgumentParser(
            prog="contactos",
            description=translate("CLI", "Contacts and follow-up for independent sales agents."),
        )
    )
    parser.add_argument(
        "--lang", choices=catalog.LANGUAGES, help=translate("CLI", "language of the output")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"contactos {__version__}",
        help=translate("CLI", "show the version and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar=translate("CLI", "COMMAND"))

    def command(name: str, help_text: str, **kwargs) -> argparse.ArgumentParser:
        return _with_data_dir(sub.add_parser(name, help=help_text, description=help_text, **kwargs))

    meta = metavars()
    lead_id_help = translate("CLI", "the lead's number (as listed by `contactos leads`)")

    p = command("today", translate("CLI", "the day's work queue"))
    _json_flag(p)

    p = command("leads", translate("CLI", "list leads"))
    _json_flag(p)
    p.add_argument("--status", choices=Lead.STATUSES, help=translate("CLI", "only this status"))
    p.add_argument("--limbo", action="store_true", help=translate("CLI", "only leads in limbo"))
    p.add_argument(
        "--search",
        metavar=meta["TEXT"],
        default="",
        help=translate("CLI", "only leads whose name, company, phone, e-mail or notes match"),
    )
    p.add_argument(
        "--limit",
        metavar=meta["N"],
        type=number_arg,
        default=None,
        help=translate("CLI", "at most this many"),
    )

    p = command("contacts", translate("CLI", "list contacts"))
    _json_flag(p)
    p.add_argument(
        "--search",
        metavar=meta["TEXT"],
        default="",
        help=translate("CLI", "only contacts whose name, company, phone, e-mail or notes match"),
    )
    p.add_argument(
        "--limit",
        metavar=meta["N"],
        type=number_arg,
        default=None,
        help=translate("CLI", "at most this many"),
    )

    p = command(
        "add-lead",
        translate("CLI", "add a lead (and its contact when new); prints the lead's number"),
    )
    p.add_argument("name", metavar=meta["NAME"], help=translate("CLI", "the contact's name"))
    p.add_argument(
        "--next", dest="next_what", metavar=meta["WHAT"], help=translate("CLI", "the next action")
    )
    p.add_argument(
        "--due",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate("CLI", "when: today or later (dd/mm/yyyy or yyyy-mm-dd)"),
    )
    p.add_argument(
        "--kind",
        choices=rules.ACTIVITY_LABELS,
        default="call",
        help=translate("CLI", "the kind of the next action"),
    )
    p.add_argument(
        "--title",
        metavar=meta["TEXT"],
        help=translate("CLI", "what is being sold (default: the company or name)"),
    )
    p.add_argument(
        "--company",
        default="",
        metavar=meta["TEXT"],
        help=translate("CLI", "the contact's company"),
    )
    p.add_argument(
        "--phone", default="", metavar=meta["PHONE"], help=translate("CLI", "the contact's phone")
    )
    p.add_argument(
        "--email", default="", metavar=meta["EMAIL"], help=translate("CLI", "the contact's e-mail")
    )
    p.add_argument(
        "--value",
        metavar=meta["AMOUNT"],
        default=None,
        help=translate("CLI", "what the sale is worth: 1234.50, 1.234,50 or 12,5"),
    )
    p.add_argument(
        "--representada",
        metavar=meta["NAME"],
        default=None,
        help=translate("CLI", "the company the lead is for"),
    )
    p.add_argument(
        "--source",
        default=None,
        metavar=meta["NAME"],
        help=translate("CLI", "where the lead came from"),
    )
    p.add_argument(
        "--country",
        type=country_arg,
        default=None,
        metavar=meta["CC"],
        help=translate(
            "CLI",
            "the country of a phone written without its country code (default: the "
            "settings' country)",
        ),
    )

    p = command(
        "log", translate("CLI", "log an activity on a lead (on an open lead, with the next action)")
    )
    p.add_argument("lead_id", type=number_arg, metavar=meta["LEAD_ID"], help=lead_id_help)
    p.add_argument(
        "kind",
        choices=rules.ACTIVITY_LABELS,
        metavar=meta["KIND"],
        help=translate("CLI", "one of: {kinds}").format(kinds=", ".join(rules.ACTIVITY_LABELS)),
    )
    p.add_argument("--notes", default="", metavar=meta["TEXT"], help=translate("CLI", "notes"))
    p.add_argument(
        "--outcome", default="", metavar=meta["TEXT"], help=translate("CLI", "what came of it")
    )
    p.add_argument(
        "--next", dest="next_what", metavar=meta["WHAT"], help=translate("CLI", "the next action")
    )
    p.add_argument(
        "--due",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate("CLI", "when: today or later (dd/mm/yyyy or yyyy-mm-dd)"),
    )
    p.add_argument(
        "--next-kind",
        choices=rules.ACTIVITY_LABELS,
        default="call",
        help=translate("CLI", "the kind of the next action"),
    )
    p.add_argument(
        "--keep-next",
        action="store_true",
        help=translate("CLI", "keep the current next action (only while it is not overdue)"),
    )

    p = command("win", translate("CLI", "close a lead as won, with the act that makes it a sale"))
    p.add_argument("lead_id", type=number_arg, metavar=meta["LEAD_ID"], help=lead_id_help)
    p.add_argument(
        "--act",
        choices=Closing.ACTS,
        help=translate("CLI", "contract, purchase-order or payment"),
    )
    p.add_argument(
        "--date",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate(
            "CLI", "when it happened: not in the future, not before the lead was received"
        ),
    )
    p.add_argument(
        "--reference",
        metavar=meta["TEXT"],
        default="",
        help=translate("CLI", "the contract, order or receipt number"),
    )
    p.add_argument(
        "--no-reorder",
        action="store_true",
        help=translate("CLI", "do not plan the re-order call"),
    )

    reasons = "; ".join(
        f"{key} = {translate(RULES_CONTEXT, label)}"
        for key, label in rules.LOSS_REASON_LABELS.items()
    )
    p = command(
        "lose",
        translate("CLI", "close a lead as lost, with the prospect's confirmation"),
        epilog=translate(
            "CLI",
            "Reason categories: {reasons}. If the prospect has not confirmed yet, schedule "
            "the confirmation instead: --not-confirmed --confirm-by DATE.",
        ).format(reasons=reasons),
    )
    p.add_argument("lead_id", type=number_arg, metavar=meta["LEAD_ID"], help=lead_id_help)
    p.add_argument(
        "--reason",
        metavar=meta["CATEGORY"],
        choices=Closing.LOSS_REASONS,
        help=translate("CLI", "one of: {reasons}").format(reasons=", ".join(Closing.LOSS_REASONS)),
    )
    p.add_argument(
        "--words",
        metavar=meta["TEXT"],
        help=translate("CLI", "what the prospect said, in their words"),
    )
    p.add_argument(
        "--date",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate(
            "CLI", "when it happened: not in the future, not before the lead was received"
        ),
    )
    p.add_argument(
        "--channel",
        choices=Closing.CHANNELS,
        default="",
        help=translate("CLI", "how the prospect said it"),
    )
    p.add_argument(
        "--not-confirmed",
        action="store_true",
        help=translate(
            "CLI",
            "the prospect has not confirmed yet: plan the contact that asks them (with "
            "--confirm-by) and keep the lead open",
        ),
    )
    p.add_argument(
        "--confirm-by",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate("CLI", "with --not-confirmed: when to ask the prospect"),
    )
    p.add_argument(
        "--kind",
        choices=rules.ACTIVITY_LABELS,
        default=None,
        help=translate("CLI", "with --not-confirmed: how to ask (default: call)"),
    )

    p = command(
        "reopen", translate("CLI", "reopen a closed lead (its closing stays in the history)")
    )
    p.add_argument("lead_id", type=number_arg, metavar=meta["LEAD_ID"], help=lead_id_help)
    p.add_argument(
        "--reason",
        default="",
        metavar=meta["TEXT"],
        help=translate("CLI", "why it is back in play"),
    )
    p.add_argument(
        "--next", dest="next_what", metavar=meta["WHAT"], help=translate("CLI", "the next action")
    )
    p.add_argument(
        "--due",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate("CLI", "when: today or later (dd/mm/yyyy or yyyy-mm-dd)"),
    )

    p = command("reschedule", translate("CLI", "move a lead's next action to another date"))
    p.add_argument("lead_id", type=number_arg, metavar=meta["LEAD_ID"], help=lead_id_help)
    p.add_argument(
        "due",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate("CLI", "today or later (dd/mm/yyyy or yyyy-mm-dd)"),
    )

    p = command("stage", translate("CLI", "move an open lead to another stage of the pipeline"))
    p.add_argument("lead_id", type=number_arg, metavar=meta["LEAD_ID"], help=lead_id_help)
    p.add_argument(
        "stage",
        metavar=translate("CLI", "STAGE"),
        help=translate("CLI", "the stage, by its name or key (new, contacted, proposal...)"),
    )

    p = command(
        "day-sheet",
        translate(
            "CLI",
            "the field day sheet: the day's visits and calls with addresses, phones, what to "
            "do, open questions and impediments, as a PDF",
        ),
    )
    p.add_argument(
        "day",
        nargs="?",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate("CLI", "the day (default: today; dd/mm/yyyy or yyyy-mm-dd)"),
    )
    p.add_argument(
        "--pdf",
        required=True,
        type=Path,
        metavar=translate("CLI", "FILE"),
        help=translate("CLI", "the PDF file to write"),
    )
    _json_flag(p)

    p = command(
        "settings",
        translate(
            "CLI",
            "show the settings, or change the default country for phone numbers and the "
            "default currency",
        ),
    )
    p.add_argument(
        "--country",
        type=country_arg,
        metavar=meta["CC"],
        help=translate(
            "CLI",
            "the country of phones written without a country code (ISO 3166: MX, ES, CO...)",
        ),
    )
    p.add_argument(
        "--currency",
        type=currency_arg,
        metavar=meta["CUR"],
        help=translate("CLI", "the currency of new leads (ISO 4217: MXN, EUR, COP...)"),
    )
    _json_flag(p)

    command("demo", translate("CLI", "fill an empty database with demo data"))
    command("backup", translate("CLI", "back up the database now"))
    p = command(
        "restore",
        translate(
            "CLI",
            "restore a backup (the current database is backed up first; one that cannot be "
            "read is kept aside, renamed)",
        ),
    )
    p.add_argument(
        "file", type=Path, metavar=meta["FILE"], help=translate("CLI", "the backup file")
    )
    p = command("check", translate("CLI", "check the database's integrity and schema version"))
    _json_flag(p)
    from contactos.importing.commands import add_parsers

    add_parsers(command)
    from contactos import export_commands

    export_commands.add_parsers(command)
    from contactos import reminder_commands

    reminder_commands.add_parsers(command)
    from contactos import commission_commands

    commission_commands.add_parsers(command)
    from contactos import report_commands

    report_commands.add_parsers(command)
    return parser


# --- Helpers --------------------------------------------------------------------------


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


# --- JSON at the edge: the typed rows of contactos as README documents them -------------


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def queue_item_json(item: today.QueueItem) -> dict[str, object]:
    """One item of `contactos today --json`."""
    if item.type == "lead":
        return {
            "type": "lead",
            "section": item.section,
            "lead_id": item.lead_id,
            "title": item.title,
            "contact": item.contact,
            "company": item.company,
            "stage": item.stage,
            "kind": item.kind,
            "what": item.what,
            "what_kind": item.what_kind,
            "due": _iso(item.due),
            "days_overdue": item.days_overdue,
            "in_limbo": item.in_limbo,
            "limbo_reasons": item.limbo_reasons,
            "received_at": _iso(item.received_at),
            "age_hours": item.age_hours,
        }
    if item.type == "payment":
        return {
            "type": "payment",
            "section": item.section,
            "lead_id": item.lead_id,
            "title": item.title,
            "contact": item.contact,
            "representada": item.representada or None,
            "kind": item.kind,
            "what": item.what,
            "due": _iso(item.due),
            "days_overdue": item.days_overdue,
            "amount": _number(item.amount),
            "currency": item.currency,
        }
    if item.type == "activity":
        head = {"type": "activity", "section": item.section, "activity_id": item.activity_id}
        middle = {"kind": item.kind}
        due = _iso(item.due_at)
    else:
        head = {
            "type": "commitment",
            "section": item.section,
            "commitment_id": item.commitment_id,
        }
        middle = {"owner": item.owner}
        due = _iso(item.due)
    return {
        **head,
        "lead_id": item.lead_id,
        "title": item.title,
        "contact": item.contact,
        "company": item.company,
        **middle,
        "what": item.what,
        "what_kind": item.what_kind,
        "due": due,
        "days_overdue": item.days_overdue,
        "in_limbo": item.in_limbo,
        "limbo_reasons": item.limbo_reasons,
    }


def lead_row_json(row: listing.LeadRow) -> dict[str, object]:
    """One item of `contactos leads --json`."""
    return {
        "id": row.id,
        "title": row.title,
        "contact_id": row.contact_id,
        "contact": row.contact,
        "company": row.company,
        "status": row.status,
        "stage": row.stage,
        "in_limbo": row.in_limbo,
        "next_action": {
            "kind": row.next_kind,
            "what": row.next_what,
            "what_kind": row.next_what_kind,
            "due": _iso(row.next_due),
        },
        "value": _number(row.value),
        "currency": row.currency,
        "representada": row.representada,
        "source": row.source,
        "received_at": _iso(row.received_at),
        "first_contact_at": _iso(row.first_contact_at),
    }


def contact_row_json(row: listing.ContactRow) -> dict[str, object]:
    """One item of `contactos contacts --json`."""
    return {
        "id": row.id,
        "name": row.name,
        "company": row.company,
        "emails": row.emails,
        "phones": row.phones,
        "city": row.city,
        "tags": row.tags,
    }


def _next_action(args: argparse.Namespace, kind: str = "call") -> rules.NextAction | None:
    if args.next_what is None and args.due is None:
        return None
    return rules.NextAction(args.next_what or "", args.due, kind)


CREATED = {
    "Representada": i18n.QT_TRANSLATE_NOOP("CLI", "Created the representada '{name}'."),
    "Source": i18n.QT_TRANSLATE_NOOP("CLI", "Created the source '{name}'."),
}


def _say_created(saved: leads.LeadSaved) -> None:
    """The representadas and sources a command created by naming them, said on stderr."""
    for made in saved.created:
        text = CREATED[type(made.row).__name__]
        print(translate(CLI_CONTEXT, text).format(name=made.name), file=sys.stderr)


def _fmt_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


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
    "payments_due": i18n.QT_TRANSLATE_NOOP("CLI", "Payments late (customers and commissions)"),
}


def cmd_today(args: argparse.Namespace) -> int:
    queue = today.work_queue()
    if args.json:
        _print_json(
            {name: [queue_item_json(item) for item in queue[name]] for name in today.SECTIONS}
        )
        return 0
    health = reports.pipeline_health()
    print(translate("CLI", "Work queue for {date}").format(date=clock.today().strftime("%d/%m/%Y")))
    for name in today.SECTIONS:
        items = queue[name]
        print()
        print(f"{translate(CLI_CONTEXT, SECTION_TITLES[name])} ({len(items)})")
        for item in items:
            mark = "!" if item.in_limbo else " "
            extra = ""
            if name == "unattended":
                extra = _received_ago(item.age_hours)
            elif item.days_overdue:
                extra = CLI.tr("%n day(s) late", "", item.days_overdue)
            if item.type == "payment":
                from contactos.commission_commands import money

                extra = f"{money(item.amount, item.currency)}  {extra}"
            lead = f"#{item.lead_id}" if item.lead_id else ""
            print(
                f" {mark} {lead:>6} {_fmt_date(item.due)}  {item.contact} — "
                f"{item.title}: {item.what}  {extra}".rstrip()
            )
    print()
    if not health["open"]:
        print(translate("CLI", "Pipeline health: no open leads."))
    else:
        print(
            CLI.tr(
                "Pipeline health: %n open lead(s), {share}% with a next action ahead.",
                "",
                health["open"],
            ).format(share=round(100 * health["share"]))
        )
    return 0


def _received_ago(hours: float) -> str:
    if hours < 1:
        return translate("CLI", "received less than an hour ago")
    if hours < 48:
        return CLI.tr("received %n hour(s) ago", "", int(hours))
    return CLI.tr("received %n day(s) ago", "", int(hours // 24))


def cmd_leads(args: argparse.Namespace) -> int:
    flt = listing.LeadFilter(status=args.status, limbo=args.limbo, search=args.search)
    rows = listing.lead_rows(flt, limit=args.limit)
    if args.json:
        _print_json([lead_row_json(r) for r in rows])
        return 0
    _table(
        [
            [
                str(r.id),
                ("! " + translate("CLI", "limbo")) if r.in_limbo else "",
                r.title[:40],
                r.contact[:30],
                translate(STAGE_CONTEXT, r.stage),
                translate(RULES_CONTEXT, rules.STATUS_LABELS[r.status]),
                _fmt_date(r.next_due),
                (r.next_what or "")[:40],
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
        _print_json([contact_row_json(r) for r in rows])
        return 0
    _table(
        [
            [
                str(r.id),
                r.name[:35],
                r.company[:30],
                ", ".join(phones.display(p) for p in r.phones[:2]),
                ", ".join(r.emails[:2]),
                r.city,
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


def phone_country(given: str | None) -> str:
    """The country phones are read in: the one given, else the settings'; when none was
    ever chosen, the one assumed is said on stderr, with how to choose one."""
    if given:
        return given.upper()
    code, chosen = settings.default_country()
    if not chosen:
        print(
            translate(
                "CLI",
                "No default country is set: phone numbers without a country code are read "
                "as numbers of {country} ({code}). To choose the country: "
                "contactos settings --country CODE",
            ).format(country=settings.country_name(code, _language), code=code),
            file=sys.stderr,
        )
    return code


def cmd_add_lead(args: argparse.Namespace) -> int:
    action = _next_action(args, args.kind) or rules.NextAction("", None, args.kind)
    country = phone_country(args.country) if args.phone else settings.get("default_country")
    first, _, last = args.name.strip().partition(" ")
    # The contact that has this e-mail or phone, else a new one (refused with the lead).
    saved = leads.add_lead(
        leads.LeadDetails(
            title=args.title or args.company or args.name,
            value=args.value,
            representada=args.representada,
            source=args.source,
        ),
        action,
        new_contact=contacts.ContactData(
            first_name=first,
            last_name=last,
            company=args.company,
            emails=[args.email] if args.email else [],
            phones=[args.phone] if args.phone else [],
        ),
        reuse_contact=True,
        country=country,
    )
    _say_created(saved)
    print(saved.lead.id)
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    logged = followups.log_activity(
        args.lead_id,
        args.kind,
        notes=args.notes,
        outcome=args.outcome,
        next_action=_next_action(args, args.next_kind),
        keep_next_action=args.keep_next,
    )
    print(logged.activity.id)
    return 0


def cmd_win(args: argparse.Namespace) -> int:
    closed = closing.win(
        args.lead_id, args.act, args.date, args.reference, schedule_reorder=not args.no_reorder
    )
    print(translate("CLI", "Lead {id} won.").format(id=closed.lead.id))
    return 0


def cmd_lose(args: argparse.Namespace) -> int:
    if args.not_confirmed:
        # "I think they won't buy" is not a loss: plan the contact that confirms it.
        if args.reason or args.words or args.date or args.channel:
            raise CommandError(
                i18n.QT_TRANSLATE_NOOP(
                    "CLI",
                    "--not-confirmed leaves the lead open: give it --confirm-by DATE (and "
                    "--kind), not --reason, --words, --date or --channel.",
                )
            )
        if args.confirm_by is None:
            raise CommandError(
                i18n.QT_TRANSLATE_NOOP(
                    "CLI", "Say when you will ask the prospect: --confirm-by DATE."
                )
            )
        saved = closing.not_confirmed(args.lead_id, args.confirm_by, args.kind or "call")
        print(
            translate("CLI", "Lead {id} stays open: confirm with the prospect on {date}.").format(
                id=saved.lead.id, date=args.confirm_by.strftime("%d/%m/%Y")
            )
        )
        return 0
    if args.confirm_by is not None or args.kind is not None:
        raise CommandError(
            i18n.QT_TRANSLATE_NOOP(
                "CLI", "--confirm-by and --kind go with --not-confirmed (the lead stays open)."
            )
        )
    closed = closing.lose(args.lead_id, args.reason, args.words, args.date, args.channel)
    print(translate("CLI", "Lead {id} lost.").format(id=closed.lead.id))
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    reopened = closing.reopen(args.lead_id, args.reason, _next_action(args))
    print(translate("CLI", "Lead {id} reopened.").format(id=reopened.lead.id))
    return 0


def cmd_reschedule(args: argparse.Namespace) -> int:
    followups.reschedule(followups.FollowUp("lead", args.lead_id), args.due)
    when = args.due.strftime("%d/%m/%Y")
    print(translate("CLI", "Lead {id}: next action on {date}.").format(id=args.lead_id, date=when))
    return 0


def cmd_stage(args: argparse.Namespace) -> int:
    """The board's drag and Ctrl+Left/Right, from the command line: the same action."""
    stage = stages.by_key_or_name(args.stage, lambda s: translate(STAGE_CONTEXT, s.name))
    if stage is None or not stage.active:
        raise CommandError(
            i18n.QT_TRANSLATE_NOOP(
                "CLI", "There is no stage called '{name}'. The stages are: {known}."
            ),
            name=args.stage,
            known=", ".join(translate(STAGE_CONTEXT, s.name) for s in stages.ordered()),
        )
    leads.change_stage(args.lead_id, stage)
    print(
        translate("CLI", "Lead {id}: stage {stage}.").format(
            id=args.lead_id, stage=translate(STAGE_CONTEXT, stage.name)
        )
    )
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    preferences.save_preferences(
        preferences.Preferences(default_country=args.country, default_currency=args.currency)
    )
    country, chosen = settings.default_country()
    currency = settings.get("default_currency")
    if args.json:
        _print_json(
            {
                "default_country": country if chosen else None,
                "assumed_country": None if chosen else country,
                "default_currency": currency,
            }
        )
        return 0
    name = f"{settings.country_name(country, _language)} ({country})"
    if chosen:
        print(translate("CLI", "Default country: {country}").format(country=name))
    else:
        print(
            translate(
                "CLI",
                "Default country: not chosen yet; phones are read as numbers of {country}. "
                "To choose it: contactos settings --country CODE",
            ).format(country=name)
        )
    print(translate("CLI", "Default currency: {currency}").format(currency=currency))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from contactos import demo

    counts = demo.load_demo()
    print(
        translate("CLI", "Demo data loaded: {contacts} contacts, {leads} leads.").format(**counts)
    )
    return 0


def cmd_backup(args: argparse.Namespace, where: paths.Paths) -> int:
    print(backups.backup_now(where))
    return 0


def cmd_restore(args: argparse.Namespace, where: paths.Paths) -> int:
    try:
        restored = backups.restore(where, args.file)
    except backup.BackupError:
        _print_backups(where)
        raise
    print(
        translate("CLI", "Restored {file}. The database it replaced was saved as {backup}.").format(
            file=args.file, backup=restored.kept
        )
    )
    return 0


def restore_over_damaged(args: argparse.Namespace, where: paths.Paths) -> int:
    """`contactos restore FILE` when the database cannot be opened: the damaged file is
    kept aside (renamed) and FILE takes its place."""
    try:
        restored = backups.restore_over_damaged(where, args.file)
    except backup.BackupError as exc:
        print(f"contactos: {exc}", file=sys.stderr)
        _print_backups(where)
        return EXIT_REFUSED
    print(
        translate(
            "CLI", "Restored {file}. The damaged database was kept aside as {damaged}."
        ).format(file=args.file, damaged=restored.kept)
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
    "stage": cmd_stage,
    "settings": cmd_settings,
    "demo": cmd_demo,
    "import": lambda args: io_commands().cmd_import(args, phone_country(args.country)),
    "imports": lambda args: io_commands().cmd_imports(args),
    "undo-import": lambda args: io_commands().cmd_undo_import(args),
    "export": lambda args: export_commands().cmd_export(args),
    "reminders": lambda args: reminder_commands().cmd_reminders(args),
    "snooze": lambda args: reminder_commands().cmd_snooze(args),
    "day-sheet": lambda args: cmd_day_sheet(args),
    "representadas": lambda args: commission_commands().cmd_representadas(args),
    "commission": lambda args: commission_commands().cmd_commission(args),
    "commissions": lambda args: commission_commands().cmd_commissions(args),
    "statement": lambda args: commission_commands().cmd_statement(args),
    "undo-statement": lambda args: commission_commands().cmd_undo_statement(args),
    "report": lambda args: report_commands().cmd_report(args),
}

# Commands whose work is done by the window's part of the program (ui), which hands its
# implementation to main() (see ui.launcher): contactos itself never imports Qt.
PROVIDED: dict[str, Callable[..., int]] = {}


def cmd_day_sheet(args: argparse.Namespace) -> int:
    provided = PROVIDED.get("day-sheet")
    if provided is None:
        raise CommandError(
            i18n.QT_TRANSLATE_NOOP(
                "CLI", "The day sheet is made by the window's part of Contactos: run `contactos`."
            )
        )
    return provided(args)


def commission_commands():
    from contactos import commission_commands

    return commission_commands


def report_commands():
    from contactos import report_commands

    return report_commands


def reminder_commands():
    from contactos import reminder_commands

    return reminder_commands


def export_commands():
    from contactos import export_commands

    return export_commands


def io_commands():
    from contactos.importing import commands

    return commands


NEEDS_PATHS = {"backup": cmd_backup, "restore": cmd_restore, "check": cmd_check}


def main(
    argv: Sequence[str] | None = None, provided: dict[str, Callable[..., int]] | None = None
) -> int:
    # The language first: a date or a number refused while the arguments are read is
    # said in it too.
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=catalog.LANGUAGES)
    known, _ = early.parse_known_args(argv)
    global _language
    _language = known.lang or catalog.system_language()
    i18n.install(
        catalog.translator(_language),
        catalog.plural_translator(_language),
        lambda day: day.strftime("%d/%m/%Y"),  # (as the command line writes every date)
    )
    argparse_i18n.install()
    PROVIDED.update(provided or {})
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
