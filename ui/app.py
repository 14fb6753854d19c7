"""Starting the window: arguments, logging, language, the database, the first-run offer
of demo data, and `--screenshots DIR`."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from contactos import APP_NAME, __version__, catalog, paths, settings, storage
from contactos.models import Contact, Lead
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
    handler = logging.FileHandler(where.logs / "contactos.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    crash = open(where.logs / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 - kept open
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
        log.critical("unexpected error", exc_info=(kind, value, traceback))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                APP_NAME,
                QApplication.translate(
                    "App", "Something went wrong: %1\nDetails were written to the log."
                ).replace("%1", str(value)),
            )

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


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
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

    try:
        open_session(where)
    except storage.StorageError as error:
        log.error("cannot open the database: %s", error)
        QMessageBox.critical(None, APP_NAME, error.message + "\n\n" + str(where.backups))
        return 3

    try:
        from ui import icons
        from ui.mainwindow import MainWindow

        app.setWindowIcon(icons.icon("leads"))
        if args.screenshots:
            from ui.screenshots import take_screenshots

            take_screenshots(where, args.screenshots, args.screenshot_size)
            return 0
        if is_empty():
            offer_demo()
        window = MainWindow(where)
        if args.ready_line:
            window.first_paint.connect(lambda: print("contactos: window shown", flush=True))
        # Let Ctrl+C / SIGTERM close the window cleanly (Python runs handlers between events).
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: window.close())
        pulse = QTimer(window)
        pulse.start(250)
        pulse.timeout.connect(lambda: None)
        window.show()
        code = app.exec()
        log.info("closing normally")
        return code
    finally:
        close_session()
