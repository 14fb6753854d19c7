"""Cleaning the values of one imported row: phones, e-mails, dates, amounts, names.

Distributor lists carry phones with the old Mexican prefixes, two e-mails in one cell,
dates as Excel serials and amounts with decimal commas. What can be read is normalised;
what cannot is never dropped: it goes into the contact's notes as "Column: value" and
is reported, so the agent can fix it by hand.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from contactos import amounts, clock
from contactos import phones as phone_module
from contactos.contacts import is_email
from contactos.i18n import QT_TRANSLATE_NOOP, translate
from contactos.importing.mapping import (
    ADDRESS_FIELDS,
    NOTES_HEADER,
    address_group,
    normalize_header,
)

# --- Splitting cells that hold several values -------------------------------------------

_STRONG = re.compile(r"[\n\r;|]+")
_WEAK = re.compile(r"\s*(?:,|/|\s+(?:y|o|ó|u|or|and|und|oder)\s+)\s*", re.IGNORECASE)


# Patterns used on every row, compiled once.
_PHONE_LABEL = re.compile(r"^(?:tel|phone|fono|cel|móvil|movil|whatsapp)\s*[:.]?\s*", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_ANGLED = re.compile(r"<([^<>]+)>")
_TAG_SEPARATORS = re.compile(r":::|[,;\n]")


def _digits(text: str) -> int:
    return sum(map(str.isdigit, text))


# Any of the separators below: a cell without one holds a single value.
_MAYBE_SEVERAL = re.compile(r"[\n\r;|,/]|\s(?:y|o|ó|u|or|and|und|oder)\s", re.IGNORECASE)


def split_multi(text: str) -> list[str]:
    """Several e-mails or phones in one cell, as separate values.

    Lines, ';' and '|' always separate. ',', '/', ' y ' and ' o ' separate only when
    every piece is a whole phone (7+ digits) or an e-mail, so that '12212/1212' or
    '55 1234 5678' stay one number.
    """
    if not _MAYBE_SEVERAL.search(text or ""):
        single = (text or "").strip()
        return [single] if single else []
    values: list[str] = []
    for part in _STRONG.split(text or ""):
        part = part.strip()
        if not part:
            continue
        pieces = [p.strip() for p in _WEAK.split(part) if p.strip()]
        if len(pieces) > 1 and all("@" in p or _digits(p) >= 7 for p in pieces):
            values.extend(pieces)
        else:
            values.append(part)
    return values


# --- Phones -----------------------------------------------------------------------------

_PLAIN_PHONE = re.compile(r"[\d\s+\-().]+")
_PHONE_WORDS = re.compile(r"\b(?:ext|extension|extensión|x|tel|cel|móvil|movil)\b\.?", re.I)


def parse_phone(text: str, country: str = phone_module.DEFAULT_COUNTRY) -> str | None:
    """E.164 for a phone as written in a list, or None when it is not a valid number."""
    raw = (text or "").strip()
    if not _PLAIN_PHONE.fullmatch(raw):  # (most cells: digits and punctuation only)
        raw = _PHONE_LABEL.sub("", raw)
        if raw.lower().startswith("tel:"):
            raw = raw[4:]
        if _LETTER.search(_PHONE_WORDS.sub("", raw)):
            return None  # letters: 'Tel other', '+49 BUSINESS' (phonenumbers spells them)
    if _digits(raw) < 5:
        return None
    return phone_module.normalize(raw, (country or phone_module.DEFAULT_COUNTRY).upper())


# --- E-mails ----------------------------------------------------------------------------


def parse_email(text: str) -> str | None:
    """The address, trimmed and lower-cased, or None when it is not an e-mail address."""
    value = (text or "").strip().strip("\"'").strip()
    named = _ANGLED.search(value)
    if named:
        value = named.group(1).strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    value = value.split("?", 1)[0].strip().strip("<>.,;").lower()
    return value if is_email(value) else None


# --- Dates ------------------------------------------------------------------------------

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_MIN = 18264  # 1950-01-01
_SERIAL_MAX = 73050  # 2099-12-31
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_YMD = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ T].*)?$")
_SERIAL = re.compile(r"^\d{5}(?:[.,]\d+)?$")


# Month names and abbreviations in Spanish and English, without accents.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("enero", "ene", "january", "jan"),
            ("febrero", "feb", "february"),
            ("marzo", "mar", "march"),
            ("abril", "abr", "april", "apr"),
            ("mayo", "may"),
            ("junio", "jun", "june"),
            ("julio", "jul", "july"),
            ("agosto", "ago", "august", "aug"),
            ("septiembre", "setiembre", "sep", "sept", "set", "september"),
            ("octubre", "oct", "october"),
            ("noviembre", "nov", "november"),
            ("diciembre", "dic", "december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAY = re.compile(
    r"^(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|lun|mar|mie|jue|vie|sab|dom|mon|tue|wed|thu|fri|sat|"
    r"sun)\.?,?\s+"
)
# '12 de marzo de 2025', '12-mar-2025', '12 Mar 2025', '1o. de mayo del 2025'
_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})(?:o|ro|er)?\.?(?:\s+de)?[\s\-/.]+([a-z]{3,10})\.?"
    r"(?:\s+del?)?[\s\-/.,]+(\d{4}|\d{2})$"
)
# 'March 12, 2025', 'mar 12 2025'
_MONTH_DAY_YEAR = re.compile(r"^([a-z]{3,10})\.?\s+(\d{1,2}),?\s+(\d{4})$")


def _full_year(year: str) -> int:
    full_year = int(year)
    if len(year) == 2:
        full_year += 2000 if full_year <= (clock.today().year % 100) + 10 else 1900
    return full_year


def _named_month_date(value: str) -> dt.date | None:
    """A date written with the month's name, in Spanish or English."""
    plain = unicodedata.normalize("NFKD", value.casefold())
    plain = " ".join("".join(c for c in plain if not unicodedata.combining(c)).split())
    plain = _WEEKDAY.sub("", plain)
    match = _DAY_MONTH_YEAR.match(plain)
    if match:
        day, month, year = match.groups()
    else:
        match = _MONTH_DAY_YEAR.match(plain)
        if not match:
            return None
        month, day, year = match.groups()
    if month not in _MONTHS:
        return None
    return dt.date(_full_year(year), _MONTHS[month], int(day))


