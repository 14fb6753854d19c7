"""Demo data: a realistic book of business for a commissioned sales agent in Mexico.

:func:`load_demo` fills an *empty* database with representadas, sources, about 200
contacts and 80 leads in every stage and status, with their history (calls, visits,
WhatsApp messages, impediments, commitments, wins and losses). Everything goes through
the domain API so that the follow-up
rules and the search index hold: the story is played through the same actions a person
uses (:mod:`contactos.actions`), each step in the order it happened with the program's
clock set back to that moment (`clock.fixed_at`), so the rules date it and judge it as on
that day. No date is written afterwards.

The book is generated, not stored: its names, companies, products and texts are data
(resources/demo/*.json) that `random.Random(seed)` draws from, and a `moment` that every
date is relative to makes it reproducible (tests/test_demo_digest.py pins the rows).
Nothing that was *done* is ever dated after the real clock (the rules refuse it), even
when `moment` is later than now.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import random
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from contactos import clock, phones, stages
from contactos.actions import checklist, closing, followups, leads, names
from contactos.actions import commissions as commission_actions
from contactos.actions import contacts as contact_actions
from contactos.contacts import ContactData
from contactos.demo_data import (
    ACTIVITY_POOLS,
    CITIES,
    CITY_WEIGHTS,
    COMEBACK,
    COMMITMENTS,
    COMPANY_NAMES,
    CONTACT_NOTES,
    COURTESY,
    DECISION_MAKER_TITLES,
    EMAIL_PROVIDERS,
    EXTRA_TAGS,
    FEATURED_COMPANIES,
    FEATURED_PEOPLE,
    FEMALE_NAMES,
    IMPEDIMENTS,
    JOB_TITLES,
    LEAD_NOTES,
    LEGAL_SUFFIXES,
    LOSSES,
    MALE_NAMES,
    NEXT_ACTIONS,
    OPEN_QUESTIONS,
    PLANNED,
    REORDER_OUTCOMES,
    REPRESENTADAS,
    SEGMENT_WEIGHTS,
    SEGMENTS,
    SITE_KINDS,
    SITES,
    SOURCE_WEIGHTS,
    SOURCES,
    STALE_STORIES,
    STREETS,
    SURNAMES,
    TAGS,
    TEXTS,
    VALUE_FOR_PROSPECT,
    WITHOUT_COMPANY_JOB,
    WON_ACTIVITY,
    RepresentadaData,
)
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError
from contactos.models import (
    Activity,
    Closing,
    Commitment,
    Contact,
    Lead,
    Representada,
    Source,
    Stage,
    database,
    now,
)
from contactos.rules import NextAction


class DemoRefused(TranslatableError):
    """The demo is only loaded into an empty database, never mixed with real data."""

    context = "Demo"

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Demo",
                "The database already has data; the demo is only loaded into an empty database.",
            )
        )


def is_empty() -> bool:
    """No contact, lead, representada or source yet (stages and settings do not count)."""
    return not any(model.select().exists() for model in (Contact, Lead, Representada, Source))


def load_demo(seed: int = 7, moment: dt.datetime | None = None) -> dict[str, int]:
    """Fill an empty database with demo data; return how many rows of each kind."""
    moment = (moment or now()).replace(microsecond=0)
    with database.atomic():
        if not is_empty():
            raise DemoRefused()
        _Demo(random.Random(seed), moment, seed).run()
        return {
            "representadas": Representada.select().count(),
            "sources": Source.select().count(),
            "contacts": Contact.select().count(),
            "leads": Lead.select().count(),
            "activities": Activity.select().count(),
        }


# --- The story's shape --------------------------------------------------------------------

# Hours from "received" to the first contact, per kind of source (rule 5 reports it).
RESPONSE_HOURS = {
    "distributor": (2, 70),
    "list": (4, 100),
    "referral": (0.5, 6),
    "own": (0.1, 1),
    "campaign": (1, 40),
}
CHANNEL_BY_KIND = {"call": "phone", "visit": "visit", "email": "email", "whatsapp": "whatsapp"}
# How the 80 leads end up: category -> how many.
LEAD_MIX = (
    ("unattended", 6),
    ("due_today", 7),
    ("overdue", 9),
    ("stale", 5),
    ("healthy", 22),
    ("reopened_open", 1),
    ("won", 14),
    ("reopened_won", 1),
    ("lost", 15),
)
TARGET_CONTACTS = 200


# --- Generation ---------------------------------------------------------------------------


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _slug(text: str) -> str:
    return "".join(c for c in _ascii(text).lower() if c.isalnum())


def _slug_words(text: str) -> list[str]:
    return [_slug(w) for w in text.replace("-", " ").split() if _slug(w)]


def contract_articles(text: str) -> str:
    """Spanish contracts "de el" and "a el" (a product such as "el equipo de protección"
    put after "cotización de"): "cotización del equipo", never "de el equipo"."""
    return re.sub(r"\b(de|a) el\b", lambda m: "del" if m.group(1) == "de" else "al", text)


def _site(company: _Company | None) -> str:
    """Where a visit to this company happens (its plant, its warehouse, its offices)."""
    if company is None:
        return SITES["none"]
    return SITES[SITE_KINDS[company.segment]].format(name=company.name.split(",")[0])


def _money(value: Decimal) -> str:
    return f"${value:,.0f}"


@dataclass
class _Company:
    name: str
    segment: str
    city: tuple
    domain: str
    address: str
    postal_code: str


@dataclass
class _Person:
    first_name: str
    last_name: str
    female: bool
    company: _Company | None
    job_title: str
    city: tuple
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    contact: Contact | None = None
    leads: list[_LeadPlan] = field(default_factory=list)


@dataclass
class _Op:
    """One step of a lead's history, played through the actions at its moment."""

    name: str
    at: dt.datetime
    args: dict = field(default_factory=dict)


