"""Reconciling a representada's statement (issue 13, item 3): an underpaid line, a won
lead missing from the statement's period, a line that matches nothing, a credit line;
what it proves recorded as one batch and undone as a whole."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from helpers import snapshot

from contactos import commissions, statements
from contactos.actions import closing, leads
from contactos.actions import commissions as commission_actions
from contactos.actions import contacts as contact_actions
from contactos.actions import representadas as rep_actions
from contactos.actions import statements as statement_actions
from contactos.contacts import ContactData
from contactos.models import CommissionEntry
from contactos.representadas import RepresentadaData
from contactos.rules import NextAction
from contactos.statements import StatementError

D = Decimal

STATEMENT = """Estado de cuenta de comisiones - Tolteca
Cliente;Factura;Importe vendido;Comisión pagada;Fecha
Ferretería El Águila;OC-101;100.000,00;8.000,00;15/11/2026
Aceros del Bajío;F-999;50.000,00;3.000,00;18/11/2026
Tornillos Pérez;X-1;1.000,00;80,00;20/11/2026
Ferretería El Águila;OC-101;-10.000,00;-800,00;21/11/2026
"""


@pytest.fixture
def day(clock):
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    return clock.today()


def won_lead(clock, company, value, reference, paid_on=None, expected_payment=None):
    clock.set(dt.datetime(2026, 10, 1, 9, 0))
    contact = contact_actions.add_contact(ContactData(company=company)).contact
    lead = leads.add_lead(
        leads.LeadDetails(title=f"Pedido {company}", value=value, representada="Tolteca"),
        NextAction("Llamar", dt.date(2026, 10, 2)),
        contact=contact,
    ).lead
    closing.win(lead.id, "purchase-order", dt.date(2026, 10, 1), reference, schedule_reorder=False)
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    if expected_payment:
        leads.save_checklist(lead.id, expected_payment_date=expected_payment)
    if paid_on:
        commission_actions.record(lead.id, "customer-paid", value, paid_on)
    return lead


@pytest.fixture
def book(db, clock, day, tmp_path):
    rep_actions.add(RepresentadaData(name="Tolteca", commission_rate="8"))
    aguila = won_lead(clock, "Ferretería El Águila", "100000", "OC-101", dt.date(2026, 11, 10))
    bajio = won_lead(clock, "Aceros del Bajío", "50000", "", dt.date(2026, 11, 12))  # by name
    missing = won_lead(clock, "Pinturas Norte", "20000", "OC-7", None, dt.date(2026, 11, 16))
    outside = won_lead(clock, "Vidrios Sur", "9000", "OC-8", None, dt.date(2026, 12, 20))
    path = tmp_path / "estado.csv"
    path.write_text(STATEMENT, encoding="cp1252")
    return {"aguila": aguila, "bajio": bajio, "missing": missing, "outside": outside, "path": path}


def test_the_columns_are_found_by_their_headers():
    assert statements.auto_mapping(
        ["Cliente", "Factura", "Importe vendido", "Comisión pagada", "Fecha"]
    ) == {0: "customer", 1: "reference", 2: "sold", 3: "commission", 4: "date"}
    assert statements.auto_mapping(["Customer", "Order", "Amount sold", "Commission", "Date"]) == {
        0: "customer",
        1: "reference",
        2: "sold",
        3: "commission",
        4: "date",
    }


def test_a_statement_is_compared_with_the_won_leads(book):
    result = statement_actions.reconcile(book["path"], "tolteca")
    assert (result.first, result.last) == (dt.date(2026, 11, 15), dt.date(2026, 11, 21))
    matched = {(m.line.line, m.lead_id, m.how) for m in result.matched}
    assert matched == {
        (3, book["aguila"].id, "reference"),
        (4, book["bajio"].id, "customer-amount"),
        (6, book["aguila"].id, "reference"),  # the credit line
    }
    (under,) = result.underpaid  # 3,000 paid of 4,000 agreed
    assert (under.lead_id, under.expected, under.difference) == (
        book["bajio"].id,
        D("4000.00"),
        D("-1000.00"),
    )
    assert [m.lead_id for m in result.missing] == [book["missing"].id]  # (16/11: in the period)
    assert [line.customer for line in result.unmatched] == ["Tornillos Pérez"]
    rows = statements.differences_rows(result)
    assert [r[0] for r in rows] == ["underpaid", "missing", "unmatched"]


def test_reading_it_writes_nothing(book):
    before = snapshot()
    statement_actions.reconcile(book["path"], "Tolteca")
    assert snapshot() == before


def test_what_it_proves_is_recorded_as_one_batch_and_undone_as_a_whole(book, day):
    result = statement_actions.reconcile(book["path"], "Tolteca")
    recorded = statement_actions.record(result, "estado.csv")
    assert recorded.batch == "statement-1"
    assert sorted(e.amount for e in recorded.entries) == [D("-800"), D("3000"), D("8000")]
    assert commissions.ledger(book["aguila"].id).received == D("7200.00")  # credit included
    # the mapping is remembered for the representada's next statement
    again = statement_actions.reconcile(book["path"], "Tolteca")
    assert again.mapping == result.mapping
    with pytest.raises(StatementError):
        statement_actions.undo("statement-1", "")
    assert statement_actions.undo("statement-1", "Estado equivocado") == 3
    assert commissions.ledger(book["aguila"].id).received == D("0")
    kept = CommissionEntry.select().where(CommissionEntry.batch == "statement-1")
    assert all(e.cancelled_at is not None for e in kept) and kept.count() == 3
    with pytest.raises(StatementError):
        statement_actions.undo("statement-1", "otra vez")
    assert statement_actions.record(result).batch == "statement-2"


def test_a_statement_without_a_commission_column_is_refused(db, tmp_path, day):
    rep_actions.add(RepresentadaData(name="Tolteca", commission_rate="8"))
    path = tmp_path / "x.csv"
    path.write_text("Cliente;Fecha\nEva;01/11/2026\n", encoding="utf-8")
    with pytest.raises(StatementError) as info:
        statement_actions.reconcile(path, "Tolteca")
    assert info.value.field == "mapping"


def test_a_line_dated_in_the_future_is_not_recorded(book, tmp_path):
    path = tmp_path / "futuro.csv"
    path.write_text(
        "Cliente;Factura;Importe vendido;Comisión pagada;Fecha\n"
        "Ferretería El Águila;OC-101;100.000,00;8.000,00;05/12/2026\n",
        encoding="utf-8",
    )
    result = statement_actions.reconcile(path, "Tolteca")
    before = snapshot()
    with pytest.raises(StatementError) as info:
        statement_actions.record(result)
    assert info.value.field == "date"
    assert snapshot() == before


def test_the_command_line_compares_records_exports_and_undoes(cli, book, tmp_path):
    import json

    out = tmp_path / "diferencias.csv"
    code, text, err = cli(
        "statement",
        str(book["path"]),
        "--representada",
        "Tolteca",
        "--differences",
        str(out),
        "--json",
    )
    assert code == 0, err
    found = json.loads(text)
    assert [m["lead_id"] for m in found["underpaid"]] == [book["bajio"].id]
    assert [m["lead_id"] for m in found["missing"]] == [book["missing"].id]
    assert [line["customer"] for line in found["unmatched"]] == ["Tornillos Pérez"]
    assert found["batch"] is None and found["mapping"]["Comisión pagada"] == "commission"
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 4  # the header, underpaid, missing, unmatched
    import csv

    read = list(csv.reader(lines, delimiter=";" if ";" in lines[0] else ","))
    assert [row[0] for row in read[1:]] == [
        "Commission lower than agreed",
        "Won, missing from the statement",
        "Matches no won lead",
    ]
    workbook = tmp_path / "diferencias.xlsx"
    code, _, err = cli(
        "--lang", "es", "statement", str(book["path"]), "--representada", "Tolteca",
        "--differences", str(workbook),
    )  # fmt: skip
    assert code == 0, err
    import openpyxl

    sheet = openpyxl.load_workbook(workbook).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(values) == 4 and values[0][0] == "Diferencia"
    assert [row[0] for row in values[1:]] == [
        "Comisión menor que la acordada",
        "Ganado, falta en el estado de cuenta",
        "No corresponde a ningún prospecto ganado",
    ]
    code, text, err = cli("statement", str(book["path"]), "--representada", "Tolteca", "--record")
    assert code == 0, err
    assert "statement-1" in text
    code, text, err = cli("undo-statement", "statement-1", "--reason", "Equivocado")
    assert code == 0, err
    assert "3" in text
    code, _, err = cli(
        "statement", str(book["path"]), "--representada", "Tolteca", "--map", "Nada=commission"
    )
    assert code != 0 and "no column 'Nada'" in err
