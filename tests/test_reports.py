"""The reports of issue 13 (contactos.reports): every figure against expectations worked
out by hand on a small story, and on the demo data against independent SQL.

The story (clock set, as the program lives it):

- A  (Expo, MXN 1000): received 2 Mar 09:00, called at 11:00 (2 h), won 10 Mar.
- B  (Expo, USD 500): received 3 Mar 09:00, called at 19:00 (10 h), lost 12 Mar
  (bought elsewhere), reopened 20 Mar; called again 14 Jun, next action 20 Jun.
- C  (Lista, MXN 2000): received 1 Apr 09:00, called at 13:00 (4 h), won 5 Apr, reopened,
  lost 10 Apr (no budget), reopened, won again 20 Apr.
- D  (Lista, USD 300): received 2 Apr 09:00, never contacted, lost 15 Apr as never a real
  opportunity.
- E  (no source, MXN, no value): received 1 May 09:00, called 2 May 15:00 (30 h), next
  action 10 May, nothing since: in limbo.
- F  (Lista, USD 700, stage Proposal sent): received 2 May 09:00, WhatsApp 2 May 10:00
  (1 h), called again 10 Jun, next action 20 Jun.

"Now" is 15 Jun 2026 10:00.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from contactos import reports
from contactos.actions import closing, followups, leads
from contactos.contacts import ContactData
from contactos.models import Stage
from contactos.reports import Figure, Period
from contactos.rules import NextAction

NOW = dt.datetime(2026, 6, 15, 10, 0)


def at(month: int, day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0)


@pytest.fixture
def story(db, clock):
    ids: dict[str, int] = {}

    def add(name, when, source, value, currency, due, stage=None):
        clock.set(when)
        saved = leads.add_lead(
            leads.LeadDetails(name, value=value, currency=currency, source=source),
            NextAction("Llamar", due),
            new_contact=ContactData(first_name=f"Cliente {name}"),
            stage=stage,
        )
        ids[name] = saved.lead.id
        return saved.lead.id

    def call(name, when, due, kind="call"):
        clock.set(when)
        followups.log_activity(ids[name], kind, next_action=NextAction("Seguir", due))

    add("A", at(3, 2), "Expo", "1000", "MXN", dt.date(2026, 3, 3))
    call("A", at(3, 2, 11), dt.date(2026, 3, 9))
    clock.set(at(3, 10, 12))
    closing.win(ids["A"], "contract", dt.date(2026, 3, 10), schedule_reorder=False)

    add("B", at(3, 3), "Expo", "500", "USD", dt.date(2026, 3, 4))
    call("B", at(3, 3, 19), dt.date(2026, 3, 11))
    clock.set(at(3, 12, 12))
    closing.lose(ids["B"], "bought-elsewhere", "Compramos en otro lado", dt.date(2026, 3, 12))
    clock.set(at(3, 20, 12))
    closing.reopen(ids["B"], "Nos volvió a llamar", NextAction("Cotizar", dt.date(2026, 3, 25)))
    call("B", at(6, 14, 12), dt.date(2026, 6, 20))

    add("C", at(4, 1), "Lista", "2000", "MXN", dt.date(2026, 4, 2))
    call("C", at(4, 1, 13), dt.date(2026, 4, 4))
    clock.set(at(4, 5, 12))
    closing.win(ids["C"], "purchase-order", dt.date(2026, 4, 5), schedule_reorder=False)
    clock.set(at(4, 8, 12))
    closing.reopen(ids["C"], "Canceló la orden", NextAction("Llamar", dt.date(2026, 4, 9)))
    clock.set(at(4, 10, 12))
    closing.lose(ids["C"], "no-budget", "No hay presupuesto", dt.date(2026, 4, 10))
    clock.set(at(4, 18, 12))
    closing.reopen(ids["C"], "Sí hubo presupuesto", NextAction("Cerrar", dt.date(2026, 4, 19)))
    clock.set(at(4, 20, 12))
    closing.win(ids["C"], "contract", dt.date(2026, 4, 20), schedule_reorder=False)

    add("D", at(4, 2), "Lista", "300", "USD", dt.date(2026, 4, 3))
    clock.set(at(4, 15, 12))
    closing.lose(ids["D"], "not-real", "Sólo estaba cotizando", dt.date(2026, 4, 15))

    add("E", at(5, 1), None, None, "MXN", dt.date(2026, 5, 2))
    call("E", at(5, 2, 15), dt.date(2026, 5, 10))

    proposal = Stage.get(Stage.key == "proposal").id
    add("F", at(5, 2), "Lista", "700", "USD", dt.date(2026, 5, 3), stage=proposal)
    call("F", at(5, 2, 10), dt.date(2026, 6, 1), kind="whatsapp")
    call("F", at(6, 10, 12), dt.date(2026, 6, 20))
    clock.set(NOW)
    return ids


def ids_of(story, *names: str) -> tuple[int, ...]:
    return tuple(sorted(story[n] for n in names))


def money(figures: tuple[Figure, ...]) -> dict[str, Decimal]:
    return {f.currency: f.value for f in figures}


# --- Pipeline health -----------------------------------------------------------------------


def test_pipeline_health_by_hand(story):
    report = reports.pipeline()
    assert report.open == Figure(3, ids_of(story, "B", "E", "F"))
    assert report.ahead == Figure(2, ids_of(story, "B", "F"))
    assert report.share.value == pytest.approx(2 / 3)
    assert report.share.leads == ids_of(story, "B", "F")
    assert report.limbo == Figure(1, ids_of(story, "E"))
    # E: next action 10 May overdue since 11 May; stale ("New" allows 2 days) since 4 May,
    # 2 days after its last call on 2 May at 15:00: in limbo for 42 days on 15 Jun.
    assert report.limbo_median_days == Figure(42.0, ids_of(story, "E"))
    assert report.limbo_oldest_days == Figure(42.0, ids_of(story, "E"))
    stages = {s.key: s for s in report.stages}
    assert stages["new"].leads == Figure(2, ids_of(story, "B", "E"))
    # B's USD 500 alone: E has no value, and no MXN is added to a USD sum
    assert stages["new"].value == (Figure(Decimal("500"), ids_of(story, "B"), "USD"),)
    assert stages["proposal"].leads == Figure(1, ids_of(story, "F"))
    assert money(stages["proposal"].value) == {"USD": Decimal("700")}
    assert stages["contacted"].leads == Figure(0, ())
    assert stages["contacted"].value == ()
    # the old dict figures agree
    assert reports.pipeline_health()["share"] == pytest.approx(2 / 3)


def test_pipeline_health_of_a_period_counts_only_the_leads_received_in_it(story):
    report = reports.pipeline(Period(dt.date(2026, 5, 1), dt.date(2026, 5, 31)))
    assert report.open == Figure(2, ids_of(story, "E", "F"))
    assert report.ahead == Figure(1, ids_of(story, "F"))
    assert report.limbo == Figure(1, ids_of(story, "E"))


def test_empty_period(story):
    empty = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    health = reports.pipeline(empty)
    assert health.open == Figure(0, ())
    assert health.share == Figure(None, ())
    assert health.limbo_median_days == Figure(None)
    assert all(s.leads.value == 0 and s.value == () for s in health.stages)
    wins = reports.wins_and_losses(empty)
    assert (wins.won.value, wins.lost.value, wins.win_rate.value) == (0, 0, None)
    assert wins.reasons == () and wins.won_value == ()
    response = reports.response_times(empty)
    assert response.overall.received == Figure(0, ())
    assert response.overall.median_hours == Figure(None)
    assert response.by_source == () and response.by_month == ()
    assert reports.sources(empty).sources == ()
    for name in reports.REPORTS:  # every report lays itself out with nothing in it
        result = reports.compute(name, empty)
        assert result.tables() and result.charts() is not None


def test_a_period_that_ends_before_it_starts_is_refused(db):
    with pytest.raises(reports.ReportError, match="starts"):
        Period(dt.date(2026, 2, 1), dt.date(2026, 1, 1))


# --- Wins and losses -----------------------------------------------------------------------


def test_wins_and_losses_by_hand(story):
    report = reports.wins_and_losses()
    # B was lost and reopened: its loss no longer holds. C was won, lost and won again:
    # it counts once, as won. D is lost, as never a real opportunity.
    assert report.won == Figure(2, ids_of(story, "A", "C"))
    assert report.lost == Figure(1, ids_of(story, "D"))
    assert report.not_real == Figure(1, ids_of(story, "D"))
    # won / (won + lost real) = 2 / (2 + 0)
    assert report.win_rate == Figure(1.0, ids_of(story, "A", "C"))
    assert report.won_value == (Figure(Decimal("3000"), ids_of(story, "A", "C"), "MXN"),)
    assert report.lost_value == (Figure(Decimal("300"), ids_of(story, "D"), "USD"),)
    [reason] = report.reasons
    assert (reason.reason, reason.leads) == ("not-real", Figure(1, ids_of(story, "D")))
    assert [(w.lead_id, w.words, w.date) for w in reason.words] == [
        (story["D"], "Sólo estaba cotizando", dt.date(2026, 4, 15))
    ]


def test_wins_and_losses_by_the_date_of_the_closing_that_holds(story):
    # C's first win (5 Apr) and its loss (10 Apr) were undone: April up to the 19th
    # holds only D's loss; C counts on 20 Apr.
    early = reports.wins_and_losses(Period(dt.date(2026, 4, 1), dt.date(2026, 4, 19)))
    assert early.won == Figure(0, ())
    assert early.lost == Figure(1, ids_of(story, "D"))
    assert early.win_rate == Figure(None, ())  # (no real opportunity was closed)
    late = reports.wins_and_losses(Period(dt.date(2026, 4, 20), dt.date(2026, 4, 30)))
    assert late.won == Figure(1, ids_of(story, "C"))
    assert money(late.won_value) == {"MXN": Decimal("2000")}


def test_loss_reasons_ranked_with_the_prospects_words(story, clock):
    clock.set(at(6, 15, 11))
    closing.lose(story["F"], "bought-elsewhere", "Se lo compramos a otro", dt.date(2026, 6, 15))
    closing.lose(story["B"], "bought-elsewhere", "Otra vez con el otro", dt.date(2026, 6, 15))
    report = reports.wins_and_losses()
    assert [(r.reason, r.leads.value) for r in report.reasons] == [
        ("bought-elsewhere", 2),
        ("not-real", 1),
    ]
    first = report.reasons[0]
    assert money(first.value) == {"USD": Decimal("1200")}
    assert {w.words for w in first.words} == {"Se lo compramos a otro", "Otra vez con el otro"}
    # 2 won, 2 lost for real (D was never real): 2 / 4
    assert report.win_rate.value == pytest.approx(0.5)
    assert report.win_rate.leads == ids_of(story, "A", "C")


# --- Response time -------------------------------------------------------------------------


def test_response_times_by_hand(story):
    report = reports.response_times()
    overall = report.overall
    assert overall.received == Figure(6, ids_of(story, "A", "B", "C", "D", "E", "F"))
    assert overall.answered == Figure(5, ids_of(story, "A", "B", "C", "E", "F"))
    assert overall.unanswered == Figure(1, ids_of(story, "D"))
    # 1, 2, 4, 10, 30 hours
    assert overall.median_hours == Figure(4.0, ids_of(story, "A", "B", "C", "E", "F"))
    assert overall.slowest_hours == Figure(30.0, ids_of(story, "E"))
    by_source = {r.label: r for r in report.by_source}
    assert list(by_source) == ["Expo", "Lista", "(no source)"]
    assert by_source["Expo"].median_hours.value == 6.0  # (2 + 10) / 2
    assert by_source["Expo"].slowest_hours == Figure(10.0, ids_of(story, "B"))
    assert by_source["Lista"].median_hours.value == 2.5  # (1 + 4) / 2, D unanswered
    assert by_source["Lista"].unanswered == Figure(1, ids_of(story, "D"))
    assert by_source["(no source)"].median_hours == Figure(30.0, ids_of(story, "E"))
    by_month = {r.month: r for r in report.by_month}
    assert list(by_month) == [dt.date(2026, 3, 1), dt.date(2026, 4, 1), dt.date(2026, 5, 1)]
    assert by_month[dt.date(2026, 3, 1)].median_hours.value == 6.0
    assert by_month[dt.date(2026, 4, 1)].median_hours == Figure(4.0, ids_of(story, "C"))
    assert by_month[dt.date(2026, 5, 1)].median_hours.value == 15.5  # (1 + 30) / 2
    assert by_month[dt.date(2026, 5, 1)].slowest_hours == Figure(30.0, ids_of(story, "E"))


# --- Sources side by side ------------------------------------------------------------------


def test_sources_side_by_side_by_hand(story):
    report = {s.name: s for s in reports.sources().sources}
    expo, lista, none = report["Expo"], report["Lista"], report["(no source)"]
    assert expo.received == Figure(2, ids_of(story, "A", "B"))
    assert expo.real == Figure(2, ids_of(story, "A", "B"))
    assert expo.won == Figure(1, ids_of(story, "A"))
    assert expo.lost == Figure(0, ())  # B's loss was undone
    assert expo.open == Figure(1, ids_of(story, "B"))
    assert expo.win_rate == Figure(1.0, ids_of(story, "A"))
    assert expo.won_value == (Figure(Decimal("1000"), ids_of(story, "A"), "MXN"),)
    assert expo.median_hours.value == 6.0
    assert expo.reasons == ()
    assert lista.received == Figure(3, ids_of(story, "C", "D", "F"))
    assert lista.real == Figure(2, ids_of(story, "C", "F"))  # D was never real
    assert lista.won == Figure(1, ids_of(story, "C"))
    assert lista.lost == Figure(0, ())
    assert lista.win_rate == Figure(1.0, ids_of(story, "C"))
    assert lista.won_value == (Figure(Decimal("2000"), ids_of(story, "C"), "MXN"),)
    assert lista.median_hours.value == 2.5
    assert [(r, f) for r, _label, f in lista.reasons] == [
        ("not-real", Figure(1, ids_of(story, "D")))
    ]
    assert none.received == Figure(1, ids_of(story, "E"))
    assert none.win_rate == Figure(None, ())


def test_two_currencies_are_never_added(story, clock):
    clock.set(at(6, 15, 11))
    closing.win(story["F"], "payment", dt.date(2026, 6, 15), schedule_reorder=False)
    wins = reports.wins_and_losses()
    assert money(wins.won_value) == {"MXN": Decimal("3000"), "USD": Decimal("700")}
    lista = {s.name: s for s in reports.sources().sources}["Lista"]
    assert money(lista.won_value) == {"MXN": Decimal("2000"), "USD": Decimal("700")}
    # one money column and one chart per currency
    summary = wins.tables()[0]
    labels = [row[0] for row in summary.rows]
    assert "Value won (MXN)" in labels and "Value won (USD)" in labels
    charts = [c for c in reports.sources().charts() if c.kind == reports.MONEY]
    assert sorted(c.currency for c in charts) == ["MXN", "USD"]
    for chart in charts:
        assert all(b.figure.currency == chart.currency for b in chart.bars)


# --- The earnings forecast (open leads) ------------------------------------------------------


def test_forecast_weights_open_leads_by_stage_and_places_them_by_expected_close(story):
    from contactos import settings

    def edit(name, value, currency, rate, close):
        leads.edit_lead(
            story[name],
            leads.LeadDetails(
                name,
                value=value,
                currency=currency,
                commission_rate=rate,
                expected_close_date=close,
            ),
        )

    edit("B", "500", "USD", "10", dt.date(2026, 7, 20))  # New: 10 %
    edit("E", "1000", "MXN", "5", None)  # New, no close date
    edit("F", "700", "USD", None, dt.date(2026, 5, 30))  # Proposal: 40 %, date passed, no rate
    report = reports.forecast()
    columns = {c.key: c for c in report.columns}
    assert list(columns) == [
        "past",
        "2026-06-01",
        "2026-07-01",
        "2026-08-01",
        "2026-09-01",
        "2026-10-01",
        "2026-11-01",
        "later",
        "undated",
    ]
    july = columns["2026-07-01"]
    assert july.leads == Figure(1, ids_of(story, "B"))
    # 500 x 10 % commission x 10 % chance = 5.00; value 500 x 10 % = 50.00
    assert july.commission == (Figure(Decimal("5.00"), ids_of(story, "B"), "USD"),)
    assert july.value == (Figure(Decimal("50.00"), ids_of(story, "B"), "USD"),)
    # 1000 x 5 % x 10 % = 5.00 MXN, in its own column
    assert columns["undated"].commission == (Figure(Decimal("5.00"), ids_of(story, "E"), "MXN"),)
    # F: no commission rate, so no commission; its value x 40 %
    assert columns["past"].leads == Figure(1, ids_of(story, "F"))
    assert columns["past"].commission == ()
    assert money(columns["past"].value) == {"USD": Decimal("280.00")}
    assert report.without_rate == Figure(1, ids_of(story, "F"))
    # the agent's own chance for a stage
    settings.put("stage_probabilities", {"new": 50})
    again = {c.key: c for c in reports.forecast().columns}
    assert money(again["2026-07-01"].commission) == {"USD": Decimal("25.00")}
    stages = {s.key: s for s in reports.forecast().stages}
    assert (stages["new"].percent, stages["proposal"].percent) == (50, 40)
    charts = reports.forecast().charts()
    assert sorted(c.currency for c in charts) == ["MXN", "USD"]


# --- The registry and the JSON -------------------------------------------------------------


def test_every_report_is_registered_and_refuses_an_unknown_name(db):
    assert list(reports.REPORTS) == [
        "pipeline",
        "wins",
        "response",
        "sources",
        "representadas",
        "forecast",
    ]
    with pytest.raises(reports.ReportError, match="pipeline, wins"):
        reports.compute("nope")


def test_json_keeps_amounts_exact_and_the_leads_behind_each_figure(story):
    data = reports.to_json(reports.wins_and_losses())
    assert data["won"] == {"value": 2, "leads": list(ids_of(story, "A", "C"))}
    assert data["won_value"] == [
        {"value": "3000", "leads": list(ids_of(story, "A", "C")), "currency": "MXN"}
    ]
    assert data["period"] == {"from": None, "to": None}


# --- On the demo data, against independent SQL ----------------------------------------------


def _sql(db, query: str, *params) -> list[tuple]:
    return db.execute_sql(query, params).fetchall()


def test_demo_pipeline_against_sql(demo_db):
    report = reports.pipeline()
    today = reports.clock.today().isoformat()
    open_ids = [r[0] for r in _sql(demo_db, "SELECT id FROM lead WHERE status = 'open'")]
    ahead = _sql(
        demo_db,
        "SELECT id FROM lead WHERE status = 'open' AND next_action_due >= ? ORDER BY id",
        today,
    )
    assert report.open.leads == tuple(sorted(open_ids))
    assert report.ahead.leads == tuple(r[0] for r in ahead)
    per_stage = _sql(
        demo_db,
        "SELECT s.key, l.currency, COUNT(*), SUM(CAST(l.value * 100 AS INTEGER)) FROM lead l "
        "JOIN stage s ON s.id = l.stage_id WHERE l.status = 'open' AND l.value IS NOT NULL "
        "GROUP BY s.key, l.currency",
    )
    stages = {s.key: s for s in report.stages}
    for key, currency, _count, cents in per_stage:
        assert money(stages[key].value)[currency] == Decimal(cents) / 100
    counts = dict(
        _sql(
            demo_db,
            "SELECT s.key, COUNT(*) FROM lead l JOIN stage s ON s.id = l.stage_id "
            "WHERE l.status = 'open' GROUP BY s.key",
        )
    )
    assert {k: s.leads.value for k, s in stages.items() if s.leads.value} == counts


def test_demo_wins_and_sources_against_sql(demo_db):
    current = (
        "SELECT c.lead_id, c.outcome, c.reason, l.currency, l.value, l.source_id FROM closing c "
        "JOIN lead l ON l.id = c.lead_id WHERE l.status != 'open' AND c.id = "
        "(SELECT MAX(c2.id) FROM closing c2 WHERE c2.lead_id = c.lead_id)"
    )
    rows = _sql(demo_db, current)
    won = sorted(r[0] for r in rows if r[1] == "won")
    lost_real = [r[0] for r in rows if r[1] == "lost" and r[2] != "not-real"]
    report = reports.wins_and_losses()
    assert report.won.leads == tuple(won)
    assert report.win_rate.value == pytest.approx(len(won) / (len(won) + len(lost_real)))
    reason_counts = _sql(
        demo_db,
        f"SELECT reason, COUNT(*) FROM ({current}) WHERE outcome = 'lost' GROUP BY reason "
        "ORDER BY COUNT(*) DESC",
    )
    assert {r.reason: r.leads.value for r in report.reasons} == dict(reason_counts)
    assert [r.leads.value for r in report.reasons] == sorted(
        (c for _r, c in reason_counts), reverse=True
    )
    # sources: received, real, won value per currency
    by_source = {s.source_id: s for s in reports.sources().sources}
    received = _sql(demo_db, "SELECT source_id, COUNT(*) FROM lead GROUP BY source_id")
    for source_id, count in received:
        assert by_source[source_id].received.value == count
    not_real = {r[0] for r in rows if r[1] == "lost" and r[2] == "not-real"}
    for source_id, entry in by_source.items():
        ids = [r[0] for r in _sql(demo_db, "SELECT id FROM lead WHERE source_id IS ?", source_id)]
        assert entry.real.value == len([i for i in ids if i not in not_real])
        cents = _sql(
            demo_db,
            "SELECT currency, SUM(CAST(value * 100 AS INTEGER)) FROM lead "
            "WHERE source_id IS ? AND status = 'won' AND value IS NOT NULL GROUP BY currency",
            source_id,
        )
        assert money(entry.won_value) == {c: Decimal(v) / 100 for c, v in cents}


def test_demo_response_times_against_sql(demo_db):
    import statistics

    rows = _sql(
        demo_db,
        "SELECT (julianday(first_contact_at) - julianday(received_at)) * 24 FROM lead "
        "WHERE first_contact_at IS NOT NULL",
    )
    hours = [r[0] for r in rows]
    report = reports.response_times()
    assert report.overall.median_hours.value == pytest.approx(statistics.median(hours), abs=0.05)
    assert report.overall.slowest_hours.value == pytest.approx(max(hours), abs=0.05)
    unanswered = _sql(demo_db, "SELECT COUNT(*) FROM lead WHERE first_contact_at IS NULL")[0][0]
    assert report.overall.unanswered.value == unanswered
    months = _sql(
        demo_db, "SELECT strftime('%Y-%m', received_at), COUNT(*) FROM lead GROUP BY 1 ORDER BY 1"
    )
    assert [(r.month.strftime("%Y-%m"), r.received.value) for r in report.by_month] == months


# --- The command line ------------------------------------------------------------------------


def test_report_command_json_and_tables(story, cli):
    code, out, err = cli("report", "wins", "--from", "2026-04-20", "--to", "30/04/2026", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["report"] == "wins"
    assert data["period"] == {"from": "2026-04-20", "to": "2026-04-30"}
    assert data["won"] == {"value": 1, "leads": [story["C"]]}
    assert data["won_value"] == [{"value": "2000", "leads": [story["C"]], "currency": "MXN"}]
    code, out, _err = cli("report", "sources")
    assert code == 0
    assert "Sources side by side" in out and "Real opportunities" in out
    lista = next(line for line in out.splitlines() if line.startswith("Lista"))
    assert lista.split()[:7] == ["Lista", "3", "2", "1", "0", "1", "100.0"]
    code, out, _err = cli("--lang", "es", "report", "response")
    assert code == 0 and "(sin origen)" in out


def test_report_command_refuses_a_bad_period_and_an_unknown_report(db, cli):
    code, _out, err = cli("report", "wins", "--from", "2026-05-01", "--to", "2026-04-01")
    assert code == 1 and "starts (01/05/2026) after it ends (01/04/2026)" in err
    with pytest.raises(SystemExit) as exit_:
        cli("report", "nope")
    assert exit_.value.code == 2


def test_report_command_writes_csv_and_xlsx(story, cli, tmp_path):
    import csv

    from openpyxl import load_workbook

    target = tmp_path / "sources.csv"
    code, out, _err = cli("report", "sources", "--output", str(target))
    assert code == 0 and str(target) in out
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=","))
    assert rows[0] == ["Sources side by side"]
    header = rows[1]
    lista = next(r for r in rows if r and r[0] == "Lista")
    cells = dict(zip(header, lista, strict=True))
    assert cells["Leads received"] == "3" and cells["Win rate"] == "100.0%"
    assert cells["Value won (MXN)"] == "2000.00"
    book_path = tmp_path / "wins.xlsx"
    code, _out, _err = cli("report", "wins", "--output", str(book_path))
    assert code == 0
    book = load_workbook(book_path)
    assert book.sheetnames == ["Wins and losses", "Loss reasons", "In the prospect's words"]
    summary = {
        row[0]: row[1] for row in book["Wins and losses"].iter_rows(min_row=2, values_only=True)
    }
    assert summary["Won"] == 2 and summary["Value won (MXN)"] == 3000
    assert summary["Win rate (real opportunities)"] == 1.0
    words = list(book["In the prospect's words"].iter_rows(min_row=2, values_only=True))
    assert words[0][2:] == ("D", "Sólo estaba cotizando")
    code, _out, err = cli("report", "wins", "--output", str(tmp_path / "wins.pdf"))
    assert code == 1 and ".csv or .xlsx" in err


def test_demo_forecast_against_sql(demo_db):
    today = reports.clock.today()
    first = today.replace(day=1)
    report = reports.forecast()
    chances = reports.stage_probabilities()
    rows = _sql(
        demo_db,
        "SELECT l.id, s.key, l.currency, CAST(l.value * 100 AS INTEGER), l.commission_rate, "
        "l.expected_close_date FROM lead l JOIN stage s ON s.id = l.stage_id "
        "WHERE l.status = 'open'",
    )
    expected: dict[str, dict[str, Decimal]] = {}
    for _id, key, currency, cents, rate, close in rows:
        if cents is None or rate is None:
            continue
        if close is None:
            column = "undated"
        elif close < first.isoformat():
            column = "past"
        elif close[:7] > reports._add_months(first, 5).isoformat()[:7]:
            column = "later"
        else:
            column = close[:7] + "-01"
        commission = (
            Decimal(cents) / 100 * Decimal(str(rate)) / 100 * Decimal(chances.get(key, 0)) / 100
        ).quantize(Decimal("0.01"))
        sums = expected.setdefault(column, {})
        sums[currency] = sums.get(currency, Decimal(0)) + commission
    got = {c.key: money(c.commission) for c in report.columns if c.commission}
    assert got == expected
    assert sum(c.leads.value for c in report.columns) == len(rows)
