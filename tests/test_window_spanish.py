"""The window reads as natural Spanish (and natural English): plurals, a new lead's age,
the health of an empty pipeline, Qt's own file chooser, one name for the preferences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


AGES = {
    # hours: (English, Spanish)
    0.0: ("received just now", "recibido hace un momento"),
    0.34: ("received 20 min ago", "recibido hace 20 min"),
    1.2: ("received 1 hour ago", "recibido hace 1 hora"),
    28.0: ("received 28 hours ago", "recibido hace 28 horas"),
    50.0: ("received 2 days ago", "recibido hace 2 días"),
}


def test_a_new_leads_age_reads_naturally(qapp, language):
    from ui.models import TodayModel

    model = TodayModel()
    for hours, texts in AGES.items():
        assert model.age_text(hours) == texts[language == "es"]


@pytest.mark.parametrize(("days", "english", "spanish"), [(1, "1 day late", "1 día de retraso")])
def test_plurals_of_days_late(qapp, language, days, english, spanish):
    from contactos.today import QueueItem
    from ui.models import TodayModel

    item = QueueItem(
        type="lead",
        section="overdue",
        lead_id=1,
        title="",
        contact="",
        company="",
        kind="call",
        what="",
        what_kind=None,
        due=None,
        days_overdue=days,
    )
    assert TodayModel().state_text(item) == (spanish if language == "es" else english)


def test_an_empty_pipeline_is_not_called_healthy(qtbot, db, paths, language):
    """No '100 % of your 0 leads': with no open lead, Today and the status bar say so."""
    from ui.mainwindow import MainWindow

    window = MainWindow(paths)
    qtbot.addWidget(window)
    window.ensure_loaded()
    health = window.today.health.text()
    status = window.health.text()
    if language == "es":
        assert health.startswith("Todavía no hay prospectos abiertos")
        assert status == "Salud del embudo: sin prospectos abiertos"
    else:
        assert health.startswith("No open leads yet")
        assert status == "Pipeline health: no open leads"
    assert "0" not in health and "%" not in status


def test_pipeline_health_in_words(qapp, language):
    from ui.views.today import TodayView

    view = TodayView()
    one = view.health_sentence({"open": 1, "share": 1.0})
    many = view.health_sentence({"open": 12, "share": 0.75})
    if language == "es":
        assert one == (
            "Salud del embudo: el 100 % de su 1 prospecto abierto tiene una siguiente "
            "acción por delante."
        )
        assert "el 75 % de sus 12 prospectos abiertos" in many
    else:
        assert one == "Pipeline health: 100% of your 1 open lead has a next action ahead."
        assert "75% of your 12 open leads have" in many


def test_qts_own_file_chooser_speaks_spanish(qapp):
    """Where the system has no file chooser of its own, Qt draws one; the words its own
    Spanish catalogue lacks come from ours (installed after it, searched first)."""
    from ui import translation

    locale = QLocale()
    installed = translation.install(qapp, "es")
    try:
        dialog = QFileDialog(None, "Exportar", "", "*.csv")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Buscar en:"
        assert labels["fileTypeLabel"] == "Archivos de &tipo:"
        assert labels["fileNameLabel"] == "&Nombre del archivo:"
        dialog.deleteLater()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        translation.i18n.install(None)
        QLocale.setDefault(locale)


def test_the_preferences_have_one_name(qtbot, db, paths, language):
    """File → Preferences… opens a window called Preferences (not Settings)."""
    from ui.mainwindow import MainWindow

    window = MainWindow(paths)
    qtbot.addWidget(window)
    seen = []

    def read_title():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_title)
            return
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, read_title)
    window.settings_action.trigger()
    name = window.settings_action.text().replace("&", "").rstrip("…")
    assert seen == [name]
    assert name == ("Preferencias" if language == "es" else "Preferences")


def test_spanish_articles_are_contracted_in_the_demo_data():
    from contactos.demo import contract_articles

    assert contract_articles("Enviar cotización de el equipo") == "Enviar cotización del equipo"
    assert contract_articles("Llevar la muestra a el almacén") == "Llevar la muestra al almacén"
    assert contract_articles("Visita a Ferretería El Águila") == "Visita a Ferretería El Águila"
