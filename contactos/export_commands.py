"""The command-line side of export: `contactos export KIND FILE`, which reads the
arguments, calls :func:`contactos.actions.exports.export` and says what it wrote.
Registered by contactos.cli."""

from __future__ import annotations

from pathlib import Path

from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError, translate

CONTEXT = "Export"
WRITTEN = {
    "contacts": QT_TRANSLATE_NOOP("Export", "Contacts written to {file}: {count}."),
    "leads": QT_TRANSLATE_NOOP("Export", "Leads written to {file}: {count}."),
    "followups": QT_TRANSLATE_NOOP("Export", "Follow-ups written to {file}: {count}."),
    "source-report": QT_TRANSLATE_NOOP("Export", "Leads written to {file}: {count}."),
}


class CommandError(TranslatableError):
    context = CONTEXT


# What can be exported: contactos.actions.exports.KINDS, written out so that building the
# parser (at every start of every command) does not load the exporters.
KINDS = ("contacts", "leads", "followups", "source-report")


def add_parsers(command) -> None:
    p = command(
        "export", translate("CLI", "export contacts, leads, follow-ups or a source's report")
    )
    p.add_argument("what", choices=KINDS, help=translate("CLI", "what to export"))
    p.add_argument(
        "file",
        type=Path,
        metavar=translate("CLI", "FILE"),
        help=translate(
            "CLI",
            ".xlsx, .csv or .vcf (contacts), .xlsx or .csv (leads), .ics (follow-ups), "
            ".xlsx or .csv (source report)",
        ),
    )
    p.add_argument(
        "--source",
        metavar=translate("CLI", "NAME"),
        help=translate("CLI", "the source, for source-report"),
    )
    p.add_argument(
        "--status",
        choices=("open", "won", "lost"),
        help=translate("CLI", "leads: only this status"),
    )
    p.add_argument(
        "--days",
        type=int,
        default=60,
        metavar=translate("CLI", "N"),
        help=translate("CLI", "follow-ups: how many days ahead (1 to 3660)"),
    )
    p.add_argument(
        "--csv",
        choices=("auto", "comma", "semicolon"),
        default="auto",
        help=translate(
            "CLI",
            "CSV separator and decimal mark: comma with 1234.50, semicolon with 1234,50 "
            "(default: what Excel uses on this computer)",
        ),
    )


def cmd_export(args) -> int:
    from contactos import exporting
    from contactos.actions import exports

    if args.what == "source-report" and not args.source:
        raise CommandError(QT_TRANSLATE_NOOP("Export", "Say which source: --source NAME."))
    exported = exports.export(
        args.what,
        args.file,
        source=args.source,
        status=args.status,
        days=args.days,
        style={"comma": exporting.COMMA, "semicolon": exporting.SEMICOLON}.get(args.csv),
    )
    print(translate(CONTEXT, WRITTEN[exported.kind]).format(count=exported.count, file=args.file))
    return 0
