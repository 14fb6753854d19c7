"""The main window and its views, driven through their real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import when_modal, when_popup
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from contactos import listing, rules, timeline
from contactos.models import Commitment, ContactPhone, Impediment, Lead, StageChange

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


# --- Item models ----------------------------------------------------------------------


def test_models_pass_the_model_tester(qapp, qtmodeltester, demo_db):
    from ui.models import ContactTableModel, LeadTableModel, TimelineModel, TodayModel

    leads = LeadTableModel()
    leads.refresh()
    qtmodeltester.check(leads)
    leads.set_filter(listing.LeadFilter(status=None, limbo=True))
    qtmodeltester.check(leads)
    leads.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(leads)

    contacts = ContactTableModel()
    contacts.refresh()
    qtmodeltester.check(contacts)
    contacts.set_search("nunez")
    qtmodeltester.check(contacts)

    today = TodayModel()
    today.refresh()
    qtmodeltester.check(today)

    history = TimelineModel()
    busiest = max(Lead.select(), key=lambda lead: len(timeline.for_lead(lead.id)))
    history.set_events(timeline.for_lead(busiest.id))
    qtmodeltester.check(history)
    history.set_filter("llam")
    qtmodeltester.check(history)


def test_lead_model_is_windowed(qapp, demo_db):
    from ui.models import LeadTableModel

    model = LeadTableModel()
    model.PAGE = 10
    model.KEEP_PAGES = 2
    model.set_filter(listing.LeadFilter(status=None))
    assert model.rowCount() == Lead.select().count()
    last = model.index(model.rowCount() - 1, 1)
    assert model.data(last)  # fetched on demand
    assert len(model._pages) == 1
    for row in range(model.rowCount()):
        model.data(model.index(row, 1))
    assert len(model._pages) <= 2  # only a few pages are ever kept
    titles = {model.data(model.index(row, 1)) for row in range(model.rowCount())}
    assert titles == {lead.title for lead in Lead.select()}


def test_limbo_rows_are_marked_by_icon_and_text(qapp, demo_db):
    from ui.models import LeadTableModel

    model = LeadTableModel()
    model.set_filter(listing.LeadFilter(status="open", limbo=True))
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        state = model.index(row, 0)
        assert model.data(state) in ("In limbo", "Overdue")
        assert not model.data(state, Qt.ItemDataRole.DecorationRole).isNull()


# --- Main window and navigation -------------------------------------------------------


def test_navigation_by_keyboard(qtbot, window):
    assert window.current == "today"
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current == "leads"
    assert window.leads.model.rowCount() == Lead.select().where(Lead.status == "open").count()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current == "contacts"
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.contacts.search.hasFocus()
    window.back_action.trigger()
    assert window.current == "leads"


def test_window_remembers_size_and_view(qtbot, demo_db, paths):
    """The second start opens at the size and place the first was left at (the first
    start's own size, fitted to the screen, is different)."""
    from PySide6.QtCore import QRect

    from ui.mainwindow import MainWindow

    first = MainWindow(paths)
    qtbot.addWidget(first)
    assert first.size() != QRect(0, 0, 777, 555).size()
    first.setGeometry(QRect(11, 44, 777, 555))  # (within the offscreen 800x600 screen)
    first.show()
    first.show_view("contacts")
    first.close()
    assert (paths.data_dir / "window.ini").exists()
    second = MainWindow(paths)
    qtbot.addWidget(second)
    second.ensure_loaded()
    assert second.current == "contacts"
    assert second.geometry() == QRect(11, 44, 777, 555)


def test_first_start_fits_a_small_screen(qtbot, demo_db, paths):
    """The first time, the window opens whole within the screen's available area, with
    room for its title bar: at 1280x800 on a large screen, smaller on a small one."""
    from PySide6.QtCore import QRect

    from ui.mainwindow import FRAME, MINIMUM_SIZE, MainWindow, first_geometry

    laptop = QRect(0, 0, 1366, 728)  # 1366x768 less a 40 px task bar
    opened = first_geometry(laptop)
    assert laptop.contains(opened.marginsAdded(FRAME))
    assert opened.width() == 1280 and opened.height() < 800
    small = QRect(0, 0, 1024, 560)
    assert small.contains(first_geometry(small).marginsAdded(FRAME))
    assert first_geometry(QRect(0, 0, 1920, 1040)).size() == QRect(0, 0, 1280, 800).size()
    assert first_geometry(QRect(1920, 0, 1920, 1040)).left() >= 1920  # (its own screen)

    window = MainWindow(paths)  # the offscreen screen: 800x600
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry().marginsAdded(FRAME))
    assert window.minimumSize().width() <= MINIMUM_SIZE.width() < 1024 - 16


