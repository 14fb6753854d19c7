"""Closing a lead as won or lost, and reopening it (PRODUCT.md rule 3).

The dialogs only collect what the agent says and hand it to one action
(contactos.actions.closing: win, lose, not_confirmed, reopen); when a rule refuses, its
message is shown under the field it is about and the dialog stays open with nothing
written. Each dialog has a classmethod returning `(value, accepted)`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from contactos import clock, rules
from contactos.actions import Missing, closing
from contactos.models import Closing, Lead, Reopening
from contactos.rules import ACT_LABELS, ACTIVITY_LABELS, LOSS_REASON_LABELS, FollowUpError
from ui.dialogs.common import (
    ErrorLabel,
    FieldErrors,
    buddy_label,
    date_edit,
    field_with_error,
    format_date,
    format_money,
    from_qdate,
    ok_cancel,
    save_with_ctrl_enter,
    to_qdate,
)
from ui.next_action import NextActionEditor
from ui.translation import translate

DIALOG_MIN_WIDTH = 480


def lead_header(lead: Lead, parent: QWidget) -> QLabel:
    """The lead's title and contact, in bold, at the top of a dialog."""
    label = QLabel(f"{lead.title} — {lead.contact.name}", parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def note_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def limit_to_next_action_dates(edit: QDateEdit) -> None:
    """A next action's date field offers today up to three years ahead (the rules refuse
    other dates; the field does not offer them)."""
    today = clock.today()
    edit.setDateRange(to_qdate(today), to_qdate(rules.latest_next_action_date(today)))


def limit_to_closing_dates(edit: QDateEdit, lead: Lead) -> None:
    """A closing date: from the day the lead was received up to today."""
    today = clock.today()
    received = lead.received_at.date() if lead.received_at else today
    edit.setDateRange(to_qdate(min(received, today)), to_qdate(today))


def _run(dialog: QDialog, value_attr: str) -> tuple[object, bool]:
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return getattr(dialog, value_attr), True
        return None, False
    finally:
        dialog.deleteLater()


# --- Won ----------------------------------------------------------------------------------


class WonDialog(QDialog):
    """Won only with the concrete act that makes it a sale, its date and a reference."""

    def __init__(self, parent: QWidget | None, lead: Lead) -> None:
        super().__init__(parent)
        self.lead = lead
        self.closing: Closing | None = None
        self.setWindowTitle(self.tr("Close as won"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        self.header_label = lead_header(lead, self)

        # No act is selected at first: the agent must say what made it a sale.
        self.act_group = QButtonGroup(self)
        self.act_group.setExclusive(True)
        self.act_buttons: dict[str, QRadioButton] = {}
        acts_box = QVBoxLayout()
        acts_box.setContentsMargins(0, 0, 0, 0)
        for key in Closing.ACTS:
            button = QRadioButton(translate("Rules", ACT_LABELS[key]), self)
            self.act_group.addButton(button)
            self.act_buttons[key] = button
            acts_box.addWidget(button)
        self.act_error = ErrorLabel(self)

        self.date_edit = date_edit(clock.today(), self)
        limit_to_closing_dates(self.date_edit, lead)
        self.date_error = ErrorLabel(self)

        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(self.tr("Contract, order or receipt number"))

        self.reorder_check = QCheckBox(self)
        self.reorder_check.setChecked(True)

        self.commission_label = QLabel(self)
        self.commission_label.setWordWrap(True)
        self.commission_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.commission_label.setText(self._commission_text())

        self.error_label = ErrorLabel(self)
        self.errors = FieldErrors(self.error_label, act=self.act_error, date=self.date_error)

        form = QFormLayout()
        first_act = self.act_buttons[Closing.ACTS[0]]
        form.addRow(
            buddy_label(self.tr("What makes it a &sale?"), first_act, self),
            field_with_error(acts_box, self.act_error),
        )
        form.addRow(
            buddy_label(self.tr("&Date:"), self.date_edit, self),
            field_with_error(self.date_edit, self.date_error),
        )
        form.addRow(
            buddy_label(self.tr("&Reference:"), self.reference_edit, self), self.reference_edit
        )
        form.addRow(QLabel(self.tr("Expected commission:"), self), self.commission_label)

        self.buttons, self.ok_button = ok_cancel(self, self.tr("&Mark as won"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addLayout(form)
        layout.addWidget(self.reorder_check)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        save_with_ctrl_enter(self)

        self.date_edit.dateChanged.connect(self._update_reorder_text)
        self._update_reorder_text()
        first_act.setFocus(Qt.FocusReason.OtherFocusReason)

    def _commission_text(self) -> str:
        amount = rules.expected_commission(self.lead)
        if amount is None:
            return self.tr("None yet: the lead has no value or no commission rate.")
        rate = QLocale().toString(float(self.lead.commission_rate), "g", 6)
        return self.tr("{amount} ({rate}% of {value})").format(
            amount=format_money(amount, self.lead.currency),
            rate=rate,
            value=format_money(self.lead.value, self.lead.currency),
        )

    def _update_reorder_text(self, *_: object) -> None:
        _what, due = rules.propose_reorder(self.lead, from_qdate(self.date_edit.date()))
        self.reorder_check.setText(
            self.tr("&Plan a re-order follow-up on {date}").format(date=format_date(due))
        )

    def selected_act(self) -> str | None:
        for key, button in self.act_buttons.items():
            if button.isChecked():
                return key
        return None

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.closing = closing.win(
                self.lead.id,
                self.selected_act(),
                from_qdate(self.date_edit.date()),
                self.reference_edit.text(),
                schedule_reorder=self.reorder_check.isChecked(),
            ).closing
        except (FollowUpError, Missing) as error:
            self.errors.show(error)
            focus = {"act": self.act_buttons[Closing.ACTS[0]], "date": self.date_edit}
            focus.get(error.field or "", self.ok_button).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, lead: Lead) -> tuple[Closing | None, bool]:
        return _run(cls(parent, lead), "closing")


# --- Lost ---------------------------------------------------------------------------------


class LostDialog(QDialog):
    """Lost only with the prospect's confirmation; otherwise plan the confirmation."""

    def __init__(self, parent: QWidget | None, lead: Lead) -> None:
        super().__init__(parent)
        self.lead = lead
        self.closing: Closing | None = None
        self.outcome: str | None = None
        self.setWindowTitle(self.tr("Close as lost"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        self.header_label = lead_header(lead, self)
        self.explanation_label = note_label(
            self.tr("A lead is lost only when the prospect confirms it."), self
        )

        self.reason_combo = QComboBox(self)
        self.reason_combo.addItem(self.tr("Choose…"), "")
        for key, label in LOSS_REASON_LABELS.items():
            self.reason_combo.addItem(translate("Rules", label), key)
        self.reason_error = ErrorLabel(self)

        self.words_edit = QPlainTextEdit(self)
        self.words_edit.setTabChangesFocus(True)
        self.words_edit.setPlaceholderText(self.tr("What did the prospect say, in their words?"))
        self.words_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.words_error = ErrorLabel(self)

        self.date_edit = date_edit(clock.today(), self)
        limit_to_closing_dates(self.date_edit, lead)
        self.date_error = ErrorLabel(self)

        self.channel_combo = QComboBox(self)
        channel_labels = {
            "phone": self.tr("Phone"),
            "visit": self.tr("Visit"),
            "email": self.tr("E-mail"),
            "whatsapp": self.tr("WhatsApp"),
            "meeting": self.tr("Meeting"),
            "other": self.tr("Other"),
        }
        for key in Closing.CHANNELS:
            self.channel_combo.addItem(channel_labels[key], key)

        self.loss_form = QWidget(self)
        form = QFormLayout(self.loss_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            buddy_label(self.tr("&Reason:"), self.reason_combo, self),
            field_with_error(self.reason_combo, self.reason_error),
        )
        form.addRow(
            buddy_label(self.tr("The prospect's own &words:"), self.words_edit, self),
            field_with_error(self.words_edit, self.words_error),
        )
        form.addRow(
            buddy_label(self.tr("&Date:"), self.date_edit, self),
            field_with_error(self.date_edit, self.date_error),
        )
        form.addRow(buddy_label(self.tr("C&hannel:"), self.channel_combo, self), self.channel_combo)

        # "I think they won't buy" is not a loss: plan the contact that confirms it.
        self.schedule_button = QPushButton(
            self.tr("&Not confirmed yet — schedule the confirmation"), self
        )
        self.schedule_button.setCheckable(True)
        self.schedule_button.setAutoDefault(False)

        self.confirm_panel = QGroupBox(self.tr("Confirmation contact"), self)
        self.confirm_note = note_label(
            self.tr(
                "The lead stays open; its next action becomes asking the prospect "
                "whether they will buy."
            ),
            self.confirm_panel,
        )
        self.confirm_date_edit = date_edit(clock.today() + dt.timedelta(days=1), self)
        limit_to_next_action_dates(self.confirm_date_edit)
        self.confirm_date_error = ErrorLabel(self)
        self.confirm_kind_combo = QComboBox(self)
        for key in ("call", "visit", "whatsapp", "email", "meeting"):
            self.confirm_kind_combo.addItem(translate("Rules", ACTIVITY_LABELS[key]), key)
        confirm_form = QFormLayout(self.confirm_panel)
        confirm_form.addRow(self.confirm_note)
        confirm_form.addRow(
            buddy_label(self.tr("Confirm &on:"), self.confirm_date_edit, self),
            field_with_error(self.confirm_date_edit, self.confirm_date_error),
        )
        confirm_form.addRow(
            buddy_label(self.tr("&By:"), self.confirm_kind_combo, self), self.confirm_kind_combo
        )
        self.confirm_panel.hide()

        self.error_label = ErrorLabel(self)
        self.errors = FieldErrors(
            self.error_label,
            reason=self.reason_error,
            prospect_words=self.words_error,
            date=self.date_error,
            next_action_due=self.confirm_date_error,
        )

        self.buttons, self.ok_button = ok_cancel(self, self.tr("Mark as &lost"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.loss_form)
        layout.addWidget(self.schedule_button)
        layout.addWidget(self.confirm_panel)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        save_with_ctrl_enter(self)

        self.schedule_button.toggled.connect(self._set_scheduling)
        self.reason_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def scheduling(self) -> bool:
        return self.schedule_button.isChecked()

    def _set_scheduling(self, on: bool) -> None:
        self.errors.clear()
        self.loss_form.setEnabled(not on)
        self.confirm_panel.setVisible(on)
        self.ok_button.setText(
            self.tr("&Schedule the confirmation") if on else self.tr("Mark as &lost")
        )
        if on:
            self.confirm_date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.reason_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()

    def accept(self) -> None:
        self.errors.clear()
        try:
            if self.scheduling():
                closing.not_confirmed(
                    self.lead.id,
                    from_qdate(self.confirm_date_edit.date()),
                    self.confirm_kind_combo.currentData(),
                )
                self.outcome = "scheduled"
            else:
                self.closing = closing.lose(
                    self.lead.id,
                    self.reason_combo.currentData() or None,
                    self.words_edit.toPlainText(),
                    from_qdate(self.date_edit.date()),
                    self.channel_combo.currentData(),
                ).closing
                self.outcome = "lost"
        except (FollowUpError, Missing) as error:
            self.errors.show(error)
            focus = {
                "reason": self.reason_combo,
                "prospect_words": self.words_edit,
                "date": self.date_edit,
                "channel": self.channel_combo,
                "next_action_due": self.confirm_date_edit,
            }
            focus.get(error.field or "", self.ok_button).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, lead: Lead) -> tuple[str | None, bool]:
        return _run(cls(parent, lead), "outcome")


# --- Reopen -------------------------------------------------------------------------------


class ReopenDialog(QDialog):
    """A closed lead back in play: why, and its next action. The closing stays in history."""

    def __init__(self, parent: QWidget | None, lead: Lead) -> None:
        super().__init__(parent)
        self.lead = lead
        self.reopening: Reopening | None = None
        self.setWindowTitle(self.tr("Reopen lead"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        self.header_label = lead_header(lead, self)
        self.closing_label = note_label(self._closing_text(), self)

        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Why is it back in play?"))
        self.reason_error = ErrorLabel(self)

        self.next_group = NextActionEditor(self)
        self.next_group.set_kind(lead.next_action_kind)

        self.error_label = ErrorLabel(self)
        self.errors = FieldErrors(
            self.error_label, reason=self.reason_error, **self.next_group.error_labels()
        )

        form = QFormLayout()
        form.addRow(
            buddy_label(self.tr("&Why is it reopened?"), self.reason_edit, self),
            field_with_error(self.reason_edit, self.reason_error),
        )

        self.buttons, self.ok_button = ok_cancel(self, self.tr("Re&open"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.closing_label)
        layout.addLayout(form)
        layout.addWidget(self.next_group)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        save_with_ctrl_enter(self)
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _closing_text(self) -> str:
        closing = rules.current_closing(self.lead)
        if closing is None:
            return ""
        if closing.outcome == Lead.WON:
            text = self.tr("Closed as won on {date}.")
        else:
            text = self.tr("Closed as lost on {date}.")
        return text.format(date=format_date(closing.date))

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.reopening = closing.reopen(
                self.lead.id, self.reason_edit.text(), self.next_group.next_action()
            ).reopening
        except (FollowUpError, Missing) as error:
            self.errors.show(error)
            if error.field == "reason":
                self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.next_group.focus_for(error.field)
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, lead: Lead) -> tuple[Reopening | None, bool]:
        return _run(cls(parent, lead), "reopening")
