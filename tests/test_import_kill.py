"""A process killed in the middle of a large import leaves the database as it was."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "contactos.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        **kwargs,
    )


def test_killed_import_leaves_nothing(tmp_path):
    data = tmp_path / "data"
    assert (
        run(
            "--data-dir",
            str(data),
            "add-lead",
            "Ana Ruiz",
            "--next",
            "Llamar",
            "--due",
            (dt.date.today() + dt.timedelta(days=30)).isoformat(),
        ).returncode
        == 0
    )
    rows = ["Nombre;Apellidos;Empresa;Teléfono;Correo"]
    rows += [
        f"Persona{n};Apellido{n};Empresa {n % 300};55{n:08d};p{n}@ejemplo.mx" for n in range(20000)
    ]
    big = tmp_path / "grande.csv"
    big.write_text("\r\n".join(rows), encoding="cp1252")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "contactos.cli",
            "--data-dir",
            str(data),
            "import",
            str(big),
            "--country",
            "MX",
            "--leads",
            "--progress",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        for line in process.stderr:
            done, _, total = line.strip().partition("/")
            if done.isdigit() and int(done) >= 20000 + 20:
                break  # the rows are read and twenty bulk writes are done: mid-transaction
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    check = run("--data-dir", str(data), "check", "--json")
    assert check.returncode == 0, check.stdout + check.stderr
    assert json.loads(check.stdout)["ok"] is True
    contacts = json.loads(run("--data-dir", str(data), "contacts", "--json").stdout)
    assert [c["name"] for c in contacts] == ["Ana Ruiz"]
    imports = json.loads(run("--data-dir", str(data), "imports", "--json").stdout)
    assert imports == []
