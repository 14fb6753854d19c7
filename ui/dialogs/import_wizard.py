"""Importing a distributor's file, step by step: file, preview, options, mapping, dry run,
import and summary. This is the wizard's shell: its pages (import_read_pages,
import_run_pages) ask, and what they ask of the domain goes through here to
contactos.actions.imports.

The dry run of a large file and the import itself run in worker threads
(import_workers), so the window keeps painting and Cancel works; the import is the only
thing that touches the database while it runs: every button of the wizard is disabled
until it is done.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from contactos.actions import imports
from contactos.importing import mapping as mapping_module
from contactos.importing.readers import Table, read_file
from ui.dialogs.common import busy, text_width
from ui.dialogs.import_read_pages import IGNORE, FilePage, MappingPage, OptionsPage, PreviewPage
from ui.dialogs.import_run_pages import DryRunPage, RunPage, SummaryPage
from ui.dialogs.import_workers import ImportWorker, PrepareWorker
from ui.icons import icon

log = logging.getLogger(__name__)


class ImportWizard(QWizard):
    """File → preview → options → mapping → dry run → import → summary."""

    FILE, PREVIEW, OPTIONS, MAPPING, DRY_RUN, IMPORT, SUMMARY = range(7)

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWindowIcon(icon("import"))
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        # Room for the Spanish labels and a useful part of the tables, within a 1024x600
        # screen (less its task bar and the title bar).
        self.setMinimumSize(
            QSize(max(760, text_width(self, 120)), max(500, self.fontMetrics().height() * 32))
        )

        self.path: Path | None = None
        self.table: Table | None = None
        self.read_options: dict[str, object] = {}
        self.mapping: dict[int, str] = {}
        self.plan: imports.ImportPlan | None = None
        self.batch: imports.ImportedBatch | None = None
        self.worker: ImportWorker | None = None
        self.preparer: PrepareWorker | None = None
        self._prepared = False
        self._closing = False
        self._cancel_requested = False

        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.options_page = OptionsPage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in (
            (self.FILE, self.file_page),
            (self.PREVIEW, self.preview_page),
            (self.OPTIONS, self.options_page),
            (self.MAPPING, self.mapping_page),
            (self.DRY_RUN, self.dry_run_page),
            (self.IMPORT, self.run_page),
            (self.SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(self.FILE)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    # --- What the pages ask of the domain --------------------------------------------------

    def set_file(self, path: Path, table: Table) -> None:
        if path != self.path:
            self.read_options = {}
        self.path, self.table = path, table

    def reread(self, **changes) -> Table:
        """Read the file again with the person's choices; raises ReadError."""
        options = {**self.read_options, **changes}
        options = {k: v for k, v in options.items() if v is not None}
        with busy():
            table = read_file(self.path, **options)
        self.read_options = options
        self.table = table
        return table

    def field_labels(self) -> list[tuple[str, str]]:
        """The target fields, "Do not import" first, in the domain's words."""
        fields = mapping_module.FIELDS
        keys = [IGNORE] + [k for k in fields if k != IGNORE]
        return [(key, QCoreApplication.translate("Import", fields[key])) for key in keys]

    def initial_mapping(self) -> tuple[dict[int, str], str]:
        """(mapping, how it was found): the file's own, the source's, or a guess; chosen
        as the command line chooses it."""
        choice = imports.choose_mapping(self.table, self.options_page.source_name())
        if choice.origin == "file":
            return choice.mapping, self.tr("The fields of the vCards are known.")
        if choice.origin == "source":
            return choice.mapping, self.tr(
                "As you matched them for the last file from {source}."
            ).format(source=choice.source)
        return choice.mapping, self.tr("Guessed from the column names: check them.")

    PREPARE_IN_BACKGROUND = 5000  # rows: a larger file is read away from the window

    def _request(self) -> imports.ImportRequest:
        """The import as the person asked for it on the pages."""
        page = self.options_page
        return imports.ImportRequest(
            source=page.source_name(),
            representada=page.representada_name(),
            make_leads=page.leads_check.isChecked(),
            tags=page.tags(),
            country=page.country(),
            on_duplicate=self.dry_run_page.all_combo.currentData(),
            on_possible_duplicate=self.dry_run_page.possible_combo.currentData(),
        )

    def prepare(self, mapping: dict[int, str]) -> bool:
        """Read the rows with `mapping` and make the dry run (reads only). True when it is
        ready; False when a large file is being read in the background: the wizard then
        goes on to the dry run by itself."""
        self.mapping = mapping
        request = self._request()
        self._cancel_requested = False
        if len(self.table.rows) < self.PREPARE_IN_BACKGROUND:
            with busy():
                self.plan = imports.plan_import(
                    self.table, request, mapping, file_name=self.path.name
                )
            return True
        self.preparer = PrepareWorker(self.table, request, mapping, self.path.name, self)
        self.preparer.succeeded.connect(self._prepared_done)
        self.preparer.failed.connect(self._prepared_failed)
        self.preparer.finished.connect(self._preparer_finished)
        self._set_buttons_enabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.mapping_page.show_busy(True)
        self.preparer.start()
        return False

    def is_preparing(self) -> bool:
        return self.preparer is not None and self.preparer.isRunning()

    def take_prepared(self) -> bool:
        """Whether a background preparation has just ended well (said once)."""
        ready, self._prepared = self._prepared, False
        return ready

    def _prepared_done(self) -> None:
        self.plan = self.preparer.plan
        self._prepared = True

    def _prepared_failed(self, message: str) -> None:
        self.mapping_page.error.show_message(message)

    def _preparer_finished(self) -> None:
        self.preparer.wait()
        self.preparer = None
        self.mapping_page.show_busy(False)
        self._set_buttons_enabled(True)
        if self._closing:
            return
        if self._prepared and self.currentId() == self.MAPPING:
            self.next()

    # --- The import ------------------------------------------------------------------------

    def is_importing(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def start_import(self) -> None:
        self.worker = ImportWorker(self.plan, self)
        self.worker.progressed.connect(self.run_page.show_progress)
        self.worker.succeeded.connect(self._import_done)
        self.worker.cancelled.connect(self._import_cancelled)
        self.worker.failed.connect(self._import_failed)
        self.worker.finished.connect(self._worker_finished)
        if self._cancel_requested:
            self.worker.request_cancel()
        self._set_buttons_enabled(False)
        self.worker.start()

    def cancel_import(self) -> None:
        """Ask the running import to stop (or the next one, before it starts)."""
        self._cancel_requested = True
        if self.worker is not None:
            self.worker.request_cancel()
        if self.is_importing():
            self.run_page.show_cancelling()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(enabled)

    def _import_done(self) -> None:
        self.batch = self.worker.batch
        self.run_page.status.setText(self.tr("Done."))
        self.run_page.bar.setValue(self.run_page.bar.maximum())

    def _import_cancelled(self) -> None:
        self.run_page.show_cancelled()

    def _import_failed(self, message: str) -> None:
        self.run_page.show_failed(message)

    def _worker_finished(self) -> None:
        self.worker.wait()
        self._set_buttons_enabled(True)
        self.run_page.completeChanged.emit()
        if self.batch is not None:
            self.next()
        else:
            self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Close"))
            self.button(QWizard.WizardButton.CancelButton).setFocus()

    # --- Closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        if self.is_importing():
            self.cancel_import()  # Esc asks the import to stop; the wizard stays open
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.cancel_import()
            self.worker.wait()
        if self.is_preparing():  # (it only reads: a few seconds at most)
            self._closing = True
            with busy():
                self.preparer.wait()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.is_importing():
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)

    @classmethod
    def run(
        cls, parent: QWidget | None, path: Path | None = None
    ) -> tuple[imports.ImportedBatch | None, bool]:
        """Run the wizard; (the batch imported, whether anything was imported). With a
        `path` (a file dropped on the window) it opens on that file's preview."""
        wizard = cls(parent, path)
        if path is not None:
            QTimer.singleShot(0, wizard.next)
        try:
            wizard.exec()
            return wizard.batch, wizard.batch is not None
        finally:
            wizard.deleteLater()
