"""Exports: contacts and leads as CSV, contacts as vCard, the planned follow-ups as an
iCalendar file, and the status report of one source (CSV and .xlsx) for its distributor.

Every file is written beside its target and renamed into place, so a failed export never
leaves half a file where the agent expects a whole one. Column headers and labels are
marked for translation here and translated when the file is written, so a Spanish user
gets Spanish headers.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import math
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peewee import JOIN

from contactos import clock, paths, phones, rules
from contactos.contacts import contact_children
from contactos.dates import db_date
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError, translate
from contactos.listing import LeadFilter, lead_rows
from contactos.models import (
    Activity,
    Closing,
    Contact,
    Lead,
    Source,
    Stage,
    chunks,
    database,
)

CONTEXT = "Export"  # literal in every QT_TRANSLATE_NOOP: lupdate cannot read a name


class ExportError(TranslatableError):
    """An export could not be written; nothing was left at the target."""

    context = CONTEXT


# --- Writing safely ---------------------------------------------------------------------


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _write_atomically(
    path: str | os.PathLike[str],
    write: Callable[[IO[Any]], None],
    encoding: str | None = None,
) -> None:
    """Run `write` on a temporary file beside `path`, then rename it into place.

    With `encoding`, `write` gets a text stream that leaves line endings alone (CSV and
    vCard bring their own CRLF). Any OSError becomes an ExportError and the temporary file
    is removed, so the target is either the old file or the complete new one.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {detail}"),
            path=str(target),
            detail=translate(CONTEXT, QT_TRANSLATE_NOOP("Export", "it is a folder")),
        )
    # Readable by its owner only (it holds other people's data), whatever the umask.
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        with open(temp, "xb", opener=paths.private_opener) as raw:
            if encoding is None:
                write(raw)
            else:
                text = io.TextIOWrapper(raw, encoding=encoding, newline="")
                write(text)
                text.flush()
                text.detach()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {detail}"),
            path=str(target),
            detail=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        _discard(temp)
        raise


# --- CSV --------------------------------------------------------------------------------

# What Excel (and LibreOffice) may read as the start of a formula: OWASP's list, the pipe
# of DDE payloads, and the full-width signs that some spreadsheets fold to = + - @.
_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r", "|", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralize(value: str) -> str:
    """Prefix an apostrophe to a cell Excel would read as a formula (CSV injection).

    Following OWASP's CSV injection guidance, a cell that starts with ``=``, ``+``, ``-``,
    ``@``, a tab, a carriage return, a pipe ``|`` or a full-width ``＝ ＋ － ＠`` gets a
    leading ``'``, so that a lead list from an
    unknown distributor can never run ``=HYPERLINK(...)`` or a DDE command on the agent's
    computer when the export is opened. This is deliberate for phone numbers too:
    ``+52 55 1234 5678`` is written as ``'+52 55 1234 5678``, and the apostrophe stays
    visible in the cell; a phone that reads oddly is the price of a file that can never
    run anything (an importer reading these files back should drop a leading apostrophe
    before one of these characters). Negative numbers would get it as well; the exports
    write none (amounts cannot be negative). The .xlsx export needs none of this: its text
    cells are typed as text.
    """
    if value and value.startswith(_DANGEROUS_START):
        return "'" + value
    return value


@dataclass(frozen=True)
class CsvStyle:
    """How Excel on the person's computer reads a CSV file: its list separator and its
    decimal mark go together (a decimal comma comes with ';')."""

    delimiter: str = ","
    decimal: str = "."


COMMA = CsvStyle(",", ".")  # Mexico, the United States...
SEMICOLON = CsvStyle(";", ",")  # Spain, Argentina, Colombia, Chile, Brazil...


def system_decimal_point() -> str:
    """The decimal mark of the computer's regional settings (what Excel uses)."""
    import locale

    saved = locale.setlocale(locale.LC_NUMERIC)
    try:
        locale.setlocale(locale.LC_NUMERIC, "")
        return locale.localeconv()["decimal_point"] or "."
    except locale.Error:
        return "."
    finally:
        locale.setlocale(locale.LC_NUMERIC, saved)


