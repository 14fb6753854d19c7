"""The main window: a navigation column (room for more views), the views, menus and the
shortcuts that let a whole day be worked from the keyboard."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QLocale,
    QMargins,
    QRect,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from contactos import APP_NAME, __version__, reports
from contactos.actions import backups
from contactos.i18n import TranslatableError
from contactos.paths import Paths, make_private
from ui import icons
from ui.drops import ListDropTarget
from ui.undo import Change, UndoStack

log = logging.getLogger(__name__)


# The first time, the window takes this size when the screen has room for it.
PREFERRED_SIZE = QSize(1280, 800)
# The layout holds down to a 1024x600 screen, less its task bar and title bar.
MINIMUM_SIZE = QSize(760, 480)
# Room kept for the window's title bar and borders, drawn outside its geometry.
FRAME = QMargins(8, 32, 8, 8)


def first_geometry(available: QRect) -> QRect:
    """Where the window opens the first time: 1280x800 when the screen has room, less
    on a small one (a 1366x768 laptop), whole within the available area with its title
    bar (the status bar in view), centred. Afterwards, the size and place it was left at."""
    inner = available.marginsRemoved(FRAME)
    size = PREFERRED_SIZE.boundedTo(inner.size()).expandedTo(MINIMUM_SIZE)
    rect = QRect(inner.topLeft(), size)
    rect.moveCenter(inner.center())
    rect.moveTop(max(rect.top(), inner.top()))
    rect.moveLeft(max(rect.left(), inner.left()))
    return rect


NAV_ICONS = {"representadas": "representada"}


class MainWindow(ListDropTarget, QMainWindow):
    """Hoy, Prospectos, Contactos; a lead or a contact opens in place, Alt+Left goes back."""

    NAV = (
        "today",
        "leads",
        "contacts",
        "calendar",  # Ctrl+4
        "board",  # Ctrl+5
        "reports",  # Ctrl+6
        "representadas",  # Ctrl+7
    )
    # Views whose key is not their place in NAV (none now; kept for views to come).
    VIEW_KEYS: dict[str, str] = {}
    first_paint = Signal()
    # Set by ui.reminder_service: what closing the window does ('hide': keep running in
    # the tray, 'quit', 'stay'). None: closing closes.
    on_close = None

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icons.application_icon())
        self.setMinimumSize(MINIMUM_SIZE)
        self.history: list[tuple[str, int | None]] = []
        self._painted = False
        self.is_loaded = False
        self.setAcceptDrops(True)

        # Pages are built when first shown: the window paints sooner.
        self._pages: dict[str, QWidget] = {}
        self.stack = QStackedWidget()

        self.nav = QListWidget()
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setAccessibleName(self.tr("Views"))
        labels = {
            "today": (self.tr("Today"), "today"),
            "leads": (self.tr("Leads"), "leads"),
            "contacts": (self.tr("Contacts"), "contacts"),
            "calendar": (self.tr("Calendar"), "calendar"),
            "board": (self.tr("Pipeline"), "stage"),
            "representadas": (self.tr("Representadas"), "representada"),
            "reports": (self.tr("Reports"), "reports"),
        }
        for key in self.NAV:
            label, icon_name = labels[key]
            item = QListWidgetItem(icons.icon(icon_name), label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
        width = max(self.nav.fontMetrics().horizontalAdvance(lab) for lab, _ in labels.values())
        self.nav.setFixedWidth(width + 24 + 48)
        self.nav.currentRowChanged.connect(self._nav_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.health = QLabel()
        self.statusBar().addPermanentWidget(self.health)

        self.undo_stack = UndoStack(self)
        self.undo_stack.changed.connect(self._update_undo)
        self._shortcuts_window: QWidget | None = None
        self._make_actions()
        self.current = "today"
        self._restore_state()

    # --- Pages ----------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = self._make_page(key)
            page.setAutoFillBackground(True)
            self.stack.addWidget(page)
        return page

    def _make_page(self, key: str) -> QWidget:
        if key == "today":
            from ui.views.today import TodayView

            page = TodayView()
            page.open_lead.connect(self.open_lead)
            page.undoable.connect(self.record_change)
            # (Today has refreshed itself, and counted the health, before it says so)
            page.changed.connect(self._update_health)
        elif key == "leads":
            from ui.views.lists import LeadsView

            page = LeadsView()
            page.open_lead.connect(self.open_lead)
        elif key == "contacts":
            from ui.views.lists import ContactsView

            page = ContactsView()
            page.open_contact.connect(self.open_contact)
        elif key == "calendar":
            from ui.views.calendar import CalendarView

            page = CalendarView()
            page.open_lead.connect(self.open_lead)
            page.undoable.connect(self.record_change)
            page.changed.connect(self._update_health)
        elif key == "board":
            from ui.views.board import BoardView

            page = BoardView()
            page.open_lead.connect(self.open_lead)
            page.undoable.connect(self.record_change)
            page.changed.connect(self._update_health)
        elif key == "representadas":
            from ui.views.representadas import RepresentadasView

            page = RepresentadasView()
            page.changed.connect(self.refresh_lists)
            page.undoable.connect(self.record_change)
        elif key == "reports":
            from ui.views.reports import ReportsView

            page = ReportsView()
            page.open_lead.connect(self.open_lead)
        elif key == "lead":
            from ui.views.detail import LeadView

            page = LeadView()
            page.open_contact.connect(self.open_contact)
            page.undoable.connect(self.record_change)
            page.changed.connect(self.refresh_lists)
        else:
            from ui.views.detail import ContactView

            page = ContactView()
            page.open_lead.connect(self.open_lead)
            page.changed.connect(self.refresh_lists)
        return page

    @property
    def today(self):
        return self.page("today")

    @property
    def leads(self):
        return self.page("leads")

    @property
    def contacts(self):
        return self.page("contacts")

    @property
    def lead_view(self):
        return self.page("lead")

    @property
    def contact_view(self):
        return self.page("contact")

    # --- Menus and shortcuts ------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.new_lead_action = self._action(
            self.tr("New &lead…"), self.new_lead, QKeySequence.StandardKey.New, "add"
        )
        self.new_contact_action = self._action(
            self.tr("New &contact…"), self.new_contact, "Ctrl+Shift+N", "contact"
        )
        self.find_action = self._action(
            self.tr("&Search"), self.focus_search, QKeySequence.StandardKey.Find, "search"
        )
        self.back_action = self._action(
            self.tr("&Back"), self.go_back, QKeySequence.StandardKey.Back, "back"
        )
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now, None, "backup")
        self.restore_action = self._action(
            self.tr("&Restore a backup…"), self.restore_backup, None, "backup"
        )
        self.settings_action = self._action(
            self.tr("&Preferences…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            "settings",
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh
        )
        self.undo_action = self._action(
            self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo, "reopen"
        )
        self.undo_action.setEnabled(False)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_lead_action, self.new_contact_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import contacts or leads…"), self.import_file, "Ctrl+I", "import"
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(
            self._action(self.tr("Import &history…"), self.import_history, None, "import")
        )
        export_menu = file_menu.addMenu(icons.icon("export"), self.tr("&Export"))
        # The first format of each is the one offered (an Excel workbook where there is one).
        for text, kind, formats in (
            (self.tr("Contacts…"), "contacts", ("xlsx", "csv", "vcf")),
            (self.tr("Leads…"), "leads", ("xlsx", "csv")),
            (self.tr("Follow-ups as calendar (iCalendar)…"), "followups", ("ics",)),
            (self.tr("Report for a source…"), "source-report", ("xlsx", "csv")),
        ):
            export_menu.addAction(
                self._action(text, lambda checked=False, k=kind, f=formats: self.export(k, f))
            )
        file_menu.addAction(
            self._action(self.tr("Print the &day sheet…"), self.print_day_sheet, "Ctrl+P")
        )
        file_menu.addAction(
            self._action(self.tr("Day &sheet as PDF…"), self.save_day_sheet, None, "export")
        )
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_actions = []
        names = {
            "today": self.tr("&Today"),
            "leads": self.tr("&Leads"),
            "contacts": self.tr("&Contacts"),
            "calendar": self.tr("C&alendar"),
            "board": self.tr("&Pipeline board"),
            "representadas": self.tr("Repr&esentadas"),
            "reports": self.tr("Rep&orts"),
        }
        icon_names = {"board": "stage", **NAV_ICONS}  # (reports: its own "reports")
        for number, key in enumerate(self.NAV, start=1):
            action = self._action(
                names[key],
                lambda checked=False, k=key: self.show_view(k),
                self.VIEW_KEYS.get(key, f"Ctrl+{number}"),
                icon_names.get(key, key),
            )
            view_menu.addAction(action)
            self.view_actions.append(action)
        view_menu.addSeparator()
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.back_action)
        view_menu.addAction(self.refresh_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action(self.tr("&About Contactos"), self.about, None, "info"))

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.back_action,
            self.new_lead_action,
            self.new_contact_action,
            self.find_action,
        ):
            toolbar.addAction(action)

    # --- Navigation ---------------------------------------------------------------------

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.NAV):
            self.show_view(self.NAV[row])

    def show_view(self, key: str, remember: bool = True) -> None:
        if remember and key != self.current:
            self.history.append((self.current, self._current_object()))
        self.current = key
        page = self.page(key)
        if key in self.NAV:
            if self.is_loaded:
                page.refresh()
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.NAV.index(key))
            self.nav.blockSignals(False)
        else:  # a lead belongs under Leads, a contact under Contacts
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.NAV.index("leads" if key == "lead" else "contacts"))
            self.nav.blockSignals(False)
        self.stack.setCurrentWidget(page)
        self.back_action.setEnabled(bool(self.history))
        if key == "today":
            self.today.focus_queue()
        elif key in ("leads", "contacts", "representadas"):
            page.table.setFocus()
        elif key == "calendar":
            page.focus_calendar()
        elif key == "board":
            page.focus_board()
        if self.is_loaded:
            self._update_health()

    def ensure_loaded(self) -> None:
        """Fill the current view. Done just after the first paint, so that the window
        appears at once and the day's queue follows a moment later."""
        if self.is_loaded:
            return
        self.is_loaded = True
        self.refresh_all()
        if self.current == "today":
            self.today.focus_queue()

    def _current_object(self) -> int | None:
        if self.current == "lead" and self.lead_view.lead is not None:
            return self.lead_view.lead.id
        if self.current == "contact" and self.contact_view.contact is not None:
            return self.contact_view.contact.id
        return None

    def open_lead(self, lead_id: int) -> None:
        self.lead_view.set_lead(lead_id)
        self.show_view("lead")
        self.lead_view.next_what.setFocus()

    def open_contact(self, contact_id: int) -> None:
        self.contact_view.set_contact(contact_id)
        self.show_view("contact")

    def go_back(self) -> None:
        if not self.history:
            return
        key, object_id = self.history.pop()
        if key == "lead" and object_id is not None:
            self.lead_view.set_lead(object_id)
        elif key == "contact" and object_id is not None:
            self.contact_view.set_contact(object_id)
        self.show_view(key, remember=False)

    def print_day_sheet(self) -> None:
        """The selected day's (today's) visits and calls, printed."""
        self.show_view("calendar")
        self.page("calendar").print_sheet()

    def save_day_sheet(self) -> None:
        self.show_view("calendar")
        self.page("calendar").save_sheet()

    def focus_search(self) -> None:
        if self.current not in ("leads", "contacts"):
            self.show_view("leads")
        self.page(self.current).focus_search()

    # --- Data ---------------------------------------------------------------------------

    def refresh_all(self) -> None:
        page = self.page(self.current)
        if self.current in self.NAV:
            page.refresh()
        else:
            page.reload()
        self._update_health()

    def refresh_lists(self) -> None:
        """After a change: the visible page is current, the others refresh when shown."""
        if self.current == "today":
            self.today.refresh()
        self._update_health()

    def _update_health(self) -> None:
        # Today has just counted them when it is the page on show.
        today = self._pages.get("today")
        fresh = self.current == "today" and today is not None and today.health_figures
        health = fresh or reports.pipeline_health()
        if health["open"]:
            text = self.tr("Pipeline health: {0}%").format(round(100 * health["share"]))
        else:
            text = self.tr("Pipeline health: no open leads")
        self.health.setText(text)
        self.health.setToolTip(
            self.tr("Share of open leads whose next action is still ahead ({0} of {1}).").format(
                health["with_future_action"], health["open"]
            )
        )

    def new_lead(self) -> None:
        from ui.dialogs.lead_dialog import LeadDialog

        lead, accepted = LeadDialog.create(self)
        if accepted and lead is not None:
            self.open_lead(lead.id)

    def new_contact(self) -> None:
        from ui.dialogs.contact_dialog import ContactDialog

        contact, accepted = ContactDialog.edit(self, None)
        if accepted and contact is not None:
            self.open_contact(contact.id)

    def import_file(self) -> None:
        self.import_path(None)

    def import_path(self, path: Path | None) -> None:
        """The import wizard, on `path` when one is given (a dropped file)."""
        from ui.dialogs.import_wizard import ImportWizard

        _, accepted = ImportWizard.run(self, path)
        if accepted:
            self.refresh_all()

    def list_dropped(self, path: Path) -> None:
        """A list dropped on the window (from the e-mail, the desktop) opens the import,
        once the drop has ended (the wizard is modal)."""
        QTimer.singleShot(0, lambda: self.import_path(path))

    def import_history(self) -> None:
        from ui.dialogs.import_history import ImportHistoryDialog

        ImportHistoryDialog.run(self)
        self.refresh_all()

    def export(self, kind: str, formats: tuple[str, ...]) -> None:
        """Ask where and in which format (the first of `formats` offered), then write the
        file; the format follows the extension chosen."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from contactos.actions import exports
        from contactos.exporting import csv_style

        source = None
        if kind == "source-report":
            names = exports.source_names()
            if not names:
                QMessageBox.information(
                    self, self.tr("Export"), self.tr("There are no sources yet.")
                )
                return
            source, ok = QInputDialog.getItem(
                self, self.tr("Report for a source"), self.tr("Source:"), names, 0, False
            )
            if not ok:
                return
        # In the person's documents, named in their language ('prospectos.csv').
        names = {
            "contacts": self.tr("contacts"),
            "leads": self.tr("leads"),
            "followups": self.tr("follow-ups"),
            "source-report": self.tr("report"),
        }
        stem = names[kind]
        if source is not None:
            stem = f"{stem} {source}"
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        default = str(folder / f"{stem}.{formats[0]}")
        names = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV for Excel (*.csv)"),
            "vcf": self.tr("vCard (*.vcf)"),
            "ics": self.tr("iCalendar (*.ics)"),
        }
        filters = [names[f] for f in formats]
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export"), default, ";;".join(filters), filters[0]
        )
        if not path:
            return
        if Path(path).suffix.lower().lstrip(".") not in formats:
            # (a name typed without its extension: the format chosen in the list)
            path += "." + formats[filters.index(chosen) if chosen in filters else 0]
        try:
            # CSV as this computer's Excel reads it (';' where numbers take a decimal comma).
            style = csv_style(QLocale.system().decimalPoint())
            exported = exports.export(kind, path, source=source, style=style)
        except TranslatableError as error:
            QMessageBox.warning(self, self.tr("Export"), error.message)
            return
        count = exported.count
        written = {
            "contacts": self.tr("%n contact(s) written to {file}", "", count),
            "leads": self.tr("%n lead(s) written to {file}", "", count),
            "followups": self.tr("%n follow-up(s) written to {file}", "", count),
            "source-report": self.tr("%n lead(s) written to {file}", "", count),
        }[exported.kind]
        self.statusBar().showMessage(written.format(file=path), 8000)

    # --- Undo ---------------------------------------------------------------------------

    def record_change(self, change: Change) -> None:
        """A change made at once (no dialog asked): say so, and keep it for Ctrl+Z."""
        self.undo_stack.push(change)
        keys = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.statusBar().showMessage(
            self.tr("{change} — {keys} undoes it.").format(change=change.description, keys=keys)
            if keys
            else change.description,
            15000,
        )

    def _update_undo(self) -> None:
        change = self.undo_stack.next_change()
        self.undo_action.setEnabled(change is not None)
        if change is None:
            self.undo_action.setText(self.tr("&Undo"))
        else:
            what = change.description
            what = what if len(what) <= 60 else what[:59].rstrip() + "…"
            self.undo_action.setText(self.tr("&Undo “{0}”").format(what.replace("&", "&&")))

    def undo(self) -> None:
        try:
            change = self.undo_stack.undo()
        except TranslatableError as error:
            QMessageBox.warning(self, self.tr("Cannot undo"), error.message)
            self.refresh_all()
            return
        if change is None:
            return
        self.refresh_all()
        self.statusBar().showMessage(self.tr("Undone: “{0}”").format(change.description), 8000)

    def backup_now(self) -> None:
        try:
            path = backups.backup_now(self.paths)
        except (OSError, TranslatableError) as error:
            QMessageBox.warning(self, self.tr("Backup failed"), str(error))
            return
        self.statusBar().showMessage(self.tr("Backup saved: {0}").format(path), 8000)

    def restore_backup(self) -> None:
        from ui.dialogs.restore_dialog import RestoreDialog

        message, restored = RestoreDialog.run(self, self.paths)
        if restored:
            self.restored(message)

    def restored(self, message: str) -> None:
        """A backup was put back: start again from Today (what was open may be gone)."""
        self.history.clear()
        self.show_view("today", remember=False)
        self.statusBar().showMessage(message, 15000)

    def open_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog.run(self, self.paths)

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: a window that can stay open while working."""
        from ui.shortcuts import ShortcutsDialog, action_rows, view_rows

        if self._shortcuts_window is None:
            actions = [
                a
                for menu in self.menuBar().findChildren(QMenu)
                for a in menu.actions()
                if not a.isSeparator() and a.menu() is None
            ]
            seen: set[int] = set()
            unique = [a for a in actions if not (id(a) in seen or seen.add(id(a)))]
            rows = action_rows(unique) + view_rows(self.today.reschedule_menu())
            from ui.views.board import shortcut_rows as board_rows

            rows += board_rows()
            self._shortcuts_window = ShortcutsDialog(self, rows)
        self._shortcuts_window.show()
        self._shortcuts_window.raise_()
        self._shortcuts_window.activateWindow()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Contactos"),
            self.tr(
                "<b>Contactos {0}</b><br>Contacts and follow-up for independent sales "
                "agents.<br>Data folder: {1}"
            ).format(__version__, html.escape(str(self.paths.data_dir))),
        )

    # --- Window state -------------------------------------------------------------------

    def settings(self) -> QSettings:
        return QSettings(str(self.paths.data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        settings = self.settings()
        geometry = settings.value("geometry")
        if not (
            isinstance(geometry, QByteArray)
            and not geometry.isEmpty()
            and self.restoreGeometry(geometry)
        ):
            screen = self.screen() or QGuiApplication.primaryScreen()
            self.setGeometry(first_geometry(screen.availableGeometry()))
        state = settings.value("state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        view = settings.value("view", "today")
        self.show_view(view if view in self.NAV else "today", remember=False)

    def save_state(self) -> None:
        settings = self.settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        last = self.current if self.current in self.NAV else "today"
        settings.setValue("view", last)
        settings.sync()
        make_private(settings.fileName())  # (Qt writes it with the umask's mode)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        choice = self.on_close() if self.on_close is not None else "quit"
        if choice != "quit":
            event.ignore()
            if choice == "hide":
                self.hide()
            return
        super().closeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint.emit()
            QTimer.singleShot(0, self.ensure_loaded)