def parse_date(text: str) -> dt.date | None:
    """dd/mm/yyyy (also m/d/yyyy when the day is over 12), yyyy-mm-dd, Excel serials, and
    dates with the month's name ('12 de marzo de 2025', '12-mar-25', 'March 12, 2025')."""
    value = (text or "").strip()
    try:
        if value[:1].isdigit() and _LETTER.search(value) or value[:1].isalpha():
            named = _named_month_date(value)
            if named is not None:
                return named
        match = _YMD.match(value)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        match = _DMY.match(value)
        if match:
            first, second, year = int(match.group(1)), int(match.group(2)), match.group(3)
            full_year = _full_year(year)
            day, month = first, second
            if second > 12 and first <= 12:  # US month/day order
                day, month = second, first
            return dt.date(full_year, month, day)
        if _SERIAL.match(value):
            serial = float(value.replace(",", "."))
            if _SERIAL_MIN <= serial <= _SERIAL_MAX:
                return _EXCEL_EPOCH + dt.timedelta(days=int(serial))
            return None
        return dt.datetime.fromisoformat(value).date() if "T" in value else None
    except ValueError:
        return None


# --- Countries --------------------------------------------------------------------------

# What lists write for a country that CLDR does not name (abbreviations, older names).
_COUNTRY_ALIASES = {
    "eeuu": "US",
    "eua": "US",
    "usa": "US",
    "estados unidos de america": "US",
    "estados unidos de norteamerica": "US",
    "united states of america": "US",
    "estados unidos mexicanos": "MX",
    "mejico": "MX",
    "uk": "GB",
    "gran bretana": "GB",
    "great britain": "GB",
    "inglaterra": "GB",
    "england": "GB",
    "holanda": "NL",
    "holland": "NL",
}
_NOT_LETTERS = re.compile(r"[^a-z]+")


