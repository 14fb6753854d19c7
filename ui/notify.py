"""Native notifications for reminders, through the system's own notification centre.

`desktop-notifier` speaks to each one: the freedesktop service on the session bus
(Linux), UNUserNotificationCenter (macOS, from an app bundle) and toasts (Windows 10 and
later). Unlike `QSystemTrayIcon.showMessage` it offers buttons (*Hecho*, *Posponer*),
says which notification was clicked, and tells when the system refused one, so that the
reminder window can appear instead.

Its API is asyncio: an event loop runs in a thread of its own beside Qt's, the
notifications are sent from there, and what the person does with them comes back to the
Qt thread as signals.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTime, Signal

from contactos import APP_NAME, clock
from contactos.reminders import MONEY_KINDS, Reminder
from contactos.rules import ACTIVITY_LABELS

log = logging.getLogger(__name__)

MAX_SEPARATE = 3  # more at once: one notification that opens the reminder window
SEND_TIMEOUT = 15.0  # seconds; a notification service that does not answer has refused
CONTEXT = "Reminders"
WINDOWS_APP_ID = APP_NAME  # toasts are shown under this name (see README)


# --- What a reminder says ---------------------------------------------------------------------


def kind_label(reminder: Reminder) -> str:
    if reminder.kind == "commitment":
        return QCoreApplication.translate("Reminders", "Commitment")
    if reminder.kind in MONEY_KINDS.values():
        return QCoreApplication.translate("Reminders", "Payment")
    return QCoreApplication.translate("Rules", ACTIVITY_LABELS.get(reminder.action, "Call"))


def when_text(reminder: Reminder, today: dt.date | None = None) -> str:
    """'today at 11:00', 'tomorrow', '28/11/2026 at 11:00', in the person's language."""
    today = today or clock.today()
    if reminder.due_day == today:
        day = QCoreApplication.translate("Reminders", "today")
    elif reminder.due_day == today + dt.timedelta(days=1):
        day = QCoreApplication.translate("Reminders", "tomorrow")
    elif reminder.due_day == today - dt.timedelta(days=1):
        day = QCoreApplication.translate("Reminders", "yesterday")
    else:
        from ui.dialogs.common import format_date

        day = format_date(reminder.due_day)
    if reminder.due_time is None:
        return day
    time = QLocale().toString(
        QTime(reminder.due_time.hour, reminder.due_time.minute), QLocale.FormatType.ShortFormat
    )
    return QCoreApplication.translate("Reminders", "{day} at {time}").format(day=day, time=time)


def title_of(reminder: Reminder) -> str:
    """What to do: 'Call: Confirm the quote'; late money with its amount."""
    if reminder.kind in MONEY_KINDS.values():
        from ui.dialogs.common import format_money

        return f"{reminder.what}: {format_money(reminder.amount, reminder.currency) or '—'}"
    what = reminder.what or reminder.title
    return f"{kind_label(reminder)}: {what}" if what else kind_label(reminder)


def body_of(reminder: Reminder, today: dt.date | None = None) -> str:
    """Who, the company, the lead and the time."""
    who = reminder.contact
    if reminder.company and reminder.company != reminder.contact:
        who = f"{who} · {reminder.company}" if who else reminder.company
    lines = [who] if who else []
    when = when_text(reminder, today)
    if reminder.title and reminder.title != reminder.what:
        lines.append(f"{reminder.title} — {when}")
    else:
        lines.append(when)
    return "\n".join(lines)


class SummaryTexts(QObject):
    """(Plurals through self.tr, where lupdate finds them.)"""

    def title(self, count: int) -> str:
        return self.tr("%n reminder(s) due", "", count)

    def more(self, count: int) -> str:
        return self.tr("and %n more", "", count)


def summary_of(found: list[Reminder]) -> tuple[str, str]:
    texts = SummaryTexts()
    title = texts.title(len(found))
    lines = [title_of(r) for r in found[:MAX_SEPARATE]]
    if len(found) > MAX_SEPARATE:
        lines.append(texts.more(len(found) - MAX_SEPARATE))
    return title, "\n".join(lines)


# --- Sending ------------------------------------------------------------------------------------