def csv_style(decimal_point: str | None = None) -> CsvStyle:
    """The CSV style Excel expects where numbers are written with `decimal_point` (by
    default, this computer's): with a comma-separated file and dotted amounts an Excel in
    Spain or Argentina puts every row in one column and reads 12500.50 as 1250050."""
    point = decimal_point or system_decimal_point()
    return SEMICOLON if point == "," else COMMA


def _text(value: object, decimal: str = ".") -> str:
    """A value as a CSV cell: ISO dates (Excel reads them in any locale), numbers with
    the decimal mark of the file's style."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", decimal)
    if isinstance(value, Decimal):
        return str(value).replace(".", decimal)
    return str(value)


def _write_csv(
    path: str | os.PathLike[str],
    header: Iterable[str],
    rows: Iterable[Iterable[object]],
    style: CsvStyle | None = None,
) -> int:
    """UTF-8 with BOM (so Excel does not read it as ANSI), the separator and decimal mark
    Excel expects here (see csv_style), CRLF; every cell neutralised. Returns the number
    of data rows."""
    style = style or csv_style()
    count = 0

    def write(stream: IO[str]) -> None:
        nonlocal count
        # The "excel" dialect (minimal quoting, \r\n) with the style's separator.
        writer = csv.writer(stream, delimiter=style.delimiter)
        writer.writerow([neutralize(translate(CONTEXT, h)) for h in header])
        for row in rows:
            writer.writerow([neutralize(_text(v, style.decimal)) for v in row])
            count += 1

    _write_atomically(path, write, encoding="utf-8-sig")
    return count


# --- Reading contacts in windows --------------------------------------------------------


def _contact_ids(contact_ids: list[int] | None) -> list[int]:
    """The ids to export, by name; all contacts when `contact_ids` is None."""
    order = (Contact.last_name, Contact.first_name, Contact.company, Contact.id)
    if contact_ids is None:
        return [cid for (cid,) in Contact.select(Contact.id).order_by(*order).tuples()]
    wanted: set[int] = set()
    for chunk in chunks(list(dict.fromkeys(contact_ids))):
        wanted.update(
            cid for (cid,) in Contact.select(Contact.id).where(Contact.id.in_(chunk)).tuples()
        )
    return [cid for cid in dict.fromkeys(contact_ids) if cid in wanted]


def _contacts(
    contact_ids: list[int] | None,
) -> Iterator[tuple[Contact, list[str], list[tuple[str, str]], list[str]]]:
    """(contact, e-mails, phones, tags), a window at a time so 100,000 contacts never
    sit in memory at once."""
    ids = _contact_ids(contact_ids)
    for chunk in chunks(ids):
        contacts = {c.id: c for c in Contact.select().where(Contact.id.in_(chunk))}
        emails, phone_rows, tags = contact_children(chunk)
        for cid in chunk:
            if cid in contacts:
                yield contacts[cid], emails[cid], phone_rows[cid], tags[cid]


# --- Contacts as CSV --------------------------------------------------------------------

CONTACT_HEADER = (
    QT_TRANSLATE_NOOP("Export", "Name"),
    QT_TRANSLATE_NOOP("Export", "First name"),
    QT_TRANSLATE_NOOP("Export", "Last name"),
    QT_TRANSLATE_NOOP("Export", "Company"),
    QT_TRANSLATE_NOOP("Export", "Job title"),
    QT_TRANSLATE_NOOP("Export", "E-mail"),  # singular: what importers recognise
    QT_TRANSLATE_NOOP("Export", "Phone"),
    QT_TRANSLATE_NOOP("Export", "Address"),
    QT_TRANSLATE_NOOP("Export", "City"),
    QT_TRANSLATE_NOOP("Export", "Region"),
    QT_TRANSLATE_NOOP("Export", "Postal code"),
    QT_TRANSLATE_NOOP("Export", "Country"),
    QT_TRANSLATE_NOOP("Export", "Tags"),
    QT_TRANSLATE_NOOP("Export", "Notes"),
)

LIST_SEPARATOR = "; "


def export_contacts_csv(
    path: str | os.PathLike[str],
    contact_ids: list[int] | None = None,
    style: CsvStyle | None = None,
) -> int:
    """Contacts (all when `contact_ids` is None) as a CSV Excel opens correctly."""
    return _write_csv(path, CONTACT_HEADER, _contact_rows(contact_ids), style)


def export_contacts_xlsx(path: str | os.PathLike[str], contact_ids: list[int] | None = None) -> int:
    """Contacts as an Excel workbook: every value a text cell (a phone is `+52 55...` as
    written, with no apostrophe; a note starting with '=' is text, never a formula)."""
    return _write_xlsx(path, CONTACTS_SHEET, CONTACT_HEADER, _contact_rows(contact_ids))


def _contact_rows(contact_ids: list[int] | None) -> Iterator[tuple[object, ...]]:
    return (
        (
            contact.name,
            contact.first_name,
            contact.last_name,
            contact.company,
            contact.job_title,
            LIST_SEPARATOR.join(emails),
            LIST_SEPARATOR.join(phones.display(number) for number, _ in phone_rows),
            contact.address,
            contact.city,
            contact.region,
            contact.postal_code,
            contact.country,
            LIST_SEPARATOR.join(tags),
            contact.notes,
        )
        for contact, emails, phone_rows, tags in _contacts(contact_ids)
    )


# --- Leads as CSV -----------------------------------------------------------------------

LEAD_HEADER = (
    QT_TRANSLATE_NOOP("Export", "Lead ID"),
    QT_TRANSLATE_NOOP("Export", "Opportunity"),  # not "Title": a job title
    QT_TRANSLATE_NOOP("Export", "Contact"),
    QT_TRANSLATE_NOOP("Export", "Company"),
    QT_TRANSLATE_NOOP("Export", "Status"),
    QT_TRANSLATE_NOOP("Export", "Stage"),
    QT_TRANSLATE_NOOP("Export", "Next action"),
    QT_TRANSLATE_NOOP("Export", "Due"),
    QT_TRANSLATE_NOOP("Export", "Value"),
    QT_TRANSLATE_NOOP("Export", "Currency"),
    QT_TRANSLATE_NOOP("Export", "Representada"),
    QT_TRANSLATE_NOOP("Export", "Source"),
    QT_TRANSLATE_NOOP("Export", "Received"),
    QT_TRANSLATE_NOOP("Export", "Date in the list"),
    QT_TRANSLATE_NOOP("Export", "First contact"),
    QT_TRANSLATE_NOOP("Export", "Closed on"),
    QT_TRANSLATE_NOOP("Export", "Won by / loss reason"),
    QT_TRANSLATE_NOOP("Export", "Prospect's words"),
)


def _closings(lead_ids: list[int]) -> dict[int, Closing]:
    """The closing in force for each closed lead (the last one: earlier ones were undone
    by a reopening)."""
    result: dict[int, Closing] = {}
    for chunk in chunks(lead_ids):
        for closing in (
            Closing.select().where(Closing.lead.in_(chunk)).order_by(Closing.lead, Closing.id)
        ):
            result[closing.lead_id] = closing
    return result


def _status_label(status: str) -> str:
    return translate("Rules", rules.STATUS_LABELS.get(status, status))


def _outcome_label(closing: Closing | None) -> str:
    """The concrete act of a win or the reason of a loss, translated."""
    if closing is None:
        return ""
    if closing.outcome == Lead.WON:
        return translate("Rules", rules.ACT_LABELS.get(closing.act, closing.act))
    return translate("Rules", rules.LOSS_REASON_LABELS.get(closing.reason, closing.reason))


def export_leads_csv(
    path: str | os.PathLike[str], flt: LeadFilter | None = None, style: CsvStyle | None = None
) -> int:
    """The leads the list shows for `flt` (all when None), in the list's order."""
    return _write_csv(path, LEAD_HEADER, _lead_export_rows(flt), style)


