"""Search as you type: accents, case, prefixes, phones by digits, kept in sync."""

from __future__ import annotations

import datetime as dt

import pytest

from contactos import listing, rules
from contactos.contacts import ContactData, create_contact, update_contact
from contactos.rules import NextAction
from contactos.storage.sqlite import match_expression


@pytest.fixture
def people(db):
    jose = create_contact(
        ContactData(
            first_name="José",
            last_name="Núñez",
            company="Ferretería El Águila",
            emails=["jose.nunez@aguila.mx"],
            phones=["+52 55 1234 5678"],
            tags=["mayorista"],
            notes="Prefiere WhatsApp por la tarde",
        ),
        country="MX",
    )
    ana = create_contact(
        ContactData(
            first_name="Ana",
            last_name="Ibáñez",
            company="Plásticos Jalisco",
            phones=["(33) 3615-2233"],
            emails=["compras@plasticosjal.com"],
        ),
        country="MX",
    )
    return jose, ana


def names(text: str) -> list[str]:
    return [r.name for r in listing.contact_rows(text, sort="relevance")]


@pytest.mark.parametrize(
    "text",
    [
        "jose",
        "JOSE",
        "José",
        "nunez",
        "núñez",
        "NUÑEZ",
        "jo",
        "nú",
        "ferreteria",
        "aguila",
        "jose nunez",
        "jose.nunez@agu",
        "aguila.mx",
        "mayor",
        "whatsapp",
        "tarde",
    ],
)
def test_finds_jose(people, text):
    assert names(text) == ["José Núñez"]


@pytest.mark.parametrize(
    "text",
    ["5512345678", "+52 55 1234 5678", "55 1234", "551234", "525512", "55-1234-5678"],
)
def test_phone_by_digits_in_any_format(people, text):
    assert names(text) == ["José Núñez"]


def test_second_phone_format(people):
    assert names("3336152233") == ["Ana Ibáñez"]
    assert names("ibanez") == ["Ana Ibáñez"]


def test_no_match_and_empty(people):
    assert names("zapatería") == []
    assert names("   ") == ["Ana Ibáñez", "José Núñez"]  # no words: everything, by name
    assert match_expression("¿?") is None


def test_query_syntax_cannot_leak(people):
    for text in ['"', "AND", "jose OR", "NEAR(", "*", "name:jose", "-jose", "jo'se"]:
        listing.contact_rows(text)  # no FTS5 syntax error


def test_index_follows_updates(people):
    jose, _ = people
    update_contact(jose, ContactData(first_name="José", last_name="Peña", company="Nueva SA"))
    assert names("nunez") == []
    assert names("pena") == ["José Peña"]
    assert names("5512345678") == []


def test_lead_search_by_contact_and_title(people, clock):
    jose, ana = people
    tomorrow = clock.today() + dt.timedelta(days=1)
    rules.create_lead(jose, "Compresores de aire", NextAction("Llamar", tomorrow))
    rules.create_lead(ana, "Tarimas de plástico", NextAction("Llamar", tomorrow))
    titles = lambda t: [r.title for r in listing.lead_rows(listing.LeadFilter(search=t))]  # noqa: E731
    assert titles("compres") == ["Compresores de aire"]
    assert titles("ibanez") == ["Tarimas de plástico"]
    assert titles("5512") == ["Compresores de aire"]
    assert titles("zzz") == []


def test_phone_by_local_number(people):
    assert names("12345678") == ["José Núñez"]
    assert names("1234 5678") == ["José Núñez"]
