"""The import wizard's last pages: what the import will do (the dry run, where the
person chooses what to do with each duplicate), the import with its progress and
cancel, and what it did."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from contactos.importing.plan import CHOICES, CURRENCY_ORIGINS, Plan
from contactos.importing.readers import left_out
from ui.dialogs.common import ErrorLabel, select_data, text_width
from ui.dialogs.import_models import ChoiceDelegate, PlanModel, number

if TYPE_CHECKING:
    from contactos.actions.imports import ImportedBatch
    from ui.dialogs.import_wizard import ImportWizard


def _show_from_the_top(box: QPlainTextEdit) -> None:
    """A list's first line in view (once laid out, the box would show its end)."""
    box.moveCursor(QTextCursor.MoveOperation.Start)
    QTimer.singleShot(0, box, lambda: box.verticalScrollBar().setValue(0))


def currency_text(plan: Plan) -> str:
    """What the amounts are in and where that comes from ('Amounts in EUR, as the file
    says.'), or that the file names several currencies."""
    translate = QCoreApplication.translate
    if len(plan.currencies) > 1:
        return translate(
            "ImportWizard",
            "The amounts of this file name several currencies ({currencies}): each keeps "
            "the one written beside it; an amount without one is kept in the notes.",
        ).format(currencies=", ".join(plan.currencies))
    origin = translate("Import", CURRENCY_ORIGINS.get(plan.currency_origin, ""))
    return translate("ImportWizard", "Amounts in {currency} ({origin}).").format(
        currency=plan.currency, origin=origin
    )


