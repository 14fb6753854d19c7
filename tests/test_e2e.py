"""The real program, launched as a process with a temporary data folder."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ROOT, program_env


def contactos(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=program_env(),
        cwd=ROOT,
    )


@pytest.fixture
def demo_dir(tmp_path) -> Path:
    data = tmp_path / "data"
    result = contactos("--data-dir", str(data), "demo")
    assert result.returncode == 0, result.stderr
    # (the window's first start would ask for it: see test_first_start_asks_the_country)
    result = contactos("--data-dir", str(data), "settings", "--country", "MX")
    assert result.returncode == 0, result.stderr
    return data


def test_window_starts_shows_and_exits_cleanly(demo_dir):
    with subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(demo_dir), "--ready-line"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=program_env(),
        cwd=ROOT,
    ) as process:
        try:
            deadline = time.monotonic() + 90
            line = ""
            while time.monotonic() < deadline:
                line = process.stdout.readline()
                if "window shown" in line or not line:
                    break
            assert "window shown" in line
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0
            errors = process.stderr.read()
        finally:
            if process.poll() is None:
                process.kill()
    assert "Traceback" not in errors
    log = (demo_dir / "logs" / "contactos.log").read_text(encoding="utf-8")
    assert "closing normally" in log
    assert "Traceback" not in log
    assert (demo_dir / "window.ini").exists()  # the window saved its state on the way out


def test_screenshots_option(demo_dir, tmp_path):
    shots = tmp_path / "shots"
    result = contactos("--data-dir", str(demo_dir), "--lang", "es", "--screenshots", str(shots))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in shots.glob("*.png"))
    for expected in (
        "01-today.png",
        "02-leads.png",
        "03-contacts.png",
        "05-lead.png",
        "06-contact.png",
        "08-board.png",
        "dialog-new-lead",
        "dialog-won",
        "dialog-lost",
        "dialog-log-call",
        "40-calendar-month.png",
        "41-calendar-week.png",
        "42-calendar-agenda.png",
        "43-day-sheet.png",
        "08-representadas.png",
        "09-today-payments.png",
        "dialog-record-commission",
        "dialog-edit-representada",
        "50-report-pipeline.png",
        "51-report-wins.png",
        "52-report-response.png",
        "53-report-sources.png",
        "54-report-representadas.png",
        "55-report-forecast.png",
    ):
        assert any(expected in name for name in names), (expected, names)
    assert all((shots / name).stat().st_size > 5000 for name in names)


def test_screenshots_without_a_data_folder_are_of_demo_data_elsewhere(tmp_path):
    """--screenshots alone neither shows nor creates the person's own database."""
    values = program_env()
    values.pop("CONTACTOS_DATA_DIR", None)
    values["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    shots = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--lang", "es", "--screenshots", str(shots)],
        capture_output=True,
        text=True,
        timeout=180,
        env=values,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    names = {p.name for p in shots.glob("*.png")}
    assert {"05-lead.png", "07-lead-won.png"} <= names  # (leads: the demo data)
    assert any("dialog-restore" in name for name in names)
    user_data = Path(values["XDG_DATA_HOME"]) / "Contactos"
    assert not user_data.exists() and not (Path(values["HOME"]) / ".local").exists()
    assert list((tmp_path / "tmp").iterdir()) == []  # (the demo folder is removed)


def test_damaged_database_is_reported_not_opened(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "contactos.sqlite3").write_bytes(b"not a database" * 500)
    result = contactos("--data-dir", str(data), "today")
    assert result.returncode == 3
    assert "damaged" in result.stderr


def test_cli_through_the_installed_entry_point(tmp_path):
    result = contactos("--data-dir", str(tmp_path / "d"), "leads", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
