"""The export action (contactos.actions.exports): the one function `contactos export` and
File → Export call. It writes what the format writers write, says what it wrote, finds a
source by the name a person gives, and refuses what it cannot do without writing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from contactos import exporting, rules
from contactos.actions import exports
from contactos.contacts import ContactData, create_contact
from contactos.exporting import ExportError
from contactos.models import Source
from contactos.rules import NextAction


@pytest.fixture
def book(db, clock):
    """Two contacts, three leads (one of them lost) of two sources, one without leads."""
    ana = create_contact(ContactData(first_name="Ana", last_name="Ruiz", company="Aceros"))
    jose = create_contact(ContactData(first_name="José", last_name="Núñez"))
    bajio = Source.create(name="Distribuidora Bajío", kind="distributor")
    Source.create(name="Referido", kind="referral")
    Source.create(name="Lista vacía", kind="list")
    tomorrow = clock.today() + dt.timedelta(days=1)
    rules.create_lead(ana, "Compresores", NextAction("Llamar", tomorrow), source=bajio)
    rules.create_lead(jose, "Taladros", NextAction("Visitar", tomorrow, "visit"), source=bajio)
    lost = rules.create_lead(jose, "Brocas", NextAction("Llamar", tomorrow))
    rules.lose(lost, "no-budget", "No hay dinero este año")
    return bajio


@pytest.mark.parametrize(
    ("kind", "name", "count"),
    [
        ("contacts", "c.xlsx", 2),
        ("contacts", "c.csv", 2),
        ("contacts", "c.vcf", 2),
        ("leads", "l.xlsx", 3),
        ("leads", "l.csv", 3),
        ("followups", "f.ics", 2),
    ],
)
def test_says_what_it_wrote_and_writes_what_the_writers_write(book, tmp_path, kind, name, count):
    exported = exports.export(kind, tmp_path / name, style=exporting.COMMA)
    assert exported == exports.Exported(kind, tmp_path / name, count)
    again = tmp_path / f"again-{name}"
    assert exporting.export_to(kind, again, style=exporting.COMMA) == count
    if not name.endswith((".xlsx", ".ics")):  # (a workbook and a calendar carry a time stamp)
        assert (tmp_path / name).read_bytes() == again.read_bytes()


def test_a_status_keeps_only_those_leads(book, tmp_path):
    assert exports.export("leads", tmp_path / "l.csv", status="lost").count == 1
    assert exports.export("leads", tmp_path / "o.csv", status="open").count == 2


def test_a_source_report_finds_the_source_as_written_or_in_any_case(book, tmp_path):
    assert exports.export("source-report", tmp_path / "r.csv", source=book.name).count == 2
    shouted = exports.export("source-report", tmp_path / "r.xlsx", source="DISTRIBUIDORA BAJÍO")
    assert shouted == exports.Exported("source-report", tmp_path / "r.xlsx", 2)
    assert exports.export("source-report", tmp_path / "e.csv", source="Lista vacía").count == 0


def test_an_unknown_source_is_refused_with_the_names_to_choose_from(book, tmp_path):
    with pytest.raises(ExportError) as refused:
        exports.export("source-report", tmp_path / "r.csv", source="Nadie")
    assert refused.value.message == (
        "There is no source called 'Nadie'. The sources are: "
        "Distribuidora Bajío, Lista vacía, Referido."
    )
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]  # (nothing written)
    assert exports.source_names() == ["Distribuidora Bajío", "Lista vacía", "Referido"]


def test_without_sources_the_refusal_says_only_that(db, tmp_path):
    with pytest.raises(ExportError, match=r"^There is no source called 'Nadie'\.$"):
        exports.export("source-report", tmp_path / "r.csv", source="Nadie")


def test_what_only_a_program_can_get_wrong_is_a_value_error(book, tmp_path):
    with pytest.raises(ValueError, match="unknown export kind"):
        exports.export("everything", tmp_path / "x.csv")
    with pytest.raises(ValueError, match="needs the name of its source"):
        exports.export("source-report", tmp_path / "r.csv")
    assert not Path(tmp_path / "x.csv").exists() and not (tmp_path / "r.csv").exists()


def test_the_command_line_offers_every_kind_the_action_exports():
    from contactos import export_commands

    assert export_commands.KINDS == exports.KINDS == exporting.EXPORT_KINDS