class DryRunPage(QWizardPage):
    OPEN_EDITORS = 300  # rows that get a combo box of their own

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(
            self.tr("Nothing has been written yet. Choose what to do with each duplicate.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

        counts_box = QGroupBox(self.tr("Rows"), self)
        counts = QGridLayout(counts_box)
        self.count_labels: dict[str, QLabel] = {}
        for position, (key, text) in enumerate(
            (
                ("new", self.tr("New:")),
                ("duplicate", self.tr("Already contacts:")),
                ("duplicate_in_file", self.tr("Repeated in the file:")),
                ("possible_duplicate", self.tr("Possible duplicates:")),
                ("rejected", self.tr("Rejected:")),
            )
        ):
            value = QLabel("0", counts_box)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setAccessibleName(key)
            self.count_labels[key] = value
            row, col = position % 3, (position // 3) * 3
            counts.addWidget(QLabel(text, counts_box), row, col)
            counts.addWidget(value, row, col + 1)
        counts.setColumnMinimumWidth(1, text_width(self, 6))
        counts.setColumnMinimumWidth(2, text_width(self, 4))
        counts.setColumnMinimumWidth(3, text_width(self, 6))
        counts.setColumnStretch(5, 1)  # the numbers stay beside their labels

        self.model = PlanModel(self)
        # Same e-mail or phone: skipped unless the person says otherwise. A similar name
        # alone: created (two people at one company often have similar names), listed.
        self.all_combo = QComboBox(self)
        self.possible_combo = QComboBox(self)
        for combo in (self.all_combo, self.possible_combo):
            for choice in CHOICES:
                combo.addItem(self.model.choice_label(choice), choice)
        select_data(self.possible_combo, "create")
        all_label = QLabel(self.tr("Same e-mail or &phone:"), self)
        all_label.setBuddy(self.all_combo)
        possible_label = QLabel(self.tr("Similar &name only:"), self)
        possible_label.setBuddy(self.possible_combo)
        self.possible_combo.setToolTip(
            self.tr(
                "A similar name at the same company may be another person: these rows are "
                "created unless you choose otherwise."
            )
        )
        self.currency = QLabel(self)
        self.currency.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.delegate = ChoiceDelegate(self.model, self.view)
        self.view.setItemDelegateForColumn(PlanModel.CHOICE, self.delegate)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        # Sized once for each plan (initializePage): a column sized to its contents at
        # every change would measure every row again for each choice written.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PlanModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(self.fontMetrics().height() * 7)
        self.problems_label = QLabel(self.tr("Values kept in the notes, lines left out:"), self)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setTabChangesFocus(True)
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.problems_label.setBuddy(self.problems)

        choice_row = QHBoxLayout()
        choice_row.addWidget(all_label)
        choice_row.addWidget(self.all_combo)
        choice_row.addSpacing(text_width(self, 2))
        choice_row.addWidget(possible_label)
        choice_row.addWidget(self.possible_combo)
        choice_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(counts_box)
        layout.addWidget(self.currency)
        layout.addLayout(choice_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        self.all_combo.currentIndexChanged.connect(self._all_changed)
        self.possible_combo.currentIndexChanged.connect(self._all_changed)

    def initializePage(self) -> None:  # noqa: N802
        wizard: ImportWizard = self.wizard()
        plan = wizard.plan
        self.model.set_plan(plan)
        counts = plan.counts()
        for key, label in self.count_labels.items():
            label.setText(number(counts.get(key, 0)))
        # A combo box on every row, up to a few hundred; past that (a big list with
        # thousands of repeats) a row's choice opens as a combo box when clicked.
        if self.model.rowCount() <= self.OPEN_EDITORS:
            for row in range(self.model.rowCount()):
                index = self.model.index(row, PlanModel.CHOICE)
                if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    self.view.openPersistentEditor(index)
        self.view.resizeColumnsToContents()
        self.currency.setText(currency_text(plan))
        # Values kept in the notes, and the lines of the file left out, line by line.
        lines = [
            self.tr("Line {line}: {problem}").format(
                line=number(item["line"]), problem=item["problem"]
            )
            for item in plan.problems
        ] + [
            self.tr("Line {line} left out: {reason}").format(
                line=number(item["line"]), reason=item["reason"]
            )
            for item in left_out(wizard.table)
        ]
        self.problems.setPlainText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        self.problems.setVisible(bool(lines))
        _show_from_the_top(self.problems)

    def _all_changed(self) -> None:
        plan = self.wizard().plan
        if plan is None:
            return
        plan.set_choice(self.all_combo.currentData(), ("duplicate", "duplicate_in_file"))
        plan.set_choice(self.possible_combo.currentData(), ("possible_duplicate",))
        for row in range(self.model.rowCount()):
            index = self.model.index(row, PlanModel.CHOICE)
            editor = self.view.indexWidget(index)
            if editor is not None:
                self.delegate.setEditorData(editor, index)
        self.model.refresh_choices()

    def choice_combo(self, line: int) -> QComboBox | None:
        """The combo box of the row for `line` of the file (None for rejected rows)."""
        for row in range(self.model.rowCount()):
            if self.model.plan_row(row).line == line:
                return self.view.indexWidget(self.model.index(row, PlanModel.CHOICE))
        return None

    def validatePage(self) -> bool:  # noqa: N802
        # An open editor may hold a choice not yet written to the plan.
        for row in range(self.model.rowCount()):
            index = self.model.index(row, PlanModel.CHOICE)
            editor = self.view.indexWidget(index)
            if editor is not None and editor.currentData() != self.model.plan_row(row).choice:
                self.delegate.setModelData(editor, self.model, index)
        return True


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Everything is written at once: until the end, nothing is kept."))
        # Once imported there is no going back to the dry run.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setMinimumWidth(text_width(self, 40))
        self.cancel_button = QPushButton(self.tr("&Cancel import"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(wizard.cancel_import)
        self.error = ErrorLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        self.error.clear_message()
        self.status.setText(self.tr("Importing the rows…"))
        self.bar.setRange(0, max(1, len(self.wizard().plan.rows)))
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.wizard().start_import()

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.status.setText(
            self.tr("Importing row {done} of {total}…").format(
                done=number(done), total=number(total)
            )
        )

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

    def show_cancelled(self) -> None:
        self.cancel_button.hide()
        self.bar.setValue(0)
        self.status.setText(self.tr("Cancelled: nothing was imported."))

    def show_failed(self, message: str) -> None:
        self.cancel_button.hide()
        self.status.setText(self.tr("The import failed: nothing was imported."))
        self.error.show_message(message)

    def isComplete(self) -> bool:  # noqa: N802
        return self.wizard().batch is not None


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import finished"))
        box = QGroupBox(self.tr("Rows"), self)
        grid = QFormLayout(box)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("created", self.tr("Created:")),
            ("merged", self.tr("Merged into existing contacts:")),
            ("skipped", self.tr("Skipped:")),
            ("rejected", self.tr("Rejected:")),
            ("leads", self.tr("Leads created:")),
        ):
            value = QLabel("0", box)
            value.setAccessibleName(key)
            self.values[key] = value
            grid.addRow(text, value)
        self.currency = QLabel(self)
        self.currency.setWordWrap(True)
        self.possible_label = QLabel(
            self.tr(
                "Created although a similar name is already there (check that they are "
                "different people):"
            ),
            self,
        )
        self.possible_label.setWordWrap(True)
        self.possible = QPlainTextEdit(self)
        self.possible.setReadOnly(True)
        self.possible.setTabChangesFocus(True)
        self.possible_label.setBuddy(self.possible)
        self.rejected_label = QLabel(self.tr("Rejected rows:"), self)
        self.rejected = QPlainTextEdit(self)
        self.rejected.setReadOnly(True)
        self.rejected.setTabChangesFocus(True)
        self.rejected_label.setBuddy(self.rejected)
        self.undo_hint = QLabel(
            self.tr("You can undo the whole import later from the import history."), self
        )
        self.undo_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.currency)
        layout.addWidget(self.possible_label)
        layout.addWidget(self.possible, 3)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected, 3)
        layout.addStretch(1)  # (the lists hidden, the figures stay together at the top)
        layout.addWidget(self.undo_hint)

    def initializePage(self) -> None:  # noqa: N802
        batch: ImportedBatch = self.wizard().batch
        self.setSubTitle(
            self.tr("Import number {batch} of {file} is done.").format(
                batch=number(batch.id), file=batch.file_name
            )
        )
        for key, count in (
            ("created", batch.created),
            ("merged", batch.merged),
            ("skipped", batch.skipped),
            ("rejected", batch.rejected),
            ("leads", batch.leads),
        ):
            self.values[key].setText(number(count))
        rejected = batch.rejected_rows
        self.rejected.setPlainText(
            "\n".join(
                self.tr("Line {line}: {reason}").format(
                    line=number(item["line"]), reason=item["reason"]
                )
                for item in rejected
            )
        )
        self.rejected_label.setVisible(bool(rejected))
        self.rejected.setVisible(bool(rejected))
        plan = self.wizard().plan
        self.currency.setText(currency_text(plan) if plan is not None else "")
        created = [
            row
            for row in (plan.rows if plan is not None else [])
            if row.status == "possible_duplicate" and row.choice == "create"
        ]
        self.possible.setPlainText(
            "\n".join(
                self.tr("Line {line}: {reason}").format(line=number(row.line), reason=row.reason)
                for row in created
            )
        )
        self.possible_label.setVisible(bool(created))
        self.possible.setVisible(bool(created))
        for box in (self.possible, self.rejected):
            _show_from_the_top(box)
