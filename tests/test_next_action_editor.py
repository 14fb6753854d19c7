"""One next-action editor: the lead dialog, the log and reopen dialogs and the lead view
show the same widget, with the same kinds, quick dates and reading of what is typed."""

from __future__ import annotations

import datetime as dt

import pytest

from contactos import rules
from contactos.actions import closing, leads
from contactos.contacts import ContactData
from contactos.dates import quick_dates
from contactos.models import Lead
from contactos.rules import NEXT_ACTION_KINDS, NextAction
from ui.dialogs.closing import ReopenDialog
from ui.dialogs.common import to_qdate
from ui.dialogs.lead_dialog import LeadDialog
from ui.dialogs.log_dialog import LogDialog
from ui.next_action import NextActionEditor
from ui.views.detail import LeadView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def today(clock):
    clock.set(dt.datetime(2026, 11, 30, 9, 0))  # a Monday
    return clock.today()


@pytest.fixture
def lead(db, today) -> Lead:
    return leads.add_lead(
        leads.LeadDetails(title="Bombas"),
        NextAction("Anotar lo acordado", today + dt.timedelta(days=2), "note"),
        new_contact=ContactData(first_name="Ana"),
    ).lead


def kinds(editor: NextActionEditor) -> list[str]:
    combo = editor.kind_combo
    return [combo.itemData(i) for i in range(combo.count())]


KEEP: list = []  # the dialogs and views alive while a test looks at their editors


@pytest.fixture(autouse=True)
def _let_go():
    yield
    KEEP.clear()


def editors(qtbot, lead: Lead) -> dict[str, NextActionEditor]:
    found = {}
    dialog = LeadDialog(None, lead=lead)
    log = LogDialog(None, lead)
    view = LeadView()
    for widget in (dialog, log, view):
        qtbot.addWidget(widget)
        KEEP.append(widget)
    view.set_lead(lead.id)
    found["lead dialog"] = dialog.next_editor
    found["log dialog"] = log.next_group
    found["lead view"] = view.next_box
    closing.win(lead.id, "payment", rules.today())
    reopen = ReopenDialog(None, Lead.get_by_id(lead.id))
    qtbot.addWidget(reopen)
    KEEP.append(reopen)
    found["reopen dialog"] = reopen.next_group
    return found


def test_every_next_action_is_edited_by_the_one_editor_with_one_list_of_kinds(qtbot, lead):
    found = editors(qtbot, lead)
    for where, editor in found.items():
        assert isinstance(editor, NextActionEditor), where
    # The plannable kinds, in one order, and a lead's own kind when it is another (a
    # closed lead keeps the kind of its last next action for the reopening).
    fresh = NextActionEditor()
    qtbot.addWidget(fresh)
    assert kinds(fresh) == list(NEXT_ACTION_KINDS)
    for where, editor in found.items():
        assert kinds(editor) == [*NEXT_ACTION_KINDS, "note"], where
    assert found["lead dialog"].kind_combo.currentData() == "note"
    assert found["lead view"].kind_combo.currentData() == "note"


def test_the_quick_dates_are_the_same_everywhere(qtbot, lead, today):
    found = editors(qtbot, lead)
    days = list(quick_dates(today).values())
    for where in ("lead dialog", "log dialog", "reopen dialog"):
        editor = found[where]
        for button, day in zip(editor.quick_buttons, days, strict=True):
            button.click()
            assert editor.next_action().due == day, where
    assert found["lead view"].quick_buttons == []  # (one line: the date field only)


def test_the_editor_reads_what_is_typed_and_the_rules_judge_it(qtbot, today):
    editor = NextActionEditor(dates=NextActionEditor.ANY_OR_NONE, with_time=True)
    qtbot.addWidget(editor)
    assert editor.next_action() == NextAction("", None, "call", None)  # "No date"
    assert editor.due_edit.text() == "No date"
    editor.set_action("visit", "Visitar la planta", today, dt.time(16, 30))
    assert editor.next_action() == NextAction("Visitar la planta", today, "visit", dt.time(16, 30))
    editor.time_check.setChecked(False)
    assert editor.next_action().time is None
    past = NextActionEditor(dates=NextActionEditor.ANY)
    qtbot.addWidget(past)
    past.set_due(today - dt.timedelta(days=9))  # an overdue one is shown as it is
    assert past.due() == today - dt.timedelta(days=9)
    ahead = NextActionEditor()
    qtbot.addWidget(ahead)
    assert ahead.due() == today + dt.timedelta(days=1)
    ahead.due_edit.setDate(to_qdate(today - dt.timedelta(days=3)))  # (not offered)
    assert ahead.due() == today
