"""The follow-up doctrine (PRODUCT.md, rules 1-9), enforced in one place.

Every function that changes a lead validates first and writes afterwards: when a rule
refuses, :class:`FollowUpError` is raised and nothing has been written. No function here
opens a transaction: each thing a person does is one function of :mod:`contactos.actions`,
which opens the transaction, calls the rules it needs (several of them, for one action,
are then all or nothing) and returns what was done. The command line, the dialogs and the
views call the actions and show the error's message; they never re-implement a rule.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import operator
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from contactos import amounts, clock, search, settings, stages
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError, Translated, translate
from contactos.models import (
    Activity,
    Closing,
    Commitment,
    Contact,
    Impediment,
    ImportBatch,
    Lead,
    Reopening,
    Representada,
    Source,
    Stage,
    StageChange,
    now,
)


class FollowUpError(TranslatableError):
    """A follow-up rule refused a change. `field` names the input the message is about."""

    context = "Rules"

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)

    @classmethod
    def about(cls, error: TranslatableError, field: str) -> FollowUpError:
        """Another module's refusal (an unreadable amount), as a refusal about `field`."""
        refusal = cls(error.template, field=field, **error.params)
        refusal.context = error.context
        return refusal


# Labels for the fixed vocabularies, marked for translation.
ACT_LABELS = {
    "contract": QT_TRANSLATE_NOOP("Rules", "Signed contract"),
    "purchase-order": QT_TRANSLATE_NOOP("Rules", "Authorized purchase order"),
    "payment": QT_TRANSLATE_NOOP("Rules", "Payment received"),
}
LOSS_REASON_LABELS = {
    "bought-elsewhere": QT_TRANSLATE_NOOP("Rules", "Bought elsewhere"),
    "no-budget": QT_TRANSLATE_NOOP("Rules", "No budget / purchase not authorized"),
    "better-option": QT_TRANSLATE_NOOP("Rules", "Chose a better option"),
    "bad-references": QT_TRANSLATE_NOOP("Rules", "Bad references"),
    "no-longer-needed": QT_TRANSLATE_NOOP("Rules", "No longer needs it"),
    "not-real": QT_TRANSLATE_NOOP("Rules", "Was never a real opportunity"),
    "other": QT_TRANSLATE_NOOP("Rules", "Other reason"),
}
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Rules", "Open"),
    "won": QT_TRANSLATE_NOOP("Rules", "Won"),
    "lost": QT_TRANSLATE_NOOP("Rules", "Lost"),
}
ACTIVITY_LABELS = {
    "call": QT_TRANSLATE_NOOP("Rules", "Call"),
    "visit": QT_TRANSLATE_NOOP("Rules", "Visit"),
    "email": QT_TRANSLATE_NOOP("Rules", "E-mail"),
    "whatsapp": QT_TRANSLATE_NOOP("Rules", "WhatsApp"),
    "meeting": QT_TRANSLATE_NOOP("Rules", "Meeting"),
    "note": QT_TRANSLATE_NOOP("Rules", "Note"),
    "task": QT_TRANSLATE_NOOP("Rules", "Task"),
}
assert set(ACT_LABELS) == set(Closing.ACTS)
assert set(LOSS_REASON_LABELS) == set(Closing.LOSS_REASONS)
assert set(ACTIVITY_LABELS) == set(Activity.KINDS)


# What the program writes itself is stored as a kind (lead.next_action_template,
# activity.subject_template, activity.outcome_template) and shown in the reader's
# language by next_action_text, subject_text and outcome_text: a follow-up created by the
# command line in English reads in Spanish in a Spanish window.
PROGRAM_TEXTS = {
    "first-contact": QT_TRANSLATE_NOOP("Rules", "First contact"),
    "confirm-loss": QT_TRANSLATE_NOOP("Rules", "Confirm with the prospect whether they will buy"),
    "reorder": QT_TRANSLATE_NOOP("Rules", "Re-order follow-up: {title}"),
    "cancelled-reopened": QT_TRANSLATE_NOOP("Rules", "Cancelled: lead reopened"),
}


def _program_text(template: str | None, written: str | None, title: str = "") -> str:
    text = PROGRAM_TEXTS.get(template or "")
    if text is None:
        return written or ""
    return translate("Rules", text).format(title=title)


def next_action_text(what: str | None, template: str | None) -> str:
    """A lead's next action as the reader reads it: what a person wrote, or the program's
    own kind ('first-contact') in the reader's language."""
    return _program_text(template, what)


def subject_text(subject: str | None, template: str | None, lead_title: str = "") -> str:
    """An activity's subject as the reader reads it (see next_action_text)."""
    return _program_text(template, subject, lead_title)


def outcome_text(outcome: str | None, template: str | None) -> str:
    """An activity's outcome as the reader reads it (see next_action_text)."""
    if template in MOVE_TEXTS:
        return move_text(outcome, template)
    return _program_text(template, outcome)