def export_leads_xlsx(path: str | os.PathLike[str], flt: LeadFilter | None = None) -> int:
    """The leads of export_leads_csv as an Excel workbook: dates as dates, amounts as
    numbers, text as text."""
    return _write_xlsx(path, LEADS_SHEET, LEAD_HEADER, _lead_export_rows(flt), LEAD_FORMATS)


def _lead_export_rows(flt: LeadFilter | None) -> Iterator[tuple[object, ...]]:
    listed = lead_rows(flt)
    ids = [row.id for row in listed]
    times: dict[int, dt.time | None] = {}
    stored: dict[int, object] = {}  # each value as the database holds it
    list_dates: dict[int, object] = {}  # each lead's date in its source's list
    for chunk in chunks(ids):
        times.update(Lead.select(Lead.id, Lead.next_action_time).where(Lead.id.in_(chunk)).tuples())
        marks = ", ".join("?" * len(chunk))
        cursor = database.execute_sql(
            f"SELECT id, value, listed_on FROM lead WHERE id IN ({marks})", chunk
        )
        for lead_id, value, listed_on in cursor.fetchall():
            stored[lead_id] = value
            list_dates[lead_id] = listed_on
    closed = _closings([row.id for row in listed if row.status != Lead.OPEN])

    def rows() -> Iterator[tuple[object, ...]]:
        for row in listed:
            lead_id = row.id
            due: dt.date | dt.datetime | None = row.next_due
            at = times.get(lead_id)
            if due is not None and at is not None:
                due = dt.datetime.combine(due, at.replace(second=0, microsecond=0))
            closing = closed.get(lead_id) if row.status != Lead.OPEN else None
            yield (
                lead_id,
                row.title,
                row.contact,
                row.company,
                _status_label(row.status),
                translate("Stage", row.stage),
                row.next_what if row.status == Lead.OPEN else "",
                due,
                _amount(stored.get(lead_id)),
                row.currency,
                row.representada,
                row.source,
                row.received_at,
                db_date(list_dates.get(lead_id)),
                row.first_contact_at,
                closing.date if closing else None,
                _outcome_label(closing),
                closing.prospect_words if closing else "",
            )

    return rows()


