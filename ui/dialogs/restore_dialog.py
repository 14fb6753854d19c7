"""Putting a backup back: File → Restore a backup…, and the offer made when the database
cannot be read (at start, or when damage is found while working).

The backups are listed newest first with their date, time, size and why they were taken.
The restore itself is :func:`contactos.actions.backups.restore` (the open database is
backed up first) or, when the database cannot be opened, ``restore_over_damaged`` (the
damaged file is renamed aside, never deleted); this dialog only chooses the file and
shows what happened.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactos import backup, storage
from contactos.actions import backups
from contactos.i18n import TranslatableError
from contactos.paths import Paths
from ui.dialogs.common import ErrorLabel, busy, format_date
from ui.icons import icon

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole


def when_text(moment: dt.datetime) -> str:
    """A date and time as the person's locale writes them."""
    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(moment)} {time}"


def size_text(size: int) -> str:
    """A file's size as the locale writes it: '312 kB', '1.4 MB' (a decimal only where it
    tells something)."""
    value, unit = float(size), 0
    while value >= 1000 and unit < 3:
        value, unit = value / 1024, unit + 1
    precision = 1 if value < 10 and unit > 0 else 0
    return QLocale().formattedDataSize(
        size, precision, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


class RestoreDialog(QDialog):
    """The backups, newest first; *Restore* puts the one selected in place.

    `damaged` is the error that said the database cannot be read (the dialog then says
    so); `is_open` says whether the database is open (File → Restore, or damage found
    while working) or could not be opened at all (at start).
    """

    DATE, TIME, SIZE, KIND = range(4)

    def __init__(
        self,
        parent: QWidget | None,
        paths: Paths,
        *,
        damaged: storage.DatabaseDamaged | None = None,
        is_open: bool = True,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.damaged = damaged
        self.is_open = is_open
        self.result_message = ""
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setWindowIcon(icon("backup"))
        self.setModal(True)
        self.setSizeGripEnabled(True)
        width = self.fontMetrics().averageCharWidth()
        self.setMinimumSize(max(560, width * 80), max(380, self.fontMetrics().height() * 22))

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setText(self._heading())
        self.explanation = QLabel(self._explanation(), self)
        self.explanation.setWordWrap(True)

        self.view = QTreeWidget(self)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHeaderLabels(
            [self.tr("Date"), self.tr("Time"), self.tr("Size"), self.tr("Type")]
        )
        self.view.setAccessibleName(self.tr("Backups"))
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.error = ErrorLabel(self)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.other_button = QPushButton(self.tr("&Other file…"), self)
        self.other_button.setAutoDefault(False)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        if is_open:
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:  # (at start, not restoring means not opening the program)
            self.cancel_button = self.buttons.addButton(
                self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
            )
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.restore_other)
        self.buttons.rejected.connect(self.reject)
        self.view.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.view.itemSelectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill()
        self.view.setFocus()

    # --- Texts --------------------------------------------------------------------------

    def _heading(self) -> str:
        if self.damaged is None:
            return "<b>" + self.tr("Choose the backup to put back.") + "</b>"
        return (
            "<b>"
            + self.tr("Your database cannot be read.")
            + "</b><br>"
            + self.tr(
                "The file {file} is damaged, or it is not a Contactos database. "
                "It has not been changed."
            ).format(file=html.escape(str(self.damaged.path)))
        )

    def _explanation(self) -> str:
        if self.damaged is not None and not self.is_open:
            return self.tr(
                "Choose a backup to put in its place. The damaged file is kept in the data "
                "folder under another name; it is not deleted."
            )
        if self.damaged is not None:
            return self.tr(
                "Choose a backup to put in its place. The damaged database is saved "
                "first, as a backup “before a restore”; it is not deleted."
            )
        return self.tr(
            "Your database as it is now is saved first, as a backup “before a restore”, "
            "so you can go back to it."
        )

    # --- The list -----------------------------------------------------------------------

    def _fill(self) -> None:
        self.view.clear()
        locale = QLocale()
        for info in backup.backups(self.paths):
            item = QTreeWidgetItem(
                [
                    format_date(info.taken_at),
                    locale.toString(
                        QTime(info.taken_at.hour, info.taken_at.minute),
                        QLocale.FormatType.ShortFormat,
                    ),
                    size_text(info.size),
                    info.kind_label,
                ]
            )
            item.setData(self.DATE, PATH_ROLE, str(info.path))
            item.setData(self.DATE, Qt.ItemDataRole.UserRole + 1, info.taken_at)
            item.setTextAlignment(
                self.SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self.view.addTopLevelItem(item)
        empty = self.view.topLevelItemCount() == 0
        self.view.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.empty_label.setText(
            self.tr(
                "There are no backups in {folder}. If you keep a copy of the database "
                "elsewhere, choose it with “Other file…”."
            ).format(folder=self.paths.backups)
        )
        if not empty:
            self.view.setCurrentItem(self.view.topLevelItem(0))  # the newest
        self._update_buttons()

    def selected_path(self) -> Path | None:
        items = self.view.selectedItems()
        return Path(items[0].data(self.DATE, PATH_ROLE)) if items else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    # --- Restoring ----------------------------------------------------------------------

    def restore_selected(self) -> None:
        items = self.view.selectedItems()
        if not items:
            return
        taken = items[0].data(self.DATE, Qt.ItemDataRole.UserRole + 1)
        what = self.tr("Restored the backup of {when}.").format(when=when_text(taken))
        self._restore(Path(items[0].data(self.DATE, PATH_ROLE)), what)

    def restore_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a copy of the database"),
            str(self.paths.backups if self.paths.backups.is_dir() else Path.home()),
            self.tr("Contactos databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self._restore(Path(path), self.tr("Restored {file}.").format(file=path))

    def _restore(self, source: Path, what: str) -> None:
        self.error.clear_message()
        try:
            with busy():
                if self.is_open:
                    kept = backups.restore(self.paths, source).kept
                    then = self.tr(
                        "The database it replaced was saved as a backup ({file})."
                    ).format(file=kept.name)
                else:
                    from contactos.session import open_session

                    kept = backups.restore_over_damaged(self.paths, source).kept
                    open_session(self.paths)
                    then = self.tr("The damaged database was kept as {file}.").format(
                        file=kept.name
                    )
        except TranslatableError as error:  # (the file chosen is refused; a full disk)
            log.info("restore refused: %s", error)
            self.error.show_message(error.message)
            return
        log.info("restored %s", source)
        self.result_message = f"{what} {then}"
        self.accept()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        paths: Paths,
        *,
        damaged: storage.DatabaseDamaged | None = None,
        is_open: bool = True,
    ) -> tuple[str, bool]:
        """(what was restored, True) once a backup was put back; ("", False) when not."""
        dialog = cls(parent, paths, damaged=damaged, is_open=is_open)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_message, accepted
        finally:
            dialog.deleteLater()


_offering = False


def offer_after_damage(error: BaseException) -> None:
    """Damage found while working (a page that cannot be read): offer the backups, once
    at a time, and refresh the window after a restore."""
    global _offering
    if _offering:
        return
    window = next((w for w in QApplication.topLevelWidgets() if hasattr(w, "restored")), None)
    if window is None:
        return
    _offering = True
    try:
        damaged = storage.damaged(window.paths, error)
        message, restored = RestoreDialog.run(window, window.paths, damaged=damaged)
        if restored:
            window.restored(message)
    finally:
        _offering = False
