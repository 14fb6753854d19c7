"""The pipeline board's figures (contactos.board) against sums made by hand, two
currencies never added together, and moving a lead between stages with its undo
(contactos.actions.leads.change_stage / undo_stage_change), allowed and refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from contactos import board, stages
from contactos.actions import closing, leads
from contactos.actions import contacts as contact_actions
from contactos.contacts import ContactData
from contactos.models import MODELS, Lead, Representada, Source, Stage, StageChange
from contactos.rules import FollowUpError, NextAction


def snapshot() -> dict[str, object]:
    return {m.__name__: sorted(map(str, m.select().tuples())) for m in MODELS}


@pytest.fixture
def today(clock):
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    return clock.today()


@pytest.fixture
def contact(db, today):
    return contact_actions.add_contact(
        ContactData(first_name="María", last_name="Peña", company="Aceros del Norte")
    ).contact


def add(
    contact,
    title,
    *,
    value=None,
    currency="MXN",
    rate=None,
    rep=None,
    source=None,
    due=None,
    stage=None,
):
    due = due or dt.date(2026, 12, 1)
    return leads.add_lead(
        leads.LeadDetails(
            title=title,
            value=value,
            currency=currency,
            commission_rate=rate,
            representada=rep,
            source=source,
        ),
        NextAction("Llamar", due, "call"),
        contact=contact,
        stage=stages.by_key_or_name(stage) if stage else None,
    ).lead


def stage_history() -> list[tuple[int | None, int]]:
    query = StageChange.select().order_by(StageChange.id)
    return [(c.from_stage_id, c.to_stage_id) for c in query]


def new_cards() -> list[board.BoardCard]:
    return board.cards(column(board.board(), "new").lead_ids)


def column(columns, key):
    return next(c for c in columns if c.key == key)


def test_each_stage_has_its_column_in_order_even_empty(db):
    columns = board.board()
    assert [c.key for c in columns] == ["new", "contacted", "proposal", "negotiation", "closing"]
    assert all(c.count == 0 and c.totals == [] for c in columns)


def test_totals_per_currency_by_hand(contact, today):
    Representada.create(name="Tolteca", commission_rate=Decimal("8"))
    # proposal: two in pesos, one in dollars, one without a value
    add(contact, "A", value="1000.50", rate="10", stage="proposal")  # commission 100.05
    add(contact, "B", value="333.33", rep="Tolteca", stage="proposal")  # 8% -> 26.6664 -> 26.67
    add(contact, "C", value="200", currency="USD", rate="12.5", stage="proposal")  # 25.00
    add(contact, "D", stage="proposal")  # no value: counted, adds nothing
    add(contact, "E", value="50", stage="new")  # no rate: value counted, no commission
    won = add(contact, "F", value="999", rate="10", stage="proposal")
    closing.win(won, "contract", today)  # not open: not on the board

    columns = board.board()
    proposal = column(columns, "proposal")
    assert proposal.count == 4
    assert [(t.currency, t.count, t.value, t.commission) for t in proposal.totals] == [
        ("MXN", 3, Decimal("1333.83"), Decimal("126.72")),
        ("USD", 1, Decimal("200.00"), Decimal("25.00")),
    ]
    new = column(columns, "new")
    assert [(t.currency, t.count, t.value, t.commission) for t in new.totals] == [
        ("MXN", 1, Decimal("50.00"), Decimal("0.00"))
    ]
    card = next(c for c in board.cards(proposal.lead_ids) if c.title == "B")
    assert (card.value, card.currency, card.commission) == (
        Decimal("333.33"),
        "MXN",
        Decimal("26.67"),
    )
    assert (card.contact, card.company) == ("María Peña", "Aceros del Norte")
    assert (card.next_what, card.next_due) == ("Llamar", dt.date(2026, 12, 1))
    assert card.next_kind == "call"
    assert {c.title for c in board.cards(proposal.lead_ids)} == {"A", "B", "C", "D"}


def test_cards_carry_the_limbo_mark_of_the_rules(contact, today, clock):
    alive = add(contact, "Alive", due=today + dt.timedelta(days=5))
    overdue = add(contact, "Late", due=today)
    clock.advance(dt.timedelta(days=1))  # 'Late' is overdue now; 'new' allows 2 days
    cards = {c.title: c for c in new_cards()}
    assert cards["Late"].limbo == ("overdue",) and cards["Late"].in_limbo
    assert cards["Alive"].limbo == ()
    clock.advance(dt.timedelta(days=2))  # nothing logged for 3 days on a 2-day stage
    cards = {c.title: c for c in new_cards()}
    assert cards["Alive"].limbo == ("stale",)
    assert cards["Late"].limbo == ("overdue", "stale")
    assert [c.title for c in new_cards()] == ["Late", "Alive"]
    assert column(board.board(), "new").limbo_count == 2
    assert {c.id for c in new_cards()} == {alive.id, overdue.id}


def test_filter_by_representada_and_source(contact, today):
    add(contact, "Tol-Dist", value="10", rep="Tolteca", source="Distribuidor Norte")
    add(contact, "Tol-Own", value="20", rep="Tolteca", source="Propio")
    add(contact, "Other", value="40", rep="Otra")
    tolteca = Representada.get(Representada.name == "Tolteca").id
    norte = Source.get(Source.name == "Distribuidor Norte").id

    def titles(flt):
        return sorted(c.title for c in board.cards(column(board.board(flt), "new").lead_ids))

    assert titles(board.BoardFilter()) == ["Other", "Tol-Dist", "Tol-Own"]
    assert titles(board.BoardFilter(representada_id=tolteca)) == ["Tol-Dist", "Tol-Own"]
    assert titles(board.BoardFilter(source_id=norte)) == ["Tol-Dist"]
    flt = board.BoardFilter(representada_id=tolteca)
    assert column(board.board(flt), "new").totals[0].value == Decimal("30.00")


def test_an_inactive_stage_shows_only_while_leads_are_in_it(contact):
    lead = add(contact, "Old", stage="closing")
    Stage.update(active=False).where(Stage.key == "closing").execute()
    assert "closing" in [c.key for c in board.board()]
    leads.change_stage(lead, stages.by_key_or_name("new"))
    assert "closing" not in [c.key for c in board.board()]


# --- Moving a lead, and its undo --------------------------------------------------------


def test_a_move_is_in_the_history_and_its_undo_too(contact, today, clock):
    lead = add(contact, "Compresores")
    touched = Lead.get_by_id(lead.id).last_activity_at
    proposal = stages.by_key_or_name("proposal")
    clock.advance(dt.timedelta(hours=2))
    moved = leads.change_stage(lead, proposal)
    assert moved.changed
    assert Lead.get_by_id(lead.id).stage_id == proposal.id
    assert column(board.board(), "proposal").lead_ids[0] == lead.id
    history = stage_history()
    new = stages.by_key_or_name("new").id
    assert history == [(None, new), (new, proposal.id)]

    leads.undo_stage_change(moved)
    row = Lead.get_by_id(lead.id)
    assert row.stage_id == new
    assert row.last_activity_at == touched  # its limbo is what it was
    history = stage_history()
    assert history[-1] == (proposal.id, new)


def test_a_move_to_its_own_stage_changes_nothing(contact):
    lead = add(contact, "Compresores")
    before = snapshot()
    moved = leads.change_stage(lead, stages.by_key_or_name("new"))
    assert not moved.changed
    leads.undo_stage_change(moved)
    assert snapshot() == before


def test_an_undo_is_refused_when_the_lead_moved_since(contact):
    lead = add(contact, "Compresores")
    moved = leads.change_stage(lead, stages.by_key_or_name("proposal"))
    leads.change_stage(lead, stages.by_key_or_name("negotiation"))
    before = snapshot()
    with pytest.raises(FollowUpError, match="changed again since"):
        leads.undo_stage_change(moved)
    assert snapshot() == before


def test_an_undo_is_refused_when_the_lead_was_closed_since(contact, today):
    lead = add(contact, "Compresores")
    moved = leads.change_stage(lead, stages.by_key_or_name("proposal"))
    closing.win(lead, "contract", today)
    before = snapshot()
    with pytest.raises(FollowUpError, match="reopen it first"):
        leads.undo_stage_change(moved)
    assert snapshot() == before


def test_a_closed_lead_cannot_be_moved(contact, today):
    lead = add(contact, "Compresores")
    closing.lose(lead, "no-budget", "No hay presupuesto este año.", today)
    before = snapshot()
    with pytest.raises(FollowUpError, match="reopen it first"):
        leads.change_stage(lead, stages.by_key_or_name("proposal"))
    assert snapshot() == before


def test_on_the_demo_data_every_open_lead_is_under_its_stage_with_its_totals(demo_db):
    """The board's raw-row sums against each lead's own rule (rules.expected_commission),
    added up per stage and currency."""
    from contactos import rules

    expected: dict[tuple[int, str], list] = {}
    for lead in Lead.select().where(Lead.status == Lead.OPEN):
        entry = expected.setdefault((lead.stage_id, lead.currency), [0, Decimal(0), Decimal(0)])
        entry[0] += 1
        entry[1] += lead.value or 0
        entry[2] += rules.expected_commission(lead) or 0
    columns = board.board()
    found = {
        (c.stage_id, t.currency): [t.count, t.value, t.commission]
        for c in columns
        for t in c.totals
    }
    assert found == expected
    ids = [i for c in columns for i in c.lead_ids]
    assert sorted(ids) == sorted(
        lead.id for lead in Lead.select(Lead.id).where(Lead.status == Lead.OPEN)
    )
    assert sum(c.limbo_count for c in columns) == sum(
        1 for card in board.cards(ids) if card.in_limbo
    )