def _amount(value: object) -> Decimal | str | None:
    """An amount with two decimals, written without thousands separator (see _text).

    A value that is not a finite number (a damaged row, an 'inf' written by an older
    version) is written as the database holds it, not turned into another value."""
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not amount.is_finite():
        return str(value)
    try:
        return amount.quantize(Decimal("0.01"))
    except InvalidOperation:  # (more digits than a quantized Decimal holds)
        return str(value)


# --- vCard ------------------------------------------------------------------------------

# Free-text phone labels that map onto vCard 3.0 TEL types (English and Spanish).
_TEL_TYPES = {
    "mobile": "CELL",
    "cell": "CELL",
    "celular": "CELL",
    "móvil": "CELL",
    "movil": "CELL",
    "whatsapp": "CELL",
    "work": "WORK",
    "office": "WORK",
    "trabajo": "WORK",
    "oficina": "WORK",
    "home": "HOME",
    "casa": "HOME",
    "fax": "FAX",
}


def _vcard(
    contact: Contact, emails: list[str], phone_rows: list[tuple[str, str]], tags: list[str]
) -> str:
    import vobject  # imported on first use: the window should not wait for it

    card = vobject.vCard()  # VERSION:3.0
    card.add("n").value = vobject.vcard.Name(
        family=contact.last_name or "", given=contact.first_name or ""
    )
    card.add("fn").value = contact.name
    if not (contact.first_name or contact.last_name) and contact.company:
        card.add("x-abshowas").value = "COMPANY"  # Apple: show it as a company card
    if contact.company:
        card.add("org").value = [contact.company]
    if contact.job_title:
        card.add("title").value = contact.job_title
    for email in emails:
        line = card.add("email")
        line.value = email
        line.type_param = "INTERNET"
    for number, label in phone_rows:
        line = card.add("tel")
        line.value = number  # E.164 when it could be read, else as written
        kind = _TEL_TYPES.get((label or "").strip().lower())
        if kind:
            line.type_param = kind
    if any((contact.address, contact.city, contact.region, contact.postal_code, contact.country)):
        card.add("adr").value = vobject.vcard.Address(
            street=contact.address,
            city=contact.city,
            region=contact.region,
            code=contact.postal_code,
            country=contact.country,
        )
    if contact.notes:
        card.add("note").value = contact.notes
    if tags:
        card.add("categories").value = list(tags)
    card.add("uid").value = f"contactos-contact-{contact.id}"
    return card.serialize()  # folded lines, CRLF (RFC 2426)


