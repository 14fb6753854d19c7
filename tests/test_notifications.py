"""Real notifications on a real session bus: a private dbus-daemon, the notification
server of tests/notification_server.py on org.freedesktop.Notifications, and the
program's notifier (ui.notify) talking to it through desktop-notifier."""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from contactos.reminders import Reminder

ROOT = Path(__file__).resolve().parent.parent
SERVER = Path(__file__).with_name("notification_server.py")


def _need(program: str) -> str:
    found = shutil.which(program)
    if found:
        return found
    if os.environ.get("CI") == "true":  # .ci/run installs it: missing is a failure there
        pytest.fail(f"{program} is not installed (apt-get install dbus-daemon)")
    pytest.skip(f"{program} is not installed")


class Lines:
    """A process's stdout, one JSON value per line, read in a thread."""

    def __init__(self, stream) -> None:
        self.queue: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            try:
                self.queue.put(json.loads(line))
            except ValueError:
                self.queue.put({"text": line.rstrip()})

    def next(self, timeout: float = 20.0, pump=None) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                return self.queue.get(timeout=0.05)
            except queue.Empty:
                if pump is not None:
                    pump()
        raise AssertionError("nothing arrived in time")


@pytest.fixture
def session_bus(monkeypatch):
    """A private session bus; DBUS_SESSION_BUS_ADDRESS points to it."""
    daemon = _need("dbus-daemon")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # (it cannot raise its file limit in a container)
        text=True,
    )
    address = process.stdout.readline().strip()
    assert address.startswith("unix:"), address
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


class Server:
    def __init__(self, address: str) -> None:
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address)
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines = Lines(self.process.stdout)
        assert self.lines.next() == {"ready": True}

    def send(self, command: str) -> None:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process.stdin.close()
        self.process.stdout.close()


@pytest.fixture
def server(session_bus):
    running = Server(session_bus)
    yield running
    running.stop()


def reminder(key: str = "lead-7", what: str = "Confirmar la cotización") -> Reminder:
    return Reminder(
        key=key,
        kind="lead",
        target_id=int(key.split("-")[1]),
        lead_id=int(key.split("-")[1]),
        action="call",
        what=what,
        title="Compresores",
        contact="José Núñez",
        company="Ferretería El Águila",
        due_day=dt.date(2026, 11, 30),
        due_time=dt.time(11, 0),
        fire_at=dt.datetime(2026, 11, 30, 10, 50),
    )


@pytest.fixture
def notifier(qapp, clock):
    from ui.notify import Notifier

    clock.set(dt.datetime(2026, 11, 30, 10, 50))
    made = Notifier()
    yield made
    made.stop()


def test_a_notification_reaches_the_bus_and_its_buttons_come_back(qtbot, server, notifier):
    with qtbot.waitSignal(notifier.sent, timeout=20000):
        notifier.notify([reminder()])
    received = server.lines.next(pump=qapp_pump)
    assert received["app_name"] == "Contactos"
    assert received["summary"] == "Call: Confirmar la cotización"
    assert received["body"] == "José Núñez · Ferretería El Águila\nCompresores — today at 11:00"
    actions = received["actions"]
    assert dict(zip(actions[::2], actions[1::2], strict=True)) == {
        "default": "",
        "done": "Done",
        "snooze": "Snooze 10 min",
    }
    with qtbot.waitSignal(notifier.done, timeout=10000) as done:
        server.send(f"invoke {received['id']} done")
    assert done.args == ["lead-7"]

    with qtbot.waitSignal(notifier.sent, timeout=20000):
        notifier.notify([reminder("activity-3", "Visita a la obra")])
    second = server.lines.next(pump=qapp_pump)
    while "id" not in second:  # (the server's acknowledgement of the last command)
        second = server.lines.next(pump=qapp_pump)
    with qtbot.waitSignal(notifier.snoozed, timeout=10000) as snoozed:
        server.send(f"invoke {second['id']} snooze")
    assert snoozed.args == ["activity-3"]

    with qtbot.waitSignal(notifier.sent, timeout=20000):
        notifier.notify([reminder("commitment-2", "Enviar catálogo")])
    third = server.lines.next(pump=qapp_pump)
    while "id" not in third:
        third = server.lines.next(pump=qapp_pump)
    with qtbot.waitSignal(notifier.clicked, timeout=10000) as clicked:
        server.send(f"invoke {third['id']} default")  # a click on the notification
    assert clicked.args == ["commitment-2"]


def test_many_at_once_come_as_one_notification(qtbot, server, notifier):
    found = [reminder(f"lead-{n}", f"Llamada {n}") for n in range(1, 6)]
    with qtbot.waitSignal(notifier.sent, timeout=20000):
        notifier.notify(found)
    received = server.lines.next(pump=qapp_pump)
    assert received["summary"] == "5 reminder(s) due"
    assert received["body"].splitlines()[-1] == "and 2 more"
    assert received["actions"] == ["default", ""]
    with qtbot.waitSignal(notifier.clicked, timeout=10000) as clicked:
        server.send(f"invoke {received['id']} default")
    assert clicked.args == [""]


def test_no_notification_service_means_the_window(qtbot, session_bus, notifier):
    """A bus without org.freedesktop.Notifications: the reminders come back as failed."""
    with qtbot.waitSignal(notifier.failed, timeout=20000) as failed:
        notifier.notify([reminder()])
    assert failed.args == [["lead-7"]]


def test_no_bus_at_all_means_the_window(qtbot, notifier, monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    with qtbot.waitSignal(notifier.failed, timeout=20000) as failed:
        notifier.notify([reminder(), reminder("lead-8")])
    assert failed.args[0] in (["lead-7"], ["lead-8"])  # (each one on its own)


def qapp_pump() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
