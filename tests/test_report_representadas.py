"""Issue 13 item 4: representadas side by side, and the forecast's commissions already won
and not yet received. Figures worked out by hand on a small story, and on the demo data
against independent SQL.

The story ("now" is 30 Nov 2026 09:00):

- Tolteca: 8 %, MXN, commission 15 days after the customer pays. Alameda: 10 %, USD, 30 days.
- T1 (Tolteca, MXN 100 000): won 2 Oct at 8 %; customer expected to pay 20 Oct, paid
  40 000 on 25 Oct (earning 3 200); 3 200 invoiced 26 Oct; 2 000 received 20 Nov.
- Tolteca's rate becomes 5 % on 3 Oct: T1 keeps its 8 %.
- T2 (Tolteca, MXN 50 000): open. L1 (Tolteca, MXN 9 999): lost.
- T3 (Tolteca, USD 2 000): received 4 Oct (at 5 %), won 5 Nov; customer expected 10 Dec.
- A1 (Alameda, USD 3 000): won 1 Sep; customer paid it all 1 Oct; 300 received 15 Oct.
- A2 (Alameda, USD 1 000): open. A3 (Alameda, USD 500): won 10 Oct, no payment date.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from contactos import reports
from contactos.actions import closing, leads
from contactos.actions import commissions as commission_actions
from contactos.actions import representadas as rep_actions
from contactos.contacts import ContactData
from contactos.models import CommissionEntry
from contactos.reports import Figure, Period
from contactos.representadas import RepresentadaData
from contactos.rules import NextAction

D = Decimal
NOW = dt.datetime(2026, 11, 30, 9, 0)


def at(month: int, day: int) -> dt.datetime:
    return dt.datetime(2026, month, day, 12, 0)


@pytest.fixture
def story(db, clock):
    ids: dict[str, int] = {}
    clock.set(at(8, 1))
    rep_actions.add(
        RepresentadaData(
            name="Tolteca", commission_rate="8", currency="MXN", payment_terms_days="15"
        )
    )
    rep_actions.add(
        RepresentadaData(
            name="Alameda", commission_rate="10", currency="USD", payment_terms_days="30"
        )
    )

    def add(name, representada, value, currency, payment=None):
        saved = leads.add_lead(
            leads.LeadDetails(
                name,
                value=value,
                currency=currency,
                representada=representada,
                expected_payment_date=payment,
            ),
            NextAction("Llamar", clock.today() + dt.timedelta(days=1)),
            new_contact=ContactData(first_name=f"Cliente {name}"),
        )
        ids[name] = saved.lead.id

    def win(name, when):
        clock.set(when)
        closing.win(ids[name], "contract", when.date(), schedule_reorder=False)

    add("T1", "Tolteca", "100000", "MXN", dt.date(2026, 10, 20))
    add("T2", "Tolteca", "50000", "MXN")
    add("L1", "Tolteca", "9999", "MXN")
    add("A1", "Alameda", "3000", "USD")
    add("A2", "Alameda", "1000", "USD")
    add("A3", "Alameda", "500", "USD")
    closing.lose(ids["L1"], "no-budget", "No hay presupuesto", clock.today())
    win("A1", at(9, 1))
    win("T1", at(10, 2))
    clock.set(at(10, 3))
    rep_actions.edit("Tolteca", RepresentadaData(commission_rate="5"))
    clock.set(at(10, 4))
    add("T3", "Tolteca", "2000", "USD", dt.date(2026, 12, 10))
    win("A3", at(10, 10))
    win("T3", at(11, 5))
    clock.set(NOW)
    record = commission_actions.record
    record(ids["T1"], CommissionEntry.CUSTOMER_PAID, "40000", dt.date(2026, 10, 25))
    record(ids["T1"], CommissionEntry.INVOICED, "3200", dt.date(2026, 10, 26))
    record(ids["T1"], CommissionEntry.RECEIVED, "2000", dt.date(2026, 11, 20))
    record(ids["A1"], CommissionEntry.CUSTOMER_PAID, "3000", dt.date(2026, 10, 1))
    record(ids["A1"], CommissionEntry.RECEIVED, "300", dt.date(2026, 10, 15))
    return ids


def ids_of(story, *names: str) -> tuple[int, ...]:
    return tuple(sorted(story[n] for n in names))


def money(story, amount: str, currency: str, *names: str) -> Figure:
    return Figure(D(amount), ids_of(story, *names), currency)


def rows(report) -> dict[tuple[str, str], reports.RepresentadaFigures]:
    return {(r.name, r.currency): r for r in report.representadas}


# --- Representadas side by side ------------------------------------------------------------


def test_representadas_side_by_side_by_hand(story):
    report = reports.representadas()
    # by name, then currency: Tolteca's USD lead is a row of its own, never added to MXN
    assert list(rows(report)) == [("Alameda", "USD"), ("Tolteca", "MXN"), ("Tolteca", "USD")]
    alameda, t_mxn, t_usd = report.representadas

    assert alameda.open == Figure(1, ids_of(story, "A2"))
    assert alameda.pipeline == money(story, "1000", "USD", "A2")
    assert alameda.won == Figure(2, ids_of(story, "A1", "A3"))
    assert alameda.won_value == money(story, "3500", "USD", "A1", "A3")
    # 3 000 x 10 % + 500 x 10 %
    assert alameda.expected == money(story, "350", "USD", "A1", "A3")
    assert alameda.invoiced == money(story, "0", "USD")
    assert alameda.received == money(story, "300", "USD", "A1")
    assert alameda.outstanding == money(story, "50", "USD", "A3")

    # T1 keeps the 8 % it was won with: 100 000 x 8 % = 8 000, not 5 000
    assert t_mxn.open == Figure(1, ids_of(story, "T2"))  # L1 is lost
    assert t_mxn.pipeline == money(story, "50000", "MXN", "T2")
    assert t_mxn.won == Figure(1, ids_of(story, "T1"))
    assert t_mxn.won_value == money(story, "100000", "MXN", "T1")
    assert t_mxn.expected == money(story, "8000", "MXN", "T1")
    assert t_mxn.invoiced == money(story, "3200", "MXN", "T1")
    assert t_mxn.received == money(story, "2000", "MXN", "T1")
    assert t_mxn.outstanding == money(story, "6000", "MXN", "T1")

    # T3 came after the new rate: 2 000 x 5 %
    assert t_usd.open == Figure(0, ())
    assert t_usd.pipeline == money(story, "0", "USD")
    assert t_usd.won == Figure(1, ids_of(story, "T3"))
    assert t_usd.expected == money(story, "100", "USD", "T3")
    assert t_usd.outstanding == money(story, "100", "USD", "T3")
    assert (t_usd.invoiced.value, t_usd.received.value) == (D(0), D(0))


def test_the_period_selects_the_wins_and_not_the_pipeline(story):
    report = reports.representadas(Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31)))
    found = rows(report)
    # won in October: T1 and A3; A1 (September) and T3 (November) are left out, and so is
    # Tolteca's USD row, which has no open lead either
    assert list(found) == [("Alameda", "USD"), ("Tolteca", "MXN")]
    alameda = found[("Alameda", "USD")]
    assert alameda.won == Figure(1, ids_of(story, "A3"))
    assert alameda.received == money(story, "0", "USD")
    assert alameda.outstanding == money(story, "50", "USD", "A3")
    assert alameda.pipeline == money(story, "1000", "USD", "A2")  # open now, whatever the period
    assert found[("Tolteca", "MXN")].expected == money(story, "8000", "MXN", "T1")
    empty = reports.representadas(Period(dt.date(2025, 1, 1), dt.date(2025, 1, 31)))
    assert [(r.name, r.won.value) for r in empty.representadas] == [
        ("Alameda", 0),
        ("Tolteca", 0),
    ]


def test_a_cancelled_entry_is_not_counted(story):
    entry = CommissionEntry.get(
        (CommissionEntry.lead == story["T1"]) & (CommissionEntry.kind == CommissionEntry.RECEIVED)
    )
    commission_actions.cancel(entry.id, "Era de otro pedido")
    t_mxn = rows(reports.representadas())[("Tolteca", "MXN")]
    assert t_mxn.received == money(story, "0", "MXN")
    assert t_mxn.outstanding == money(story, "8000", "MXN", "T1")


def test_representadas_tables_charts_and_json(story):
    report = reports.compute("representadas")
    side, money_table = report.tables()
    assert (side.key, money_table.key) == ("representadas", "commissions")
    for table in (side, money_table):
        assert len(table.rows) == 3 and all(len(r) == len(table.columns) for r in table.rows)
        assert table.rows[1][:2] == ("Tolteca", "MXN")
    assert money_table.rows[1][2:] == (
        money(story, "8000", "MXN", "T1"),
        money(story, "3200", "MXN", "T1"),
        money(story, "2000", "MXN", "T1"),
        money(story, "6000", "MXN", "T1"),
    )
    charts = {c.key: c for c in report.charts()}
    # one chart per currency: MXN and USD never share an axis
    assert sorted(charts) == ["outstanding-MXN", "outstanding-USD", "pipeline-MXN", "pipeline-USD"]
    usd = charts["outstanding-USD"]
    assert [(b.label, b.figure.value) for b in usd.bars] == [
        ("Alameda", D("50")),
        ("Tolteca", D("100")),
    ]
    data = reports.to_json(report)
    t_mxn = data["representadas"][1]
    assert t_mxn["expected"] == {"value": "8000.00", "leads": [story["T1"]], "currency": "MXN"}


def test_leads_without_a_representada_come_last(story, clock):
    add = leads.add_lead(
        leads.LeadDetails("Suelto", value="10", currency="MXN"),
        NextAction("Llamar", dt.date(2026, 12, 1)),
        new_contact=ContactData(first_name="Suelto"),
    )
    last = reports.representadas().representadas[-1]
    assert (last.representada_id, last.name) == (None, "(no representada)")
    assert last.pipeline == Figure(D("10"), (add.lead.id,), "MXN")


def test_report_command_lists_representadas(story, cli):
    import json

    code, out, _err = cli("report", "representadas", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["report"] == "representadas"
    assert [(r["name"], r["currency"]) for r in data["representadas"]] == [
        ("Alameda", "USD"),
        ("Tolteca", "MXN"),
        ("Tolteca", "USD"),
    ]
    code, out, _err = cli("report", "representadas")
    assert code == 0 and "Tolteca" in out and "Commission outstanding" in out


# --- The forecast: commissions won and not yet received -------------------------------------


def test_forecast_places_won_commissions_on_the_ledgers_expected_date(story):
    report = reports.forecast()
    won = {c.key: c for c in report.won}
    assert list(won) == [c.key for c in report.columns]
    # T1: 8 000 expected - 2 000 received; due 15 days after the customer's payment of
    # 25 Oct: 9 Nov, this month
    assert won["2026-11-01"].leads == Figure(1, ids_of(story, "T1"))
    assert won["2026-11-01"].commission == (money(story, "6000", "MXN", "T1"),)
    # T3: nothing paid yet: 15 days after the expected payment of 10 Dec
    assert won["2026-12-01"].commission == (money(story, "100", "USD", "T3"),)
    # A3: no payment date, so no expected date; A1 was received in full: not forecast
    assert won["undated"].commission == (money(story, "50", "USD", "A3"),)
    others = [c for k, c in won.items() if k not in ("2026-11-01", "2026-12-01", "undated")]
    assert all(c.leads == Figure(0, ()) and c.commission == () for c in others)
    # their own rows, beside the open leads weighted by stage
    tables = {t.key: t for t in report.tables()}
    assert list(tables) == ["months", "won", "stages", "without-rate"]
    assert len(tables["won"].rows) == len(report.won)
    charts = {c.key for c in report.charts()}
    assert {"won-MXN", "won-USD"} <= charts


def test_forecast_puts_a_commission_due_before_this_month_in_its_own_column(story, clock):
    clock.set(dt.datetime(2027, 1, 10, 9, 0))
    won = {c.key: c for c in reports.forecast().won}
    # T1 was due 9 Nov and T3 25 Dec: both before January
    assert money_of(won["past"]) == {"MXN": D("6000"), "USD": D("100")}
    assert won["past"].leads == Figure(2, ids_of(story, "T1", "T3"))


def money_of(column) -> dict[str, Decimal]:
    return {f.currency: f.value for f in column.commission}


# --- On the demo data, against independent SQL ----------------------------------------------


def _sql(db, query: str, *params) -> list[tuple]:
    return db.execute_sql(query, params).fetchall()


WON_SQL = """
SELECT l.id, l.representada_id, l.currency, CAST(ROUND(l.value * 100) AS INTEGER),
       l.commission_rate,
       (SELECT CAST(ROUND(SUM(e.amount) * 100) AS INTEGER) FROM commission_entry e
         WHERE e.lead_id = l.id AND e.kind = 'invoiced' AND e.cancelled_at IS NULL),
       (SELECT CAST(ROUND(SUM(e.amount) * 100) AS INTEGER) FROM commission_entry e
         WHERE e.lead_id = l.id AND e.kind = 'received' AND e.cancelled_at IS NULL),
       date(COALESCE((SELECT MAX(e.date) FROM commission_entry e
                       WHERE e.lead_id = l.id AND e.kind = 'customer-paid'
                         AND e.cancelled_at IS NULL),
                     l.expected_payment_date),
            '+' || COALESCE(r.payment_terms_days, 30) || ' days')