def set_windows_app_id() -> None:
    """On Windows, the process carries the AppUserModelID its toasts are shown under
    (desktop-notifier registers the same ID for the current user)."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
    except (AttributeError, OSError) as error:  # pragma: no cover - Windows only
        log.warning("cannot set the AppUserModelID: %s", error)


class Notifier(QObject):
    """Sends reminders as native notifications; reports what the person did with them.

    `failed` carries the reminder ids the system did not take (no notification service,
    permission refused, an unbundled or unsigned macOS program, an error): the caller
    shows them in the reminder window instead.
    """

    clicked = Signal(str)  # a reminder id; '' for a summary of several
    done = Signal(str)
    snoozed = Signal(str)
    sent = Signal(str, str, str)  # id, title, body: what reached the system
    failed = Signal(list)

    _DELIVERY = QEvent.Type(QEvent.registerEventType())

    def __init__(self, parent: QObject | None = None, factory: Callable | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._notifier = None
        self._authorised: bool | None = None
        self.unavailable = ""  # why notifications cannot be sent ('' when they can)

    # --- life ------------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the notification thread; False (and `unavailable` says why) when this
        system offers no native notifications to this program."""
        if self._loop is not None:
            return not self.unavailable
        try:
            self._notifier = (self._factory or _desktop_notifier)()
        except Exception as error:  # noqa: BLE001 - any failure means: use the window
            self.unavailable = f"{type(error).__name__}: {error}"
            log.warning("native notifications unavailable: %s", self.unavailable)
            return False
        backend = type(getattr(self._notifier, "_backend", None)).__name__
        if backend == "DummyNotificationCenter":
            # (macOS outside an app bundle, or an older system: nothing would be shown)
            self.unavailable = "no notification centre for this program"
            log.warning("native notifications unavailable: %s", self.unavailable)
            return False
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run_loop, name="notifications", daemon=True)
        self._thread.start()
        return True

    def _run_loop(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    def stop(self) -> None:
        """Close the connection to the notification service and end the thread."""
        loop, self._loop = self._loop, None
        if loop is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout=5)
        except Exception as error:  # noqa: BLE001 - leaving anyway
            log.warning("notifications did not close cleanly: %s", error)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)
        if not loop.is_running():
            loop.close()

    async def _shutdown(self) -> None:
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        bus = getattr(getattr(self._notifier, "_backend", None), "bus", None)
        if bus is not None:  # (the D-Bus connection on Linux)
            bus.disconnect()
            with contextlib.suppress(Exception):  # (a broken connection is closed too)
                await asyncio.wait_for(bus.wait_for_disconnect(), 2)

    # --- from the notification thread to Qt's ------------------------------------------------

    def _post(self, signal: str, *args: object) -> None:
        """Emit `signal` in Qt's thread. Called from the notification thread, which is not
        a Qt thread: a signal emitted there directly crashed now and then under load;
        QCoreApplication.postEvent is the one call Qt documents as safe from any thread."""
        QCoreApplication.postEvent(self, _Delivery(self._DELIVERY, signal, args))

    def event(self, event: QEvent) -> bool:
        if event.type() == self._DELIVERY:
            getattr(self, event.signal).emit(*event.args)
            return True
        return super().event(event)

    # --- sending ----------------------------------------------------------------------------

    def notify(self, found: list[Reminder]) -> None:
        """One notification per reminder; more than MAX_SEPARATE at once, one for all."""
        if not found:
            return
        if self._loop is None and not self.start():
            self.failed.emit([r.key for r in found])
            return
        if len(found) > MAX_SEPARATE:
            title, body = summary_of(found)
            self._submit("", [r.key for r in found], title, body, buttons=False)
            return
        today = clock.today()
        for reminder in found:
            self._submit(reminder.key, [reminder.key], title_of(reminder), body_of(reminder, today))

    def _submit(self, key: str, keys: list[str], title: str, body: str, buttons=True) -> None:
        labels = ()
        if buttons:  # (translated here, in Qt's thread)
            labels = (
                QCoreApplication.translate("Reminders", "Done"),
                QCoreApplication.translate("Reminders", "Snooze 10 min"),
            )
        future = asyncio.run_coroutine_threadsafe(self._send(key, title, body, labels), self._loop)

        def finished(result) -> None:
            if self._loop is None:  # stopping: the program is leaving
                return
            try:
                ok = result.result()
            except Exception as error:  # noqa: BLE001 - reported, then the window
                log.warning("notification failed: %s", error)
                ok = False
            if ok:
                self._post("sent", key, title, body)
            else:
                self._post("failed", keys)

        future.add_done_callback(finished)

    async def _send(self, key: str, title: str, body: str, labels: tuple[str, ...]) -> bool:
        from desktop_notifier import Button, Notification

        notifier = self._notifier
        if self._authorised is None:
            self._authorised = await asyncio.wait_for(
                notifier.request_authorisation(), SEND_TIMEOUT
            )
        if not self._authorised:
            log.warning("notifications are not allowed for this program")
            return False
        dispatched = []
        actions = (
            (
                Button(
                    title=labels[0], on_pressed=lambda: self._post("done", key), identifier="done"
                ),
                Button(
                    title=labels[1],
                    on_pressed=lambda: self._post("snoozed", key),
                    identifier="snooze",
                ),
            )
            if labels
            else ()
        )
        notification = Notification(
            title=title,
            message=body,
            buttons=actions,
            on_clicked=lambda: self._post("clicked", key),
            on_dispatched=lambda: dispatched.append(True),
            thread="reminders",
        )
        await asyncio.wait_for(notifier.send_notification(notification), SEND_TIMEOUT)
        return bool(dispatched)  # (desktop-notifier logs a refusal instead of raising)


class _Delivery(QEvent):
    """A signal to emit in Qt's thread, with its arguments."""

    def __init__(self, kind: QEvent.Type, signal: str, args: tuple) -> None:
        super().__init__(kind)
        self.signal = signal
        self.args = args


def _desktop_notifier():
    from desktop_notifier import DesktopNotifier, Icon

    from ui.icons import icon_path

    return DesktopNotifier(app_name=WINDOWS_APP_ID, app_icon=Icon(path=icon_path("today")))