# The kinds offered for a next action, in this order (a note is written, not planned);
# a lead whose next action is of another kind keeps it. The rules accept every kind.
NEXT_ACTION_KINDS = ("call", "visit", "whatsapp", "email", "meeting", "task")


@dataclass(frozen=True)
class NextAction:
    """What to do next on an open lead, and when. `template` is the kind of a next action
    the program itself proposes ('first-contact', 'confirm-loss'), with `what` empty."""

    what: str
    due: dt.date | None
    kind: str = "call"
    time: dt.time | None = None
    template: str = ""


# How far ahead a next action may be planned.
MAX_YEARS_AHEAD = 3


def today() -> dt.date:
    return clock.today()


def latest_next_action_date(day: dt.date | None = None) -> dt.date:
    """The last day a next action can be due: three years from `day` (today)."""
    day = day or today()
    try:
        return day.replace(year=day.year + MAX_YEARS_AHEAD)
    except ValueError:  # 29 February
        return day.replace(year=day.year + MAX_YEARS_AHEAD, day=28)


# --- Validation helpers -----------------------------------------------------------------


def _as_written(next_action: NextAction, lead: Lead | None) -> NextAction:
    """The action with its kind of text: a person who leaves the program's own words as
    they were shown keeps the kind (it reads in every language); any other text clears it."""
    if next_action.template:
        return dataclasses.replace(next_action, what="")
    if (
        lead is not None
        and lead.next_action_template
        and (next_action.what or "").strip()
        == next_action_text(lead.next_action_what, lead.next_action_template)
    ):
        return dataclasses.replace(next_action, what="", template=lead.next_action_template)
    return next_action


def check_next_action_date(due: dt.date, field: str = "next_action_due") -> dt.date:
    """A next action being set is due today or later, and at most three years ahead."""
    if due < today():
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "{date} is in the past: a next action is due today or later.",
            ),
            field=field,
            date=due,
        )
    latest = latest_next_action_date()
    if due > latest:
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "{date} is more than three years ahead: plan the next action for {latest} "
                "or sooner.",
            ),
            field=field,
            date=due,
            latest=latest,
        )
    return due


def check_move_date(due: dt.date, field: str = "due") -> dt.date:
    """A planned activity or a commitment being moved goes to today or later, at most
    three years ahead: the dates a next action may take (a drag into the past is refused
    as Reprogramar refuses it)."""
    if due < today():
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules", "{date} is in the past: a follow-up is moved to today or later."
            ),
            field=field,
            date=due.isoformat(),
        )
    return check_next_action_date(due, field)


def _check_next_action(next_action: NextAction | None, lead: Lead | None = None) -> NextAction:
    if next_action is not None:
        next_action = _as_written(next_action, lead)
    if next_action is not None and next_action.template not in ("", *PROGRAM_TEXTS):
        raise ValueError(f"not a kind of program text: {next_action.template!r}")
    if next_action is None or not (next_action.what or next_action.template).strip():
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules", "An open lead always needs a next action: say what you will do next."
            ),
            field="next_action_what",
        )
    if next_action.due is None:
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "An open lead always needs a next action with a date: say when you will do it.",
            ),
            field="next_action_due",
        )
    if next_action.kind not in Activity.KINDS:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "'{kind}' is not a kind of activity."),
            field="next_action_kind",
            kind=next_action.kind,
        )
    check_next_action_date(next_action.due)
    return NextAction(
        (next_action.what or "").strip(),
        next_action.due,
        next_action.kind,
        next_action.time,
        next_action.template,
    )


def _check_open(lead: Lead) -> None:
    if lead.status != Lead.OPEN:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "The lead '{title}' is closed ({status}); reopen it first."),
            title=lead.title,
            status=Translated("Rules", STATUS_LABELS.get(lead.status, lead.status)),
        )


def _parse_amount(
    value: object,
    field: str,
    *,
    decimal_mark: str | None = None,
    places: int = 2,
    max_digits: int = 14,
) -> Decimal | None:
    """An amount read by contactos.amounts (`1.234,50`, `12,5`, `$1,234.50`); refused
    when it is not an amount, negative, infinite or too long for its column."""
    try:
        return amounts.parse(
            value,
            decimal_mark=decimal_mark,
            negative=False,
            places=places,
            max_digits=max_digits,
        )
    except amounts.AmountError as error:
        raise FollowUpError.about(error, field) from error


def read_commission_rate(value: object, decimal_mark: str | None = None) -> Decimal | None:
    """A commission rate, a percentage from 0 to 100 with up to three decimals. A lone
    separator is its decimal mark ("8.125" and "8,125" are 8.125: no rate has thousands)."""
    if decimal_mark is None and isinstance(value, str):
        marks = [mark for mark in ",." if mark in value]
        if len(marks) == 1 and value.count(marks[0]) == 1:
            decimal_mark = marks[0]
    rate = _parse_amount(
        value, "commission_rate", decimal_mark=decimal_mark, places=3, max_digits=6
    )
    if rate is not None and rate > 100:
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules", "A commission rate is a percentage from 0 to 100 ('{value}')."
            ),
            field="commission_rate",
            value=value,
        )
    return rate


