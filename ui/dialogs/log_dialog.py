"""Logging what was done on a lead: a call, a visit, a WhatsApp message, an e-mail, a note.

Rule 2 (PRODUCT.md): on an open lead the agent says what the next action is (or keeps
the current one while it is still ahead), or closes the lead as won or lost from here.
The dialog calls one action (contactos.actions.followups: log_activity, or mark_done for
a next action or a planned activity that was done) and shows its refusals next to the
field, staying open with nothing written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactos import rules
from contactos.actions import Missing, followups
from contactos.models import Activity, Lead
from contactos.rules import ACTIVITY_LABELS, STATUS_LABELS, FollowUpError
from ui.dialogs.closing import (
    DIALOG_MIN_WIDTH,
    LostDialog,
    WonDialog,
    lead_header,
    note_label,
)
from ui.dialogs.common import (
    ErrorLabel,
    FieldErrors,
    buddy_label,
    field_with_error,
    format_date,
    ok_cancel,
)
from ui.next_action import NextActionEditor
from ui.translation import translate

LOG_KINDS = ("call", "visit", "whatsapp", "email", "meeting", "note")
WHAT_SHOWN = 24  # characters of the current next action shown in the "keep" checkbox


def _shorten(text: str, limit: int = WHAT_SHOWN) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class LogDialog(QDialog):
    """Quick logging, keyboard first: focus starts in the outcome, Ctrl+Enter saves."""

    LOG, COMPLETE, DONE = "log", "complete", "done"

    def __init__(
        self,
        parent: QWidget | None,
        lead: Lead | None,
        kind: str = "call",
        *,
        activity: Activity | None = None,
        mode: str = LOG,
        subject: str = "",
        subject_template: str = "",
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.planned = activity  # the planned activity being completed (COMPLETE mode)
        self.lead = activity.lead if activity is not None else lead
        # The subject as the reader reads it; a kind the program wrote is kept as a kind.
        self.subject_template = subject_template
        self.subject = (
            rules.subject_text(
                activity.subject,
                activity.subject_template,
                self.lead.title if self.lead is not None else "",
            )
            if activity is not None
            else rules.subject_text(subject, subject_template)
        )
        self.activity: Activity | None = None
        self.closed_as: str | None = None  # "won" / "lost" when closed from here
        if activity is not None:
            kind = activity.kind
        self.setWindowTitle(
            {
                self.LOG: self.tr("Log activity"),
                self.COMPLETE: self.tr("Complete activity"),
                self.DONE: self.tr("Mark next action as done"),
            }[mode]
        )
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        layout = QVBoxLayout(self)
        if self.lead is not None:
            self.header_label = lead_header(self.lead, self)
        else:
            self.header_label = note_label(activity.contact.name if activity else "", self)
        layout.addWidget(self.header_label)
        self.subject_label = note_label(self._subject_text(), self)
        self.subject_label.setVisible(bool(self.subject))
        layout.addWidget(self.subject_label)
        self.closed_label = note_label("", self)
        layout.addWidget(self.closed_label)

        # What was done.
        self.kind_combo = QComboBox(self)
        kinds = list(LOG_KINDS)
        if kind not in kinds and kind in ACTIVITY_LABELS:
            kinds.append(kind)
        for key in kinds:
            self.kind_combo.addItem(translate("Rules", ACTIVITY_LABELS[key]), key)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.kind_combo.setEnabled(mode != self.COMPLETE)
        self.kind_error = ErrorLabel(self)

        self.outcome_edit = QLineEdit(self)
        self.outcome_edit.setPlaceholderText(self.tr("What happened?"))
        self.outcome_edit.setMinimumWidth(300)

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Details worth remembering (optional)"))
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.place_edit = QLineEdit(activity.place if activity else "", self)
        self.place_edit.setPlaceholderText(self.tr("Where was the visit?"))
        self.place_edit.setEnabled(mode != self.COMPLETE)

        self.form = QFormLayout()
        self.form.addRow(
            buddy_label(self.tr("&Type:"), self.kind_combo, self),
            field_with_error(self.kind_combo, self.kind_error),
        )
        self.form.addRow(
            buddy_label(self.tr("&Outcome:"), self.outcome_edit, self), self.outcome_edit
        )
        self.form.addRow(buddy_label(self.tr("&Notes:"), self.notes_edit, self), self.notes_edit)
        self.form.addRow(buddy_label(self.tr("&Place:"), self.place_edit, self), self.place_edit)
        layout.addLayout(self.form)

        # What comes next (open leads only).
        lead = self.lead
        self.keep_check = QCheckBox(self)
        self.next_group = NextActionEditor(self)
        self.next_group.set_kind(lead.next_action_kind if lead is not None else "call")
        layout.addWidget(self.keep_check)
        layout.addWidget(self.next_group)
        self._set_up_keep()

        self.error_label = ErrorLabel(self)
        self.errors = FieldErrors(
            self.error_label, kind=self.kind_error, **self.next_group.error_labels()
        )
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.buttons, self.ok_button = ok_cancel(self, self.tr("&Save"))
        self.won_button = QPushButton(self.tr("Close as &won…"), self)
        self.lost_button = QPushButton(self.tr("Close as &lost…"), self)
        for button in (self.won_button, self.lost_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.won_button.clicked.connect(self.close_as_won)
        self.lost_button.clicked.connect(self.close_as_lost)
        layout.addWidget(self.buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.accept)

        self.kind_combo.currentIndexChanged.connect(self._update_place)
        self._update_place()
        self._sync_with_lead()
        self.outcome_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- state ---------------------------------------------------------------------------

    def lead_is_open(self) -> bool:
        return self.lead is not None and self.lead.status == Lead.OPEN

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _subject_text(self) -> str:
        if not self.subject:
            return ""
        if self.mode == self.COMPLETE:
            return self.tr("Planned: {subject}").format(subject=self.subject)
        return self.tr("Done: {subject}").format(subject=self.subject)

    def _set_up_keep(self) -> None:
        """The current next action can be kept only while it is still ahead, and not when
        it is the very action being marked done."""
        lead = self.lead
        self.keep_check.setChecked(False)
        what = (
            rules.next_action_text(lead.next_action_what, lead.next_action_template)
            if lead is not None
            else ""
        )
        if lead is None or lead.next_action_due is None or not what:
            self.keep_check.setText(self.tr("&Keep the current next action"))
            self.keep_check.setEnabled(False)
            return
        self.keep_check.setText(
            self.tr("&Keep the current next action ({what} on {date})").format(
                what=_shorten(what), date=format_date(lead.next_action_due)
            )
        )
        overdue = rules.is_overdue(lead.next_action_due)  # (rule 2 refuses keeping it)
        self.keep_check.setEnabled(not overdue and self.mode != self.DONE)
        self.keep_check.setToolTip(
            self.tr("The current next action is overdue: give the lead a new one.")
            if overdue
            else what
        )
        self.keep_check.toggled.connect(self._update_keep)

    def _update_keep(self, *_: object) -> None:
        self.next_group.setEnabled(not self.keep_check.isChecked())

    def _update_place(self, *_: object) -> None:
        self.form.setRowVisible(self.place_edit, self.kind() == "visit")

    def _sync_with_lead(self) -> None:
        """Only an open lead asks for a next action and can be closed from here."""
        is_open = self.lead_is_open()
        if self.lead is not None and not is_open:
            self.closed_label.setText(
                self.tr("This lead is closed ({status}): no next action is needed.").format(
                    status=translate("Rules", STATUS_LABELS[self.lead.status]).lower()
                )
            )
        self.closed_label.setVisible(self.lead is not None and not is_open)
        self.keep_check.setVisible(is_open and self.mode != self.DONE)
        self.next_group.setVisible(is_open)
        self.won_button.setVisible(is_open)
        self.lost_button.setVisible(is_open)

    # --- closing from here ----------------------------------------------------------------

    def close_as_won(self) -> None:
        self._close_with(WonDialog)

    def close_as_lost(self) -> None:
        self._close_with(LostDialog)

    def _close_with(self, dialog_class: type[WonDialog] | type[LostDialog]) -> None:
        """Close first; the activity is then logged on the closed lead (which needs no next
        action). Cancelling the close leaves this dialog as it was."""
        self.errors.clear()
        _value, accepted = dialog_class.run(self, self.lead)
        if not accepted:
            return
        self.lead = Lead.get_by_id(self.lead.id)  # (closed, or its next action changed)
        if self.lead.status == Lead.OPEN:
            # Not confirmed yet: the confirmation contact is now the lead's next action.
            self.keep_check.setChecked(False)
            self.next_group.set_kind(self.lead.next_action_kind)
            self.next_group.what_edit.setText(
                rules.next_action_text(self.lead.next_action_what, self.lead.next_action_template)
            )
            self.next_group.set_due(self.lead.next_action_due)
        else:
            self.closed_as = self.lead.status
        self._sync_with_lead()
        self.accept()

    # --- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        self.errors.clear()
        next_action = None
        keep = False
        if self.lead_is_open():
            if self.keep_check.isEnabled() and self.keep_check.isChecked():
                keep = True
            elif not self.next_group.is_empty():
                next_action = self.next_group.next_action()
        kind = self.kind()
        said = {
            "outcome": self.outcome_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
            "next_action": next_action,
            "keep_next_action": keep,
        }
        place = self.place_edit.text().strip() if kind == "visit" else ""
        try:
            if self.planned is not None:
                target = followups.FollowUp("activity", self.planned.id)
                self.activity = followups.mark_done(target, **said).activity
            elif self.mode == self.DONE:
                self.activity = followups.mark_done(
                    followups.FollowUp("lead", self.lead.id),
                    kind=kind,
                    place=place,
                    subject=self.subject,  # (the one shown, even if it changed since)
                    subject_template=self.subject_template,
                    **said,
                ).activity
            else:
                self.activity = followups.log_activity(
                    self.lead.id,
                    kind,
                    subject=self.subject,
                    subject_template=self.subject_template,
                    place=place,
                    **said,
                ).activity
        except (FollowUpError, Missing) as error:
            self.errors.show(error)
            if error.field == "kind":
                self.kind_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.next_group.focus_for(error.field)
            return
        super().accept()

    # --- entry points ---------------------------------------------------------------------

    @classmethod
    def _run(cls, dialog: LogDialog) -> tuple[Activity | None, bool]:
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.activity, True
            return None, False
        finally:
            dialog.deleteLater()

    @classmethod
    def log(
        cls, parent: QWidget | None, lead: Lead, kind: str = "call"
    ) -> tuple[Activity | None, bool]:
        """Quick log of a call, visit, WhatsApp message, e-mail or note on a lead."""
        return cls._run(cls(parent, lead, kind))

    @classmethod
    def complete(cls, parent: QWidget | None, activity: Activity) -> tuple[Activity | None, bool]:
        """Mark a planned activity done."""
        return cls._run(cls(parent, None, activity=activity, mode=cls.COMPLETE))

    @classmethod
    def done_next_action(cls, parent: QWidget | None, lead: Lead) -> tuple[Activity | None, bool]:
        """The Today row's "mark done": the lead's current next action was done."""
        return cls._run(
            cls(
                parent,
                lead,
                lead.next_action_kind or "call",
                mode=cls.DONE,
                subject=lead.next_action_what,
                subject_template=lead.next_action_template,
            )
        )
