"""Names vulture cannot see used (read by tests/test_lint.py, never imported).

Each is called by something vulture does not follow: Qt calls its virtual methods by
name, the demo dispatches its story's steps by name, PyInstaller's spec file calls the
build helpers, the tests set the clock, and lupdate reads Plurals.tr's signature.
"""

# ruff: noqa: F821, B018
# Qt's virtual methods and slots' unused `checked` arguments.
_.headerData
_.createEditor
_.isComplete
_.validatePage
_.initializePage
_.dragEnterEvent
_.dropEvent
_.dragMoveEvent
_.dragLeaveEvent
_.hasHeightForWidth
_.mouseMoveEvent
_.mouseReleaseEvent
_.mimeTypes
_.supportedDragActions
_.supportedDropActions
_.canDropMimeData
_.dropMimeData
_.horizontalOffset
_.verticalOffset
_.setSelection
_.visualRegionForSelection
modifiers
checked
# logging.FileHandler._open, overridden by contactos.logfile (the log is its owner's only).
_._open
# The demo's steps: the demo calls getattr(self, f"plan_{category}").
_.plan_unattended
_.plan_due_today
_.plan_healthy
_.plan_overdue
_.plan_stale
_.plan_won
_.plan_lost
_.plan_reopened_open
_.plan_reopened_won
# The program's one clock, as the tests (tests/conftest.py's `clock`) set it.
is_fixed
advance
set_zone
# What the dialogs' tests read of their state.
_.choice_combo
_.chosen_contact_id
_.cards_of
# Called by build/contactos.spec.
prune
windows_version_info
# Plurals.tr mirrors QObject.tr(text, disambiguation, n), the signature lupdate reads.
disambiguation
# peewee's migrations: the runner calls down() to roll one back.
down
