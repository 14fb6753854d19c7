"""The window on a small laptop (1024x600), in Spanish: every next action whole in Today,
the due date in the leads list, the lead's panels uncut, every dialog within the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from contactos.models import Lead

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

SMALL = QSize(1024, 600)
# What a dialog has on that screen: less a task bar (40 px) and its own title bar (32 px).
DIALOG_ROOM = QSize(1024 - 16, 600 - 40 - 32)


@pytest.fixture
def small_window(qtbot, demo_db, paths, in_spanish):
    from ui.mainwindow import MainWindow

    window = MainWindow(paths)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_loaded)
    assert window.size() == SMALL
    return window


def shown_whole(view, index) -> bool:
    """Whether the item's text fits its cell as the view paints it (wrapped where the
    view wraps), i.e. is not cut with "…"."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    if view.wordWrap():
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    delegate = view.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    style = view.style()
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1
    width = text_rect.width() - 2 * margin
    metrics = QFontMetrics(option.font)
    flags = Qt.TextFlag.TextWordWrap if view.wordWrap() else Qt.TextFlag.TextSingleLine
    needed = metrics.boundingRect(QRect(0, 0, width, 100000), flags, option.text)
    return needed.width() <= width and needed.height() <= text_rect.height()


def test_today_shows_every_next_action_whole_at_1024x600(qtbot, small_window):
    from ui.models import TodayModel

    today = small_window.today
    model, tree = today.model, today.tree
    qtbot.waitUntil(lambda: not today._relayout.isActive())
    checked = 0
    for section in range(model.rowCount()):
        parent = model.index(section, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, TodayModel.WHAT, parent)
            assert index.data() == TodayModel.what_text(model.item(index))
            assert shown_whole(tree, index), index.data()
            checked += 1
    assert checked > 20
    # What to do comes first, then when.
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Qué hacer"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Cuándo"


def test_the_leads_list_keeps_the_next_action_and_its_date_in_view(small_window):
    small_window.show_view("leads")
    table = small_window.leads.table
    width = table.viewport().width()
    keys = [c.key for c in table.model().columns]
    for key in ("state", "title", "next", "due"):
        column = keys.index(key)
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= width, key
    # (and the limbo filter is not cut either)
    limbo = small_window.leads.limbo
    assert limbo.width() >= limbo.sizeHint().width()


def test_the_lead_view_cuts_no_panel_at_1024x600(qtbot, small_window):
    lead = Lead.select().where(Lead.status == Lead.OPEN).first()
    small_window.open_lead(lead.id)
    qtbot.wait(50)  # (laid out, as it is when painted)
    view = small_window.lead_view
    for panel in (view.contact_box, view.deal_box, view.checklist):
        assert panel.width() >= panel.minimumSizeHint().width(), panel.title()
        right = panel.mapTo(view, panel.rect().topRight()).x()
        assert right <= view.timeline.mapTo(view, view.timeline.rect().topLeft()).x()
    for button in (view.edit_button, view.won_button, view.lost_button, view.next_done):
        assert button.width() >= button.sizeHint().width()
    small_window.open_contact(lead.contact_id)
    qtbot.wait(50)
    contact = small_window.contact_view
    assert contact.edit_button.width() >= contact.edit_button.sizeHint().width()


def dialog_makers(parent, paths):
    from test_keyboard import dialog_makers

    return dialog_makers(parent, paths)


def test_every_dialog_fits_a_1024x600_screen(qtbot, demo_db, paths, in_spanish):
    from ui.dialogs.import_wizard import ImportWizard

    parent = QWidget()
    qtbot.addWidget(parent)
    makers = dict(dialog_makers(parent, paths))
    makers["import wizard"] = lambda: ImportWizard(parent)
    too_big = {}
    for name, make in makers.items():
        dialog = make()
        dialog.show()
        needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if needed.width() > DIALOG_ROOM.width() or needed.height() > DIALOG_ROOM.height():
            too_big[name] = needed
        dialog.reject()
    assert too_big == {}
