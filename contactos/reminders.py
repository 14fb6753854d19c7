"""Reminders: when each planned follow-up fires, what fired and was not seen yet, snoozes.

A reminder belongs to one follow-up at one due moment. The follow-ups are:

- an open lead's next action (id `lead-12`),
- a planned activity not done yet (`activity-5`): a visit, a call, the re-order call,
- a commitment not done yet (`commitment-3`), which has a date only;
- late money of a won lead (rule 8): a customer payment past the lead's expected payment
  date (`payment-12`, the lead's id), a commission past its terms (`commission-12`).
  It is in the morning round of every day from the day after its date until it is
  recorded (each day's is a reminder of its own, `due` that day).

One with a time fires `reminder_minutes` before it (default 10); one with a date only
(a planned activity at midnight means "that day") fires at the morning hour of its day
(`reminder_morning`, 09:00), together with the commitments due that day: the morning
round. A snooze moves the reminder; moving or finishing the follow-up ends it (the
reminder of the new time is another one), so a follow-up done or moved before its time
never fires.

Times are local wall-clock times from `contactos.clock`; "ten minutes before" is a real
duration (clock.shift), right on the nights the clocks change.

What the program did with each reminder (shown, snoozed) is kept in ReminderState. A
reminder is *active* from its firing until its follow-up is done or moved, or it is
snoozed again; the program shows each one once when it fires (a notification), or, when
it fired while the program was not running or the computer slept, at the next start in
one list. Reminders that fired before the program first watched (`reminders_since`) are
not reminders: they are the overdue follow-ups of the day's queue.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from peewee import JOIN

from contactos import clock, settings
from contactos.dates import BadDate, db_date, db_datetime, parse_date
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError
from contactos.models import (
    Activity,
    Commitment,
    Contact,
    Lead,
    ReminderState,
    database,
    display_name,
)

KINDS = ("lead", "activity", "commitment", "payment", "commission")
# The reminder kind of each kind of late money (contactos.commissions.Late.kind).
MONEY_KINDS = {"customer-payment": "payment", "commission": "commission"}
MAX_MINUTES = 24 * 60  # the longest lead time the settings accept
SNOOZES = ("10min", "1h", "tomorrow")  # the quick choices (and a chosen time)


class ReminderError(TranslatableError):
    context = "Reminders"


@dataclass(frozen=True)
class Reminder:
    """One follow-up at one due moment, and when it fires."""

    key: str  # 'lead-12', 'activity-5', 'commitment-3'
    kind: str  # 'lead', 'activity' or 'commitment'
    target_id: int  # the lead's, activity's or commitment's id
    lead_id: int | None
    action: str  # call, visit... ('' for a commitment)
    what: str  # the next action, the activity's subject, the commitment
    title: str  # the lead's title
    contact: str
    company: str
    due_day: dt.date
    due_time: dt.time | None  # None: the day only
    fire_at: dt.datetime  # when it fires: planned, deferred or snoozed
    snoozed_until: dt.datetime | None = None
    deferred_to: dt.datetime | None = None
    shown_at: dt.datetime | None = None
    owner: str = ""  # a commitment's: me, prospect, representada
    amount: Decimal | None = None  # late money's: still to be paid, in `currency`
    currency: str = ""

    @property
    def id(self) -> str:
        return self.key

    @property
    def due(self) -> str:
        """The due moment as ISO text: what identifies this reminder of the follow-up."""
        if self.due_time is None:
            return self.due_day.isoformat()
        return dt.datetime.combine(self.due_day, self.due_time).isoformat()

    @property
    def due_moment(self) -> dt.datetime:
        return dt.datetime.combine(self.due_day, self.due_time or dt.time(0, 0))

    @property
    def is_new(self) -> bool:
        """Fired and not shown since (a snooze that ended fires again)."""
        return self.shown_at is None or self.shown_at < self.fire_at

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.key,
            "kind": self.kind,
            "action": self.action,
            "lead_id": self.lead_id,
            "lead": self.title,
            "contact": self.contact,
            "company": self.company,
            "what": self.what,
            "due": self.due,
            "fires_at": self.fire_at.isoformat(),
            "snoozed_until": self.snoozed_until.isoformat() if self.snoozed_until else None,
            "shown": self.shown_at is not None,
        } | (
            {
                "amount": float(self.amount) if self.amount is not None else None,
                "currency": self.currency,
            }
            if self.kind in MONEY_KINDS.values()
            else {}
        )


# --- Settings ------------------------------------------------------------------------------


def lead_minutes() -> int:
    try:
        return min(max(int(settings.get("reminder_minutes")), 0), MAX_MINUTES)
    except (TypeError, ValueError):
        return settings.DEFAULTS["reminder_minutes"]


def morning() -> dt.time:
    try:
        return dt.time.fromisoformat(str(settings.get("reminder_morning")))
    except ValueError:
        return dt.time.fromisoformat(settings.DEFAULTS["reminder_morning"])


def watching_since(moment: dt.datetime | None = None, *, start: bool = False) -> dt.datetime:
    """Since when reminders count: the start of the day the program first watched.
    `start` (the window starting) writes it the first time; the command line only reads."""
    value = settings.get("reminders_since")
    if value:
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    moment = moment or clock.now()
    since = dt.datetime.combine(moment.date(), dt.time(0, 0))
    if start:
        settings.put("reminders_since", since.isoformat())
    return since


def planned_fire(
    day: dt.date, time: dt.time | None, minutes: int | None = None, hour: dt.time | None = None
) -> dt.datetime:
    """When a follow-up due on `day` (at `time`) fires, before any snooze."""
    if time is None:
        return dt.datetime.combine(day, hour or morning())
    minutes = lead_minutes() if minutes is None else minutes
    return clock.shift(dt.datetime.combine(day, time), -dt.timedelta(minutes=minutes))


def is_due(moment: dt.datetime, now: dt.datetime) -> bool:
    """`moment` has come (compared as instants: the repeated hour of the night the clocks
    go back is told apart by `fold`)."""
    return clock.instant(moment) <= clock.instant(now)


# --- Reading the follow-ups ------------------------------------------------------------------


def _follow_ups(
    first: dt.date | None, last: dt.date | None, ids: dict[str, list[int]] | None = None
) -> list[Reminder]:
    """The pending follow-ups due between `first` and `last` (or with the given ids),
    without their state: fire_at is the planned one."""
    minutes, hour = lead_minutes(), morning()
    found: list[Reminder] = []

    def wanted(kind: str, id_field, day_field, day_cast=lambda d: d):
        condition = True
        if ids is not None:
            return id_field.in_(ids.get(kind, []) or [0])
        if first is not None:
            condition = day_field >= day_cast(first)
        if last is not None:
            condition = condition & (day_field < day_cast(last + dt.timedelta(days=1)))
        return condition

    leads = (
        Lead.select(
            Lead.id,
            Lead.title,
            Lead.next_action_kind,
            Lead.next_action_what,
            Lead.next_action_due,
            Lead.next_action_time,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
        )
        .join(Contact, on=(Lead.contact == Contact.id))
        .where(
            (Lead.status == Lead.OPEN)
            & Lead.next_action_due.is_null(False)
            & wanted("lead", Lead.id, Lead.next_action_due)
        )
    )
    for lead_id, title, kind, what, due, time, first_name, last_name, company in database.execute(
        leads
    ).fetchall():
        day = db_date(due)
        at = dt.time.fromisoformat(time) if isinstance(time, str) else time
        found.append(
            Reminder(
                key=f"lead-{lead_id}",
                kind="lead",
                target_id=lead_id,
                lead_id=lead_id,
                action=kind or "call",
                what=what,
                title=title,
                contact=display_name(first_name, last_name, company),
                company=company,
                due_day=day,
                due_time=at,
                fire_at=planned_fire(day, at, minutes, hour),
            )
        )

    def as_moment(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(0, 0))

    activities = (
        Activity.select(
            Activity.id,
            Activity.lead,
            Activity.kind,
            Activity.subject,
            Activity.due_at,
            Lead.title,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
        )
        .join(Contact, on=(Activity.contact == Contact.id))
        .switch(Activity)
        .join(Lead, JOIN.LEFT_OUTER, on=(Activity.lead == Lead.id))
        .where(
            (~Activity.done)
            & Activity.due_at.is_null(False)
            & wanted("activity", Activity.id, Activity.due_at, as_moment)
        )
    )
    for (
        activity_id,
        lead_id,
        kind,
        subject,
        due_at,
        title,
        first_name,
        last_name,
        company,
    ) in database.execute(activities).fetchall():
        due_at = db_datetime(due_at)
        at = None if due_at.time() == dt.time(0, 0) else due_at.time()  # midnight: that day
        found.append(
            Reminder(
                key=f"activity-{activity_id}",
                kind="activity",
                target_id=activity_id,
                lead_id=lead_id,
                action=kind,
                what=subject,
                title=title or "",
                contact=display_name(first_name, last_name, company),
                company=company,
                due_day=due_at.date(),
                due_time=at,
                fire_at=planned_fire(due_at.date(), at, minutes, hour),
            )
        )

    commitments = (
        Commitment.select(
            Commitment.id,
            Commitment.lead,
            Commitment.owner,
            Commitment.description,
            Commitment.due,
            Lead.title,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
        )
        .join(Lead, on=(Commitment.lead == Lead.id))
        .join(Contact, on=(Lead.contact == Contact.id))
        .where(
            Commitment.done_at.is_null()
            & Commitment.due.is_null(False)
            & wanted("commitment", Commitment.id, Commitment.due)
        )
    )
    for (
        commitment_id,
        lead_id,
        owner,
        description,
        due,
        title,
        first_name,
        last_name,
        company,
    ) in database.execute(commitments).fetchall():
        day = db_date(due)
        found.append(
            Reminder(
                key=f"commitment-{commitment_id}",
                kind="commitment",
                target_id=commitment_id,
                lead_id=lead_id,
                action="",
                what=description,
                title=title,
                contact=display_name(first_name, last_name, company),
                company=company,
                due_day=day,
                due_time=None,
                fire_at=planned_fire(day, None, minutes, hour),
                owner=owner,
            )
        )
    found += _late_money(first, last, ids, hour)
    return found


def _late_money(
    first: dt.date | None, last: dt.date | None, ids: dict[str, list[int]] | None, hour: dt.time
) -> list[Reminder]:
    """Late money's reminders: one in the morning round of each day from the day after
    its date (from today up to `last`); with `ids`, today's, of those leads."""
    from contactos import commissions
    from contactos.i18n import translate

    if ids is not None and not any(ids.get(k) for k in MONEY_KINDS.values()):
        return []
    today = clock.today()
    found = []
    for late in commissions.late(last or today):
        kind = MONEY_KINDS[late.kind]
        if ids is not None:
            if late.lead_id not in ids.get(kind, []):
                continue
            days = [today]
        else:
            # (an earlier day's is superseded by today's: one reminder a day, never two)
            start = max(late.due + dt.timedelta(days=1), first or today, today)
            days = [start + dt.timedelta(days=n) for n in range(((last or today) - start).days + 1)]
        for day in days:
            found.append(
                Reminder(
                    key=f"{kind}-{late.lead_id}",
                    kind=kind,
                    target_id=late.lead_id,
                    lead_id=late.lead_id,
                    action="",
                    what=translate("Commissions", commissions.LATE_LABELS[late.kind]),
                    title=late.title,
                    contact=late.contact,
                    company="",
                    due_day=day,
                    due_time=None,
                    fire_at=planned_fire(day, None, 0, hour),
                    amount=late.amount,
                    currency=late.currency,
                )
            )
    return found


