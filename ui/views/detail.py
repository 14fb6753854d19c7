"""The lead and the contact, with their follow-up checklist and timeline."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from contactos import clock, commissions, phones, reports, rules, stages, timeline
from contactos.actions import checklist, leads
from contactos.i18n import TranslatableError
from contactos.models import Commitment, Contact, Impediment, Lead
from ui import icons
from ui.dialogs.common import (
    ErrorLabel,
    FieldErrors,
    date_edit,
    format_date,
    format_money,
    from_qdate,
    to_qdate,
)
from ui.models import ROW_ID_ROLE, LeadTableModel, TimelineModel
from ui.next_action import NextActionEditor
from ui.translation import translate
from ui.undo import Change
from ui.views.lists import LEAD_COLUMNS_FIRST, make_table, order_columns, set_widths


def contact_links_html(contact: Contact) -> str:
    """Phones as tel: and WhatsApp (wa.me with the E.164 digits) links, e-mails as mailto:."""
    lines = []
    for phone in contact.phones:
        shown = html.escape(phones.display(phone.number))
        if phone.number.startswith("+"):
            digits = phone.number[1:]
            lines.append(
                f'<a href="tel:{phone.number}">{shown}</a> · '
                f'<a href="https://wa.me/{digits}">WhatsApp</a>'
            )
        else:
            lines.append(shown)
    for email in contact.emails:
        address = html.escape(email.email)
        lines.append(f'<a href="mailto:{address}">{address}</a>')
    return "<br>".join(lines)


def heading_label(size: float = 1.5) -> QLabel:
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SideBySide(QWidget):
    """Two panels side by side when there is room for both, one above the other when
    not (a 1024 px screen), so that neither is ever cut."""

    def __init__(self, first: QWidget, second: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panels = (first, second)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(first, 1)
        self.box.addWidget(second, 1)

    def needed_width(self) -> int:
        """The width both panels need side by side."""
        return sum(p.sizeHint().width() for p in self.panels) + self.box.spacing()

    def arrange(self, width: int) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if width >= self.needed_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event) -> bool:
        # A panel's text changed (another lead): side by side may no longer fit.
        if event.type() == QEvent.Type.LayoutRequest:
            self.arrange(self.width())
        return super().event(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Narrow enough to stack: the widest panel, not both.
        hints = [p.minimumSizeHint() for p in self.panels]
        return QSize(max(h.width() for h in hints), max(h.height() for h in hints))


class TimelinePanel(QWidget):
    """The history, newest first, grouped by day, with a filter box."""

    def __init__(self, show_lead: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.model.show_lead = show_lead
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the history…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("History"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setMinimumWidth(300)
        title = QLabel(self.tr("History"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)

    def set_events(self, events: list[timeline.Event]) -> None:
        self.model.set_events(events)
        self._layout_days()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._layout_days()

    def _layout_days(self) -> None:
        """Day headings span the row; the first column only holds times."""
        root = self.tree.rootIndex()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, root, True)
        self.tree.expandAll()
        width = self.tree.fontMetrics().horizontalAdvance("00:00 p. m.")
        self.tree.setColumnWidth(0, width + self.tree.indentation() * 2 + 12)


class LeadView(QWidget):
    """One lead: data, next action, checklist, quick log and timeline."""

    changed = Signal()
    open_contact = Signal(int)
    undoable = Signal(object)  # a ui.undo.Change just made here (the window records it)

    QUICK_KINDS = ("call", "visit", "whatsapp", "email", "note")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead: Lead | None = None

        # Header.
        self.title = heading_label()
        self.status = QLabel()
        self.limbo_banner = QLabel()
        self.limbo_banner.setWordWrap(True)
        self.limbo_banner.setStyleSheet(
            "QLabel { border: 1px solid #c62828; border-radius: 4px; padding: 6px; }"
        )
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        self.stage.activated.connect(self._stage_chosen)
        self.edit_button = QPushButton(icons.icon("edit"), self.tr("Ed&it…"))
        self.edit_button.clicked.connect(self.edit)
        self.won_button = QPushButton(icons.icon("won"), self.tr("&Won…"))
        self.won_button.clicked.connect(self.close_won)
        self.lost_button = QPushButton(icons.icon("lost"), self.tr("&Lost…"))
        self.lost_button.clicked.connect(self.close_lost)
        self.reopen_button = QPushButton(icons.icon("reopen"), self.tr("Re&open…"))
        self.reopen_button.clicked.connect(self.reopen)

        # Quick log bar.
        self.quick_buttons: dict[str, QPushButton] = {}
        quick = QHBoxLayout()
        quick.addWidget(QLabel(self.tr("Log:")))
        labels = {
            "call": self.tr("&Call"),
            "visit": self.tr("Visi&t"),
            "whatsapp": self.tr("Whats&App"),
            "email": self.tr("E-&mail"),
            "note": self.tr("&Note"),
        }
        for kind in self.QUICK_KINDS:
            button = QPushButton(icons.icon(kind), labels[kind])
            button.clicked.connect(lambda checked=False, k=kind: self.quick_log(k))
            quick.addWidget(button)
            self.quick_buttons[kind] = button
        quick.addStretch(1)

        # Next action: the one editor, on one line, with its buttons.
        self.next_box = NextActionEditor(
            layout=NextActionEditor.ROW, dates=NextActionEditor.ANY, quick=False
        )
        self.next_kind = self.next_box.kind_combo
        self.next_what = self.next_box.what_edit
        self.next_due = self.next_box.due_edit
        self.next_save = QPushButton(icons.icon("done"), self.tr("&Save next action"))
        self.next_save.clicked.connect(self.save_next_action)
        self.next_done = QPushButton(icons.icon("task"), self.tr("&Done…"))
        self.next_done.clicked.connect(self.done_next_action)
        self.next_box.add_to_row(self.next_save)
        self.next_box.add_to_row(self.next_done)
        self.next_errors = self.next_box.error_label
        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        self.next_box.add_below(self.closed_label)
        self.next_field_errors = self.next_box.errors

        # Contact and deal.
        self.contact_box = QGroupBox(self.tr("Contact"))
        self.contact_name = QLabel()
        self.contact_name.setTextFormat(Qt.TextFormat.RichText)
        self.contact_name.linkActivated.connect(
            lambda _: self.lead and self.open_contact.emit(self.lead.contact_id)
        )
        self.contact_links = QLabel()
        self.contact_links.setOpenExternalLinks(True)
        self.contact_links.setTextFormat(Qt.TextFormat.RichText)
        self.contact_links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        contact_layout = QVBoxLayout(self.contact_box)
        contact_layout.addWidget(self.contact_name)
        contact_layout.addWidget(self.contact_links)

        self.deal_box = QGroupBox(self.tr("Deal"))
        self.deal = QFormLayout(self.deal_box)
        self.deal.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.deal_labels: dict[str, QLabel] = {}
        for key, label in (
            ("value", self.tr("Value:")),
            ("representada", self.tr("Representada:")),
            ("source", self.tr("Source:")),
            ("commission", self.tr("Commission:")),
            ("received", self.tr("Received:")),
            ("listed", self.tr("Date in the list:")),
            ("response", self.tr("First contact:")),
            ("close", self.tr("Expected close:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.deal.addRow(label, value)
            self.deal_labels[key] = value

        # The commission ledger of a won lead (rule 8).
        from ui.views.commission_panel import LedgerPanel

        self.ledger_panel = LedgerPanel()
        self.ledger_panel.changed.connect(self._ledger_changed)

        # Checklist (rule 6).
        self.checklist = QGroupBox(self.tr("Follow-up checklist"))
        self.value_for_prospect = QPlainTextEdit()
        self.value_for_prospect.setPlaceholderText(
            self.tr("Why is this offer worth it to the prospect?")
        )
        self.value_for_prospect.setMaximumHeight(70)
        self.open_questions = QPlainTextEdit()
        self.open_questions.setPlaceholderText(self.tr("What is still unanswered?"))
        self.open_questions.setMaximumHeight(70)
        self.payment_date = date_edit()
        self.payment_date.setSpecialValueText(self.tr("not known"))
        self.payment_date.setMinimumDate(to_qdate(dt.date(2000, 1, 1)))
        self.save_checklist_button = QPushButton(self.tr("Save chec&klist"))
        self.save_checklist_button.clicked.connect(self.save_checklist)

        self.impediments = QListWidget()
        self.impediments.setMaximumHeight(90)
        self.impediments.setWordWrap(True)
        self.new_impediment = QLineEdit()
        self.new_impediment.setPlaceholderText(self.tr("What is delaying the close?"))
        self.add_impediment_button = QPushButton(icons.icon("add"), self.tr("Add"))
        self.add_impediment_button.clicked.connect(self.add_impediment)
        self.resolution = QLineEdit()
        self.resolution.setPlaceholderText(self.tr("How was the selected one resolved?"))
        self.resolve_button = QPushButton(icons.icon("done"), self.tr("Resolve"))
        self.resolve_button.clicked.connect(self.resolve_impediment)

        self.commitments = QListWidget()
        self.commitments.setMaximumHeight(90)
        self.commitments.setWordWrap(True)
        self.commitment_owner = QComboBox()
        for key, label in (
            ("me", self.tr("Me")),
            ("prospect", self.tr("Prospect")),
            ("representada", self.tr("Representada")),
        ):
            self.commitment_owner.addItem(label, key)
        self.commitment_text = QLineEdit()
        self.commitment_text.setPlaceholderText(self.tr("What was promised?"))
        self.commitment_due = date_edit()
        self.add_commitment_button = QPushButton(icons.icon("add"), self.tr("Add"))
        self.add_commitment_button.clicked.connect(self.add_commitment)
        self.commitment_done_button = QPushButton(icons.icon("done"), self.tr("Kept"))
        self.commitment_done_button.clicked.connect(self.complete_commitment)
        self.checklist_errors = ErrorLabel()
        self.checklist_field_errors = FieldErrors(self.checklist_errors)

        form = QGridLayout(self.checklist)
        row = 0
        form.addWidget(QLabel(self.tr("Value for the prospect:")), row, 0)
        form.addWidget(self.value_for_prospect, row, 1, 1, 3)
        row += 1
        form.addWidget(QLabel(self.tr("Open questions:")), row, 0)
        form.addWidget(self.open_questions, row, 1, 1, 3)
        row += 1
        form.addWidget(QLabel(self.tr("Expected payment:")), row, 0)
        form.addWidget(self.payment_date, row, 1)
        form.addWidget(self.save_checklist_button, row, 3)
        row += 1
        form.addWidget(QLabel(self.tr("Impediments:")), row, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.impediments, row, 1, 1, 3)
        row += 1
        form.addWidget(self.new_impediment, row, 1, 1, 2)
        form.addWidget(self.add_impediment_button, row, 3)
        row += 1
        form.addWidget(self.resolution, row, 1, 1, 2)
        form.addWidget(self.resolve_button, row, 3)
        row += 1
        form.addWidget(QLabel(self.tr("Commitments:")), row, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.commitments, row, 1, 1, 3)
        row += 1
        form.addWidget(self.commitment_owner, row, 0)
        form.addWidget(self.commitment_text, row, 1)
        form.addWidget(self.commitment_due, row, 2)
        form.addWidget(self.add_commitment_button, row, 3)
        row += 1
        form.addWidget(self.commitment_done_button, row, 3)
        row += 1
        form.addWidget(self.checklist_errors, row, 0, 1, 4)
        form.setColumnStretch(1, 1)

        self.timeline = TimelinePanel()

        # Assembly.
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        header.addWidget(self.stage)
        for button in (self.edit_button, self.won_button, self.lost_button, self.reopen_button):
            header.addWidget(button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = SideBySide(self.contact_box, self.deal_box)
        left_layout.addWidget(top)
        left_layout.addWidget(self.ledger_panel)
        left_layout.addWidget(self.checklist)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The checklist is never cut: the history gives up width first (down to its own
        # minimum), and nothing needs scrolling sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(
            left.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 480])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.limbo_banner)
        layout.addWidget(self.next_box)
        layout.addLayout(quick)
        layout.addWidget(splitter, 1)

    # --- Loading ------------------------------------------------------------------------

    def set_lead(self, lead_id: int) -> None:
        self.lead = Lead.get_by_id(lead_id)
        self.reload()

    def reload(self) -> None:
        if self.lead is None:
            return
        lead = self.lead = Lead.get_by_id(self.lead.id)
        is_open = lead.status == Lead.OPEN
        self.title.setText(lead.title)
        status = translate("Rules", rules.STATUS_LABELS[lead.status])
        self.status.setText(status)
        self.status.setAccessibleName(status)
        self.stage.clear()
        for stage in stages.ordered():
            self.stage.addItem(translate("Stage", stage.name), stage.id)
        self.stage.setCurrentIndex(max(self.stage.findData(lead.stage_id), 0))
        self.stage.setEnabled(is_open)
        self.won_button.setVisible(is_open)
        self.lost_button.setVisible(is_open)
        self.reopen_button.setVisible(not is_open)

        reasons = rules.limbo_reasons(lead)
        if reasons:
            parts = []
            if "overdue" in reasons:
                days = rules.days_overdue(lead.next_action_due)
                parts.append(self.tr("the next action is %n day(s) overdue", "", days))
            if "stale" in reasons:
                parts.append(
                    self.tr("nothing was logged for more than %n day(s)", "", lead.stage.stale_days)
                )
            self.limbo_banner.setText("⚠ " + self.tr("In limbo: {0}.").format("; ".join(parts)))
        self.limbo_banner.setVisible(bool(reasons))

        self.next_field_errors.clear()
        for widget in (
            self.next_kind,
            self.next_what,
            self.next_due,
            self.next_save,
            self.next_done,
        ):
            widget.setVisible(is_open)
        if is_open:
            self.next_box.set_action(
                lead.next_action_kind,
                rules.next_action_text(lead.next_action_what, lead.next_action_template),
                lead.next_action_due,
            )
        closing = rules.current_closing(lead)
        if closing is not None:
            if closing.outcome == Lead.WON:
                text = self.tr("Won on {0}: {1} {2}").format(
                    format_date(closing.date),
                    translate("Rules", rules.ACT_LABELS.get(closing.act, closing.act)),
                    closing.reference,
                )
            else:
                text = self.tr("Lost on {0}: {1} — “{2}”").format(
                    format_date(closing.date),
                    translate(
                        "Rules", rules.LOSS_REASON_LABELS.get(closing.reason, closing.reason)
                    ),
                    closing.prospect_words,
                )
            self.closed_label.setText(text)
        self.closed_label.setVisible(closing is not None)
        self.next_box.setTitle(self.tr("Next action") if is_open else self.tr("Outcome"))
        for button in self.quick_buttons.values():
            button.setEnabled(True)

        contact = lead.contact
        name = html.escape(contact.name)
        company = html.escape(contact.company) if contact.company != contact.name else ""
        job = html.escape(contact.job_title)
        self.contact_name.setText(
            f'<a href="contact"><b>{name}</b></a>'
            + (f"<br>{job}" if job else "")
            + (f"<br>{company}" if company else "")
        )
        self.contact_links.setText(contact_links_html(contact))

        self._fill_deal(lead)
        self.ledger_panel.set_lead(lead)
        self._fill_checklist(lead)
        self.timeline.set_events(timeline.for_lead(lead.id))

    def _ledger_changed(self) -> None:
        self.reload()
        self.changed.emit()

    def _fill_deal(self, lead: Lead) -> None:
        labels = self.deal_labels
        labels["value"].setText(format_money(lead.value, lead.currency) or self.tr("not set"))
        labels["representada"].setText(lead.representada.name if lead.representada_id else "—")
        labels["source"].setText(lead.source.name if lead.source_id else "—")
        expected = rules.expected_commission(lead)
        text = (
            self.tr("{0}% ({1})").format(
                QLocale().toString(float(lead.commission_rate), "g", 4),
                format_money(expected, lead.currency),
            )
            if expected is not None
            else "—"
        )
        ledger = commissions.ledger(lead.id) if lead.status == Lead.WON else None
        if ledger is not None:
            state = translate("Commissions", commissions.STATE_LABELS[ledger.state])
            text += " · " + state
            if ledger.state not in (commissions.RECEIVED,) and ledger.commission_due:
                text += " · " + self.tr("due on {0}").format(format_date(ledger.commission_due))
        labels["commission"].setText(text)
        labels["received"].setText(format_date(lead.received_at))
        # The date the lead carries in its source's list (an import's "Fecha de alta").
        labels["listed"].setText(format_date(lead.listed_on))
        self.deal.setRowVisible(labels["listed"], lead.listed_on is not None)
        hours = reports.response_hours(lead)
        if hours is None:
            labels["response"].setText("⚠ " + self.tr("not attended yet"))
        elif hours < 1:
            labels["response"].setText(self.tr("within the hour"))
        else:
            labels["response"].setText(self.tr("after %n hour(s)", "", round(hours)))
        labels["close"].setText(format_date(lead.expected_close_date) or "—")

    def _fill_checklist(self, lead: Lead) -> None:
        self.checklist_field_errors.clear()
        self.value_for_prospect.setPlainText(lead.value_for_prospect)
        self.open_questions.setPlainText(lead.open_questions)
        self.payment_date.setDate(
            to_qdate(lead.expected_payment_date)
            if lead.expected_payment_date
            else self.payment_date.minimumDate()
        )
        self.impediments.clear()
        for impediment in lead.impediments.order_by(Impediment.created_at):
            if impediment.resolved_at is None:
                item = QListWidgetItem(icons.icon("impediment"), impediment.description)
            else:
                item = QListWidgetItem(
                    icons.icon("done"),
                    self.tr("{0} — resolved: {1}").format(
                        impediment.description, impediment.resolution
                    ),
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item.setData(Qt.ItemDataRole.UserRole, impediment.id)
            self.impediments.addItem(item)
        self.commitments.clear()
        owners = {
            "me": self.tr("Me"),
            "prospect": self.tr("Prospect"),
            "representada": self.tr("Representada"),
        }
        today = clock.today()
        for commitment in lead.commitments.order_by(Commitment.due):
            owner = owners.get(commitment.owner, commitment.owner)
            text = f"{owner}: {commitment.description} — {format_date(commitment.due)}"
            if commitment.done_at is not None:
                item = QListWidgetItem(icons.icon("done"), text + " · " + self.tr("kept"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            elif rules.is_overdue(commitment.due, today):
                item = QListWidgetItem(
                    icons.icon("overdue", "#c62828"), text + " · " + self.tr("overdue")
                )
            else:
                item = QListWidgetItem(icons.icon("commitment"), text)
            item.setData(Qt.ItemDataRole.UserRole, commitment.id)
            self.commitments.addItem(item)

    # --- Actions ------------------------------------------------------------------------

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def _warn(self, error: TranslatableError) -> None:
        QMessageBox.warning(self, self.tr("Not possible"), error.message)

    def save_next_action(self) -> None:
        try:
            leads.set_next_action(self.lead.id, self.next_box.next_action())
        except TranslatableError as error:
            self.next_field_errors.show(error)
            return
        self._after_change()

    def done_next_action(self) -> None:
        from ui.dialogs.log_dialog import LogDialog

        _, accepted = LogDialog.done_next_action(self, self.lead)
        if accepted:
            self._after_change()

    def quick_log(self, kind: str) -> None:
        from ui.dialogs.log_dialog import LogDialog

        _, accepted = LogDialog.log(self, self.lead, kind)
        if accepted:
            self._after_change()

    def _stage_chosen(self, index: int) -> None:
        stage_id = self.stage.itemData(index)
        if self.lead is None or stage_id == self.lead.stage_id:
            return
        try:
            leads.change_stage(self.lead.id, stage_id)
        except TranslatableError as error:
            self._warn(error)
        self._after_change()

    def edit(self) -> None:
        from ui.dialogs.lead_dialog import LeadDialog

        _, accepted = LeadDialog.edit(self, self.lead)
        if accepted:
            self._after_change()

    def close_won(self) -> None:
        from ui.dialogs.closing import WonDialog

        _, accepted = WonDialog.run(self, self.lead)
        if accepted:
            self._after_change()

    def close_lost(self) -> None:
        from ui.dialogs.closing import LostDialog

        _, accepted = LostDialog.run(self, self.lead)
        if accepted:
            self._after_change()

    def reopen(self) -> None:
        from ui.dialogs.closing import ReopenDialog

        _, accepted = ReopenDialog.run(self, self.lead)
        if accepted:
            self._after_change()

    def save_checklist(self) -> None:
        payment = self.payment_date.date()
        try:
            leads.save_checklist(
                self.lead.id,
                value_for_prospect=self.value_for_prospect.toPlainText(),
                open_questions=self.open_questions.toPlainText(),
                expected_payment_date=None
                if payment == self.payment_date.minimumDate()
                else from_qdate(payment),
            )
        except TranslatableError as error:
            self.checklist_field_errors.show(error)
            return
        self._after_change()

    def add_impediment(self) -> None:
        try:
            checklist.add_impediment(self.lead.id, self.new_impediment.text())
        except TranslatableError as error:
            self.checklist_field_errors.show(error)
            return
        self.new_impediment.clear()
        self._after_change()

    def resolve_impediment(self) -> None:
        item = self.impediments.currentItem()
        if item is None:
            self.checklist_errors.show_message(self.tr("Select the impediment that was resolved."))
            return
        try:
            checklist.resolve_impediment(
                item.data(Qt.ItemDataRole.UserRole), self.resolution.text()
            )
        except TranslatableError as error:
            self.checklist_field_errors.show(error)
            return
        self.resolution.clear()
        self._after_change()

    def add_commitment(self) -> None:
        try:
            checklist.add_commitment(
                self.lead.id,
                self.commitment_owner.currentData(),
                self.commitment_text.text(),
                from_qdate(self.commitment_due.date()),
            )
        except TranslatableError as error:
            self.checklist_field_errors.show(error)
            return
        self.commitment_text.clear()
        self._after_change()

    def complete_commitment(self) -> None:
        item = self.commitments.currentItem()
        if item is None:
            self.checklist_errors.show_message(self.tr("Select the commitment that was kept."))
            return
        try:
            commitment = checklist.complete_commitment(
                item.data(Qt.ItemDataRole.UserRole)
            ).commitment
        except TranslatableError as error:
            self.checklist_field_errors.show(error)
            return
        self._after_change()
        self.undoable.emit(
            Change(
                self.tr("Commitment kept: {what}").format(what=commitment.description),
                lambda: checklist.reopen_commitment(commitment.id),
            )
        )


class ContactView(QWidget):
    """One contact: data with links, their leads, and a timeline across them."""

    changed = Signal()
    open_lead = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact: Contact | None = None
        self.name = heading_label()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.links = QLabel()
        self.links.setOpenExternalLinks(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.edit_button = QPushButton(icons.icon("edit"), self.tr("Ed&it…"))
        self.edit_button.clicked.connect(self.edit)
        self.new_lead_button = QPushButton(icons.icon("add"), self.tr("New &lead…"))
        self.new_lead_button.clicked.connect(self.new_lead)
        self.leads_model = LeadTableModel(self)
        self.leads = make_table(self.leads_model, self.tr("Leads of this contact"))
        for column in (2, 3):  # the contact and the company are this page's own
            self.leads.setColumnHidden(column, True)
        set_widths(self.leads, [115, 220, 0, 0, 125, 250, 95, 110, 150])
        order_columns(self.leads, LEAD_COLUMNS_FIRST)
        self.leads.activated.connect(
            lambda index: self.open_lead.emit(self.leads_model.data(index, ROW_ID_ROLE))
        )
        self.timeline = TimelinePanel(show_lead=True)

        header = QHBoxLayout()
        header.addWidget(self.name, 1)
        header.addWidget(self.new_lead_button)
        header.addWidget(self.edit_button)
        left = QVBoxLayout()
        left.addWidget(self.details)
        left.addWidget(self.links)
        leads_title = QLabel(self.tr("Leads"))
        font = leads_title.font()
        font.setBold(True)
        leads_title.setFont(font)
        left.addWidget(leads_title)
        left.addWidget(self.leads, 1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_widget)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

    def set_contact(self, contact_id: int) -> None:
        self.contact = Contact.get_by_id(contact_id)
        self.reload()

    def reload(self) -> None:
        if self.contact is None:
            return
        contact = self.contact = Contact.get_by_id(self.contact.id)
        self.name.setText(contact.name)
        parts = [p for p in (contact.job_title, contact.company) if p and p != contact.name]
        place = ", ".join(p for p in (contact.city, contact.region, contact.country) if p)
        lines = [" · ".join(parts)] if parts else []
        if contact.address:
            lines.append(contact.address)
        if place:
            lines.append(place)
        tags = [ct.tag.name for ct in contact.contact_tags]
        if tags:
            lines.append(self.tr("Tags: {0}").format(", ".join(sorted(tags))))
        if contact.notes:
            lines.append(contact.notes)
        self.details.setText("\n".join(lines))
        self.links.setText(contact_links_html(contact))
        from contactos import listing

        self.leads_model.set_filter(listing.LeadFilter(contact_id=contact.id))
        self.timeline.set_events(timeline.for_contact(contact.id))

    def edit(self) -> None:
        from ui.dialogs.contact_dialog import ContactDialog

        _, accepted = ContactDialog.edit(self, self.contact)
        if accepted:
            self.reload()
            self.changed.emit()

    def new_lead(self) -> None:
        from ui.dialogs.lead_dialog import LeadDialog

        lead, accepted = LeadDialog.create(self, self.contact)
        if accepted:
            self.reload()
            self.changed.emit()
            if lead is not None:
                self.open_lead.emit(lead.id)