@dataclass
class _LeadPlan:
    category: str
    person: _Person
    rep: RepresentadaData
    source: Source
    title: str
    producto: str
    value: Decimal
    received_at: dt.datetime = None  # type: ignore[assignment]
    first_action: NextAction = None  # type: ignore[assignment]
    ops: list[_Op] = field(default_factory=list)
    expected_close_date: dt.date | None = None
    expected_payment_date: dt.date | None = None
    value_for_prospect: str = ""
    notes: str = ""
    open_questions: str = ""
    lead_id: int | None = None
    stage_index: int = 0


class _Demo:
    def __init__(self, rng: random.Random, moment: dt.datetime, seed: int = 0) -> None:
        self.rng = rng
        # The contacts' own creation dates come from a generator of their own, so that
        # they take nothing from the story's.
        self.dates_rng = random.Random(f"{seed}-contact-dates")
        self.moment = moment
        self.day = moment.date()
        # Nothing done may be dated after the real clock, whatever `moment` says.
        self.cap = min(moment, now())
        self.stages = stages.ordered()
        self.used_emails: set[str] = set()
        self.used_phones: set[str] = set()
        self.folio = 1040

    # --- time ---------------------------------------------------------------------------

    def at(self, days_ago: int, hour: int | None = None, minute: int | None = None):
        """A moment `days_ago` days before the demo's day, in office hours, never later
        than the demo's moment nor the real clock."""
        hour = self.rng.randint(9, 18) if hour is None else hour
        minute = (
            self.rng.choice((0, 5, 10, 15, 20, 30, 35, 40, 45, 50)) if minute is None else minute
        )
        when = dt.datetime.combine(self.day - dt.timedelta(days=days_ago), dt.time(hour, minute))
        if when > self.moment:
            when = self.moment - dt.timedelta(minutes=30)
        return min(when, self.cap)

    def later(self, when: dt.datetime, minutes: int) -> dt.datetime:
        return min(when + dt.timedelta(minutes=minutes), self.cap)

    def done_date(self, day: dt.date) -> dt.date:
        return min(day, self.cap.date())

    @staticmethod
    def workday(day: dt.date) -> dt.date:
        """Move a future date off the weekend (to Monday)."""
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        return day

    def stage(self, index: int) -> Stage:
        return self.stages[min(index, len(self.stages) - 1)]

    def stale_days(self, index: int) -> int:
        return self.stage(index).stale_days

    # --- the whole demo -----------------------------------------------------------------

    def run(self) -> None:
        for tag in sorted({tag for _, tag in SEGMENTS.values()} | EXTRA_TAGS):
            names.tag(tag, create=True)  # one at a time, sorted: reproducible tag ids
        self.reps = [
            names.representada(
                r.name,
                create=True,
                commission_rate=Decimal(r.rate),
                reorder_days=r.reorder_days,
                notes=r.notes,
            ).row
            for r in REPRESENTADAS
        ]
        self.rep_rows = dict(zip(REPRESENTADAS, self.reps, strict=True))
        self.sources = [
            names.source(name, create=True, kind=kind, notes=notes).row
            for name, kind, notes in SOURCES
        ]
        people = self.make_people()
        plans = self.make_lead_plans(people)
        self.tag_people(people)
        for person in people:
            with clock.fixed_at(self.contact_created(person)):
                person.contact = contact_actions.add_contact(
                    ContactData(
                        first_name=person.first_name,
                        last_name=person.last_name,
                        company=person.company.name if person.company else "",
                        job_title=person.job_title,
                        address=person.company.address if person.company else "",
                        city=person.city[0],
                        region=person.city[1],
                        postal_code=person.company.postal_code if person.company else "",
                        country="MX",
                        notes=person.notes,
                        emails=person.emails,
                        phones=person.phones,
                        tags=person.tags,
                    ),
                    country="MX",
                ).contact
        for plan in sorted(plans, key=lambda p: p.received_at):
            self.replay(plan)
        self.plan_calendar(people, plans)

    def contact_created(self, person: _Person) -> dt.datetime:
        """When a contact was added: with their first lead, or some time ago."""
        if person.leads:
            return min(p.received_at for p in person.leads)
        rng = self.dates_rng
        return self.at(rng.randint(20, 500), rng.randint(9, 18), rng.choice((0, 15, 30, 45)))

    # --- contacts -----------------------------------------------------------------------

    def make_company(self, segment: str, used: set[str]) -> _Company:
        rng = self.rng
        patterns, _ = SEGMENTS[segment]
        while True:
            base = rng.choice(patterns).format(n=rng.choice(COMPANY_NAMES))
            if base not in used:
                used.add(base)
                break
        city = rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
        words = [w for w in _slug_words(base) if len(w) > 2]
        if len("".join(words)) > 18:  # "Ferre-Materiales El Roble" -> fmelroble
            words = [w[0] for w in words[:-1]] + words[-1:]
        domain = "".join(words) + rng.choice((".com.mx", ".com.mx", ".com", ".mx"))
        street = rng.choice(STREETS)
        number = rng.randint(12, 4800)
        colonia = rng.choice(city[5])
        low, high = city[3]
        return _Company(
            name=base + rng.choice(LEGAL_SUFFIXES),
            segment=segment,
            city=city,
            domain=domain,
            address=f"{street} {number}, Col. {colonia}",
            postal_code=f"{rng.randint(low, high):05d}",
        )

    def make_phone(self, area: str) -> str:
        """A valid Mexican number, written the way people write them (many ways)."""
        rng = self.rng
        while True:
            rest = 10 - len(area)
            sub = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
            a, b = (sub[:4], sub[4:]) if len(area) == 2 else (sub[:3], sub[3:])
            style = rng.choices(range(6), weights=(30, 20, 20, 12, 12, 6))[0]
            raw = (
                f"{area} {a} {b}",
                f"+52 {area} {a} {b}",
                f"({area}) {a}-{b}",
                f"{area}{sub}",
                f"{area}-{a}-{b}",
                f"+52 1 {area} {a} {b}",  # the old mobile prefix, still in many lists
            )[style]
            number = phones.normalize(raw, "MX")
            if number and number not in self.used_phones:
                self.used_phones.add(number)
                return raw

    def make_email(self, local: str, domain: str) -> str:
        email = f"{local}@{domain}"
        suffix = 2
        while email in self.used_emails:
            email = f"{local}{suffix}@{domain}"
            suffix += 1
        self.used_emails.add(email)
        return email

    def make_person(
        self,
        company: _Company | None,
        *,
        first: str | None = None,
        last: str | None = None,
        female: bool | None = None,
        job: str | None = None,
    ) -> _Person:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.45
        if first is None:
            first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        if last is None:
            surnames = rng.sample(SURNAMES, 2)
            last = " ".join(surnames) if rng.random() < 0.7 else surnames[0]
        if job is None:
            if company is None:
                job = WITHOUT_COMPANY_JOB
            else:
                titles = [(f if female else m) for m, f, _ in JOB_TITLES]
                job = rng.choices(titles, weights=[w for *_, w in JOB_TITLES])[0]
        city = company.city if company else rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
        person = _Person(first, last, female, company, job, city)
        given = _slug(first.split()[0])
        surname = _slug(last.split()[0])
        if company is not None and rng.random() < 0.92:
            local = rng.choice(
                (f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname[0]}")
            )
            person.emails.append(self.make_email(local, company.domain))
            if rng.random() < 0.12 and "compras" in job.lower():
                person.emails.append(self.make_email("compras", company.domain))
        if company is None or rng.random() < 0.18:
            local = f"{given}.{surname}{rng.randint(1, 99)}"
            person.emails.append(self.make_email(local, rng.choice(EMAIL_PROVIDERS)))
        area = city[2]
        person.phones.append(self.make_phone(area))
        if rng.random() < 0.4:
            person.phones.append(self.make_phone(area))
        if rng.random() < 0.3:
            person.notes = rng.choice(CONTACT_NOTES)
        return person

    def make_people(self) -> list[_Person]:
        rng = self.rng
        used: set[str] = set()
        segments = list(SEGMENTS)
        # A few people every demo has, so that the accent-insensitive search can be shown.
        companies = [self.make_company(segment, used) for segment in FEATURED_COMPANIES]
        people = [
            self.make_person(
                companies[p["company"]],
                first=p.get("first_name"),
                last=p.get("last_name"),
                female=p["female"],
                job=p["job_title"],
            )
            for p in FEATURED_PEOPLE
        ]
        while len(companies) < 125:
            segment = rng.choices(segments, weights=SEGMENT_WEIGHTS)[0]
            company = self.make_company(segment, used)
            companies.append(company)
            people.append(self.make_person(company))
        for _ in range(6):
            people.append(self.make_person(None))
        while len(people) < TARGET_CONTACTS:
            people.append(self.make_person(rng.choice(companies)))
        head, tail = people[: len(FEATURED_PEOPLE)], people[len(FEATURED_PEOPLE) :]
        rng.shuffle(tail)
        return head + tail

    def tag_people(self, people: list[_Person]) -> None:
        rng = self.rng
        for person in people:
            tags = []
            if person.company is not None:
                segment_tag = SEGMENTS[person.company.segment][1]
                if rng.random() < 0.8:
                    tags.append(segment_tag)
                if rng.random() < 0.5:
                    tags.append(person.company.city[4])
            if any(p.category in ("won", "reopened_won") for p in person.leads):
                if len(person.leads) > 1 or rng.random() < 0.5:
                    tags.append(TAGS["repeat_buyer"])
                if rng.random() < 0.4:
                    tags.append(TAGS["pays_on_time"])
            if person.job_title.startswith(DECISION_MAKER_TITLES):
                tags.append(TAGS["decision_maker"])
            if person.company and person.company.segment == "alimentos" and rng.random() < 0.4:
                tags.append(TAGS["exporter"])
            person.tags = tags

    # --- leads --------------------------------------------------------------------------

    def make_lead_plans(self, people: list[_Person]) -> list[_LeadPlan]:
        rng = self.rng
        categories = [name for name, count in LEAD_MIX for _ in range(count)]
        rng.shuffle(categories)
        with_company = [p for p in people if p.company is not None]
        chosen = rng.sample(with_company, len(categories) - 6) + rng.sample(
            people[: len(FEATURED_PEOPLE)], 2
        )
        chosen += rng.sample([p for p in people if p.company is None], 2)
        # A few people have more than one lead (another product, another representada).
        chosen += rng.sample(chosen[:40], 2)
        losses = list(LOSSES)
        rng.shuffle(losses)
        stale_stories = list(STALE_STORIES)
        rng.shuffle(stale_stories)
        plans = []
        for category, person in zip(categories, chosen, strict=True):
            plan = self.new_plan(category, person)
            builder = getattr(self, f"plan_{category}")
            if category == "lost":
                builder(plan, losses.pop())
            elif category == "stale":
                builder(plan, stale_stories.pop())
            else:
                builder(plan)
            person.leads.append(plan)
            plans.append(plan)
        self.add_impediments(plans)
        self.add_commitments(plans)
        return plans

    def new_plan(self, category: str, person: _Person) -> _LeadPlan:
        rng = self.rng
        segment = person.company.segment if person.company else "construcción"
        reps = [r for r in REPRESENTADAS if segment in r.segments] or list(REPRESENTADAS)
        rep = rng.choice(reps)
        title, producto = rng.choice(rep.products)
        source = rng.choices(self.sources, weights=SOURCE_WEIGHTS)[0]
        raw = math.exp(rng.uniform(math.log(rep.low), math.log(rep.high)))
        value = Decimal(max(rep.low, int(round(raw / 500)) * 500))
        plan = _LeadPlan(category, person, rep, source, title, producto, value)
        if rng.random() < 0.5:
            plan.value_for_prospect = rng.choice(VALUE_FOR_PROSPECT)
        if rng.random() < 0.25:
            plan.notes = rng.choice(LEAD_NOTES)
        if rng.random() < 0.2:
            plan.open_questions = rng.choice(OPEN_QUESTIONS)
        return plan

    def fill(self, plan: _LeadPlan, text: str, **extra: object) -> str:
        company = plan.person.company
        values = {
            "producto": plan.producto,
            "rep": plan.rep.short,
            "nombre": plan.person.first_name.split()[0],
            "empresa": company.name.split(",")[0] if company else TEXTS["their_site"],
            "sitio": _site(company),
            "ciudad": plan.person.city[0],
            "fuente": plan.source.name,
            "monto": _money(plan.value),
            "folio": f"COT-{self.folio}",
        }
        values.update(extra)
        if "{folio}" in text:
            self.folio += self.rng.randint(1, 7)
        return contract_articles(text.format(**values))

    def next_action(self, plan: _LeadPlan, stage_index: int, due: dt.date, story=None):
        kind, what = story or self.rng.choice(NEXT_ACTIONS[min(stage_index, 4)])
        time = None
        if kind in ("visit", "meeting"):
            time = dt.time(self.rng.choice((9, 10, 11, 12, 13, 16, 17)), self.rng.choice((0, 30)))
        return NextAction(self.fill(plan, what), due, kind, time)

    def history(
        self,
        plan: _LeadPlan,
        target: int,
        last_days: int,
        *,
        count: int | None = None,
        final: tuple[str, str, str] | None = None,
    ) -> list[dt.datetime]:
        """Plan the activities from the first contact up to `last_days` ago, moving the
        lead up to stage `target`. Returns the activity times; each activity's next action
        is due on the day of the following one."""
        rng = self.rng
        n = count or target + rng.randint(1, 3)
        span = n * rng.randint(2, 6) + rng.randint(0, 5)
        received = self.at(last_days + span, rng.randint(8, 19))
        low, high = RESPONSE_HOURS[plan.source.kind]
        first = self.office_hours(received + dt.timedelta(hours=rng.uniform(low, high)))
        last = self.at(last_days)
        middle_days = sorted(
            (rng.randint(last_days + 1, last_days + span - 1) for _ in range(max(n - 2, 0))),
            reverse=True,
        )
        times = [first] + [self.at(d) for d in middle_days] + ([last] if n > 1 else [])
        times = self.increasing(times)
        plan.received_at = min(received, times[0] - dt.timedelta(minutes=30))
        plan.first_action = NextAction(
            NEXT_ACTIONS[0][0][1], plan.received_at.date() + dt.timedelta(days=1)
        )
        # Stage moves: right after the first contact, then spread over the others (not
        # after a closing activity: the lead is won or lost in the stage it reached).
        later = range(1, n - 1 if final else n)
        moves = {0} | set(rng.sample(later, min(max(target - 1, 0), len(later))))
        stage = 0
        used: set[tuple[str, str, str]] = set()
        for i, when in enumerate(times):
            pool = ACTIVITY_POOLS[min(stage, 4)]
            fresh = [t for t in pool if t not in used] or list(pool)
            kind, outcome, notes = rng.choice(fresh)
            used.add((kind, outcome, notes))
            if final is not None and i == n - 1:
                kind, outcome, notes = final
            after = min(stage + 1, target) if i in moves else stage
            if i < n - 1:
                due = times[i + 1].date() - dt.timedelta(days=rng.choice((0, 0, 0, 1)))
                action = self.next_action(plan, after, max(due, when.date()))
            else:
                action = None  # filled in by the category
            place = ""
            if kind == "visit":
                place = self.fill(plan, TEXTS["visit_place"])
            elif kind == "meeting":
                place = rng.choice(TEXTS["meeting_places"])
            plan.ops.append(
                _Op(
                    "log",
                    when,
                    {
                        "kind": kind,
                        "outcome": self.fill(plan, outcome),
                        "notes": self.fill(plan, notes),
                        "place": place,
                        "next_action": action,
                    },
                )
            )
            if after != stage:
                # (moved on the call itself: a stage change is news on the lead too)
                plan.ops.append(_Op("stage", when, {"index": after}))
                stage = after
        plan.stage_index = stage
        return times

    def office_hours(self, when: dt.datetime) -> dt.datetime:
        """Nobody calls a prospect at four in the morning."""
        when = when.replace(second=0, microsecond=0)
        if when.hour < 9:
            when = when.replace(hour=9, minute=self.rng.randint(0, 59))
        elif when.hour >= 19:
            when = (when + dt.timedelta(days=1)).replace(hour=9, minute=self.rng.randint(0, 59))
        return when

    def increasing(self, times: list[dt.datetime]) -> list[dt.datetime]:
        times = sorted(times)
        for i in range(1, len(times)):
            if times[i] <= times[i - 1]:
                times[i] = times[i - 1] + dt.timedelta(minutes=25)
        times[-1] = min(times[-1], self.cap)
        for i in range(len(times) - 2, -1, -1):
            if times[i] >= times[i + 1]:
                times[i] = times[i + 1] - dt.timedelta(minutes=25)
        return times

    def set_last_action(self, plan: _LeadPlan, action: NextAction) -> None:
        last_log = [op for op in plan.ops if op.name == "log"][-1]
        last_log.args["next_action"] = action

    def open_target(self) -> int:
        return self.rng.choices((1, 2, 3, 4), weights=(12, 13, 10, 7))[0]

    def open_dates(self, plan: _LeadPlan) -> None:
        plan.expected_close_date = self.workday(
            self.day + dt.timedelta(days=self.rng.randint(7, 75))
        )

    # Each category: how the lead's history ends.

    def plan_unattended(self, plan: _LeadPlan) -> None:
        rng = self.rng
        hours = rng.choice((2, 5, 9, 20, 28, 52, 78))
        received = min(
            self.moment - dt.timedelta(hours=hours, minutes=rng.randint(0, 50)), self.cap
        )
        plan.received_at = received.replace(second=0)
        # The first call is due the day a lead arrives, or the next; late ones show it.
        due = self.day if hours < 24 else received.date() + dt.timedelta(days=1)
        plan.source = rng.choice([s for s in self.sources if s.kind != "own"])
        plan.first_action = self.next_action(plan, 0, due)
        self.open_dates(plan)

    def plan_due_today(self, plan: _LeadPlan) -> None:
        target = self.open_target()
        last_days = self.rng.randint(1, max(1, min(self.stale_days(target) - 1, 5)))
        self.history(plan, target, last_days)
        self.set_last_action(plan, self.next_action(plan, plan.stage_index, self.day))
        self.open_dates(plan)

    def plan_healthy(self, plan: _LeadPlan) -> None:
        target = self.open_target()
        last_days = self.rng.randint(0, max(0, self.stale_days(target) - 2))
        self.history(plan, target, last_days)
        due = self.workday(self.day + dt.timedelta(days=self.rng.randint(1, 14)))
        self.set_last_action(plan, self.next_action(plan, plan.stage_index, due))
        self.open_dates(plan)

    def plan_overdue(self, plan: _LeadPlan) -> None:
        late = self.rng.choice((1, 2, 3, 5, 8, 12, 18, 25))
        last_days = late + self.rng.randint(2, 7)
        self.history(plan, self.open_target(), last_days)
        due = self.day - dt.timedelta(days=late)
        self.set_last_action(plan, self.next_action(plan, plan.stage_index, due))
        self.open_dates(plan)

    def plan_stale(self, plan: _LeadPlan, story) -> None:
        (kind, what), impediment = story
        target = self.rng.choice((1, 2, 2, 3, 3))
        last_days = self.stale_days(target) + self.rng.randint(3, 15)
        times = self.history(plan, target, last_days)
        due = self.workday(self.day + dt.timedelta(days=self.rng.randint(2, 10)))
        self.set_last_action(plan, self.next_action(plan, target, due, story=(kind, what)))
        plan.ops.append(_Op("impediment", times[-1], {"description": impediment}))
        self.open_dates(plan)

    def plan_won(self, plan: _LeadPlan) -> None:
        rng = self.rng
        act = rng.choices(Closing.ACTS, weights=(3, 6, 2))[0]
        ref = self.reference(act)
        target = rng.choices((3, 4), weights=(1, 3))[0]
        won_days = rng.randint(2, 120)
        kind, outcome, notes = WON_ACTIVITY[act]
        final = (kind, outcome, notes.replace("{ref}", ref))
        times = self.history(plan, target, won_days, count=target + rng.randint(2, 3), final=final)
        self.set_last_action(plan, NextAction(TEXTS["record_the_closing"], times[-1].date()))
        won_on = times[-1].date()
        plan.ops.append(_Op("win", self.later(times[-1], 5), {"act": act, "ref": ref}))
        plan.expected_close_date = won_on
        plan.expected_payment_date = won_on + dt.timedelta(days=rng.choice((30, 45, 60)))
        if plan.expected_payment_date <= self.day and rng.random() < 0.7:
            paid = min(
                plan.expected_payment_date + dt.timedelta(days=rng.randint(-3, 12)), self.day
            )
            plan.ops.append(_Op("commission", self.at((self.day - paid).days)))
            # The representada pays 30 days after the customer; one in four is late
            # (chosen by the date, so that the story's other draws stay as they were).
            received = paid + dt.timedelta(days=30)
            if received <= self.day and paid.toordinal() % 4:
                days = (self.day - received).days
                plan.ops.append(_Op("commission-received", self.at(days, 11, 0)))

    def plan_lost(self, plan: _LeadPlan, loss) -> None:
        rng = self.rng
        reason, words = loss
        kind = rng.choice(("call", "call", "whatsapp", "email", "visit"))
        target = rng.choice((1, 2, 2, 3, 3, 4))
        lost_days = rng.randint(2, 90)
        final = (kind, TEXTS["loss_confirmed"], f"{words}.")
        times = self.history(plan, target, lost_days, final=final)
        self.set_last_action(plan, NextAction(TEXTS["confirm_the_loss"], times[-1].date()))
        plan.ops.append(
            _Op(
                "lose",
                self.later(times[-1], 5),
                {"reason": reason, "words": words, "channel": CHANNEL_BY_KIND[kind]},
            )
        )
        plan.expected_close_date = times[-1].date() + dt.timedelta(days=rng.randint(-10, 30))

    def reopen_story(self, plan: _LeadPlan, lost_days: int, reopen_days: int) -> None:
        """Lost, then the client comes back: the loss stays in the history."""
        words = COMEBACK["words"]
        times = self.history(
            plan, 2, lost_days, final=("call", TEXTS["loss_confirmed"], f"{words}.")
        )
        self.set_last_action(plan, NextAction(TEXTS["confirm_the_loss"], times[-1].date()))
        plan.ops.append(
            _Op(
                "lose",
                self.later(times[-1], 5),
                {"reason": "bought-elsewhere", "words": words, "channel": "phone"},
            )
        )
        back = self.at(reopen_days, 10, 15)
        plan.ops.append(
            _Op(
                "log",
                back,
                {
                    "kind": "call",
                    "outcome": COMEBACK["call"]["outcome"],
                    "notes": COMEBACK["call"]["notes"],
                    "place": "",
                    "next_action": None,
                },
            )
        )
        plan.ops.append(
            _Op(
                "reopen",
                self.later(back, 10),
                {
                    "reason": COMEBACK["reopen_reason"],
                    "next_action": self.next_action(plan, 3, back.date() + dt.timedelta(days=2)),
                },
            )
        )
        plan.ops.append(_Op("stage", self.later(back, 12), {"index": 3}))
        plan.stage_index = 3

    def plan_reopened_open(self, plan: _LeadPlan) -> None:
        self.reopen_story(plan, lost_days=40, reopen_days=9)
        when = self.at(3)
        plan.ops.append(
            _Op(
                "log",
                when,
                {
                    "kind": "visit",
                    "outcome": COMEBACK["visit"]["outcome"],
                    "notes": self.fill(plan, COMEBACK["visit"]["notes"]),
                    "place": self.fill(plan, TEXTS["visit_place"]),
                    "next_action": self.next_action(
                        plan, 3, self.workday(self.day + dt.timedelta(days=4))
                    ),
                },
            )
        )
        self.open_dates(plan)

    def plan_reopened_won(self, plan: _LeadPlan) -> None:
        self.reopen_story(plan, lost_days=90, reopen_days=60)
        plan.ops.append(_Op("stage", self.at(55, 12, 0), {"index": 4}))
        ref = self.reference("purchase-order")
        when = self.at(50, 11, 40)
        kind, outcome, notes = WON_ACTIVITY["purchase-order"]
        plan.ops.append(
            _Op(
                "log",
                when,
                {
                    "kind": kind,
                    "outcome": outcome,
                    "notes": self.fill(plan, notes.replace("{ref}", ref)),
                    "place": "",
                    "next_action": NextAction(TEXTS["record_the_closing"], when.date()),
                },
            )
        )
        plan.ops.append(_Op("win", self.later(when, 5), {"act": "purchase-order", "ref": ref}))
        plan.expected_close_date = when.date()
        plan.expected_payment_date = when.date() + dt.timedelta(days=30)
        plan.ops.append(_Op("commission", self.at(17)))
        plan.stage_index = 4

    def reference(self, act: str) -> str:
        rng = self.rng
        written = TEXTS["references"]  # (a contract's number, a transfer's, an order's)
        if act == "contract":
            return written["contract"].format(year=self.day.year, n=rng.randint(10, 250))
        if act == "payment":
            return written["payment"].format(n=rng.randint(1_000_000, 9_999_999))
        return written["purchase-order"].format(n=rng.randint(1000, 98_999))

    def add_impediments(self, plans: list[_LeadPlan]) -> None:
        """Open impediments on some open leads, resolved ones on open and won leads."""
        rng = self.rng
        attended = [p for p in plans if p.category in ("due_today", "overdue", "healthy")]
        won = [p for p in plans if p.category == "won"]
        for plan in rng.sample(attended, 6):
            description, _ = rng.choice(IMPEDIMENTS)
            when = self.during(plan)
            plan.ops.append(_Op("impediment", when, {"description": description}))
        for plan in rng.sample(attended, 5) + rng.sample(won, 5):
            description, resolution = rng.choice(IMPEDIMENTS)
            opened = self.during(plan, before_last=True)
            resolved = self.during(plan, after=opened)
            plan.ops.append(
                _Op(
                    "impediment",
                    opened,
                    {
                        "description": description,
                        "resolution": self.fill(plan, resolution),
                        "resolved_at": resolved,
                    },
                )
            )

    def during(
        self,
        plan: _LeadPlan,
        *,
        after: dt.datetime | None = None,
        until: dt.date | None = None,
        before_last: bool = False,
    ) -> dt.datetime:
        """When something came up: during one of the lead's logged contacts (a promise is
        made on a call, an impediment is found on a visit), never in the middle of the night."""
        logs = [op.at for op in plan.ops if op.name == "log"]
        if before_last and len(logs) > 1:
            logs = logs[:-1]
        window = [t for t in logs if (after is None or t > after)]
        if until is not None:
            window = [t for t in window if t.date() <= until] or window[:1]
        if not window:
            return self.later(after or logs[-1], 90)
        return self.rng.choice(window)

    def add_commitments(self, plans: list[_LeadPlan]) -> None:
        """Commitments by every party: overdue, due today, ahead, and done."""
        rng = self.rng
        attended = [p for p in plans if p.category in ("due_today", "overdue", "healthy", "stale")]
        won = [p for p in plans if p.category == "won"]
        shapes = ["overdue"] * 5 + ["today"] * 3 + ["ahead"] * 8 + ["done"] * 8
        targets = rng.sample(attended, len(shapes))
        for shape, plan in zip(shapes, targets, strict=True):
            self.commitment(plan, shape)
        for plan in rng.sample(won, 4):
            self.commitment(plan, "done")

    def commitment(self, plan: _LeadPlan, shape: str) -> None:
        rng = self.rng
        owner = rng.choice(Commitment.OWNERS)
        description = self.fill(plan, rng.choice(COMMITMENTS[owner]))
        done_at = None
        if shape == "overdue":
            due = self.day - dt.timedelta(days=rng.randint(1, 9))
            made = self.during(plan, until=due)
        elif shape == "today":
            due = self.day
            made = self.during(plan)
        elif shape == "ahead":
            due = self.workday(self.day + dt.timedelta(days=rng.randint(1, 15)))
            made = self.during(plan)
        else:
            made = self.during(plan, before_last=True)
            done_at = self.during(plan, after=made)
            due = done_at.date() + dt.timedelta(days=rng.randint(0, 3))
        plan.ops.append(
            _Op(
                "commitment",
                made,
                {"owner": owner, "description": description, "due": due, "done_at": done_at},
            )
        )

    # --- playing a plan through the actions -------------------------------------------

    def replay(self, plan: _LeadPlan) -> None:
        """The lead's story, step by step in the order it happened, each step through the
        actions with the clock at its moment."""
        rep = self.rep_rows[plan.rep]
        with clock.fixed_at(plan.received_at):
            lead = leads.add_lead(
                leads.LeadDetails(
                    title=plan.title,
                    value=plan.value,
                    representada=rep,
                    source=plan.source,
                    expected_close_date=plan.expected_close_date,
                    expected_payment_date=plan.expected_payment_date,
                    value_for_prospect=plan.value_for_prospect,
                    notes=plan.notes,
                ),
                plan.first_action,
                contact=plan.person.contact,
            ).lead
            if plan.open_questions:
                leads.save_checklist(lead, open_questions=plan.open_questions)
        plan.lead_id = lead.id
        # (moment, order, step, arguments); a step can bring a later one (an impediment
        # resolved, a commitment kept, the re-order call made).
        steps = [(op.at, n, op.name, op.args) for n, op in enumerate(plan.ops)]
        heapq.heapify(steps)
        order = len(steps)
        while steps:
            at, _, name, args = heapq.heappop(steps)
            with clock.fixed_at(at):
                later = self.play(lead.id, name, args, at)
            for when, step, step_args in later:
                heapq.heappush(steps, (when, order, step, step_args))
                order += 1

    def play(  # noqa: C901 - one branch per step of a story
        self, lead_id: int, name: str, args: dict, at: dt.datetime
    ) -> list[tuple]:
        """One step of a lead's story, at `at` (the clock's moment); returns the steps it
        brings later (moment, name, arguments)."""
        if name == "log":
            is_open = Lead.get_by_id(lead_id).status == Lead.OPEN
            followups.log_activity(
                lead_id,
                args["kind"],
                notes=args["notes"],
                outcome=args["outcome"],
                place=args["place"],
                next_action=args["next_action"] if is_open else None,
            )
        elif name == "stage":
            leads.change_stage(lead_id, self.stage(args["index"]))
        elif name == "impediment":
            impediment = checklist.add_impediment(lead_id, args["description"]).impediment
            if args.get("resolution"):
                return [(args["resolved_at"], "resolve", {"id": impediment.id, **args})]
        elif name == "resolve":
            checklist.resolve_impediment(args["id"], args["resolution"])
        elif name == "commitment":
            made = checklist.add_commitment(
                lead_id, args["owner"], args["description"], args["due"]
            ).commitment
            if args["done_at"] is not None:
                return [(args["done_at"], "kept", {"id": made.id})]
        elif name == "kept":
            checklist.complete_commitment(args["id"])
        elif name == "win":
            closed = closing.win(lead_id, args["act"], at.date(), args["ref"])
            made = self.reorder_call(closed.reorder)
            if made is not None:
                return [made]
        elif name == "reorder-done":
            followups.mark_done(
                followups.FollowUp("activity", args["id"]),
                outcome=args["outcome"],
                notes=args["notes"],
            )
        elif name == "lose":
            closing.lose(lead_id, args["reason"], args["words"], at.date(), args["channel"])
        elif name == "reopen":
            closing.reopen(lead_id, args["reason"], args["next_action"])
        elif name == "commission":
            # The customer paid the sale (rule 8: the commission is due after it).
            lead = Lead.get_by_id(lead_id)
            commission_actions.record(
                lead_id, "customer-paid", lead.value, self.done_date(at.date())
            )
        elif name == "commission-received":
            closing.record_commission(lead_id, self.done_date(at.date()))
        return []

    def reorder_call(self, call: Activity | None) -> tuple | None:
        """Most re-order calls that fell due were made (rule 7); a few are still pending.
        Returns the step that makes it, when it is made."""
        if call is None or call.due_at > self.cap - dt.timedelta(days=1):
            return None
        if self.rng.random() < 0.3:
            return None
        when = min(call.due_at + dt.timedelta(hours=self.rng.randint(0, 30)), self.cap)
        outcome, notes = self.rng.choice(REORDER_OUTCOMES)
        notes = notes.format(rep=call.lead.representada.name)
        return when, "reorder-done", {"id": call.id, "outcome": outcome, "notes": notes}

    # --- the calendar -----------------------------------------------------------------------

    def plan_calendar(self, people: list[_Person], plans: list[_LeadPlan]) -> None:
        """Visits, meetings and calls in the coming weeks (one today, one forgotten), each
        planned some days before it (after the lead's last news)."""
        rng = self.rng
        healthy = [p for p in plans if p.category in ("healthy", "due_today")]
        for i, plan in enumerate(rng.sample(healthy, 9)):
            kind, subject, place = rng.choice(PLANNED)
            if i == 0:
                due = dt.datetime.combine(self.day, dt.time(17, 0))
            else:
                day = self.workday(self.day + dt.timedelta(days=rng.randint(1, 24)))
                due = dt.datetime.combine(day, dt.time(rng.choice((9, 10, 12, 16)), 30))
            lead = Lead.get_by_id(plan.lead_id)
            subject, place = self.fill(plan, subject), self.fill(plan, place)
            with clock.fixed_at(self.planned_on(due, lead.last_activity_at)):
                followups.plan_activity(
                    lead.contact_id, kind, due, lead=lead.id, subject=subject, place=place
                )
        loners = [p for p in people if not p.leads and p.company is not None]
        for i, person in enumerate(rng.sample(loners, len(COURTESY))):
            kind, subject, place = COURTESY[i]
            if i == 1:  # planned and forgotten: it shows as overdue
                due = dt.datetime.combine(self.day - dt.timedelta(days=2), dt.time(11, 0))
            else:
                day = self.workday(self.day + dt.timedelta(days=rng.randint(2, 20)))
                due = dt.datetime.combine(day, dt.time(rng.choice((10, 11, 13)), 0))
            values = {
                "empresa": person.company.name.split(",")[0],
                "ciudad": person.company.city[0],
                "sitio": _site(person.company),
                "rep": rng.choice(REPRESENTADAS).short,
            }
            with clock.fixed_at(self.planned_on(due, None)):
                followups.plan_activity(
                    person.contact.id,
                    kind,
                    due,
                    subject=subject.format(**values),
                    place=place.format(**values),
                )

    def planned_on(self, due: dt.datetime, after: dt.datetime | None) -> dt.datetime:
        """When a calendar entry was made: after the lead's last news (else some days
        ago), never after it is due nor after now."""
        made = after or self.at(self.rng.randint(3, 12))
        return min(made, due, self.cap)