def export_vcards(path: str | os.PathLike[str], contact_ids: list[int] | None = None) -> int:
    """Contacts as vCard 3.0, all in one UTF-8 file that phones and Outlook import."""
    count = 0

    def write(stream: IO[str]) -> None:
        nonlocal count
        for contact, emails, phone_rows, tags in _contacts(contact_ids):
            stream.write(_vcard(contact, emails, phone_rows, tags))
            count += 1

    _write_atomically(path, write, encoding="utf-8")
    return count


# --- iCalendar --------------------------------------------------------------------------

PRODID = "-//Contactos//ES"
MAX_DAYS = 3660  # how far ahead the follow-ups can be exported: ten years
EVENT_MINUTES = 30
ALARM_MINUTES = 30

_ZONEINFO_PATH = re.compile(r"zoneinfo(?:\.default)?/(.+)$")


def system_timezone() -> ZoneInfo | None:
    """The system's IANA time zone, so timed follow-ups carry a TZID.

    Read from TZ, /etc/localtime (Linux, macOS) or /etc/timezone. None when it cannot be
    named (Windows has no IANA name without extra packages): the events are then written
    in floating time, which the phone reads in its own zone, the right one for an agent
    who is where the visit is.
    """
    candidates = []
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        candidates.append(tz)
    for read in (os.readlink, os.path.realpath):
        try:
            match = _ZONEINFO_PATH.search(read("/etc/localtime"))
        except (OSError, ValueError):
            match = None
        if match:
            candidates.append(match.group(1))
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return None


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
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)

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
    _write_atomically(path, lambda stream: stream.write(data))
    return count


# --- The status report of one source ----------------------------------------------------

REPORT_COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("Export", "Opportunity")),
    ("contact", QT_TRANSLATE_NOOP("Export", "Contact")),
    ("company", QT_TRANSLATE_NOOP("Export", "Company")),
    ("received", QT_TRANSLATE_NOOP("Export", "Received")),
    ("listed_on", QT_TRANSLATE_NOOP("Export", "Date in the list")),
    ("first_contact", QT_TRANSLATE_NOOP("Export", "First contact")),
    ("response_hours", QT_TRANSLATE_NOOP("Export", "Response time (hours)")),
    ("stage", QT_TRANSLATE_NOOP("Export", "Stage")),
    ("status_label", QT_TRANSLATE_NOOP("Export", "Status")),
    ("outcome", QT_TRANSLATE_NOOP("Export", "Outcome")),
    ("closed_on", QT_TRANSLATE_NOOP("Export", "Closed on")),
    ("loss_reason_label", QT_TRANSLATE_NOOP("Export", "Loss reason")),
    ("prospect_words", QT_TRANSLATE_NOOP("Export", "Prospect's words")),
    ("value", QT_TRANSLATE_NOOP("Export", "Value")),
    ("currency", QT_TRANSLATE_NOOP("Export", "Currency")),
)


def _source(source_id: int) -> Source:
    source = Source.get_or_none(Source.id == source_id)
    if source is None:
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "There is no source number {source_id}."),
            source_id=source_id,
        )
    return source


