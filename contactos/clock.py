"""The one clock the program reads: the rules, the day's queue, backups and the window.

Everything that asks "what time is it?" asks here, so that tests, the demo and the
screenshots can set the time: `clock.set(moment)` fixes it (the demo plays its story in
the past this way), `clock.set(None)` lets it run again. The environment variable
CONTACTOS_CLOCK (`2026-11-30T09:00`) fixes it for a whole process, for tests that start
the real program and for comparable screenshots.

Times are local wall-clock times without microseconds (what a salesperson reads).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ENV_CLOCK = "CONTACTOS_CLOCK"

_fixed: dt.datetime | None = None


def _from_environment() -> dt.datetime | None:
    text = os.environ.get(ENV_CLOCK, "").strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text).replace(microsecond=0, tzinfo=None)
    except ValueError:
        return None


def now() -> dt.datetime:
    """The local date and time, to the second."""
    if _fixed is not None:
        return _fixed
    fixed = _from_environment()
    if fixed is not None:
        return fixed
    return dt.datetime.now().replace(microsecond=0)


def today() -> dt.date:
    return now().date()


def set(moment: dt.datetime | dt.date | None) -> None:  # noqa: A001 - clock.set reads well
    """Fix the clock at `moment` (a date means its 09:00), or let it run again (None)."""
    global _fixed
    if isinstance(moment, dt.date) and not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(9, 0))
    _fixed = None if moment is None else moment.replace(microsecond=0)


def is_fixed() -> bool:
    return _fixed is not None or _from_environment() is not None


@contextmanager
def fixed_at(moment: dt.datetime | dt.date) -> Iterator[None]:
    """The clock fixed at `moment` for the block, then as it was before."""
    global _fixed
    before = _fixed
    set(moment)
    try:
        yield
    finally:
        _fixed = before


def advance(delta: dt.timedelta) -> dt.datetime:
    """Move a fixed clock forward (the demo's story, a test crossing midnight)."""
    global _fixed
    _fixed = now() + delta
    return _fixed


# --- The local time zone ------------------------------------------------------------------
#
# Times are kept as local wall-clock times; the zone turns them into instants where a
# duration matters (a reminder ten minutes before a call on the night the clocks change).
# CONTACTOS_TZ (an IANA name, `Europe/Madrid`) or `set_zone` fixes it for tests.

ENV_ZONE = "CONTACTOS_TZ"

_zone: ZoneInfo | None = None


def local_zone() -> ZoneInfo:
    """The local time zone with its daylight-saving rules: the one fixed by a test or
    CONTACTOS_TZ, else the system's (tzlocal reads it on every platform; Windows takes
    the rules from the tzdata package); UTC when the system's cannot be read."""
    return named_zone() or ZoneInfo("UTC")


def named_zone() -> ZoneInfo | None:
    """The local time zone as :func:`local_zone` finds it, or None when the system's
    cannot be read (where a guess would be worse than no zone: a calendar file then
    writes its times as floating, read in the phone's own zone)."""
    if _zone is not None:
        return _zone
    name = os.environ.get(ENV_ZONE, "").strip()
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        import tzlocal

        zone = tzlocal.get_localzone()
        if isinstance(zone, ZoneInfo):
            return zone
        return ZoneInfo(str(zone))
    except Exception:  # noqa: BLE001 - an unreadable zone must not stop the program
        return None


def set_zone(name: str | None) -> None:
    """Fix the local time zone (`Europe/Madrid`), or read the system's again (None)."""
    global _zone
    _zone = None if name is None else ZoneInfo(name)


def aware(moment: dt.datetime) -> dt.datetime:
    """A local wall-clock time as an instant in the local zone (fold kept: the second
    02:30 of the night the clocks go back is `fold=1`). Subtract two of them only after
    `.astimezone(dt.UTC)`: Python subtracts times of one zone as wall-clock times."""
    if moment.tzinfo is not None:
        return moment.astimezone(local_zone())
    return moment.replace(tzinfo=local_zone())


def instant(moment: dt.datetime) -> dt.datetime:
    """A local wall-clock time as a UTC instant: what to compare, sort and subtract."""
    return aware(moment).astimezone(dt.UTC)


def wall(moment: dt.datetime) -> dt.datetime:
    """An instant as the local wall-clock time (naive, fold kept)."""
    return moment.astimezone(local_zone()).replace(tzinfo=None)


def shift(moment: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """`moment` (local wall-clock) moved by a real duration: ten minutes before 03:05 on
    the night the clocks go forward is 01:55, not the non-existent 02:55."""
    return wall(instant(moment) + delta)


def seconds_between(earlier: dt.datetime, later: dt.datetime) -> float:
    """Real seconds from one local wall-clock time to another."""
    return (instant(later) - instant(earlier)).total_seconds()
