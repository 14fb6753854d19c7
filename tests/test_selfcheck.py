"""`contactos --self-check`, run as the real program from the source tree: one line, exit
0 when everything works, non-zero and the failing step otherwise, and never a file in
the person's own folders. (The packaged program's self-check runs in .ci/run, through
build/package.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_notifications import Server, session_bus  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parent.parent


def self_check(tmp_path: Path, *, code: str | None = None, env: dict | None = None):
    """Run the self-check in a process of its own, with its own temporary folder."""
    scratch = tmp_path / "tmp"
    scratch.mkdir(exist_ok=True)
    environ = dict(os.environ, TMPDIR=str(scratch), TEMP=str(scratch), TMP=str(scratch))
    environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    environ.update(env or {})
    command = [sys.executable, "-m", "ui.launcher", "--self-check"]
    if code is not None:
        command = [sys.executable, "-c", code]
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
    )
    return result, scratch


def test_the_self_check_passes_in_one_line_and_leaves_nothing_behind(tmp_path):
    user_data = Path(os.environ["CONTACTOS_DATA_DIR"])  # (conftest: the person's folder)
    home = Path(os.environ["HOME"])
    before = sorted(home.rglob("*"))
    result, scratch = self_check(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("contactos self-check: ok in "), line
    assert "Contactos 0.1.0" in line and "Spanish catalogues (ours and Qt's)" in line
    assert "6 views" in line and "crash dialog and log" in line
    # No notification service here: the reminder window took the test reminder.
    assert "reminder: window (" in line
    assert not user_data.exists()
    assert sorted(home.rglob("*")) == before
    assert list(scratch.iterdir()) == []  # (its temporary folder is gone)


def test_with_a_notification_service_the_test_reminder_is_a_notification(
    tmp_path,
    session_bus,  # noqa: F811
):
    server = Server(session_bus)
    try:
        result, _ = self_check(
            tmp_path, env={"DBUS_SESSION_BUS_ADDRESS": session_bus, "LANG": "es_MX.UTF-8"}
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.rstrip().endswith("reminder: notification)")
        notification = server.lines.next()
    finally:
        server.stop()
    # (in Spanish: the self-check loads the Spanish catalogue)
    assert notification["summary"] == "Llamada: Recordatorio de prueba de la autocomprobación"
    assert notification["body"].startswith("Begoña Núñez\n")


def test_a_failing_step_is_named_and_the_exit_code_is_not_zero(tmp_path):
    broken = (
        "import sys\n"
        "from contactos import demo\n"
        "def load_demo(*args, **kwargs):\n"
        "    raise OSError('the demo data cannot be read')\n"
        "demo.load_demo = load_demo\n"
        "from ui.selfcheck import main\n"
        "sys.exit(main())\n"
    )
    result, scratch = self_check(tmp_path, code=broken)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "contactos self-check: FAILED at demo: OSError: the demo data cannot be read"
    ]
    assert "Traceback" in result.stderr
    assert not Path(os.environ["CONTACTOS_DATA_DIR"]).exists()


def test_the_command_line_program_runs_the_same_check(tmp_path):
    """`contactos-cli --self-check` is the launcher with the same argument: the check,
    not a command (and `--self-check` is not read as an unknown command)."""
    from ui import launcher

    code = "import sys; from ui.launcher import main; sys.exit(main(['--self-check']))"
    result, _ = self_check(tmp_path, code=code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("contactos self-check: ok")
    assert not launcher.wants_cli(["--self-check"])
    assert result.stdout.count("\n") == 1