# --- Today ----------------------------------------------------------------------------


def test_today_sections_with_counts(window):
    model = window.today.model
    labels = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert labels[0].startswith("New leads not yet attended (")
    assert any(label.startswith("Overdue (") for label in labels)
    item = window.today.current_item()
    assert item is not None and item.section == "unattended"
    assert "received" in model.state_text(item)


def test_today_reschedule_with_two_keys(qtbot, window):
    tree = window.today.tree
    tree.setFocus()
    item = window.today.current_item()
    lead_id = item.lead_id

    def choose_tomorrow(popup):
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)

    when_popup(choose_tomorrow)
    QTest.keyClick(tree, Qt.Key.Key_R)
    assert Lead.get_by_id(lead_id).next_action_due == TOMORROW


def test_today_done_asks_for_next_action(qtbot, window):
    tree = window.today.tree
    tree.setFocus()
    lead_id = window.today.current_item().lead_id
    before = Lead.get_by_id(lead_id)

    def fill(dialog):
        qtbot.keyClicks(dialog.outcome_edit, "Le interesa, pidio cotizacion")
        dialog.next_group.what_edit.setText("Enviar cotización")
        dialog.next_group.set_due(TOMORROW + dt.timedelta(days=1))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    done = when_modal(fill)
    QTest.keyClick(tree, Qt.Key.Key_D)
    assert done
    after = Lead.get_by_id(lead_id)
    assert after.first_contact_at is not None and before.first_contact_at is None
    assert after.next_action_what == "Enviar cotización"
    # It left the unattended section, and the cursor is on the next row.
    assert all(i.lead_id != lead_id for i in window.today.model.sections[0][1])
    assert window.today.current_item() is not None


def test_today_done_refused_without_next_action(qtbot, window):
    tree = window.today.tree
    tree.setFocus()
    lead_id = window.today.current_item().lead_id
    seen = {}

    def try_without(dialog):
        dialog.next_group.what_edit.clear()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["visible"] = dialog.isVisible()
        seen["error"] = dialog.next_group.what_error.text()
        dialog.reject()

    when_modal(try_without)
    QTest.keyClick(tree, Qt.Key.Key_D)
    assert seen["visible"] is True
    assert "next action" in seen["error"]
    assert Lead.get_by_id(lead_id).first_contact_at is None


def test_today_enter_opens_the_lead(qtbot, window):
    tree = window.today.tree
    tree.setFocus()
    lead_id = window.today.current_item().lead_id
    QTest.keyClick(tree, Qt.Key.Key_Return)
    assert window.current == "lead"
    assert window.lead_view.lead.id == lead_id


# --- Lists ----------------------------------------------------------------------------


def test_leads_filters_and_search(qtbot, window):
    window.show_view("leads")
    view = window.leads
    view.status.setCurrentIndex(view.status.findData("won"))
    assert view.model.rowCount() == Lead.select().where(Lead.status == "won").count()
    view.status.setCurrentIndex(view.status.findData("open"))
    view.limbo.setChecked(True)
    limbo = view.model.rowCount()
    assert 0 < limbo < Lead.select().where(Lead.status == "open").count()
    view.limbo.setChecked(False)
    qtbot.keyClicks(view.search, "nunez")
    view.search.flush()
    rows = [view.model.data(view.model.index(r, 2)) for r in range(view.model.rowCount())]
    assert rows and all("Núñez" in name for name in rows)
    assert "lead" in view.count.text()


def test_contacts_search_as_you_type(qtbot, window):
    window.show_view("contacts")
    view = window.contacts
    phone = ContactPhone.select().where(ContactPhone.number.startswith("+52")).first()
    contact = phone.contact
    digits = phone.number[-8:]
    with qtbot.waitSignal(view.search.search_changed, timeout=2000):
        qtbot.keyClicks(view.search, digits)
    names = [view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())]
    assert contact.name in names


# --- Lead and contact views -----------------------------------------------------------


def open_limbo_lead(window) -> Lead:
    lead = Lead.select().where(rules.limbo_expression()).first()
    window.open_lead(lead.id)
    return lead


