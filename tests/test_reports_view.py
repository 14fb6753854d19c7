"""The Reports view (Informes): its models, its charts opening the leads behind a figure,
the period filter, Ctrl+6, and the PDF, CSV and Excel exports read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from helpers import show_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from contactos import reports

pytestmark = pytest.mark.usefixtures("demo_db")


def test_every_report_model_passes_the_model_tester(qtbot, qtmodeltester):
    from ui.views.reports import ReportsView, ReportTableModel

    view = ReportsView()
    qtbot.addWidget(view)
    for name in reports.REPORTS:
        view.set_report(name, "all")
        assert view.tables
        for table in view.tables:
            model = table.model()
            assert isinstance(model, ReportTableModel)
            qtmodeltester.check(model)
            assert model.rowCount() == len(model.table.rows)


def test_ctrl_6_and_the_view_menu_open_the_reports(qtbot, paths):
    window = show_window(qtbot, paths)
    action = next(a for a in window.view_actions if a.shortcut() == QKeySequence("Ctrl+6"))
    assert action.text().replace("&", "") == "Reports"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current == "reports"
    assert window.stack.currentWidget() is window.page("reports")
    assert window.nav.currentItem().text() == "Reports"


def test_a_bar_opens_the_leads_behind_it(qtbot, paths):
    window = show_window(qtbot, paths)
    window.show_view("reports")
    page = window.page("reports")
    page.set_report("pipeline", "all")
    chart = next(c for c in page.charts if c.chart.key == "health")
    qtbot.waitUntil(lambda: chart.height() > 0)
    limbo_bar = chart.chart.bars[1]
    layout = chart.layout_for(chart.width())
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=layout.bar_rect(1).center())
    assert page.panel.isVisible()
    assert page.behind.count() == limbo_bar.figure.value > 0
    listed = [
        page.behind.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.behind.count())
    ]
    assert sorted(listed) == list(limbo_bar.figure.leads)
    page.behind.setCurrentRow(0)
    page.behind.setFocus()
    qtbot.keyClick(page.behind, Qt.Key.Key_Return)
    assert window.current == "lead"
    assert window.lead_view.lead.id == listed[0]


def test_a_table_cell_lists_its_leads_and_a_label_lists_none(qtbot):
    from ui.views.reports import LEADS_ROLE, ReportsView

    view = ReportsView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.set_report("sources", "all")
    table = view.tables[0]
    model = table.model()
    index = model.index(0, 1)  # the first source's leads received
    ids = index.data(LEADS_ROLE)
    assert len(ids) == model.table.rows[0][1].value
    table.clicked.emit(index)
    assert view.behind.count() == len(ids)
    view.behind.clear()
    table.clicked.emit(model.index(0, 0))  # the source's name: nothing behind it
    assert view.behind.count() == 0


def test_the_period_filter_recomputes_the_report(qtbot, clock):
    from ui.dialogs.common import to_qdate
    from ui.views.reports import PRESETS, ReportsView

    view = ReportsView()
    qtbot.addWidget(view)
    view.set_report("response", "all")
    everything = view.report.overall.received.value
    view.preset.setCurrentIndex(PRESETS.index("custom"))
    assert view.start.isEnabled() and view.end.isEnabled()
    view.start.setDate(to_qdate(dt.date(2026, 11, 1)))
    view.end.setDate(to_qdate(dt.date(2026, 11, 30)))
    assert view.period() == reports.Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    november = reports.response_times(view.period()).overall.received.value
    assert view.report.overall.received.value == november < everything
    view.preset.setCurrentIndex(PRESETS.index("month"))
    today = clock.today()
    assert view.period() == reports.Period(today.replace(day=1), today)
    assert not view.start.isEnabled()


def test_preset_periods():
    from ui.views.reports import preset_period

    day = dt.date(2026, 2, 14)
    assert preset_period("month", day) == reports.Period(dt.date(2026, 2, 1), day)
    assert preset_period("3-months", day) == reports.Period(dt.date(2025, 12, 1), day)
    assert preset_period("year", day) == reports.Period(dt.date(2026, 1, 1), day)
    assert preset_period("12-months", day) == reports.Period(dt.date(2025, 2, 15), day)
    assert preset_period("all", day) == reports.Period()
    assert preset_period("custom", day) is None


def _pdf_text(path) -> tuple[str, list]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages), reader.pages


@pytest.mark.parametrize("paper", ["pdf-a4", "pdf-letter"])
def test_the_pdf_has_the_charts_and_the_figures_in_the_readers_language(
    qtbot, tmp_path, in_spanish, paper
):
    from ui.views.reports import ReportsView

    view = ReportsView()
    qtbot.addWidget(view)
    view.set_report("wins", "all")
    target = tmp_path / "ganados.pdf"
    assert view.export_to(target, paper)
    text, pages = _pdf_text(target)
    flat = " ".join(text.split())
    assert "Ganados y perdidos" in flat
    assert "Motivos de pérdida" in flat and "Compró en otro lado" in flat
    assert "En palabras del prospecto" in flat
    report = view.report
    words = report.reasons[0].words[0].words
    assert " ".join(words.split()[:3]) in flat  # the prospect's own words
    won = str(report.won.value)
    assert f"Ganados {won}" in flat
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    if paper == "pdf-a4":
        assert (round(width), round(height)) == (595, 842)
    else:
        assert (round(width), round(height)) == (612, 792)
    images = sum(len(page.images) for page in pages)
    assert images == len(report.charts())


def test_csv_and_excel_exports_from_the_view(qtbot, tmp_path):
    from openpyxl import load_workbook

    from ui.views.reports import ReportsView

    view = ReportsView()
    qtbot.addWidget(view)
    view.set_report("pipeline", "all")
    assert view.export_to(tmp_path / "salud.csv", "csv")
    text = (tmp_path / "salud.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("Pipeline health")
    assert view.export_to(tmp_path / "salud.xlsx", "xlsx")
    book = load_workbook(tmp_path / "salud.xlsx")
    assert book.sheetnames == ["Pipeline health", "Funnel by stage"]
    rows = list(book["Pipeline health"].iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("Open leads", view.report.open.value)


def test_charts_keep_every_label_whole_in_a_narrow_window(qtbot, in_spanish):
    """At 1024x600 a long source name wraps inside its label column, never cut."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from ui.charts import PAD, ChartLayout

    for name in reports.REPORTS:
        result = reports.compute(name)
        for chart in result.charts():
            from PySide6.QtCore import QLocale
            from PySide6.QtWidgets import QApplication

            font = QApplication.font()
            layout = ChartLayout(chart, 560, font, QLocale())
            metrics = QFontMetrics(font)
            for index, text in enumerate(layout.labels):
                room = QRect(0, 0, layout.label_width - PAD, 10_000)
                needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
                assert needed.height() <= layout.rows[index].height()
                assert needed.width() <= layout.label_width - PAD
                bar = layout.bar_rect(index)
                value_right = (
                    bar.right() + PAD // 2 + metrics.horizontalAdvance(layout.values[index])
                )
                assert value_right <= layout.width, (chart.title, text)


