"""The program in the background, as real processes: one running copy, a reminder that
reaches a notification server on a private session bus and its buttons, the start at
login files."""

from __future__ import annotations

import datetime as dt
import plistlib
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from helpers import ROOT, program_env

from contactos import autostart


def seeded(data: Path) -> Path:
    """A data folder with one contact (an empty one would first offer the demo data) and
    its country chosen (else the first start asks for it)."""
    from contactos import settings
    from contactos.contacts import ContactData, create_contact
    from contactos.paths import resolve_paths
    from contactos.session import close_session, open_session

    open_session(resolve_paths(data), auto_backup=False)
    try:
        create_contact(ContactData(first_name="Ana", company="Aceros del Golfo"))
        settings.put("default_country", "MX")
    finally:
        close_session()
    return data


def window(data: Path, *args: str, **extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(data), "--ready-line", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=program_env(**extra),
        cwd=ROOT,
    )


def wait_line(process: subprocess.Popen, wanted: str, timeout: float = 90) -> str:
    # The lines are read in a thread: a program stuck before it prints must fail the
    # test, not hang it.
    lines = getattr(process, "lines", None)
    if lines is None:
        lines = process.lines = queue.Queue()

        def pump() -> None:
            try:
                for line in process.stdout:
                    lines.put(line)
            except (OSError, ValueError):  # (closed by stop() while reading)
                pass
            lines.put("")

        threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(deadline - time.monotonic(), 0.01))
        except queue.Empty:
            break
        if wanted in line:
            return line
        if not line:
            break
    raise AssertionError(f"{wanted!r} did not come")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    process.stdout.close()
    process.stderr.close()


def test_a_second_launch_brings_the_first_forward(tmp_path):
    data = seeded(tmp_path / "data")
    first = window(data)
    try:
        wait_line(first, "window shown")
        second = subprocess.run(
            [sys.executable, "-m", "ui.launcher", "--data-dir", str(data), "--ready-line"],
            capture_output=True,
            text=True,
            env=program_env(),
            cwd=ROOT,
            timeout=90,
        )
        assert second.returncode == 0, second.stderr
        assert "already running (raised: True)" in second.stdout
        wait_line(first, "contactos: raised", timeout=30)
        # another data folder is another copy
        other = window(seeded(tmp_path / "other"))
        try:
            wait_line(other, "window shown")
        finally:
            stop(other)
    finally:
        stop(first)
    assert first.returncode == 0
    log = (data / "logs" / "contactos.log").read_text(encoding="utf-8")
    assert "another launch asked to come forward" in log and "closing normally" in log
    # the lock went with the first copy: a new launch is the first again
    again = window(data)
    try:
        wait_line(again, "window shown")
    finally:
        stop(again)


def test_a_reminder_reaches_a_real_notification_server(tmp_path):
    """The real program, its window open, a lead written by another program due in a
    moment: the notification reaches the server on the session bus; Snooze from it
    writes the snooze; a click opens the reminder window."""
    from test_notifications import Server, _need

    daemon = _need("dbus-daemon")
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = bus.stdout.readline().strip()
    server = Server(address)
    data = seeded(tmp_path / "data")
    program = None
    try:
        program = window(data, DBUS_SESSION_BUS_ADDRESS=address, CONTACTOS_DATA_DIR=str(data))
        wait_line(program, "window shown")
        # another program (a script) writes a follow-up due in 15 seconds
        from contactos import rules
        from contactos.models import Contact
        from contactos.paths import resolve_paths
        from contactos.session import close_session, open_session

        open_session(resolve_paths(data), auto_backup=False)
        try:
            due = (dt.datetime.now() + dt.timedelta(seconds=15)).replace(microsecond=0)
            contact = Contact.get()
            lead = rules.create_lead(
                contact, "Malla", rules.NextAction("Llamar a Ana", due.date(), "call", due.time())
            )
        finally:
            close_session()
        received = server.lines.next(timeout=90)
        assert dt.datetime.now() >= due - dt.timedelta(seconds=2)  # at its time, not at once
        assert received["app_name"] == "Contactos"
        assert received["summary"] == "Call: Llamar a Ana"
        assert received["body"].startswith("Ana · Aceros del Golfo\nMalla — today at ")
        assert received["actions"][2:] == ["done", "Done", "snooze", "Snooze 10 min"]
        # (a person takes longer: desktop-notifier files the id once Notify returns)
        time.sleep(1.5)
        server.send(f"invoke {received['id']} snooze")
        deadline = time.monotonic() + 30
        import sqlite3

        snoozed = None
        while time.monotonic() < deadline and not snoozed:
            con = sqlite3.connect(data / "contactos.sqlite3")
            row = con.execute(
                "SELECT snoozed_until FROM reminder_state WHERE key = ?", (f"lead-{lead.id}",)
            ).fetchone()
            con.close()
            snoozed = row and row[0]
            time.sleep(0.3)
        assert snoozed, "the snooze did not reach the database"
    finally:
        if program is not None:
            stop(program)
        server.stop()
        bus.terminate()
        bus.wait(timeout=10)
        bus.stdout.close()
    assert program.returncode == 0


# --- Start at login ---------------------------------------------------------------------


def test_freedesktop_autostart(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not autostart.is_enabled(on="freedesktop")
    where = autostart.enable(["--data-dir", "/tmp/mis datos"], on="freedesktop")
    path = tmp_path / "config" / "autostart" / "contactos.desktop"
    assert where == str(path) and autostart.is_enabled(on="freedesktop")
    text = path.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "Type=Application" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert "ui.launcher --background --data-dir" in exec_line
    assert exec_line.endswith('"/tmp/mis datos"')
    autostart.disable(on="freedesktop")
    assert not path.exists() and not autostart.is_enabled(on="freedesktop")


def test_macos_launch_agent(tmp_path):
    autostart.enable([], on="macos", home=tmp_path)
    path = tmp_path / "Library" / "LaunchAgents" / "invalid.contactos.Contactos.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "invalid.contactos.Contactos"
    assert agent["RunAtLoad"] is True
    assert agent["ProgramArguments"][-1] == "--background"
    assert autostart.is_enabled(on="macos", home=tmp_path)
    autostart.disable(on="macos", home=tmp_path)
    assert not autostart.is_enabled(on="macos", home=tmp_path)


def test_windows_run_key():
    class Registry:
        value = None

        def get(self):
            return self.value

        def set(self, value):
            self.value = value

        def delete(self):
            self.value = None

    registry = Registry()
    assert not autostart.is_enabled(on="windows", registry=registry)
    where = autostart.enable([], on="windows", registry=registry)
    assert where.endswith(r"Software\Microsoft\Windows\CurrentVersion\Run")
    assert registry.value.endswith("ui.launcher --background")
    assert autostart.is_enabled(on="windows", registry=registry)
    autostart.disable(on="windows", registry=registry)
    assert not autostart.is_enabled(on="windows", registry=registry)


def test_frozen_program_starts_itself(monkeypatch, tmp_path):
    exe = tmp_path / "Contactos.app" / "Contents" / "MacOS" / "Contactos"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(autostart, "system", lambda: "macos")
    assert autostart.command(["--background"]) == [
        "/usr/bin/open",
        "-a",
        str(tmp_path / "Contactos.app"),
        "--args",
        "--background",
    ]
    monkeypatch.setattr(autostart, "system", lambda: "windows")
    assert autostart.command(["--background"]) == [str(exe), "--background"]