def test_lead_view_shows_limbo_and_history(window):
    lead = open_limbo_lead(window)
    view = window.lead_view
    assert view.limbo_banner.isVisible()
    assert "In limbo" in view.limbo_banner.text()
    assert view.timeline.model.rowCount() > 0
    assert "wa.me/" in view.contact_links.text() or not lead.contact.phones.count()


def test_lead_view_shows_the_date_in_the_sources_list(window):
    """An imported lead's 'Fecha de alta' shows beside its received date; a lead without
    one shows no such row."""
    from ui.dialogs.common import format_date

    lead = Lead.select().where(Lead.status == Lead.OPEN).first()
    Lead.update(listed_on=dt.date(2025, 11, 3)).where(Lead.id == lead.id).execute()
    window.open_lead(lead.id)
    labels = window.lead_view.deal_labels
    assert labels["listed"].isVisible()
    assert labels["listed"].text() == format_date(dt.date(2025, 11, 3))
    other = Lead.select().where((Lead.id != lead.id) & Lead.listed_on.is_null()).first()
    window.open_lead(other.id)
    assert not labels["listed"].isVisible()


def test_lead_view_next_action_cannot_be_emptied(qtbot, window):
    lead = open_limbo_lead(window)
    view = window.lead_view
    view.next_what.clear()
    qtbot.mouseClick(view.next_save, Qt.MouseButton.LeftButton)
    assert view.next_errors.isVisible()
    assert "next action" in view.next_errors.text()
    assert Lead.get_by_id(lead.id).next_action_what == lead.next_action_what
    qtbot.keyClicks(view.next_what, "Llamar de nuevo")
    view.next_due.setDate(view.next_due.date().currentDate().addDays(2))
    qtbot.mouseClick(view.next_save, Qt.MouseButton.LeftButton)
    fresh = Lead.get_by_id(lead.id)
    assert fresh.next_action_what == "Llamar de nuevo"
    assert fresh.next_action_due == TODAY + dt.timedelta(days=2)
    assert not view.next_errors.isVisible()


def test_lead_view_checklist(qtbot, window):
    lead = open_limbo_lead(window)
    view = window.lead_view
    impediments = Impediment.select().where(Impediment.lead == lead.id).count()
    qtbot.mouseClick(view.add_impediment_button, Qt.MouseButton.LeftButton)
    assert view.checklist_errors.isVisible()  # empty description refused by the rule
    qtbot.keyClicks(view.new_impediment, "Falta autorizacion de finanzas")
    qtbot.mouseClick(view.add_impediment_button, Qt.MouseButton.LeftButton)
    assert Impediment.select().where(Impediment.lead == lead.id).count() == impediments + 1
    last = view.impediments.count() - 1
    for row in range(view.impediments.count()):
        if view.impediments.item(row).text() == "Falta autorizacion de finanzas":
            last = row
    view.impediments.setCurrentRow(last)
    qtbot.keyClicks(view.resolution, "Plan de pagos aprobado")
    qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    resolved = Impediment.get(Impediment.description == "Falta autorizacion de finanzas")
    assert resolved.resolution == "Plan de pagos aprobado"

    qtbot.keyClicks(view.commitment_text, "Enviar muestra")
    qtbot.mouseClick(view.add_commitment_button, Qt.MouseButton.LeftButton)
    commitment = Commitment.get(Commitment.description == "Enviar muestra")
    for row in range(view.commitments.count()):
        if view.commitments.item(row).data(Qt.ItemDataRole.UserRole) == commitment.id:
            view.commitments.setCurrentRow(row)
    qtbot.mouseClick(view.commitment_done_button, Qt.MouseButton.LeftButton)
    assert Commitment.get_by_id(commitment.id).done_at is not None

    view.value_for_prospect.setPlainText("Ahorra 20 % en mantenimiento")
    qtbot.mouseClick(view.save_checklist_button, Qt.MouseButton.LeftButton)
    assert Lead.get_by_id(lead.id).value_for_prospect == "Ahorra 20 % en mantenimiento"


def test_lead_view_stage_change_is_logged(qtbot, window):
    lead = open_limbo_lead(window)
    view = window.lead_view
    changes = StageChange.select().where(StageChange.lead == lead.id).count()
    target = next(i for i in range(view.stage.count()) if view.stage.itemData(i) != lead.stage_id)
    view.stage.setCurrentIndex(target)
    view.stage.activated.emit(target)
    assert StageChange.select().where(StageChange.lead == lead.id).count() == changes + 1
    assert Lead.get_by_id(lead.id).stage_id == view.stage.itemData(target)


