"""`contactos representadas`, `contactos commission` and `contactos commissions`: the
real commands in a temporary data folder, their JSON as README documents it, and their
refusals (writing nothing)."""

from __future__ import annotations

import datetime as dt
import json

import pytest


@pytest.fixture
def day(clock):
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    return clock.today()


def ok(cli, *args: str) -> str:
    code, out, err = cli(*args)
    assert code == 0, err
    return out


def refused(cli, *args: str, says: str) -> str:
    code, out, err = cli(*args)
    assert code != 0
    assert says in err, err
    return err


@pytest.fixture
def won(cli, day):
    ok(
        cli,
        "representadas",
        "add",
        "Tolteca",
        "--rate",
        "8",
        "--currency",
        "mxn",
        "--terms-days",
        "15",
        "--contact",
        "Lic. Ramírez",
    )
    lead_id = int(
        ok(
            cli,
            "add-lead",
            "José Núñez",
            "--next",
            "Llamar",
            "--due",
            "2026-12-01",
            "--value",
            "100000",
            "--representada",
            "Tolteca",
        )
    )
    ok(cli, "win", str(lead_id), "--act", "contract", "--date", "2026-11-30")
    return lead_id


def test_representadas_are_added_listed_edited_archived_and_restored(cli, won):
    (rep,) = json.loads(ok(cli, "representadas", "--json"))
    assert rep == {
        "id": 1,
        "name": "Tolteca",
        "commission_rate": 8.0,
        "currency": "MXN",
        "reorder_days": 90,
        "payment_terms_days": 15,
        "contact_person": "Lic. Ramírez",
        "notes": "",
        "active": True,
        "open_leads": 0,
        "won_leads": 1,
    }
    out = ok(cli, "representadas", "edit", "tolteca", "--rate", "9,5", "--notes", "Paga tarde")
    assert "Representada 1 saved: Tolteca." in out
    (rep,) = json.loads(ok(cli, "representadas", "--json"))
    assert (rep["commission_rate"], rep["notes"]) == (9.5, "Paga tarde")
    ok(cli, "representadas", "archive", "1")
    assert json.loads(ok(cli, "representadas", "--json")) == []
    assert [r["active"] for r in json.loads(ok(cli, "representadas", "--all", "--json"))] == [False]
    ok(cli, "representadas", "restore", "Tolteca")
    assert "Tolteca" in ok(cli, "representadas")


def test_a_representada_that_cannot_be_is_refused(cli, won):
    refused(cli, "representadas", "add", "TOLTECA", says="already a representada 'Tolteca'")
    refused(cli, "representadas", "add", "Otra", "--rate", "150", says="0 to 100")
    refused(cli, "representadas", "add", "Otra", "--terms-days", "-1", says="number of days")
    refused(cli, "representadas", "edit", "Nadie", "--rate", "5", says="no representada 'Nadie'")
    assert len(json.loads(ok(cli, "representadas", "--all", "--json"))) == 1


def test_a_commission_followed_from_won_to_received(cli, won):
    lead = str(won)
    ledger = json.loads(ok(cli, "commission", lead, "--json"))
    assert (ledger["state"], ledger["expected"], ledger["outstanding"]) == (
        "pending",
        8000.0,
        8000.0,
    )
    out = ok(cli, "commission", lead, "--invoiced", "8000", "--date", "30/11/2026")
    assert "Commission invoiced" in out
    ledger = json.loads(
        ok(
            cli,
            "commission",
            lead,
            "--customer-paid",
            "25.000,00",
            "--date",
            "2026-11-30",
            "--json",
        )
    )
    assert (ledger["state"], ledger["customer_paid"], ledger["earned"]) == (
        "customer-paid",
        25000.0,
        2000.0,  # a quarter of the sale: a quarter of the commission
    )
    ledger = json.loads(
        ok(cli, "commission", lead, "--received", "2000", "--date", "2026-11-30", "--json")
    )
    assert (ledger["state"], ledger["received"], ledger["outstanding"]) == (
        "partly-received",
        2000.0,
        6000.0,
    )
    assert [e["kind"] for e in ledger["entries"]] == ["invoiced", "customer-paid", "received"]
    entry = ledger["entries"][-1]["id"]
    ledger = json.loads(
        ok(cli, "commission", lead, "--cancel", str(entry), "--reason", "Era otro", "--json")
    )
    assert ledger["received"] == 0.0
    assert ledger["entries"][-1]["cancel_reason"] == "Era otro"
    out = ok(cli, "commission", lead)
    assert "Outstanding" in out and "cancelled: Era otro" in out


def test_a_commission_entry_that_cannot_be_is_refused(cli, won):
    lead = str(won)
    refused(cli, "commission", lead, "--received", "100", says="Give the date")
    refused(cli, "commission", lead, "--received", "-100", "--date", "2026-11-30", says="negative")
    refused(cli, "commission", lead, "--received", "100", "--date", "2026-12-01", says="future")
    refused(
        cli,
        "commission",
        lead,
        "--customer-paid",
        "100001",
        "--date",
        "2026-11-30",
        says="more than the sale's value",
    )
    refused(cli, "commission", "99", "--received", "1", "--date", "2026-11-30", says="no lead 99")
    refused(cli, "commission", lead, "--date", "2026-11-30", says="Say what happened")
    assert json.loads(ok(cli, "commission", lead, "--json"))["entries"] == []
    other = ok(cli, "add-lead", "Eva", "--next", "Llamar", "--due", "2026-12-01").strip()
    refused(cli, "commission", other, says="is not won")


def test_commissions_lists_the_ledgers_and_what_is_late(cli, won, clock):
    ok(cli, "commission", str(won), "--customer-paid", "50000", "--date", "2026-11-30")
    listing = json.loads(ok(cli, "commissions", "--json"))
    assert [item["lead_id"] for item in listing["leads"]] == [won]
    assert listing["by_representada"][0]["representada"] == "Tolteca"
    assert listing["by_currency"] == [
        {
            "representada": None,
            "currency": "MXN",
            "leads": 1,
            "value": 100000.0,
            "expected": 8000.0,
            "customer_paid": 50000.0,
            "invoiced": 0.0,
            "received": 0.0,
            "outstanding": 8000.0,
            "late": 0.0,
            "lead_ids": [won],
        }
    ]
    assert json.loads(ok(cli, "commissions", "--late", "--json")) == []
    clock.set(dt.datetime(2026, 12, 20, 9, 0))  # terms: 15 days after the payment
    (late,) = json.loads(ok(cli, "commissions", "--late", "--json"))
    assert late == {
        "kind": "commission",
        "lead_id": won,
        "title": "José Núñez",
        "contact": "José Núñez",
        "representada": "Tolteca",
        "due": "2026-12-15",
        "days_late": 5,
        "amount": 4000.0,
        "currency": "MXN",
    }
