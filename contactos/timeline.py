"""A lead's (or a contact's) history as one list of events, newest first.

Every activity, stage change, impediment, commitment, import, closing and reopening
becomes an :class:`Event`; the window groups them by day and draws an icon per kind.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from contactos import rules
from contactos.i18n import QT_TRANSLATE_NOOP, translate
from contactos.models import (
    Activity,
    Closing,
    CommissionEntry,
    Commitment,
    Contact,
    Impediment,
    ImportBatch,
    ImportChange,
    Lead,
    Reopening,
    Stage,
    StageChange,
)

CONTEXT = "Timeline"

# Event kinds beyond the activity kinds (call, visit, ...).
KIND_LABELS = {
    "stage": QT_TRANSLATE_NOOP("Timeline", "Stage change"),
    "received": QT_TRANSLATE_NOOP("Timeline", "Lead received"),
    "import": QT_TRANSLATE_NOOP("Timeline", "Imported"),
    "won": QT_TRANSLATE_NOOP("Timeline", "Won"),
    "lost": QT_TRANSLATE_NOOP("Timeline", "Lost"),
    "reopen": QT_TRANSLATE_NOOP("Timeline", "Reopened"),
    "impediment": QT_TRANSLATE_NOOP("Timeline", "Impediment"),
    "impediment-resolved": QT_TRANSLATE_NOOP("Timeline", "Impediment resolved"),
    "commitment": QT_TRANSLATE_NOOP("Timeline", "Commitment"),
    "commitment-done": QT_TRANSLATE_NOOP("Timeline", "Commitment kept"),
    "planned": QT_TRANSLATE_NOOP("Timeline", "Planned"),
    "moved": QT_TRANSLATE_NOOP("Timeline", "Rescheduled"),
    "invoiced": QT_TRANSLATE_NOOP("Timeline", "Commission invoiced"),
    "customer-paid": QT_TRANSLATE_NOOP("Timeline", "Paid by the customer"),
    "received-commission": QT_TRANSLATE_NOOP("Timeline", "Commission received"),
    "commission-cancelled": QT_TRANSLATE_NOOP("Timeline", "Commission entry cancelled"),
}
# The kind of event of each kind of commission entry ('received' is a lead's arrival).
COMMISSION_EVENT = {
    "invoiced": "invoiced",
    "customer-paid": "customer-paid",
    "received": "received-commission",
}


@dataclass(frozen=True)
class Event:
    when: dt.datetime
    kind: str  # an Activity kind, or a key of KIND_LABELS
    title: str
    detail: str
    lead_id: int | None
    lead_title: str = ""
    planned: bool = False
    object_id: int | None = None
    # A follow-up moved: (its kind of text, the dates as stored), for the window to
    # write the dates as the reader's locale does (see rules.move_text).
    moved: tuple[str, str] | None = None
    currency: str = ""  # a commission entry's: its title is an amount in it


# What an import did, in words: its figures are stored as data (ImportBatch.summary) and
# written in the reader's language when the history is read.
_IMPORT_FIGURES = (
    ("created", QT_TRANSLATE_NOOP("Timeline", "contacts created: {count}")),
    ("merged", QT_TRANSLATE_NOOP("Timeline", "merged into existing contacts: {count}")),
    ("skipped", QT_TRANSLATE_NOOP("Timeline", "rows skipped: {count}")),
    ("rejected", QT_TRANSLATE_NOOP("Timeline", "rows rejected: {count}")),
    ("leads", QT_TRANSLATE_NOOP("Timeline", "leads created: {count}")),
)


def import_detail(batch: ImportBatch) -> str:
    """What an import did, as a sentence in the reader's language: 'Import number 3:
    contacts created: 12; merged into existing contacts: 2; leads created: 12.'"""
    try:
        figures = json.loads(batch.summary or "{}")
    except ValueError:
        figures = {}
    if not isinstance(figures, dict):
        figures = {}
    parts = [
        translate(CONTEXT, text).format(count=figures[key])
        for key, text in _IMPORT_FIGURES
        if isinstance(figures.get(key), int) and figures[key] > 0
    ]
    # (the file's name is the event's title: 'Imported: lista.xlsx — Import number 3: ...')
    text = translate(CONTEXT, QT_TRANSLATE_NOOP("Timeline", "Import number {batch}")).format(
        batch=batch.id
    )
    if parts:
        text += ": " + "; ".join(parts)
    text += "."
    if batch.undone_at is not None:
        text += " " + translate(CONTEXT, QT_TRANSLATE_NOOP("Timeline", "Undone on {date}.")).format(
            date=batch.undone_at.date().isoformat()
        )
    return text


