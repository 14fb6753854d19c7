"""The words the demo is made of: names, companies, places, products and every text of
its story, read from resources/demo/*.json into the shapes contactos.demo plays them in.

The data is in Spanish (the demo is the book of business of an agent in Mexico) and is
not translated. The spec packs the folder where DATA_DIR finds it in the bundle too
(build/contactos.spec; tests/test_packaging.py checks it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"


def _read(name: str) -> dict[str, Any]:
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class RepresentadaData:
    name: str
    short: str
    rate: str
    reorder_days: int
    notes: str
    segments: tuple[str, ...]
    low: int
    high: int
    products: tuple[tuple[str, str], ...]  # (lead title, short product name for notes)


_COMPANIES = _read("companies")
_PLACES = _read("places")
_PEOPLE = _read("people")
_STORY = _read("story")

REPRESENTADAS = tuple(
    RepresentadaData(
        r["name"],
        r["short"],
        r["commission_rate"],
        r["reorder_days"],
        r["notes"],
        tuple(r["segments"]),
        *r["values"],
        tuple((p["title"], p["short"]) for p in r["products"]),
    )
    for r in _COMPANIES["representadas"]
)
SOURCES = tuple((s["name"], s["kind"], s["notes"]) for s in _COMPANIES["sources"])
SOURCE_WEIGHTS = tuple(s["weight"] for s in _COMPANIES["sources"])
# segment: (company name patterns, tag), in the file's order (their weights follow it)
SEGMENTS = {k: (tuple(v["names"]), v["tag"]) for k, v in _COMPANIES["segments"].items()}
SEGMENT_WEIGHTS = tuple(v["weight"] for v in _COMPANIES["segments"].values())
SITE_KINDS = {k: v["site"] for k, v in _COMPANIES["segments"].items()}
SITES = _COMPANIES["sites"]
COMPANY_NAMES = tuple(_COMPANIES["company_names"])
LEGAL_SUFFIXES = tuple(_COMPANIES["legal_suffixes"])

# (city, state, area code, postal code range, zone tag, neighbourhoods)
CITIES = tuple(
    (
        c["city"],
        c["state"],
        c["area_code"],
        tuple(c["postal_codes"]),
        c["zone"],
        tuple(c["neighbourhoods"]),
    )
    for c in _PLACES["cities"]
)
CITY_WEIGHTS = tuple(c["weight"] for c in _PLACES["cities"])
STREETS = tuple(_PLACES["streets"])

MALE_NAMES = tuple(_PEOPLE["male_names"])
FEMALE_NAMES = tuple(_PEOPLE["female_names"])
SURNAMES = tuple(_PEOPLE["surnames"])
JOB_TITLES = tuple((j["masculine"], j["feminine"], j["weight"]) for j in _PEOPLE["job_titles"])
CONTACT_NOTES = tuple(_PEOPLE["contact_notes"])
EMAIL_PROVIDERS = tuple(_PEOPLE["email_providers"])
# Tags besides the segments': zones, and kinds of client.
TAGS = _PEOPLE["tags"]
EXTRA_TAGS = set(TAGS["zones"]) | {v for k, v in TAGS.items() if k != "zones"}
DECISION_MAKER_TITLES = tuple(_PEOPLE["decision_maker_titles"])
# A few people every demo has, so that the accent-insensitive search can be shown.
FEATURED_COMPANIES = tuple(_PEOPLE["featured_companies"])
FEATURED_PEOPLE = tuple(_PEOPLE["featured"])
WITHOUT_COMPANY_JOB = _PEOPLE["without_company"]["job_title"]

# Activity templates per stage index (the stage the lead was in when it happened):
# (kind, outcome, notes). Index 0 is the first contact, so only contact kinds.
ACTIVITY_POOLS = tuple(
    tuple((a["kind"], a["outcome"], a["notes"]) for a in pool) for pool in _STORY["activities"]
)
# What comes next, per stage index the lead is in after the activity: (kind, what).
NEXT_ACTIONS = tuple(tuple((a["kind"], a["what"]) for a in pool) for pool in _STORY["next_actions"])
# Leads whose next action is far ahead while nothing happens (stale limbo): the next
# action and the impediment that explains it.
STALE_STORIES = tuple(((s["kind"], s["what"]), s["impediment"]) for s in _STORY["stale_stories"])
IMPEDIMENTS = tuple((i["description"], i["resolution"]) for i in _STORY["impediments"])
COMMITMENTS = {owner: tuple(texts) for owner, texts in _STORY["commitments"].items()}
VALUE_FOR_PROSPECT = tuple(_STORY["value_for_prospect"])
OPEN_QUESTIONS = tuple(_STORY["open_questions"])
LEAD_NOTES = tuple(_STORY["lead_notes"])
# (reason, the prospect's own words)
LOSSES = tuple((loss["reason"], loss["words"]) for loss in _STORY["losses"])
WON_ACTIVITY = {act: (w["kind"], w["outcome"], w["notes"]) for act, w in _STORY["won"].items()}
REORDER_OUTCOMES = tuple((r["outcome"], r["notes"]) for r in _STORY["reorder_outcomes"])
PLANNED = tuple((p["kind"], p["subject"], p["place"]) for p in _STORY["planned"])
COURTESY = tuple((p["kind"], p["subject"], p["place"]) for p in _STORY["courtesy"])
TEXTS = _STORY["texts"]
COMEBACK = _STORY["comeback"]  # a lost client who comes back (the reopened leads)