FROM lead l LEFT JOIN representada r ON r.id = l.representada_id
WHERE l.status = 'won'
"""


def _cents(value) -> Decimal:
    return Decimal(value or 0) / 100


def _expected(cents, rate) -> Decimal | None:
    if cents is None or rate is None:
        return None
    return (Decimal(cents) / 100 * Decimal(str(rate)) / 100).quantize(Decimal("0.01"))


def test_demo_representadas_against_sql(demo_db):
    report = reports.representadas()
    got = {
        (r.representada_id, r.currency): (
            r.open.value,
            r.pipeline.value,
            r.won.value,
            r.won_value.value,
            r.expected.value,
            r.invoiced.value,
            r.received.value,
            r.outstanding.value,
        )
        for r in report.representadas
    }
    zero = Decimal(0)
    expected: dict[tuple, list] = {}
    for rep, currency, count, cents in _sql(
        demo_db,
        "SELECT representada_id, currency, COUNT(*), SUM(CAST(ROUND(value * 100) AS INTEGER)) "
        "FROM lead WHERE status = 'open' GROUP BY 1, 2",
    ):
        expected[(rep, currency)] = [count, _cents(cents), 0, zero, zero, zero, zero, zero]
    won_rows = _sql(demo_db, WON_SQL)
    assert won_rows, "the demo has won leads"
    for _id, rep, currency, cents, rate, invoiced, received, _due in won_rows:
        row = expected.setdefault((rep, currency), [0, zero, 0, zero, zero, zero, zero, zero])
        commission = _expected(cents, rate)
        row[2] += 1
        row[3] += _cents(cents)
        row[4] += commission or zero
        row[5] += _cents(invoiced)
        row[6] += _cents(received)
        row[7] += (commission - _cents(received)) if commission is not None else zero
    assert got == {k: tuple(v) for k, v in expected.items()}
    assert sum(r.received.value for r in report.representadas) > 0


def test_demo_forecast_won_commissions_against_sql(demo_db):
    first = reports.clock.today().replace(day=1)
    last = reports._add_months(first, reports.FORECAST_MONTHS)
    expected: dict[str, dict[str, Decimal]] = {}
    for _id, _rep, currency, cents, rate, _invoiced, received, due in _sql(demo_db, WON_SQL):
        commission = _expected(cents, rate)
        if commission is None or commission - _cents(received) <= 0:
            continue
        if due is None:
            key = "undated"
        elif due < first.isoformat():
            key = "past"
        elif due >= last.isoformat():
            key = "later"
        else:
            key = due[:7] + "-01"
        sums = expected.setdefault(key, {})
        sums[currency] = sums.get(currency, Decimal(0)) + commission - _cents(received)
    got = {c.key: money_of(c) for c in reports.forecast().won if c.commission}
    assert got == expected
    assert expected, "the demo has commissions to receive"
