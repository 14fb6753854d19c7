"""Lint is part of the tests: ruff's rules (pyproject.toml, with a complexity limit and
RUF100 for a `noqa` that silences nothing), ruff's format, and vulture for code nothing
calls (tests/lint_whitelist.py lists what is called by name)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEAD = ("unused function", "unused method", "unused class", "unused import", "unused property")


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff_finds_nothing():
    found = _run("ruff", "check", "--no-cache", ".")
    assert found.returncode == 0, found.stdout + found.stderr


def test_the_code_is_formatted():
    found = _run("ruff", "format", "--check", "--no-cache", ".")
    assert found.returncode == 0, found.stdout + found.stderr


def dead_code(*paths: str) -> list[str]:
    found = _run("vulture", *paths, "--min-confidence", "60", "--ignore-names", "Meta")
    assert found.returncode in (0, 3), found.stderr  # (3: it found something)
    return [
        line
        for line in found.stdout.splitlines()
        if line.split(": ", 1)[-1].startswith(DEAD) or "(100% confidence)" in line
    ]


def test_no_code_is_left_that_nothing_calls():
    assert dead_code("contactos", "ui", "bench", "build", "tests/lint_whitelist.py") == []


def test_the_dead_code_check_finds_dead_code(tmp_path):
    (tmp_path / "left.py").write_text("def forgotten():\n    return 1\n", encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in dead_code(str(tmp_path))] == [
        "unused function 'forgotten' (60% confidence)"
    ]
