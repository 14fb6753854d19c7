"""What an import will do, row by row: the options it runs with, the plan of its rows
(status, the person's choice, why) and the currency of its amounts.

:mod:`.duplicates` makes the plan, :mod:`.writer` carries it out, :mod:`.history`
lists and undoes what it wrote.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from contactos import amounts, settings
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError, translate
from contactos.models import Representada, Source

CHOICES = ("skip", "merge", "create")
# What the wizard and the command line call each row's status and choice.
STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("Import", "New"),
    "duplicate": QT_TRANSLATE_NOOP("Import", "Already a contact"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Import", "Repeated in the file"),
    "possible_duplicate": QT_TRANSLATE_NOOP("Import", "Possible duplicate"),
    "rejected": QT_TRANSLATE_NOOP("Import", "Rejected"),
}
CHOICE_LABELS = {
    "skip": QT_TRANSLATE_NOOP("Import", "Skip"),
    "merge": QT_TRANSLATE_NOOP("Import", "Merge"),
    "create": QT_TRANSLATE_NOOP("Import", "Create anyway"),
}


def status_label(status: str) -> str:
    return translate("Import", STATUS_LABELS[status]) if status in STATUS_LABELS else status


def choice_label(choice: str) -> str:
    return translate("Import", CHOICE_LABELS[choice]) if choice in CHOICE_LABELS else choice


class ImportFailed(TranslatableError):
    context = "Import"


@dataclass
class ImportOptions:
    source: Source | None = None
    representada: Representada | None = None
    make_leads: bool = False
    tags: list[str] = field(default_factory=list)
    country: str = "MX"
    on_duplicate: str = "skip"  # a row with the e-mail or phone of a contact, or of a row above
    # A row with only a similar name at the same company is another person until someone
    # says otherwise: created (and listed), never dropped or merged by default.
    on_possible_duplicate: str = "create"
    file_name: str = ""


@dataclass(slots=True)
class PlanRow:
    line: int
    record: Any  # contactos.importing.values.Record
    status: str  # new | duplicate | duplicate_in_file | possible_duplicate | rejected
    choice: str = "create"  # create | merge | skip
    match_contact_id: int | None = None
    match_line: int | None = None
    reason: str = ""


# Where the currency of the amounts that name none comes from.
CURRENCY_ORIGINS = {
    "file": QT_TRANSLATE_NOOP("Import", "as the file says"),
    "representada": QT_TRANSLATE_NOOP("Import", "the representada's currency"),
    "source": QT_TRANSLATE_NOOP("Import", "the source's currency"),
    "country": QT_TRANSLATE_NOOP("Import", "the currency of the country chosen for the file"),
    "settings": QT_TRANSLATE_NOOP("Import", "your default currency"),
}


@dataclass
class Plan:
    rows: list[PlanRow]
    currency: str = ""  # of the amounts, where a row's own cell names none
    currency_origin: str = ""  # a key of CURRENCY_ORIGINS
    currencies: list[str] = field(default_factory=list)  # the currencies the file names

    def counts(self) -> dict[str, int]:
        result = {
            "rows": len(self.rows),
            "new": 0,
            "duplicate": 0,
            "duplicate_in_file": 0,
            "possible_duplicate": 0,
            "rejected": 0,
        }
        for row in self.rows:
            result[row.status] += 1
        return result

    def rejected(self) -> list[dict[str, object]]:
        return [{"line": r.line, "reason": r.reason} for r in self.rows if r.status == "rejected"]

    def set_choice(self, choice: str, statuses: Iterable[str] | None = None) -> None:
        if choice not in CHOICES:
            raise ValueError(choice)
        wanted = set(statuses or ("duplicate", "duplicate_in_file", "possible_duplicate"))
        for row in self.rows:
            if row.status in wanted:
                row.choice = choice


def import_currency(named: list[str], options: ImportOptions) -> tuple[str, str]:
    """(currency, where it comes from) for the amounts of an import: the one the file
    names, else the representada's or the source's where set, else the currency of the
    country the file was read in (the person's default currency for their own country)."""
    if len(named) == 1:
        return named[0], "file"
    for origin, owner in (("representada", options.representada), ("source", options.source)):
        if owner is not None and owner.currency:
            return owner.currency, origin
    home = str(settings.get("default_country") or "").upper()
    country = (options.country or home).upper()
    # A currency the person chose in Preferences is theirs for their own country's lists;
    # the setting's built-in default (MXN) is not a choice, and names no country's money.
    if settings.is_chosen("default_currency") and country == home:
        return settings.get("default_currency"), "settings"
    own = amounts.country_currency(country)
    return (own, "country") if own else (settings.get("default_currency"), "settings")
