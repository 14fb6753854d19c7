"""The import wizard's worker threads: the dry run of a large file and the import itself,
each a call to contactos.actions.imports on the thread's own database connection
(peewee keeps one per thread), closed before the thread ends."""

from __future__ import annotations

import logging
import threading

from peewee import OperationalError
from PySide6.QtCore import QThread, Signal

from contactos import storage
from contactos.actions import imports
from contactos.i18n import TranslatableError, translate
from contactos.importing.readers import Table
from contactos.importing.writer import ImportCancelled
from contactos.models import database

log = logging.getLogger(__name__)


class ImportWorker(QThread):
    """Runs the import of a plan (actions.imports.run_import: one transaction), with its
    progress and a cancel that keeps nothing."""

    progressed = Signal(int, int)
    succeeded = Signal()
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, plan: imports.ImportPlan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.batch: imports.ImportedBatch | None = None
        self._stop = threading.Event()

    def request_cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            batch = imports.run_import(
                self.plan,
                progress=lambda done, total: self.progressed.emit(done, total),
                cancelled=self._stop.is_set,
            )
        except ImportCancelled:
            self.cancelled.emit()
        except TranslatableError as error:
            log.info("import refused: %s", error.template)
            self.failed.emit(error.message)
        except OperationalError as error:
            log.warning("import failed: %s", error)
            if storage.is_disk_full(error):  # (SQLite rolled the whole import back)
                self.failed.emit(translate("Storage", storage.DISK_FULL))
            elif "locked" in str(error):
                message = self.tr("The database is busy. Wait a moment and import the file again.")
                self.failed.emit(message)
            else:
                self.failed.emit(str(error))
        except Exception as error:
            log.exception("import failed")
            if storage.is_disk_full(error):  # (sqlite3's own error, from a bulk write)
                self.failed.emit(translate("Storage", storage.DISK_FULL))
            else:
                self.failed.emit(str(error) or type(error).__name__)
        else:
            self.batch = batch
            self.succeeded.emit()
        finally:
            database.close()  # this thread's connection only


class PrepareWorker(QThread):
    """Reads a large file's rows and makes its dry run (actions.imports.plan_import) away
    from the window, so that the window keeps answering; it only reads."""

    succeeded = Signal()
    failed = Signal(str)

    def __init__(
        self,
        table: Table,
        request: imports.ImportRequest,
        mapping: dict[int, str],
        file_name: str,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.job = (table, request, mapping, file_name)
        self.plan: imports.ImportPlan | None = None

    def run(self) -> None:
        table, request, mapping, file_name = self.job
        try:
            plan = imports.plan_import(table, request, mapping, file_name=file_name)
        except Exception as error:
            log.exception("dry run failed")
            self.failed.emit(str(error) or type(error).__name__)
        else:
            self.plan = plan
            self.succeeded.emit()
        finally:
            database.close()  # this thread's connection only
