"""The command-line side of representadas and commissions (issue 13): `contactos
representadas` lists, adds, edits, archives and restores the companies the agent sells
for; `contactos commission LEAD` shows a won lead's commission ledger or records an entry
in it; `contactos commissions` lists the ledgers of the won leads and their totals per
representada and per currency. Registered by contactos.cli; each write is one action of
contactos.actions."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal

from contactos import commissions, representadas
from contactos.actions import commissions as commission_actions
from contactos.actions import representadas as rep_actions
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError, translate
from contactos.models import CommissionEntry

CONTEXT = "Commissions"


class CommandError(TranslatableError):
    context = "CLI"


# --- Parsers ----------------------------------------------------------------------------


def add_parsers(command) -> None:
    from contactos.cli import _json_flag, date_arg, metavars, number_arg

    meta = metavars()
    p = command(
        "representadas",
        translate(
            "CLI",
            "list the representadas (the companies you sell for), or add, edit, archive "
            "or restore one",
        ),
    )
    _json_flag(p)
    p.add_argument(
        "--all", action="store_true", help=translate("CLI", "archived representadas too")
    )
    sub = p.add_subparsers(dest="rep_action", metavar=translate("CLI", "ACTION"))

    def details(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--rate",
            metavar=meta["AMOUNT"],
            help=translate("CLI", "the commission rate, a percentage (8 or 8,5)"),
        )
        q.add_argument(
            "--currency",
            metavar=meta["CUR"],
            help=translate("CLI", "the currency of its amounts (ISO 4217: MXN, EUR...)"),
        )
        q.add_argument(
            "--reorder-days",
            metavar=meta["N"],
            help=translate("CLI", "days after a win to call for the re-order"),
        )
        q.add_argument(
            "--terms-days",
            metavar=meta["N"],
            help=translate("CLI", "days from the customer's payment to the commission"),
        )
        q.add_argument(
            "--contact",
            metavar=meta["TEXT"],
            help=translate("CLI", "the contact person there"),
        )
        q.add_argument("--notes", metavar=meta["TEXT"], help=translate("CLI", "notes"))

    ref_help = translate("CLI", "the representada's number or name")
    q = sub.add_parser("add", help=translate("CLI", "add a representada"))
    q.add_argument("name", metavar=meta["NAME"], help=translate("CLI", "its name"))
    details(q)
    q = sub.add_parser(
        "edit",
        help=translate(
            "CLI", "change a representada (a new rate reaches its open leads that follow it)"
        ),
    )
    q.add_argument("ref", metavar=meta["NAME"], help=ref_help)
    q.add_argument("--name", metavar=meta["NAME"], help=translate("CLI", "its new name"))
    details(q)
    q = sub.add_parser(
        "archive",
        help=translate(
            "CLI", "archive a representada (its leads keep it; not offered for new ones)"
        ),
    )
    q.add_argument("ref", metavar=meta["NAME"], help=ref_help)
    q = sub.add_parser("restore", help=translate("CLI", "bring an archived representada back"))
    q.add_argument("ref", metavar=meta["NAME"], help=ref_help)

    p = command(
        "commission",
        translate(
            "CLI",
            "show a won lead's commission, or record that it was invoiced, that the customer "
            "paid (an amount of the sale) or that it was received",
        ),
    )
    p.add_argument(
        "lead_id",
        type=number_arg,
        metavar=meta["LEAD_ID"],
        help=translate("CLI", "the lead's number (as listed by `contactos leads`)"),
    )
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--invoiced",
        metavar=meta["AMOUNT"],
        help=translate("CLI", "the commission was invoiced: this amount of commission"),
    )
    what.add_argument(
        "--customer-paid",
        metavar=meta["AMOUNT"],
        help=translate(
            "CLI",
            "the customer paid this amount of the sale (it earns its part of the commission)",
        ),
    )
    what.add_argument(
        "--received",
        metavar=meta["AMOUNT"],
        help=translate("CLI", "this amount of commission was received"),
    )
    what.add_argument(
        "--cancel",
        type=number_arg,
        metavar=meta["N"],
        help=translate("CLI", "cancel a wrong entry by its number (with --reason)"),
    )
    p.add_argument(
        "--date",
        type=date_arg,
        metavar=meta["DATE"],
        help=translate("CLI", "when it happened: today or before (dd/mm/yyyy or yyyy-mm-dd)"),
    )
    p.add_argument("--note", default="", metavar=meta["TEXT"], help=translate("CLI", "a note"))
    p.add_argument(
        "--reason",
        default="",
        metavar=meta["TEXT"],
        help=translate("CLI", "with --cancel: why the entry is wrong"),
    )
    _json_flag(p)

    p = command(
        "commissions",
        translate(
            "CLI",
            "the commissions of the won leads, with totals per representada and currency",
        ),
    )
    p.add_argument(
        "--late",
        action="store_true",
        help=translate("CLI", "only the customer payments and commissions past their dates"),
    )
    _json_flag(p)

    p = command(
        "statement",
        translate(
            "CLI",
            "compare a representada's statement of commissions (CSV or xlsx) with its won "
            "leads; --record records what it proves as one batch",
        ),
    )
    p.add_argument("file", metavar=meta["FILE"], help=translate("CLI", "the statement"))
    p.add_argument(
        "--representada",
        required=True,
        metavar=meta["NAME"],
        help=translate("CLI", "the representada that sent it"),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar=translate("CLI", "COLUMN=FIELD"),
        help=translate(
            "CLI",
            "map a column (its header or number) to customer, reference, sold, commission "
            "or date; repeatable",
        ),
    )
    p.add_argument(
        "--record",
        action="store_true",
        help=translate("CLI", "record the commissions it proves (one batch, undoable)"),
    )
    p.add_argument(
        "--differences",
        metavar=meta["FILE"],
        help=translate(
            "CLI", "write what does not agree to this file (.xlsx or .csv), to send back"
        ),
    )
    _json_flag(p)

    p = command(
        "undo-statement",
        translate("CLI", "undo the payments a statement recorded (they stay, cancelled)"),
    )
    p.add_argument(
        "batch",
        metavar=translate("CLI", "BATCH"),
        help=translate("CLI", "the batch, as statement-1"),
    )
    p.add_argument(
        "--reason",
        default="",
        metavar=meta["TEXT"],
        help=translate("CLI", "why they are undone"),
    )


# --- JSON at the edge -------------------------------------------------------------------


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def representada_json(row: representadas.RepresentadaRow) -> dict[str, object]:
    return {
        "id": row.id,
        "name": row.name,
        "commission_rate": float(row.commission_rate),
        "currency": row.currency or None,
        "reorder_days": row.reorder_days,
        "payment_terms_days": row.payment_terms_days,
        "contact_person": row.contact_person,
        "notes": row.notes,
        "active": row.active,
        "open_leads": row.open_leads,
        "won_leads": row.won_leads,
    }


def entry_json(entry: commissions.Entry) -> dict[str, object]:
    return {
        "id": entry.id,
        "kind": entry.kind,
        "date": _iso(entry.date),
        "amount": _num(entry.amount),
        "commission": _num(entry.commission),
        "note": entry.note,
        "cancelled_at": _iso(entry.cancelled_at),
        "cancel_reason": entry.cancel_reason,
    }


def ledger_json(item: commissions.LeadLedger) -> dict[str, object]:
    return {
        "lead_id": item.lead_id,
        "title": item.title,
        "contact": item.contact,
        "representada": item.representada or None,
        "currency": item.currency,
        "value": _num(item.value),
        "rate": _num(item.rate),
        "won_on": _iso(item.won_on),
        "state": item.state,
        "expected": _num(item.expected),
        "customer_paid": _num(item.customer_paid),
        "earned": _num(item.earned),
        "invoiced": _num(item.invoiced),
        "received": _num(item.received),
        "outstanding": _num(item.outstanding),
        "customer_due": _iso(item.customer_due),
        "customer_late": item.customer_late,
        "commission_due": _iso(item.commission_due),
        "commission_late": item.commission_late,
        "owed_now": _num(item.owed_now),
        "entries": [entry_json(e) for e in item.entries],
    }


def totals_json(t: commissions.Totals) -> dict[str, object]:
    return {
        "representada": t.representada or None,
        "currency": t.currency,
        "leads": t.leads,
        "value": _num(t.value),
        "expected": _num(t.expected),
        "customer_paid": _num(t.customer_paid),
        "invoiced": _num(t.invoiced),
        "received": _num(t.received),
        "outstanding": _num(t.outstanding),
        "late": _num(t.late),
        "lead_ids": list(t.lead_ids),
    }


def late_json(item: commissions.Late) -> dict[str, object]:
    return {
        "kind": item.kind,
        "lead_id": item.lead_id,
        "title": item.title,
        "contact": item.contact,
        "representada": item.representada or None,
        "due": _iso(item.due),
        "days_late": item.days_late,
        "amount": _num(item.amount),
        "currency": item.currency,
    }


# --- Text -------------------------------------------------------------------------------


def money(amount: Decimal | None, currency: str) -> str:
    """An amount in the command line's language, with its currency."""
    if amount is None:
        return "—"
    from babel.numbers import format_currency

    from contactos import cli

    try:
        return format_currency(amount, currency or "XXX", locale=cli._language)
    except Exception:  # noqa: BLE001 - an unknown code: the number and the code
        return f"{amount} {currency}".strip()