def _apply_next_action(lead: Lead, next_action: NextAction | None) -> None:
    if next_action is None:
        lead.next_action_what = ""
        lead.next_action_template = ""
        lead.next_action_due = None
        lead.next_action_time = None
    else:
        lead.next_action_kind = next_action.kind
        lead.next_action_what = "" if next_action.template else next_action.what
        lead.next_action_template = next_action.template
        lead.next_action_due = next_action.due
        lead.next_action_time = next_action.time


def current_next_action(lead: Lead) -> NextAction | None:
    """The next action stored on a lead (None when it has none)."""
    if lead.next_action_due is None and not (lead.next_action_what or lead.next_action_template):
        return None
    return NextAction(
        "" if lead.next_action_template else lead.next_action_what,
        lead.next_action_due,
        lead.next_action_kind,
        lead.next_action_time,
        lead.next_action_template,
    )


def _touch(lead: Lead, when: dt.datetime) -> None:
    if lead.last_activity_at is None or when > lead.last_activity_at:
        lead.last_activity_at = when
    lead.updated_at = now()


# --- Leads ------------------------------------------------------------------------------


def lead_title(title: str) -> str:
    """A lead's title, trimmed; refused when empty (what is being sold?)."""
    title = (title or "").strip()
    if not title:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "A lead needs a title: what are you selling?"), field="title"
        )
    return title


def lead_amount(value: object, decimal_mark: str | None = None) -> Decimal | None:
    """A lead's value as an amount (none is allowed); refused when it is not an amount or
    is negative. `decimal_mark` is the reader's (the window's locale), None when unknown."""
    return _parse_amount(value, "value", decimal_mark=decimal_mark)


def new_lead(
    contact: Contact | int,
    title: str,
    next_action: NextAction | None,
    *,
    representada: Representada | None = None,
    source: Source | None = None,
    value: object = None,
    currency: str | None = None,
    commission_rate: object = None,
    stage: Stage | None = None,
    received_at: dt.datetime | None = None,
    expected_close_date: dt.date | None = None,
    expected_payment_date: dt.date | None = None,
    value_for_prospect: str = "",
    notes: str = "",
    import_batch: ImportBatch | None = None,
) -> Lead:
    """Rule 1 and 2, checked: an unsaved lead of a contact, born with a dated next action.

    create_lead saves it; an import saves many at once (see contactos.importing.writer).
    """
    title = lead_title(title)
    action = _check_next_action(next_action)
    amount = lead_amount(value)
    rate = read_commission_rate(commission_rate)
    if rate is None and representada is not None:
        rate = representada.commission_rate  # rule 8: default from the representada
    lead = Lead(
        contact=contact,
        title=title,
        representada=representada,
        source=source,
        value=amount,
        currency=currency or settings.get("default_currency"),
        commission_rate=rate,
        commission_rate_own=rate_is_own(rate, representada),
        stage=stage or stages.first(),
        received_at=received_at or now(),
        expected_close_date=expected_close_date,
        expected_payment_date=expected_payment_date,
        value_for_prospect=value_for_prospect,
        notes=notes,
        import_batch=import_batch,
    )
    _apply_next_action(lead, action)
    return lead


def rate_is_own(rate: Decimal | None, representada: Representada | None) -> bool:
    """Rule 8: a lead's rate is its own when it is not its representada's (a person set
    it); a representada's new rate reaches only the open leads whose rate is not."""
    if rate is None:
        return False
    return representada is None or Decimal(rate) != Decimal(representada.commission_rate)


def create_lead(contact: Contact, title: str, next_action: NextAction | None, **details) -> Lead:
    """Rule 1 and 2: a lead belongs to a contact and is born with a dated next action."""
    lead = new_lead(contact, title, next_action, **details)
    lead.save()
    StageChange.create(lead=lead, from_stage=None, to_stage=lead.stage, changed_at=now())
    search.index_leads([lead.id])
    return lead


EDITABLE_LEAD_FIELDS = (
    "title",
    "representada",
    "source",
    "value",
    "currency",
    "commission_rate",
    "expected_close_date",
    "expected_payment_date",
    "value_for_prospect",
    "open_questions",
    "notes",
)


