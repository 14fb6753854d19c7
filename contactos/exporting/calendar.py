"""The planned follow-ups out, as an iCalendar (.ics) file for the phone's calendar: every
open lead's next action and every planned activity, with stable UIDs so that importing a
newer file updates the events instead of doubling them. Written by :mod:`.files`.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from zoneinfo import ZoneInfo

from peewee import JOIN

from contactos import clock, phones, rules
from contactos.contacts import contact_children
from contactos.exporting.files import CONTEXT, ExportError, write_atomically
from contactos.i18n import QT_TRANSLATE_NOOP, translate
from contactos.models import Activity, Contact, Lead

# --- iCalendar --------------------------------------------------------------------------

PRODID = "-//Contactos//ES"
MAX_DAYS = 3660  # how far ahead the follow-ups can be exported: ten years
EVENT_MINUTES = 30
ALARM_MINUTES = 30


def system_timezone() -> ZoneInfo | None:
    """The local time zone, so timed follow-ups carry a TZID: the program's own
    (:func:`contactos.clock.named_zone`: CONTACTOS_TZ, else the system's as tzlocal reads
    it on Windows, macOS and Linux). None when it cannot be named: the events are then
    written in floating time, which the phone reads in its own zone, the right one for an
    agent who is where the visit is.
    """
    return clock.named_zone()


def _place(contact: Contact) -> str:
    """Where the contact is, in one line a maps app can search."""
    town = " ".join(p for p in (contact.postal_code, contact.city) if p)
    parts = [" ".join(contact.address.split()), town, contact.region]
    return ", ".join(p for p in parts if p)


def _label(text: str) -> str:
    """A field label in an event's description; the texts are the column headers
    (marked above), so they need no marking of their own."""
    return translate(CONTEXT, text)


def _description(
    contact: Contact, lead: Lead | None, emails: list[str], phone_rows: list[tuple[str, str]]
) -> str:
    lines = []
    if contact.company and contact.company != contact.name:
        lines.append(f"{_label('Company')}: {contact.company}")
    if phone_rows:
        shown = ", ".join(phones.display(number) for number, _ in phone_rows)
        lines.append(f"{_label('Phone')}: {shown}")
    if emails:
        lines.append(f"{_label('E-mail')}: {', '.join(emails)}")
    if lead is not None and lead.value is not None:
        value = f"{Decimal(lead.value):,.2f} {lead.currency}".strip()
        lines.append(f"{_label('Value')}: {value}")
    return "\n".join(lines)


def _summary(kind: str, what: str, contact: Contact, lead: Lead | None) -> str:
    label = translate("Rules", rules.ACTIVITY_LABELS.get(kind, kind))
    text = f"{label}: {what}" if what else label
    text = f"{text} — {contact.name}"
    if lead is not None:
        text = f"{text} ({lead.title})"
    return text


def _event(
    *,
    uid: str,
    summary: str,
    description: str,
    location: str,
    day: dt.date,
    at: dt.time | None,
    zone: ZoneInfo | None,
    stamp: dt.datetime,
    modified: dt.datetime | None = None,
):
    """A VEVENT: all-day on `day` without a time, else a 30-minute timed event with an
    alarm 30 minutes before."""
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    if modified is not None:
        event.add("last-modified", modified.astimezone(dt.UTC))
    event.add("summary", summary)
    if at is None:
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))  # DTEND of a DATE is exclusive
        event.add("transp", "TRANSPARENT")
    else:
        start = dt.datetime.combine(day, at, tzinfo=zone)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", dt.timedelta(minutes=-ALARM_MINUTES))
        event.add_component(alarm)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    return event


def export_followups_ics(
    path: str | os.PathLike[str],
    start: dt.date | None = None,
    days: int = 60,
    *,
    tzid: str | None = None,
) -> int:
    """The planned follow-ups as an .ics file for the phone's calendar; returns events.

    Every open lead's next action and every planned activity due up to `start` + `days`
    (overdue ones included, on their due day, so nothing late drops out of the agent's
    calendar). UIDs are stable, so importing a newer file updates the events instead of
    duplicating them. `tzid` names the zone of timed events (default: the system's).
    """
    from icalendar import Calendar

    if not 1 <= days <= MAX_DAYS:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Export", "The follow-ups can be exported from 1 to {most} days ahead, not {days}."
            ),
            most=MAX_DAYS,
            days=days,
        )
    start = start or clock.today()
    end = start + dt.timedelta(days=days)
    zone = ZoneInfo(tzid) if tzid else system_timezone()
    stamp = clock.aware(clock.now()).astimezone(dt.UTC).replace(microsecond=0)

    leads = list(
        Lead.select(Lead, Contact)
        .join(Contact, on=(Lead.contact == Contact.id))
        .where(
            (Lead.status == Lead.OPEN)
            & Lead.next_action_due.is_null(False)
            & (Lead.next_action_due <= end)
        )
        .order_by(Lead.next_action_due, Lead.next_action_time, Lead.id)
    )
    planned = list(
        Activity.select(Activity, Contact, Lead)
        .join(Contact, on=(Activity.contact == Contact.id))
        .switch(Activity)
        .join(Lead, JOIN.LEFT_OUTER, on=(Activity.lead == Lead.id))
        .where(
            ~Activity.done
            & Activity.due_at.is_null(False)
            & (Activity.due_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
        )
        .order_by(Activity.due_at, Activity.id)
    )
    contact_ids = list(
        dict.fromkeys([lead.contact_id for lead in leads] + [a.contact_id for a in planned])
    )
    emails, phone_rows, _ = contact_children(contact_ids)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add(
        "x-wr-calname", translate(CONTEXT, QT_TRANSLATE_NOOP("Export", "Contactos follow-ups"))
    )
    count = 0
    for lead in leads:
        contact = lead.contact
        what = rules.next_action_text(lead.next_action_what, lead.next_action_template)
        calendar.add_component(
            _event(
                uid=f"contactos-lead-{lead.id}-next@contactos",
                summary=_summary(lead.next_action_kind, what, contact, lead),
                description=_description(contact, lead, emails[contact.id], phone_rows[contact.id]),
                location=_place(contact) if lead.next_action_kind == "visit" else "",
                day=lead.next_action_due,
                at=lead.next_action_time,
                zone=zone,
                stamp=stamp,
                modified=lead.updated_at,
            )
        )
        count += 1
    for activity in planned:
        contact = activity.contact
        lead = activity.lead if activity.lead_id else None
        due = activity.due_at
        # Midnight means "that day": plan_activity takes a datetime even for a day.
        at = None if due.time() == dt.time(0, 0) else due.time()
        location = activity.place or (_place(contact) if activity.kind == "visit" else "")
        description = _description(contact, lead, emails[contact.id], phone_rows[contact.id])
        if activity.notes:
            description = "\n".join(p for p in (activity.notes, description) if p)
        calendar.add_component(
            _event(
                uid=f"contactos-activity-{activity.id}@contactos",
                summary=_summary(
                    activity.kind,
                    rules.subject_text(
                        activity.subject, activity.subject_template, lead.title if lead else ""
                    ),
                    contact,
                    lead,
                ),
                description=description,
                location=location,
                day=due.date(),
                at=at,
                zone=zone,
                stamp=stamp,
            )
        )
        count += 1
    if zone is not None:
        calendar.add_missing_timezones()  # the VTIMEZONE the TZIDs refer to
    data = calendar.to_ical()
    write_atomically(path, lambda stream: stream.write(data))
    return count
