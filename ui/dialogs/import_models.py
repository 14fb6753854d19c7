"""The import wizard's item models and delegate: the file's first rows as read
(PreviewModel), the dry run's rows with what to do with each (PlanModel, ChoiceDelegate)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from contactos.importing.plan import CHOICES, Plan, PlanRow, choice_label, status_label
from contactos.importing.readers import Table
from ui.dialogs.common import select_data

PREVIEW_ROWS = 50


def number(value: int) -> str:
    """An integer as the locale writes it."""
    return QLocale().toString(int(value))


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as read, under its header."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []

    def set_table(self, table: Table | None, limit: int = PREVIEW_ROWS) -> None:
        self.beginResetModel()
        if table is None:
            self._headers, self._rows = [], []
        else:
            self._headers = list(table.headers)
            self._rows = [(row.line, list(row.cells)) for row in table.rows[:limit]]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        cells = self._rows[index.row()][1]
        value = cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return value.replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return value or None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section] or self.tr("Column {number}").format(
                    number=number(section + 1)
                )
            return None
        if 0 <= section < len(self._rows):
            return number(self._rows[section][0])
        return None


class PlanModel(QAbstractTableModel):
    """Every row of the dry run that is not simply new: what it is, why, and what to do."""

    LINE, STATUS, REASON, CHOICE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []

    # (the domain's words, so that the page, the delegate and the command line agree)
    status_label = staticmethod(status_label)
    choice_label = staticmethod(choice_label)

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._rows = [r for r in plan.rows if r.status != "new"] if plan is not None else []
        self.endResetModel()

    def plan_row(self, row: int) -> PlanRow:
        return self._rows[row]

    def refresh_choices(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.CHOICE), self.index(len(self._rows) - 1, self.CHOICE)
            )

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CHOICE and self._rows[index.row()].status != "rejected":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINE:
                return number(row.line)
            if column == self.STATUS:
                return self.status_label(row.status)
            if column == self.REASON:
                return row.reason
            if column == self.CHOICE:
                return "" if row.status == "rejected" else self.choice_label(row.choice)
        elif role == Qt.ItemDataRole.EditRole and column == self.CHOICE:
            return row.choice
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return row.reason or None
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.CHOICE:
            return None if row.status == "rejected" else self.tr("Click to change what to do.")
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.CHOICE
            or value not in CHOICES
        ):
            return False
        row = self._rows[index.row()]
        if row.status == "rejected":
            return False
        if row.choice == value:
            return True
        row.choice = value
        changed = self.index(index.row(), index.column())
        self.dataChanged.emit(changed, changed)
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            self.LINE: self.tr("Line"),
            self.STATUS: self.tr("Status"),
            self.REASON: self.tr("Reason"),
            self.CHOICE: self.tr("What to do"),
        }.get(section)


class ChoiceDelegate(QStyledItemDelegate):
    """Skip / merge / create as a combo box that writes the choice as soon as it changes."""

    def __init__(self, model: PlanModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for choice in CHOICES:
            combo.addItem(self._model.choice_label(choice), choice)
        combo.setAccessibleName(self.tr("What to do"))
        # Written at once (not when the editor closes: these editors stay open).
        target = QPersistentModelIndex(index)
        combo.currentIndexChanged.connect(
            lambda _i, c=combo: self._model.setData(target, c.currentData())
        )
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.blockSignals(True)
        select_data(editor, index.data(Qt.ItemDataRole.EditRole))
        editor.blockSignals(False)

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
