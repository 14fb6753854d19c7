"""`Contactos --self-check` (and `contactos-cli --self-check`): does this copy of the
program work here?

For the packages' builds (build/package.py, the CI workflow) and for a person's support
call. It works in a temporary folder and never opens the person's data: it creates a
database there and runs the migrations, loads the Spanish catalogue and Qt's own, loads
the demo data, renders every main view offscreen, fires a test reminder through the
system's notifications (or, where the system takes none, the reminder window that
replaces them), raises a test error through the program's excepthook (the log and the
crash dialog, ui/crash.py), then prints one line and exits 0, or 1 at the first failure, saying
which step failed.

Without QT_QPA_PLATFORM, Windows and macOS use their own platform plugin (the one a
person's window needs: a copy installed under a folder with accents must load it), with
the windows kept off the screen; Linux without a display uses the offscreen one.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "contactos self-check:"
REMINDER_WAIT = 25.0  # seconds for the notification service to take or refuse the test


class StepFailed(Exception):
    """A check that did not hold (the step's name is said beside it)."""


def choose_platform(environ: dict[str, str] | os._Environ = os.environ) -> None:
    """Offscreen where there is no display (Linux in CI, over ssh)."""
    if environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")
    ):
        environ["QT_QPA_PLATFORM"] = "offscreen"


def say(line: str) -> None:
    """One line on stdout (a windowed Windows program has none: the exit code tells)."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        stream.write(line + "\n")
        stream.flush()
    except UnicodeEncodeError:  # (a console in a legacy code page)
        stream.write(line.encode("ascii", "backslashreplace").decode("ascii") + "\n")
        stream.flush()


def main(argv: list[str] | None = None) -> int:
    started = time.monotonic()
    choose_platform()
    found: dict[str, str] = {}
    step = "start"
    try:
        with tempfile.TemporaryDirectory(
            prefix="contactos-self-check-", ignore_cleanup_errors=True
        ) as tmp:
            _log_to(Path(tmp) / "self-check.log")
            for step, run in STEPS:  # noqa: B007 - `step` is reported on failure
                run(Path(tmp), found)
            step = "close"
            _close(found)
    except Exception as error:  # noqa: BLE001 - any failure is the answer
        detail = str(error) or type(error).__name__
        say(f"{PREFIX} FAILED at {step}: {type(error).__name__}: {detail}")
        if sys.stderr is not None:
            traceback.print_exc(file=sys.stderr)
        return 1
    seconds = time.monotonic() - started
    say(
        f"{PREFIX} ok in {seconds:.1f} s (Contactos {found['version']}, Qt {found['qt']} "
        f"{found['platform']}, schema {found['schema']}, {found['languages']}, "
        f"{found['views']} views, crash {found['crash']}, reminder: {found['reminder']})"
    )
    return 0


def _log_to(file: Path) -> None:
    """What the libraries and Qt say goes to a log in the temporary folder (stderr keeps
    only a failure's traceback)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    handler = logging.FileHandler(file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _keep["log"] = handler
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }
    qt_log = logging.getLogger("qt")

    def from_qt(kind, context, message) -> None:
        qt_log.log(levels.get(kind, logging.ERROR), "%s", message)

    qInstallMessageHandler(from_qt)


# --- The steps -------------------------------------------------------------------------------

_keep: dict[str, object] = {}  # what must outlive a step (the application, the window...)


