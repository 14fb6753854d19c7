"""What changed while a program that stays up for days was looking away: the date, the
clock (the computer slept, or its clock was set), and the database (the command line, or
this program itself, wrote to it).

There is no "woke from sleep" notice on every platform, so a look compares how far the
wall clock moved with how far the monotonic clock moved: on Linux and macOS the monotonic
clock stands still while the computer sleeps, and a clock set by hand moves only the wall
clock. A look that comes much later than the timer asked for (a computer whose monotonic
clock ran on while it slept) counts as a wake too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from peewee import Database, SqliteDatabase

from contactos import clock

JUMP = 60.0  # seconds the two clocks may drift apart before it counts as a sleep


@dataclass(frozen=True)
class Changes:
    date_changed: bool = False
    woke: bool = False  # slept, or the clock was set
    outside: bool = False  # another program wrote to the database
    inside: bool = False  # this program wrote to it

    @property
    def data(self) -> bool:
        return self.outside or self.inside

    def __bool__(self) -> bool:
        return self.date_changed or self.woke or self.data


def counters(db: Database) -> tuple[int, int] | None:
    """(changes by other connections, changes by this one), for SQLite; None elsewhere.

    `PRAGMA data_version` changes when another connection commits (the command line);
    `total_changes()` counts the rows this connection changed."""
    if not isinstance(db, SqliteDatabase):
        return None
    outside = db.execute_sql("PRAGMA data_version").fetchone()[0]
    inside = db.execute_sql("SELECT total_changes()").fetchone()[0]
    return int(outside), int(inside)


class Watcher:
    def __init__(
        self,
        db: Database | None,
        interval: float = 10.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.interval = interval
        self._monotonic = monotonic
        self._wall = clock.now()
        self._mono = monotonic()
        self._counters = counters(db) if db is not None else None

    def reset(self) -> None:
        """Take the present as the new starting point (after the program wrote itself)."""
        self._wall = clock.now()
        self._mono = self._monotonic()
        if self.db is not None:
            self._counters = counters(self.db)

    def look(self) -> Changes:
        wall, mono = clock.now(), self._monotonic()
        wall_moved = clock.seconds_between(self._wall, wall)
        mono_moved = mono - self._mono
        woke = abs(wall_moved - mono_moved) > JUMP or mono_moved > max(6 * self.interval, 5 * JUMP)
        date_changed = wall.date() != self._wall.date()
        outside = inside = False
        if self.db is not None:
            now = counters(self.db)
            if now is not None and self._counters is not None:
                outside = now[0] != self._counters[0]
                inside = now[1] != self._counters[1]
            self._counters = now
        self._wall, self._mono = wall, mono
        return Changes(date_changed=date_changed, woke=woke, outside=outside, inside=inside)