def _date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def _rate(value: Decimal | None) -> str:
    return "—" if value is None else f"{value.normalize():f} %"


def _label(labels: dict[str, str], key: str) -> str:
    return translate(CONTEXT, labels.get(key, key))


# --- Commands ---------------------------------------------------------------------------


def _details(args: argparse.Namespace, name: str | None) -> rep_actions.RepresentadaData:
    return rep_actions.RepresentadaData(
        name=name,
        commission_rate=args.rate,
        currency=args.currency,
        reorder_days=args.reorder_days,
        payment_terms_days=args.terms_days,
        contact_person=args.contact,
        notes=args.notes,
    )


def cmd_representadas(args: argparse.Namespace) -> int:
    from contactos.cli import _print_json, _table

    action = args.rep_action
    if action == "add":
        saved = rep_actions.add(_details(args, args.name))
        print(
            translate("CLI", "Representada {id} added: {name}.").format(
                id=saved.representada.id, name=saved.representada.name
            )
        )
        return 0
    if action == "edit":
        saved = rep_actions.edit(args.ref, _details(args, args.name))
        print(
            translate("CLI", "Representada {id} saved: {name}.").format(
                id=saved.representada.id, name=saved.representada.name
            )
        )
        if saved.leads_following:
            from contactos.cli import CLI

            print(
                CLI.tr("%n open lead(s) took the new commission rate.", "", saved.leads_following)
            )
        return 0
    if action in ("archive", "restore"):
        saved = getattr(rep_actions, action)(args.ref)
        text = (
            QT_TRANSLATE_NOOP("CLI", "Representada {name} archived.")
            if action == "archive"
            else QT_TRANSLATE_NOOP("CLI", "Representada {name} restored.")
        )
        print(translate("CLI", text).format(name=saved.representada.name))
        return 0
    rows = representadas.rows(archived=args.all)
    if args.json:
        _print_json([representada_json(r) for r in rows])
        return 0
    _table(
        [
            [
                str(r.id),
                r.name[:30] + ("" if r.active else " " + translate("CLI", "(archived)")),
                _rate(r.commission_rate),
                r.currency or "—",
                str(r.reorder_days),
                str(r.payment_terms_days),
                r.contact_person[:25],
                str(r.open_leads),
                str(r.won_leads),
            ]
            for r in rows
        ],
        [
            "#",
            translate("CLI", "Representada"),
            translate("CLI", "Rate"),
            translate("CLI", "Currency"),
            translate("CLI", "Re-order (days)"),
            translate("CLI", "Terms (days)"),
            translate("CLI", "Contact person"),
            translate("CLI", "Open"),
            translate("CLI", "Won"),
        ],
    )
    return 0