def update_lead(lead: Lead, **changes: object) -> Lead:
    """Edit a lead's data. The next action and the status have their own functions."""
    unknown = set(changes) - set(EDITABLE_LEAD_FIELDS)
    if unknown:
        raise TypeError(f"not editable here: {sorted(unknown)}")
    if "title" in changes and not str(changes["title"] or "").strip():
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "A lead needs a title: what are you selling?"), field="title"
        )
    if "value" in changes:
        changes["value"] = lead_amount(changes["value"])
    if "commission_rate" in changes:
        changes["commission_rate"] = read_commission_rate(changes["commission_rate"])
    for key, value in changes.items():
        setattr(lead, key, value.strip() if isinstance(value, str) else value)
    if "commission_rate" in changes or "representada" in changes:
        given = changes.get(
            "commission_rate", lead.commission_rate if lead.commission_rate_own else None
        )
        if given is None and lead.representada_id is not None:
            # Rule 8: none given (or one taken from the old representada): the new one's.
            lead.commission_rate = lead.representada.commission_rate
        lead.commission_rate_own = rate_is_own(lead.commission_rate, lead.representada)
    lead.updated_at = now()
    lead.save()
    search.index_leads([lead.id])
    return lead


def set_next_action(lead: Lead, next_action: NextAction | None) -> Lead:
    """Rule 2: an open lead's next action can be changed, never removed. A new one is due
    today or later; saving the one it has unchanged (an overdue one too) changes nothing."""
    _check_open(lead)
    if next_action is not None:
        unchanged = _as_written(next_action, lead)
        if dataclasses.replace(
            unchanged, what=(unchanged.what or "").strip()
        ) == current_next_action(lead):
            return lead
    action = _check_next_action(next_action, lead)
    _apply_next_action(lead, action)
    lead.updated_at = now()
    lead.save()
    return lead


def reschedule(lead: Lead, due: dt.date, time: dt.time | None = None) -> Lead:
    """Move the next action to another day, keeping what it is."""
    current = current_next_action(lead) or NextAction("", None, lead.next_action_kind)
    return set_next_action(lead, dataclasses.replace(current, due=due, time=time))


def change_stage(lead: Lead, stage: Stage) -> Lead:
    _check_open(lead)
    if stage.id == lead.stage_id:
        return lead
    StageChange.create(lead=lead, from_stage=lead.stage_id, to_stage=stage, changed_at=now())
    lead.stage = stage
    _touch(lead, now())
    lead.save()
    return lead


@dataclass(frozen=True)
class StagePlace:
    """Where a lead stood in the pipeline: its stage, and when something was last logged
    on it (a stage change counts: it resets the stage's stale limit)."""

    stage_id: int
    last_activity_at: dt.datetime | None

    @classmethod
    def of(cls, lead: Lead) -> StagePlace:
        return cls(lead.stage_id, lead.last_activity_at)


def undo_stage_change(lead: Lead, before: StagePlace, after: StagePlace) -> Lead:
    """Undo of change_stage: the lead goes back to the stage it had `before` (and its last
    activity to the moment it had, so its limbo is what it was), while it is still open
    and where the change left it (`after`); refused, with why, otherwise. The way back is
    recorded in the history as a stage change too."""
    row = _current(lead)
    _check_open(row)
    if before == after:
        return row  # (the change changed nothing)
    if StagePlace.of(row) != after:
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules", "The lead '{title}' was changed again since; nothing was undone."
            ),
            title=row.title,
        )
    stage = Stage.get_or_none(Stage.id == before.stage_id)
    if stage is None:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "Its earlier stage no longer exists; nothing was undone.")
        )
    StageChange.create(lead=row, from_stage=row.stage_id, to_stage=stage, changed_at=now())
    row.stage = stage
    row.last_activity_at = before.last_activity_at
    row.updated_at = now()
    row.save()
    return row


# --- Activities -------------------------------------------------------------------------


def _check_kind(kind: str) -> None:
    if kind not in Activity.KINDS:
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "'{kind}' is not a kind of activity (call, visit, email, whatsapp, meeting, "
                "note, task).",
            ),
            field="kind",
            kind=kind,
        )


def _resolve_next(lead: Lead, next_action: NextAction | None, keep_next_action: bool):
    """Rule 2 when something is logged on an open lead: a new next action, or explicitly
    keeping the current one while it is still ahead."""
    if next_action is not None:
        return _check_next_action(next_action, lead)
    if keep_next_action and lead.next_action_due is not None:
        if is_overdue(lead.next_action_due):
            raise FollowUpError(
                QT_TRANSLATE_NOOP(
                    "Rules",
                    "The current next action was due on {due}; give the lead a new next action.",
                ),
                field="next_action_due",
                due=lead.next_action_due,
            )
        return None
    raise FollowUpError(
        QT_TRANSLATE_NOOP(
            "Rules",
            "You logged something on an open lead: say what the next action is and when, "
            "or close the lead as won or lost.",
        ),
        field="next_action_what",
    )