def source_report(source_id: int) -> list[dict[str, object]]:
    """One row per lead of a source: what happened to each lead the distributor sent.

    Keys: lead_id, title, contact, company, received, listed_on (the lead's date in the
    source's own list, None when it had none) and first_contact (dates),
    response_hours, stage (translated), status and status_label, outcome (the act of a win
    or the reason of a loss, translated), closed_on, act, loss_reason and
    loss_reason_label, prospect_words, value (Decimal or None), currency.
    """
    _source(source_id)
    leads = list(
        Lead.select(Lead, Contact, Stage)
        .join(Contact, on=(Lead.contact == Contact.id))
        .switch(Lead)
        .join(Stage, on=(Lead.stage == Stage.id))
        .where(Lead.source == source_id)
        .order_by(Lead.received_at, Lead.id)
    )
    closed = _closings([lead.id for lead in leads if lead.status != Lead.OPEN])
    rows = []
    for lead in leads:
        closing = closed.get(lead.id) if lead.status != Lead.OPEN else None
        hours = rules.response_hours(lead)
        lost = closing is not None and closing.outcome == Lead.LOST
        rows.append(
            {
                "lead_id": lead.id,
                "title": lead.title,
                "contact": lead.contact.name,
                "company": lead.contact.company,
                "received": lead.received_at.date() if lead.received_at else None,
                "listed_on": lead.listed_on,
                "first_contact": lead.first_contact_at.date() if lead.first_contact_at else None,
                "response_hours": None if hours is None else round(hours, 1),
                "stage": translate("Stage", lead.stage.name),
                "status": lead.status,
                "status_label": _status_label(lead.status),
                "outcome": _outcome_label(closing),
                "closed_on": closing.date if closing else None,
                "act": closing.act if closing and not lost else "",
                "loss_reason": closing.reason if lost else "",
                "loss_reason_label": _outcome_label(closing) if lost else "",
                "prospect_words": closing.prospect_words if lost else "",
                "value": None if lead.value is None else Decimal(lead.value),
                "currency": lead.currency,
            }
        )
    return rows


def _report_cell(key: str, value: object) -> object:
    if key == "value":
        return _amount(value)
    return value


def export_source_report_csv(
    path: str | os.PathLike[str], source_id: int, style: CsvStyle | None = None
) -> int:
    """The source report as CSV (same rules as the other CSV exports)."""
    rows = source_report(source_id)
    return _write_csv(
        path,
        [header for _, header in REPORT_COLUMNS],
        ([_report_cell(key, row[key]) for key, _ in REPORT_COLUMNS] for row in rows),
        style,
    )


SUMMARY_LABELS = {
    "source": QT_TRANSLATE_NOOP("Export", "Source"),
    "leads": QT_TRANSLATE_NOOP("Export", "Leads"),
    "open": QT_TRANSLATE_NOOP("Export", "Open"),
    "real_opportunities": QT_TRANSLATE_NOOP("Export", "Real opportunities"),
    "won": QT_TRANSLATE_NOOP("Export", "Won"),
    "lost": QT_TRANSLATE_NOOP("Export", "Lost"),
    "win_rate": QT_TRANSLATE_NOOP("Export", "Win rate"),
    "average_hours": QT_TRANSLATE_NOOP("Export", "Average response time (hours)"),
    "loss_reasons": QT_TRANSLATE_NOOP("Export", "Loss reasons"),
    "count": QT_TRANSLATE_NOOP("Export", "Leads"),
}
LEADS_SHEET = QT_TRANSLATE_NOOP("Export", "Leads")
SUMMARY_SHEET = QT_TRANSLATE_NOOP("Export", "Summary")

DATE_FORMAT = "mm-dd-yy"  # Excel's built-in format 14: the reader's own short date
DATETIME_FORMAT = "m/d/yy h:mm"  # built-in 22: the reader's own date and time
AMOUNT_FORMAT = "#,##0.00"
HOURS_FORMAT = "0.0"
PERCENT_FORMAT = "0.0%"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def source_summary(source_id: int) -> dict[str, object]:
    """The totals of rules.source_report() for one source (zeros when it has no leads),
    with its average response time."""
    source = _source(source_id)
    entry: dict[str, object] = next(
        (e for e in rules.source_report() if e["source"] == source.name),
        {
            "source": source.name,
            "leads": 0,
            "open": 0,
            "won": 0,
            "lost": 0,
            "not_real": 0,
            "loss_reasons": {},
            "real_opportunities": 0,
            "win_rate": None,
        },
    )
    times = next((e for e in rules.response_times_by_source() if e["source"] == source.name), None)
    return {**entry, "average_hours": times["average_hours"] if times else None}


def _sheet_title(text: str) -> str:
    return _SHEET_FORBIDDEN.sub(" ", text)[:31] or "Sheet"