def _import_event(batch: ImportBatch, lead_id: int | None = None, lead_title: str = "") -> Event:
    return Event(
        batch.created_at,
        "import",
        batch.file_name,
        import_detail(batch),
        lead_id,
        lead_title,
        object_id=batch.id,
    )


def _at(day: dt.date | dt.datetime | None) -> dt.datetime:
    if isinstance(day, dt.datetime):
        return day
    if day is None:
        return dt.datetime.min
    return dt.datetime.combine(day, dt.time(12, 0))


def lead_events(lead_ids: list[int]) -> list[Event]:
    if not lead_ids:
        return []
    leads = {
        lead.id: lead
        for lead in Lead.select(
            Lead.id, Lead.title, Lead.received_at, Lead.import_batch, Lead.contact, Lead.currency
        ).where(Lead.id.in_(lead_ids))
    }
    titles = {lead_id: lead.title for lead_id, lead in leads.items()}
    events: list[Event] = []
    batches = {
        b.id: b
        for b in ImportBatch.select().where(
            ImportBatch.id.in_(
                [lead.import_batch_id for lead in leads.values() if lead.import_batch_id]
            )
        )
    }
    for lead in leads.values():
        events.append(Event(lead.received_at, "received", lead.title, "", lead.id, lead.title))
        batch = batches.get(lead.import_batch_id)
        if batch is not None:
            events.append(_import_event(batch, lead.id, lead.title))
    for activity in Activity.select().where(Activity.lead.in_(lead_ids)):
        events.append(_activity_event(activity, titles.get(activity.lead_id, "")))
    stage_names = dict(Stage.select(Stage.id, Stage.name).tuples())
    for change in StageChange.select().where(StageChange.lead.in_(lead_ids)):
        if change.from_stage_id is None:
            continue  # the first stage is part of "received"
        events.append(
            Event(
                change.changed_at,
                "stage",
                stage_names.get(change.to_stage_id, ""),
                stage_names.get(change.from_stage_id, ""),
                change.lead_id,
                titles.get(change.lead_id, ""),
                object_id=change.to_stage_id,
            )
        )
    for closing in Closing.select().where(Closing.lead.in_(lead_ids)):
        if closing.outcome == Lead.WON:
            title, detail = closing.act, closing.reference
        else:
            title, detail = closing.reason, closing.prospect_words
        events.append(
            Event(
                _closing_time(closing),
                closing.outcome,
                title,
                detail,
                closing.lead_id,
                titles.get(closing.lead_id, ""),
                object_id=closing.id,
            )
        )
    for reopening in Reopening.select().where(Reopening.lead.in_(lead_ids)):
        events.append(
            Event(
                reopening.reopened_at,
                "reopen",
                "",
                reopening.reason,
                reopening.lead_id,
                titles.get(reopening.lead_id, ""),
            )
        )
    for impediment in Impediment.select().where(Impediment.lead.in_(lead_ids)):
        lead_title = titles.get(impediment.lead_id, "")
        events.append(
            Event(
                impediment.created_at,
                "impediment",
                impediment.description,
                "",
                impediment.lead_id,
                lead_title,
                object_id=impediment.id,
            )
        )
        if impediment.resolved_at is not None:
            events.append(
                Event(
                    impediment.resolved_at,
                    "impediment-resolved",
                    impediment.description,
                    impediment.resolution,
                    impediment.lead_id,
                    lead_title,
                    object_id=impediment.id,
                )
            )
    for commitment in Commitment.select().where(Commitment.lead.in_(lead_ids)):
        lead_title = titles.get(commitment.lead_id, "")
        events.append(
            Event(
                commitment.created_at,
                "commitment",
                commitment.description,
                commitment.owner,
                commitment.lead_id,
                lead_title,
                object_id=commitment.id,
            )
        )
        if commitment.done_at is not None:
            events.append(
                Event(
                    commitment.done_at,
                    "commitment-done",
                    commitment.description,
                    commitment.owner,
                    commitment.lead_id,
                    lead_title,
                    object_id=commitment.id,
                )
            )
    events.extend(_commission_events(lead_ids, titles, leads))
    events.sort(key=lambda e: (e.when, e.kind, e.object_id or 0), reverse=True)
    return events


