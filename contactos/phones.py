"""Phone numbers: E.164 where the number is valid, the text as written where not."""

from __future__ import annotations

import re
from functools import cache

DEFAULT_COUNTRY = "MX"

# Mexico dropped the 044/045 mobile and 01 long-distance prefixes in 2019, and the
# "+52 1" mobile prefix with them; lists still carry them.
_NON_DIGIT = re.compile(r"\D")
_MX_OLD_PREFIX = re.compile(r"^(?:044|045|01)(\d{10})$")
_MX_MOBILE_ONE = re.compile(r"^(?:\+|00)?521(\d{10})$")


def _clean_mexican(raw: str, digits: str, country: str) -> str:
    """Mexico's dropped prefixes, removed only where the text is Mexican for sure: written
    with +52 (or 0052 where 00 is the international prefix), or read in Mexico. A number
    that is not valid for the default country never becomes another country's."""
    international = raw.startswith("+") or (digits.startswith("00") and _dials_00(country))
    if international or country == "MX":
        mobile = _MX_MOBILE_ONE.match(("+" if raw.startswith("+") else "") + digits)
        if mobile:
            return "+52" + mobile.group(1)
    if country == "MX" and not raw.startswith("+"):
        old = _MX_OLD_PREFIX.match(digits)
        if old:
            return old.group(1)
    return raw


@cache
def _dials_00(country: str) -> bool:
    """Whether 00 starts an international number dialled from `country` (not from the
    United States, where it is 011)."""
    metadata = _lib().PhoneMetadata.metadata_for_region(country, None)
    prefix = getattr(metadata, "international_prefix", None)
    return bool(prefix) and re.fullmatch(prefix, "00") is not None


@cache
def _lib():
    """phonenumbers, imported on first use: its metadata takes a while to load, and the
    window should not wait for it before it first paints."""
    import phonenumbers

    return phonenumbers


def normalize(text: str, country: str = DEFAULT_COUNTRY) -> str | None:
    """Return the E.164 form of `text`, or None when it is not a valid number."""
    raw = (text or "").strip()
    if not raw:
        return None
    region = country.upper()
    digits = _NON_DIGIT.sub("", raw)
    candidate = _clean_mexican(raw, digits, region)
    fast = _fast_e164(candidate, region)
    return fast if fast is not None else _parsed_e164(candidate, region)


def _parsed_e164(candidate: str, region: str) -> str | None:
    """E.164 by phonenumbers' full parse and validation (None when not valid)."""
    phonenumbers = _lib()
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# --- The fast path --------------------------------------------------------------------
#
# phonenumbers reads any text in any format, at about 70 microseconds a number; a list
# of 100,000 rows has 150,000 phones, most written as the national number of the
# country the list is read in, or with its country code: digits with spaces, dashes,
# dots or brackets between them. For those, what the full parse does comes down to a
# few of the country's own patterns (tests/test_phones_fast.py checks that it gives
# exactly what the full parse gives): the digits are the national number, and the
# number is valid when the country's metadata says it is of some type. Anything else
# (letters, another country's code, an international or trunk prefix, a leading zero,
# a country code shared by several regions) and any number this path does not find
# valid go through the full parse.

_SIMPLE = re.compile(r"\+?[0-9 ().\-]+")
_LONGEST_TEXT = 250  # (phonenumbers refuses a longer text)
_LONGEST_NATIONAL = 17  # digits of a national significant number, at most
_NOT_DIGIT = re.compile(r"[^0-9]")


class _Country:
    """What the fast path needs of one region's metadata."""

    __slots__ = ("code", "general", "idd", "trunk", "types")

    def __init__(self, metadata) -> None:
        self.code = str(metadata.country_code)
        self.idd = _compiled(metadata.international_prefix)
        self.trunk = _compiled(metadata.national_prefix_for_parsing)
        self.general = _desc(metadata.general_desc)
        descs = [
            metadata.premium_rate,
            metadata.toll_free,
            metadata.shared_cost,
            metadata.voip,
            metadata.personal_number,
            metadata.pager,
            metadata.uan,
            metadata.voicemail,
            metadata.fixed_line,
        ]
        if not metadata.same_mobile_and_fixed_line_pattern:
            descs.append(metadata.mobile)
        # The types of the same possible lengths, as one pattern each (most countries
        # give every type the same lengths: one pattern for all).
        by_lengths: dict[frozenset | None, list[str]] = {}
        for desc in descs:
            if desc is not None and desc.national_number_pattern:
                lengths = frozenset(desc.possible_length or ()) or None
                by_lengths.setdefault(lengths, []).append(desc.national_number_pattern)
        self.types = [
            (lengths, re.compile("|".join(f"(?:{p})" for p in patterns)))
            for lengths, patterns in by_lengths.items()
        ]

    def valid(self, national: str) -> bool:
        """Whether phonenumbers finds a type for this national significant number (no
        leading zero) of this region: is_valid_number."""
        if self.general is None or not _matches(self.general, national):
            return False
        return any(_matches(desc, national) for desc in self.types)


