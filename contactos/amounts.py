"""Reading an amount of money as a person writes it: the one parser of the program.

The command line, the dialogs and the import all read amounts here, so `1.234,50` means
the same wherever it is typed. The reading follows what a person means:

- `1.234,50` and `1,234.50` are both 1234.50; `12,5` is 12.5; `1 234,50` and `1'234.50`
  group thousands with a space or an apostrophe.
- A lone separator followed by exactly three digits (`1.234`, `12,500`) groups thousands,
  unless the decimal mark given (the person's locale, or what the rest of an imported
  column shows) says it is the decimal mark. Where the column shows both marks, such a
  value stays ambiguous and is refused, never guessed.
- A currency sign or code may stand before or after it (`$1,234.50`, `1.234,50 €`,
  `MXN 4,500`, `USD 300`); the currency it names is returned with the amount.
- `inf`, `nan`, exponents (`1e999`) and anything that is not digits and separators are
  refused with a message that says how to write the amount.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError

# What `decimal_mark` can say besides "," and ".": the evidence disagrees.
MIXED = "mixed"

# Signs that name one currency wherever they are written. "$" alone (Mexico, Colombia,
# Argentina, Chile, the United States...) names none: the caller's default applies.
_SIGNS = {
    "US$": "USD",
    "U$S": "USD",
    "USD$": "USD",
    "CA$": "CAD",
    "C$": "NIO",
    "R$": "BRL",
    "S/.": "PEN",
    "S/": "PEN",
    "€": "EUR",
    "£": "GBP",
    "₡": "CRC",
    "₲": "PYG",
    "₱": "PHP",
    "₹": "INR",
    "¥": "JPY",
    "Bs.": "VES",
    "Q.": "GTQ",
}
_SIGNS_LONGEST_FIRST = sorted(_SIGNS, key=len, reverse=True)
# Words people write after an amount.
_WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    "dolar": "USD",
    "dolares": "USD",
    "dollar": "USD",
    "dollars": "USD",
}
_LOCAL_WORDS = ("pesos", "peso")
# "M.N." (moneda nacional), written after Mexican amounts.
_NATIONAL = re.compile(r"(?<![^\W\d_])m\.?\s?n\.?(?![^\W\d_])", re.IGNORECASE)

_DIGITS_AND_MARKS = re.compile(r"[\d.,' ]+")
_PLAIN = re.compile(r"-?[\d.,' ]+-?%?")
_LETTERS = re.compile(r"[^\W\d_]+\.?")
_SPACE = re.compile(r"[\s\u00a0\u202f\u2009]+")


class AmountError(TranslatableError):
    """An amount that cannot be read (or is not allowed where it was written)."""

    context = "Amounts"


NOT_AN_AMOUNT = QT_TRANSLATE_NOOP(
    "Amounts", "'{text}' is not an amount. Write it with digits, as 1234.50 or 1.234,50."
)
NEGATIVE = QT_TRANSLATE_NOOP("Amounts", "An amount cannot be negative ('{text}').")
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Amounts",
    "'{text}' could be {grouped} or {decimal}: write it with its decimals (for example {example}).",
)
TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP(
    "Amounts", "'{text}' has more than {places} decimals; write it rounded as you mean it."
)
TOO_LARGE = QT_TRANSLATE_NOOP("Amounts", "'{text}' is too large for an amount.")
TWO_CURRENCIES = QT_TRANSLATE_NOOP(
    "Amounts", "'{text}' names two currencies ({first} and {second}); write only one."
)


@dataclass(frozen=True)
class Amount:
    """An amount read from text; `currency` is the ISO 4217 code the text named (None
    when it named none, or only "$" or "pesos", which depend on the country)."""

    value: Decimal
    currency: str | None = None


@cache
def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes (from Babel's CLDR data)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c))


def _take_currency(text: str) -> tuple[str, str | None]:
    """The text without its currency sign, code or word, and the currency it named."""
    found: list[str] = []
    rest = text
    for sign in _SIGNS_LONGEST_FIRST:
        if sign in rest:
            found.append(_SIGNS[sign])
            rest = rest.replace(sign, " ")
    rest = rest.replace("$", " ")
    if _LETTERS.search(rest) is None:
        return rest, (found[0] if len(set(found)) == 1 else _two(text, found))
    rest = _NATIONAL.sub(" ", rest)

    def word(match: re.Match[str]) -> str:
        token = match.group(0)
        upper = token.rstrip(".").upper()
        folded = _fold(token)
        if len(upper) == 3 and upper in currency_codes():
            found.append(upper)
        elif folded in _WORDS:
            found.append(_WORDS[folded])
        elif folded.rstrip(".") in _LOCAL_WORDS:
            pass
        else:
            return token  # a letter that is not a currency: not an amount
        return " "

    rest = _LETTERS.sub(word, rest)
    return rest, (found[0] if len(set(found)) == 1 else _two(text, found))


def _two(text: str, found: list[str]) -> None:
    """None when no currency was named; refused when two were."""
    distinct = list(dict.fromkeys(found))
    if len(distinct) > 1:
        raise AmountError(TWO_CURRENCIES, text=text, first=distinct[0], second=distinct[1])
    return None


def _groups_ok(groups: list[str]) -> bool:
    """Thousands groups: the first of 1-3 digits, every other of exactly 3."""
    return (
        bool(groups)
        and 1 <= len(groups[0]) <= 3
        and all(len(g) == 3 and g.isdigit() for g in groups[1:])
        and groups[0].isdigit()
    )


def _evidence(number: str) -> str | None:
    """The decimal mark one written number shows by itself (None when it shows none)."""
    commas, dots = number.count(","), number.count(".")
    if commas and dots:
        return "," if number.rfind(",") > number.rfind(".") else "."
    for mark, count in ((",", commas), (".", dots)):
        if count == 1:
            whole, _, decimals = number.partition(mark)
            if len(decimals) != 3 or whole.strip("0 ") == "":
                return mark
        elif count > 1:
            return "." if mark == "," else ","
    return None


def column_decimal_mark(texts: Iterable[str]) -> str | None:
    """The decimal mark a column of amounts shows: ",", ".", None when no value tells,
    or MIXED when some values show one and others the other."""
    seen: set[str] = set()
    for text in texts:
        number = _SPACE.sub("", str(text or ""))
        number = "".join(c for c in number if c.isdigit() or c in ".,")
        if number:
            mark = _evidence(number)
            if mark is not None:
                seen.add(mark)
        if len(seen) > 1:
            return MIXED
    return seen.pop() if seen else None


def _plain(number: str, text: str, decimal_mark: str | None) -> str:
    """`number` (digits, ".", ",", "'" and spaces only) as plain digits with one '.'."""
    number = number.strip()
    for space_like in ("'", " "):
        if space_like in number:
            head, *tail = number.split(space_like)
            if not (head and tail and all(len(part) >= 3 for part in tail)):
                raise AmountError(NOT_AN_AMOUNT, text=text)
            # "1 234,50": each group after a space starts with three digits
            if not all(part[:3].isdigit() for part in tail):
                raise AmountError(NOT_AN_AMOUNT, text=text)
            number = number.replace(space_like, "")
    commas, dots = number.count(","), number.count(".")
    if commas and dots:
        decimal = "," if number.rfind(",") > number.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        whole, _, decimals = number.rpartition(decimal)
        if decimal in whole or not _groups_ok(whole.split(grouping)):
            raise AmountError(NOT_AN_AMOUNT, text=text)
        return f"{whole.replace(grouping, '')}.{decimals}"
    mark = "," if commas else "." if dots else ""
    if not mark:
        return number
    count = commas or dots
    other = "." if mark == "," else ","
    if count > 1:
        if decimal_mark == mark or not _groups_ok(number.split(mark)):
            raise AmountError(NOT_AN_AMOUNT, text=text)
        return number.replace(mark, "")
    whole, _, decimals = number.partition(mark)
    if len(decimals) != 3 or whole.strip("0") == "":
        return f"{whole or '0'}.{decimals}"
    # A lone mark followed by exactly three digits: thousands, unless told otherwise.
    if decimal_mark == mark:
        return f"{whole}.{decimals}"
    if decimal_mark == MIXED:
        example = f"{whole}{other}{decimals}{mark}00"
        raise AmountError(
            AMBIGUOUS,
            text=text,
            grouped=f"{whole}{decimals}",
            decimal=f"{whole}.{decimals}".rstrip("0").rstrip("."),
            example=example,
        )
    if not _groups_ok([whole, decimals]):
        raise AmountError(NOT_AN_AMOUNT, text=text)
    return whole + decimals


def read(
    text: object,
    *,
    decimal_mark: str | None = None,
    negative: bool = True,
    places: int = 2,
    max_digits: int = 14,
) -> Amount | None:
    """The amount `text` holds (None when it is empty).

    `decimal_mark` is what the locale or the column says ("," or "."), None when nothing
    does, MIXED when a column shows both. Refused (AmountError): what is not an amount,
    a negative amount when `negative` is False, more than `places` decimals (other than
    zeros), more than `max_digits` digits in all.
    """
    if text is None:
        return None
    if isinstance(text, Decimal | int) and not isinstance(text, bool):
        return Amount(_checked(Decimal(text), str(text), negative, places, max_digits))
    if isinstance(text, float):
        text = repr(text)
    original = str(text).strip()
    if not original:
        return None
    value = unicodedata.normalize("NFKC", original).replace("\u2212", "-")
    value = _SPACE.sub(" ", value).strip()
    minus = False
    if value.startswith("(") and value.endswith(")"):
        minus, value = True, value[1:-1].strip()
    if _PLAIN.fullmatch(value):  # most cells of a list: no sign, code or word to look for
        rest, currency = value, None
    else:
        rest, currency = _take_currency(value)
        rest = rest.strip()
    if rest.startswith("-") or rest.endswith("-"):
        minus = not minus if rest.count("-") == 1 else minus
        rest = rest.strip("-").strip()
    elif rest.startswith("+"):
        rest = rest[1:].strip()
    rest = rest.removesuffix("%").strip()
    if not rest or not _DIGITS_AND_MARKS.fullmatch(rest) or not any(c.isdigit() for c in rest):
        raise AmountError(NOT_AN_AMOUNT, text=original)
    plain = _plain(rest, original, decimal_mark)
    try:
        amount = Decimal(plain)
    except InvalidOperation as exc:
        raise AmountError(NOT_AN_AMOUNT, text=original) from exc
    return Amount(
        _checked(-amount if minus else amount, original, negative, places, max_digits), currency
    )


def _checked(amount: Decimal, text: str, negative: bool, places: int, max_digits: int) -> Decimal:
    if not amount.is_finite():
        raise AmountError(NOT_AN_AMOUNT, text=text)
    if amount < 0 and not negative:
        raise AmountError(NEGATIVE, text=text)
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise AmountError(TOO_MANY_DECIMALS, text=text, places=places)
    whole_digits = len(str(abs(amount).to_integral_value(rounding="ROUND_FLOOR")))
    if whole_digits > max_digits - places:
        raise AmountError(TOO_LARGE, text=text)
    if amount == 0:
        amount = abs(amount)  # (no "-0")
    return amount


def parse(text: object, **options: object) -> Decimal | None:
    """The value of `text` as a Decimal (None when empty); see :func:`read`."""
    amount = read(text, **options)  # type: ignore[arg-type]
    return None if amount is None else amount.value


def currency_in(text: str) -> str | None:
    """The currency a piece of text names beside other words (a column header such as
    'Importe previsto (€)', 'Monto USD' or 'Valor en euros'): a sign, an ISO code written
    in capitals, or a currency's word; None when it names none, or more than one."""
    found: list[str] = []
    for sign in sorted(_SIGNS, key=len, reverse=True):
        if sign in text:
            found.append(_SIGNS[sign])
            text = text.replace(sign, " ")
    for token in re.findall(r"[^\W\d_]+", text):
        if len(token) == 3 and token.isupper() and token in currency_codes():
            found.append(token)
        elif _fold(token) in _WORDS:
            found.append(_WORDS[_fold(token)])
    distinct = set(found)
    return found[0] if len(distinct) == 1 else None


@cache
def country_currency(country: str | None) -> str | None:
    """The currency in use in a country (ISO 3166 code), from Babel's CLDR data: 'EUR'
    for 'ES', 'MXN' for 'MX'; None for a country we cannot name."""
    if not country:
        return None
    from babel.numbers import get_territory_currencies

    try:
        found = get_territory_currencies(country.upper(), tender=True)
    except Exception:  # noqa: BLE001 - an unknown territory is no currency
        return None
    return found[0] if found else None
