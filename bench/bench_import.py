"""Importing a Spanish-Excel CSV as leads, timed against the same-work floor (and, for
information, a bare floor, csvkit and pandas).

Usage: ``uv run --group bench python -m bench.bench_import [--rows N] [--data-dir DIR]
[--repeat N] [--contenders LIST] [--json]``

The file: 100,000 rows (``--rows``) as Excel writes them in Spanish: Windows-1252, CRLF,
semicolons, accented names, Mexican phones in mixed formats, amounts with decimal commas
and thousands dots, dd/mm/yyyy dates in the notes; 5 % of the rows repeat the e-mail or the
phone of an earlier row or of a contact already in the database. The database: the
benchmark database of `bench.generate` (100,000 contacts, 30,000 leads, 300,000
activities), copied afresh for every run.

Each run in its own fresh Python process on the same file (interpreter start-up included
for all), in interleaved rounds:

* program: ``python -m contactos.cli --data-dir SCRATCH import FILE --leads --country MX
  --source ... --representada ... --on-duplicate skip --json``;
* same: the same-work floor: the rows the program's import writes (taken from one untimed
  run of it), read already normalised and written into the same schema, indexes and
  search index with one executemany per table, in one transaction;
* samelibs: the same, after importing every module the program's import loads (the
  whole-process comparison for a short list: start-up counts on both sides);
* floor, csvkit, pandas, phones: for information (a bare csv + executemany of the raw
  text, ``csvsql --insert``, ``read_csv`` + ``to_sql``, phonenumbers alone).

Targets: program at most 2x the same-work floor at 100,000 rows; at most 2x the
same-work floor with the program's libraries for the whole process of a 5,000-row list;
peak resident memory (``ru_maxrss`` of the import's process) under 300 MB. Figures are
medians over the rounds, with the range of the per-round ratios.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import logging
import marshal
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import (
    CITIES,
    CITY_WEIGHTS,
    COMPANY_KINDS,
    COMPANY_NAMES,
    DEFAULT_DATA_DIR,
    FEMALE_NAMES,
    JOB_TITLES,
    LAST_NAMES,
    MAIL_DOMAINS,
    MALE_NAMES,
    PRODUCTS,
    generate,
    read_marker,
)
from contactos.paths import DATABASE_FILE

CSV_VERSION = 2
RATIO_TARGET = 2.0  # the program against the same-work floor
MEMORY_TARGET_MB = 300.0
DUPLICATE_SHARE = 0.05
EXISTING_SHARE = 0.4  # of the planted duplicates: those of a contact already in the database
ROOT = Path(__file__).resolve().parent.parent
HEADER = [
    "Nombre", "Apellidos", "Razón social", "Puesto", "Teléfono", "Celular", "Correo",
    "Ciudad", "Estado", "C.P.", "Valor", "Observaciones",
]  # fmt: skip
SOURCE = "Distribuidora Bajío"
REPRESENTADA = "Herramientas MTY"
CONTENDERS = ("program", "same", "samelibs", "floor", "csvkit", "pandas", "phones")
WHAT = {
    "program": "contactos import --leads",
    "same": "same-work floor",
    "samelibs": "same-work, program's libraries",
    "floor": "bare floor: csv + executemany",
    "csvkit": "csvsql --insert",
    "pandas": "read_csv + to_sql",
    "phones": "csv + phonenumbers only",
}

log = logging.getLogger("bench")


# --- The file ---------------------------------------------------------------------------

NOTES = [
    "Visitar el {d}.",
    "Cotización enviada el {d}; llamar después de las 5.",
    "Expo Ferretera {d}, stand {n}.",
    "Pidió precio de {p} el {d}.",
    "Último pedido {d}: {p}.",
    'Dice que "ya tiene proveedor", volver a llamar el {d}.',
    "Interesado en {p}. Crédito a 30 días.",
    "Referido por el distribuidor, {d}.",
]


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def write_phone(rng: random.Random, national: str, mobile: bool) -> str:
    """A 10-digit Mexican number as people write it in a spreadsheet."""
    area = national[:2] if national[:2] in ("55", "33", "81") else national[:3]
    local = national[len(area) :]
    half = len(local) // 2
    style = rng.randrange(6)
    if style == 0:
        return national  # 8112345678
    if style == 1:
        return f"{area} {local[:half]} {local[half:]}"  # 55 1234 5678
    if style == 2:
        return f"({area}) {local[:half]}-{local[half:]}"  # (33) 3615-2233
    if style == 3 and mobile:
        return f"044 {area} {local[:half]} {local[half:]}"  # 044 55 1234 5678
    if style == 4 and mobile:
        return f"+52 1 {area} {local[:half]} {local[half:]}"  # +52 1 81 8123 4567
    return f"+52 {area} {local[:half]} {local[half:]}"


def _amount(rng: random.Random) -> str:
    """'12.500,50' or '8.900': thousands dots and a decimal comma, as Excel-es writes."""
    value = round(rng.lognormvariate(9.5, 1.2), 2)
    whole, cents = int(value), round((value - int(value)) * 100)
    text = f"{whole:,}".replace(",", ".")
    return text if rng.random() < 0.3 else f"{text},{cents:02d}"


def _date(rng: random.Random) -> str:
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    return day.strftime("%d/%m/%Y")


@dataclass
class Existing:
    """E-mails and phones of the base database: to avoid by chance, to repeat on purpose."""

    emails: list[tuple[str, str, str, str]]  # (email, first, last, company)
    phones: list[tuple[str, str, str, str]]  # (national 10 digits, first, last, company)
    numbers: set[str]

    @classmethod
    def load(cls, database: Path) -> Existing:
        con = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            emails = con.execute(
                "SELECT e.email, c.first_name, c.last_name, c.company FROM contact_email e"
                " JOIN contact c ON c.id = e.contact_id ORDER BY e.id"
            ).fetchall()
            phones = [
                (number[3:], first, last, company)
                for number, first, last, company in con.execute(
                    "SELECT p.number, c.first_name, c.last_name, c.company FROM contact_phone p"
                    " JOIN contact c ON c.id = p.contact_id ORDER BY p.id"
                )
                if number.startswith("+52") and len(number) == 13
            ]
        finally:
            con.close()
        return cls(emails, phones, {p[0] for p in phones})

    @classmethod
    def generated(cls, contacts: int = 100_000, seed: int = 1) -> Existing:
        """The same as `load` on the database bench.generate makes with these parameters,
        built without it (the generator's contacts depend on its seed alone): what the
        phone tests use to go through every phone of the benchmark file."""
        from bench.generate import _Builder

        builder = _Builder(random.Random(seed), dt.datetime(2026, 1, 1))
        rows, email_rows, phone_rows, _ = builder.contacts(contacts)
        person = {row[0]: (row[1], row[2], row[3]) for row in rows}
        emails = [(email, *person[cid]) for cid, email, _, _ in email_rows]
        phones = [
            (number[3:], *person[cid])
            for cid, number, _, _, _ in phone_rows
            if number.startswith("+52") and len(number) == 13
        ]
        return cls(emails, phones, {p[0] for p in phones})


def build_rows(  # noqa: C901 - one pass that plants each kind of trouble in turn
    n_rows: int, seed: int, existing: Existing
) -> tuple[list[list[str]], dict]:
    """The rows of the file and what was planted in them."""
    rng = random.Random(seed)
    used = set(existing.numbers)

    def new_number(area: str) -> str:
        while True:
            national = (
                area
                + str(rng.randint(2, 9))
                + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(area)))
            )
            if national not in used:
                used.add(national)
                return national

    city_idx = list(range(len(CITIES)))
    n_dup = round(n_rows * DUPLICATE_SHARE)
    first_dup = min(50, n_rows // 2)
    dup_rows = set(rng.sample(range(first_dup, n_rows), min(n_dup, n_rows - first_dup)))
    planted = {"in_file_email": 0, "in_file_phone": 0, "existing_email": 0, "existing_phone": 0}
    originals: list[int] = []  # rows that are no duplicate: what an in-file duplicate repeats
    rows: list[list[str]] = []
    # Per row: (email, office national, mobile national) for repeating it later.
    keys: list[tuple[str, str | None, str | None]] = []
    for i in range(n_rows):
        female = rng.random() < 0.45
        first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        if rng.random() < 0.12:
            first = f"{rng.choice(('María', 'Ana') if female else ('José', 'Juan'))} {first}"
        last = f"{rng.choice(LAST_NAMES)} {rng.choice(LAST_NAMES)}"
        if rng.random() < 0.6:
            company = f"{rng.choice(COMPANY_KINDS)} {rng.choice(LAST_NAMES)}"
        elif rng.random() < 0.85:
            company = f"{rng.choice(COMPANY_KINDS)} {rng.choice(COMPANY_NAMES)}"
        else:
            company = ""
        city, region, area = CITIES[rng.choices(city_idx, CITY_WEIGHTS)[0]]
        if company and rng.random() < 0.4:
            company += f" de {city}"
        if company and rng.random() < 0.25:
            company += rng.choice((" S.A. de C.V.", " S. de R.L. de C.V.", " y Cía."))
        if not company and rng.random() < 0.3:
            first = ""  # only a surname (never no name and no company at all)
        office = new_number(area) if rng.random() < 0.7 else None
        mobile = new_number(area) if rng.random() < 0.85 else None
        if rng.random() < 0.85:
            domain = (
                _ascii(company)[:18] + ".com.mx"
                if company and rng.random() < 0.4
                else rng.choice(MAIL_DOMAINS)
            )
            email = f"{_ascii(first.split(' ')[-1]) or 'ventas'}.{_ascii(last.split(' ')[0])}"
            email = f"{email}{i + 100}@{domain}"  # a number: never someone else's by chance
        else:
            email = ""
        written_email = email.title() if email and rng.random() < 0.1 else email

        if i in dup_rows:
            if rng.random() < EXISTING_SHARE:
                if rng.random() < 0.5:
                    email, first, last, company = rng.choice(existing.emails)
                    written_email = email.upper() if rng.random() < 0.2 else email
                    planted["existing_email"] += 1
                else:
                    national, first, last, company = rng.choice(existing.phones)
                    mobile, email, written_email = national, "", ""
                    planted["existing_phone"] += 1
            else:
                j = rng.choice(originals)
                row_j = rows[j]
                first, last, company = row_j[0], row_j[1], row_j[2]
                email_j, office_j, mobile_j = keys[j]
                if email_j and (rng.random() < 0.5 or not (office_j or mobile_j)):
                    email = email_j
                    written_email = f" {email_j.upper()} " if rng.random() < 0.3 else email_j
                    planted["in_file_email"] += 1
                else:
                    mobile = mobile_j or office_j
                    email, written_email = "", ""
                    planted["in_file_phone"] += 1
        else:
            originals.append(i)
        value = _amount(rng) if rng.random() < 0.75 else ""
        note = ""
        if rng.random() < 0.5:
            note = rng.choice(NOTES).format(
                d=_date(rng), n=rng.randint(1, 400), p=rng.choice(PRODUCTS)
            )
        postal = f"{rng.randint(1000, 99999):05d}"
        if postal.startswith("0") and rng.random() < 0.5:
            postal = postal[1:]  # Excel dropped the leading zero
        rows.append(
            [
                first,
                last,
                company,
                rng.choice(JOB_TITLES),
                write_phone(rng, office, False) if office else "",
                write_phone(rng, mobile, True) if mobile else "",
                written_email,
                city,
                region,
                postal,
                value,
                note,
            ]
        )
        keys.append((email, office, mobile))
    planted["total"] = sum(planted.values())
    return rows, planted


def csv_path(data_dir: Path, rows: int, seed: int) -> Path:
    return Path(data_dir) / "import" / f"leads-{rows}-seed{seed}.csv"


def make_csv(data_dir: Path, database: Path, rows: int, seed: int, force: bool = False) -> dict:
    """Write (or reuse) the file; returns its marker (what was planted)."""
    path = csv_path(data_dir, rows, seed)
    marker_path = path.with_suffix(".json")
    base = read_marker(data_dir) or {}
    wanted = {
        "csv_version": CSV_VERSION,
        "rows": rows,
        "seed": seed,
        "base_anchor": base.get("anchor"),
        "base_program": base.get("program"),
    }
    try:
        marker = json.loads(marker_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        marker = None
    if not force and marker and {k: marker.get(k) for k in wanted} == wanted and path.exists():
        log.info("reusing %s", path)
        return marker
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = Existing.load(database)
    if base.get("contacts") == 100_000 and base.get("seed") == 1:
        # The phone tests (tests/test_phones_fast.py) go through every phone of this file,
        # built from the generator alone: it must be the same file.
        assert existing == Existing.generated(), "the base database is not the generator's"
    body, planted = build_rows(rows, seed, existing)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="cp1252", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(body)
    partial.replace(path)
    marker = {**wanted, "planted": planted, "bytes": path.stat().st_size}
    marker_path.write_text(json.dumps(marker, indent=2), encoding="utf-8")
    log.info("wrote %s (%.1f s): %s", path, time.perf_counter() - started, planted)
    return marker


# --- The contenders ---------------------------------------------------------------------

# The floor: the least work that puts the same rows into the same tables. The pragmas are
# the program's own (contactos.storage.sqlite.PRAGMAS). Columns the file does not fill
# get what the program would put there without any reading of the values: '' for text,
# NULL for the amount, the first stage, "open", a first call due today.
FLOOR_CODE = r"""
import csv, datetime as dt, json, sqlite3, sys

database, path, source_name, representada_name = sys.argv[1:5]
con = sqlite3.connect(database, isolation_level=None)
for pragma in ("foreign_keys = 1", "synchronous = normal", "busy_timeout = 5000",
               "cache_size = -32000"):
    con.execute("PRAGMA " + pragma)
moment = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
today = moment[:10]
with open(path, encoding="cp1252", newline="") as f:
    reader = csv.reader(f, delimiter=";")
    next(reader)
    rows = list(reader)
con.execute("BEGIN")
source = con.execute("INSERT INTO source (name, kind, notes, active, currency) VALUES (?,"
                     " 'distributor', '', 1, '')", (source_name,)).lastrowid
representada = con.execute("INSERT INTO representada (name, commission_rate, reorder_days,"
                           " notes, active, currency) VALUES (?, 0, 90, '', 1, '')",
                           (representada_name,)).lastrowid
batch = con.execute("INSERT INTO import_batch (file_name, source_id, representada_id,"
                    " created_at, rows_total, created_count, merged_count, skipped_count,"
                    " rejected_count, summary) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, '')",
                    (path, source, representada, moment, len(rows), len(rows))).lastrowid
stage = con.execute("SELECT id FROM stage ORDER BY position, id LIMIT 1").fetchone()[0]
first_contact = con.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0] + 1
first_lead = con.execute("SELECT coalesce(max(id), 0) FROM lead").fetchone()[0] + 1
con.executemany(
    "INSERT INTO contact (id, first_name, last_name, company, job_title, address, city,"
    " region, postal_code, country, notes, created_at, updated_at, import_batch_id)"
    " VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, '', ?, ?, ?, ?)",
    ((first_contact + n, r[0], r[1], r[2], r[3], r[7], r[8], r[9], r[11], moment, moment,
      batch) for n, r in enumerate(rows)))
