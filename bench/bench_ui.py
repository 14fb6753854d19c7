"""Window benchmarks on the large benchmark database (100,000 contacts, 30,000 leads).

1. Time to the first painted main window, against a bare PySide6 QMainWindow started the
   same way (a fresh Python process that prints a line at its first paint) in the same run,
   interleaved, median of several starts. Target: within 2x.
2. Peak memory added by opening the leads list (all statuses) and scrolling to its end,
   measured inside one process with the window open (ru_maxrss before and after).
   Target: under 150 MB. The contacts list (100,000 rows) is measured the same way.
3. The calendar's month (issue 11): the time to paint it, against a floor that paints
   the same number of plain text items (one drawText each, in the same cells) in a
   widget of the same size, median of interleaved repaints; target within 2x. Also the
   time to load the month (its query and model) and the peak memory it adds.
4. The pipeline board (bench/bench_board.py): read and painted, against plain list views
   of the same items, within 2x; and its peak memory against theirs.

    uv run python -m bench.bench_ui [--data-dir DIR] [--repeat N] [--json]
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

from bench.generate import DEFAULT_DATA_DIR, anchor_of, generate

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("window shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv)
window = Window()
window.resize(1280, 800)
window.show()
app.exec()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    return env


def time_to_first_paint(command: list[str]) -> float:
    """Seconds from starting the process to its 'window shown' line."""
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(), cwd=ROOT
    ) as process:
        for line in process.stdout:
            if "window shown" in line:
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"no window from {command}")
        process.terminate()
        process.wait(timeout=30)
    return elapsed


MEMORY = """
import json, resource, sys
from PySide6.QtWidgets import QApplication
from contactos.paths import resolve_paths
from contactos.session import open_session
app = QApplication(sys.argv)
open_session(resolve_paths(sys.argv[1]), auto_backup=False)
from ui.mainwindow import MainWindow
window = MainWindow(resolve_paths(sys.argv[1]))
window.resize(1280, 800)
window.show()
for _ in range(5):
    app.processEvents()
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB on Linux
result = {}
for key in ("leads", "contacts"):
    before = peak()
    window.show_view(key)
    view = window.page(key)
    if key == "leads":
        view.status.setCurrentIndex(view.status.findData(None))
    app.processEvents()
    rows = view.model.rowCount()
    table = view.table
    step = max(rows // 50, 1)
    for row in range(0, rows, step):  # scrolling down through the whole list
        table.scrollTo(view.model.index(row, 0))
        app.processEvents()
    table.scrollToBottom()
    for _ in range(5):
        app.processEvents()
    result[key] = {"rows": rows, "added_mb": round(peak() - before, 1)}
print(json.dumps(result))
"""


CALENDAR = """
import json, resource, statistics, sys, time
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget
from contactos import clock
from contactos.paths import resolve_paths
from contactos.session import open_session
app = QApplication(sys.argv)
where = resolve_paths(sys.argv[1])
open_session(where, auto_backup=False)
clock.set(__import__("datetime").datetime.fromisoformat(sys.argv[2]))
from ui.mainwindow import MainWindow
window = MainWindow(where)
window.resize(1280, 800)
window.show()
for _ in range(5):
    app.processEvents()
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB on Linux
before = peak()
start = time.perf_counter()
window.show_view("calendar")
view = window.page("calendar")
app.processEvents()
shown_ms = (time.perf_counter() - start) * 1000
grid = view.month
loads = []
for _ in range(5):
    start = time.perf_counter()
    view.refresh()
    loads.append(time.perf_counter() - start)
# What the month draws: each day's number, its entries' lines, its '+ N more'.
model = grid.model()
items = [
    (rect, model.line_text(model.entry(model.index(child, 0, model.index(row, 0)))))
    for (row, child), rect in grid._rects.items()
]
items += [(rect.adjusted(4, 2, -4, 0), str(row)) for row, rect in grid._cells.items()]
items += [(rect, "+ 99 more") for rect in grid._more.values()]
class Floor(QWidget):
    def paintEvent(self, event):
        painter = QPainter(self)
        for rect, text in items:
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
floor = Floor()
floor.resize(grid.viewport().size())
floor.show()
for _ in range(5):
    app.processEvents()
ours, bare = [], []
for _ in range(int(sys.argv[3])):
    for widget, times in ((grid.viewport(), ours), (floor, bare)):
        start = time.perf_counter()
        widget.repaint()
        times.append(time.perf_counter() - start)
print(json.dumps({
    "entries": grid.model().total,
    "items_painted": len(items),
    "show_ms": round(shown_ms, 1),
    "load_ms": round(statistics.median(loads) * 1000, 1),
    "paint_ms": round(statistics.median(ours) * 1000, 2),
    "floor_ms": round(statistics.median(bare) * 1000, 2),
    "added_mb": round(peak() - before, 1),
}))
"""


def calendar(data_dir: Path, repeat: int) -> dict[str, float]:
    """The calendar's month on the benchmark data, as of the data's own moment."""
    moment = anchor_of(data_dir).isoformat()
    out = subprocess.run(
        [sys.executable, "-c", CALENDAR, str(data_dir), moment, str(max(repeat, 5) * 5)],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        timeout=600,
        check=True,
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["ratio"] = round(result["paint_ms"] / max(result["floor_ms"], 1e-6), 2)
    return result


def memory(data_dir: Path) -> dict[str, dict[str, float]]:
    out = subprocess.run(
        [sys.executable, "-c", MEMORY, str(data_dir)],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        timeout=600,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def compile_bytecode() -> None:
    """Installed programs start from compiled bytecode (PyInstaller bundles it, pip writes
    it); where PYTHONDONTWRITEBYTECODE is set nothing would be cached between starts and
    every start would compile peewee again, which says nothing about the program."""
    import sysconfig

    folders = [sysconfig.get_paths()["purelib"], str(ROOT / "contactos"), str(ROOT / "ui")]
    # -qq: a few files in site-packages are templates or Python 2 (PySide6's deploy
    # recipes, olefile2) and never imported; their errors are not worth printing.
    subprocess.run([sys.executable, "-m", "compileall", "-qq", *folders], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    generate(args.data_dir)
    compile_bytecode()
    program = [
        sys.executable,
        "-m",
        "ui.launcher",
        "--data-dir",
        str(args.data_dir),
        "--ready-line",
    ]
    bare = [sys.executable, "-c", BARE]
    time_to_first_paint(program)  # warm-up: the day's automatic backup, file caches
    time_to_first_paint(bare)
    ours, floor = [], []
    for _ in range(args.repeat):
        ours.append(time_to_first_paint(program))
        floor.append(time_to_first_paint(bare))
    ratio = statistics.median(ours) / statistics.median(floor)
    mem = memory(args.data_dir)
    month = calendar(args.data_dir, args.repeat)
    from bench import bench_board

    board = bench_board.measure(args.data_dir)
    report = {
        "first_paint_ms": round(statistics.median(ours) * 1000),
        "bare_qmainwindow_ms": round(statistics.median(floor) * 1000),
        "ratio": round(ratio, 2),
        "ratio_target": 2.0,
        "ratio_pass": ratio <= 2.0,
        "memory": mem,
        "memory_target_mb": 150,
        "memory_pass": mem["leads"]["added_mb"] < 150,
        "calendar_month": month,
        "calendar_ratio_target": 2.0,
        "calendar_ratio_pass": month["ratio"] <= 2.0,
        "board": board,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(
            f"first paint: program {report['first_paint_ms']} ms, bare QMainWindow "
            f"{report['bare_qmainwindow_ms']} ms, ratio {report['ratio']} (target <= 2): "
            f"{'PASS' if report['ratio_pass'] else 'FAIL'}"
        )
        for key, value in mem.items():
            print(
                f"{key} list: {value['rows']} rows, scrolled to the end: "
                f"+{value['added_mb']} MB peak"
            )
        print(f"memory target (leads) < 150 MB: {'PASS' if report['memory_pass'] else 'FAIL'}")
        print(
            f"calendar month: {month['entries']} follow-ups, {month['items_painted']} items "
            f"painted in {month['paint_ms']} ms, plain items {month['floor_ms']} ms, ratio "
            f"{month['ratio']} (target <= 2): "
            f"{'PASS' if report['calendar_ratio_pass'] else 'FAIL'}; loaded in "
            f"{month['load_ms']} ms, shown in {month['show_ms']} ms, +{month['added_mb']} MB peak"
        )
        print(bench_board.describe(board))
    return 0


if __name__ == "__main__":
    sys.exit(main())