def _commission_events(
    lead_ids: list[int], titles: dict[int, str], leads: dict[int, Lead]
) -> list[Event]:
    """The commission entries of the leads, and their cancellations."""
    events: list[Event] = []
    for entry in CommissionEntry.select().where(CommissionEntry.lead.in_(lead_ids)):
        lead_title = titles.get(entry.lead_id, "")
        # The title is the amount as data (the window writes it with QLocale, in the
        # lead's currency); the detail, the note.
        amount = "" if entry.amount is None else f"{entry.amount:.2f}"
        when = entry.created_at if entry.date == entry.created_at.date() else _at(entry.date)
        events.append(
            Event(
                when,
                COMMISSION_EVENT.get(entry.kind, entry.kind),
                amount,
                entry.note,
                entry.lead_id,
                lead_title,
                object_id=entry.id,
                currency=leads[entry.lead_id].currency,
            )
        )
        if entry.cancelled_at is not None:
            events.append(
                Event(
                    entry.cancelled_at,
                    "commission-cancelled",
                    amount,
                    entry.cancel_reason,
                    entry.lead_id,
                    lead_title,
                    object_id=entry.id,
                    currency=leads[entry.lead_id].currency,
                )
            )
    return events


def _closing_time(closing: Closing) -> dt.datetime:
    """The closing's own date; its recording time when that was the same day."""
    if closing.date == closing.created_at.date():
        return closing.created_at
    return _at(closing.date)


def _activity_event(activity: Activity, lead_title: str) -> Event:
    when = activity.done_at if activity.done else activity.due_at
    outcome = rules.outcome_text(activity.outcome, activity.outcome_template)
    detail = "\n".join(p for p in (outcome, activity.notes, activity.place) if p)
    moved = activity.subject_template in rules.MOVE_TEXTS  # (a follow-up moved: a note)
    return Event(
        when or activity.created_at,
        "moved" if moved else activity.kind,
        rules.subject_text(activity.subject, activity.subject_template, lead_title),
        detail,
        activity.lead_id,
        lead_title,
        planned=not activity.done,
        object_id=activity.id,
        moved=(activity.subject_template, activity.outcome) if moved else None,
    )


def for_lead(lead_id: int) -> list[Event]:
    return lead_events([lead_id])


def for_contact(contact_id: int) -> list[Event]:
    """Everything across the contact's leads, plus activities logged on the contact alone
    and the imports that created the contact or added to it (a contact imported without
    a lead has its import in its history too)."""
    lead_ids = [i for (i,) in Lead.select(Lead.id).where(Lead.contact == contact_id).tuples()]
    events = lead_events(lead_ids)
    loose = Activity.select().where((Activity.contact == contact_id) & Activity.lead.is_null())
    events.extend(_activity_event(a, "") for a in loose)
    shown = {e.object_id for e in events if e.kind == "import"}
    created_by = Contact.select(Contact.import_batch).where(Contact.id == contact_id).scalar()
    merged_by = ImportChange.select(ImportChange.batch).where(ImportChange.contact_id == contact_id)
    wanted = {created_by} | {batch_id for (batch_id,) in merged_by.tuples()}
    wanted -= shown | {None}
    if wanted:
        for batch in ImportBatch.select().where(ImportBatch.id.in_(sorted(wanted))):
            events.append(_import_event(batch))
    events.sort(key=lambda e: (e.when, e.kind, e.object_id or 0), reverse=True)
    return events