def _xlsx_text(value: str) -> str:
    """Text openpyxl can store: no control characters, within Excel's cell limit."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)[:32767]


def _set(cell, value: object, number_format: str | None = None) -> None:
    """Put a value in a cell; text is always text (openpyxl would store a string that
    starts with '=' as a formula)."""
    if isinstance(value, str):
        cell.value = _xlsx_text(value)
        cell.data_type = "s"
        return
    if isinstance(value, Decimal):
        value = float(value)
    cell.value = value
    if number_format and value is not None:
        cell.number_format = number_format


CONTACTS_SHEET = QT_TRANSLATE_NOOP("Export", "Contacts")
LEAD_FORMATS = {
    7: DATE_FORMAT,  # due (a date, or a date and a time as text)
    8: AMOUNT_FORMAT,
    12: DATE_FORMAT,
    13: DATE_FORMAT,
    14: DATE_FORMAT,
    15: DATE_FORMAT,
}
WIDTH_SAMPLE = 500  # rows whose widths set the columns' widths


def _xlsx_cell(sheet, value: object, number_format: str | None = None):
    """A write-only cell: text typed as text (never a formula, nothing added to it),
    numbers and dates with their format."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        value = value.date()
    if isinstance(value, Decimal):
        value = float(value)
    cell = WriteOnlyCell(sheet)
    if value == "":
        return cell  # (an empty cell, not an empty text)
    if isinstance(value, str):
        cell.value = _xlsx_text(value)
        cell.data_type = "s"
    elif isinstance(value, float) and not math.isfinite(value):
        cell.value = str(value)
        cell.data_type = "s"
    else:
        cell.value = value
        if value is not None:
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif number_format:
                cell.number_format = number_format
    return cell


def _write_xlsx(
    path: str | os.PathLike[str],
    title: str,
    header: Iterable[str],
    rows: Iterable[Iterable[object]],
    formats: dict[int, str] | None = None,
) -> int:
    """One sheet: a bold, frozen header with a filter, then the rows; written a row at a
    time (openpyxl's write-only mode), so 100,000 contacts never sit in memory as cells.
    Returns the number of data rows."""
    import itertools

    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    formats = formats or {}
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_sheet_title(translate(CONTEXT, title)))
    names = [translate(CONTEXT, h) for h in header]
    rows = iter(rows)
    first = [list(row) for row in itertools.islice(rows, WIDTH_SAMPLE)]
    for col, name in enumerate(names):
        width = max([len(name)] + [_width(row[col]) for row in first])
        sheet.column_dimensions[get_column_letter(col + 1)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    titles = []
    for name in names:
        cell = _xlsx_cell(sheet, name)
        cell.font = bold
        titles.append(cell)
    sheet.append(titles)
    count = 0
    for row in itertools.chain(first, rows):
        sheet.append([_xlsx_cell(sheet, v, formats.get(i)) for i, v in enumerate(row)])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(names))}{count + 1}"
    _write_atomically(path, book.save)
    return count


_REPORT_FORMATS = {
    "received": DATE_FORMAT,
    "listed_on": DATE_FORMAT,
    "first_contact": DATE_FORMAT,
    "closed_on": DATE_FORMAT,
    "response_hours": HOURS_FORMAT,
    "value": AMOUNT_FORMAT,
}


def _width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, Decimal | float | int):
        return len(f"{value:,.2f}")
    text = _text(value) if not isinstance(value, str) else value
    return max((len(line) for line in text.splitlines()), default=0)


