"""`contactos report NAME [--from DATE] [--to DATE] [--json] [--output FILE]`: a report
of contactos.reports as tables, as JSON (every figure with the leads behind it), or
written to a CSV or .xlsx file. Registered by contactos.cli."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from contactos import reports
from contactos.actions import reports as report_actions
from contactos.exporting.report_files import cell_value
from contactos.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Reports"
WROTE = QT_TRANSLATE_NOOP("Reports", "Wrote {rows} rows to {path}.")
PERIOD = QT_TRANSLATE_NOOP("Reports", "Period: {start} to {end}")
ALL_TIME = QT_TRANSLATE_NOOP("Reports", "Period: all")


def add_parsers(command) -> None:
    from contactos.cli import date_arg, metavars

    meta = metavars()
    p = command(
        "report", translate("CLI", "a report: pipeline, wins, response, sources or forecast")
    )
    p.add_argument(
        "name",
        choices=list(reports.REPORTS),
        metavar=meta["NAME"],
        help=translate("CLI", "which report: pipeline, wins, response, sources or forecast"),
    )
    p.add_argument(
        "--from",
        dest="start",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate("CLI", "from this day on"),
    )
    p.add_argument(
        "--to",
        dest="end",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate("CLI", "up to this day, included"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of a table")
    )
    p.add_argument(
        "--output",
        metavar=meta["FILE"],
        help=translate("CLI", "write the report to this .csv or .xlsx file"),
    )


def _date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "…"


def text(cell: reports.Cell, kind: str, language: str = "en") -> str:
    """A cell as the command line prints it, numbers as `language` writes them."""
    from babel.numbers import format_decimal

    value, kind = cell_value(cell, kind)
    if value is None:
        return "–"
    if kind == reports.MONEY:
        return format_decimal(value, format="#,##0.00", locale=language)
    if kind == reports.SHARE:
        return format_decimal(round(float(value) * 100, 1), format="0.0", locale=language) + " %"
    if kind in (reports.HOURS, reports.DAYS):
        return format_decimal(value, format="0.#", locale=language)
    if kind == reports.MONTH and isinstance(value, dt.date):
        return value.strftime("%Y-%m")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def cmd_report(args: argparse.Namespace) -> int:
    from contactos import cli

    period = reports.Period(args.start, args.end)
    report = report_actions.compute(args.name, period)
    if args.output:
        done = report_actions.export(args.name, args.output, period, report=report)
        print(translate(CONTEXT, WROTE).format(rows=done.rows, path=done.path))
        return 0
    if args.json:
        data = {"report": args.name, **reports.to_json(report)}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    kind = reports.REPORTS[args.name]
    print(kind.translated_title)
    if args.start or args.end:
        print(translate(CONTEXT, PERIOD).format(start=_date(args.start), end=_date(args.end)))
    else:
        print(translate(CONTEXT, ALL_TIME))
    print(translate(CONTEXT, kind.period_means))
    language = cli._language
    for table in report.tables():
        print()
        print(table.title)
        rows = [
            [text(c, col.kind, language) for c, col in zip(row, table.columns, strict=True)]
            for row in table.rows
        ]
        cli._table(rows, [c.title for c in table.columns])
    return 0
