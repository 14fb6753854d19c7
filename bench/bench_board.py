"""The pipeline board (Embudo) on the benchmark database: time to read and paint it, and
the peak memory it adds, each against a floor that shows the same number of plain items.

- **Paint**: `BoardView.load()` (the open leads read, the columns' totals made, the model
  reset) and the view painted (`grab()`), against a floor that reads the same open leads'
  titles and stages with one raw SQL query, puts them in one QStringListModel per stage
  and paints as many plain QListViews of the same size. Both in one process, warmed up,
  in interleaved rounds (the order alternates), medians. Target: within 2x.
- **Memory**: the peak resident memory (ru_maxrss) a fresh process adds by building and
  painting the board, against one that builds and paints the floor. Reported as MB and
  as a ratio.

    uv run python -m bench.bench_board [--data-dir DIR] [--repeat N] [--json]

(`bench.bench_ui` runs it too.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.generate import DEFAULT_DATA_DIR, generate

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1100, 700)

# The floor's one query: the open leads' titles by stage, in the board's order.
FLOOR_SQL = """
SELECT l.stage_id, l.title FROM lead l JOIN contact c ON c.id = l.contact_id
WHERE l.status = 'open' ORDER BY l.next_action_due IS NULL, l.next_action_due, l.id
"""

SETUP = """
import sys
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListView, QWidget
from contactos import clock
from contactos.models import Stage, database
from contactos.paths import resolve_paths
from contactos.session import open_session
from bench.generate import anchor_of
from bench.bench_board import FLOOR_SQL, SIZE

app = QApplication.instance() or QApplication(sys.argv)
data_dir = sys.argv[1]
open_session(resolve_paths(data_dir), auto_backup=False)
clock.set(anchor_of(__import__("pathlib").Path(data_dir)))


class Floor(QWidget):
    '''As many plain list views as the board has stages, filled with the titles.'''

    def __init__(self):
        super().__init__()
        layout = QHBoxLayout(self)
        self.stage_ids = [s for (s,) in Stage.select(Stage.id).order_by(Stage.position).tuples()]
        self.views = []
        for _ in self.stage_ids:
            view = QListView()
            view.setUniformItemSizes(True)
            layout.addWidget(view)
            self.views.append(view)

    def load(self):
        rows = database.connection().execute(FLOOR_SQL).fetchall()
        titles = {stage_id: [] for stage_id in self.stage_ids}
        for stage_id, title in rows:
            titles[stage_id].append(title)
        for view, stage_id in zip(self.views, self.stage_ids):
            old = view.model()
            view.setModel(QStringListModel(titles[stage_id], view))
            if old is not None:
                old.deleteLater()
        return len(rows)


def make(kind):
    if kind == "board":
        from ui.views.board import BoardView

        widget = BoardView()
        widget.reload_choices()
    else:
        widget = Floor()
    widget.resize(*SIZE)
    widget.show()
    for _ in range(3):
        app.processEvents()
    return widget


def show(widget):
    '''Read and paint: the time a person waits for the view.'''
    count = widget.load()
    widget.grab()
    return count
"""

TIMING = (
    SETUP
    + """
import json, random, statistics, time
repeat = int(sys.argv[2])
widgets = {"board": make("board"), "floor": make("floor")}
for widget in widgets.values():  # warm-up: pages in memory, fonts, icons
    show(widget)
samples = {"board": [], "floor": []}
for round_number in range(repeat):
    order = ["board", "floor"] if round_number % 2 == 0 else ["floor", "board"]
    for kind in order:
        start = time.perf_counter()
        show(widgets[kind])
        samples[kind].append(time.perf_counter() - start)
        app.processEvents()
cards = sum(c.count for c in widgets["board"].board.columns)
print(json.dumps({"samples": samples, "cards": cards}))
"""
)

MEMORY = (
    SETUP
    + """
import json, resource
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB on Linux
before = peak()
widget = make(sys.argv[2])
show(widget)
for _ in range(3):
    app.processEvents()
print(json.dumps({"added_mb": round(peak() - before, 1)}))
"""
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    return env


def _run(script: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        timeout=1200,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def measure(data_dir: Path, repeat: int = 9) -> dict[str, object]:
    timing = _run(TIMING, str(data_dir), str(repeat))
    board_ms = statistics.median(timing["samples"]["board"]) * 1000
    floor_ms = statistics.median(timing["samples"]["floor"]) * 1000
    paired = statistics.median(
        b / f for b, f in zip(timing["samples"]["board"], timing["samples"]["floor"], strict=True)
    )
    board_mb = _run(MEMORY, str(data_dir), "board")["added_mb"]
    floor_mb = _run(MEMORY, str(data_dir), "floor")["added_mb"]
    ratio = board_ms / floor_ms
    return {
        "cards": timing["cards"],
        "board_ms": round(board_ms, 1),
        "floor_ms": round(floor_ms, 1),
        "ratio": round(ratio, 2),
        "paired": round(paired, 2),
        "ratio_target": 2.0,
        "ratio_pass": ratio <= 2.0,
        "board_added_mb": board_mb,
        "floor_added_mb": floor_mb,
        "memory_ratio": round(board_mb / floor_mb, 2) if floor_mb > 0 else None,
    }


def describe(report: dict[str, object]) -> str:
    return (
        f"board: {report['cards']} open leads read and painted in {report['board_ms']} ms, "
        f"floor (plain list views, same items) {report['floor_ms']} ms, ratio "
        f"{report['ratio']} (paired {report['paired']}; target <= 2): "
        f"{'PASS' if report['ratio_pass'] else 'FAIL'}\n"
        f"board memory: +{report['board_added_mb']} MB peak, floor +{report['floor_added_mb']} MB"
        f" (ratio {report['memory_ratio']})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    generate(args.data_dir)
    start = time.perf_counter()
    report = measure(args.data_dir, args.repeat)
    report["seconds"] = round(time.perf_counter() - start, 1)
    print(json.dumps(report, indent=2) if args.json else describe(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
