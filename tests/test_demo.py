"""The demo data: realistic, complete (every stage, status and section of the day's work),
consistent with the follow-up rules, reproducible, and never mixed with real data."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import unicodedata

import pytest

from contactos import listing, reports, rules, today
from contactos.demo import DemoRefused, load_demo
from contactos.i18n import TranslatableError
from contactos.models import (
    Activity,
    Closing,
    CommissionEntry,
    Commitment,
    Contact,
    ContactPhone,
    Impediment,
    Lead,
    Reopening,
    Representada,
    Source,
    Stage,
    StageChange,
    now,
)
from contactos.paths import resolve_paths
from contactos.session import close_session, open_session
from contactos.storage import sqlite as backend


@contextlib.contextmanager
def opened(folder):
    database = open_session(resolve_paths(folder), auto_backup=False)
    try:
        yield database
    finally:
        close_session()


@pytest.fixture
def db(tmp_path):
    with opened(tmp_path / "data") as database:
        yield database


@pytest.fixture
def moment():
    return now()


@pytest.fixture
def loaded(db, moment):
    return load_demo(moment=moment)


def snapshot() -> dict[str, object]:
    return {
        "contacts": [
            (c.first_name, c.last_name, c.company, c.city)
            for c in Contact.select().order_by(Contact.id)
        ],
        "leads": [
            (lead.title, lead.status, str(lead.value), lead.next_action_due, lead.received_at)
            for lead in Lead.select().order_by(Lead.id)
        ],
        "activities": Activity.select().count(),
    }


# --- What is there ---------------------------------------------------------------------


def test_counts_are_in_the_required_ranges(loaded):
    assert loaded == {
        "representadas": Representada.select().count(),
        "sources": Source.select().count(),
        "contacts": Contact.select().count(),
        "leads": Lead.select().count(),
        "activities": Activity.select().count(),
    }
    assert 3 <= loaded["representadas"] <= 4
    assert loaded["sources"] >= 4
    assert 180 <= loaded["contacts"] <= 220
    assert 70 <= loaded["leads"] <= 90
    assert loaded["activities"] >= 3 * loaded["leads"]
    for rep in Representada.select():
        assert 5 <= rep.commission_rate <= 12.5
        assert 30 <= rep.reorder_days <= 120
    assert {s.kind for s in Source.select()} == set(Source.KINDS)


def test_every_stage_and_status_is_present(loaded):
    stage_keys = {s.key for s in Stage.select()}
    assert {lead.stage.key for lead in Lead.select()} == stage_keys
    by_status = {
        status: Lead.select().where(Lead.status == status).count() for status in Lead.STATUSES
    }
    assert 40 <= by_status[Lead.OPEN] <= 60
    assert 10 <= by_status[Lead.WON] <= 20
    assert 10 <= by_status[Lead.LOST] <= 20
    open_stages = {lead.stage.key for lead in Lead.select().where(Lead.status == Lead.OPEN)}
    assert open_stages == stage_keys


def test_contacts_look_mexican_and_share_companies(loaded):
    contacts = list(Contact.select())
    names = " ".join(c.name for c in contacts)
    assert re.search(r"[áéíóúñÁÉÍÓÚÑ]", names)
    companies = [c.company for c in contacts if c.company]
    assert len(set(companies)) < len(companies)  # some people work at the same company
    assert all(c.country == "MX" for c in contacts)
    assert sum(1 for c in contacts if len(list(c.emails)) >= 2) >= 5
    assert sum(1 for c in contacts if c.notes) >= 20
    assert sum(1 for c in contacts if list(c.contact_tags)) >= 100


def test_phones_are_valid_mexican_numbers_written_in_many_ways(loaded):
    phones = list(ContactPhone.select())
    assert phones
    assert all(re.fullmatch(r"\+52\d{10}", p.number) for p in phones)
    assert len({re.sub(r"\d", "9", p.raw) for p in phones}) >= 5  # mixed formats
    assert len({p.number for p in phones}) == len(phones)


# --- The follow-up rules hold ----------------------------------------------------------


def test_every_open_lead_has_a_dated_next_action(loaded):
    for lead in Lead.select().where(Lead.status == Lead.OPEN):
        assert lead.next_action_what.strip(), lead.title
        assert lead.next_action_due is not None, lead.title
        assert lead.next_action_kind in Activity.KINDS


def test_the_days_work_has_something_in_every_section(loaded, moment):
    queue = today.work_queue(moment)
    for section in today.SECTIONS:
        assert queue[section], section
    assert 4 <= len(queue["unattended"]) <= 8
    assert all(item.age_hours < 24 * 5 for item in queue["unattended"])
    assert listing.lead_rows(listing.LeadFilter(limbo=True), moment=moment)
    owners = {c.owner for c in Commitment.select()}
    assert owners == set(Commitment.OWNERS)
    assert Commitment.select().where(Commitment.done_at.is_null(False)).exists()
    assert Commitment.select().where(Commitment.due > moment.date()).exists()


def test_limbo_has_both_reasons(loaded, moment):
    reasons = set()
    for lead in Lead.select().where(Lead.status == Lead.OPEN):
        reasons.update(rules.limbo_reasons(lead, moment))
    assert reasons == {"overdue", "stale"}
    health = reports.pipeline_health(moment.date())
    assert 0.5 < health["share"] < 1


def test_closings_are_complete(loaded):
    for lead in Lead.select().where(Lead.status == Lead.LOST):
        closing = rules.current_closing(lead)
        assert closing.outcome == Lead.LOST
        assert closing.reason in Closing.LOSS_REASONS
        assert closing.prospect_words.strip()
        assert '"' not in closing.prospect_words
    for lead in Lead.select().where(Lead.status == Lead.WON):
        closing = rules.current_closing(lead)
        assert closing.outcome == Lead.WON
        assert closing.act in Closing.ACTS
        assert closing.reference
    reasons = {c.reason for c in Closing.select().where(Closing.outcome == Lead.LOST)}
    assert len(reasons) >= 5
    acts = {c.act for c in Closing.select().where(Closing.outcome == Lead.WON)}
    assert acts == set(Closing.ACTS)
    assert Reopening.select().exists()
    received = Lead.select().join(CommissionEntry).where(CommissionEntry.kind == "received")
    assert received.exists()
    assert all(lead.status == Lead.WON for lead in received)
    assert Impediment.select().where(Impediment.resolved_at.is_null()).exists()
    assert Impediment.select().where(Impediment.resolved_at.is_null(False)).exists()


def test_history_is_consistent(loaded):
    real_now = now()
    for lead in Lead.select():
        done = list(lead.activities.where(Activity.done).order_by(Activity.done_at))
        contact_times = [a.done_at for a in done if a.kind in Activity.CONTACT_KINDS]
        assert lead.first_contact_at == (min(contact_times) if contact_times else None)
        if lead.first_contact_at:
            assert lead.first_contact_at >= lead.received_at
        times = [a.done_at for a in done] + ([lead.closed_at] if lead.closed_at else [])
        assert lead.last_activity_at == (max(times) if times else None)
        assert (lead.closed_at is None) == (lead.status == Lead.OPEN)
        for change in lead.stage_changes:
            assert lead.received_at <= change.changed_at <= real_now
        assert lead.stage_changes.order_by(StageChange.id.desc()).first().to_stage_id == (
            lead.stage_id
        )
    assert not Activity.select().where(Activity.done_at > real_now).exists()
    assert not Activity.select().where(Activity.created_at > real_now).exists()
    assert not Closing.select().where(Closing.date > real_now.date()).exists()
    assert not Contact.select().where(Contact.created_at > real_now).exists()
    planned = Activity.select().where(~Activity.done)
    assert planned.where(Activity.due_at > real_now).exists()
    assert planned.where(Activity.kind == "visit", Activity.place != "").exists()


def test_search_finds_demo_data_without_accents(loaded):
    rows = listing.contact_rows("nunez")
    assert rows
    assert all("Núñez" in row.name or "Núñez" in row.company for row in rows)
    assert listing.contact_rows("ibanez")
    assert listing.contact_rows("jose nunez")
    # Phones are found by their digits, however they were written.
    phone = ContactPhone.select().order_by(ContactPhone.id).first()
    national = phone.number[3:]
    found = listing.contact_rows(f"{national[:2]} {national[2:6]} {national[6:]}")
    assert phone.contact_id in [row.id for row in found]
    # The index holds every contact and every lead.
    assert backend.ContactIndex.select().count() == Contact.select().count()
    assert backend.LeadIndex.select().count() == Lead.select().count()

    # Accents do not matter: the leads whose own words or whose contact's say
    # "cotización" (or "cotizaciones") are found, and only those.
    def folded(text: str) -> str:
        return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()

    def words(lead: Lead) -> str:
        person = lead.contact
        return folded(
            " ".join(
                (lead.title, lead.notes, person.first_name, person.last_name, person.company,
                 person.job_title, person.city, person.notes)
            )
        )  # fmt: skip

    quoting = {lead.id for lead in Lead.select() if re.search(r"\bcotizacion", words(lead))}
    found = {r.id for r in listing.lead_rows(listing.LeadFilter(search="cotizacion"))}
    assert quoting and found == quoting


# --- Only into an empty database, always the same --------------------------------------


def test_loading_twice_is_refused_and_changes_nothing(loaded):
    before = snapshot()
    with pytest.raises(DemoRefused) as caught:
        load_demo()
    assert isinstance(caught.value, TranslatableError)
    assert caught.value.context == "Demo"
    assert "empty database" in str(caught.value)
    assert snapshot() == before


@pytest.mark.parametrize("model", [Representada, Source])
def test_any_real_data_refuses_the_demo(db, model):
    model.create(name="Mi empresa")
    with pytest.raises(DemoRefused):
        load_demo()
    assert Contact.select().count() == 0
    assert Lead.select().count() == 0


def test_same_seed_and_moment_give_the_same_demo(tmp_path):
    moment = dt.datetime.combine(now().date() - dt.timedelta(days=3), dt.time(11, 30))
    shots = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        with opened(tmp_path / name):
            load_demo(seed=seed, moment=moment)
            shots.append(snapshot())
    assert shots[0] == shots[1]
    assert shots[0]["contacts"] != shots[2]["contacts"]


@pytest.mark.parametrize("days", [-200, 10])
def test_a_moment_in_the_past_or_future_still_works(db, days):
    """Dates follow the moment; what was done is never after the real clock."""
    moment = now() + dt.timedelta(days=days)
    counts = load_demo(moment=moment)
    assert counts["leads"] >= 70
    real_now = now()
    assert not Activity.select().where(Activity.done_at > real_now).exists()
    assert not Lead.select().where(Lead.received_at > real_now).exists()
    assert not Lead.select().where(Lead.closed_at > real_now).exists()
    assert Lead.select().where(Lead.next_action_due == moment.date()).exists()
    queue = today.work_queue(moment)
    assert queue["unattended"]
    assert queue["overdue"]
    assert queue["due_today"]
