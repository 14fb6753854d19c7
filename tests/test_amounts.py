"""The one amount parser: how a person writes an amount, and what is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contactos import amounts
from contactos.amounts import MIXED, AmountError, column_decimal_mark, parse, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("12,5", "12.5"),
        ("12.5", "12.5"),
        ("1.234", "1234"),
        ("12,500", "12500"),
        ("1.234.567", "1234567"),
        ("1,234,567.89", "1234567.89"),
        ("1.234.567,89", "1234567.89"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("1\u202f234,50", "1234.50"),
        ("1'234.50", "1234.50"),
        ("0,500", "0.5"),
        (",50", "0.50"),
        ("1234", "1234"),
        ("1234.5", "1234.5"),
        ("$1,234.50", "1234.50"),
        ("$ 1.234,50", "1234.50"),
        ("-300", "-300"),
        ("(300)", "-300"),
        ("$-300", "-300"),
        ("12.5%", "12.5"),
        ("１２３", "123"),  # full-width digits
        ("4,500 pesos", "4500"),
        ("4,500 M.N.", "4500"),
        ("4,500 MN", "4500"),
        ("0", "0"),
        ("-0", "0"),
    ],
)
def test_amounts_read_as_a_person_means_them(text, expected):
    assert parse(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("1.234,50 €", "EUR"),
        ("€1,234.50", "EUR"),
        ("MXN 4,500", "MXN"),
        ("4.500 EUR", "EUR"),
        ("usd 300", "USD"),
        ("US$ 300", "USD"),
        ("R$ 1.000,00", "BRL"),
        ("S/ 150.00", "PEN"),
        ("300 dólares", "USD"),
        ("20 euros", "EUR"),
        ("$300", None),
        ("300", None),
    ],
)
def test_the_currency_the_text_names(text, currency):
    assert read(text).currency == currency


@pytest.mark.parametrize(
    "text",
    [
        "inf",
        "-inf",
        "Infinity",
        "nan",
        "NaN",
        "snan",
        "1e999",
        "1E5",
        "abc",
        "12 abc",
        "1,2,3",
        "1.23.4",
        "1,23,456.00",
        "1.234.5,6,7",
        "--",
        "$",
        "1 23",
        "0x10",
        "1.2.3,4,5",
        "12.34.56",
    ],
)
def test_what_is_not_an_amount_is_refused_with_a_message(text):
    with pytest.raises(AmountError) as caught:
        parse(text)
    assert text.strip() in caught.value.message
    assert "1.234,50" in caught.value.message or "currencies" in caught.value.message


def test_a_value_must_not_be_negative_where_the_caller_says():
    assert parse("-5") == Decimal("-5")
    with pytest.raises(AmountError, match="negative"):
        parse("-5", negative=False)
    with pytest.raises(AmountError, match="negative"):
        parse(Decimal("-1"), negative=False)


def test_more_decimals_than_money_keeps_are_refused_not_rounded():
    assert parse("1234.50") == Decimal("1234.50")
    assert parse("1.5000", decimal_mark=".") == Decimal("1.5")  # zeros are no decimals
    with pytest.raises(AmountError, match="decimals"):
        parse("12,345", decimal_mark=",")
    assert parse("12.345", decimal_mark=".", places=3) == Decimal("12.345")


def test_too_large_and_not_finite_decimals_are_refused():
    with pytest.raises(AmountError, match="too large"):
        parse("1000000000000000")
    with pytest.raises(AmountError):
        parse(Decimal("Infinity"))
    with pytest.raises(AmountError):
        parse(float("nan"))


def test_the_locale_or_column_says_what_a_lone_separator_is():
    assert parse("12,500") == Decimal("12500")
    assert parse("12,500", decimal_mark=",") == Decimal("12.5")
    assert parse("1.234", decimal_mark=",") == Decimal("1234")
    with pytest.raises(AmountError, match="decimals"):
        parse("1.234", decimal_mark=".")  # 1.234 of money: one decimal too many
    assert parse("1.234,5", decimal_mark=".") == Decimal("1234.5")  # the value says it


def test_a_value_that_stays_ambiguous_is_reported_not_guessed():
    with pytest.raises(AmountError) as caught:
        parse("12,500", decimal_mark=MIXED)
    assert "12500" in caught.value.message and "12.5" in caught.value.message
    # values that say their own mark are read even in a mixed column
    assert parse("12,50", decimal_mark=MIXED) == Decimal("12.50")
    assert parse("1,234.00", decimal_mark=MIXED) == Decimal("1234.00")


def test_two_currencies_in_one_value_are_refused():
    with pytest.raises(AmountError, match="two currencies"):
        parse("€ 12 USD")


@pytest.mark.parametrize(
    ("column", "mark"),
    [
        (["1.234,50", "12,5", "1.234"], ","),
        (["1,234.50", "12.5", "12,500"], "."),
        (["1.234", "12,500", "300"], None),
        (["12,5", "1,234.50"], MIXED),
        ([], None),
        (["", "  ", "abc"], None),
    ],
)
def test_the_decimal_mark_a_column_shows(column, mark):
    assert column_decimal_mark(column) == mark


@given(
    whole=st.integers(min_value=0, max_value=10**11),
    cents=st.integers(min_value=0, max_value=99),
    style=st.sampled_from([(",", "."), (".", ","), (" ", ","), ("'", ".")]),
)
def test_any_grouped_amount_reads_back(whole, cents, style):
    group, decimal = style
    grouped = f"{whole:,}".replace(",", group)
    text = f"{grouped}{decimal}{cents:02d}"
    assert parse(text) == Decimal(f"{whole}.{cents:02d}")


def test_currency_codes_come_from_a_maintained_list():
    assert {"MXN", "EUR", "USD", "COP", "ARS"} <= amounts.currency_codes()
