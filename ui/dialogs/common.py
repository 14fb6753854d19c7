"""Pieces every dialog uses: dates shown with QLocale, forms whose rows carry the domain's
errors under the field they are about, the OK and Cancel buttons, the lists of countries
and currencies by their names, and the (value, accepted) pattern tests can drive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from contactos import clock
from contactos.i18n import TranslatableError
from ui import translation


def text_width(widget: QWidget, chars: int) -> int:
    """A width that holds about `chars` average characters in the widget's font."""
    return widget.fontMetrics().averageCharWidth() * chars


def select_data(combo, value: object) -> None:
    """Choose the item of `combo` whose data is `value` (nothing changes if none is)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while the window works for a moment (a large file's dry run)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


def date_format() -> str:
    """The locale's short date format with a four-digit year (dd/MM/yyyy in Mexico)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(value: dt.date | dt.datetime | None, long: bool = False) -> str:
    """A date as the person's locale writes it ('' for none)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if long:
        return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)
    return QLocale().toString(to_qdate(value), date_format())


def format_money(amount, currency: str = "MXN") -> str:
    if amount is None:
        return ""
    return QLocale().toCurrencyString(float(amount), currency_symbol(currency))


def currency_symbol(code: str) -> str:
    return {
        "MXN": "$",
        "USD": "US$",
        "EUR": "€",
        "COP": "$",
        "ARS": "$",
        "CLP": "$",
        "PEN": "S/",
    }.get(code, code + " ")


class DateEdit(QDateEdit):
    """A date field that Tab leaves, and that reads a date typed as it is written.

    Qt's date field keeps Tab to itself (it moves from the day to the month to the year),
    and while it shows a special text ("No date") Tab does nothing at all: a trap for
    whoever works by keyboard. Here Tab goes to the next field. Typing 02/12/2026 in
    Qt's field gives nonsense: after "02" it moves on to the month by itself, and the
    "/" typed next jumps over the month to the year. Here a separator moves to the next
    part unless the field has just moved there by itself, and a digit typed over the
    special text starts a real date (not "date2122026")."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, forward)

    def _shows_special_text(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()

    def _section_untouched(self) -> bool:
        """The whole current section is selected: nothing typed in it yet."""
        selected = self.lineEdit().selectedText()
        return bool(selected) and selected == self.sectionText(self.currentSection())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        text = event.text()
        if text.isdigit() and self._shows_special_text():
            start = max(to_qdate(clock.today()), self.minimumDate().addDays(1))
            self.setDate(min(start, self.maximumDate()))
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.currentSection())
        elif len(text) == 1 and not text.isalnum() and text in self.displayFormat():
            # A separator: on to the next part, unless the field just moved there itself.
            event.accept()
            index = self.currentSectionIndex()
            if not self._section_untouched() and index + 1 < self.sectionCount():
                self.setCurrentSectionIndex(index + 1)
                self.setSelectedSection(self.currentSection())
            return
        super().keyPressEvent(event)


class DateTimeEdit(QDateTimeEdit):
    """A date and time field that Tab leaves (Qt's keeps Tab to move between its parts)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, forward)


def date_edit(value: dt.date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, in the locale's short format."""
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setDate(to_qdate(value or clock.today()))
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00/00/00000") + 40)
    return edit


