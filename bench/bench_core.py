"""Search and the day's queue, timed against the floor of the same work in bare SQL.

Usage: ``uv run python -m bench.bench_core [--data-dir DIR] [--contacts N --leads N
--activities N] [--repeat N] [--json] [--strict]``

Every figure is a ratio against a floor measured in the same run on the same connection,
so that a busy or slow machine moves both sides together:

* contact search: ``listing.contact_rows(text, sort="relevance", limit=50)`` (the first 50
  results with their e-mails, phones and tags) against the bare FTS5 query
  ``SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rank LIMIT 50`` with
  the same match expression;
* lead search: ``listing.lead_rows(LeadFilter(search=text), limit=50)`` against the same
  floor;
* the day's queue: ``today.work_queue()`` against hand-written SQL that fetches the same
  sections, rows and columns with ``fetchall()`` and nothing else.

Each pair is warmed up, then timed in interleaved rounds (program and floor alternate
which goes first, the cases are shuffled every round); a sample repeats the call until it
lasts at least a few milliseconds. The figures are medians over the rounds. The ratio is
median(program) / median(floor); the target is 2x.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import logging
import platform
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import DEFAULT_DATA_DIR, anchor_of, generate, read_marker
from contactos import listing, today
from contactos.paths import resolve_paths
from contactos.session import close_session, open_session
from contactos.storage.sqlite import match_expression

TARGET = 2.0
NOISE_TOLERANCE = 0.15  # ratio and paired ratio further apart than this: run again
SEARCH_TEXTS = ["jose", "nuñez", "ferre", "5512", "constructora", "maria.g", "juan pérez"]
FLOOR_SEARCH_SQL = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rank LIMIT 50"

log = logging.getLogger("bench")


# --- The floors -------------------------------------------------------------------------

_LEAD_SELECT = """
SELECT l.id, l.title, c.first_name, c.last_name, c.company, s.name,
       l.next_action_kind, l.next_action_what, l.next_action_due, l.received_at,
       COALESCE(l.last_activity_at, l.received_at) AS touched, s.stale_days
FROM lead l
JOIN contact c ON c.id = l.contact_id
JOIN stage s ON s.id = l.stage_id
WHERE l.status = 'open' AND """

_ACTIVITY_SELECT = """
SELECT a.id, a.lead_id, a.kind, a.subject, a.due_at,
       c.first_name, c.last_name, c.company, l.title
FROM activity a
JOIN contact c ON c.id = a.contact_id
LEFT JOIN lead l ON l.id = a.lead_id
WHERE a.done = 0 AND """

FLOOR_QUEUE_SQL = {
    "unattended": _LEAD_SELECT + "l.first_contact_at IS NULL ORDER BY l.received_at, l.id",
    "overdue": _LEAD_SELECT + "l.first_contact_at IS NOT NULL AND l.next_action_due < :day"
    " ORDER BY l.next_action_due, l.id",
    "overdue_activities": _ACTIVITY_SELECT + "a.due_at < :start ORDER BY a.due_at",
    "due_today": _LEAD_SELECT + "l.first_contact_at IS NOT NULL AND l.next_action_due = :day"
    " ORDER BY l.next_action_time NULLS LAST, l.id",
    "due_today_activities": _ACTIVITY_SELECT
    + "a.due_at >= :start AND a.due_at < :tomorrow ORDER BY a.due_at",
    # The stale limit per stage: "CASE l.stage_id WHEN 1 THEN :stale_1 ..." is added by
    # floor_queue() from the stage table (faster than datetime() on every row).
    "limbo": _LEAD_SELECT + "l.first_contact_at IS NOT NULL AND l.next_action_due > :day"
    " AND COALESCE(l.last_activity_at, l.received_at) < {stale_limit}"
    " ORDER BY touched, l.id",
    "commitments_due": """
SELECT m.id, m.lead_id, m.owner, m.description, m.due, l.title,
       c.first_name, c.last_name, c.company
FROM commitment m
JOIN lead l ON l.id = m.lead_id
JOIN contact c ON c.id = l.contact_id
WHERE m.done_at IS NULL AND m.due <= :day
ORDER BY m.due, m.id""",
}


def floor_queue(con: sqlite3.Connection, moment: dt.datetime) -> dict[str, list[tuple]]:
    """The day's queue in hand-written SQL: the same sections, rows and columns."""
    day = moment.date()
    params: dict[str, object] = {
        "day": day.isoformat(),
        "start": f"{day.isoformat()} 00:00:00",
        "tomorrow": f"{(day + dt.timedelta(days=1)).isoformat()} 00:00:00",
    }
    whens = []
    for stage_id, stale_days in con.execute("SELECT id, stale_days FROM stage").fetchall():
        params[f"stale_{stage_id}"] = _ts(moment - dt.timedelta(days=stale_days))
        whens.append(f"WHEN {stage_id} THEN :stale_{stage_id}")
    stale_limit = f"CASE l.stage_id {' '.join(whens)} END" if whens else "NULL"
    return {
        name: con.execute(sql.replace("{stale_limit}", stale_limit), params).fetchall()
        for name, sql in FLOOR_QUEUE_SQL.items()
    }