def _application(tmp: Path, found: dict[str, str]) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtWidgets import QApplication

    from contactos import APP_NAME, __version__

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    _keep["app"] = app
    found["version"] = __version__
    found["qt"] = f"{qVersion()}/PySide6 {pyside_version}"
    found["platform"] = app.platformName()
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    if getattr(sys, "frozen", False):
        # The package must carry the platform plugin this system's window needs.
        native = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
        folders = [Path(p) for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
        candidates = [f / "platforms" for f in [*folders, plugins]]
        if not any(list(c.glob(f"*{native}.*")) for c in candidates if c.is_dir()):
            raise StepFailed(f"no {native} platform plugin in {candidates}")


def _translations(tmp: Path, found: dict[str, str]) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import translation

    app = _keep["app"]
    translators = translation.install(app, "es")
    _keep["translators"] = translators
    ours = QCoreApplication.translate("App", "Your database is empty.")
    if ours == "Your database is empty.":
        raise StepFailed(f"no Spanish catalogue in {translation.translations_dir()}")
    # (read from Qt's own translator: a word of Qt's, not one of ours)
    context, word = "QPlatformTheme", "Cancel"
    qt_own = [t for t in translators if Path(t.filePath()).name.startswith("qtbase_")]
    if not qt_own or qt_own[0].translate(context, word) in ("", word):
        raise StepFailed("Qt's own Spanish catalogue (qtbase_es) did not load")
    found["languages"] = "Spanish catalogues (ours and Qt's)"


def _database(tmp: Path, found: dict[str, str]) -> None:
    from contactos import paths, storage
    from contactos.models import database
    from contactos.session import open_session
    from contactos.storage import sqlite as backend

    where = paths.resolve_paths(tmp / "data")
    _keep["where"] = where
    open_session(where, auto_backup=False)
    applied = storage.current_schema_version(database.obj)
    expected = storage.schema_version(storage.known_migrations())
    if applied != expected:
        raise StepFailed(f"schema {applied} after the migrations, not {expected}")
    errors = backend.integrity_errors(database.obj)
    if errors:
        raise StepFailed("; ".join(errors))
    found["schema"] = str(applied)


def _demo(tmp: Path, found: dict[str, str]) -> None:
    from contactos import demo
    from contactos.models import Lead

    demo.load_demo()
    if not Lead.select().exists():
        raise StepFailed("no leads after loading the demo data")


def _views(tmp: Path, found: dict[str, str]) -> None:
    from PySide6.QtCore import QCoreApplication, QSize, Qt

    from contactos.models import Lead
    from ui.mainwindow import MainWindow

    window = MainWindow(_keep["where"])
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    _keep["window"] = window
    window.resize(QSize(1280, 800))
    window.show()
    window.ensure_loaded()
    rendered = []
    for key in window.NAV:
        window.show_view(key)
        rendered.append(key)
    lead = Lead.select().where(Lead.status == Lead.OPEN).first()
    if lead is not None:
        window.open_lead(lead.id)
        rendered.append("lead")
        window.open_contact(lead.contact_id)
        rendered.append("contact")
    for key in rendered:
        if key in window.NAV:
            window.show_view(key)
        for _ in range(3):
            QCoreApplication.processEvents()
        picture = window.grab()
        if picture.isNull() or picture.width() < 100:
            raise StepFailed(f"the {key} view rendered nothing")
    found["views"] = str(len(rendered))


def _reminder(tmp: Path, found: dict[str, str]) -> None:
    """A follow-up due at 11:00 fires at 10:50: through the notifier, or, when the
    system takes no notification, in the reminder window."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer

    from contactos import clock, reminders, rules
    from contactos.actions import leads
    from contactos.contacts import ContactData
    from ui.notify import Notifier
    from ui.reminder_window import ReminderWindow

    day = clock.today() + dt.timedelta(days=1)
    clock.set(dt.datetime.combine(day, dt.time(7, 0)))
    what = QCoreApplication.translate("SelfCheck", "Test reminder of the self-check")
    lead = leads.add_lead(
        leads.LeadDetails(QCoreApplication.translate("SelfCheck", "Self-check")),
        rules.NextAction(what, day, "call", dt.time(11, 0)),
        new_contact=ContactData(first_name="Begoña", last_name="Núñez"),
    ).lead
    schedule = reminders.Schedule()
    schedule.check()  # (starts watching at 7:00)
    clock.set(dt.datetime.combine(day, dt.time(10, 51)))
    key = f"lead-{lead.id}"
    due = [r for r in schedule.check().notify if r.key == key]  # (the demo's may fire too)
    if not due:
        raise StepFailed(f"the schedule did not fire {key} at 10:51")

    notifier = Notifier()
    _keep["notifier"] = notifier
    outcome: dict[str, object] = {}
    loop = QEventLoop()
    notifier.sent.connect(lambda *_: (outcome.setdefault("sent", True), loop.quit()))
    notifier.failed.connect(lambda keys: (outcome.setdefault("failed", keys), loop.quit()))
    QTimer.singleShot(int(REMINDER_WAIT * 1000), loop.quit)
    QTimer.singleShot(0, lambda: notifier.notify(due))
    loop.exec()
    if outcome.get("sent"):
        found["reminder"] = "notification"
        return
    if not outcome:
        raise StepFailed(f"the notifier gave no answer in {REMINDER_WAIT:.0f} s")
    # The fallback: the reminder window, as ReminderService.notification_failed shows it.
    window = ReminderWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    _keep["reminder_window"] = window
    window.show_reminders(key)
    if key not in [r.key for r in window.reminders] or window.grab().isNull():
        raise StepFailed("the reminder window does not list the test reminder")
    why = notifier.unavailable or "the system took no notification"
    found["reminder"] = f"window ({why})"


def _crash(tmp: Path, found: dict[str, str]) -> None:
    """An unexpected error raised in the event loop: the program's excepthook logs it
    to the rotating log and shows the crash dialog (in Spanish), whose details can be
    copied."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from contactos import logfile
    from ui import app as program
    from ui import crash

    where = _keep["where"]
    handler = logfile.handler(where.logs)
    logging.getLogger().addHandler(handler)
    previous_hook, previous_log = sys.excepthook, crash.log_file
    crash.log_file, crash.off_screen = Path(handler.baseFilename), True
    seen: dict[str, str] = {}
    loop = QEventLoop()

    def boom() -> None:
        raise RuntimeError("self-check: a test error")

    def read(left: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, crash.CrashDialog):
            if left:
                QTimer.singleShot(20, lambda: read(left - 1))
            else:
                loop.quit()
            return
        dialog.copy_button.click()
        seen.update(
            intact=dialog.intact.text(),
            details=dialog.details,
            said=dialog.copied.text(),
            clipboard=QGuiApplication.clipboard().text(),
        )
        dialog.close_button.click()
        QTimer.singleShot(0, loop.quit)

    try:
        program.install_excepthook()
        QTimer.singleShot(0, boom)
        QTimer.singleShot(10, read)
        loop.exec()
    finally:
        sys.excepthook, crash.log_file, crash.off_screen = previous_hook, previous_log, False
        logging.getLogger().removeHandler(handler)
        handler.close()
    if not seen:
        raise StepFailed("no crash dialog appeared for an unexpected error")
    if "intactos" not in seen["intact"]:
        raise StepFailed(f"the crash dialog is not in Spanish: {seen['intact']!r}")
    if "self-check: a test error" not in seen["details"] or not seen["said"]:
        raise StepFailed("the crash dialog's details do not hold the error")
    if seen["clipboard"] != seen["details"]:
        # (a session without a clipboard, as some CI services run: said, not a failure)
        log.warning("the clipboard did not take the details")
    logged = Path(handler.baseFilename).read_text(encoding="utf-8")
    if "self-check: a test error" not in logged:
        raise StepFailed("the error is not in the log")
    found["crash"] = "dialog and log"


def _close(found: dict[str, str]) -> None:
    from contactos import clock
    from contactos.session import close_session

    notifier = _keep.pop("notifier", None)
    if notifier is not None:
        notifier.stop()
    for name in ("reminder_window", "window"):
        widget = _keep.pop(name, None)
        if widget is not None:
            widget.close()
            widget.deleteLater()
    close_session()
    clock.set(None)
    handler = _keep.pop("log", None)
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


STEPS = [
    ("qt", _application),
    ("translations", _translations),
    ("database", _database),
    ("demo", _demo),
    ("views", _views),
    ("reminder", _reminder),
    ("crash", _crash),
]
