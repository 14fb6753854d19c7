"""Reading dates the way salespeople write them: ISO 8601 and dd/mm/yyyy."""

from __future__ import annotations

import datetime as dt
import re

from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError


class BadDate(TranslatableError):
    context = "Dates"


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def parse_date(text: str) -> dt.date:
    """Parse `2026-11-25`, `2026-11-25T10:00` or `25/11/2026` (also with dots or dashes)."""
    value = (text or "").strip()
    match = _DMY.match(value)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if "T" in value or " " in value:
            return dt.datetime.fromisoformat(value).date()
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise BadDate(
            QT_TRANSLATE_NOOP(
                "Dates",
                "'{text}' is not a valid date. Write it as dd/mm/yyyy (25/11/2026) "
                "or yyyy-mm-dd (2026-11-25).",
            ),
            text=value,
        ) from exc


class CorruptValue(ValueError):
    """A date the program stored cannot be read back: the database file is damaged."""


def db_date(value: object) -> dt.date | None:
    """A DATE column as the driver returns it in a raw row: ISO text on SQLite, a date on
    PostgreSQL."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else value
    except ValueError as exc:
        raise CorruptValue(f"stored date {value!r}") from exc


def db_datetime(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    except ValueError as exc:
        raise CorruptValue(f"stored date and time {value!r}") from exc


# The quick dates offered wherever a follow-up is planned or moved (the dialogs' buttons,
# Today's reschedule menu): tomorrow, in three days, and next week (its Monday).
QUICK_DATES = ("tomorrow", "in-3-days", "next-week")


def quick_dates(today: dt.date) -> dict[str, dt.date]:
    """The day each quick choice of QUICK_DATES means, seen from `today`."""
    return {
        "tomorrow": today + dt.timedelta(days=1),
        "in-3-days": today + dt.timedelta(days=3),
        "next-week": today + dt.timedelta(days=7 - today.weekday()),
    }
