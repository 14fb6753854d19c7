"""The pipeline board (Embudo, Ctrl+5) driven as a person does: its item model checked
by qtmodeltester, its headers' totals per currency, a card dragged to another stage (in
the history, undone with Ctrl+Z), dropped on Ganado or Perdido (the closing dialog; a
cancelled one leaves the lead as it was), and the keys: arrows between cards,
Ctrl+Left/Right to move the lead, Enter to open it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from helpers import click, show_window, snapshot, type_text, when_modal
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from contactos import stages
from contactos.actions import contacts as contact_actions
from contactos.actions import leads
from contactos.contacts import ContactData
from contactos.models import Lead, Representada, StageChange
from contactos.rules import NextAction
from ui.dialogs.closing import LostDialog, WonDialog
from ui.dialogs.common import format_money
from ui.views.board import BoardView, dragged_lead

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def today(clock):
    clock.set(dt.datetime(2026, 11, 30, 9, 0))
    return clock.today()


@pytest.fixture
def sample(db, today):
    """Five open leads: three new (one in dollars), one in proposal, one overdue."""
    contact = contact_actions.add_contact(
        ContactData(first_name="María", last_name="Peña", company="Aceros del Norte")
    ).contact
    Representada.create(name="Tolteca", commission_rate=Decimal("10"))

    def add(
        title, value=None, currency="MXN", stage=None, due=today + dt.timedelta(days=3), rep=None
    ):
        return leads.add_lead(
            leads.LeadDetails(title=title, value=value, currency=currency, representada=rep),
            NextAction("Llamar", due, "call"),
            contact=contact,
            stage=stages.by_key_or_name(stage) if stage else None,
        ).lead

    made = {
        "a": add("Compresores", "1000", rep="Tolteca"),
        "b": add("Bombas", "250.50", currency="USD", rep="Tolteca"),
        "c": add("Tornillos", rep=None),
        "d": add("Grúa", "5000", stage="proposal", rep="Tolteca"),
        "e": add("Válvulas", "80", due=today),
    }
    return made


def show_board(qtbot) -> BoardView:
    view = BoardView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.refresh()
    return view


def column_number(view: BoardView, key: str) -> int:
    return next(i for i, c in enumerate(view.board.columns) if c.key == key)


def drop_on(widget, lead_id: int, view: BoardView) -> None:
    """Drag the card of `lead_id` (the model's own drag data) and drop it on `widget`."""
    index = view.board.card_index(lead_id)
    mime = view.board.mimeData([index])
    assert dragged_lead(mime) == lead_id
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    point = QPointF(target.width() / 2, target.height() / 2)
    action = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), action, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point.toPoint(), action, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    assert move.isAccepted()
    drop = QDropEvent(point, action, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def stage_key(lead) -> str:
    return Lead.get_by_id(lead.id).stage.key


def test_the_board_model_passes_the_model_tester(qtbot, qtmodeltester, sample):
    view = show_board(qtbot)
    for model in view.board.models:
        qtmodeltester.check(model)
    view.refresh()
    for model in view.board.models:
        qtmodeltester.check(model)


def test_columns_cards_and_totals_per_currency(qtbot, sample):
    view = show_board(qtbot)
    assert [c.key for c in view.board.columns] == [
        "new",
        "contacted",
        "proposal",
        "negotiation",
        "closing",
    ]
    new = column_number(view, "new")
    header = view.headers[new].text()
    assert header.startswith("New (4)")
    # pesos and dollars each on their own line, never added together
    assert format_money(Decimal("1080"), "MXN") in header
    assert format_money(Decimal("100"), "MXN") in header  # 10% of 1000; 'e' has no rate
    assert format_money(Decimal("250.50"), "USD") in header
    assert format_money(Decimal("25.05"), "USD") in header
    assert format_money(Decimal("1330.50"), "MXN") not in header
    assert view.board.models[new].rowCount() == 4
    assert view.summary.text().startswith("5 open lead")


def test_a_limbo_card_says_so_in_words_and_with_its_icon(qtbot, sample, clock):
    clock.advance(dt.timedelta(days=1))  # 'Válvulas' was due yesterday now
    view = show_board(qtbot)
    index = view.board.card_index(sample["e"].id)
    assert "In limbo: overdue" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    alive = view.board.card_index(sample["a"].id)
    assert "limbo" not in alive.data(Qt.ItemDataRole.ToolTipRole)
    assert alive.data(Qt.ItemDataRole.DecorationRole) is None
    assert "1 in limbo" in view.headers[column_number(view, "new")].text()
    view.grab()  # (the delegate paints the limbo line)


def test_filter_by_representada(qtbot, sample):
    view = show_board(qtbot)
    view.representada.setCurrentIndex(view.representada.findText("Tolteca"))
    cards = [c.title for n in range(len(view.board.columns)) for c in view.board.cards_of(n)]
    assert sorted(cards) == ["Bombas", "Compresores", "Grúa"]
    view.representada.setCurrentIndex(0)
    assert sum(c.count for c in view.board.columns) == 5


def test_a_drag_to_another_stage_moves_the_lead_and_ctrl_z_undoes_it(qtbot, demo_db, paths):
    window = show_window(qtbot, paths)
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current == "board"
    view = window.page("board")
    lead_id = view.board.columns[0].lead_ids[0]
    target = column_number(view, "proposal")
    drop_on(view.views[target], lead_id, view)
    qtbot.waitUntil(lambda: Lead.get_by_id(lead_id).stage.key == "proposal")
    change = (
        StageChange.select()
        .where(StageChange.lead == lead_id)
        .order_by(StageChange.id.desc())
        .first()
    )
    assert change.to_stage.key == "proposal"
    assert view.board.card_at(view.views[target].currentIndex()).id == lead_id
    assert "Moved to" in window.statusBar().currentMessage()

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Lead.get_by_id(lead_id).stage.key == view.board.columns[0].key
    back = (
        StageChange.select()
        .where(StageChange.lead == lead_id)
        .order_by(StageChange.id.desc())
        .first()
    )
    assert back.from_stage.key == "proposal"  # the way back is in the history too
    assert lead_id in view.board.columns[0].lead_ids


def test_a_drop_on_ganado_cancelled_leaves_the_lead_as_it_was(qtbot, sample):
    view = show_board(qtbot)
    before = snapshot()
    modal = when_modal(lambda dialog: dialog.reject(), WonDialog)
    drop_on(view.won_target, sample["a"].id, view)
    qtbot.waitUntil(lambda: len(modal) == 1)
    modal.check()
    assert snapshot() == before
    assert view.board.card_index(sample["a"].id).isValid()


def test_a_drop_on_ganado_asks_for_the_act(qtbot, sample):
    view = show_board(qtbot)

    def win(dialog):
        click(qtbot, dialog.ok_button)  # no act chosen: refused, still open
        assert dialog.isVisible() and dialog.act_error.isVisible()
        click(qtbot, dialog.act_buttons["contract"])
        click(qtbot, dialog.ok_button)

    modal = when_modal(win, WonDialog)
    drop_on(view.won_target, sample["a"].id, view)
    qtbot.waitUntil(lambda: Lead.get_by_id(sample["a"].id).status == Lead.WON)
    modal.check()
    qtbot.waitUntil(lambda: not view.board.card_index(sample["a"].id).isValid())


def test_a_drop_on_perdido_needs_the_prospects_words(qtbot, sample):
    view = show_board(qtbot)
    before = snapshot()

    def lose(dialog):
        dialog.reason_combo.setCurrentIndex(1)
        click(qtbot, dialog.ok_button)  # without the prospect's words: refused
        assert dialog.isVisible()
        assert snapshot() == before
        dialog.words_edit.setFocus()
        type_text(dialog.words_edit, "Compramos en otro lado.")
        click(qtbot, dialog.ok_button)

    modal = when_modal(lose, LostDialog)
    drop_on(view.lost_target, sample["d"].id, view)
    qtbot.waitUntil(lambda: Lead.get_by_id(sample["d"].id).status == Lead.LOST)
    modal.check()


def test_keys_move_between_cards_and_move_the_lead(qtbot, sample):
    view = show_board(qtbot)
    opened = []
    view.open_lead.connect(opened.append)
    view.focus_board()
    new = view.views[column_number(view, "new")]
    assert new.hasFocus()
    first = view.current_card()
    QTest.keyClick(new, Qt.Key.Key_Down)
    assert view.current_card().id != first.id
    # Right skips the empty 'contacted' column to the card in 'proposal'
    QTest.keyClick(new, Qt.Key.Key_Right)
    proposal = view.views[column_number(view, "proposal")]
    assert proposal.hasFocus() and view.current_card().id == sample["d"].id
    QTest.keyClick(proposal, Qt.Key.Key_Left)
    assert new.hasFocus()
    card = view.current_card()
    QTest.keyClick(new, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stage_key(card) == "contacted"
    contacted = view.views[column_number(view, "contacted")]
    assert contacted.hasFocus() and view.current_card().id == card.id
    QTest.keyClick(contacted, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stage_key(card) == "proposal"
    QTest.keyClick(view.current_view(), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert stage_key(card) == "contacted"
    QTest.keyClick(view.current_view(), Qt.Key.Key_Return)
    assert opened == [card.id]


def test_a_closed_lead_cannot_be_moved_and_the_board_says_why(qtbot, sample, today):
    from contactos.actions import closing

    view = show_board(qtbot)
    closing.win(sample["a"].id, "contract", today)  # closed meanwhile (elsewhere)
    before = snapshot()
    modal = when_modal(lambda box: box.accept())
    drop_on(view.views[column_number(view, "proposal")], sample["a"].id, view)
    qtbot.waitUntil(lambda: len(modal) == 1)
    modal.check()
    assert "reopen it first" in modal.texts[0]
    assert snapshot() == before


def test_the_board_in_spanish(qtbot, sample, in_spanish):
    view = show_board(qtbot)
    assert view.headers[0].text().startswith("Nuevo (4)")
    assert view.won_target.text().startswith("Ganado")
    assert view.lost_target.text().startswith("Perdido")


def test_every_stage_and_both_targets_are_in_view_at_1024x600(qtbot, demo_db, paths, in_spanish):
    from PySide6.QtCore import QSize

    window = show_window(qtbot, paths)
    window.resize(QSize(1024, 600))
    window.show_view("board")
    qtbot.wait(50)
    view = window.page("board")
    assert not view.scroll.horizontalScrollBar().isVisible()
    for widget in [*view.views, *view.headers, view.won_target, view.lost_target]:
        assert widget.isVisible()
        assert widget.visibleRegion().boundingRect().width() == widget.width()
    # the first line of each header (the stage and its count) is not cut
    for header in view.headers:
        first = header.text().splitlines()[0]
        assert header.fontMetrics().horizontalAdvance(first) <= header.width()
    assert view.views[0].hasFocus()


def test_f1_lists_the_boards_keys(qtbot, demo_db, paths):
    window = show_window(qtbot, paths)
    window.show_shortcuts()
    rows = window._shortcuts_window.rows()
    assert any(keys == "Ctrl+Left / Ctrl+Right" for keys, _, _ in rows)
    window._shortcuts_window.close()


def test_the_ganado_button_closes_the_card_in_hand_and_asks_first(qtbot, sample):
    view = show_board(qtbot)
    assert view.select_lead(sample["d"].id)
    before = snapshot()
    modal = when_modal(lambda dialog: dialog.reject(), WonDialog)
    click(qtbot, view.won_target)
    qtbot.waitUntil(lambda: len(modal) == 1)
    modal.check()
    assert modal[0].lead.id == sample["d"].id
    assert snapshot() == before
    assert view.current_card().id == sample["d"].id  # still in hand
