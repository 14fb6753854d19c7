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
