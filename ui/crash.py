"""When something goes wrong that the program did not expect: a dialog instead of a
window that vanishes.

The excepthook of ui/app.py logs the error (the rotating log of contactos.logfile) and
calls `show_crash`. The dialog says, in the person's language, what happened, that the
data saved so far is intact (every write is one transaction: what was being changed at
that moment may not have been saved), where the log is, and offers to copy the details
for a support request. Errors the program knows (a busy database, a full disk, damage)
have their own messages there, not this one.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from contactos import APP_NAME, __version__, clock

log = logging.getLogger(__name__)

log_file: Path | None = None  # set by ui.app.setup_logging
off_screen = False  # the self-check shows the dialog without putting it on the screen
_showing = False


def details_text(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """What a support request needs: the versions, the system, the moment, the traceback."""
    lines = [
        f"Contactos {__version__} ({platform.platform()}; Python {platform.python_version()}; "
        f"Qt {qVersion()}{'; packaged' if getattr(sys, 'frozen', False) else ''})",
        f"{clock.now().isoformat(timespec='seconds')}",
    ]
    if log_file is not None:
        lines.append(f"Log: {log_file}")
    lines.append("")
    lines += traceback.format_exception(kind, value, tb)
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None, error: str, details: str, log: Path | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1 — unexpected error").replace("%1", APP_NAME))
        self.details = details
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self.tr("Something went wrong in Contactos."))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.what = QLabel(self.tr("What happened: %1").replace("%1", error))
        self.intact = QLabel(
            self.tr(
                "The data saved so far is intact. The change you were making when this "
                "happened may not have been saved: check it, and make it again if needed."
            )
        )
        if log is not None:
            where = self.tr("The details were written to the log: %1").replace("%1", str(log))
        else:
            where = self.tr("The details could not be written to a log; copy them from here.")
        self.where = QLabel(where)
        for label in (self.what, self.intact, self.where):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.copied = QLabel()

        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            self.tr("Co&py details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = None
        if log is not None:
            self.folder_button = buttons.addButton(
                self.tr("Open the log &folder"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.folder_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log.parent)))
            )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)

        text_column = QVBoxLayout()
        for widget in (self.heading, self.what, self.intact, self.where, self.text, self.copied):
            text_column.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        if off_screen:
            self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setText(self.tr("The details were copied: paste them in your message."))


def error_text(value: BaseException) -> str:
    text = str(value).strip()
    return f"{type(value).__name__}: {text}" if text else type(value).__name__


def show_crash(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Show the dialog for an unexpected error (already logged by the caller). An error
    raised while one is on show is only logged: one dialog at a time."""
    global _showing
    if QApplication.instance() is None or _showing:
        return
    _showing = True
    try:
        parent = QApplication.activeWindow()
        dialog = CrashDialog(parent, error_text(value), details_text(kind, value, tb), log_file)
        dialog.exec()
        dialog.deleteLater()
    except Exception:
        log.exception("cannot show the error dialog")
    finally:
        _showing = False