def _compiled(pattern: str | None):
    return re.compile(pattern) if pattern else None


def _desc(desc):
    """(possible lengths or None for any, compiled pattern) of a PhoneNumberDesc."""
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = frozenset(desc.possible_length or ())
    return (lengths or None, re.compile(desc.national_number_pattern))


def _matches(desc, national: str) -> bool:
    lengths, pattern = desc
    return (lengths is None or len(national) in lengths) and (
        pattern.fullmatch(national) is not None
    )


@cache
def _country(region: str) -> _Country | None:
    """The fast path's view of `region`, or None where it does not apply (a region
    without metadata, or one whose country code other regions share: which of them a
    number is of takes the full parse)."""
    phonenumbers = _lib()
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    if metadata is None or metadata.country_code is None:
        return None
    if len(phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(metadata.country_code, ())) != 1:
        return None
    return _Country(metadata)


@cache
def _code_lengths() -> dict[str, int]:
    """Each country calling code's text, to its length (1 to 3 digits)."""
    return {str(code): len(str(code)) for code in _lib().COUNTRY_CODE_TO_REGION_CODE}


def _fast_e164(candidate: str, region: str) -> str | None:
    """E.164 for a number already in the shape `region`'s metadata describes, when it is
    valid there; None means "ask the full parse" (not "not valid")."""
    if len(candidate) > _LONGEST_TEXT or not _SIMPLE.fullmatch(candidate):
        return None
    country = _country(region)
    if country is None:
        return None
    digits = _NOT_DIGIT.sub("", candidate)
    if len(digits) < 3:
        return None
    if candidate[0] == "+":
        # The country code is the first 1 to 3 digits that are one (as phonenumbers
        # reads it); only this region's own code takes the fast path.
        codes = _code_lengths()
        code = next((digits[:n] for n in (1, 2, 3) if digits[:n] in codes), None)
        if code != country.code:
            return None
        national = digits[len(code) :]
    else:
        if country.idd is not None and country.idd.match(digits):
            return None  # (an international prefix: 00 52...)
        if digits.startswith(country.code):
            return None  # (phonenumbers may read the country code without its +)
        national = digits
    if not 2 <= len(national) <= _LONGEST_NATIONAL or national[0] == "0":
        return None  # (a leading zero is kept apart by phonenumbers: Italy's numbers)
    if country.trunk is not None and country.trunk.match(national):
        return None  # (a trunk prefix, as 0 in Spain's old style or 1 in the USA)
    if not country.valid(national):
        return None
    return "+" + country.code + national


def search_tokens(stored: str) -> list[str]:
    """Digit strings under which a stored phone can be found by typing digits.

    The full international digits, the national number (what people dial at home), its
    last eight and seven digits (the local number), and for unreadable numbers the digits
    as written.
    """
    digits = _NON_DIGIT.sub("", stored or "")
    if not digits:
        return []
    tokens = [digits]
    if stored.startswith("+"):
        # E.164: the country code is a prefix-free 1-3 digits, the rest is national.
        codes = _country_codes()
        code = next((digits[:n] for n in (1, 2, 3) if digits[:n] in codes), None)
        if code is None:
            return tokens
        national = digits[len(code) :]
        if national and national != digits:
            tokens.append(national)
        # The local number without the area code, as people often remember it.
        tokens.extend(national[-n:] for n in (8, 7) if len(national) > n)
    return tokens


def regions() -> list[str]:
    """The country codes (ISO 3166) whose phone numbers can be read, sorted."""
    return sorted(_lib().SUPPORTED_REGIONS)


@cache
def _country_codes() -> frozenset[str]:
    return frozenset(str(code) for code in _lib().COUNTRY_CODE_TO_REGION_CODE)


def display(stored: str) -> str:
    """International format for a stored E.164 number; anything else as written."""
    if not stored.startswith("+"):
        return stored
    phonenumbers = _lib()
    try:
        number = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return stored
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