def export_source_report_xlsx(path: str | os.PathLike[str], source_id: int) -> int:
    """The source report as an Excel workbook: the leads, and a summary sheet with the
    totals the agent discusses with the distributor. Returns the number of leads."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rows = source_report(source_id)
    summary = source_summary(source_id)
    bold = Font(bold=True)

    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_title(translate(CONTEXT, LEADS_SHEET))
    widths = []
    for col, (_, header) in enumerate(REPORT_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=col)
        _set(cell, translate(CONTEXT, header))
        cell.font = bold
        widths.append(len(cell.value))
    for r, row in enumerate(rows, start=2):
        for col, (key, _) in enumerate(REPORT_COLUMNS, start=1):
            value = row[key]
            _set(sheet.cell(row=r, column=col), value, _REPORT_FORMATS.get(key))
            widths[col - 1] = max(widths[col - 1], _width(value))
    for col, width in enumerate(widths, start=1):
        letter = sheet.cell(row=1, column=col).column_letter
        sheet.column_dimensions[letter].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions

    totals = book.create_sheet(_sheet_title(translate(CONTEXT, SUMMARY_SHEET)))
    lines: list[tuple[str, object, str | None]] = [
        (SUMMARY_LABELS["source"], summary["source"], None),
        (SUMMARY_LABELS["leads"], summary["leads"], None),
        (SUMMARY_LABELS["open"], summary["open"], None),
        (SUMMARY_LABELS["real_opportunities"], summary["real_opportunities"], None),
        (SUMMARY_LABELS["won"], summary["won"], None),
        (SUMMARY_LABELS["lost"], summary["lost"], None),
        (SUMMARY_LABELS["win_rate"], summary["win_rate"], PERCENT_FORMAT),
        (SUMMARY_LABELS["average_hours"], summary["average_hours"], HOURS_FORMAT),
    ]
    for r, (label, value, number_format) in enumerate(lines, start=1):
        _set(totals.cell(row=r, column=1), translate(CONTEXT, label))
        totals.cell(row=r, column=1).font = bold
        _set(totals.cell(row=r, column=2), value, number_format)
    r = len(lines) + 2
    for col, label in enumerate((SUMMARY_LABELS["loss_reasons"], SUMMARY_LABELS["count"]), 1):
        _set(totals.cell(row=r, column=col), translate(CONTEXT, label))
        totals.cell(row=r, column=col).font = bold
    reasons = summary["loss_reasons"]
    assert isinstance(reasons, dict)
    for reason, count in sorted(reasons.items(), key=lambda item: (-item[1], item[0])):
        r += 1
        label = translate("Rules", rules.LOSS_REASON_LABELS.get(reason, reason))
        _set(totals.cell(row=r, column=1), label)
        _set(totals.cell(row=r, column=2), count)
    label_width = max(
        (_width(totals.cell(row=i, column=1).value) for i in range(1, r + 1)), default=10
    )
    totals.column_dimensions["A"].width = min(max(label_width + 2, 12), 60)
    totals.column_dimensions["B"].width = min(max(_width(summary["source"]) + 2, 12), 60)

    _write_atomically(path, book.save)
    return len(rows)


# --- One entry point for the menus ------------------------------------------------------

EXPORT_KINDS = ("contacts", "leads", "followups", "source-report")


def export_to(
    kind: str,
    path: str | os.PathLike[str],
    *,
    source_id: int | None = None,
    contact_ids: list[int] | None = None,
    flt: LeadFilter | None = None,
    start: dt.date | None = None,
    days: int = 60,
    style: CsvStyle | None = None,
) -> int:
    """Write one of EXPORT_KINDS to `path`, the format following the extension the agent
    chose (contacts: .xlsx, .vcf or CSV; leads and the source report: .xlsx or CSV).
    Returns rows written.
    A CSV file takes `style` (by default the one this computer's Excel expects)."""
    suffix = Path(path).suffix.lower()
    if kind == "contacts":
        if suffix in (".vcf", ".vcard"):
            return export_vcards(path, contact_ids)
        if suffix == ".xlsx":
            return export_contacts_xlsx(path, contact_ids)
        return export_contacts_csv(path, contact_ids, style)
    if kind == "leads":
        if suffix == ".xlsx":
            return export_leads_xlsx(path, flt)
        return export_leads_csv(path, flt, style)
    if kind == "followups":
        return export_followups_ics(path, start, days)
    if kind == "source-report":
        if source_id is None:
            raise ValueError("a source report needs source_id")
        if suffix == ".xlsx":
            return export_source_report_xlsx(path, source_id)
        return export_source_report_csv(path, source_id, style)
    raise ValueError(f"unknown export kind: {kind!r}")
