"""The window's side of issue 13 (items 1 and 2), driven through real widgets: the
Representadas view and its dialog, the commission ledger in a won lead's view, recording
and cancelling an entry, late money in Today. Each dialog accepted (the database shows
the change) and refused (the domain's message under the field, nothing written)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from helpers import click, open_dialog, snapshot, type_text, when_modal
from PySide6.QtWidgets import QDialog

from contactos import commissions
from contactos.actions import closing, leads
from contactos.actions import commissions as commission_actions
from contactos.actions import contacts as contact_actions
from contactos.actions import representadas as rep_actions
from contactos.contacts import ContactData
from contactos.models import CommissionEntry, Lead, Representada
from contactos.representadas import RepresentadaData
from contactos.rules import NextAction
from ui.dialogs.commission_dialog import CancelEntryDialog, RecordCommissionDialog
from ui.dialogs.common import format_money
from ui.dialogs.representada_dialog import RepresentadaDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

D = Decimal


@pytest.fixture
def today(clock):
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    return clock.today()


@pytest.fixture
def won(db, clock, today):
    rep_actions.add(RepresentadaData(name="Tolteca", commission_rate="8", payment_terms_days="15"))
    clock.set(dt.datetime(2026, 10, 1, 9, 0))
    contact = contact_actions.add_contact(ContactData(first_name="Eva", last_name="Ruiz")).contact
    lead = leads.add_lead(
        leads.LeadDetails(title="Compresores", value="100000", representada="Tolteca"),
        NextAction("Llamar", dt.date(2026, 10, 2)),
        contact=contact,
    ).lead
    closing.win(lead.id, "contract", dt.date(2026, 10, 1), schedule_reorder=False)
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    return Lead.get_by_id(lead.id)


# --- Recording an entry -------------------------------------------------------------------


def test_the_record_dialog_offers_what_is_still_owed_and_records_it(qtbot, won, today):
    dlg = open_dialog(qtbot, RecordCommissionDialog(None, won))
    assert dlg.kind() == "customer-paid"  # (nothing paid yet: the customer's payment first)
    assert dlg.amount_edit.text() == dlg.locale().toString(100000.0, "f", 2)
    dlg.amount_edit.clear()
    qtbot.keyClicks(dlg.amount_edit, "25000")
    click(qtbot, dlg.ok_button)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert (dlg.entry.kind, dlg.entry.amount, dlg.entry.commission) == (
        "customer-paid",
        D("25000.00"),
        D("2000.00"),
    )
    dlg = open_dialog(qtbot, RecordCommissionDialog(None, won, "received"))
    assert dlg.amount_edit.text() == dlg.locale().toString(8000.0, "f", 2)  # the rest


def test_the_record_dialog_refuses_and_writes_nothing(qtbot, won, today):
    dlg = open_dialog(qtbot, RecordCommissionDialog(None, won, "received"))
    before = snapshot()
    dlg.amount_edit.clear()
    qtbot.keyClicks(dlg.amount_edit, "-50")
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.amount_error.isVisible() and "negative" in dlg.amount_error.text()
    dlg.amount_edit.clear()
    type_text(dlg.amount_edit, "mucho")
    click(qtbot, dlg.ok_button)
    assert "not an amount" in dlg.amount_error.text()
    assert snapshot() == before
    dlg.reject()


def test_the_date_field_offers_only_days_that_can_be(qtbot, won, today):
    dlg = open_dialog(qtbot, RecordCommissionDialog(None, won))
    assert dlg.date_edit.maximumDate().toPython() == today
    assert dlg.date_edit.minimumDate().toPython() == dt.date(2026, 10, 1)


def test_a_wrong_entry_is_cancelled_with_a_reason(qtbot, won, today):
    entry = commission_actions.record(won.id, "received", "800", today).entry
    shown = commissions.history(won.id)[0]
    dlg = open_dialog(qtbot, CancelEntryDialog(None, shown, "MXN"))
    before = snapshot()
    click(qtbot, dlg.ok_button)  # (no reason)
    assert dlg.isVisible() and "Say why" in dlg.reason_error.text()
    assert snapshot() == before
    type_text(dlg.reason_edit, "Era de otro pedido")
    click(qtbot, dlg.ok_button)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert CommissionEntry.get_by_id(entry.id).cancel_reason == "Era de otro pedido"


# --- The lead's view ------------------------------------------------------------------------


def test_a_won_leads_view_shows_its_ledger_and_records_from_it(qtbot, won, today):
    from ui.views.detail import LeadView

    commission_actions.record(won.id, "customer-paid", "50000", dt.date(2026, 11, 1))
    commission_actions.record(won.id, "received", "1000", today, note="Transferencia")
    view = LeadView()
    qtbot.addWidget(view)
    view.set_lead(won.id)
    view.show()
    panel = view.ledger_panel
    assert panel.isVisible()
    assert panel.labels["expected"].text() == format_money(D("8000"), "MXN")
    assert panel.labels["received"].text() == format_money(D("1000"), "MXN")
    assert "⚠" in panel.labels["commission_due"].text()  # 3,000 due since 16 Nov
    assert panel.table.rowCount() == 2
    assert panel.table.item(1, panel.NOTE).text() == "Transferencia"
    texts = [view.timeline.model.text(e) for e in view.timeline.model._events if e.currency]
    assert any(format_money(D("1000"), "MXN") in t for t in texts)

    def fill(dialog):
        dialog.amount_edit.clear()
        qtbot.keyClicks(dialog.amount_edit, "3000")
        click(qtbot, dialog.ok_button)

    modal = when_modal(fill, RecordCommissionDialog)
    assert panel.record(kind="received")
    modal.check()
    assert panel.table.rowCount() == 3
    assert "⚠" not in panel.labels["commission_due"].text()

    panel.table.selectRow(2)
    assert panel.cancel_button.isEnabled()

    def cancel(dialog):
        type_text(dialog.reason_edit, "Duplicado")
        click(qtbot, dialog.ok_button)

    modal = when_modal(cancel, CancelEntryDialog)
    assert panel.cancel_entry()
    modal.check()
    assert commissions.ledger(won.id).received == D("1000.00")


def test_an_open_lead_has_no_ledger(qtbot, won, today):
    from ui.views.detail import LeadView

    closing.reopen(won.id, "Cancelaron", NextAction("Llamar", today))
    view = LeadView()
    qtbot.addWidget(view)
    view.set_lead(won.id)
    view.show()
    assert not view.ledger_panel.isVisible()


# --- Representadas --------------------------------------------------------------------------


def test_the_representadas_view_lists_adds_edits_and_archives(qtbot, won, today, qtmodeltester):
    from ui.views.representadas import RepresentadasView

    view = RepresentadasView()
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtmodeltester.check(view.model)
    assert [r.name for r in view.model.rows] == ["Tolteca"]
    model = view.model
    assert model.data(model.index(0, model.WON)) == "1"

    def add(dialog):
        type_text(dialog.name_edit, "Químicos del Norte")
        dialog.rate_spin.setValue(12.5)
        dialog.terms_spin.setValue(45)
        type_text(dialog.contact_edit, "Ing. Peña")
        click(qtbot, dialog.ok_button)

    modal = when_modal(add, RepresentadaDialog)
    view.add()
    modal.check()
    rep = Representada.get(Representada.name == "Químicos del Norte")
    assert (rep.commission_rate, rep.payment_terms_days, rep.contact_person) == (
        D("12.5"),
        45,
        "Ing. Peña",
    )
    assert view.current_id() == rep.id
    click(qtbot, view.archive_button)
    assert [r.name for r in view.model.rows] == ["Tolteca"]
    view.archived.setChecked(True)
    assert len(view.model.rows) == 2
    qtmodeltester.check(view.model)


def test_the_representada_dialog_refuses_a_name_taken(qtbot, won, today):
    dlg = open_dialog(qtbot, RepresentadaDialog(None))
    before = snapshot()
    type_text(dlg.name_edit, "TOLTECA")
    click(qtbot, dlg.ok_button)
    assert dlg.isVisible() and "already a representada" in dlg.name_error.text()
    assert snapshot() == before
    dlg.reject()


def test_a_new_rate_from_the_dialog_reaches_the_open_leads(qtbot, won, today):
    other = leads.add_lead(
        leads.LeadDetails(title="Bombas", value="1000", representada="Tolteca"),
        NextAction("Llamar", today),
        contact=won.contact_id,
    ).lead
    dlg = open_dialog(
        qtbot, RepresentadaDialog(None, Representada.get(Representada.name == "Tolteca"))
    )
    assert dlg.name_edit.text() == "Tolteca" and dlg.terms_spin.value() == 15
    dlg.rate_spin.setValue(9)
    click(qtbot, dlg.ok_button)
    assert dlg.saved.leads_following == 1
    assert Lead.get_by_id(other.id).commission_rate == D("9")
    assert Lead.get_by_id(won.id).commission_rate == D("8")


# --- Today ----------------------------------------------------------------------------------


def test_late_money_shows_in_today_and_done_records_it(qtbot, won, today, qtmodeltester):
    from ui.models import TodayModel
    from ui.views.today import TodayView

    leads.save_checklist(won.id, expected_payment_date=dt.date(2026, 11, 20))
    view = TodayView()
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtmodeltester.check(view.model)
    sections = dict(view.model.sections)
    (item,) = sections["payments_due"]
    assert TodayModel.what_text(item) == "The customer's payment: " + format_money(
        D("100000"), "MXN"
    )
    section = [key for key, _ in view.model.sections].index("payments_due")
    view.tree.setCurrentIndex(view.model.index(0, 0, view.model.index(section, 0)))
    assert view.current_item().type == "payment"
    assert not view.reschedule_button.isEnabled()

    def pay(dialog):
        assert dialog.kind() == "customer-paid"
        click(qtbot, dialog.ok_button)  # (the amount offered: all of it)

    modal = when_modal(pay, RecordCommissionDialog)
    view.mark_done()
    modal.check()
    assert dict(view.model.sections)["payments_due"] == []
    assert commissions.ledger(won.id).customer_paid == D("100000.00")


# --- Reminders --------------------------------------------------------------------------


def test_a_late_payments_reminder_says_how_much_and_done_records_it(qtbot, won, clock):
    from contactos import reminders
    from ui.notify import title_of
    from ui.reminder_window import ReminderWindow

    leads.save_checklist(won.id, expected_payment_date=dt.date(2026, 11, 29))
    reminders.Schedule().check()
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    (due,) = reminders.active()
    assert title_of(due) == "Customer payment due: " + format_money(D("100000"), "MXN")
    window = ReminderWindow()
    qtbot.addWidget(window)
    window.show_reminders(missed=0)
    assert window.current().key == f"payment-{won.id}"

    def pay(dialog):
        assert dialog.kind() == "customer-paid"
        click(qtbot, dialog.ok_button)

    modal = when_modal(pay, RecordCommissionDialog)
    assert window.mark_done()
    modal.check()
    assert reminders.active() == []
