"""Working a follow-up: logging what was done, planning an activity, marking a follow-up
done, and moving one to another day (with its undo).

A follow-up is a lead's next action, a planned activity or a commitment, named by a
:class:`FollowUp` (the reminders' `lead-12`, `activity-5`, `commitment-3`). Today's row,
a reminder's Done, a drag on the calendar: each calls `mark_done` or `reschedule` here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from contactos import rules
from contactos.actions import checklist
from contactos.actions.common import get, row_ref, transaction
from contactos.models import Activity, Commitment, Contact, Lead
from contactos.rules import NextAction, RescheduledDue

KINDS = ("lead", "activity", "commitment")
MODELS = {"lead": Lead, "activity": Activity, "commitment": Commitment}


@dataclass(frozen=True)
class FollowUp:
    """Which follow-up: `kind` 'lead' (its next action), 'activity' (a planned one) or
    'commitment', and the id of that lead, activity or commitment."""

    kind: str
    id: int

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"not a kind of follow-up: {self.kind!r}")

    @property
    def key(self) -> str:
        return f"{self.kind}-{self.id}"


@dataclass(frozen=True)
class Logged:
    activity: Activity
    lead: Lead | None


@dataclass(frozen=True)
class Done:
    """A follow-up marked done: the activity logged or completed (a lead's next action,
    a planned activity), or the commitment kept."""

    target: FollowUp
    activity: Activity | None = None
    commitment: Commitment | None = None


@dataclass(frozen=True)
class Rescheduled:
    """A follow-up moved: the date (and hour) it had `before` and has `after`, for the
    undo."""

    target: FollowUp
    before: RescheduledDue
    after: RescheduledDue


def log_activity(
    lead: Lead | int,
    kind: str,
    *,
    outcome: str = "",
    notes: str = "",
    place: str = "",
    subject: str = "",
    subject_template: str = "",
    done_at: dt.datetime | None = None,
    next_action: NextAction | None = None,
    keep_next_action: bool = False,
) -> Logged:
    """Something done on a lead (a call, a visit, a message, a note). On an open lead,
    rule 2: with its next action, or keeping the current one while it is still ahead."""
    with transaction():
        row = get(Lead, lead)
        activity = rules.log_activity(
            row,
            kind,
            notes=notes,
            outcome=outcome,
            subject=subject,
            subject_template=subject_template,
            place=place,
            done_at=done_at,
            next_action=next_action,
            keep_next_action=keep_next_action,
        )
    return Logged(activity, row)


def plan_activity(
    contact: Contact | int,
    kind: str,
    due_at: dt.datetime,
    *,
    lead: Lead | int | None = None,
    subject: str = "",
    place: str = "",
    notes: str = "",
) -> Logged:
    """A visit, call or task put in the calendar (besides a lead's next action)."""
    with transaction():
        activity = rules.plan_activity(
            get(Contact, contact),
            kind,
            due_at,
            lead=get(Lead, lead) if lead is not None else None,
            subject=subject,
            place=place,
            notes=notes,
        )
    return Logged(activity, activity.lead if activity.lead_id else None)


def mark_done(
    target: FollowUp,
    *,
    kind: str | None = None,
    outcome: str = "",
    notes: str = "",
    place: str = "",
    next_action: NextAction | None = None,
    keep_next_action: bool = False,
    done_at: dt.datetime | None = None,
    subject: str | None = None,
    subject_template: str | None = None,
) -> Done:
    """A follow-up was done. A lead's next action is logged as an activity of `kind`
    (default: the next action's) with the next action as its subject (or `subject` /
    `subject_template`: the one the person saw, when it changed meanwhile); a planned
    activity is completed; a commitment is kept. On an open lead, rule 2 asks for the next action
    (`next_action`, or `keep_next_action` while the current one is still ahead; not when
    it is the one being done)."""
    if target.kind == "commitment":
        return Done(target, commitment=checklist.complete_commitment(target.id).commitment)
    with transaction():
        if target.kind == "lead":
            lead = get(Lead, target.id)
            activity = rules.log_activity(
                lead,
                kind or lead.next_action_kind or "call",
                outcome=outcome,
                notes=notes,
                place=place,
                subject=lead.next_action_what if subject is None else subject,
                subject_template=(
                    lead.next_action_template if subject_template is None else subject_template
                ),
                done_at=done_at,
                next_action=next_action,
                keep_next_action=keep_next_action,
            )
        else:
            activity = rules.complete_activity(
                get(Activity, target.id),
                outcome=outcome,
                notes=notes,
                next_action=next_action,
                keep_next_action=keep_next_action,
                done_at=done_at,
            )
    return Done(target, activity=activity)


def reschedule(target: FollowUp, day: dt.date, time: dt.time | None = None) -> Rescheduled:
    """Move a follow-up to `day`, keeping what it is: a lead's next action to `day` at
    `time` (None: no hour); a planned activity to `day`, at `time` or its own hour; a
    commitment (it has a date only) to `day`. Refused for a day in the past. The move is
    kept in the lead's (or the contact's) history."""
    with transaction():
        row = get(MODELS[target.kind], target.id)
        before = RescheduledDue.of(row)
        if target.kind == "lead":
            row = rules.reschedule(row, day, time)
        elif target.kind == "activity":
            at = time if time is not None else row.due_at.time()
            row = rules.reschedule_activity(row, dt.datetime.combine(day, at))
        else:
            row = rules.reschedule_commitment(row, day)
        after = RescheduledDue.of(row)
        if after != before:
            rules.record_move(row, before, after)
    return Rescheduled(target, before, after)


def undo_reschedule(moved: Rescheduled) -> None:
    """Put back the date a reschedule changed, while the follow-up still has the one it
    gave (refused, with why, when it was moved again, done or deleted since). The
    earlier date is put back as it was, even one now past; the history keeps both the
    move and its undo."""
    with transaction():
        rules.undo_reschedule(
            row_ref(MODELS[moved.target.kind], moved.target.id), moved.before, moved.after
        )
        if moved.before != moved.after:
            row = get(MODELS[moved.target.kind], moved.target.id)
            rules.record_move(row, moved.after, moved.before, undone=True)
