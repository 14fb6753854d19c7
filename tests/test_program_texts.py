"""What the program writes itself ("First contact", the re-order follow-up, the loss
confirmation, "Cancelled: lead reopened") is stored as a kind and read in the reader's
language: created by the command line in English, it reads in Spanish with `--lang es`
and in the Spanish window."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QCoreApplication

from contactos import catalog, i18n, rules, timeline, today
from contactos.contacts import ContactData, create_contact
from contactos.models import Activity, Lead
from contactos.rules import NextAction

# The test's days, read from the program's clock as each test starts (see _days).
TODAY = TOMORROW = None


@pytest.fixture(autouse=True)
def _days(clock):
    """Today and the days around it as the program's clock reads them, held still for
    the test by the `clock` fixture: a run across midnight reads one day."""
    global TODAY, TOMORROW
    today = clock.today()
    TODAY = today
    TOMORROW = today + dt.timedelta(days=1)


@pytest.fixture
def spanish():
    """The command line's Spanish (the catalogue read without Qt)."""
    i18n.install(catalog.translator("es"), catalog.plural_translator("es"))
    yield
    i18n.install(None)


# --- The renderers ------------------------------------------------------------------------


def test_each_kind_reads_in_the_readers_language(spanish):
    assert rules.next_action_text("", "first-contact") == "Primer contacto"
    assert (
        rules.next_action_text("", "confirm-loss") == "Confirmar con el prospecto si va a comprar"
    )
    assert rules.subject_text("", "reorder", "Compresores") == (
        "Seguimiento de recompra: Compresores"
    )
    assert rules.outcome_text("", "cancelled-reopened") == "Cancelada: prospecto reabierto"
    # What a person wrote is shown as written, in any language.
    assert rules.next_action_text("Call José", "") == "Call José"
    assert rules.subject_text("Visita", None) == "Visita"
    i18n.install(None)
    assert rules.next_action_text("", "first-contact") == "First contact"


# --- Stored as kinds, from the command line -------------------------------------------------


def test_created_in_english_read_in_spanish_from_the_command_line(cli, tmp_path):
    csv = tmp_path / "lista.csv"
    csv.write_text("Nombre,Empresa,Teléfono\nAna Ruiz,Textiles,55 1234 5678\n", encoding="utf-8")
    code, _, err = cli("--lang", "en", "import", str(csv), "--leads", "--country", "MX")
    assert code == 0, err
    code, out, err = cli(
        "--lang", "en", "add-lead", "José Núñez", "--next", "Llamar", "--due", TODAY.isoformat()
    )
    assert code == 0, err
    confirm = out.strip()
    code, _, err = cli(
        "--lang", "en", "lose", confirm, "--not-confirmed", "--confirm-by", TODAY.isoformat()
    )
    assert code == 0, err

    english = json.loads(cli("--lang", "en", "leads", "--json")[1])
    assert {r["next_action"]["what"] for r in english} == {
        "First contact",
        "Confirm with the prospect whether they will buy",
    }
    spanish = json.loads(cli("--lang", "es", "leads", "--json")[1])
    assert {(r["next_action"]["what"], r["next_action"]["what_kind"]) for r in spanish} == {
        ("Primer contacto", "first-contact"),
        ("Confirmar con el prospecto si va a comprar", "confirm-loss"),
    }
    queue = json.loads(cli("--lang", "es", "today", "--json")[1])
    assert {i["what"] for i in queue["unattended"]} == {
        "Primer contacto",
        "Confirmar con el prospecto si va a comprar",
    }
    code, out, _ = cli("--lang", "es", "today")
    assert "Primer contacto" in out and "First contact" not in out


def test_the_win_and_the_reopening_are_stored_as_kinds(db, spanish):
    contact = create_contact(ContactData(first_name="María"))
    lead = rules.create_lead(contact, "Compresores", NextAction("Llamar", TOMORROW))
    rules.win(lead, "contract", TODAY)
    planned = Activity.get(Activity.lead == lead.id)
    assert (planned.subject, planned.subject_template) == ("", "reorder")
    rules.reopen(Lead.get_by_id(lead.id), "Canceló", NextAction("Renegociar", TOMORROW))
    cancelled = Activity.get_by_id(planned.id)
    assert (cancelled.outcome, cancelled.outcome_template) == ("", "cancelled-reopened")
    events = [e for e in timeline.for_lead(lead.id) if e.kind == "call"]
    assert events[0].title == "Seguimiento de recompra: Compresores"
    assert "Cancelada: prospecto reabierto" in events[0].detail