def _with_state(follow_ups: list[Reminder]) -> list[Reminder]:
    """Each follow-up with what was done with its reminder (snoozed, deferred, shown)."""
    if not follow_ups:
        return []
    states: dict[tuple[str, str], ReminderState] = {}
    keys = sorted({r.key for r in follow_ups})
    for chunk in (keys[i : i + 500] for i in range(0, len(keys), 500)):
        for state in ReminderState.select().where(ReminderState.key.in_(chunk)):
            states[(state.key, state.due)] = state
    result = []
    for reminder in follow_ups:
        state = states.get((reminder.key, reminder.due))
        if state is None:
            result.append(reminder)
            continue
        fire = state.snoozed_until or state.deferred_to or reminder.fire_at
        result.append(
            replace(
                reminder,
                fire_at=fire,
                snoozed_until=state.snoozed_until,
                deferred_to=state.deferred_to,
                shown_at=state.shown_at,
            )
        )
    return result


def parse_key(key: str) -> tuple[str, int]:
    """(kind, id) of a reminder id: `lead-12` is ("lead", 12); refused when it is not one."""
    kind, _, number = (key or "").strip().lower().partition("-")
    if kind not in KINDS or not number.isdigit():
        raise ReminderError(
            QT_TRANSLATE_NOOP(
                "Reminders",
                "'{id}' is not a reminder id: they look like lead-12, activity-5, "
                "commitment-3, payment-12 or commission-12 (see 'contactos reminders').",
            ),
            id=key,
        )
    return kind, int(number)