con.executemany(
    "INSERT INTO contact_email (contact_id, email, label, position) VALUES (?, ?, '', 0)",
    ((first_contact + n, r[6]) for n, r in enumerate(rows) if r[6]))
con.executemany(
    "INSERT INTO contact_phone (contact_id, number, raw, label, position)"
    " VALUES (?, ?, ?, ?, ?)",
    ((first_contact + n, phone, phone, label, pos) for n, r in enumerate(rows)
     for pos, (phone, label) in enumerate(p for p in ((r[4], "oficina"), (r[5], "celular"))
                                          if p[0])))
con.executemany(
    "INSERT INTO lead (id, contact_id, representada_id, source_id, title, value, currency,"
    " commission_rate, stage_id, status, received_at, next_action_kind, next_action_what,"
    " next_action_due, value_for_prospect, open_questions, notes, created_at, updated_at,"
    " import_batch_id, next_action_template)"
    " VALUES (?, ?, ?, ?, ?, NULL, 'MXN', 0, ?, 'open', ?, 'call', '', ?, '',"
    " '', '', ?, ?, ?, 'first-contact')",
    ((first_lead + n, first_contact + n, representada, source,
      r[2] or (r[0] + " " + r[1]).strip() or "?", stage, moment, today, moment, moment, batch)
     for n, r in enumerate(rows)))
