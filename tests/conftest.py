"""Test set-up: offscreen Qt (before Qt is imported) and a private data folder per test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """No test ever touches the real user data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CONTACTOS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("LANG", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LC_NUMERIC", raising=False)  # (the CSV style follows it)


@pytest.fixture
def db(tmp_path):
    """An open, empty Contactos database in a temporary folder."""
    from contactos.paths import resolve_paths
    from contactos.session import close_session, open_session

    database = open_session(resolve_paths(tmp_path / "data"), auto_backup=False)
    yield database
    close_session()


@pytest.fixture(autouse=True)
def _english_messages():
    """Each test starts and ends with untranslated domain messages."""
    from contactos import i18n

    i18n.install(None)
    yield
    i18n.install(None)


@pytest.fixture(autouse=True)
def _running_clock(monkeypatch):
    """Each test starts with the program's clock running (a test that sets it, with the
    `clock` fixture, leaves it running for the next)."""
    from contactos import clock

    monkeypatch.delenv(clock.ENV_CLOCK, raising=False)
    clock.set(None)
    yield
    clock.set(None)


@pytest.fixture
def clock():
    """The program's one clock, fixed by the test: `clock.set(moment)`, `clock.advance(d)`.

    Fixed at the moment the test starts, so that a run across midnight reads one day."""
    from contactos import clock as program_clock

    program_clock.set(program_clock.now())
    return program_clock


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true nothing skips for want of a fixture: a skip is a failure there."""
    outcome = yield
    report = outcome.get_result()
    if _in_ci() and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"skipped under CI=true, which must run every test: {reason}"
