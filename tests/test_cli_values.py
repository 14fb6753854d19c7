"""The command line reads amounts as a person writes them, refuses what is not an amount,
and gives `lose` the same way out as the dialog ("not confirmed yet")."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

# The test's days, read from the program's clock as each test starts (see _days).
TODAY = TOMORROW = None


@pytest.fixture(autouse=True)
def _days(clock):
    """Today and the days around it as the program's clock reads them, held still for
    the test by the `clock` fixture: a run across midnight reads one day."""
    global TODAY, TOMORROW
    today = clock.today()
    TODAY = today
    TOMORROW = (today + dt.timedelta(days=1)).isoformat()


def add(cli, *extra: str) -> tuple[int, str, str]:
    return cli("add-lead", "Ana Ruiz", "--next", "Llamar", "--due", TOMORROW, *extra)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("1.234,50", 1234.5),
        ("1,234.50", 1234.5),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("15000", 15000),
        ("$1,234.50", 1234.5),
        ("1.234", 1234),  # a lone mark before three digits groups thousands
    ],
)
def test_add_lead_reads_the_value_as_written(cli, typed, stored):
    code, out, err = add(cli, f"--value={typed}")
    assert code == 0, err
    assert json.loads(cli("leads", "--json")[1])[0]["value"] == stored


@pytest.mark.parametrize("typed", ["inf", "nan", "snan", "-inf", "1e999", "Infinity", "mucho"])
def test_add_lead_refuses_what_is_not_an_amount(cli, typed):
    code, out, err = add(cli, f"--value={typed}")
    assert (code, out) == (1, "")
    assert f"'{typed}' is not an amount" in err
    assert json.loads(cli("leads", "--json")[1]) == []
    assert json.loads(cli("contacts", "--json")[1]) == []  # (nor its new contact)


def test_add_lead_refuses_a_negative_value(cli):
    code, out, err = add(cli, "--value=-5")
    assert (code, out) == (1, "")
    assert "cannot be negative" in err


def test_a_refused_value_leaves_export_working(cli, tmp_path):
    add(cli, "--value=inf")
    add(cli, "--value=1.234,50")
    target = tmp_path / "leads.csv"
    code, _, err = cli("export", "leads", str(target), "--csv", "comma")
    assert code == 0, err
    assert "1234.50" in target.read_text(encoding="utf-8-sig")


def test_the_refusal_is_in_spanish(cli):
    code, _, err = cli(
        "--lang", "es", "add-lead", "Ana", "--next", "x", "--due", TOMORROW, "--value=nan"
    )
    assert code == 1
    assert "«nan» no es un importe" in err


def test_the_value_is_stored_exactly(cli):
    from contactos.models import Lead
    from contactos.paths import resolve_paths
    from contactos.session import close_session, open_session

    add(cli, "--value=1.234,56")
    open_session(resolve_paths(cli.data), auto_backup=False)
    try:
        assert Lead.get().value == Decimal("1234.56")
    finally:
        close_session()


# --- lose: "not confirmed yet" ------------------------------------------------------------


def test_not_confirmed_yet_schedules_the_confirmation_and_keeps_the_lead_open(cli):
    lead_id = add(cli)[1].strip()
    day = (TODAY + dt.timedelta(days=3)).isoformat()
    code, out, err = cli(
        "lose", lead_id, "--not-confirmed", "--confirm-by", day, "--kind", "whatsapp"
    )
    assert code == 0, err
    assert "stays open" in out
    row = json.loads(cli("leads", "--json")[1])[0]
    assert row["status"] == "open"
    assert row["next_action"] == {
        "kind": "whatsapp",
        "what": "Confirm with the prospect whether they will buy",
        "what_kind": "confirm-loss",
        "due": day,
    }
    # In Spanish, the same stored kind reads in Spanish.
    row = json.loads(cli("--lang", "es", "leads", "--json")[1])[0]
    assert row["next_action"]["what"] == "Confirmar con el prospecto si va a comprar"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--not-confirmed"], "--confirm-by DATE"),
        (["--not-confirmed", "--confirm-by", "TOMORROW", "--words", "No"], "leaves the lead open"),
        (["--not-confirmed", "--confirm-by", "TOMORROW", "--reason", "other"], "not --reason"),
        (["--confirm-by", "TOMORROW", "--reason", "other", "--words", "No"], "go with"),
        (["--reason", "other", "--words", "No", "--kind", "call"], "go with"),
        (["--not-confirmed", "--confirm-by", "2020-01-01"], "is in the past"),
    ],
)
def test_not_confirmed_yet_is_refused_when_mixed_with_a_loss(cli, args, says):
    """("TOMORROW" stands for the test's tomorrow: the days are read as the test starts.)"""
    args = [TOMORROW if arg == "TOMORROW" else arg for arg in args]
    lead_id = add(cli)[1].strip()
    code, out, err = cli("lose", lead_id, *args)
    assert (code, out) == (1, "")
    assert says in err
    row = json.loads(cli("leads", "--json")[1])[0]
    assert (row["status"], row["next_action"]["what"]) == ("open", "Llamar")


def test_a_loss_still_closes_the_lead(cli):
    lead_id = add(cli)[1].strip()
    code, _, err = cli("lose", lead_id, "--reason", "no-budget", "--words", "No hay dinero")
    assert code == 0, err
    assert json.loads(cli("leads", "--json")[1])[0]["status"] == "lost"


# --- The rules read every amount with the one parser ----------------------------------------


@pytest.mark.parametrize(
    ("typed", "rate"),
    [
        ("8,5", Decimal("8.5")),
        ("8.125", Decimal("8.125")),  # (no rate has thousands: a lone mark is decimal)
        ("8,125", Decimal("8.125")),
        ("10 %", Decimal("10")),
        ("0", 0),
        (Decimal("7.5"), Decimal("7.5")),
    ],
)
def test_a_commission_rate_is_read_as_written(typed, rate):
    from contactos import rules

    assert rules.read_commission_rate(typed) == rate


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("8.1255", "more than 3 decimals"),
        ("150", "a percentage from 0 to 100"),
        ("-1", "cannot be negative"),
        ("inf", "is not an amount"),
        ("1e3", "is not an amount"),
    ],
)
def test_a_commission_rate_that_cannot_be_is_refused(typed, says):
    from contactos import rules

    with pytest.raises(rules.FollowUpError) as info:
        rules.read_commission_rate(typed)
    assert info.value.field == "commission_rate"
    assert says in info.value.message


@pytest.mark.parametrize("typed", [Decimal("Infinity"), Decimal("NaN"), float("inf"), "-0,01"])
def test_the_rules_refuse_amounts_that_are_not_from_any_interface(typed):
    from contactos import rules

    with pytest.raises(rules.FollowUpError) as info:
        rules.lead_amount(typed)
    assert info.value.field == "value"
