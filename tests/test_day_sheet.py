"""The field day sheet (issue 11, item 2): the day's visits and calls in time order with
what the agent needs in the car, as typed rows (contactos.day_sheet), as a PDF read back
(ui.day_sheet), and from `contactos day-sheet DATE --pdf FILE` without a display."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import unicodedata

import pytest
from helpers import ROOT, program_env

from contactos.actions import checklist, contacts, followups, leads
from contactos.contacts import ContactData
from contactos.day_sheet import day_sheet
from contactos.rules import NextAction

pypdf = pytest.importorskip("pypdf")


@pytest.fixture
def today(clock):
    clock.set(dt.datetime(2026, 11, 30, 8, 0))
    return clock.today()


@pytest.fixture
def day(db, today):
    """Three visits and calls on the day (one with no hour), an e-mail (not on the
    sheet) and a call the next day (not on it either)."""
    ana = contacts.add_contact(
        ContactData(
            first_name="Ana",
            last_name="Peña",
            company="Ferretería Sol",
            address="Av. Juárez 120",
            city="Monterrey",
            region="Nuevo León",
            postal_code="64000",
            phones=["81 1234 5678"],
        ),
        country="MX",
    ).contact
    luis = contacts.add_contact(
        ContactData(first_name="Luis", last_name="Ruiz", company="Aceros del Norte"),
        country="MX",
    ).contact
    rosa = contacts.add_contact(
        ContactData(first_name="Rosa", last_name="Díaz", company="Mueblería Díaz"), country="MX"
    ).contact
    first = leads.add_lead(
        leads.LeadDetails(title="Compresores"),
        NextAction("Visitar la planta", today, "visit", dt.time(16, 0)),
        contact=ana,
    ).lead
    leads.save_checklist(first.id, open_questions="¿Quién autoriza la compra?")
    checklist.add_impediment(first.id, "Presupuesto congelado hasta enero")
    second = leads.add_lead(
        leads.LeadDetails(title="Vigas"),
        NextAction("Llamar por la cotización", today, "call"),
        contact=luis,
    ).lead
    followups.plan_activity(
        luis.id, "call", dt.datetime.combine(today, dt.time(9, 30)), lead=second.id,
        subject="Confirmar medidas",
    )  # fmt: skip
    leads.add_lead(
        leads.LeadDetails(title="Sillas"),
        NextAction("Enviar catálogo", today, "email"),
        contact=rosa,
    )
    leads.add_lead(
        leads.LeadDetails(title="Mesas"),
        NextAction("Llamar a Rosa", today + dt.timedelta(days=1), "call"),
        contact=rosa,
    )
    return today


def test_the_rows_are_the_days_visits_and_calls_in_time_order(day):
    sheet = day_sheet(day)
    assert [(r.time, r.kind, r.what) for r in sheet.rows] == [
        (dt.time(9, 30), "call", "Confirmar medidas"),
        (dt.time(16, 0), "visit", "Visitar la planta"),
        (None, "call", "Llamar por la cotización"),
    ]
    visit = sheet.rows[1]
    assert visit.contact == "Ana Peña" and visit.company == "Ferretería Sol"
    assert visit.address == "Av. Juárez 120\n64000 Monterrey\nNuevo León"
    assert [p.number for p in visit.phones] == ["+528112345678"]
    assert visit.open_questions == "¿Quién autoriza la compra?"
    assert visit.impediments == ("Presupuesto congelado hasta enero",)
    assert day_sheet(day + dt.timedelta(days=2)).rows == []


def _pdf_text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))  # (ﬁ: fi)


def test_the_pdf_has_the_days_visits_in_order(day, qapp, tmp_path):
    from ui.day_sheet import write_pdf

    path = write_pdf(day_sheet(day), tmp_path / "hoja.pdf")
    text = _pdf_text(path)
    order = [text.find(what) for what in ("Confirmar medidas", "Visitar la planta", "Llamar por")]
    assert -1 not in order and order == sorted(order), text
    for detail in ("Av. Juárez 120", "+52 81 1234 5678", "Presupuesto congelado", "Quién autoriza"):
        assert detail in text
    assert "Enviar catálogo" not in text and "Llamar a Rosa" not in text


def test_the_first_page_makes_a_picture(day, qapp):
    from ui.day_sheet import first_page_image

    image = first_page_image(day_sheet(day))
    assert not image.isNull() and image.height() > image.width()


def test_the_command_writes_the_pdf_without_a_display(day, tmp_path, paths):
    """The real program in a process of its own, with no display at all: the PDF of the
    day named (a date in the person's format), in Spanish."""
    from contactos.session import close_session

    close_session()  # (the test's database is the command's: one writer at a time)
    path = tmp_path / "hoja.pdf"
    env = program_env()
    env.pop("QT_QPA_PLATFORM")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.launcher",
            "--data-dir",
            str(paths.data_dir),
            "--lang",
            "es",
            "day-sheet",
            "30/11/2026",
            "--pdf",
            str(path),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    text = _pdf_text(path)
    assert text.index("Confirmar medidas") < text.index("Visitar la planta")
    assert "Hoja del día" in text


def test_without_the_window_part_the_command_says_so(cli):
    code, out, err = cli("day-sheet", "--pdf", "x.pdf")
    assert code == 1 and "window" in err


def test_a_pdf_that_cannot_be_written_is_refused_saying_where(day, qapp, tmp_path):
    from ui.day_sheet import SheetNotWritten, write_pdf

    where = tmp_path / "no such folder" / "hoja.pdf"
    with pytest.raises(SheetNotWritten) as refused:
        write_pdf(day_sheet(day), where)
    assert str(where) in refused.value.message
