"""The program in the background: it watches the schedule (contactos.reminders), sends
notifications, shows the reminder window, keeps the tray icon, and, for a program that
stays up for days, takes the daily backup when the date changes and picks up what the
command line wrote to the database meanwhile.

A look at the schedule comes every TICK seconds (cheap: two PRAGMAs and the clocks) and
exactly when the next reminder is due; the schedule itself is read again only when
something may have changed: the database (this program or another), the date, a sleep.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

from contactos import APP_NAME, autostart, backup, clock, reminders, settings, today
from contactos.actions import reminders as reminder_actions
from contactos.i18n import TranslatableError
from contactos.models import database
from contactos.paths import Paths
from contactos.watch import Watcher
from ui.notify import Notifier
from ui.reminder_window import ReminderWindow
from ui.tray import TrayMenu, tray_available, where_it_went

log = logging.getLogger(__name__)

TICK = 10.0  # seconds between looks
PAUSE = dt.timedelta(hours=1)


class ReminderService(QObject):
    refreshed = Signal()  # the schedule was read again (tests wait for it)

    def __init__(
        self,
        window,
        paths: Paths,
        *,
        notifier: Notifier | None = None,
        use_tray: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.paths = paths
        self.schedule = reminders.Schedule()
        self.watcher = Watcher(database.obj, TICK)
        self.notifier = notifier or Notifier(self)
        self.notifier.clicked.connect(self.show_reminder)
        self.notifier.done.connect(self.done_from_notification)
        self.notifier.snoozed.connect(self.snooze_from_notification)
        self.notifier.failed.connect(self.notification_failed)
        self.reminder_window = ReminderWindow()
        self.reminder_window.open_lead.connect(self.open_lead)
        self.reminder_window.changed.connect(self.data_changed)
        self.tray = TrayMenu(self)
        self.tray.open_requested.connect(self.show_main)
        self.tray.today_requested.connect(self.show_today)
        self.tray.reminders_requested.connect(lambda: self.show_reminder(""))
        self.tray.pause_requested.connect(self.pause)
        self.tray.quit_requested.connect(self.quit)
        self.use_tray = tray_available() if use_tray is None else use_tray
        self.quitting = False
        self.quit_app = QApplication.instance().quit  # (a test puts a stand-in here)
        self.next_fire: dt.datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        window.on_close = self.window_closing
        window.quit_action.triggered.disconnect()
        window.quit_action.triggered.connect(self.quit)

    # --- life ------------------------------------------------------------------------------

    def start(self) -> None:
        """The first look: what fell due while the program was not running comes as
        one list."""
        if self.use_tray:
            if tray_available():  # (a test may ask for the behaviour without the icon)
                self.tray.show_icon()
            QApplication.instance().setQuitOnLastWindowClosed(False)
        try:
            reminders.forget_finished()
        except Exception:
            log.exception("cannot forget finished reminders")
        self.check()

    def stop(self) -> None:
        self.window.on_close = None
        self.timer.stop()
        self.notifier.stop()
        self.tray.hide_icon()
        self.reminder_window.close()

    # --- looking at the schedule -------------------------------------------------------------

    def tick(self) -> None:
        try:
            changes = self.watcher.look()
            if changes.date_changed:
                self.new_day()
            due = self.next_fire is not None and reminders.is_due(self.next_fire, clock.now())
            pause_ended = self._pause_ended()
            if changes or due or pause_ended:
                self.check(woke=changes.woke)
            if changes.outside or changes.date_changed:
                self.refresh_views()
        finally:
            self._arm()

    def _pause_ended(self) -> bool:
        if self.schedule.paused_until is not None and not self.schedule.is_paused():
            self.schedule.pause(None)
            return True
        return False

    def check(self, *, woke: bool = False) -> reminders.Round:
        found = self.schedule.check(woke=woke)
        self.next_fire = found.next_fire
        self.watcher.reset()  # (marking them shown was this program's own write)
        if found.notify:
            log.info("reminders due: %s", ", ".join(r.key for r in found.notify))
            self.notifier.notify(found.notify)
        if found.missed:
            log.info("reminders missed: %s", ", ".join(r.key for r in found.missed))
            self.reminder_window.show_reminders(found.missed[0].key, missed=len(found.missed))
        elif self.reminder_window.isVisible():
            self.reminder_window.refresh()
        self._update_tray()
        self._arm()
        self.refreshed.emit()
        return found

    def _arm(self) -> None:
        wait = TICK
        if self.next_fire is not None:
            wait = min(wait, max(clock.seconds_between(clock.now(), self.next_fire), 0.2))
        self.timer.start(int(wait * 1000))

    def _update_tray(self) -> None:
        try:
            count = sum(today.counts(today.work_queue()).values())
            due = len(reminders.active())
        except Exception:
            log.exception("cannot count today's work")
            count = due = 0
        paused = self.schedule.paused_until if self.schedule.is_paused() else None
        self.tray.update(count, due, paused)

    def new_day(self) -> None:
        """The date changed while the program ran: the day's backup, today's queue."""
        try:
            made = backup.auto_backup(database.obj, self.paths)
            if made is not None:
                log.info("daily backup while running: %s", made)
        except (OSError, TranslatableError) as error:
            log.warning("daily backup failed: %s", error)

    def refresh_views(self) -> None:
        """Another program (the command line) changed the database: what is on show is
        read again. A lead or contact open in the window is left as it is (it may be
        being edited); it is read again when shown next."""
        window = self.window
        if window.isVisible() and window.current in window.NAV:
            window.refresh_all()

    def data_changed(self) -> None:
        """A reminder was done or snoozed here."""
        self.check()
        if self.window.isVisible():
            if self.window.current in self.window.NAV:
                self.window.refresh_all()
            else:
                self.window.refresh_lists()

    # --- what the person does ------------------------------------------------------------------

    def show_reminder(self, key: str = "") -> None:
        self.reminder_window.show_reminders(key or None)

    def done_from_notification(self, key: str) -> None:
        self.reminder_window.show_reminders(key)
        if self.reminder_window.select(key):
            self.reminder_window.mark_done()

    def snooze_from_notification(self, key: str) -> None:
        try:
            reminder_actions.snooze(key, "10min")
        except TranslatableError as error:
            log.info("snooze from a notification refused: %s", error)
        self.data_changed()

    def notification_failed(self, keys: list[str]) -> None:
        """The system did not take the notification: the window appears instead."""
        log.info("notification not shown (%s): the window instead", self.notifier.unavailable)
        self.reminder_window.show_reminders(keys[0] if keys else None)

    def pause(self, on: bool) -> None:
        self.schedule.pause(clock.shift(clock.now(), PAUSE) if on else None)
        if not on:
            self.check()
        else:
            self._update_tray()

    def show_main(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        if window.current in window.NAV:
            window.refresh_all()

    def show_today(self) -> None:
        self.show_main()
        self.window.show_view("today")

    def open_lead(self, lead_id: int) -> None:
        self.show_main()
        self.window.open_lead(lead_id)

    # --- closing --------------------------------------------------------------------------------

    def window_closing(self) -> str:
        """The main window is being closed: 'hide' (keep running in the tray), 'quit' or
        'stay' (the person changed their mind)."""
        if self.quitting:
            return "quit"
        if self.use_tray and settings.get("close_to_tray"):
            self._tell_where_it_went()
            return "hide"
        if not self.use_tray and not self._warn_reminders_need_the_program():
            return "stay"
        self._quit_soon()
        return "quit"

    def quit(self) -> None:
        self.quitting = True
        self.window.close()
        self._quit_soon()

    def _quit_soon(self) -> None:
        self.quitting = True
        QTimer.singleShot(0, lambda: self.quit_app())

    def _tell_where_it_went(self) -> None:
        ui_state = self.window.settings()
        if ui_state.value("told_about_tray", False, type=bool):
            return
        ui_state.setValue("told_about_tray", True)
        ui_state.sync()
        QMessageBox.information(
            self.window,
            APP_NAME,
            self.tr(
                "Contactos keeps running {where}, so that it can remind you of your "
                "follow-ups. Click the icon to open it again; to leave, choose Quit in its "
                "menu or File → Quit.\n\nYou can change this in Preferences."
            ).format(where=where_it_went()),
        )

    def _warn_reminders_need_the_program(self) -> bool:
        """No tray here: closing quits. Say that reminders need the program running and
        offer the start at login. False when the person cancels."""
        ui_state = self.window.settings()
        if ui_state.value("told_no_tray", False, type=bool) or autostart.is_enabled():
            return True
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(APP_NAME)
        box.setText(self.tr("Reminders come only while Contactos is running."))
        box.setInformativeText(
            self.tr(
                "This desktop has no tray to keep Contactos in when its window is closed. "
                "Contactos can start by itself when you log in, so that it reminds you of "
                "your follow-ups."
            )
        )
        start = box.addButton(
            self.tr("&Start at login and quit"), QMessageBox.ButtonRole.AcceptRole
        )
        leave = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(start)
        again = QCheckBox(self.tr("&Do not say this again"), box)
        box.setCheckBox(again)
        box.exec()
        clicked = box.clickedButton()
        if clicked not in (start, leave):
            return False
        if again.isChecked():
            ui_state.setValue("told_no_tray", True)
            ui_state.sync()
        if clicked is start:
            try:
                autostart.enable(autostart_arguments(self.paths))
            except TranslatableError as error:
                QMessageBox.warning(self.window, APP_NAME, error.message)
        return True


def autostart_arguments(paths: Paths) -> list[str]:
    """The data folder, when it is not the platform's default one."""
    import platformdirs

    default = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if paths.data_dir == default:
        return []
    return ["--data-dir", str(paths.data_dir)]
