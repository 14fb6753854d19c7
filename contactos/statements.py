"""Reconciling a representada's statement (issue 13, item 3): the CSV or xlsx file a
representada sends with the commissions it paid is read like any import (the same
readers; its columns mapped from Spanish and English headers, the mapping remembered per
representada), its lines matched to the representada's won leads (the order or invoice
reference first, then the customer and the amount sold), and what does not agree listed:
a commission lower than the agreed rate, a won lead whose payment falls in the
statement's period but is missing from it, a line that matches nothing.

The commissions the statement proves are recorded when the person confirms, as one batch
of ledger entries ('received'; a credit line, a negative amount, is allowed here) that
can be undone as a whole (its entries cancelled, never deleted). :func:`record` and
:func:`undo` open no transaction: contactos.actions.statements does.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from contactos import amounts, clock, commissions
from contactos.dates import BadDate, parse_date
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError
from contactos.models import (
    Closing,
    CommissionEntry,
    Contact,
    Lead,
    Representada,
    Setting,
    now,
)

FIELDS = ("customer", "reference", "sold", "commission", "date")
# Header words that name each field (folded: lower case, no accents).
HEADER_WORDS = {
    "customer": ("cliente", "customer", "razon social", "nombre", "client", "comprador"),
    "reference": (
        "referencia",
        "reference",
        "factura",
        "invoice",
        "pedido",
        "orden",
        "order",
        "folio",
        "documento",
    ),
    "commission": ("comision", "commission", "comision pagada", "pagado", "paid"),
    "sold": ("venta", "vendido", "importe", "monto", "amount", "sold", "sale", "total"),
    "date": ("fecha", "date", "fecha de pago", "payment date"),
}
TOLERANCE = Decimal("0.01")
SETTING = "statement_mapping_{id}"


class StatementError(TranslatableError):
    context = "Statements"

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


def fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", (text or "").casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def _ref(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


# --- Reading -----------------------------------------------------------------------------


def auto_mapping(headers: list[str]) -> dict[int, str]:
    """Each field's column by its header's words (the first column that names it)."""
    mapping: dict[int, str] = {}
    for name in ("commission", "customer", "reference", "date", "sold"):
        for index, header in enumerate(headers):
            words = fold(header)
            if index in mapping or not words:
                continue
            if any(
                w == words or w in words.split() or words.startswith(w) for w in HEADER_WORDS[name]
            ):
                mapping[index] = name
                break
    return mapping


def remembered_mapping(representada: Representada, headers: list[str]) -> dict[int, str] | None:
    """The mapping confirmed for this representada's last statement, when its columns
    are there: {header: field}, kept by header."""
    row = Setting.get_or_none(Setting.key == SETTING.format(id=representada.id))
    try:
        by_header = json.loads(row.value) if row is not None else None
    except ValueError:
        return None
    if not isinstance(by_header, dict):
        return None
    found = {i: by_header[h] for i, h in enumerate(headers) if h in by_header}
    return found or None


@dataclass(frozen=True)
class Line:
    """One line of a statement, read: amounts and the date as values, what could not be
    read in `problems` (the line is kept, as written, and reported)."""

    line: int
    customer: str
    reference: str
    sold: Decimal | None
    commission: Decimal | None
    date: dt.date | None
    problems: tuple[str, ...] = ()


def read_lines(path: str | Path, mapping: dict[int, str] | None = None, representada=None):
    """The statement's lines and the mapping used (given, else the representada's
    remembered one, else by the headers)."""
    from contactos.importing import readers

    table = readers.read_file(path)
    if mapping is None and representada is not None:
        mapping = remembered_mapping(representada, table.headers)
    if mapping is None:
        mapping = auto_mapping(table.headers)
    wanted = {"commission"}
    missing = wanted - set(mapping.values())
    if missing:
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "Statements",
                "No column of the statement says the commission paid: map one with "
                "--map COLUMN=commission.",
            ),
            "mapping",
        )
    column = {name: index for index, name in mapping.items()}
    marks = {
        name: amounts.column_decimal_mark(
            r.cells[column[name]] for r in table.rows if column[name] < len(r.cells)
        )
        for name in ("sold", "commission")
        if name in column
    }

    def cell(row, name: str) -> str:
        index = column.get(name)
        return row.cells[index].strip() if index is not None and index < len(row.cells) else ""

    lines = []
    for row in table.rows:
        problems = []
        values: dict[str, object] = {}
        for name in ("sold", "commission"):
            text = cell(row, name)
            mark = marks.get(name)
            try:
                values[name] = amounts.parse(
                    text, decimal_mark=None if mark == amounts.MIXED else mark, negative=True
                )
            except amounts.AmountError as error:
                values[name] = None
                problems.append(f"{name}: {error}")
        text = cell(row, "date")
        try:
            values["date"] = parse_date(text) if text else None
        except BadDate as error:
            values["date"] = None
            problems.append(f"date: {error}")
        lines.append(
            Line(
                line=row.line,
                customer=cell(row, "customer"),
                reference=cell(row, "reference"),
                sold=values["sold"],
                commission=values["commission"],
                date=values["date"],
                problems=tuple(problems),
            )
        )
    return table, mapping, lines


# --- Matching ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Matched:
    line: Line
    lead_id: int
    title: str
    how: str  # 'reference' or 'customer-amount'
    expected: Decimal | None  # the commission the line's sale earns at the lead's rate
    difference: Decimal | None  # paid − expected (negative: underpaid)

    @property
    def underpaid(self) -> bool:
        return (
            self.difference is not None
            and self.line.commission is not None
            and self.line.commission > 0
            and self.difference < -TOLERANCE
        )


@dataclass(frozen=True)
class Missing:
    lead_id: int
    title: str
    customer: str
    payment_date: dt.date
    expected: Decimal | None
    currency: str


@dataclass
class Reconciliation:
    representada_id: int
    representada: str
    first: dt.date | None  # the statement's period
    last: dt.date | None
    matched: list[Matched] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)
    unmatched: list[Line] = field(default_factory=list)
    mapping: dict[int, str] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)

    @property
    def underpaid(self) -> list[Matched]:
        return [m for m in self.matched if m.underpaid]


def _candidates(representada: Representada) -> list[dict]:
    rows = (
        Lead.select(
            Lead.id,
            Lead.title,
            Lead.value,
            Lead.commission_rate,
            Lead.currency,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
        )
        .join(Contact, on=(Lead.contact == Contact.id))
        .where((Lead.representada == representada.id) & (Lead.status == Lead.WON))
        .order_by(Lead.id)
        .tuples()
    )
    refs: dict[int, str] = {}
    for lead_id, reference in (
        Closing.select(Closing.lead, Closing.reference)
        .join(Lead)
        .where((Lead.representada == representada.id) & (Closing.outcome == Lead.WON))
        .order_by(Closing.id)
        .tuples()
    ):
        refs[lead_id] = reference
    found = []
    for lead_id, title, value, rate, currency, first, last, company in rows:
        names = {fold(f"{first} {last}"), fold(company)} - {""}
        found.append(
            {
                "id": lead_id,
                "title": title,
                "value": None if value is None else Decimal(str(value)).quantize(Decimal("0.01")),
                "rate": None if rate is None else Decimal(str(rate)),
                "currency": currency,
                "names": names,
                "customer": company or f"{first} {last}".strip(),
                "ref": _ref(refs.get(lead_id, "")),
            }
        )
    return found


def reconcile(representada: Representada, lines: list[Line]) -> Reconciliation:
    dates = [line.date for line in lines if line.date is not None]
    result = Reconciliation(
        representada.id,
        representada.name,
        min(dates) if dates else None,
        max(dates) if dates else None,
    )
    leads = _candidates(representada)
    by_ref = {lead["ref"]: lead for lead in leads if lead["ref"]}
    seen: set[int] = set()
    for line in lines:
        lead, how = None, ""
        reference = _ref(line.reference)
        if reference and reference in by_ref:
            lead, how = by_ref[reference], "reference"
        elif line.customer and line.sold is not None:
            customer = fold(line.customer)
            for candidate in leads:
                if customer in candidate["names"] and candidate["value"] == abs(line.sold):
                    lead, how = candidate, "customer-amount"
                    break
        if lead is None:
            result.unmatched.append(line)
            continue
        seen.add(lead["id"])
        expected = commissions.commission_on(line.sold, lead["rate"])
        difference = (
            None if expected is None or line.commission is None else line.commission - expected
        )
        result.matched.append(Matched(line, lead["id"], lead["title"], how, expected, difference))
    if result.first is not None:
        ledgers = {
            item.lead_id: item for item in commissions.ledgers(representada_id=representada.id)
        }
        for lead in leads:
            item = ledgers.get(lead["id"])
            if item is None or lead["id"] in seen:
                continue
            paid = [e.date for e in item.entries if e.kind == "customer-paid" and not e.cancelled]
            day = max(paid) if paid else item.customer_due
            if day is not None and result.first <= day <= result.last:
                result.missing.append(
                    Missing(
                        lead["id"],
                        lead["title"],
                        lead["customer"],
                        day,
                        item.expected,
                        item.currency,
                    )
                )
    return result


# --- Recording what it proves, undoing it ------------------------------------------------------


def next_batch() -> str:
    names = [
        b
        for (b,) in CommissionEntry.select(CommissionEntry.batch)
        .where(CommissionEntry.batch.startswith("statement-"))
        .distinct()
        .tuples()
    ]
    numbers = [int(b.split("-", 1)[1]) for b in names if b.split("-", 1)[1].isdigit()]
    return f"statement-{max(numbers, default=0) + 1}"


def record(result: Reconciliation, file_name: str = "") -> tuple[str, list[CommissionEntry]]:
    """The commissions the statement proves, as one batch of 'received' entries (a credit
    line's negative amount too); checked first, written after."""
    rows = [m for m in result.matched if m.line.commission not in (None, Decimal("0"))]
    if not rows:
        raise StatementError(
            QT_TRANSLATE_NOOP("Statements", "The statement proves no commission to record.")
        )
    today = clock.today()
    for m in rows:
        if m.line.date is not None and m.line.date > today:
            raise StatementError(
                QT_TRANSLATE_NOOP(
                    "Statements", "Line {line} is dated {date}, in the future: correct the file."
                ),
                "date",
                line=m.line.line,
                date=m.line.date,
            )
        lead = Lead.get_by_id(m.lead_id)
        if lead.status != Lead.WON:
            raise StatementError(
                QT_TRANSLATE_NOOP("Statements", "The lead '{title}' is no longer won."),
                title=lead.title,
            )
    batch = next_batch()
    note = (file_name or "").strip()
    made = [
        CommissionEntry.create(
            lead=m.lead_id,
            kind=CommissionEntry.RECEIVED,
            date=m.line.date or result.last or today,
            amount=m.line.commission,
            commission=m.line.commission,
            note=f"{note} · {m.line.reference}".strip(" ·") if m.line.reference else note,
            created_at=now(),
            batch=batch,
        )
        for m in rows
    ]
    by_header = {
        result.headers[i]: name for i, name in result.mapping.items() if i < len(result.headers)
    }
    Setting.replace(
        key=SETTING.format(id=result.representada_id), value=json.dumps(by_header)
    ).execute()
    return batch, made


def undo(batch: str, reason: str) -> int:
    """Cancel the entries of a statement's batch (kept in the history, with the reason)."""
    entries = list(
        CommissionEntry.select().where(
            (CommissionEntry.batch == batch) & CommissionEntry.cancelled_at.is_null()
        )
    )
    if not entries:
        raise StatementError(
            QT_TRANSLATE_NOOP("Statements", "There is nothing of {batch} to undo."), batch=batch
        )
    if not (reason or "").strip():
        raise StatementError(
            QT_TRANSLATE_NOOP("Statements", "Say why the statement's payments are undone."),
            "reason",
        )
    for entry in entries:
        commissions.cancel(entry, reason)
    return len(entries)


def differences_rows(result: Reconciliation) -> list[list[object]]:
    """What does not agree, one row each: kind, line, customer, reference, sold, paid,
    expected, difference, lead."""
    rows: list[list[object]] = []
    for m in result.underpaid:
        rows.append(
            ["underpaid", m.line.line, m.line.customer, m.line.reference, m.line.sold,
             m.line.commission, m.expected, m.difference, m.lead_id]
        )  # fmt: skip
    for item in result.missing:
        rows.append(
            ["missing", None, item.customer, "", None, None, item.expected, None, item.lead_id]
        )
    for line in result.unmatched:
        rows.append(
            ["unmatched", line.line, line.customer, line.reference, line.sold, line.commission,
             None, None, None]
        )  # fmt: skip
    return rows


DIFFERENCE_HEADERS = (
    QT_TRANSLATE_NOOP("Export", "Difference"),
    QT_TRANSLATE_NOOP("Export", "Line"),
    QT_TRANSLATE_NOOP("Export", "Customer"),
    QT_TRANSLATE_NOOP("Export", "Reference"),
    QT_TRANSLATE_NOOP("Export", "Sold"),
    QT_TRANSLATE_NOOP("Export", "Commission paid"),
    QT_TRANSLATE_NOOP("Export", "Commission agreed"),
    QT_TRANSLATE_NOOP("Export", "Paid minus agreed"),
    QT_TRANSLATE_NOOP("Export", "Lead"),
)