def log_activity(
    lead: Lead,
    kind: str,
    *,
    notes: str = "",
    outcome: str = "",
    subject: str = "",
    subject_template: str = "",
    place: str = "",
    done_at: dt.datetime | None = None,
    next_action: NextAction | None = None,
    keep_next_action: bool = False,
) -> Activity:
    """Record something done on a lead. On an open lead, rule 2 asks for the next action.
    `subject_template` is the kind of a subject the program wrote (the next action that
    was done, when it was the program's own), with `subject` empty."""
    _check_kind(kind)
    when = done_at or now()
    if when > now() + dt.timedelta(minutes=5):
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules", "Something done cannot be dated in the future; plan it instead."
            ),
            field="done_at",
        )
    action = (
        _resolve_next(lead, next_action, keep_next_action) if lead.status == Lead.OPEN else None
    )
    activity = Activity.create(
        lead=lead,
        contact=lead.contact_id,
        kind=kind,
        subject="" if subject_template else subject,
        subject_template=subject_template,
        done=True,
        done_at=when,
        outcome=outcome,
        notes=notes,
        place=place,
    )
    if kind in Activity.CONTACT_KINDS and (
        lead.first_contact_at is None or when < lead.first_contact_at
    ):
        lead.first_contact_at = when  # rule 5: response time
    _touch(lead, when)
    if action is not None:
        _apply_next_action(lead, action)
    lead.save()
    return activity


def plan_activity(
    contact: Contact,
    kind: str,
    due_at: dt.datetime,
    *,
    lead: Lead | None = None,
    subject: str = "",
    subject_template: str = "",
    place: str = "",
    notes: str = "",
) -> Activity:
    """Put a visit, call or task in the calendar (besides a lead's next action)."""
    _check_kind(kind)
    if due_at is None:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "A planned activity needs a date."), field="due_at"
        )
    return Activity.create(
        lead=lead,
        contact=contact,
        kind=kind,
        subject="" if subject_template else subject,
        subject_template=subject_template,
        done=False,
        due_at=due_at,
        place=place,
        notes=notes,
    )


def complete_activity(
    activity: Activity,
    *,
    outcome: str = "",
    notes: str = "",
    next_action: NextAction | None = None,
    keep_next_action: bool = False,
    done_at: dt.datetime | None = None,
) -> Activity:
    """Rule 2: completing an activity on an open lead asks for the next action.

    (Closing the lead instead is done with :func:`win` or :func:`lose` first.)
    """
    if activity.done:
        raise FollowUpError(QT_TRANSLATE_NOOP("Rules", "This activity is already done."))
    lead = activity.lead
    when = done_at or now()
    action = None
    if lead is not None and lead.status == Lead.OPEN:
        action = _resolve_next(lead, next_action, keep_next_action)
    activity.done = True
    activity.done_at = when
    activity.outcome = outcome or activity.outcome
    activity.notes = "\n".join(p for p in (activity.notes, notes) if p)
    activity.save()
    if lead is not None:
        if activity.kind in Activity.CONTACT_KINDS and (
            lead.first_contact_at is None or when < lead.first_contact_at
        ):
            lead.first_contact_at = when
        _touch(lead, when)
        if action is not None:
            _apply_next_action(lead, action)
        lead.save()
    return activity


def reschedule_activity(activity: Activity, due_at: dt.datetime) -> Activity:
    """Move a planned activity: to today or later, as a next action (rule 2's dates)."""
    if activity.done:
        raise FollowUpError(QT_TRANSLATE_NOOP("Rules", "This activity is already done."))
    check_move_date(due_at.date(), field="due_at")
    activity.due_at = due_at
    activity.save()
    return activity


# --- Closing ----------------------------------------------------------------------------


def _check_date(value: dt.date | None, field: str, what: str, lead: Lead) -> dt.date:
    """A closing date (a win, a loss, a commission received): not in the future, and not
    before the lead was received."""
    if value is None:
        raise FollowUpError(what, field=field)
    if value > today():
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules", "{date} is in the future: a lead is closed with what already happened."
            ),
            field=field,
            date=value,
        )
    received = lead.received_at.date() if lead.received_at else None
    if received is not None and value < received:
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "{date} is before the lead was received ({received}): give the date it "
                "really happened.",
            ),
            field=field,
            date=value,
            received=received,
        )
    return value


def win(
    lead: Lead,
    act: str | None,
    date: dt.date | None,
    reference: str = "",
    *,
    schedule_reorder: bool = True,
) -> Closing:
    """Rule 3: won only with the concrete act (contract, purchase order, payment) and its
    date. Rule 7: a re-order follow-up is planned with the client."""
    _check_open(lead)
    if act not in Closing.ACTS:
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "Say what makes it a sale: a signed contract, an authorized purchase order "
                "or a payment received.",
            ),
            field="act",
        )
    _check_date(
        date,
        "date",
        QT_TRANSLATE_NOOP("Rules", "Give the date of the contract, order or payment."),
        lead,
    )
    closing = Closing.create(
        lead=lead, outcome=Lead.WON, act=act, date=date, reference=(reference or "").strip()
    )
    _close(lead, Lead.WON)
    if schedule_reorder:
        _what, due = propose_reorder(lead, date)
        plan_activity(
            lead.contact,
            "call",
            dt.datetime.combine(due, dt.time(10, 0)),
            lead=lead,
            subject_template="reorder",
        )
    return closing