def find(key: str) -> Reminder | None:
    """The reminder of a pending follow-up by its id (`lead-12`), None when the follow-up
    is done, closed or gone."""
    kind, number = parse_key(key)
    found = _with_state(_follow_ups(None, None, {kind: [number]}))
    return found[0] if found else None


def _around(since: dt.datetime, moment: dt.datetime) -> list[Reminder]:
    """The follow-ups that may have fired since `since` or fire in the next day or so,
    and every snoozed or deferred one, with their state."""
    first = since.date() - dt.timedelta(days=1)
    last = moment.date() + dt.timedelta(days=2)
    follow_ups = _follow_ups(first, last)
    known = {r.key for r in follow_ups}
    moved = {}
    for state in ReminderState.select(ReminderState.key).where(
        ReminderState.snoozed_until.is_null(False) | ReminderState.deferred_to.is_null(False)
    ):
        if state.key not in known:
            kind, number = parse_key(state.key)
            moved.setdefault(kind, []).append(number)
    if moved:
        follow_ups += _follow_ups(None, None, moved)
    return _with_state(follow_ups)


def _newest_first(reminders: list[Reminder]) -> list[Reminder]:
    return sorted(reminders, key=lambda r: (clock.instant(r.fire_at), r.key), reverse=True)


def active(moment: dt.datetime | None = None) -> list[Reminder]:
    """The reminders that have fired and still wait for the person (their follow-up not
    done nor moved, not snoozed past `moment`), newest first."""
    moment = moment or clock.now()
    since = watching_since(moment)
    return _newest_first(
        [
            r
            for r in _around(since, moment)
            if is_due(r.fire_at, moment) and clock.instant(r.fire_at) >= clock.instant(since)
        ]
    )


