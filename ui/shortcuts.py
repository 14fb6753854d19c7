"""Help → Keyboard shortcuts (F1): every key the window answers to, in one list.

The menus' shortcuts are read from the window's own actions (so the list says what the
keys really do on this system, as its menus show them); the keys of the views and the
dialogs are listed here, with Today's reschedule letters taken from its menu in the
language of the moment.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.translation import translate


def mnemonic(text: str) -> str:
    """The letter a label's '&' underlines ('' when none): Alt plus it activates it."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return ""
        if text[index + 1] != "&":
            return text[index + 1].upper()
        index += 2


def plain(text: str) -> str:
    """A menu entry's words without its '&' and its '…'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def key_text(keys: str | QKeySequence) -> str:
    """Keys as this system writes them (Ctrl+N, ⌘N on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def action_rows(actions: list[QAction]) -> list[tuple[str, str, str]]:
    """(keys, where, what) for each of the window's actions that has a shortcut."""
    rows = []
    anywhere = translate("Shortcuts", "Anywhere")
    for action in actions:
        keys = [key_text(k) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append((" / ".join(keys), anywhere, plain(action.text())))
    return rows


def view_rows(reschedule_menu: QMenu | None = None) -> list[tuple[str, str, str]]:
    """(keys, where, what) of the views and the dialogs."""
    letters = ""
    if reschedule_menu is not None:
        found = [mnemonic(a.text()) for a in reschedule_menu.actions() if not a.isSeparator()]
        letters = " / ".join(f for f in found if f)
    today = translate("Shortcuts", "Today")
    lists = translate("Shortcuts", "Today, lists")
    search = translate("Shortcuts", "Search box")
    dialogs = translate("Shortcuts", "Dialogs")
    # Keys by the names printed on Spanish keyboards (Intro, not Qt's "Retorno").
    return [
        (
            translate("Shortcuts", "Enter"),
            lists,
            translate("Shortcuts", "Open the lead (or the contact)"),
        ),
        (
            translate("Shortcuts", "D or Space"),
            today,
            translate(
                "Shortcuts",
                "Mark the row done: what happened and the next action, or close the lead",
            ),
        ),
        (
            translate("Shortcuts", "R, then {letters}").format(letters=letters) if letters else "R",
            today,
            translate("Shortcuts", "Reschedule: tomorrow, in 3 days, next week, pick a date"),
        ),
        (translate("Shortcuts", "Arrows"), lists, translate("Shortcuts", "Move between the rows")),
        (
            translate("Shortcuts", "Down arrow"),
            search,
            translate("Shortcuts", "Go to the results (then Enter opens one)"),
        ),
        (
            translate("Shortcuts", "Alt + underlined letter"),
            dialogs,
            translate("Shortcuts", "Go to that field or button"),
        ),
        (
            translate("Shortcuts", "Tab / Shift+Tab"),
            dialogs,
            translate("Shortcuts", "Next field / previous field"),
        ),
        (
            translate("Shortcuts", "Ctrl+Enter"),
            dialogs,
            translate("Shortcuts", "Save (also from a text of several lines)"),
        ),
        (translate("Shortcuts", "Esc"), dialogs, translate("Shortcuts", "Cancel")),
    ]


class ShortcutsDialog(QDialog):
    """The list of keys: what, where, and what they do."""

    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr("Everything can be done from the keyboard. Underlined letters: Alt + letter."),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setColumnCount(3)
        self.table.setHeaderLabels([self.tr("Keys"), self.tr("Where"), self.tr("What it does")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for keys, where, what in rows:
            item = QTreeWidgetItem([keys, where, what])
            item.setToolTip(2, what)
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 2):
            self.table.resizeColumnToContents(column)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setCurrentItem(self.table.topLevelItem(0))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        # Wide enough for every line whole, within the screen.
        width = sum(self.table.columnWidth(c) for c in range(3)) + 60
        available = self.screen().availableGeometry().width() - 40
        self.resize(min(width, available), 460)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.topLevelItem(i).text(c) for c in range(3))
            for i in range(self.table.topLevelItemCount())
        ]