def lose(
    lead: Lead,
    reason: str | None,
    prospect_words: str | None,
    date: dt.date | None = None,
    channel: str = "",
) -> Closing:
    """Rule 3: lost only with the prospect's confirmation: a reason and their own words."""
    _check_open(lead)
    if reason not in Closing.LOSS_REASONS:
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules", "Choose why the lead was lost (bought elsewhere, no budget, ...)."
            ),
            field="reason",
        )
    if not (prospect_words or "").strip():
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules",
                "A lead is lost only when the prospect confirms it: write down what they said. "
                "If they have not confirmed yet, schedule the confirmation contact instead.",
            ),
            field="prospect_words",
        )
    if channel and channel not in Closing.CHANNELS:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "'{channel}' is not a channel."),
            field="channel",
            channel=channel,
        )
    when = _check_date(
        date or today(), "date", QT_TRANSLATE_NOOP("Rules", "Give the date of the loss."), lead
    )
    closing = Closing.create(
        lead=lead,
        outcome=Lead.LOST,
        reason=reason,
        prospect_words=prospect_words.strip(),
        date=when,
        channel=channel,
    )
    _close(lead, Lead.LOST)
    return closing


def _close(lead: Lead, status: str) -> None:
    lead.status = status
    lead.closed_at = now()
    _touch(lead, now())
    _apply_next_action(lead, None)
    lead.save()


def schedule_loss_confirmation(lead: Lead, due: dt.date | None, kind: str = "call") -> Lead:
    """ "I think they won't buy" is not a loss: plan the contact that confirms it."""
    return set_next_action(lead, NextAction("", due, kind, template="confirm-loss"))


def reopen(lead: Lead, reason: str, next_action: NextAction | None) -> Reopening:
    """Rule 3: a closed lead can be reopened; its closing stays in the history."""
    if lead.status == Lead.OPEN:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "The lead '{title}' is already open."), title=lead.title
        )
    if not (reason or "").strip():
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "Say why the lead is reopened."), field="reason"
        )
    action = _check_next_action(next_action, lead)
    last = lead.closings.order_by(Closing.id.desc()).first()
    reopening = Reopening.create(lead=lead, closing=last, reason=reason.strip())
    # The re-order call planned at the win belongs to the win being undone: it is
    # kept in the history, marked as cancelled, not deleted.
    if last is not None and last.outcome == Lead.WON:
        Activity.update(
            done=True,
            done_at=now(),
            outcome="",
            outcome_template="cancelled-reopened",
        ).where(
            (Activity.lead == lead) & (~Activity.done) & (Activity.created_at >= last.created_at)
        ).execute()
    lead.status = Lead.OPEN
    lead.closed_at = None
    _apply_next_action(lead, action)
    _touch(lead, now())
    lead.save()
    return reopening


def current_closing(lead: Lead) -> Closing | None:
    if lead.status == Lead.OPEN:
        return None
    return lead.closings.order_by(Closing.id.desc()).first()


# --- The path to the sale (rule 6) ------------------------------------------------------


def add_impediment(lead: Lead, description: str) -> Impediment:
    if not (description or "").strip():
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "Describe the impediment."), field="description"
        )
    impediment = Impediment.create(lead=lead, description=description.strip())
    _touch(lead, now())
    lead.save()
    return impediment


def resolve_impediment(impediment: Impediment, how: str) -> Impediment:
    if impediment.resolved_at is not None:
        raise FollowUpError(QT_TRANSLATE_NOOP("Rules", "This impediment is already resolved."))
    if not (how or "").strip():
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "Say how the impediment was resolved."), field="resolution"
        )
    impediment.resolved_at = now()
    impediment.resolution = how.strip()
    impediment.save()
    return impediment


def add_commitment(lead: Lead, owner: str, description: str, due: dt.date | None) -> Commitment:
    if owner not in Commitment.OWNERS:
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "Rules", "A commitment is made by me, the prospect or the representada."
            ),
            field="owner",
        )
    if not (description or "").strip():
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "Describe the commitment."), field="description"
        )
    if due is None:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "A commitment needs a due date."), field="due"
        )
    return Commitment.create(lead=lead, owner=owner, description=description.strip(), due=due)


def reschedule_commitment(commitment: Commitment, due: dt.date | None) -> Commitment:
    if commitment.done_at is not None:
        raise FollowUpError(QT_TRANSLATE_NOOP("Rules", "This commitment is already done."))
    if due is None:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "A commitment needs a due date."), field="due"
        )
    check_move_date(due, field="due")
    commitment.due = due
    commitment.save()
    return commitment


def complete_commitment(commitment: Commitment) -> Commitment:
    if commitment.done_at is not None:
        raise FollowUpError(QT_TRANSLATE_NOOP("Rules", "This commitment is already done."))
    commitment.done_at = now()
    commitment.save()
    return commitment


# --- Undo: each function puts back what one change did -------------------------------
#
# The window keeps the changes a person may want to take back at once (a commitment
# marked kept by mistake, a row rescheduled to the wrong day) with the function here that
# reverts each. A revert checks that the thing is still as the change left it: what was
# changed again since is never overwritten; the revert is refused and says why.