con.executemany(
    "INSERT INTO stage_change (lead_id, from_stage_id, to_stage_id, changed_at)"
    " VALUES (?, NULL, ?, ?)",
    ((first_lead + n, stage, moment) for n in range(len(rows))))
con.execute("COMMIT")
con.close()
print(json.dumps({"rows": len(rows), "created": len(rows)}))
"""

# Not a contender for the targets but a measured part of the program's work: the file read
# with the csv module and its phones validated and formatted to E.164 by phonenumbers, as
# the issue asks for and the program does, with nothing else (no other value, no database).
PHONES_CODE = r"""
import csv, json, sys
import phonenumbers

path = sys.argv[1]
valid = 0
with open(path, encoding="cp1252", newline="") as f:
    reader = csv.reader(f, delimiter=";")
    next(reader)
    for row in reader:
        for text in (row[4], row[5]):
            if not text:
                continue
            try:
                number = phonenumbers.parse(text, "MX")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                valid += 1
print(json.dumps({"valid_phones": valid}))
"""

PANDAS_CODE = r"""
import json, sqlite3, sys
import pandas

database, path = sys.argv[1:3]
frame = pandas.read_csv(path, sep=";", encoding="cp1252", dtype=str)
con = sqlite3.connect(database)
frame.to_sql("leads", con, index=False)
con.commit()
con.close()
print(json.dumps({"rows": len(frame)}))
"""


# The same-work floor: the same final rows the program's import writes (contacts, e-mails,
# phones, leads with their first-contact follow-up, stage changes, the source,
# representada and import batch, any undo records, the search index of the new contacts
# and leads, the mapping remembered for the source), read already normalised from a
# file (marshal: the cheapest read there is) and written into the program's own schema,
# with its indexes and triggers, in one transaction with the program's pragmas, by one
# executemany per table. What it leaves out is what only the program does: reading and
# normalising the values, finding the duplicates, building the rows. With a list of
# modules, it first imports them (the program's own libraries, for the whole-process
# comparison: start-up counts on both sides).
SAME_CODE = r"""
import importlib, json, marshal, sqlite3, sys