def next_fire(moment: dt.datetime | None = None) -> dt.datetime | None:
    """When the next reminder fires (within the next day or so), None when none does."""
    moment = moment or clock.now()
    later = [r.fire_at for r in _around(moment, moment) if not is_due(r.fire_at, moment)]
    return min(later, key=clock.instant) if later else None


# --- Writing what was done with them ------------------------------------------------------


def _upsert(reminder: Reminder, **values: object) -> None:
    state = ReminderState.get_or_none(
        (ReminderState.key == reminder.key) & (ReminderState.due == reminder.due)
    )
    if state is None:
        ReminderState.create(key=reminder.key, due=reminder.due, **values)
    else:
        for name, value in values.items():
            setattr(state, name, value)
        state.save()


def mark_shown(reminders: list[Reminder], moment: dt.datetime | None = None) -> None:
    """These reminders were shown (a notification, the reminder window) at `moment`."""
    if not reminders:
        return
    moment = moment or clock.now()
    with database.atomic():
        for reminder in reminders:
            _upsert(reminder, shown_at=moment)


def _defer(reminder: Reminder) -> Reminder:
    """Planned inside its lead time while the program watched (a call at 11:00 written
    at 10:58): it fires at its own time rather than at once."""
    moment = reminder.due_moment
    with database.atomic():
        _upsert(reminder, deferred_to=moment)
    return replace(reminder, deferred_to=moment, fire_at=moment)