def _current(target: Lead | Activity | Commitment) -> Lead | Activity | Commitment:
    """The row as it is now, not as the caller saw it; refused when it is gone."""
    model = type(target)
    row = model.get_or_none(model.id == target.id)
    if row is None:
        raise FollowUpError(QT_TRANSLATE_NOOP("Rules", "It no longer exists; nothing was undone."))
    return row


def reopen_commitment(commitment: Commitment) -> Commitment:
    """Undo of complete_commitment: the commitment is pending again."""
    commitment = _current(commitment)
    if commitment.done_at is None:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "The commitment '{what}' is not marked kept."),
            what=commitment.description,
        )
    commitment.done_at = None
    commitment.save()
    return commitment


def undo_reschedule(
    target: Lead | Activity | Commitment, before: RescheduledDue, after: RescheduledDue
) -> None:
    """Undo of a reschedule (of a lead's next action, a planned activity or a
    commitment): the date it had `before`, while it still has the one the reschedule gave
    it (`after`). The earlier date may be past: it is put back as it was, not set anew."""
    row = _current(target)
    if isinstance(row, Lead):
        _check_open(row)
        what = row.next_action_what
    elif isinstance(row, Activity):
        what = row.subject
        if row.done:
            raise FollowUpError(QT_TRANSLATE_NOOP("Rules", "This activity is already done."))
    else:
        what = row.description
        if row.done_at is not None:
            raise FollowUpError(QT_TRANSLATE_NOOP("Rules", "This commitment is already done."))
    if RescheduledDue.of(row) != after:
        raise FollowUpError(
            QT_TRANSLATE_NOOP("Rules", "'{what}' was moved again since; nothing was undone."),
            what=what,
        )
    if isinstance(row, Lead):
        row.next_action_due, row.next_action_time = before.day, before.time
        row.updated_at = now()
    elif isinstance(row, Activity):
        row.due_at = dt.datetime.combine(before.day, before.time or dt.time(12, 0))
    else:
        row.due = before.day
    row.save()


# A follow-up moved, and a move undone, are kept in the lead's history as a note whose
# outcome holds the two dates (JSON, shown in the reader's language by move_text).
MOVE_TEXTS = {
    "moved": QT_TRANSLATE_NOOP("Rules", "Moved from {before} to {after}"),
    "move-undone": QT_TRANSLATE_NOOP("Rules", "Move undone: from {before} back to {after}"),
}


def _iso_when(day: dt.date | None, time: dt.time | None) -> str:
    if day is None:
        return "—"
    return day.isoformat() + (time.strftime(" %H:%M") if time is not None else "")


def _read_due(data: dict, key: str) -> tuple[dt.date | None, dt.time | None]:
    try:
        day = dt.date.fromisoformat(data[key]) if data.get(key) else None
        time = dt.time.fromisoformat(data[f"{key}_time"]) if data.get(f"{key}_time") else None
    except (TypeError, ValueError):
        return None, None
    return day, time


def move_text(outcome: str | None, template: str, when=None) -> str:
    """What a move (or its undo) did, in the reader's language; `when(day, time)` writes
    a date as the reader's locale does (the window's), ISO 8601 without it."""
    try:
        data = json.loads(outcome or "{}")
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    when = when or _iso_when
    return translate("Rules", MOVE_TEXTS[template]).format(
        before=when(*_read_due(data, "before")), after=when(*_read_due(data, "after"))
    )


def record_move(
    row: Lead | Activity | Commitment,
    before: RescheduledDue,
    after: RescheduledDue,
    undone: bool = False,
) -> Activity:
    """Keep a move of a follow-up (or its undo) in the history of its lead or contact: a
    note, done at once, that touches nothing else (a move is not a contact with the
    prospect: the lead's last activity and first contact stay as they were)."""
    if isinstance(row, Lead):
        lead_id, contact_id, what = row.id, row.contact_id, row.next_action_what
        template = row.next_action_template
    elif isinstance(row, Activity):
        lead_id, contact_id, what = row.lead_id, row.contact_id, row.subject
        template = row.subject_template
    else:
        lead = Lead.get_by_id(row.lead_id)
        lead_id, contact_id, what, template = lead.id, lead.contact_id, row.description, ""
    if template in PROGRAM_TEXTS and template != "reorder":
        what = translate("Rules", PROGRAM_TEXTS[template])

    def hhmm(time: dt.time | None) -> str | None:
        return time.strftime("%H:%M") if time is not None else None

    data = {
        "before": before.day.isoformat() if before.day else None,
        "before_time": hhmm(before.time),
        "after": after.day.isoformat() if after.day else None,
        "after_time": hhmm(after.time),
    }
    moment = now()
    return Activity.create(
        lead=lead_id,
        contact=contact_id,
        kind="note",
        subject=what,
        subject_template="move-undone" if undone else "moved",
        outcome=json.dumps(data),
        outcome_template="move-undone" if undone else "moved",
        done=True,
        done_at=moment,
        created_at=moment,
    )


