"""Test set-up: offscreen Qt (before Qt is imported) and a private data folder per test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest


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


@pytest.fixture
def paths(tmp_path):
    """The test's data folder (tmp_path/data, the one `db` opens), its paths resolved."""
    from contactos.paths import resolve_paths

    return resolve_paths(tmp_path / "data")


@pytest.fixture
def where(paths):
    """`paths`, under the name the storage tests (and contactos.cli) give it."""
    return paths


@pytest.fixture
def demo_db(db):
    """The database of `db` with the demo data loaded."""
    from contactos import demo

    demo.load_demo()
    return db


@pytest.fixture
def window(qtbot, demo_db, paths):
    """The main window on the demo data, shown at 1280x800 and loaded."""
    from helpers import show_window

    return show_window(qtbot, paths)


@pytest.fixture
def cli(tmp_path, capsys):
    """Run the command line in this process on the test's data folder (`cli.data`):
    `code, out, err = cli("today", "--json")`."""
    from contactos.cli import main

    data = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.data = data
    return run


def _window_language(qapp, language: str):
    """Install `language` as the program does (its catalogue, Qt's, the locale); undo
    it afterwards."""
    from PySide6.QtCore import QLocale

    from ui import translation

    locale = QLocale()
    installed = translation.install(qapp, language)
    yield language
    for translator in installed:
        qapp.removeTranslator(translator)
    translation.i18n.install(None)
    QLocale.setDefault(locale)


@pytest.fixture
def in_spanish(qapp):
    """The window in Spanish, as the program installs it."""
    yield from _window_language(qapp, "es")


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    """Each test in English and in Spanish (the catalogue installed as the program does)."""
    yield from _window_language(qapp, request.param)


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