def test_the_chances_by_stage_are_set_in_the_window_and_weigh_the_forecast(qtbot):
    from helpers import when_modal

    from ui.views.reports import ChancesDialog, ReportsView

    view = ReportsView()
    qtbot.addWidget(view)
    view.show()
    view.set_report("pipeline", "all")
    assert not view.chances_button.isVisible()
    view.set_report("forecast", "all")
    assert view.chances_button.isVisible()
    before = view.report.stages
    negotiation = next(s for s in before if s.key == "negotiation")
    assert negotiation.percent == 60

    def set_ninety(dialog):
        assert isinstance(dialog, ChancesDialog)
        dialog.spins["negotiation"].setValue(90)
        dialog.save()

    modal = when_modal(set_ninety, ChancesDialog)
    view.chances_button.click()
    modal.check()
    assert len(modal) == 1
    after = next(s for s in view.report.stages if s.key == "negotiation")
    assert after.percent == 90
    for old, new in zip(negotiation.commission, after.commission, strict=True):
        assert new.value == pytest.approx(old.value * 90 / 60, abs=Decimal("0.05") * len(new.leads))


def test_a_wrong_chance_is_refused_and_nothing_is_saved(db):
    from contactos import settings
    from contactos.actions import reports as report_actions

    with pytest.raises(reports.ReportError, match="from 0 to 100"):
        report_actions.set_stage_probabilities({"new": 30, "closing": 120})
    with pytest.raises(reports.ReportError, match="no stage 'nope'"):
        report_actions.set_stage_probabilities({"nope": 30})
    assert settings.get("stage_probabilities") == {}
    saved = report_actions.set_stage_probabilities({"new": "35 %"})
    assert saved.chances["new"] == 35 and saved.chances["closing"] == 80


def test_representadas_side_by_side_opens_the_leads_behind_the_commission(qtbot):
    from ui.views.reports import LEADS_ROLE, ReportsView

    view = ReportsView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.set_report("representadas", "all")
    table = view.tables[1]
    model = table.model()
    outstanding = [c.title for c in model.table.columns].index("Commission outstanding")
    row = next(i for i, r in enumerate(model.table.rows) if r[outstanding].leads)
    index = model.index(row, outstanding)
    figure = model.table.rows[row][outstanding]
    assert index.data(LEADS_ROLE) == list(figure.leads)
    table.clicked.emit(index)
    assert view.behind.count() == len(figure.leads)
    assert len(view.charts) == 2 * len({r[1] for r in model.table.rows})  # per currency


def test_the_pdf_of_representadas_side_by_side_has_every_column(qtbot, tmp_path, in_spanish):
    from ui.views.reports import ReportsView

    view = ReportsView()
    qtbot.addWidget(view)
    view.set_report("representadas", "all")
    target = tmp_path / "representadas.pdf"
    assert view.export_to(target, "pdf-a4")
    text, pages = _pdf_text(target)
    joined = "".join(text.split())  # (narrow columns wrap their titles)
    assert "Representadasladoalado" in joined
    for title in ("Comisiónesperada", "Comisiónrecibida", "Comisiónpendiente"):
        assert title in joined
    tolteca = next(r for r in view.report.representadas if "Tolteca" in r.name)
    assert f"{tolteca.outstanding.value:,.2f}" in joined
    assert sum(len(page.images) for page in pages) == len(view.report.charts())
