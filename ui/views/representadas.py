"""Representadas (issue 13, item 1): the companies the agent sells for, with their rate,
currency, re-order interval, payment terms and contact person; add, edit, archive and
restore. The lead dialogs and the import offer the ones not archived."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactos import representadas
from contactos.actions import representadas as rep_actions
from contactos.i18n import TranslatableError
from contactos.models import Representada
from contactos.representadas import RepresentadaRow
from ui import icons
from ui.dialogs.common import currency_name
from ui.translation import translate

Index = QModelIndex | QPersistentModelIndex


class RepresentadasModel(QAbstractTableModel):
    NAME, RATE, CURRENCY, REORDER, TERMS, CONTACT, OPEN, WON = range(8)
    NUMERIC = (RATE, REORDER, TERMS, OPEN, WON)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[RepresentadaRow] = []

    def refresh(self, archived: bool = False) -> None:
        self.beginResetModel()
        self.rows = representadas.rows(archived=archived)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            translate("RepresentadasModel", "Representada"),
            translate("RepresentadasModel", "Commission"),
            translate("RepresentadasModel", "Currency"),
            translate("RepresentadasModel", "Re-order (days)"),
            translate("RepresentadasModel", "Paid after (days)"),
            translate("RepresentadasModel", "Contact person"),
            translate("RepresentadasModel", "Open leads"),
            translate("RepresentadasModel", "Won leads"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                archived = translate("RepresentadasModel", "(archived)")
                return row.name if row.active else f"{row.name} {archived}"
            if column == self.RATE:
                from PySide6.QtCore import QLocale

                return QLocale().toString(float(row.commission_rate), "g", 6) + " %"
            if column == self.CURRENCY:
                if not row.currency:
                    return translate("RepresentadasModel", "default")
                name = currency_name(row.currency)
                return (
                    f"{row.currency} — {name}"
                    if name and role == Qt.ItemDataRole.ToolTipRole
                    else row.currency
                )
            if column == self.REORDER:
                return str(row.reorder_days)
            if column == self.TERMS:
                return str(row.payment_terms_days)
            if column == self.CONTACT:
                return row.contact_person
            if column == self.OPEN:
                return str(row.open_leads)
            if column == self.WON:
                return str(row.won_leads)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().placeholderText()
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class RepresentadasView(QWidget):
    changed = Signal()
    undoable = Signal(object)  # a ui.undo.Change just made here (the window records it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RepresentadasModel(self)
        heading = QLabel(self.tr("Representadas"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.intro = QLabel(
            self.tr(
                "The companies you sell for. Their rate is the default of new leads; the "
                "payment terms say when a commission is due after the customer pays."
            )
        )
        self.intro.setWordWrap(True)
        self.archived = QCheckBox(self.tr("Show &archived"))
        self.archived.toggled.connect(self.refresh)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Representadas"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RepresentadasModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit())
        for keys in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit)

        self.add_button = QPushButton(icons.icon("add"), self.tr("&New representada…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(icons.icon("edit"), self.tr("Ed&it…"))
        self.edit_button.clicked.connect(self.edit)
        self.archive_button = QPushButton(self.tr("A&rchive"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.statement_button = QPushButton(icons.icon("money"), self.tr("Reconcile a &statement…"))
        self.statement_button.clicked.connect(lambda: self.reconcile_statement())
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.archive_button,
            self.statement_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.archived)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self, *args: object) -> None:
        current = self.current_id()
        self.model.refresh(archived=self.archived.isChecked())
        self.select(current)
        self._update_buttons()

    def select(self, rep_id: int | None) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == rep_id:
                self.table.selectRow(row)
                return
        if self.model.rows:
            self.table.selectRow(0)

    def current_row(self) -> RepresentadaRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not 0 <= index.row() < len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row else None

    def _update_buttons(self, *args: object) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        self.statement_button.setEnabled(row is not None)
        self.archive_button.setText(
            self.tr("A&rchive") if row is None or row.active else self.tr("Rest&ore")
        )

    def add(self) -> None:
        from ui.dialogs.representada_dialog import RepresentadaDialog

        saved, accepted = RepresentadaDialog.run(self, None)
        if accepted and saved is not None:
            self.refresh()
            self.select(saved.representada.id)
            self.changed.emit()

    def edit(self) -> None:
        from ui.dialogs.representada_dialog import RepresentadaDialog

        rep_id = self.current_id()
        rep = Representada.get_or_none(Representada.id == rep_id) if rep_id else None
        if rep is None:
            return
        saved, accepted = RepresentadaDialog.run(self, rep)
        if accepted and saved is not None:
            self.refresh()
            if saved.leads_following:
                QMessageBox.information(
                    self,
                    self.tr("New commission rate"),
                    self.tr(
                        "%n open lead(s) took the new commission rate.", "", saved.leads_following
                    ),
                )
            self.changed.emit()

    def toggle_archived(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            if row.active:
                rep_actions.archive(row.id)
            else:
                rep_actions.restore(row.id)
        except TranslatableError as error:
            QMessageBox.warning(self, self.tr("Not possible"), error.message)
            return
        self.refresh()
        self.changed.emit()

    def reconcile_statement(self, path: str | None = None) -> bool:
        """Compare the statement the representada sent with its won leads; what it proves,
        once recorded, is undone with Edit → Undo."""
        from PySide6.QtWidgets import QFileDialog

        from contactos.actions import statements as statement_actions
        from ui.dialogs.statement_dialog import StatementDialog
        from ui.undo import Change

        rep_id = self.current_id()
        rep = Representada.get_or_none(Representada.id == rep_id) if rep_id else None
        if rep is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("The statement of {0}").format(rep.name),
                "",
                self.tr("Statements (*.csv *.xlsx *.txt)"),
            )
            if not path:
                return False
        recorded, accepted = StatementDialog.run(self, rep, path)
        if accepted and recorded is not None:
            batch = recorded.batch
            self.undoable.emit(
                Change(
                    self.tr("Statement recorded: {0}").format(batch),
                    lambda: statement_actions.undo(batch, self.tr("Undone in the window")),
                )
            )
            self.changed.emit()
        return accepted