database, normalised, libraries = sys.argv[1:4]
if libraries != "-":
    with open(libraries, encoding="utf-8") as f:
        for name in json.load(f):
            try:
                importlib.import_module(name)
            except Exception:
                pass
with open(normalised, "rb") as f:
    tables = marshal.load(f)
con = sqlite3.connect(database, isolation_level=None)
for pragma in ("journal_mode = wal", "foreign_keys = 1", "synchronous = normal",
               "busy_timeout = 5000", "cache_size = -32000"):
    con.execute("PRAGMA " + pragma)
con.execute("BEGIN IMMEDIATE")
for name, columns, rows, replace in tables:
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    con.executemany(f'{verb} INTO "{name}" ({", ".join(columns)}) VALUES'
                    f' ({", ".join("?" * len(columns))})', rows)
con.execute("COMMIT")
con.close()
print(json.dumps({name: len(rows) for name, _, rows, _ in tables}))
"""

# The program's run that the same-work floor's rows are taken from: the import, then the
# names of every module it loaded (what the floor with the program's libraries imports).
PREPARE_CODE = r"""
import json, sys
from contactos import cli

code = cli.main(sys.argv[2:])
mine = ("contactos", "ui", "bench", "__main__")
names = sorted(n for n in sys.modules if n.split(".")[0] not in mine)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(names, f)
sys.exit(code)
"""

# What an import adds, table by table, in the order they can be written (a row's
# references first). Search index tables are read with their rowid.
ADDED_TABLES = (
    ("source", False), ("representada", False), ("import_batch", False),
    ("import_change", False), ("contact", False), ("contact_email", False),
    ("contact_phone", False), ("contact_tag", False), ("lead", False),
    ("stage_change", False), ("contact_fts", True), ("lead_fts", True),
)  # fmt: skip
# Left out when two runs' rows are compared: the moment each run took place.
TIME_COLUMNS = frozenset(
    {"created_at", "updated_at", "received_at", "changed_at", "next_action_due", "undone_at"}
)


def _read_only(database: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)


def added_rows(database: Path, base_db: Path) -> list[tuple[str, list[str], list, bool]]:
    """The rows `database` has beyond `base_db` (the rows an import wrote), per table:
    (table, columns, rows, whether a row replaces one of the same key)."""
    con, base = _read_only(database), _read_only(base_db)
    try:
        tables = []
        for name, search_index in ADDED_TABLES:
            columns = [row[1] for row in con.execute(f'PRAGMA table_info("{name}")')]
            if search_index:
                columns = ["rowid", *columns]
            top = base.execute(f'SELECT coalesce(max(rowid), 0) FROM "{name}"').fetchone()[0]
            rows = con.execute(
                f'SELECT {", ".join(columns)} FROM "{name}" WHERE rowid > ? ORDER BY rowid',
                (top,),
            ).fetchall()
            tables.append((name, columns, rows, False))
        known = {key for (key,) in base.execute("SELECT key FROM setting")}
        settings = [r for r in con.execute("SELECT key, value FROM setting") if r[0] not in known]
        tables.append(("setting", ["key", "value"], sorted(settings), True))
    finally:
        con.close()
        base.close()
    return tables


def rows_digest(tables: list[tuple[str, list[str], list, bool]]) -> str:
    """A digest of an import's rows, the moments they were written left out: two runs
    that wrote the same rows have the same digest."""
    digest = hashlib.sha256()
    for name, columns, rows, _ in tables:
        keep = [n for n, column in enumerate(columns) if column not in TIME_COLUMNS]
        digest.update(json.dumps([name, [columns[n] for n in keep]]).encode())
        for row in rows:
            digest.update(json.dumps([row[n] for n in keep], default=str).encode())
    return digest.hexdigest()[:16]


@dataclass
class SameWork:
    """The same-work floor's input: the normalised rows, the program's libraries, and the
    digest the program's rows must have to count as the same work."""

    normalised: Path
    libraries: Path
    digest: str
    rows: dict[str, int]


def prepare_same_work(
    data_dir: Path, base_db: Path, csv_file: Path, marker: dict, timeout: float
) -> SameWork:
    """Run the program's import once (not timed) and keep what it wrote, as the
    same-work floor's input; cached until the file, the base database or the program's
    code change."""
    folder = Path(data_dir) / "import"
    stem = csv_file.stem
    normalised, libraries = folder / f"{stem}.same.marshal", folder / f"{stem}.libraries.json"
    about = folder / f"{stem}.same.json"
    wanted = {
        "csv": {k: marker.get(k) for k in ("csv_version", "rows", "seed", "base_anchor")},
        "program": code_hash(),
    }
    try:
        known = json.loads(about.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = None
    if (
        known
        and {k: known.get(k) for k in wanted} == wanted
        and normalised.exists()
        and libraries.exists()
    ):
        return SameWork(normalised, libraries, known["digest"], known["tables"])
    log.info("running the program once for the same-work floor's rows...")
    scratch = folder / "scratch" / "same-work-source"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    shutil.copy(base_db, scratch / DATABASE_FILE)
    _mark_backup_taken(scratch)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-c", PREPARE_CODE, str(libraries), *program_arguments(scratch,
         csv_file)],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"the program's import failed: {done.stderr[-2000:]}")
    tables = added_rows(scratch / DATABASE_FILE, base_db)
    partial = normalised.with_suffix(".partial")
    with partial.open("wb") as out:
        marshal.dump([(n, c, [tuple(r) for r in rows], rep) for n, c, rows, rep in tables], out)
    partial.replace(normalised)
    counts = {name: len(rows) for name, _, rows, _ in tables}
    about.write_text(
        json.dumps({**wanted, "digest": rows_digest(tables), "tables": counts}, indent=2),
        encoding="utf-8",
    )
    shutil.rmtree(scratch, ignore_errors=True)
    return SameWork(normalised, libraries, rows_digest(tables), counts)


