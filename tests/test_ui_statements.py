"""Reconciling a statement in the window (issue 13, item 3): the differences listed, the
columns changeable, the differences exported, the payments recorded once and undone from
the Representadas view's undo."""

from __future__ import annotations

import pytest
from helpers import click
from test_statements import book, day  # noqa: F401 - (fixtures)

from contactos import commissions
from contactos.models import CommissionEntry, Representada
from ui.dialogs.statement_dialog import StatementDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_the_dialog_lists_what_does_not_agree_and_records_it_once(qtbot, book, tmp_path):  # noqa: F811 - (the fixture)
    rep = Representada.get(Representada.name == "Tolteca")
    dialog = StatementDialog(None, rep, str(book["path"]))
    qtbot.addWidget(dialog)
    dialog.show()
    tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [t.childCount() for t in tops] == [1, 1, 1]  # underpaid, missing, unmatched
    assert dialog.combos["commission"].currentText() == "Comisión pagada"
    out = tmp_path / "dif.csv"
    assert dialog.export(str(out))
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 4
    click(qtbot, dialog.record_button)
    assert dialog.recorded.batch == "statement-1"
    assert not dialog.record_button.isEnabled()
    assert not dialog.record()  # (once)
    assert CommissionEntry.select().where(CommissionEntry.batch == "statement-1").count() == 3
    assert commissions.ledger(book["aguila"].id).received > 0


def test_a_column_unmapped_says_what_is_missing(qtbot, book):  # noqa: F811 - (the fixture)
    rep = Representada.get(Representada.name == "Tolteca")
    dialog = StatementDialog(None, rep, str(book["path"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.combos["commission"].setCurrentIndex(0)  # (none)
    assert dialog.error_label.isVisible()
    assert "commission paid" in dialog.error_label.text()
    assert not dialog.record_button.isEnabled()


def test_the_representadas_view_reconciles_and_undo_cancels_the_batch(qtbot, book):  # noqa: F811 - (the fixture)
    from helpers import when_modal

    from ui.views.representadas import RepresentadasView

    view = RepresentadasView()
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    made = []
    view.undoable.connect(made.append)

    def record_and_close(dialog):
        click(qtbot, dialog.record_button)
        dialog.reject()

    modal = when_modal(record_and_close, StatementDialog)
    assert view.reconcile_statement(str(book["path"]))
    modal.check()
    (change,) = made
    assert "statement-1" in change.description
    change.revert()
    entries = CommissionEntry.select().where(CommissionEntry.batch == "statement-1")
    assert entries.count() == 3 and all(e.cancelled_at is not None for e in entries)