def test_the_reorder_call_reads_in_the_days_queue(db, spanish):
    contact = create_contact(ContactData(first_name="María"))
    lead = rules.create_lead(contact, "Brocas", NextAction("Llamar", TOMORROW))
    rules.win(lead, "payment", TODAY)
    moment = dt.datetime.combine(TODAY + dt.timedelta(days=200), dt.time(12, 0))
    overdue = today.work_queue(moment)["overdue"]
    assert [(i.what, i.what_kind) for i in overdue] == [
        ("Seguimiento de recompra: Brocas", "reorder")
    ]


def test_a_person_editing_the_program_text_clears_the_kind(db):
    contact = create_contact(ContactData(first_name="María"))
    lead = rules.create_lead(contact, "Bombas", NextAction("", TOMORROW, template="first-contact"))
    assert (lead.next_action_what, lead.next_action_template) == ("", "first-contact")
    # Saved as shown (the lead dialog, the lead view, a reschedule): still the kind.
    rules.set_next_action(lead, NextAction("First contact", TOMORROW + dt.timedelta(days=1)))
    fresh = Lead.get_by_id(lead.id)
    assert (fresh.next_action_what, fresh.next_action_template) == ("", "first-contact")
    rules.reschedule(fresh, TODAY)
    assert Lead.get_by_id(lead.id).next_action_template == "first-contact"
    # Edited: a person's words, kept as written.
    rules.set_next_action(Lead.get_by_id(lead.id), NextAction("First contact by phone", TODAY))
    fresh = Lead.get_by_id(lead.id)
    assert (fresh.next_action_what, fresh.next_action_template) == ("First contact by phone", "")


def test_marking_the_programs_next_action_done_logs_its_kind(db):
    contact = create_contact(ContactData(first_name="María"))
    lead = rules.create_lead(contact, "Bombas", NextAction("", TODAY, template="first-contact"))
    activity = rules.log_activity(
        lead,
        "call",
        subject_template=lead.next_action_template,
        next_action=NextAction("Enviar cotización", TOMORROW),
    )
    stored = Activity.get_by_id(activity.id)
    assert (stored.subject, stored.subject_template) == ("", "first-contact")


# --- In the Spanish window ------------------------------------------------------------------


@pytest.fixture
def window_in_spanish(qapp):
    from PySide6.QtCore import QLocale

    from ui import translation

    locale = QLocale()
    installed = translation.install(qapp, "es")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.install(None)
    QLocale.setDefault(locale)


def test_created_in_english_read_in_spanish_in_the_window(qtbot, cli, window_in_spanish):
    from contactos.paths import resolve_paths
    from contactos.session import close_session, open_session
    from ui.dialogs.lead_dialog import LeadDialog
    from ui.models import LeadTableModel, TodayModel
    from ui.views.detail import LeadView

    # (the command line, run in English, installs its own translator: the window's again)
    cli("--lang", "en", "add-lead", "Ana", "--next", "Llamar", "--due", TODAY.isoformat())
    cli("--lang", "en", "lose", "1", "--not-confirmed", "--confirm-by", TODAY.isoformat())
    i18n.install(
        QCoreApplication.translate,
        lambda context, text, n: QCoreApplication.translate(context, text, None, n),
    )
    spanish = "Confirmar con el prospecto si va a comprar"
    open_session(resolve_paths(cli.data), auto_backup=False)
    try:
        today_model = TodayModel()
        today_model.refresh()
        section = today_model.index(0, 0)
        assert spanish in today_model.data(today_model.index(0, 0, section))
        leads = LeadTableModel()
        leads.refresh()
        texts = [leads.data(leads.index(0, column)) for column in range(leads.columnCount())]
        assert spanish in texts
        view = LeadView()
        qtbot.addWidget(view)
        view.set_lead(1)
        assert view.next_what.text() == spanish
        dialog = LeadDialog(None, lead=Lead.get_by_id(1))
        qtbot.addWidget(dialog)
        assert dialog.what_edit.text() == spanish
        dialog.title_edit.setText("Ana — tornillos")
        dialog.accept()  # saved as shown: the kind stays, the words are not stored
        lead = Lead.get_by_id(1)
        assert (lead.title, lead.next_action_what, lead.next_action_template) == (
            "Ana — tornillos",
            "",
            "confirm-loss",
        )
    finally:
        close_session()