class ErrorLabel(QLabel):
    """A red message under a field; empty (and taking no room) when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("color: #c62828;")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAccessibleName("error")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class FieldErrors:
    """Maps the `field` of a domain error to the label under that field.

    Errors for fields without a label of their own go to the general label.
    """

    def __init__(self, general: ErrorLabel, **fields: ErrorLabel) -> None:
        self.general = general
        self.fields = fields

    def clear(self) -> None:
        self.general.clear_message()
        for label in self.fields.values():
            label.clear_message()

    def show(self, error: TranslatableError) -> ErrorLabel:
        self.clear()
        label = self.fields.get(getattr(error, "field", None) or "", self.general)
        label.show_message(error.message)
        return label


# --- Forms ------------------------------------------------------------------------------


def new_form() -> QFormLayout:
    form = QFormLayout()
    # Fields grow with the dialog on every platform (macOS would keep them at their hint).
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return form


def field_with_error(
    field: QWidget | QLayout, error: ErrorLabel, parent: QWidget | None = None
) -> QWidget:
    """The field (a widget, or a row of them) with its (normally hidden) error message
    right under it. `parent` is the dialog's widget that holds the form (by default the
    error label's): the field stays where it was in the dialog's Tab order."""
    box = QWidget(parent if parent is not None else error.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QLayout):
        layout.addLayout(field)
        horizontal = box.sizePolicy().horizontalPolicy()
        expanding = bool(field.expandingDirections() & Qt.Orientation.Vertical)
    else:
        layout.addWidget(field)
        horizontal = field.sizePolicy().horizontalPolicy()
        policy = field.sizePolicy().verticalPolicy()
        expanding = bool(policy.value & QSizePolicy.PolicyFlag.ExpandFlag.value)
    layout.addWidget(error)
    if not expanding:
        # Never taller than the field and its message: spare room stays below the form.
        box.setSizePolicy(horizontal, QSizePolicy.Policy.Maximum)
    return box


def add_row(form: QFormLayout, label: QLabel, field: QWidget, error: ErrorLabel | None = None):
    """A row whose label is the buddy of `field` (so its & mnemonic focuses the field)."""
    label.setBuddy(field)
    parent = form.parentWidget()
    form.addRow(label, field if error is None else field_with_error(field, error, parent))


def buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A label whose & mnemonic focuses `buddy`."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def plain_text_height(edit: QPlainTextEdit, lines: int) -> int:
    """The height that shows `lines` lines of text in `edit`."""
    return (
        edit.fontMetrics().lineSpacing() * lines
        + int(edit.document().documentMargin() * 2)
        + edit.contentsMargins().top()
        + edit.contentsMargins().bottom()
    )


def fix_lines(edit: QPlainTextEdit, lines: int) -> QPlainTextEdit:
    """A text box exactly `lines` high that does not take the form's spare room."""
    edit.setFixedHeight(plain_text_height(edit, lines))
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    edit.setTabChangesFocus(True)
    return edit


# --- Countries and currencies by their names ---------------------------------------------

# Where the agents are: Spanish-speaking countries first, then their neighbours.
COUNTRIES = (
    "MX", "ES", "CO", "AR", "CL", "PE", "US", "GT", "EC", "VE", "BO", "PY", "UY",
    "CR", "PA", "DO", "SV", "HN", "NI", "PR", "CU", "BR", "CA",
)  # fmt: skip


def country_name(code: str) -> str:
    """The country's name in the interface language (México, Alemania; Germany in
    English), from Babel's CLDR data; '' for a code it does not know."""
    from babel import Locale

    return Locale.parse(translation.babel_language()).territories.get(code.upper(), "")


def fill_countries(combo: QComboBox, selected: str) -> None:
    """The countries phone numbers can be read for: where the agents are first, then
    every other one by its code, and `selected` chosen."""
    from contactos import phones

    for code in COUNTRIES:
        combo.addItem(coded_item(code, country_name(code)), code)
    combo.insertSeparator(combo.count())
    for code in phones.regions():
        if code not in COUNTRIES:
            combo.addItem(coded_item(code, country_name(code)), code)
    index = combo.findData(selected)
    if index < 0 and selected:  # (a code this phone library does not know)
        combo.addItem(selected, selected)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def currency_name(code: str) -> str:
    """The currency's name in the interface language (peso mexicano, US Dollar)."""
    from babel.core import UnknownLocaleError
    from babel.numbers import get_currency_name

    try:
        name = get_currency_name(code, locale=translation.babel_language())
    except (UnknownLocaleError, ValueError):
        return ""
    return "" if name == code else name


def coded_item(code: str, name: str) -> str:
    """A list item for a code and its name: `MX — México`."""
    return f"{code} — {name}" if name else code


# --- Buttons ------------------------------------------------------------------------------


def save_with_ctrl_enter(dialog: QDialog) -> None:
    """Ctrl+Enter saves wherever the cursor is: in a text of several lines (notes, the
    prospect's words) Enter starts a new line, so the keyboard needs another way out."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog).activated.connect(dialog.accept)


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (the default button, optionally renamed) and Cancel, wired to the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text:
        ok.setText(ok_text)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