def snooze_until(choice: str, moment: dt.datetime | None = None) -> dt.datetime:
    """The moment a quick snooze choice ('10min', '1h', 'tomorrow') means."""
    moment = moment or clock.now()
    if choice == "10min":
        return clock.shift(moment, dt.timedelta(minutes=10))
    if choice == "1h":
        return clock.shift(moment, dt.timedelta(hours=1))
    if choice == "tomorrow":
        return dt.datetime.combine(moment.date() + dt.timedelta(days=1), morning())
    raise ValueError(choice)


def snooze(key: str, until: dt.datetime, moment: dt.datetime | None = None) -> Reminder:
    """Snooze the reminder of a pending follow-up until `until` (kept across restarts).
    Opens no transaction: a person snoozes through contactos.actions.reminders."""
    moment = moment or clock.now()
    reminder = find(key)
    if reminder is None:
        raise ReminderError(
            QT_TRANSLATE_NOOP(
                "Reminders",
                "There is no reminder {id}: its follow-up is done, closed or deleted.",
            ),
            id=key,
        )
    until = until.replace(microsecond=0, tzinfo=None)
    if is_due(until, moment):
        raise ReminderError(
            QT_TRANSLATE_NOOP(
                "Reminders", "A reminder can only be snoozed until a time still ahead."
            )
        )
    _upsert(reminder, snoozed_until=until)  # (in the transaction of actions.reminders.snooze)
    return replace(reminder, snoozed_until=until, fire_at=until)


def forget_finished() -> int:
    """Forget the state of reminders whose follow-up was done, moved or deleted."""
    states = list(ReminderState.select())
    if not states:
        return 0
    ids: dict[str, list[int]] = {}
    for state in states:
        try:
            kind, number = parse_key(state.key)
        except ReminderError:
            continue
        ids.setdefault(kind, []).append(number)
    current = {(r.key, r.due) for r in _follow_ups(None, None, ids)}
    stale = [s.id for s in states if (s.key, s.due) not in current]
    with database.atomic():
        for chunk in (stale[i : i + 500] for i in range(0, len(stale), 500)):
            ReminderState.delete().where(ReminderState.id.in_(chunk)).execute()
    return len(stale)


# --- Reading "until when" ------------------------------------------------------------------

_DURATION = re.compile(
    r"^\+?(\d{1,4})\s*(m|min|mins|minutes?|minutos?|h|hours?|horas?|d|days?|d[ií]as?)$"
)
_TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})$")


def parse_until(text: str, moment: dt.datetime | None = None) -> dt.datetime:
    """Read when to snooze until: `10m`, `1h`, `2d`, `tomorrow` (its morning round),
    `15:30` (the next 15:30), a date (its morning round) or a date and a time
    (`2026-12-01 15:30`, `01/12/2026 15:30`, `2026-12-01T15:30`)."""
    moment = moment or clock.now()
    value = " ".join((text or "").strip().lower().split())
    match = _DURATION.match(value)
    if match:
        amount, unit = int(match.group(1)), match.group(2)
        delta = (
            dt.timedelta(minutes=amount)
            if unit.startswith("m")
            else dt.timedelta(hours=amount)
            if unit.startswith("h")
            else dt.timedelta(days=amount)
        )
        return clock.shift(moment, delta)
    if value in ("tomorrow", "mañana", "manana"):
        return snooze_until("tomorrow", moment)
    match = _TIME.match(value)
    if match:
        return _at(moment.date(), match, moment, text)
    value = re.sub(r"^(\d{4}-\d{2}-\d{2})t", r"\1 ", value)  # 2026-12-01T15:30
    day_text, _, time_text = value.partition(" ")
    try:
        day = parse_date(day_text)
    except BadDate:
        raise _bad_until(text) from None
    if not time_text:
        return dt.datetime.combine(day, morning())
    match = _TIME.match(time_text.strip()) or re.match(r"^(\d{1,2}):(\d{2}):\d{2}$", time_text)
    if not match:
        raise _bad_until(text)
    return _at(day, match, None, text)