KIND_OPTIONS = (
    ("invoiced", CommissionEntry.INVOICED),
    ("customer_paid", CommissionEntry.CUSTOMER_PAID),
    ("received", CommissionEntry.RECEIVED),
)


def cmd_commission(args: argparse.Namespace) -> int:
    from contactos.cli import _print_json

    if args.cancel is not None:
        recorded = commission_actions.cancel(args.cancel, args.reason, lead=args.lead_id)
        item = recorded.ledger
        if not args.json:
            print(translate("CLI", "Entry {id} cancelled.").format(id=recorded.entry.id))
    else:
        chosen = [(kind, getattr(args, option)) for option, kind in KIND_OPTIONS]
        chosen = [(kind, amount) for kind, amount in chosen if amount is not None]
        if chosen:
            kind, amount = chosen[0]
            recorded = commission_actions.record(args.lead_id, kind, amount, args.date, args.note)
            item = recorded.ledger
            if not args.json:
                print(
                    translate(
                        "CLI", "Lead {id}: {what} {amount} on {date} (entry {entry})."
                    ).format(
                        id=args.lead_id,
                        what=_label(commissions.KIND_LABELS, kind),
                        amount=money(recorded.entry.amount, item.currency),
                        date=_date(recorded.entry.date),
                        entry=recorded.entry.id,
                    )
                )
        else:
            if args.date is not None or args.note:
                raise CommandError(
                    QT_TRANSLATE_NOOP(
                        "CLI",
                        "Say what happened: --invoiced AMOUNT, --customer-paid AMOUNT or "
                        "--received AMOUNT (with --date DATE).",
                    )
                )
            item = commissions.ledger(args.lead_id)
            if item is None:
                from contactos.actions.common import get
                from contactos.models import Lead

                lead = get(Lead, args.lead_id)
                raise CommandError(
                    QT_TRANSLATE_NOOP(
                        "CLI", "Lead {id} ('{title}') is not won: it has no commission yet."
                    ),
                    id=lead.id,
                    title=lead.title,
                )
    if args.json:
        _print_json(ledger_json(item) if item is not None else None)
        return 0
    if item is not None:
        print_ledger(item)
    return 0