def _fold_country(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(_NOT_LETTERS.sub(" ", plain.replace(".", "")).split())


@cache
def _country_names() -> dict[str, str]:
    """Folded country names (Spanish and English, from Babel's CLDR data), ISO 3166
    alpha-2 and alpha-3 codes, and a few abbreviations, to the alpha-2 code."""
    from babel import Locale
    from babel.core import get_global

    regions = set(phone_module.regions())
    names: dict[str, str] = {}
    for code, targets in get_global("territory_aliases").items():
        if len(code) == 3 and code.isalpha() and targets and targets[0] in regions:
            names[code.casefold()] = targets[0]  # 'MEX', 'USA', 'ESP'
    for language in ("en", "es"):
        for code, name in Locale(language).territories.items():
            if code in regions:
                names[_fold_country(name)] = code
    names.update({code.casefold(): code for code in regions})
    names.update(_COUNTRY_ALIASES)
    return names


def country_code(text: str) -> str | None:
    """The ISO 3166 code of a country as a list writes it ('México', 'Mexico', 'MX',
    'MEX', 'USA', 'EE.UU.', 'Estados Unidos', 'España', 'Spain'...); None when it is not
    a country whose phone numbers we can read."""
    folded = _fold_country(text or "")
    if not folded:
        return None
    names = _country_names()
    return names.get(folded) or names.get(folded.replace(" ", ""))


# --- Names ------------------------------------------------------------------------------


def split_full_name(full: str) -> tuple[str, str]:
    """First token is the first name, the rest the last name ('Juan Pérez López')."""
    text = " ".join((full or "").split())
    if "," in text:  # 'Pérez, Juan' as directories write it
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.partition(" ")
    return first, last


# --- Rows -------------------------------------------------------------------------------


@dataclass(slots=True)
class Record:
    """One row ready to become a contact; `problems` are translated messages."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    phone_kinds: list[str] = field(default_factory=list)  # phone, mobile or whatsapp, per phone
    address: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    value: Decimal | None = None
    currency: str | None = None  # the ISO code the file names for `value` (None: not named)
    value_text: str = ""  # `value` as the file writes it
    lead_title: str = ""
    received_date: dt.date | None = None
    problems: list[str] = field(default_factory=list)
    rejected_reason: str | None = None


_SYSTEM_GROUPS = {"my contacts", "starred in android", "mis contactos", "meine kontakte"}


def _split_tags(text: str) -> list[str]:
    tags = []
    for piece in _TAG_SEPARATORS.split(text):
        tag = piece.strip().lstrip("*").strip()
        if tag and tag.casefold() not in _SYSTEM_GROUPS:
            tags.append(tag)
    return tags


def _problem(record: Record, template: str, column: str, value: str) -> None:
    record.problems.append(translate("Import", template).format(value=value, column=column))


_NOT_AN_AMOUNT = QT_TRANSLATE_NOOP(
    "Import", "Amount '{value}' in column {column} is not a number; kept in the notes."
)
_NEGATIVE_AMOUNT = QT_TRANSLATE_NOOP(
    "Import", "Amount '{value}' in column {column} is negative; kept in the notes."
)
_AMBIGUOUS_AMOUNT = QT_TRANSLATE_NOOP(
    "Import",
    "Amount '{value}' in column {column} could be {grouped} or {decimal}: the column writes "
    "both decimal marks; kept in the notes.",
)
_UNUSABLE_AMOUNT = QT_TRANSLATE_NOOP(
    "Import", "Amount '{value}' in column {column}: {reason} Kept in the notes."
)
_NO_CURRENCY = QT_TRANSLATE_NOOP(
    "Import",
    "Amount '{value}' in column {column} names no currency, and the amounts of this file "
    "name several ({currencies}); kept in the notes.",
)
_UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(
    "Import",
    "Country '{value}' in column {column} is not a country we know; its phones were read "
    "as numbers of {country}.",
)
_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Import", "Date '{value}' in column {column} is not a date we can read; kept in the notes."
)


_NUMBERED_PHONE = re.compile(r"^(phone|telefono|telephone) (\d+) (value|valor)$")
_MOBILE_TYPE = re.compile(r"\b(mobile|cell|cellular|celular|movil|móvil|handy)\b", re.I)


def _type_column(headers: list[str], header: str) -> int | None:
    """The column that says what kind of phone a numbered phone column holds (Google
    Contacts: 'Phone 1 - Value' and 'Phone 1 - Type'), or None."""
    match = _NUMBERED_PHONE.match(normalize_header(header))
    if not match:
        return None
    wanted = {f"{match.group(1)} {match.group(2)} type", f"{match.group(1)} {match.group(2)} tipo"}
    return next((i for i, h in enumerate(headers) if normalize_header(h) in wanted), None)


def _kind_of_type(text: str) -> str | None:
    """'* Mobile', 'Móvil', 'WhatsApp' as the kind of a phone; None for other types."""
    if "whatsapp" in (text or "").casefold():
        return "whatsapp"
    return "mobile" if _MOBILE_TYPE.search(text or "") else None


_REPEATING = frozenset(("city", "region", "postal_code", "country"))
# What a CSV export (ours: contactos.exporting.neutralize, and others) puts an apostrophe
# before so that Excel does not run it as a formula: read back, the apostrophe goes.
FORMULA_STARTS = frozenset("=+-@\t\r|\uff1d\uff0b\uff0d\uff20")


class RowNormalizer:
    """Normalises the rows of one table: what depends only on the columns (their names,
    targets, address groups, whether a column is notes by name) is worked out once, not
    for every row of a 100,000-row list."""

    def __init__(
        self,
        headers: list[str] | None,
        mapping: dict[int, str],
        country: str = "MX",
        decimal_marks: dict[int, str | None] | None = None,
        currencies: dict[int, str] | None = None,
    ) -> None:
        """`decimal_marks`: the decimal mark each amount column shows as a whole (see
        amounts.column_decimal_mark); without it each amount is read by itself.
        `currencies`: the currency a column's cells show by their format (a workbook's)."""
        headers = headers or []
        decimal_marks = decimal_marks or {}
        currencies = currencies or {}
        self.country = (country or phone_module.DEFAULT_COUNTRY).upper()
        self._countries: dict[str, str | None] = {}  # a country cell -> its code
        self.columns: list[tuple[int, str, str, object]] = []
        for index in sorted(mapping):
            target = mapping[index]
            if target == "ignore":
                continue
            header = headers[index] if index < len(headers) else ""
            column = header or translate(
                "Import", QT_TRANSLATE_NOOP("Import", "column {number}")
            ).format(number=index + 1)
            detail: object = None
            if target == "notes":
                detail = _is_plain_notes(column)
            elif target in ADDRESS_FIELDS:
                detail = address_group(header)
            elif target in ("phone", "mobile", "whatsapp"):
                detail = _type_column(headers, header)  # ('Phone 1 - Type' of Google's)
            elif target == "value":
                # (the column's decimal mark, and the currency its header names: 'Importe (€)')
                named = amounts.currency_in(header) or currencies.get(index)
                detail = (decimal_marks.get(index), named)
            self.columns.append((index, target, column, detail))
        self.country_columns = [(i, c) for i, t, c, _ in self.columns if t == "country"]
        # One copy of each value that repeats down a list (cities, states, job titles,
        # companies, first names): 100,000 rows hold far fewer distinct ones.
        self._shared: dict[str, str] = {}

    def __call__(self, row) -> Record:  # noqa: C901 - the hot loop of an import, one field each
        """A :class:`Record` from one table row; unreadable values go to notes and
        problems."""
        record = Record()
        notes: list[str] = []
        extra: list[str] = []  # "Column: value" lines, after the notes proper
        names: dict[str, list[str]] = {"first_name": [], "last_name": [], "full_name": []}
        singles: dict[str, str] = {}
        groups: dict[str, dict[str, list[tuple[str, str]]]] = {}
        group_order: list[str] = []
        cells = row.cells
        width = len(cells)
        country = self.country
        for index, column in self.country_columns:  # a row's phones are read in its country
            if index < width and cells[index] and cells[index].strip():
                country = self._row_country(record, cells[index].strip(), column)
                break
        for index, target, column, detail in self.columns:
            if index >= width:
                continue
            raw = cells[index]
            if not raw:
                continue
            raw = raw.strip()
            if not raw:
                continue
            if raw[0] == "'" and raw[1:2] in FORMULA_STARTS:
                raw = raw[1:]  # (the apostrophe a CSV export puts before '=', '+'...)
            if target in _REPEATING:
                raw = self._shared.setdefault(raw, raw)
            if target in names:
                names[target].append(" ".join(raw.split()))
            elif target == "email":
                self._emails(record, raw, column, extra)
            elif target in ("phone", "mobile", "whatsapp"):
                if detail is not None and detail < width:
                    target = _kind_of_type(cells[detail]) or target
                self._phones(record, raw, target, column, extra, country)
            elif target == "notes":
                if detail:
                    notes.append(raw)
                else:
                    extra.append(f"{column}: {raw}")
            elif target == "tags":
                for tag in _split_tags(raw):
                    if tag not in record.tags:
                        record.tags.append(tag)
            elif target == "value":
                self._amount(record, raw, column, detail, extra)
            elif target == "received_date":
                # Imported leads are received at the import (rule 5): the list's own date
                # is the lead's date in the list (listed_on), and is kept in the notes,
                # written plainly (an Excel serial means nothing).
                date = parse_date(raw)
                if date is None:
                    _problem(record, _NOT_A_DATE, column, raw)
                elif record.received_date is None:
                    record.received_date = date
                extra.append(f"{column}: {date.isoformat() if date else raw}")
            elif target in ADDRESS_FIELDS:
                if detail not in groups:
                    groups[detail] = {}
                    group_order.append(detail)
                groups[detail].setdefault(target, []).append((column, raw))
            elif target in ("company", "job_title", "lead_title"):
                if target in singles:
                    if raw != singles[target]:
                        extra.append(f"{column}: {raw}")
                else:
                    singles[target] = " ".join(raw.split())
            else:  # a field this layer does not know (a newer mapping): keep the text
                extra.append(f"{column}: {raw}")

        shared = self._shared
        if singles:
            company = singles.get("company", "")
            job_title = singles.get("job_title", "")
            record.company = shared.setdefault(company, company)
            record.job_title = shared.setdefault(job_title, job_title)
            record.lead_title = singles.get("lead_title", "")

        first_name = " ".join(names["first_name"])
        record.first_name = shared.setdefault(first_name, first_name)
        record.last_name = " ".join(names["last_name"])
        full = names["full_name"][0] if names["full_name"] else ""
        if full.casefold() == record.company.casefold():
            full = ""  # a company-only card or row: no person to name
        if not record.first_name and not record.last_name and full:
            record.first_name, record.last_name = split_full_name(full)

        if group_order:
            _addresses(record, groups, group_order, extra)
        record.notes = "\n".join(notes + extra) if extra else "\n".join(notes)
        if not (record.first_name or record.last_name or record.company) and not (
            record.emails or record.phones
        ):
            record.rejected_reason = translate(
                "Import", QT_TRANSLATE_NOOP("Import", "No name, company, e-mail or phone.")
            )
        return record

    @staticmethod
    def _emails(record: Record, raw: str, column: str, extra: list[str]) -> None:
        for piece in split_multi(raw):
            email = parse_email(piece)
            if email:
                if email not in record.emails:
                    record.emails.append(email)
            else:
                _problem(
                    record,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "E-mail '{value}' in column {column} is not a valid address; "
                        "kept in the notes.",
                    ),
                    column,
                    piece,
                )
                extra.append(f"{column}: {piece}")

    def _row_country(self, record: Record, text: str, column: str) -> str:
        """The country the row's own country column names (its phones are read there);
        one that cannot be read is reported and the import's country is used."""
        if text not in self._countries:
            self._countries[text] = country_code(text)
        code = self._countries[text]
        if code is None:
            record.problems.append(
                translate("Import", _UNKNOWN_COUNTRY).format(
                    value=text, column=column, country=self.country
                )
            )
            return self.country
        return code

    @staticmethod
    def _amount(record: Record, raw: str, column: str, detail, extra: list[str]) -> None:
        """The first readable amount is the row's value (with the currency its cell or
        its column's header names); any other amount is kept in the notes, and one that
        cannot be read, is negative or stays ambiguous is reported there too."""
        decimal_mark, header_currency = detail
        try:
            amount = amounts.read(raw, decimal_mark=decimal_mark)
        except amounts.AmountError as error:
            if error.template == amounts.AMBIGUOUS:
                record.problems.append(
                    translate("Import", _AMBIGUOUS_AMOUNT).format(
                        value=raw,
                        column=column,
                        grouped=error.params["grouped"],
                        decimal=error.params["decimal"],
                    )
                )
            elif error.template == amounts.NOT_AN_AMOUNT:
                _problem(record, _NOT_AN_AMOUNT, column, raw)
            else:
                record.problems.append(
                    translate("Import", _UNUSABLE_AMOUNT).format(
                        value=raw, column=column, reason=error.message
                    )
                )
            extra.append(f"{column}: {raw}")
            return
        if amount is None:
            return
        if amount.value < 0:
            _problem(record, _NEGATIVE_AMOUNT, column, raw)
        elif record.value is None:
            record.value = amount.value
            record.value_text = raw
            record.currency = amount.currency or header_currency
            return
        extra.append(f"{column}: {raw}")

    def _phones(
        self, record: Record, raw: str, target: str, column: str, extra: list[str], country: str
    ) -> None:
        for piece in split_multi(raw):
            number = parse_phone(piece, country)
            if number:
                if number not in record.phones:
                    record.phones.append(number)
                    record.phone_kinds.append(target)
                elif target == "whatsapp":
                    record.phone_kinds[record.phones.index(number)] = target
            else:
                _problem(
                    record,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "Phone '{value}' in column {column} is not a valid number; "
                        "kept in the notes.",
                    ),
                    column,
                    piece,
                )
                extra.append(f"{column}: {piece}")