def test_quick_log_bar(qtbot, window):
    lead = open_limbo_lead(window)
    view = window.lead_view

    def fill(dialog):
        assert dialog.kind() == "whatsapp"
        qtbot.keyClicks(dialog.outcome_edit, "Confirmo que recibio la propuesta")
        dialog.next_group.what_edit.setText("Llamar para cerrar")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(view.quick_buttons["whatsapp"], Qt.MouseButton.LeftButton)
    fresh = Lead.get_by_id(lead.id)
    assert fresh.next_action_what == "Llamar para cerrar"
    assert not rules.in_limbo(fresh)
    assert not view.limbo_banner.isVisible()
    first_day = view.timeline.model.index(0, 0)
    texts = [
        view.timeline.model.data(view.timeline.model.index(r, 1, first_day))
        for r in range(view.timeline.model.rowCount(first_day))
    ]
    assert any("WhatsApp" in text for text in texts)


def test_timeline_filter(window):
    open_limbo_lead(window)
    panel = window.lead_view.timeline
    total = sum(
        panel.model.rowCount(panel.model.index(r, 0)) for r in range(panel.model.rowCount())
    )
    panel.filter.setText("zzzz-nothing")
    assert panel.model.rowCount() == 0
    panel.filter.clear()
    again = sum(
        panel.model.rowCount(panel.model.index(r, 0)) for r in range(panel.model.rowCount())
    )
    assert again == total


def test_contact_view(qtbot, window):
    lead = Lead.select().first()
    window.open_contact(lead.contact_id)
    view = window.contact_view
    assert view.name.text() == lead.contact.name
    assert (
        view.leads_model.rowCount() == Lead.select().where(Lead.contact == lead.contact_id).count()
    )
    assert view.timeline.model.rowCount() > 0
    view.leads.setFocus()
    view.leads.setCurrentIndex(view.leads_model.index(0, 1))
    QTest.keyClick(view.leads, Qt.Key.Key_Return)
    assert window.current == "lead"


def test_spanish_interface(qtbot, demo_db, paths):
    from ui import translation
    from ui.mainwindow import MainWindow

    app = QCoreApplication.instance()
    installed = translation.install(app, "es")
    try:
        win = MainWindow(paths)
        qtbot.addWidget(win)
        win.ensure_loaded()
        labels = [win.nav.item(i).text() for i in range(win.nav.count())]
        assert labels[:7] == [
            "Hoy",
            "Prospectos",
            "Contactos",
            "Calendario",
            "Embudo",
            "Informes",
            "Representadas",
        ]
        model = win.today.model
        assert model.data(model.index(0, 0)).startswith("Prospectos nuevos sin atender")
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        translation.i18n.install(None)


@pytest.mark.parametrize("choice", ["demo", "empty"])
def test_first_start_offers_demo_data(qtbot, db, choice):
    from ui.app import is_empty, offer_demo

    assert is_empty()

    def answer(box):
        for button in box.buttons():
            text = button.text().replace("&", "")
            if ("demo" in text) == (choice == "demo"):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return

    when_modal(answer)
    offer_demo()
    assert is_empty() == (choice == "empty")


def test_signals_do_not_wear_down_true(qapp):
    """PySide6 6.12.0's emit() dropped a reference to True on every call, aborting the
    interpreter after a few hundred signals; pyproject.toml excludes that release."""
    import sys

    from ui.views.lists import SearchBox

    box = SearchBox("x")
    received = []
    box.search_changed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(2000):
        box.search_changed.emit("abc")
    assert len(received) == 2000
    assert sys.getrefcount(True) >= before - 5


def test_import_menu_opens_the_wizard(qtbot, window):
    seen = {}

    def close(dialog):
        seen["title"] = type(dialog).__name__
        dialog.reject()

    when_modal(close)
    window.import_action.trigger()
    assert seen["title"] == "ImportWizard"


def _drag(window_or_widget, path, kind):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event_type = QDragEnterEvent if kind == "enter" else QDropEvent
    event = event_type(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window_or_widget, event)
    return event