def _ts(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def floor_search(con: sqlite3.Connection, expression: str) -> list[tuple]:
    return con.execute(FLOOR_SEARCH_SQL, (expression,)).fetchall()


# --- Timing -----------------------------------------------------------------------------


@dataclass
class Case:
    group: str
    name: str
    program: Callable[[], object]
    floor: Callable[[], object]
    rows: int = 0
    same_results: bool | None = None
    inner: dict[str, int] = field(default_factory=dict)
    samples: dict[str, list[float]] = field(default_factory=lambda: {"program": [], "floor": []})

    def median_ms(self, side: str) -> float:
        return statistics.median(self.samples[side]) * 1000

    @property
    def ratio(self) -> float:
        return self.median_ms("program") / self.median_ms("floor")

    @property
    def paired_ratio(self) -> float:
        pairs = zip(self.samples["program"], self.samples["floor"], strict=True)
        return statistics.median(p / f for p, f in pairs)

    @property
    def passed(self) -> bool:
        return self.ratio <= TARGET

    @property
    def noisy(self) -> bool:
        """The two ratios disagree: the machine's load changed during the run."""
        return abs(self.ratio - self.paired_ratio) > NOISE_TOLERANCE * self.paired_ratio


def _sample(fn: Callable[[], object], inner: int) -> float:
    """Seconds per call, over `inner` consecutive calls."""
    gc.collect()
    start = time.perf_counter()
    for _ in range(inner):
        fn()
    return (time.perf_counter() - start) / inner


def _calibrate(fn: Callable[[], object], min_sample_s: float, warmup: int) -> int:
    """Warm the call up, then choose how many calls make one sample of `min_sample_s`."""
    best = min(_sample(fn, 1) for _ in range(max(warmup, 1)))
    return max(1, min(1000, round(min_sample_s / max(best, 1e-7))))


def run_cases(
    cases: list[Case], repeat: int, warmup: int, min_sample_s: float, seed: int = 0
) -> None:
    for case in cases:
        for side in ("program", "floor"):
            case.inner[side] = _calibrate(getattr(case, side), min_sample_s, warmup)
    order = list(cases)
    shuffle = random.Random(seed)
    for round_no in range(repeat):
        shuffle.shuffle(order)
        for case in order:
            sides = ("program", "floor") if round_no % 2 == 0 else ("floor", "program")
            for side in sides:
                case.samples[side].append(_sample(getattr(case, side), case.inner[side]))
        log.info("round %d/%d done", round_no + 1, repeat)


# --- The cases --------------------------------------------------------------------------


def _queue_keys_program(queue: dict[str, list[today.QueueItem]]) -> dict[str, list[tuple]]:
    return {name: [(i.type, i.target_id) for i in items] for name, items in queue.items()}


def _queue_keys_floor(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    def leads(name: str) -> list[tuple]:
        return [("lead", r[0]) for r in rows[name]]

    def acts(name: str) -> list[tuple]:
        return [("activity", r[0]) for r in rows[name]]

    return {
        "unattended": leads("unattended"),
        "overdue": leads("overdue") + acts("overdue_activities"),
        "due_today": leads("due_today") + acts("due_today_activities"),
        "limbo": leads("limbo"),
        "commitments_due": [("commitment", r[0]) for r in rows["commitments_due"]],
    }


def build_cases(con: sqlite3.Connection, moment: dt.datetime, texts: list[str]) -> list[Case]:
    contact_cases: list[Case] = []
    lead_cases: list[Case] = []
    for text in texts:
        expression = match_expression(text)
        if expression is None:
            continue

        def floor(expression: str = expression) -> list[tuple]:
            return floor_search(con, expression)

        def contacts(text: str = text) -> list[listing.ContactRow]:
            return listing.contact_rows(text, sort="relevance", limit=50)

        def leads(text: str = text) -> list[listing.LeadRow]:
            return listing.lead_rows(listing.LeadFilter(search=text), limit=50, moment=moment)

        floor_ids = [r[0] for r in floor()]
        found = contacts()
        contact_cases.append(
            Case(
                "contact search",
                f'"{text}"',
                contacts,
                floor,
                rows=len(found),
                same_results=[r.id for r in found] == floor_ids,
            )
        )
        lead_cases.append(Case("lead search", f'"{text}"', leads, floor, rows=len(leads())))

    def program_queue() -> dict:
        return today.work_queue(moment)

    def floor_queue_now() -> dict:
        return floor_queue(con, moment)

    queue = program_queue()
    cases = contact_cases + lead_cases
    cases.append(
        Case(
            "today queue",
            "work_queue()",
            program_queue,
            floor_queue_now,
            rows=sum(len(v) for v in queue.values()),
            same_results=_queue_keys_program(queue) == _queue_keys_floor(floor_queue_now()),
        )
    )
    return cases


# --- Report -----------------------------------------------------------------------------


def results(cases: list[Case]) -> list[dict[str, object]]:
    return [
        {
            "group": c.group,
            "case": c.name,
            "program_ms": round(c.median_ms("program"), 3),
            "floor_ms": round(c.median_ms("floor"), 3),
            "ratio": round(c.ratio, 2),
            "paired_ratio": round(c.paired_ratio, 2),
            "target": TARGET,
            "pass": c.passed,
            "noisy": c.noisy,
            "rows": c.rows,
            "same_results": c.same_results,
            "samples": len(c.samples["program"]),
            "calls_per_sample": dict(c.inner),
        }
        for c in cases
    ]


def print_table(rows: list[dict[str, object]], header: dict[str, object]) -> None:
    print(
        "Contactos benchmark: {contacts:,} contacts, {leads:,} leads, {activities:,} "
        "activities (seed {seed}); as of {anchor}".format(**header)
    )
    print(
        f"Python {header['python']}, SQLite {header['sqlite']}, {header['machine']}; "
        f"medians of {header['repeat']} interleaved rounds"
    )
    print()
    columns = (
        f"{'group':<15} {'case':<16} {'program ms':>11} {'floor ms':>9} {'ratio':>7} "
        f"{'paired':>7} {'target':>7} {'result':>6} {'rows':>6} {'same':>5}"
    )
    print(columns)
    print("-" * len(columns))
    for r in rows:
        same = {True: "yes", False: "NO", None: "-"}[r["same_results"]]
        print(
            f"{r['group']:<15} {r['case']:<16} {r['program_ms']:>11.2f} {r['floor_ms']:>9.2f} "
            f"{r['ratio']:>6.2f}x {r['paired_ratio']:>6.2f}x {r['target']:>6.1f}x "
            f"{('PASS' if r['pass'] else 'FAIL') + ('*' if r['noisy'] else ''):>6} "
            f"{r['rows']:>6} {same:>5}"
        )
    print()
    if any(r["noisy"] for r in rows):
        print(
            "* ratio and paired ratio differ by more than "
            f"{NOISE_TOLERANCE:.0%}: the load changed during the run; run again "
            "(a larger --repeat helps)"
        )
    for group in dict.fromkeys(r["group"] for r in rows):
        mine = [r for r in rows if r["group"] == group]
        worst = max(mine, key=lambda r: r["ratio"])
        failed = sum(not r["pass"] for r in mine)
        print(
            f"{group}: worst {worst['ratio']:.2f}x ({worst['case']}), "
            f"{len(mine) - failed}/{len(mine)} within {TARGET:g}x"
        )
    if "queue_sections" in header:
        print(f"queue sections: {header['queue_sections']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--leads", type=int, default=30_000)
    parser.add_argument("--activities", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=15, help="timed rounds (default 15)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed calls per side first")
    parser.add_argument(
        "--min-sample-ms",
        type=float,
        default=20.0,
        help="repeat a call within one sample until it lasts this long (default 20)",
    )
    parser.add_argument("--search", nargs="+", metavar="TEXT", help="search texts to time")
    parser.add_argument("--regenerate", action="store_true", help="rebuild the data first")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="%(message)s",
        stream=sys.stderr,
    )

    started = time.perf_counter()
    generate(
        args.data_dir,
        args.contacts,
        args.leads,
        args.activities,
        args.seed,
        force=args.regenerate,
    )
    log.info("data ready in %.1f s", time.perf_counter() - started)
    moment = anchor_of(args.data_dir)
    db = open_session(resolve_paths(args.data_dir), auto_backup=False)
    try:
        con = db.connection()
        cases = build_cases(con, moment, args.search or SEARCH_TEXTS)
        sections = today.counts(today.work_queue(moment))
        log.info("timing %d cases, %d rounds", len(cases), args.repeat)
        run_cases(cases, args.repeat, args.warmup, args.min_sample_ms / 1000)
    finally:
        close_session()
    marker = read_marker(args.data_dir) or {}
    header = {
        "contacts": args.contacts,
        "leads": args.leads,
        "activities": args.activities,
        "seed": args.seed,
        "anchor": moment.isoformat(sep=" "),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "machine": f"{platform.machine()} {platform.system()}",
        "repeat": args.repeat,
        "queue_sections": sections,
        "rows": marker.get("rows"),
        "generation_timings": marker.get("timings"),
    }
    rows = results(cases)
    if args.json:
        json.dump({"run": header, "target": TARGET, "results": rows}, sys.stdout, indent=2)
        print()
    else:
        print_table(rows, header)
    failed = [r for r in rows if not r["pass"]]
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
