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
    phonenumbers = _lib()
    raw = (text or "").strip()
    if not raw:
        return None
    digits = _NON_DIGIT.sub("", raw)
    candidate = _clean_mexican(raw, digits, country.upper())
    try:
        number = phonenumbers.parse(candidate, country.upper())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


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
