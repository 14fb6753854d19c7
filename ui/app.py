"""Starting the window: arguments, logging, language, the database, the first-run offer
of demo data, and `--screenshots DIR`."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import signal
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from contactos import APP_NAME, __version__, catalog, paths, settings, storage
from contactos.models import Contact, Lead, database
from contactos.session import close_session, open_session

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="contactos", description="Contactos")
    parser.add_argument("--data-dir", metavar="DIR")
    parser.add_argument("--lang", choices=catalog.LANGUAGES)
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        help="render each view and the main dialogs to PNG files in DIR, then exit",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the tray with the window closed (the start at login does this)",
    )
    parser.add_argument(
        "--screenshot-size",
        metavar="WIDTHxHEIGHT",
        type=screen_size,
        help="the window's size for --screenshots (default 1280x800), e.g. 1024x600",
    )
    parser.add_argument(
        "--ready-line",
        action="store_true",
        help="print a line when the window is first painted (for scripts and tests)",
    )
    return parser.parse_args(list(argv))


def screen_size(text: str) -> tuple[int, int]:
    """'1024x600' as (1024, 600), for argparse."""
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1024x600: {text!r}") from None
    if min(size) < 100:
        raise argparse.ArgumentTypeError(f"too small: {text!r}")
    return size


def setup_logging(where: paths.Paths) -> None:
    where.ensure()
    from contactos import logfile
    from ui import crash

    handler = logfile.handler(where.logs)  # (rotating; private: the log names people)
    crash.log_file = Path(handler.baseFilename)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    crash_fd = paths.open_private(where.logs / "crash.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    crash = os.fdopen(crash_fd, "a", encoding="utf-8")  # (kept open for faulthandler)
    faulthandler.enable(crash)


def install_excepthook() -> None:
    """An unexpected error is logged and shown, instead of the window vanishing."""

    def hook(kind, value, traceback) -> None:
        from contactos import storage

        if storage.is_busy(value):  # (another program was saving: nothing was written)
            log.warning("database busy: %s", value)
            if QApplication.instance() is not None:
                QMessageBox.warning(None, APP_NAME, QApplication.translate("Storage", storage.BUSY))
            return
        if storage.is_disk_full(value) or storage.is_unavailable(value):
            # (SQLite rolled the transaction back: nothing was written)
            log.warning("cannot write: %s", value)
            if QApplication.instance() is not None:
                if storage.is_disk_full(value):
                    text = QApplication.translate("Storage", storage.DISK_FULL)
                else:
                    text = storage.unavailable(Path(database.obj.database), value).message
                QMessageBox.warning(None, APP_NAME, text)
            return
        if storage.is_damage(value) and QApplication.instance() is not None:
            log.error("damaged database: %s", value)
            from ui.dialogs.restore_dialog import offer_after_damage

            offer_after_damage(value)
            return
        log.critical("unexpected error", exc_info=(kind, value, traceback))
        from ui.crash import show_crash

        show_crash(kind, value, traceback)  # (what happened, the data is safe, the log)

    sys.excepthook = hook


def offer_demo(parent=None) -> None:
    from contactos import demo

    box = QMessageBox(parent)
    box.setWindowTitle(APP_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(QApplication.translate("App", "Your database is empty."))
    box.setInformativeText(
        QApplication.translate(
            "App",
            "Load demo data to look around (leads, contacts and a day's work), or start "
            "with an empty database?",
        )
    )
    demo_button = box.addButton(
        QApplication.translate("App", "Load &demo data"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("App", "Start &empty"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo_button)
    box.exec()
    if box.clickedButton() is demo_button:
        demo.load_demo()


def is_empty() -> bool:
    return not Contact.select().exists() and not Lead.select().exists()


def open_database(where: paths.Paths, ask: bool = True) -> str | None:
    """Open the session. A database that cannot be read is not opened: the backups are
    offered instead (with `ask`). Returns what a restore did ('' when nothing was
    restored), None when the program cannot go on."""
    try:
        open_session(where)
        return ""
    except storage.DatabaseDamaged as error:
        log.error("cannot open the database: %s (%s)", error.headline, error.detail)
        if not ask:
            print(f"contactos: {error}", file=sys.stderr)
            return None
        from ui.dialogs.restore_dialog import RestoreDialog

        restored, accepted = RestoreDialog.run(None, where, damaged=error, is_open=False)
        return restored if accepted else None
    except storage.StorageError as error:  # (a newer version's database: its own message)
        log.error("cannot open the database: %s", error)
        QMessageBox.critical(None, APP_NAME, error.message)
        return None


def run(argv: Sequence[str]) -> int:  # noqa: C901 - the start-up, one step after another
    args = parse_args(argv)
    scratch = None
    if args.screenshots and not (args.data_dir or os.environ.get(paths.ENV_DATA_DIR)):
        # Pictures of the demo data in a folder of their own: the person's database is
        # neither shown nor created.
        scratch = tempfile.TemporaryDirectory(
            prefix="contactos-screenshots-", ignore_cleanup_errors=True
        )
        args.data_dir = scratch.name
    where = paths.resolve_paths(args.data_dir)
    setup_logging(where)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)

    from ui import translation

    saved = settings.read_file_settings(where.settings_file).get("language")
    language = translation.choose_language(args.lang, saved)
    translators = translation.install(app, language)  # noqa: F841 - kept alive
    install_excepthook()

    instance = None
    if not args.screenshots:
        from ui.single_instance import SingleInstance

        instance = SingleInstance(where.data_dir)
        if not instance.claim():  # one copy runs already: it comes forward instead
            raised = instance.ask_first_to_show()
            log.info("already running; asked it to come forward: %s", raised)
            if args.ready_line:
                print(f"contactos: already running (raised: {raised})", flush=True)
            return 0

    restored = open_database(where, ask=not args.screenshots)
    if restored is None:
        if instance is not None:
            instance.release()
        return 3

    try:
        from ui import icons
        from ui.mainwindow import MainWindow

        app.setWindowIcon(icons.application_icon())
        if args.screenshots:
            from ui.screenshots import take_screenshots

            if scratch is not None:
                from contactos import demo

                demo.load_demo()
            take_screenshots(where, args.screenshots, args.screenshot_size)
            return 0
        from ui.dialogs.first_run import ask_country_if_needed, qt_system_country

        settings.install_system_country(qt_system_country)
        ask_country_if_needed()
        if is_empty():
            offer_demo()
        window = MainWindow(where)
        if restored:
            window.statusBar().showMessage(restored, 15000)
        if args.ready_line:
            window.first_paint.connect(lambda: print("contactos: window shown", flush=True))
        from ui.notify import set_windows_app_id
        from ui.reminder_service import ReminderService

        set_windows_app_id()
        service = ReminderService(window, where)
        instance.activated.connect(service.show_main)
        if args.ready_line:
            instance.activated.connect(lambda: print("contactos: raised", flush=True))
        # Let Ctrl+C / SIGTERM quit cleanly (Python runs handlers between events).
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: service.quit())
        pulse = QTimer(window)
        pulse.start(250)
        pulse.timeout.connect(lambda: None)
        if not (args.background and service.use_tray):
            window.show()
        service.start()
        try:
            code = app.exec()
        finally:
            service.stop()
        log.info("closing normally")
        return code
    finally:
        close_session()
        if instance is not None:
            instance.release()
        if scratch is not None:
            scratch.cleanup()
