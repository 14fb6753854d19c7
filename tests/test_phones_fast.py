"""The phones' fast path gives exactly what phonenumbers' full parse gives.

contactos.phones skips the full parse for a number already in the shape the country's
metadata describes (digits with spaces, dashes, dots or brackets, the country's own
code or none). These tests compare the two, number by number: every phone of the
import benchmark's file, every phone of the real files in the fixtures, and random
digit strings.
"""

from __future__ import annotations

import sys
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactos import phones
from contactos.importing import readers, values
from contactos.importing.mapping import guess_mapping

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT.parent / "shared" / "fixtures" / "real"
COUNTRIES = ("MX", "ES", "CO", "AR", "CL", "PE", "US", "DE", "GB", "IT", "BR")


def full_parse(text: str, country: str) -> str | None:
    """contactos.phones.normalize as it was before the fast path: phonenumbers alone
    (after the same clean-up of Mexico's old prefixes)."""
    raw = (text or "").strip()
    if not raw:
        return None
    region = country.upper()
    candidate = phones._clean_mexican(raw, phones._NON_DIGIT.sub("", raw), region)
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def fast_hits(texts: list[str], country: str) -> int:
    """How many of `texts` the fast path answers by itself."""
    hits = 0
    for text in texts:
        raw = text.strip()
        candidate = phones._clean_mexican(raw, phones._NON_DIGIT.sub("", raw), country)
        hits += phones._fast_e164(candidate, country) is not None
    return hits


def test_every_phone_of_the_benchmark_file():
    """The 100,000-row file of bench/bench_import.py (its phones as people type them:
    '55 1234 5678', '(33) 3615-2233', '044 55 1234 5678', '+52 1 81 8123 4567'...),
    built as the benchmark builds it, without its database."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench.bench_import import Existing, build_rows

    rows, _ = build_rows(100_000, 1, Existing.generated())
    texts = [cell for row in rows for cell in (row[4], row[5]) if cell]
    assert len(texts) > 150_000
    different = [
        (text, ours, theirs)
        for text in texts
        if (ours := phones.normalize(text, "MX")) != (theirs := full_parse(text, "MX"))
    ]
    assert different == []
    assert fast_hits(texts, "MX") > 0.95 * len(texts)  # (the fast path does take them)


def fixture_phones() -> list[str]:
    """Every value of a phone column in the real files of the fixtures, one by one."""
    found: list[str] = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix.lower() not in (".csv", ".txt", ".xlsx", ".vcf"):
            continue
        try:
            table = readers.read_file(path)
        except readers.ReadError:
            continue
        mapping = table.preset_mapping or guess_mapping(table.headers)
        columns = [i for i, f in mapping.items() if f in ("phone", "mobile", "whatsapp")]
        for row in table.rows:
            for column in columns:
                if column < len(row.cells):
                    found.extend(values.split_multi(row.cells[column]))
    return found


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="the shared fixtures are not here")
@pytest.mark.parametrize("country", COUNTRIES)
def test_every_phone_of_the_fixtures(country):
    texts = fixture_phones()
    assert len(texts) > 50
    different = [
        (text, ours, theirs)
        for text in texts
        if (ours := phones.normalize(text, country)) != (theirs := full_parse(text, country))
    ]
    assert different == []


PHONE_LIKE = st.text(alphabet="0123456789", min_size=1, max_size=18)


def written(digits: str, separators: list[str]) -> str:
    """`digits` with the separators people put between them."""
    out = []
    for n, digit in enumerate(digits):
        out.append(digit)
        if n < len(separators):
            out.append(separators[n])
    return "".join(out)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    digits=PHONE_LIKE,
    separators=st.lists(st.sampled_from(["", "", "", " ", "-", ".", "(", ")", "  "]), max_size=18),
    prefix=st.sampled_from(
        ["", "", "+", "+52 ", "+52", "52", "00", "0", "1", "+34 ", "+1 ", "044 "]
    ),
    country=st.sampled_from(COUNTRIES),
)
def test_random_digit_strings(digits, separators, prefix, country):
    text = prefix + written(digits, separators)
    assert phones.normalize(text, country) == full_parse(text, country)


@settings(max_examples=1000, deadline=None)
@given(
    national=st.integers(min_value=2_000_000_000, max_value=9_999_999_999),
    style=st.sampled_from(["{}", "+52{}", "+52 {}", "({}) {}-{}", "{} {} {}", "+52 1 {}"]),
)
def test_random_mexican_numbers(national, style):
    """Ten digits as Mexican numbers are written, the same both ways."""
    digits = str(national)
    parts = (digits[:2], digits[2:6], digits[6:])
    text = style.format(*parts) if style.count("{}") == 3 else style.format(digits)
    assert phones.normalize(text, "MX") == full_parse(text, "MX")