def program_arguments(scratch: Path, csv_file: Path) -> list[str]:
    """The command line of the program's import, as the benchmark runs it."""
    return [
        "--data-dir", str(scratch), "import", str(csv_file), "--leads", "--country", "MX",
        "--source", SOURCE, "--representada", REPRESENTADA, "--on-duplicate", "skip", "--json",
    ]  # fmt: skip


@dataclass
class Run:
    contender: str
    round_no: int
    wall_s: float
    cpu_s: float
    peak_mb: float
    returncode: int
    timed_out: bool = False
    code: str = ""
    result: dict = field(default_factory=dict)
    stderr_tail: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out


# Every run is started by this small launcher, itself a fresh process: the peak resident
# memory Linux reports for a process (ru_maxrss) includes what its parent held when it was
# forked, so the contenders must not be forked from this benchmark (hundreds of MB).
LAUNCHER_CODE = r"""
import json, os, subprocess, sys, threading, time

timeout, out_path, err_path, cmd = float(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
killed, reaped = threading.Event(), threading.Event()
with open(out_path, "wb") as out, open(err_path, "wb") as err:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)

    def stop():
        if not reaped.is_set():
            killed.set()
            os.kill(proc.pid, 9)

    timer = threading.Timer(timeout, stop)
    timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    reaped.set()
    timer.cancel()
    wall = time.perf_counter() - started
proc.returncode = os.waitstatus_to_exitcode(status)
print(json.dumps({"wall_s": wall, "returncode": proc.returncode, "timed_out": killed.is_set(),
                  "cpu_s": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss}))
"""


