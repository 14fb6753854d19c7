"""The lead and contact dialogs, driven through their real widgets.

Each dialog is reached both ways: accepted (the rows are written as typed, and search
finds a new contact) and refused or cancelled (the domain's message is shown under its
field, the dialog stays open, and nothing at all is written).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from helpers import click, open_dialog, type_text
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from contactos import listing, rules, settings, stages
from contactos.contacts import ContactData, create_contact
from contactos.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Lead,
    Representada,
    Source,
    StageChange,
    Tag,
)
from contactos.rules import NextAction
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.lead_dialog import LeadDialog

# The offscreen platform plugin warns that it cannot do what a real desktop does (size
# hints of a shown window, raising and grabbing the keyboard for the completer's pop-up):
# that is the test platform talking, not these dialogs.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

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


# --- Helpers ------------------------------------------------------------------------------


def counts() -> dict[str, int]:
    models = (
        Contact,
        ContactEmail,
        ContactPhone,
        ContactTag,
        Tag,
        Lead,
        Representada,
        Source,
        StageChange,
    )
    return {m.__name__: m.select().count() for m in models}


def run_modal(qtbot, fill, entry_point):
    """Call a blocking (value, accepted) entry point while `fill` drives its dialog."""
    seen: list[QDialog] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        try:
            fill(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # never leave the test hanging in exec()

    QTimer.singleShot(0, drive)
    result = entry_point()
    assert seen and seen[0] is not None
    return seen[0], result


@pytest.fixture(autouse=True)
def _mexico(request):
    """Phones typed without a country code are read as Mexican (the setting, not the
    test machine's locale)."""
    if "db" in request.fixturenames:
        request.getfixturevalue("db")
        settings.put("default_country", "MX")


@pytest.fixture
def maria(db):
    return create_contact(
        ContactData(
            first_name="María",
            last_name="Peña",
            company="Aceros del Norte",
            phones=["81 1234 5678"],
            emails=["maria@aceros.mx"],
        )
    )


@pytest.fixture
def representada(db):
    return Representada.create(name="Herramientas MTY", commission_rate=Decimal("8.5"))


@pytest.fixture
def source(db):
    return Source.create(name="Distribuidora Bajío", kind="distributor")


@pytest.fixture
def lead(maria, representada, source):
    return rules.create_lead(
        maria,
        "Compresores",
        NextAction("Llamar para confirmar la cotización", TOMORROW),
        representada=representada,
        source=source,
        value="120000",
    )


# --- Contact dialog -------------------------------------------------------------------------


def test_new_contact_is_written_and_found_by_search(qtbot, db):
    before = counts()
    dlg = open_dialog(qtbot, ContactDialog(None))
    assert dlg.windowTitle() == "New contact"
    assert dlg.ok_button.isDefault()

    type_text(dlg.first_name_edit, "José Luis")
    type_text(dlg.last_name_edit, "Ibáñez")
    qtbot.keyClicks(dlg.company_edit, "Ferreteria La Union")
    qtbot.keyClicks(dlg.job_title_edit, "Compras")
    type_text(dlg.emails_edit, "Jose@Ferreteria.mx\nventas@ferreteria.mx")
    qtbot.keyClicks(dlg.phones_edit, "81 8765 4321")
    qtbot.keyClicks(dlg.tags_edit, "vip, norte")
    type_text(dlg.address_edit, "Av. Juárez 123")
    qtbot.keyClicks(dlg.city_edit, "Monterrey")
    type_text(dlg.region_edit, "Nuevo León")
    qtbot.keyClicks(dlg.postal_code_edit, "64000")
    type_text(dlg.country_edit, "México")
    qtbot.keyClicks(dlg.notes_edit, "Prefers WhatsApp")
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted
    contact = Contact.get_by_id(dlg.saved_contact.id)
    assert (contact.first_name, contact.last_name, contact.company) == (
        "José Luis",
        "Ibáñez",
        "Ferreteria La Union",
    )
    assert (contact.region, contact.country, contact.postal_code) == (
        "Nuevo León",
        "México",
        "64000",
    )
    assert [e.email for e in contact.emails.order_by(ContactEmail.position)] == [
        "jose@ferreteria.mx",
        "ventas@ferreteria.mx",
    ]
    assert [p.number for p in contact.phones] == ["+528187654321"]
    assert sorted(ct.tag.name for ct in contact.contact_tags) == ["norte", "vip"]
    assert counts()["Contact"] == before["Contact"] + 1
    # Search as you type finds the new contact, accents or not.
    assert [r.id for r in listing.contact_rows("ibanez", sort="relevance")] == [contact.id]
    assert [r.id for r in listing.contact_rows("81 8765", sort="relevance")] == [contact.id]


def test_contact_without_name_is_refused_and_nothing_written(qtbot, db):
    before = counts()
    dlg = open_dialog(qtbot, ContactDialog(None))
    qtbot.keyClicks(dlg.emails_edit, "nobody@example.com")
    click(qtbot, dlg.ok_button)

    assert dlg.isVisible()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.saved_contact is None
    assert dlg.first_name_error.isVisible()
    assert "A contact needs a name or a company." in dlg.first_name_error.text()
    assert counts() == before

    # A bad e-mail is shown under the e-mails, the name error is gone.
    qtbot.keyClicks(dlg.first_name_edit, "Ana")
    dlg.emails_edit.clear()
    qtbot.keyClicks(dlg.emails_edit, "not-an-address")
    click(qtbot, dlg.ok_button)
    assert not dlg.first_name_error.isVisible()
    assert dlg.emails_error.isVisible()
    assert "'not-an-address' is not an e-mail address." in dlg.emails_error.text()
    assert counts() == before

    # A phone that cannot be read is said under the phones; nothing is written.
    dlg.emails_edit.clear()
    qtbot.keyClicks(dlg.phones_edit, "123")
    click(qtbot, dlg.ok_button)
    assert not dlg.emails_error.isVisible()
    assert dlg.phones_error.isVisible()
    assert "'123' is not a phone number we can read for MX" in dlg.phones_error.text()
    assert dlg.phones_edit.hasFocus() or dlg.focusWidget() is dlg.phones_edit
    assert counts() == before
    dlg.phones_edit.clear()
    qtbot.keyClicks(dlg.phones_edit, "55 1234 5678")
    click(qtbot, dlg.ok_button)
    assert dlg.saved_contact is not None
    assert [p.number for p in dlg.saved_contact.phones] == ["+525512345678"]


def test_edit_contact_prefills_and_updates(qtbot, maria):
    before = counts()
    dlg = open_dialog(qtbot, ContactDialog(None, maria))
    assert dlg.windowTitle() == "Edit contact"
    assert dlg.first_name_edit.text() == "María"
    assert dlg.emails_edit.toPlainText() == "maria@aceros.mx"
    dlg.company_edit.selectAll()
    qtbot.keyClicks(dlg.company_edit, "Aceros del Sur")
    qtbot.keyClick(dlg.phones_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(dlg.phones_edit, "\n55 1234 0000")
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted
    contact = Contact.get_by_id(maria.id)
    assert contact.company == "Aceros del Sur"
    assert [p.number for p in contact.phones.order_by(ContactPhone.position)] == [
        "+528112345678",
        "+525512340000",
    ]
    assert counts()["Contact"] == before["Contact"]
    assert [r.id for r in listing.contact_rows("sur", sort="relevance")] == [maria.id]


def test_contact_edit_entry_point_both_outcomes(qtbot, db):
    def fill(dlg):
        type_text(dlg.first_name_edit, "Lucía")
        click(qtbot, dlg.ok_button)

    dlg, (contact, accepted) = run_modal(qtbot, fill, lambda: ContactDialog.edit(None))
    assert isinstance(dlg, ContactDialog)
    assert accepted is True
    assert Contact.get_by_id(contact.id).first_name == "Lucía"

    before = counts()

    def cancel(dlg):
        type_text(dlg.first_name_edit, "Otra")
        click(qtbot, dlg.cancel_button)

    _, result = run_modal(qtbot, cancel, lambda: ContactDialog.edit(None, contact))
    assert result == (None, False)
    assert counts() == before
    assert Contact.get_by_id(contact.id).first_name == "Lucía"


# --- Lead dialog: new leads -----------------------------------------------------------------


def choose_contact(qtbot, dlg: LeadDialog, typed: str) -> None:
    """Type in the chooser and pick the first suggestion with the keyboard."""
    qtbot.keyClicks(dlg.contact_edit, typed)
    popup = dlg.contact_completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and dlg.contact_model.rowCount() > 0)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_new_lead_for_a_contact_found_by_search(qtbot, maria, representada, source):
    before = counts()
    dlg = open_dialog(qtbot, LeadDialog(None))
    assert dlg.windowTitle() == "New lead"
    assert dlg.existing_radio.isChecked()
    assert dlg.currency_combo.currentText() == "MXN"
    assert dlg.stage_combo.currentText() == "New"

    choose_contact(qtbot, dlg, "pena")  # no accent: search is accent-insensitive
    assert dlg.chosen_contact_id == maria.id
    assert dlg.contact_edit.text().startswith("María Peña — Aceros del Norte")

    qtbot.keyClicks(dlg.title_edit, "Compresores de tornillo")
    qtbot.keyClicks(dlg.value_edit, "150000.50")
    dlg.currency_combo.setCurrentText("USD")
    qtbot.keyClicks(dlg.representada_combo.lineEdit(), "Herramientas MTY")
    assert dlg.commission_spin.value() == pytest.approx(8.5)  # the representada's rate
    type_text(dlg.source_combo.lineEdit(), "Distribuidora Bajío")
    qtbot.keyClick(dlg.stage_combo, Qt.Key.Key_Down)  # Contacted
    click(qtbot, dlg.close_check)
    qtbot.keyClicks(dlg.value_for_prospect_edit, "Less downtime")
    qtbot.keyClicks(dlg.notes_edit, "Asked for a demo")

    qtbot.keyClick(dlg.kind_combo, Qt.Key.Key_Down)  # Visit
    type_text(dlg.what_edit, "Visitar la planta")
    click(qtbot, dlg.in_3_days_button)
    click(qtbot, dlg.time_check)
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.general_error.text()
    lead = Lead.get_by_id(dlg.saved_lead.id)
    assert lead.contact_id == maria.id
    assert lead.title == "Compresores de tornillo"
    assert lead.value == Decimal("150000.50")
    assert lead.currency == "USD"
    assert lead.representada_id == representada.id
    assert lead.commission_rate == Decimal("8.5")
    assert lead.source_id == source.id
    assert lead.stage.key == "contacted"
    assert lead.expected_close_date == TODAY
    assert lead.expected_payment_date is None
    assert lead.value_for_prospect == "Less downtime"
    assert lead.notes == "Asked for a demo"
    assert lead.status == Lead.OPEN
    assert (lead.next_action_kind, lead.next_action_what) == ("visit", "Visitar la planta")
    assert lead.next_action_due == TODAY + dt.timedelta(days=3)
    assert lead.next_action_time == dt.time(10, 0)
    after = counts()
    assert after["Lead"] == before["Lead"] + 1
    assert after["Contact"] == before["Contact"]
    assert after["Representada"] == before["Representada"]
    assert after["StageChange"] == before["StageChange"] + 1


def test_new_lead_with_a_new_contact_typed_inline(qtbot, db):
    before = counts()
    dlg = open_dialog(qtbot, LeadDialog(None))
    click(qtbot, dlg.new_radio)
    assert dlg.new_first_name_edit.isEnabled() and not dlg.contact_edit.isEnabled()
    type_text(dlg.new_first_name_edit, "Lucía")
    type_text(dlg.new_last_name_edit, "Gómez")
    qtbot.keyClicks(dlg.new_company_edit, "Bombas del Golfo")
    qtbot.keyClicks(dlg.new_phone_edit, "229 123")  # a digit group short
    qtbot.keyClicks(dlg.new_email_edit, "lucia@bombas.mx")
    qtbot.keyClicks(dlg.title_edit, "Bombas sumergibles")
    qtbot.keyClicks(dlg.representada_combo.lineEdit(), "Nueva Rep")  # a new one
    qtbot.keyClicks(dlg.what_edit, "Send the catalogue")
    click(qtbot, dlg.tomorrow_button)
    click(qtbot, dlg.ok_button)
    # The phone is refused beside it, and nothing at all is written.
    assert dlg.isVisible() and dlg.new_phone_error.isVisible()
    assert "'229 123' is not a phone number we can read for MX" in dlg.new_phone_error.text()
    assert counts() == before
    qtbot.keyClicks(dlg.new_phone_edit, " 4567")
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.general_error.text()
    lead = Lead.get_by_id(dlg.saved_lead.id)
    contact = lead.contact
    assert (contact.first_name, contact.last_name, contact.company) == (
        "Lucía",
        "Gómez",
        "Bombas del Golfo",
    )
    assert [e.email for e in contact.emails] == ["lucia@bombas.mx"]
    assert [p.number for p in contact.phones] == ["+522291234567"]
    assert lead.representada.name == "Nueva Rep"
    assert lead.next_action_due == TOMORROW
    assert lead.next_action_time is None
    assert lead.value is None
    after = counts()
    assert after["Contact"] == before["Contact"] + 1
    assert after["Representada"] == before["Representada"] + 1
    assert after["Lead"] == before["Lead"] + 1
    assert [r.id for r in listing.contact_rows("lucia", sort="relevance")] == [contact.id]

    # The next dialog's chooser finds the contact just created.
    other = open_dialog(qtbot, LeadDialog(None))
    choose_contact(qtbot, other, "gomez")
    assert other.chosen_contact_id == contact.id


def test_missing_next_action_is_refused_and_nothing_is_written(qtbot, db):
    before = counts()
    dlg = open_dialog(qtbot, LeadDialog(None))
    click(qtbot, dlg.new_radio)
    type_text(dlg.new_first_name_edit, "Ramón")
    qtbot.keyClicks(dlg.title_edit, "Montacargas")
    qtbot.keyClicks(dlg.representada_combo.lineEdit(), "Otra Rep")
    qtbot.keyClicks(dlg.source_combo.lineEdit(), "Expo 2025")
    click(qtbot, dlg.ok_button)

    # "What" left empty reaches the rule, which refuses; the contact, the representada
    # and the source typed here are rolled back with it.
    assert dlg.isVisible() and dlg.saved_lead is None
    assert dlg.what_error.isVisible()
    assert dlg.what_error.text() == (
        "⚠ An open lead always needs a next action: say what you will do next."
    )
    assert counts() == before

    # What without a date: refused under the date.
    qtbot.keyClicks(dlg.what_edit, "Call back")
    assert dlg.due_edit.text() == "No date"
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert not dlg.what_error.isVisible()
    assert dlg.due_error.isVisible()
    assert "An open lead always needs a next action with a date" in dlg.due_error.text()
    assert counts() == before

    click(qtbot, dlg.next_week_button)
    click(qtbot, dlg.ok_button)
    assert dlg.result() == QDialog.DialogCode.Accepted
    lead = dlg.saved_lead
    assert lead.next_action_due == TODAY + dt.timedelta(days=7 - TODAY.weekday())
    assert lead.next_action_due.weekday() == 0
    assert counts()["Contact"] == before["Contact"] + 1
    assert counts()["Source"] == before["Source"] + 1


def test_lead_refusals_are_shown_under_their_field(qtbot, maria):
    before = counts()
    dlg = open_dialog(qtbot, LeadDialog(None, contact=maria))
    assert dlg.chosen_contact_id == maria.id
    qtbot.keyClicks(dlg.what_edit, "Call")
    click(qtbot, dlg.tomorrow_button)
    click(qtbot, dlg.ok_button)
    assert dlg.title_error.isVisible()
    assert "A lead needs a title: what are you selling?" in dlg.title_error.text()

    qtbot.keyClicks(dlg.title_edit, "Bandas")
    qtbot.keyClicks(dlg.value_edit, "-5")
    click(qtbot, dlg.ok_button)
    assert not dlg.title_error.isVisible()
    assert dlg.value_error.isVisible()
    assert "An amount cannot be negative ('-5')." in dlg.value_error.text()
    assert dlg.isVisible() and counts() == before

    dlg.value_edit.clear()
    qtbot.keyClicks(dlg.value_edit, "2500")
    click(qtbot, dlg.ok_button)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.saved_lead.value == Decimal("2500")
    assert dlg.saved_lead.commission_rate is None  # no representada, nothing typed


def test_a_contact_must_be_chosen(qtbot, maria):
    before = counts()
    dlg = open_dialog(qtbot, LeadDialog(None))
    qtbot.keyClicks(dlg.contact_edit, "Nobody we know")
    qtbot.keyClicks(dlg.title_edit, "Bandas")
    qtbot.keyClicks(dlg.what_edit, "Call")
    click(qtbot, dlg.tomorrow_button)
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.contact_error.isVisible()
    assert "Choose a contact from the list" in dlg.contact_error.text()
    assert counts() == before


def test_create_entry_point_both_outcomes(qtbot, maria):
    before = counts()

    def fill(dlg):
        assert dlg.chosen_contact_id == maria.id
        qtbot.keyClicks(dlg.title_edit, "Refacciones")
        qtbot.keyClicks(dlg.what_edit, "Send the quote")
        click(qtbot, dlg.tomorrow_button)
        click(qtbot, dlg.ok_button)

    dlg, (lead, accepted) = run_modal(qtbot, fill, lambda: LeadDialog.create(None, maria))
    assert isinstance(dlg, LeadDialog)
    assert accepted is True
    assert Lead.get_by_id(lead.id).title == "Refacciones"
    assert counts()["Lead"] == before["Lead"] + 1

    before = counts()

    def refuse_then_cancel(dlg):
        qtbot.keyClicks(dlg.title_edit, "Sin seguimiento")
        click(qtbot, dlg.ok_button)  # refused: no next action
        assert dlg.what_error.isVisible()
        click(qtbot, dlg.cancel_button)

    _, result = run_modal(qtbot, refuse_then_cancel, lambda: LeadDialog.create(None, maria))
    assert result == (None, False)
    assert counts() == before


# --- Lead dialog: editing -------------------------------------------------------------------


def test_edit_lead_changes_stage_and_next_action(qtbot, lead):
    before = counts()
    dlg = open_dialog(qtbot, LeadDialog(None, lead=lead))
    assert dlg.windowTitle() == "Edit lead"
    assert dlg.title_edit.text() == "Compresores"
    assert dlg.what_edit.text() == "Llamar para confirmar la cotización"
    assert dlg.representada_combo.currentText() == "Herramientas MTY"
    assert dlg.commission_spin.value() == pytest.approx(8.5)
    assert dlg.contact_label.isVisible() and not dlg.existing_radio.isVisible()

    qtbot.keyClick(dlg.stage_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dlg.stage_combo, Qt.Key.Key_Down)  # Proposal sent
    dlg.what_edit.clear()
    type_text(dlg.what_edit, "Revisar la propuesta con él")
    click(qtbot, dlg.next_week_button)
    dlg.title_edit.selectAll()
    qtbot.keyClicks(dlg.title_edit, "Compresores (2)")
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.general_error.text()
    fresh = Lead.get_by_id(lead.id)
    assert fresh.title == "Compresores (2)"
    assert fresh.stage.key == "proposal"
    assert fresh.next_action_what == "Revisar la propuesta con él"
    assert fresh.next_action_due == TODAY + dt.timedelta(days=7 - TODAY.weekday())
    changes = list(StageChange.select().where(StageChange.lead == lead).order_by(StageChange.id))
    assert [c.to_stage.key for c in changes] == ["new", "proposal"]
    assert changes[-1].from_stage.key == "new"
    assert counts()["StageChange"] == before["StageChange"] + 1
    assert counts()["Lead"] == before["Lead"]


def test_edit_refused_writes_nothing(qtbot, lead):
    before = counts()
    dlg = open_dialog(qtbot, LeadDialog(None, lead=lead))
    dlg.title_edit.selectAll()
    qtbot.keyClicks(dlg.title_edit, "Changed")
    qtbot.keyClicks(dlg.source_combo.lineEdit(), " nueva")  # would create a source
    qtbot.keyClick(dlg.stage_combo, Qt.Key.Key_Down)
    dlg.what_edit.clear()
    click(qtbot, dlg.ok_button)

    assert dlg.isVisible() and dlg.saved_lead is None
    assert dlg.what_error.isVisible()
    assert "An open lead always needs a next action" in dlg.what_error.text()
    fresh = Lead.get_by_id(lead.id)
    assert (fresh.title, fresh.stage.key, fresh.source_id) == ("Compresores", "new", lead.source_id)
    assert counts() == before

    def cancel(dialog):
        click(qtbot, dialog.cancel_button)

    _, result = run_modal(qtbot, cancel, lambda: LeadDialog.edit(None, lead))
    assert result == (None, False)


def test_edit_entry_point_accepts(qtbot, lead):
    def fill(dlg):
        dlg.notes_edit.setPlainText("Budget approved in March")
        click(qtbot, dlg.ok_button)

    _, (saved, accepted) = run_modal(qtbot, fill, lambda: LeadDialog.edit(None, lead))
    assert accepted is True
    assert saved.id == lead.id
    assert Lead.get_by_id(lead.id).notes == "Budget approved in March"


def test_closed_lead_edits_data_without_a_next_action(qtbot, lead):
    rules.lose(lead, "no-budget", "No hay presupuesto este año")
    lead = Lead.get_by_id(lead.id)
    dlg = open_dialog(qtbot, LeadDialog(None, lead=lead))
    assert dlg.closed_label.isVisible()
    assert "closed (Lost)" in dlg.closed_label.text()
    assert not dlg.what_edit.isEnabled()
    assert not dlg.due_edit.isEnabled()
    assert not dlg.stage_combo.isEnabled()
    qtbot.keyClicks(dlg.notes_edit, "Try again next year")
    click(qtbot, dlg.ok_button)

    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.general_error.text()
    fresh = Lead.get_by_id(lead.id)
    assert fresh.status == Lead.LOST
    assert fresh.notes == "Try again next year"
    assert fresh.next_action_due is None


def test_quick_dates_and_stage_choices(qtbot, db):
    dlg = open_dialog(qtbot, LeadDialog(None))
    assert [dlg.stage_combo.itemText(i) for i in range(dlg.stage_combo.count())] == [
        s.name for s in stages.ordered()
    ]
    assert dlg.kind_combo.currentData() == "call"
    assert dlg.next_action().due is None
    click(qtbot, dlg.tomorrow_button)
    assert dlg.next_action().due == TOMORROW
    click(qtbot, dlg.in_3_days_button)
    assert dlg.next_action().due == TODAY + dt.timedelta(days=3)
    click(qtbot, dlg.next_week_button)
    due = dlg.next_action().due
    assert due.weekday() == 0 and 1 <= (due - TODAY).days <= 7


@pytest.mark.parametrize(
    ("locale", "typed", "stored"),
    [
        # Spain writes 1.234,50: "1.500" is fifteen hundred, "12,5" twelve and a half.
        ("es_ES", "1.500", Decimal("1500")),
        ("es_ES", "1.234,50", Decimal("1234.50")),
        ("es_ES", "12,5", Decimal("12.5")),
        ("es_ES", "1.234,50 €", Decimal("1234.50")),
        # Mexico writes 1,234.50: "1,500" is fifteen hundred, "1.5" one and a half.
        ("es_MX", "1,500", Decimal("1500")),
        ("es_MX", "1.5", Decimal("1.5")),
        ("es_MX", "$1,234.50", Decimal("1234.50")),
    ],
)
def test_value_is_read_with_the_locale(qtbot, maria, locale, typed, stored):
    """The expected values are written out, not built with the locale under test: read
    with another decimal mark (QLocale.c()), "1.500" would be 1.5."""
    dlg = open_dialog(qtbot, LeadDialog(None, contact=maria))
    dlg.setLocale(QLocale(locale))
    qtbot.keyClicks(dlg.title_edit, "Bandas")
    qtbot.keyClicks(dlg.what_edit, "Call")
    click(qtbot, dlg.tomorrow_button)
    type_text(dlg.value_edit, typed)
    click(qtbot, dlg.ok_button)
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.value_error.text()
    assert Lead.get_by_id(dlg.saved_lead.id).value == stored


@pytest.mark.parametrize("typed", ["12 mil", "inf", "nan", "snan", "1e999", "-5", "1.234,567"])
def test_an_unreadable_value_is_refused_with_the_reason(qtbot, maria, typed):
    before = counts()
    dlg = open_dialog(qtbot, LeadDialog(None, contact=maria))
    dlg.setLocale(QLocale("es_ES"))
    qtbot.keyClicks(dlg.title_edit, "Bandas")
    qtbot.keyClicks(dlg.what_edit, "Call")
    click(qtbot, dlg.tomorrow_button)
    dlg.value_edit.setText(typed)
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.value_error.isVisible()
    assert f"'{typed}'" in dlg.value_error.text()  # the reason names what was typed
    assert counts() == before


def test_a_long_representada_or_source_shows_its_beginning(qtbot, lead, representada, source):
    """A name wider than its box is shown from its start ('Empaques Sierra M…'), not
    scrolled to its end ('…ajes Sierra Madre, S.A. de C.V.')."""
    Representada.update(name="Empaques Sierra Madre, S.A. de C.V. " * 3).execute()
    Source.update(name="Distribuidora del Bajío – lista de octubre " * 3).execute()
    dlg = open_dialog(qtbot, LeadDialog(None, lead=lead))
    for combo in (dlg.representada_combo, dlg.source_combo):
        assert combo.currentText().startswith(("Empaques", "Distribuidora"))
        assert combo.lineEdit().cursorPosition() == 0