def print_ledger(item: commissions.LeadLedger) -> None:
    from contactos.cli import _table

    cur = item.currency
    print(f"#{item.lead_id} {item.title} — {item.contact}")
    lines = [
        (translate("CLI", "Representada"), item.representada or "—"),
        (translate("CLI", "Won on"), _date(item.won_on)),
        (translate("CLI", "Value"), money(item.value, cur)),
        (translate("CLI", "Rate"), _rate(item.rate)),
        (translate("CLI", "State"), _label(commissions.STATE_LABELS, item.state)),
        (translate("CLI", "Expected"), money(item.expected, cur)),
        (translate("CLI", "Invoiced"), money(item.invoiced, cur)),
        (translate("CLI", "Customer paid"), money(item.customer_paid, cur)),
        (translate("CLI", "Received"), money(item.received, cur)),
        (translate("CLI", "Outstanding"), money(item.outstanding, cur)),
        (
            translate("CLI", "Customer payment due"),
            _date(item.customer_due)
            + ("  ! " + translate("CLI", "late") if item.customer_late else ""),
        ),
        (
            translate("CLI", "Commission due"),
            _date(item.commission_due)
            + ("  ! " + translate("CLI", "late") if item.commission_late else ""),
        ),
    ]
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"  {label.ljust(width)}  {value}")
    if item.entries:
        print()
        _table(
            [
                [
                    str(e.id),
                    _date(e.date),
                    _label(commissions.KIND_LABELS, e.kind),
                    money(e.amount, cur),
                    money(e.commission, cur),
                    (translate("CLI", "cancelled: {reason}").format(reason=e.cancel_reason))
                    if e.cancelled
                    else e.note,
                ]
                for e in item.entries
            ],
            [
                "#",
                translate("CLI", "Date"),
                translate("CLI", "What"),
                translate("CLI", "Amount"),
                translate("CLI", "Commission"),
                translate("CLI", "Note"),
            ],
        )


def cmd_commissions(args: argparse.Namespace) -> int:
    from contactos.cli import _print_json, _table

    if args.late:
        found = commissions.late()
        if args.json:
            _print_json([late_json(item) for item in found])
            return 0
        _table(
            [
                [
                    f"#{item.lead_id}",
                    _label(commissions.LATE_LABELS, item.kind),
                    _date(item.due),
                    str(item.days_late),
                    money(item.amount, item.currency),
                    item.title[:30],
                    item.representada[:25],
                ]
                for item in found
            ],
            [
                translate("CLI", "Lead"),
                translate("CLI", "What"),
                translate("CLI", "Due"),
                translate("CLI", "Days late"),
                translate("CLI", "Amount"),
                translate("CLI", "Title"),
                translate("CLI", "Representada"),
            ],
        )
        return 0
    items = commissions.ledgers()
    per_rep = commissions.by_representada(items)
    per_currency = commissions.by_currency(items)
    if args.json:
        _print_json(
            {
                "leads": [ledger_json(item) for item in items],
                "by_representada": [totals_json(t) for t in per_rep],
                "by_currency": [totals_json(t) for t in per_currency],
            }
        )
        return 0
    headers = [
        translate("CLI", "Expected"),
        translate("CLI", "Invoiced"),
        translate("CLI", "Received"),
        translate("CLI", "Outstanding"),
    ]
    _table(
        [
            [
                f"#{item.lead_id}",
                item.title[:30],
                item.representada[:20],
                _label(commissions.STATE_LABELS, item.state),
                money(item.expected, item.currency),
                money(item.invoiced, item.currency),
                money(item.received, item.currency),
                money(item.outstanding, item.currency),
            ]
            for item in items
        ],
        [
            translate("CLI", "Lead"),
            translate("CLI", "Title"),
            translate("CLI", "Representada"),
            translate("CLI", "State"),
            *headers,
        ],
    )
    print()
    _table(
        [
            [
                t.representada or "—",
                t.currency,
                str(t.leads),
                money(t.expected, t.currency),
                money(t.invoiced, t.currency),
                money(t.received, t.currency),
                money(t.outstanding, t.currency),
            ]
            for t in per_rep
        ],
        [
            translate("CLI", "Representada"),
            translate("CLI", "Currency"),
            translate("CLI", "Leads"),
            *headers,
        ],
    )
    return 0


