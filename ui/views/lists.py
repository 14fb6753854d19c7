"""Prospectos and Contactos: searchable, filterable, sortable lists over windowed models."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactos import listing, stages
from contactos.models import Representada, Source, Tag
from ui import icons
from ui.models import ROW_ID_ROLE, ContactTableModel, LeadTableModel, WindowedTableModel
from ui.translation import translate


def make_table(model: WindowedTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def set_widths(table: QTableView, widths: list[int]) -> None:
    """Starting column widths (the last column stretches), scaled to the font."""
    scale = table.fontMetrics().averageCharWidth() / 7
    for column, width in enumerate(widths):
        table.setColumnWidth(column, round(width * scale))


def order_columns(table: QTableView, keys: list[str]) -> None:
    """Show the model's columns named by `keys` first, in that order (the model keeps its
    own order; only what the person sees moves)."""
    model = table.model()
    header = table.horizontalHeader()
    for visual, key in enumerate(keys):
        logical = next(i for i, c in enumerate(model.columns) if c.key == key)
        header.moveSection(header.visualIndex(logical), visual)


# What to do next, and when, come right after the lead: they stay in view from 1024 px.
LEAD_COLUMNS_FIRST = ["state", "title", "next", "due"]


class SearchBox(QLineEdit):
    """A search field that tells its owner after a short pause in typing."""

    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.text()))
        self.textChanged.connect(lambda _: self._timer.start())
        self.results: QTableView | None = None  # where Down goes

    def flush(self) -> None:
        """Apply a pending search now (tests, Enter)."""
        if self._timer.isActive():
            self._timer.stop()
            self.search_changed.emit(self.text())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Down (or Page Down) goes to the results, where Enter opens one.
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.results is not None:
            self.flush()
            table = self.results
            if table.model().rowCount():
                if not table.currentIndex().isValid() or not table.selectionModel().hasSelection():
                    table.setCurrentIndex(
                        table.model().index(0, table.horizontalHeader().logicalIndex(0))
                    )
                table.setFocus(Qt.FocusReason.TabFocusReason)
            return
        super().keyPressEvent(event)


class LeadsView(QWidget):
    open_lead = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LeadTableModel(self)
        self.search = SearchBox(
            self.tr("Search names, companies, phones, e-mails, notes… (Ctrl+F)")
        )
        self.search.search_changed.connect(self.apply_filter)
        self.search.returnPressed.connect(self.search.flush)
        self.status = QComboBox()
        for label, value in (
            (self.tr("Open"), "open"),
            (self.tr("Won"), "won"),
            (self.tr("Lost"), "lost"),
            (self.tr("All statuses"), None),
        ):
            self.status.addItem(label, value)
        self.stage = QComboBox()
        self.representada = QComboBox()
        self.source = QComboBox()
        self.tag = QComboBox()
        self.limbo = QCheckBox(self.tr("Only in &limbo"))
        self.limbo.setIcon(icons.icon("limbo"))
        self.count = QLabel()

        self.table = make_table(self.model, self.tr("Leads"))
        self.search.results = self.table
        self.table.activated.connect(self._activated)
        self.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.limbo)
        top.addWidget(self.count)
        filters = QHBoxLayout()
        for widget in (self.status, self.stage, self.representada, self.source, self.tag):
            widget.currentIndexChanged.connect(self.apply_filter)
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(9)
            filters.addWidget(widget, 1)
        self.limbo.toggled.connect(self.apply_filter)
        set_widths(self.table, [115, 230, 165, 165, 125, 250, 95, 110, 150])
        order_columns(self.table, LEAD_COLUMNS_FIRST)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._loading = False

    def reload_choices(self) -> None:
        """Fill the filter combos from the database, keeping what was chosen."""
        self._loading = True
        try:
            for combo, all_label, items in (
                (
                    self.stage,
                    self.tr("All stages"),
                    [(translate("Stage", s.name), s.id) for s in stages.ordered()],
                ),
                (
                    self.representada,
                    self.tr("All representadas"),
                    [(r.name, r.id) for r in Representada.select().order_by(Representada.name)],
                ),
                (
                    self.source,
                    self.tr("All sources"),
                    [(s.name, s.id) for s in Source.select().order_by(Source.name)],
                ),
                (
                    self.tag,
                    self.tr("All tags"),
                    [(t.name, t.name) for t in Tag.select().order_by(Tag.name)],
                ),
            ):
                chosen = combo.currentData()
                combo.clear()
                combo.addItem(all_label, None)
                for label, value in items:
                    combo.addItem(label, value)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
        finally:
            self._loading = False

    def current_filter(self) -> listing.LeadFilter:
        return listing.LeadFilter(
            status=self.status.currentData(),
            limbo=self.limbo.isChecked(),
            search=self.search.text(),
            stage_id=self.stage.currentData(),
            representada_id=self.representada.currentData(),
            source_id=self.source.currentData(),
            tag=self.tag.currentData(),
        )

    def apply_filter(self, *args) -> None:
        if self._loading:
            return
        self.model.set_filter(self.current_filter())
        self.count.setText(self.tr("%n lead(s)", "", self.model.rowCount()))

    def refresh(self) -> None:
        self.reload_choices()
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        lead_id = self.model.data(index, ROW_ID_ROLE)
        if lead_id is not None:
            self.open_lead.emit(lead_id)


class ContactsView(QWidget):
    open_contact = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactTableModel(self)
        self.search = SearchBox(
            self.tr("Search names, companies, phones, e-mails, tags, notes… (Ctrl+F)")
        )
        self.search.search_changed.connect(self.apply_filter)
        self.search.returnPressed.connect(self.search.flush)
        self.tag = QComboBox()
        self.tag.currentIndexChanged.connect(self.apply_filter)
        self.count = QLabel()
        self.table = make_table(self.model, self.tr("Contacts"))
        self.search.results = self.table
        self.table.activated.connect(self._activated)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.tag, 1)
        top.addWidget(self.count)
        set_widths(self.table, [240, 220, 260, 260, 140])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._loading = False

    def refresh(self) -> None:
        self._loading = True
        chosen = self.tag.currentData()
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag in Tag.select().order_by(Tag.name):
            self.tag.addItem(tag.name, tag.name)
        self.tag.setCurrentIndex(max(self.tag.findData(chosen), 0))
        self._loading = False
        self.apply_filter()

    def apply_filter(self, *args) -> None:
        if self._loading:
            return
        self.model.set_search(self.search.text(), self.tag.currentData())
        self.count.setText(self.tr("%n contact(s)", "", self.model.rowCount()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        contact_id = self.model.data(index, ROW_ID_ROLE)
        if contact_id is not None:
            self.open_contact.emit(contact_id)