def _at(day: dt.date, match: re.Match, moment: dt.datetime | None, text: str) -> dt.datetime:
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise _bad_until(text)
    chosen = dt.datetime.combine(day, dt.time(hour, minute))
    if moment is not None and is_due(chosen, moment):  # 15:30 said at 16:00: tomorrow's
        chosen += dt.timedelta(days=1)
    return chosen


def _bad_until(text: str) -> ReminderError:
    return ReminderError(
        QT_TRANSLATE_NOOP(
            "Reminders",
            "'{text}' is not a time to snooze until. Write 10m, 1h, tomorrow, 15:30 or "
            "a date and a time such as 01/12/2026 15:30.",
        ),
        text=text,
    )


# --- The schedule a running program keeps ----------------------------------------------------


@dataclass
class Round:
    """What one look at the schedule found."""

    notify: list[Reminder] = field(default_factory=list)  # fired now: a notification each
    missed: list[Reminder] = field(default_factory=list)  # fired while not watching: one list
    deferred: list[Reminder] = field(default_factory=list)  # will fire at their own time
    held: list[Reminder] = field(default_factory=list)  # fired during a pause
    next_fire: dt.datetime | None = None


class Schedule:
    """The reminders a running program watches, looked at again whenever something may
    have changed (a follow-up added, done, moved or deleted; the computer woke; the date
    changed) and when the next one is due.

    The first look after the start, and the first after a sleep, reports what fired
    meanwhile as `missed` (one list); later looks report what fires as `notify`. A
    follow-up that appears already inside its lead time is deferred to its own time.
    Each reminder reported is marked shown, so it is reported once.
    """

    def __init__(self) -> None:
        self._seen: set[tuple[str, str]] | None = None
        self.paused_until: dt.datetime | None = None

    def pause(self, until: dt.datetime | None) -> None:
        """No notifications until `until` (None: resume); what fires meanwhile comes
        when the pause ends."""
        self.paused_until = until

    def is_paused(self, moment: dt.datetime | None = None) -> bool:
        moment = moment or clock.now()
        return self.paused_until is not None and not is_due(self.paused_until, moment)

    def check(self, moment: dt.datetime | None = None, *, woke: bool = False) -> Round:
        moment = moment or clock.now()
        first = self._seen is None
        since = watching_since(moment, start=first)
        around = _around(since, moment)
        result = Round()
        for reminder in around:
            fired = is_due(reminder.fire_at, moment) and clock.instant(
                reminder.fire_at
            ) >= clock.instant(since)
            if not fired or not reminder.is_new:
                continue
            occurrence = (reminder.key, reminder.due)
            if first or woke:
                result.missed.append(reminder)
            elif (
                occurrence not in self._seen
                and reminder.snoozed_until is None
                and reminder.deferred_to is None
                and reminder.due_time is not None
                and not is_due(reminder.due_moment, moment)
            ):
                result.deferred.append(_defer(reminder))
            elif self.is_paused(moment):
                result.held.append(reminder)
            else:
                result.notify.append(reminder)
        mark_shown(result.notify + result.missed, moment)
        self._seen = {(r.key, r.due) for r in around}
        deferred = {r.key: r for r in result.deferred}
        later = [
            clock.instant(deferred.get(r.key, r).fire_at)
            for r in around
            if not is_due(deferred.get(r.key, r).fire_at, moment)
        ]
        if result.held and self.paused_until is not None:
            later.append(clock.instant(self.paused_until))
        result.next_fire = clock.wall(min(later)) if later else None
        result.notify = _newest_first(result.notify)
        result.missed = _newest_first(result.missed)
        return result