# --- Statements ------------------------------------------------------------------------------


def _statement_mapping(path: str, pairs: list[str]) -> dict[int, str] | None:
    """--map COLUMN=FIELD pairs as {column index: field}; None without any."""
    if not pairs:
        return None
    from contactos import statements
    from contactos.importing import readers

    headers = readers.read_file(path).headers
    mapping: dict[int, str] = {}
    for pair in pairs:
        column, _, name = pair.partition("=")
        column, name = column.strip(), name.strip().lower()
        if name not in statements.FIELDS:
            raise CommandError(
                QT_TRANSLATE_NOOP("CLI", "'{field}' is not a field of a statement: {fields}."),
                field=name,
                fields=", ".join(statements.FIELDS),
            )
        if column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif column in headers:
            index = headers.index(column)
        else:
            raise CommandError(
                QT_TRANSLATE_NOOP("CLI", "The statement has no column '{column}'."), column=column
            )
        mapping[index] = name
    return mapping


def _matched_json(m) -> dict[str, object]:
    return {
        "line": m.line.line,
        "lead_id": m.lead_id,
        "title": m.title,
        "how": m.how,
        "customer": m.line.customer,
        "reference": m.line.reference,
        "sold": _num(m.line.sold),
        "paid": _num(m.line.commission),
        "expected": _num(m.expected),
        "difference": _num(m.difference),
        "underpaid": m.underpaid,
    }


def _line_json(line) -> dict[str, object]:
    return {
        "line": line.line,
        "customer": line.customer,
        "reference": line.reference,
        "sold": _num(line.sold),
        "paid": _num(line.commission),
        "date": _iso(line.date),
        "problems": list(line.problems),
    }


def cmd_statement(args: argparse.Namespace) -> int:
    from contactos.actions import statements as statement_actions
    from contactos.cli import _print_json

    result = statement_actions.reconcile(
        args.file, args.representada, _statement_mapping(args.file, args.map)
    )
    batch = None
    if args.record:
        from pathlib import Path

        batch = statement_actions.record(result, Path(args.file).name).batch
    if args.differences:
        statement_actions.export_differences(result, args.differences)
    if args.json:
        _print_json(
            {
                "representada": result.representada,
                "first": _iso(result.first),
                "last": _iso(result.last),
                "mapping": {result.headers[i]: name for i, name in sorted(result.mapping.items())},
                "matched": [_matched_json(m) for m in result.matched],
                "underpaid": [_matched_json(m) for m in result.underpaid],
                "missing": [
                    {
                        "lead_id": m.lead_id,
                        "title": m.title,
                        "customer": m.customer,
                        "payment_date": _iso(m.payment_date),
                        "expected": _num(m.expected),
                        "currency": m.currency,
                    }
                    for m in result.missing
                ],
                "unmatched": [_line_json(line) for line in result.unmatched],
                "batch": batch,
            }
        )
        return 0
    from contactos.cli import CLI

    print(
        CLI.tr(
            "Statement of {name}, {first} to {last}: %n line(s) matched.", "", len(result.matched)
        ).format(name=result.representada, first=_date(result.first), last=_date(result.last))
    )
    for m in result.underpaid:
        print(
            "  ! "
            + translate("CLI", "Line {line}: {title} paid {paid}, agreed {expected}.").format(
                line=m.line.line,
                title=m.title,
                paid=m.line.commission,
                expected=m.expected,
            )
        )
    for m in result.missing:
        print(
            "  ! "
            + translate("CLI", "Missing: lead {id} {title} (paid {date}).").format(
                id=m.lead_id, title=m.title, date=_date(m.payment_date)
            )
        )
    for line in result.unmatched:
        print(
            "  ! "
            + translate("CLI", "Line {line} matches no won lead: {customer} {reference}.").format(
                line=line.line, customer=line.customer, reference=line.reference
            )
        )
    if batch:
        print(translate("CLI", "Recorded as {batch}.").format(batch=batch))
    return 0


def cmd_undo_statement(args: argparse.Namespace) -> int:
    from contactos.actions import statements as statement_actions
    from contactos.cli import CLI

    count = statement_actions.undo(args.batch, args.reason)
    print(CLI.tr("{batch} undone: %n payment(s) cancelled.", "", count).format(batch=args.batch))
    return 0