def _addresses(
    record: Record,
    groups: dict[str, dict[str, list[tuple[str, str]]]],
    group_order: list[str],
    extra: list[str],
) -> None:
    """The first address group with a value is the contact's; the others go to notes."""
    if len(group_order) == 1 and all(len(v) == 1 for v in groups[group_order[0]].values()):
        # One address with one value per part (most lists).
        parts = groups[group_order[0]]
        for key in ("city", "region", "postal_code", "country"):
            if key in parts:
                setattr(record, key, parts[key][0][1])
        street = [parts[key][0][1] for key in ("address", "street") if key in parts]
        if street:
            record.address = ", ".join(dict.fromkeys(" ".join(s.split("\n")) for s in street))
        return
    chosen = next((g for g in group_order if groups[g]), None)
    for group in group_order:
        parts = groups[group]
        if group == chosen:
            street = [v for _, v in parts.get("address", []) + parts.get("street", [])]
            record.address = ", ".join(dict.fromkeys(" ".join(s.split("\n")) for s in street))
            for key in ("city", "region", "postal_code", "country"):
                found = parts.get(key, [])
                if found:
                    setattr(record, key, found[0][1])
                    extra.extend(f"{c}: {v}" for c, v in found[1:])
        else:
            for key in ("address", "street", "city", "region", "postal_code", "country"):
                extra.extend(f"{c}: {v}" for c, v in parts.get(key, []))