def test_a_list_dropped_on_the_window_opens_its_preview(qtbot, window, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Correo\nAna;ana@x.mx\n", encoding="utf-8")
    picture = tmp_path / "foto.png"
    picture.write_bytes(b"\x89PNG")
    assert not _drag(window, picture, "enter").isAccepted()  # not a list: refused
    assert _drag(window, path, "enter").isAccepted()
    seen = {}

    def look(dialog):
        qtbot.waitUntil(lambda: dialog.currentId() == dialog.PREVIEW)
        seen["file"] = dialog.path
        seen["rows"] = dialog.preview_page.model.rowCount()
        dialog.reject()

    done = when_modal(look)
    _drag(window, path, "drop")
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert seen == {"file": path, "rows": 1}


def test_a_file_dropped_on_the_wizard_is_read(qtbot, db, tmp_path):
    from ui.dialogs.import_wizard import ImportWizard

    path = tmp_path / "lista.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nEND:VCARD\n", encoding="utf-8")
    wizard = ImportWizard(None)
    qtbot.addWidget(wizard)
    wizard.show()
    assert _drag(wizard.file_page, path, "enter").isAccepted()
    _drag(wizard.file_page, path, "drop")
    assert wizard.file_page.path_edit.text() == str(path)
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert wizard.table.kind == "vcard"


def _save_as(qtbot, path):
    """Answer the next save dialog with `path`."""
    from PySide6.QtWidgets import QFileDialog

    seen = {}

    def answer(dialog):
        assert isinstance(dialog, QFileDialog)
        seen["default"] = dialog.selectedFiles()[0]
        seen["filter"] = dialog.selectedNameFilter()
        dialog.selectFile(str(path))
        dialog.accept()

    when_modal(answer)
    return seen


def test_export_from_the_menu(qtbot, window, tmp_path, monkeypatch, in_spanish):
    """File → Export writes where the person says, offers a name in their language in
    their documents folder, and says how many it wrote."""
    monkeypatch.setenv("HOME", str(tmp_path))  # (the documents folder of this test)
    actions = {a.text(): a for a in window.findChildren(QAction)}  # (made in English)
    target = tmp_path / "mis contactos.csv"
    seen = _save_as(qtbot, target)
    actions["Contacts…"].trigger()
    # (this test's home has no Documents folder: the home folder, not the working one)
    # An Excel workbook is what is offered; a .csv name gives a CSV.
    assert Path(seen["default"]) == tmp_path / "contactos.xlsx"
    assert seen["filter"] == "Libro de Excel (*.xlsx)"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # (Excel reads UTF-8 by the BOM)
    assert window.statusBar().currentMessage() == f"200 contactos escritos en {target}"

    book = tmp_path / "prospectos"  # (typed without its extension)
    seen = _save_as(qtbot, book)
    actions["Leads…"].trigger()
    assert Path(seen["default"]).name == "prospectos.xlsx"
    assert (tmp_path / "prospectos.xlsx").read_bytes().startswith(b"PK")

    calendar = tmp_path / "visitas.ics"
    seen = _save_as(qtbot, calendar)
    actions["Follow-ups as calendar (iCalendar)…"].trigger()
    assert Path(seen["default"]).name == "seguimientos.ics"
    assert calendar.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert "seguimientos escritos en" in window.statusBar().currentMessage()


def test_source_report_from_the_menu(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QInputDialog

    from contactos.models import Source

    name = Source.select().order_by(Source.name).first().name
    target = tmp_path / "reporte.xlsx"

    def choose(dialog):
        assert isinstance(dialog, QInputDialog)
        assert dialog.comboBoxItems()[0] == name
        dialog.setTextValue(name)
        _save_as(qtbot, target)
        dialog.accept()

    when_modal(choose)
    actions = {a.text(): a for a in window.findChildren(QAction)}
    actions["Report for a source…"].trigger()
    assert target.exists() and target.read_bytes().startswith(b"PK")
    assert "written to" in window.statusBar().currentMessage()


def test_a_busy_database_is_explained_not_reported_as_a_crash(qtbot, monkeypatch):
    """An action that finds the database busy (another program saving) says so; other
    unexpected errors still say something went wrong."""
    import sys

    from peewee import OperationalError
    from PySide6.QtWidgets import QMessageBox

    from ui.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # (put back after the test)
    install_excepthook()
    seen = []

    def read(box):
        seen.append((box.icon(), box.text()))
        box.accept()

    when_modal(read)
    sys.excepthook(OperationalError, OperationalError("database is locked"), None)
    assert seen == [
        (
            QMessageBox.Icon.Warning,
            "The database is busy: another program (Contactos open in a window?) is "
            "saving. Nothing was written; try again in a moment.",
        )
    ]
    when_modal(lambda dialog: (seen.append(dialog.what.text()), dialog.reject()))
    sys.excepthook(RuntimeError, RuntimeError("disk on fire"), None)
    assert seen[1] == "What happened: RuntimeError: disk on fire"  # (ui/crash.py)