def run_timed(cmd: list[str], workdir: Path, timeout: float) -> dict:
    """Wall and CPU seconds, peak resident memory (the child's own ru_maxrss, from wait4),
    exit code and whether the run was stopped for the timeout."""
    launcher = subprocess.run(
        [sys.executable, "-c", LAUNCHER_CODE, str(timeout), str(workdir / "stdout"),
         str(workdir / "stderr"), *cmd],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    try:
        return json.loads(launcher.stdout)
    except ValueError:
        raise RuntimeError(f"the launcher failed: {launcher.stderr[-1000:]}") from None


def code_hash() -> str:
    """A hash of the program's code: when it changes between the rounds (others are
    editing it), the rounds measured different programs and the report says so."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "contactos").rglob("*.py")):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _count(database: Path, sql: str) -> int | None:
    try:
        con = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return None


def _mark_backup_taken(scratch: Path) -> None:
    """The program takes a backup at its first start of the day: a user importing a file
    has normally opened it already that day. An (empty) file with today's name stands for
    that backup, so that every run measures the import alone, not a 170 MB copy."""
    backups = scratch / "backups"
    backups.mkdir(parents=True, exist_ok=True)
    (backups / f"contactos-{dt.date.today():%Y%m%d}-000000-auto.sqlite3").touch()


def run_one(
    contender: str,
    round_no: int,
    base_db: Path,
    csv_file: Path,
    scratch_root: Path,
    timeout: float,
    keep: bool = False,
    profile: Path | None = None,
    same: SameWork | None = None,
) -> Run:
    scratch = scratch_root / f"{contender}-{round_no}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    database = scratch / DATABASE_FILE
    python = sys.executable
    if contender in ("program", "floor", "same", "samelibs"):
        shutil.copy(base_db, database)
    if contender == "program":
        _mark_backup_taken(scratch)
        profiler = ["-m", "cProfile", "-o", str(profile)] if profile else []
        cmd = [python, *profiler, "-m", "contactos.cli", *program_arguments(scratch, csv_file)]
    elif contender in ("same", "samelibs"):
        libraries = str(same.libraries) if contender == "samelibs" else "-"
        cmd = [python, "-c", SAME_CODE, str(database), str(same.normalised), libraries]
    elif contender == "floor":
        cmd = [python, "-c", FLOOR_CODE, str(database), str(csv_file), SOURCE, REPRESENTADA]
    elif contender == "csvkit":
        database = scratch / "csvkit.db"
        csvsql = str(Path(python).parent / "csvsql")
        cmd = [
            csvsql, "--insert", "--db", f"sqlite:///{database}", "--tables", "leads",
            "-d", ";", "-e", "cp1252", str(csv_file),
        ]  # fmt: skip
    elif contender == "phones":
        cmd = [python, "-c", PHONES_CODE, str(csv_file)]
    else:
        database = scratch / "pandas.db"
        cmd = [python, "-c", PANDAS_CODE, str(database), str(csv_file)]
    code = code_hash() if contender == "program" else ""
    os.sync()  # the 170 MB copy is on disk before the clock starts, not written back during
    measured = run_timed(cmd, scratch, timeout)
    run = Run(
        contender,
        round_no,
        measured["wall_s"],
        measured["cpu_s"],
        measured["maxrss_kb"] / 1024,  # KiB on Linux
        measured["returncode"],
        measured["timed_out"],
        code,
    )
    stdout = (scratch / "stdout").read_text(encoding="utf-8", errors="replace")
    run.stderr_tail = (scratch / "stderr").read_text(encoding="utf-8", errors="replace")[-2000:]
    if run.ok and contender != "csvkit":
        try:
            run.result = json.loads(stdout)
        except ValueError:
            run.result = {"unparsed_stdout": stdout[-500:]}
    if contender == "program" and run.ok:
        full = run.result
        run.result = {
            key: full.get(key)
            for key in (
                "rows", "new", "duplicate", "duplicate_in_file", "possible_duplicate",
                "created", "merged", "skipped", "batch", "encoding", "delimiter",
            )
        }  # fmt: skip
        run.result["rejected"] = len(full.get("rejected") or [])
        run.result["problems"] = len(full.get("problems") or [])
        run.result["mapping"] = full.get("mapping")
    if contender in ("program", "floor", "same", "samelibs"):
        run.result["leads_added"] = (_count(database, "SELECT count(*) FROM lead") or 0) - (
            _count(base_db, "SELECT count(*) FROM lead") or 0
        )
    if contender in ("program", "same", "samelibs") and run.ok and same is not None:
        # The same work: the rows this run wrote are the floor's (the moments apart).
        run.result["same_rows"] = rows_digest(added_rows(database, base_db)) == same.digest
    elif contender == "phones":
        pass  # (its result is the count of valid phones)
    else:
        run.result["rows_in_table"] = _count(database, "SELECT count(*) FROM leads")
    if not keep:
        shutil.rmtree(scratch, ignore_errors=True)
    return run


def warm_up() -> None:
    """Compile the bytecode of the program and of the libraries every contender uses, as
    an installed program has it (this environment may set PYTHONDONTWRITEBYTECODE, and
    then no run would ever keep what it compiled): no timed run pays for compiling."""
    import sysconfig

    site = sysconfig.get_paths()["purelib"]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", "-x", r"PySide6|shiboken6",
         str(ROOT / "contactos"), site],
        cwd=ROOT, capture_output=True, check=False,
    )  # fmt: skip


# --- Report -----------------------------------------------------------------------------


def summarize(runs: list[Run], contenders: list[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for name in contenders:
        mine = [r for r in runs if r.contender == name]
        good = [r for r in mine if r.ok]
        out[name] = {
            "what": WHAT[name],
            "runs": len(mine),
            "failed": len(mine) - len(good),
            "timed_out": sum(r.timed_out for r in mine),
            "median_s": round(statistics.median(r.wall_s for r in good), 3) if good else None,
            "min_s": round(min(r.wall_s for r in good), 3) if good else None,
            "max_s": round(max(r.wall_s for r in good), 3) if good else None,
            "cpu_s": round(statistics.median(r.cpu_s for r in good), 3) if good else None,
            "peak_mb": round(statistics.median(r.peak_mb for r in good), 1) if good else None,
            "peak_mb_max": round(max(r.peak_mb for r in good), 1) if good else None,
            "peak_mb_samples": [round(r.peak_mb, 1) for r in mine],
            "samples_s": [round(r.wall_s, 3) for r in mine],
            "result": good[-1].result if good else None,
            "same_rows": (
                all(r.result.get("same_rows") for r in good)
                if good and any("same_rows" in r.result for r in good)
                else None
            ),
            "error": None if good else (mine[-1].stderr_tail[-800:] if mine else None),
        }
    return out


def paired(runs: list[Run], mine: str, theirs: str) -> list[float]:
    """The ratio of two contenders in each round where both ran well."""
    rounds: dict[int, dict[str, float]] = {}
    for r in runs:
        if r.ok and r.contender in (mine, theirs):
            rounds.setdefault(r.round_no, {})[r.contender] = r.wall_s
    return [p[mine] / p[theirs] for p in rounds.values() if len(p) == 2]


# (key, other contender, label, target ratio or None for information only)
RATIOS = (
    ("same", "same", "program / same-work floor", RATIO_TARGET),
    ("whole", "samelibs", "program / same-work + libraries", RATIO_TARGET),
    ("floor", "floor", "program / bare floor", None),
    ("csvkit", "csvkit", "program / csvkit", None),
    ("pandas", "pandas", "program / pandas", None),
)


def verdicts(summary: dict[str, dict], runs: list[Run]) -> dict[str, dict]:
    program = summary.get("program", {}).get("median_s")
    found: dict[str, dict] = {}
    for key, other, label, target in RATIOS:
        theirs = summary.get(other, {}).get("median_s")
        if not (program and theirs):
            continue
        per_round = paired(runs, "program", other)
        cpu = summary["program"]["cpu_s"] / summary[other]["cpu_s"]
        found[key] = {
            "label": label,
            "value": round(program / theirs, 2),
            "cpu": round(cpu, 2),
            "paired": round(statistics.median(per_round), 2) if per_round else None,
            "paired_min": round(min(per_round), 2) if per_round else None,
            "paired_max": round(max(per_round), 2) if per_round else None,
            "rounds": len(per_round),
            "target": f"<= {target:g}x" if target else "(for information)",
            "pass": None if target is None else program / theirs <= target,
        }
    peak = summary.get("program", {}).get("peak_mb")
    if peak:
        found["peak_memory"] = {
            "label": "program peak MB",
            "value": peak,
            "target": f"< {MEMORY_TARGET_MB:g} MB",
            "pass": peak < MEMORY_TARGET_MB,
        }
    return found


def print_report(header: dict, summary: dict[str, dict], checks: dict[str, dict]) -> None:
    planted = header["planted"]
    print(
        f"Import benchmark: {header['rows']:,} rows ({header['csv_mb']:.1f} MB, cp1252, ';', "
        f"CRLF; {planted['total']:,} duplicates planted: {planted['in_file_email']:,} e-mail "
        f"+ {planted['in_file_phone']:,} phone of earlier rows, {planted['existing_email']:,} "
        f"e-mail + {planted['existing_phone']:,} phone of existing contacts)"
    )
    print(
        f"into {header['base_contacts']:,} contacts / {header['base_leads']:,} leads; "
        f"Python {header['python']}, SQLite {header['sqlite']}, {header['cpus']} CPUs; "
        f"medians of {header['repeat']} interleaved rounds, one process per run"
    )
    print()
    columns = (
        f"{'contender':<9} {'what':<31} {'median s':>8} {'min s':>7} {'max s':>7} "
        f"{'cpu s':>7} {'vs same':>7} {'peak MB':>7} {'rows':>7} {'same rows':>9}"
    )
    print(columns)
    print("-" * len(columns))
    same = summary.get("same", {}).get("median_s")
    for name, s in summary.items():
        if s["median_s"] is None:
            why = "timed out" if s["timed_out"] else "failed"
            print(f"{name:<9} {s['what']:<31} {why:>8}")
            continue
        result = s["result"] or {}
        rows = result.get("leads_added", result.get("rows_in_table", result.get("valid_phones")))
        ratio = f"{s['median_s'] / same:.2f}x" if same else "-"
        alike = s.get("same_rows")
        alike = "-" if alike is None else "yes" if alike else "NO"
        print(
            f"{name:<9} {s['what']:<31} {s['median_s']:>8.2f} {s['min_s']:>7.2f} "
            f"{s['max_s']:>7.2f} {s['cpu_s']:>7.2f} {ratio:>7} {s['peak_mb']:>7.1f} "
            f"{rows if rows is not None else '-':>7} {alike:>9}"
        )
    print()
    for key, check in checks.items():
        if key == "peak_memory":
            value, spread = f"{check['value']:.1f}", ""
        else:
            value = f"{check['value']:.2f}x"
            spread = (
                f"{check['paired_min']:.2f} to {check['paired_max']:.2f}x in "
                f"{check['rounds']} rounds, cpu {check['cpu']:.2f}x"
                if check.get("paired")
                else ""
            )
        verdict = "" if check["pass"] is None else "PASS" if check["pass"] else "FAIL"
        print(
            f"{check['label']:<32} {value:>7}  {spread:<38} target {check['target']:<18} {verdict}"
        )
    result = (summary.get("program") or {}).get("result")
    if result and "new" in result:
        print()
        print(
            "program's import: {rows} rows: {new} new, {duplicate} duplicates of existing "
            "contacts, {duplicate_in_file} repeated in the file, {possible_duplicate} "
            "possible duplicates, {rejected} rejected; {created} created, {skipped} "
            "skipped; {leads_added} leads added; {problems} values reported".format(**result)
        )
    codes = header.get("program_code") or []
    if len(codes) > 1:
        print(
            f"\nWARNING: the program's code changed during the run ({len(codes)} versions: "
            "someone edited contactos/); the rounds measured different programs, run again."
        )
    for name, s in summary.items():
        if s["error"]:
            print(f"\n{name} failed:\n{s['error']}")


def profile_program(args, base_db: Path, csv_file: Path, scratch_root: Path) -> int:
    import pstats

    profile = args.profile.resolve()
    run = run_one("program", 0, base_db, csv_file, scratch_root, args.timeout, args.keep, profile)
    if not args.keep:
        shutil.rmtree(scratch_root, ignore_errors=True)
    print(
        f"program under cProfile, {args.rows:,} rows: {run.wall_s:.2f} s wall "
        f"({'ok' if run.ok else 'FAILED'}), {run.result}"
    )
    if not run.ok:
        print(run.stderr_tail)
        return 0
    stats = pstats.Stats(str(profile))
    stats.strip_dirs().sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(30)
    return 0


# `--phases`: the program's import once, in a fresh process, with a clock on each step.
PHASES_CODE = r"""
import contextlib, functools, io, json, sys, time

timings = {}


def clock(owner, name, key=None):
    original = getattr(owner, name)

    @functools.wraps(original)
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            label = key or name
            timings[label] = timings.get(label, 0.0) + time.perf_counter() - started

    setattr(owner, name, timed)


started = time.perf_counter()
from contactos import cli, search, session
from contactos.importing import duplicates, readers, values, writer
from contactos.storage import sqlite as backend

clock(session, "open_session", "open the database")
clock(readers, "read_file", "read the file")
clock(values, "normalize_rows", "values (all)")
clock(values, "parse_phone", "values: phones")
clock(duplicates, "plan_rows", "duplicates (the dry run)")
clock(writer, "write_plan", "the import (all)")
clock(backend, "insert_values", "  rows written")
clock(search, "index_new_contacts", "  search index: contacts")
clock(search, "index_new_leads", "  search index: leads")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = cli.main(sys.argv[1:])
timings["whole command"] = time.perf_counter() - started
print(json.dumps({"code": code, "timings": timings}))
"""


def phases_program(args, base_db: Path, csv_file: Path, scratch_root: Path) -> int:
    """The program's import once with a clock on each step (the clocks add a little).
    Memory is not reported here: a process started from this one inherits its peak (see
    LAUNCHER_CODE); the rounds measure it."""
    scratch = scratch_root / "phases"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    shutil.copy(base_db, scratch / DATABASE_FILE)
    _mark_backup_taken(scratch)
    cmd = [sys.executable, "-c", PHASES_CODE, *program_arguments(scratch, csv_file)]
    os.sync()
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)
    if result.returncode != 0:
        print(result.stderr[-2000:])
        return 1
    timings = json.loads(result.stdout.strip().splitlines()[-1])["timings"]
    steps = ("open the database", "read the file", "values (all)", "duplicates (the dry run)",
             "the import (all)")  # fmt: skip
    rest = timings["whole command"] - sum(timings.get(step, 0.0) for step in steps)
    timings["the rest: start-up, commit, summary"] = rest
    print(f"the program's import of {args.rows:,} rows, step by step (seconds):")
    for name, value in timings.items():
        print(f"  {name:<36} {value:8.2f}")
    return 0


# --- `--limits`: what the program does with files beyond its limits ----------------------

HOSTILE_ROWS = 15_000_000  # a sheet of about 1.5 GB of XML, packed into a few MB
MILLION_ROWS = 1_000_000
LIMIT_SECONDS = 10  # target: refused within this, and
LIMIT_MB = 300  # under this peak resident memory

_WORKBOOK_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Lista" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ),
}


def make_hostile(data_dir: Path) -> Path:
    """A valid workbook of a few MB whose one sheet unpacks to about 1.5 GB of XML
    (fifteen million rows), as in the report that took 8.8 GB; cached."""
    import zipfile

    path = Path(data_dir) / "import" / f"hostile-{HOSTILE_ROWS}.xlsx"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    log.info("writing a workbook of %s rows (about 1.5 GB unpacked)...", f"{HOSTILE_ROWS:,}")
    temp = path.with_suffix(".part")
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        for name, text in _WORKBOOK_PARTS.items():
            book.writestr(name, text)
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet '
                b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            )
            # Rows without their numbers (Excel reads them in order): they pack a thousand
            # to one, as the reported file did.
            row = (
                b'<row><c t="inlineStr"><is><t>Persona de la lista del distribuidor</t></is></c>'
                b"<c><v>1</v></c></row>"
            )
            block = row * 100_000
            for _ in range(HOSTILE_ROWS // 100_000):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")
    temp.replace(path)
    return path


def make_million(data_dir: Path) -> Path:
    """A list of a million rows as a distributor's Excel writes it (Windows-1252, ';');
    cached."""
    path = Path(data_dir) / "import" / f"leads-{MILLION_ROWS}.csv"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    log.info("writing a list of %s rows...", f"{MILLION_ROWS:,}")
    temp = path.with_suffix(".part")
    with open(temp, "w", encoding="cp1252", newline="") as out:
        out.write("Nombre;Apellidos;Razón social;Teléfono;Correo;Ciudad;Valor\r\n")
        for n in range(MILLION_ROWS):
            out.write(
                f"José {n};Núñez;Ferretería {n % 997};55 {n % 10000:04d} {n // 10000:04d};"
                f"p{n}@ejemplo.mx;Querétaro;{n % 90 + 1}.500,50\r\n"
            )
    temp.replace(path)
    return path


def limits_report(args) -> int:
    """`contactos import --dry-run` on files beyond the import's limits: how long until it
    refuses them, with how much memory, and what it says."""
    scratch = Path(args.data_dir) / "import" / "scratch" / "limits"
    results = []
    for what, path in (
        ("a 1.5 GB sheet packed into a few MB", make_hostile(args.data_dir)),
        ("a list of a million rows", make_million(args.data_dir)),
    ):
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        _mark_backup_taken(scratch)
        cmd = [
            sys.executable, "-m", "contactos.cli", "--data-dir", str(scratch), "import",
            str(path), "--dry-run", "--country", "MX",
        ]  # fmt: skip
        measured = run_timed(cmd, scratch, args.timeout)
        said = (scratch / "stderr").read_text(encoding="utf-8", errors="replace").strip()
        results.append(
            {
                "file": what,
                "packed_mb": round(path.stat().st_size / 1e6, 1),
                "seconds": round(measured["wall_s"], 2),
                "peak_mb": round(measured["maxrss_kb"] / 1024, 1),
                "refused": measured["returncode"] == 1 and not measured["timed_out"],
                "message": said.splitlines()[-1] if said else "",
                "pass": measured["returncode"] == 1
                and measured["wall_s"] < LIMIT_SECONDS
                and measured["maxrss_kb"] / 1024 < LIMIT_MB,
            }
        )
    shutil.rmtree(scratch, ignore_errors=True)
    if args.json:
        json.dump(results, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print(
        f"files beyond the import's limits (target: refused in < {LIMIT_SECONDS} s, "
        f"< {LIMIT_MB} MB)"
    )
    for item in results:
        verdict = "PASS" if item["pass"] else "FAIL"
        print(
            f"  {item['file']:<38} {item['packed_mb']:>7.1f} MB  refused after "
            f"{item['seconds']:>6.2f} s, peak {item['peak_mb']:>6.1f} MB  {verdict}"
        )
        print(f"    {item['message']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows in the file")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--repeat", type=int, default=3, help="rounds (default 3)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the file")
    parser.add_argument(
        "--contenders",
        default=",".join(CONTENDERS),
        help=f"comma-separated subset of {','.join(CONTENDERS)}",
    )
    parser.add_argument(
        "--timeout", type=float, default=1800, help="seconds before a run is stopped"
    )
    parser.add_argument("--regenerate", action="store_true", help="write the file again")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folders")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="instead of the rounds: run the program's import once under cProfile, save the "
        "profile to FILE and print its top costs",
    )
    parser.add_argument(
        "--phases",
        action="store_true",
        help="instead of the rounds: run the program's import once with a clock on each "
        "step (reading, values, phones, duplicates, writing, search index) and print them",
    )
    parser.add_argument(
        "--limits",
        action="store_true",
        help="instead of the rounds: time the refusal of a workbook that unpacks to 1.5 GB "
        "and of a list of a million rows (time to the message, peak memory)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="%(message)s",
        stream=sys.stderr,
    )
    contenders = [c.strip() for c in args.contenders.split(",") if c.strip()]
    unknown = set(contenders) - set(CONTENDERS)
    if unknown:
        parser.error(f"unknown contenders: {', '.join(sorted(unknown))}")

    if args.limits:
        return limits_report(args)
    base_db = generate(args.data_dir, contacts=100_000, leads=30_000, activities=300_000)
    marker = make_csv(args.data_dir, base_db, args.rows, args.seed, force=args.regenerate)
    csv_file = csv_path(args.data_dir, args.rows, args.seed)
    scratch_root = Path(args.data_dir) / "import" / "scratch"
    warm_up()
    if args.profile:
        return profile_program(args, base_db, csv_file, scratch_root)
    if args.phases:
        return phases_program(args, base_db, csv_file, scratch_root)
    same = None
    if {"program", "same", "samelibs"} & set(contenders):
        same = prepare_same_work(args.data_dir, base_db, csv_file, marker, args.timeout)

    runs: list[Run] = []
    for round_no in range(args.repeat):
        shift = round_no % len(contenders)
        order = contenders[shift:] + contenders[:shift]
        for name in order:
            run = run_one(
                name, round_no, base_db, csv_file, scratch_root, args.timeout, args.keep,
                same=same,
            )  # fmt: skip
            runs.append(run)
            failure = " TIMED OUT" if run.timed_out else f" FAILED ({run.returncode})"
            log.info(
                "round %d/%d %-7s %8.2f s  peak %6.1f MB%s",
                round_no + 1,
                args.repeat,
                name,
                run.wall_s,
                run.peak_mb,
                "" if run.ok else failure,
            )
    if not args.keep:
        shutil.rmtree(scratch_root, ignore_errors=True)

    base = read_marker(args.data_dir) or {}
    header = {
        "rows": args.rows,
        "csv": str(csv_file),
        "csv_mb": csv_file.stat().st_size / 1e6,
        "planted": marker["planted"],
        "base_contacts": (base.get("rows") or {}).get("contact", 100_000),
        "base_leads": (base.get("rows") or {}).get("lead", 30_000),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "machine": f"{platform.machine()} {platform.system()}",
        "cpus": os.cpu_count(),
        "repeat": args.repeat,
        "order": "rotated each round",
        "program_code": list(dict.fromkeys(r.code for r in runs if r.contender == "program")),
        "same_work_rows": same.rows if same else None,
    }
    summary = summarize(runs, contenders)
    checks = verdicts(summary, runs)
    if args.json:
        json.dump(
            {"run": header, "contenders": summary, "targets": checks},
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        print()
    else:
        print_report(header, summary, checks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