def normalize_rows(
    table, mapping: dict[int, str], country: str = "MX", *, consume: bool = False
) -> tuple[list[tuple[int, Record]], list[dict[str, object]]]:
    """(line, record) for every row of `table`, and the problems found, line by line.

    With `consume`, each row leaves the table once normalised (the table ends empty): a
    large file is then never held twice, as rows and as records.
    """
    rows = table.rows
    marks = {
        index: amounts.column_decimal_mark(
            row.cells[index] for row in rows if index < len(row.cells)
        )
        for index, target in mapping.items()
        if target == "value"
    }
    currencies = getattr(table, "currencies", None)
    normalizer = RowNormalizer(table.headers, mapping, country, marks, currencies)
    records = []
    problems: list[dict[str, object]] = []
    for position, row in enumerate(rows):
        if consume:
            rows[position] = None
        record = normalizer(row)
        records.append((row.line, record))
        if record.problems:
            problems += [{"line": row.line, "problem": p} for p in record.problems]
    if consume:
        rows.clear()
    if marks:
        problems = _one_currency(records, problems, normalizer)
    return records, problems


def file_currencies(records: list[tuple[int, Record]]) -> list[str]:
    """The currencies the amounts of a file name (in the order they first appear)."""
    return list(dict.fromkeys(r.currency for _, r in records if r.currency))