@dataclass(frozen=True)
class RescheduledDue:
    """A date (and the time of day, where there is one) something was due on."""

    day: dt.date | None
    time: dt.time | None = None

    @classmethod
    def of(cls, target: Lead | Activity | Commitment) -> RescheduledDue:
        if isinstance(target, Lead):
            return cls(target.next_action_due, target.next_action_time)
        if isinstance(target, Activity):
            return cls(target.due_at.date(), target.due_at.time())
        return cls(target.due, None)


# --- Commissions (rule 8) ---------------------------------------------------------------


def commission_amount(value: object, rate: object) -> Decimal | None:
    """Rule 8's arithmetic: the commission `rate` (a percentage) gives on `value`, to the
    cent; None without either. (A lead's rate is its own, which defaults to its
    representada's when the lead is made: see new_lead.)"""
    if value is None or rate is None:
        return None
    return (Decimal(value) * Decimal(rate) / 100).quantize(Decimal("0.01"))


def expected_commission(lead: Lead) -> Decimal | None:
    """Rule 8: the lead's value at its rate (the ledger of a won lead's commission, what
    was invoiced, paid and received: contactos.commissions)."""
    return commission_amount(lead.value, lead.commission_rate)


# --- Re-orders (rule 7) -----------------------------------------------------------------


def propose_reorder(lead: Lead, won_on: dt.date | None = None) -> tuple[str, dt.date]:
    days = lead.representada.reorder_days if lead.representada_id else settings.get("reorder_days")
    base = won_on or today()
    return subject_text("", "reorder", lead.title), base + dt.timedelta(days=int(days))


# --- Limbo and unattended leads (rules 4 and 5) ----------------------------------------
# (The figures made from them, pipeline health and response times: contactos.reports.)


def touched_expression():
    """When something was last logged on a lead (received date if never)."""
    return fn.COALESCE(Lead.last_activity_at, Lead.received_at)


def stale_expression(moment: dt.datetime | None = None):
    """A lead whose stage's stale limit has passed with nothing logged."""
    moment = moment or now()
    touched = touched_expression()
    parts = [
        (Lead.stage == stage_id) & (touched < moment - dt.timedelta(days=stale_days))
        for stage_id, stale_days in Stage.select(Stage.id, Stage.stale_days).tuples()
    ]
    if not parts:
        return Lead.id.is_null()  # always false
    return functools.reduce(operator.or_, parts)


def overdue_expression(day: dt.date | None = None):
    """A lead's next action due before `day` (today), as SQL (the twin of is_overdue)."""
    return Lead.next_action_due < (day or today())


def days_overdue(due: dt.date | dt.datetime | None, day: dt.date | None = None) -> int:
    """How many days late a follow-up is on `day` (today): a lead's next action, a planned
    activity (its day counts, not its hour) or a commitment. 0 when it is not late: due
    that day or later, or without a date."""
    if due is None:
        return 0
    if isinstance(due, dt.datetime):
        due = due.date()
    return max(((day or today()) - due).days, 0)


def is_overdue(due: dt.date | dt.datetime | None, day: dt.date | None = None) -> bool:
    """A follow-up (next action, planned activity, commitment) due before `day` (today).
    The SQL twin for next actions is overdue_expression."""
    return days_overdue(due, day) > 0


def limbo_expression(moment: dt.datetime | None = None):
    """Rule 4 as SQL: open, and the next action is overdue or the lead is stale."""
    moment = moment or now()
    return (Lead.status == Lead.OPEN) & (
        overdue_expression(moment.date())
        | Lead.next_action_due.is_null()
        | stale_expression(moment)
    )


def limbo_test(
    due: dt.date | None, touched: dt.datetime, stale_days: int, moment: dt.datetime
) -> list[str]:
    """Rule 4 for one open lead's values: 'overdue' (no next action ahead), 'stale'
    (nothing logged for longer than its stage allows). The SQL twin is limbo_expression."""
    reasons = []
    if due is None or is_overdue(due, moment.date()):
        reasons.append("overdue")
    if touched < moment - dt.timedelta(days=stale_days):
        reasons.append("stale")
    return reasons


def limbo_reasons(lead: Lead, moment: dt.datetime | None = None) -> list[str]:
    """Why a lead is in limbo: 'overdue', 'stale' (empty when it is not)."""
    if lead.status != Lead.OPEN:
        return []
    return limbo_test(
        lead.next_action_due,
        lead.last_activity_at or lead.received_at,
        lead.stage.stale_days,
        moment or now(),
    )


def in_limbo(lead: Lead, moment: dt.datetime | None = None) -> bool:
    return bool(limbo_reasons(lead, moment))


def unattended_expression():
    """Rule 5: open leads with no contact logged since they were received."""
    return (Lead.status == Lead.OPEN) & Lead.first_contact_at.is_null()
