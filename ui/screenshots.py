"""`contactos --screenshots DIR`: every main view and the principal dialogs as PNG files.

Used to look at the program as a person would (README shows the pictures of the demo
data) and by the tests, which check that each picture is produced. Without --data-dir
the pictures are of demo data in a temporary folder (see ui.app.run): the person's own
database is neither shown nor created.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from contactos import rules
from contactos.models import Activity, Contact, Lead
from contactos.paths import Paths

log = logging.getLogger(__name__)

SIZE = QSize(1280, 800)


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    log.info("screenshot %s", path)
    return path


def _busiest_lead(status: str, limbo: bool = False) -> Lead | None:
    """A lead with a full history, to show the lead view at its most useful."""
    query = Lead.select().where(Lead.status == status)
    if limbo:
        query = query.where(rules.limbo_expression())
    best, best_count = None, -1
    for lead in query.limit(200):
        count = Activity.select().where(Activity.lead == lead.id).count()
        if count > best_count:
            best, best_count = lead, count
    return best


def dialog_factories(window) -> list[tuple[str, Callable[[], QDialog]]]:
    """The principal dialogs, built on sample data but not run."""
    from ui.dialogs.closing import LostDialog, ReopenDialog, WonDialog
    from ui.dialogs.contact_dialog import ContactDialog
    from ui.dialogs.lead_dialog import LeadDialog
    from ui.dialogs.log_dialog import LogDialog
    from ui.dialogs.restore_dialog import RestoreDialog
    from ui.dialogs.settings_dialog import SettingsDialog

    open_lead = _busiest_lead(Lead.OPEN) or Lead.select().first()
    closed = Lead.select().where(Lead.status != Lead.OPEN).first()
    contact = Contact.select().first()
    factories: list[tuple[str, Callable[[], QDialog]]] = [
        ("dialog-new-lead", lambda: LeadDialog(window)),
        ("dialog-settings", lambda: SettingsDialog(window, window.paths)),
    ]
    if contact is not None:
        factories.append(("dialog-edit-contact", lambda: ContactDialog(window, contact)))
    if open_lead is not None:
        factories += [
            ("dialog-edit-lead", lambda: LeadDialog(window, lead=open_lead)),
            ("dialog-log-call", lambda: LogDialog(window, open_lead, kind="call")),
            ("dialog-won", lambda: WonDialog(window, open_lead)),
            ("dialog-lost", lambda: LostDialog(window, open_lead)),
        ]
    if closed is not None:
        factories.append(("dialog-reopen", lambda: ReopenDialog(window, closed)))
    from ui.dialogs.first_run import CountryDialog
    from ui.dialogs.reschedule import RescheduleDialog

    factories += [
        ("dialog-reschedule", lambda: RescheduleDialog(window, None)),
        ("dialog-first-run-country", lambda: CountryDialog(window, "MX")),
    ]
    # (last: the pictures before it keep their numbers)
    factories.append(("dialog-restore", lambda: RestoreDialog(window, window.paths)))
    from contactos.models import Representada
    from ui.dialogs.commission_dialog import RecordCommissionDialog
    from ui.dialogs.representada_dialog import RepresentadaDialog

    won = _busiest_lead(Lead.WON)
    if won is not None:
        factories.append(("dialog-record-commission", lambda: RecordCommissionDialog(window, won)))
    representada = Representada.select().order_by(Representada.name).first()
    if representada is not None:
        factories.append(
            ("dialog-edit-representada", lambda: RepresentadaDialog(window, representada))
        )
    return factories


def take_screenshots(where: Paths, folder: Path, size: tuple[int, int] | None = None) -> list[Path]:
    """The pictures, with the window at `size` (width, height; 1280x800 by default), to
    see the layout as it is on a small laptop (1024x600, 1366x768)."""
    from ui.mainwindow import MainWindow

    folder.mkdir(parents=True, exist_ok=True)
    window = MainWindow(where)
    window.resize(QSize(*size) if size else SIZE)
    window.show()
    window.ensure_loaded()
    written: list[Path] = []
    for number, key in enumerate(("today", "leads", "contacts"), start=1):
        window.show_view(key)
        written.append(_save(window, folder / f"{number:02d}-{key}.png"))
    window.show_view("leads")
    window.leads.limbo.setChecked(True)
    written.append(_save(window, folder / "04-leads-limbo.png"))
    window.leads.limbo.setChecked(False)
    lead = _busiest_lead(Lead.OPEN, limbo=True) or _busiest_lead(Lead.OPEN)
    if lead is not None:
        window.open_lead(lead.id)
        written.append(_save(window, folder / "05-lead.png"))
        window.open_contact(lead.contact_id)
        written.append(_save(window, folder / "06-contact.png"))
    won = _busiest_lead(Lead.WON)
    if won is not None:
        window.open_lead(won.id)
        written.append(_save(window, folder / "07-lead-won.png"))
    written += board_pictures(window, folder)
    window.show_view("representadas")
    written.append(_save(window, folder / "08-representadas.png"))
    window.show_view("today")
    today = window.today
    sections = [key for key, _ in today.model.sections]
    if "payments_due" in sections:
        section = today.model.index(sections.index("payments_due"), 0)
        if today.model.rowCount(section):
            today.tree.setCurrentIndex(today.model.index(0, 0, section))
            today.tree.scrollTo(today.model.index(today.model.rowCount(section) - 1, 0, section))
            written.append(_save(window, folder / "09-today-payments.png"))
    for number, (name, make) in enumerate(dialog_factories(window), start=10):
        dialog = make()
        dialog.show()
        # (the offscreen screen is 800 px wide: Qt would cut a dialog to two thirds of it)
        dialog.resize(dialog.size().expandedTo(dialog.minimumSizeHint()))
        written.append(_save(dialog, folder / f"{number:02d}-{name}.png"))
        dialog.reject()
        dialog.deleteLater()
    written += report_pictures(window, folder)
    written += reminder_pictures(folder)
    written += calendar_pictures(window, folder)
    window.close()
    QApplication.processEvents()
    return written


def board_pictures(window, folder: Path) -> list[Path]:
    """The pipeline board (Embudo), its first card in hand."""
    window.show_view("board")
    return [_save(window, folder / "08-board.png")]


def report_pictures(window, folder: Path) -> list[Path]:
    """Each report (Informes) over all the data, the first with the leads behind a
    figure listed."""
    from contactos import reports

    written = []
    window.show_view("reports")
    page = window.page("reports")
    for number, name in enumerate(reports.REPORTS, start=50):
        page.set_report(name, "all")
        if number == 50 and page.charts:
            bar = page.charts[0].chart.bars[-1]
            page.show_leads(bar.figure, f"{page.charts[0].chart.title}: {bar.label}")
        written.append(_save(window, folder / f"{number:02d}-report-{name}.png"))
        page.panel.hide()
    return written


def reminder_pictures(folder: Path) -> list[Path]:
    """The reminder window with what is due now, and the tray's menu."""
    from ui.reminder_window import ReminderWindow
    from ui.tray import TrayMenu

    written = []
    reminders_window = ReminderWindow()
    reminders_window.show_reminders(missed=0)
    written.append(_save(reminders_window, folder / "30-reminders.png"))
    reminders_window.close()
    reminders_window.deleteLater()
    tray = TrayMenu()
    tray.update(12, len(reminders_window.reminders), None)
    tray.menu.popup(tray.menu.pos())
    written.append(_save(tray.menu, folder / "31-tray-menu.png"))
    tray.menu.close()
    tray.deleteLater()
    return written


def calendar_pictures(window, folder: Path) -> list[Path]:
    """The calendar's month, week and agenda, and the first page of today's day sheet
    (of the busiest day of the coming week, when today has no visit or call)."""
    import datetime as dt

    from contactos import clock
    from contactos.day_sheet import day_sheet
    from ui.day_sheet import first_page_image

    written = []
    window.show_view("calendar")
    view = window.page("calendar")
    for number, mode in enumerate(("month", "week", "agenda"), start=40):
        view.set_mode(mode)
        written.append(_save(window, folder / f"{number}-calendar-{mode}.png"))
    view.set_mode("month")
    days = [clock.today() + dt.timedelta(days=n) for n in range(7)]
    sheet = max(
        (day_sheet(day) for day in days), key=lambda s: (len(s.rows) > 0, -s.day.toordinal())
    )
    path = folder / "43-day-sheet.png"
    if not first_page_image(sheet).save(str(path)):
        raise OSError(f"could not write {path}")
    written.append(path)
    return written