def _one_currency(
    records: list[tuple[int, Record]],
    problems: list[dict[str, object]],
    normalizer: RowNormalizer,
) -> list[dict[str, object]]:
    """The currency the file names is the currency of its amounts that name none. Where
    the file names several, an amount without one is not guessed: it is kept in the
    notes and reported (the amounts that name theirs keep it)."""
    named = file_currencies(records)
    if len(named) == 1:
        for _, record in records:
            if record.value is not None:
                record.currency = named[0]
        return problems
    if len(named) < 2:
        return problems
    column = next((c for _, target, c, _ in normalizer.columns if target == "value"), "")
    added = []
    for line, record in records:
        if record.value is not None and record.currency is None:
            text = record.value_text or format(record.value, "f")
            message = translate("Import", _NO_CURRENCY).format(
                value=text, column=column, currencies=", ".join(named)
            )
            record.problems.append(message)
            note = f"{column}: {text}"
            record.notes = f"{record.notes}\n{note}" if record.notes else note
            record.value = None
            added.append({"line": line, "problem": message})
    if not added:
        return problems
    return sorted(problems + added, key=lambda item: item["line"])


def _is_plain_notes(column: str) -> bool:
    """A column that is notes by name (Notas, Comentarios...), not one kept as notes."""
    return bool(re.search(NOTES_HEADER, normalize_header(column)))
