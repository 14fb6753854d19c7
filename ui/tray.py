"""The icon in the tray (Windows' notification area, macOS' menu bar, a Linux panel):
today's count, Open, Today, Reminders, Pause reminders for an hour, Quit."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from contactos import APP_NAME
from ui import icons


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def where_it_went() -> str:
    """Where the icon is, in the words of this system."""
    if sys.platform == "win32":
        return QCoreApplication.translate(
            "TrayMenu", "in the notification area, next to the clock (it may be under the ^ arrow)"
        )
    if sys.platform == "darwin":
        return QCoreApplication.translate(
            "TrayMenu", "in the menu bar, at the top right of the screen"
        )
    return QCoreApplication.translate("TrayMenu", "in the system tray of the panel")


class TrayMenu(QObject):
    """The menu (also drawn for --screenshots where there is no tray) and its icon."""

    open_requested = Signal()
    today_requested = Signal()
    reminders_requested = Signal()
    pause_requested = Signal(bool)  # True: pause for an hour; False: resume
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.count_action = QAction(self.menu)
        self.count_action.setEnabled(False)
        self.open_action = QAction(icons.icon("open"), self.tr("&Open Contactos"), self.menu)
        self.today_action = QAction(icons.icon("today"), self.tr("&Today"), self.menu)
        self.reminders_action = QAction(icons.icon("reschedule"), "", self.menu)
        self.pause_action = QAction(self.menu)
        self.quit_action = QAction(self.tr("&Quit"), self.menu)
        self.open_action.triggered.connect(self.open_requested)
        self.today_action.triggered.connect(self.today_requested)
        self.reminders_action.triggered.connect(self.reminders_requested)
        self.pause_action.triggered.connect(
            lambda: self.pause_requested.emit(self.paused_until is None)
        )
        self.quit_action.triggered.connect(self.quit_requested)
        for action in (self.count_action, None, self.open_action, self.today_action):
            self.menu.addAction(action) if action else self.menu.addSeparator()
        for action in (self.reminders_action, self.pause_action, None, self.quit_action):
            self.menu.addAction(action) if action else self.menu.addSeparator()
        self.paused_until: dt.datetime | None = None
        self.icon: QSystemTrayIcon | None = None
        self.update(0, 0, None)

    def show_icon(self) -> QSystemTrayIcon:
        if self.icon is None:
            self.icon = QSystemTrayIcon(icons.icon("today"), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
        self.icon.show()
        self._update_tooltip()
        return self.icon

    def hide_icon(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def update(self, today_count: int, due_count: int, paused_until: dt.datetime | None) -> None:
        self.today_count = today_count
        self.paused_until = paused_until
        self.count_action.setText(self.tr("Today: %n follow-up(s) to do", "", today_count))
        self.reminders_action.setText(self.tr("&Reminders due (%n)…", "", due_count))
        if paused_until is None:
            self.pause_action.setText(self.tr("&Pause reminders for 1 hour"))
        else:
            time = QLocale().toString(
                QTime(paused_until.hour, paused_until.minute), QLocale.FormatType.ShortFormat
            )
            self.pause_action.setText(self.tr("&Resume reminders (paused until {0})").format(time))
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        if self.icon is not None:
            self.icon.setToolTip(
                f"{APP_NAME} — " + self.tr("Today: %n follow-up(s) to do", "", self.today_count)
            )
