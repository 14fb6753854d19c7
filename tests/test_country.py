"""The country phone numbers are read in: taken from the system only where the system
names one, asked at the window's first start, said on the command line when assumed; and
a number is never turned into another country's number."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from contactos import phones, settings

# The test's days, read from the program's clock as each test starts (see _days).
TOMORROW = None


@pytest.fixture(autouse=True)
def _days(clock):
    """Today and the days around it as the program's clock reads them, held still for
    the test by the `clock` fixture: a run across midnight reads one day."""
    global TOMORROW
    today = clock.today()
    TOMORROW = (today + dt.timedelta(days=1)).isoformat()


# --- Which country a locale name names --------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("es_MX.UTF-8", "MX"),
        ("es_MX", "MX"),
        ("es_ES.ISO8859-15@euro", "ES"),
        ("es-MX", "MX"),  # BCP 47 (Windows' locale names, browsers)
        ("es-Latn-MX", "MX"),
        ("Spanish_Mexico.1252", "MX"),  # Windows' setlocale names
        ("Spanish_Spain", "ES"),
        ("English_United States.1252", "US"),
        ("Korean_Korea.949", "KR"),
        ("en_US@rg=mxzzzz", "MX"),  # macOS: English, with Mexico as the region
        ("und-CO", "CO"),
    ],
)
def test_a_locale_name_names_its_country(name, country):
    assert settings.country_of(name) == country


@pytest.mark.parametrize(
    "name",
    ["C", "C.UTF-8", "POSIX", "", None, "es", "en", "es-419", "Spanish", "xx_QQ", "Klingon_Qo"],
)
def test_no_country_is_guessed_from_a_language_or_the_c_locale(name):
    assert settings.country_of(name) is None


def test_the_system_country_comes_from_the_environment_even_when_not_installed(monkeypatch):
    for variable in ("LC_ALL", "LC_MONETARY", "LC_NUMERIC", "LANG", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(settings.locale, "setlocale", lambda *args: "C.UTF-8")
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert settings.system_country() is None  # (Python itself reads C.UTF-8 as en_US)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")  # (es_MX need not be installed)
    assert settings.system_country() == "MX"
    monkeypatch.setenv("LC_ALL", "es_CO.UTF-8")
    assert settings.system_country() == "CO"


def test_windows_setlocale_names_are_read(monkeypatch):
    for variable in ("LC_ALL", "LC_MONETARY", "LC_NUMERIC", "LANG", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(settings.locale, "setlocale", lambda *args: "Spanish_Mexico.1252")
    assert settings.system_country() == "MX"


def test_the_window_tells_the_system_country(monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    settings.install_system_country(lambda: "es")
    try:
        assert settings.system_country() == "ES"
    finally:
        settings.install_system_country(None)


def test_the_default_country_is_the_stored_one_then_the_systems_then_mexico(db, monkeypatch):
    monkeypatch.setattr(settings, "system_country", lambda: None)
    assert settings.default_country() == ("MX", False)
    monkeypatch.setattr(settings, "system_country", lambda: "CO")
    assert settings.default_country() == ("CO", False)
    assert settings.get("default_country") == "CO"
    settings.put("default_country", "ES")
    assert settings.default_country() == ("ES", True)
    assert settings.get("default_country") == "ES"


# --- A number is never turned into another country's ----------------------------------


@pytest.mark.parametrize(
    ("text", "country", "stored"),
    [
        ("33 1234 5678", "MX", "+523312345678"),
        ("(33) 1234-5678", "MX", "+523312345678"),
        ("044 33 1234 5678", "MX", "+523312345678"),  # Mexico's old mobile prefix
        ("01 33 1234 5678", "MX", "+523312345678"),  # and long-distance prefix
        ("+52 1 33 1234 5678", "US", "+523312345678"),  # written as Mexican: Mexican
        ("00 52 1 33 1234 5678", "ES", "+523312345678"),  # 00 dials abroad from Spain
        ("612 345 678", "ES", "+34612345678"),
        # Not valid where the person is: kept as written (None), never made Mexican.
        ("5213312345678", "US", None),
        ("00 52 1 33 1234 5678", "US", None),  # (from the US one dials 011)
        ("01 33 1234 5678", "US", None),
        ("612 345 678", "MX", None),
    ],
)
def test_a_number_is_read_in_its_country_only(text, country, stored):
    assert phones.normalize(text, country) == stored


# --- The command line -------------------------------------------------------------------


def test_a_c_locale_does_not_make_a_mexican_number_american(cli, monkeypatch):
    """`LANG=C.UTF-8 contactos add-lead … --phone "(33) 1234-5678"`."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, _, err = cli(
        "add-lead", "Ana Ruiz", "--phone", "(33) 1234-5678", "--next", "Llamar", "--due", TOMORROW
    )
    assert code == 0, err
    # The country it assumed is said, and how to choose one.
    assert "Mexico (MX)" in err and "contactos settings --country" in err
    contacts = json.loads(cli("contacts", "--json")[1])
    assert contacts[0]["phones"] == ["+523312345678"]


def test_a_chosen_country_is_used_and_nothing_is_said(cli, monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, out, err = cli("settings", "--country", "es")
    assert code == 0, err
    assert "(ES)" in out
    code, _, err = cli(
        "add-lead", "Ana Ruiz", "--phone", "612 345 678", "--next", "Llamar", "--due", TOMORROW
    )
    assert code == 0, err
    assert err == ""
    assert json.loads(cli("contacts", "--json")[1])[0]["phones"] == ["+34612345678"]


def test_the_currency_follows_the_country_until_one_is_chosen(cli, monkeypatch):
    """A Spanish agent's leads are in euros without choosing a currency; a currency chosen
    is kept whatever the country."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    cli("settings", "--country", "ES")
    assert json.loads(cli("settings", "--json")[1])["default_currency"] == "EUR"
    code, _, err = cli(
        "add-lead", "Ana Ruiz", "--value", "1.234,50", "--next", "x", "--due", TOMORROW
    )
    assert code == 0, err
    lead = json.loads(cli("leads", "--json")[1])[0]
    assert (lead["value"], lead["currency"]) == (1234.5, "EUR")
    cli("settings", "--currency", "USD")
    cli("settings", "--country", "MX")
    assert json.loads(cli("settings", "--json")[1])["default_currency"] == "USD"


def test_a_lead_without_phone_says_nothing_about_the_country(cli):
    code, _, err = cli("add-lead", "Ana Ruiz", "--next", "Llamar", "--due", TOMORROW)
    assert code == 0 and err == ""


def test_a_number_not_valid_for_the_country_is_refused_not_changed(cli):
    cli("settings", "--country", "US")
    code, out, err = cli(
        "add-lead", "Ana Ruiz", "--phone", "5213312345678", "--next", "x", "--due", TOMORROW
    )
    assert code == 1 and out == ""
    assert "'5213312345678' is not a phone number we can read for US" in err
    assert json.loads(cli("contacts", "--json")[1]) == []


def test_settings_command_shows_and_changes_the_defaults(cli, monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, out, _ = cli("settings", "--json")
    assert json.loads(out) == {
        "default_country": None,
        "assumed_country": "MX",
        "default_currency": "MXN",
    }
    code, out, _ = cli("settings")
    assert "not chosen yet" in out and "Mexico (MX)" in out
    code, out, err = cli("settings", "--country", "co", "--currency", "cop")
    assert code == 0, err
    assert json.loads(cli("settings", "--json")[1]) == {
        "default_country": "CO",
        "assumed_country": None,
        "default_currency": "COP",
    }
    code, out, _ = cli("--lang", "es", "settings")
    assert "Colombia (CO)" in out and "COP" in out


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--country", "XX", "'XX' is not a country code"),
        ("--country", "Mexico", "'Mexico' is not a country code"),
        ("--currency", "PESOS", "'PESOS' is not a currency code"),
    ],
)
def test_settings_command_refuses_unknown_codes(cli, capsys, option, value, says):
    with pytest.raises(SystemExit) as info:
        cli("settings", option, value)
    assert info.value.code == 2
    assert says in capsys.readouterr().err
    assert json.loads(cli("settings", "--json")[1])["default_country"] is None


def test_add_lead_refuses_an_unknown_country(cli, capsys):
    with pytest.raises(SystemExit):
        cli("add-lead", "Ana", "--phone", "5512345678", "--country", "ZZ", "--next", "x")
    assert "'ZZ' is not a country code" in capsys.readouterr().err


# --- The window's first start -----------------------------------------------------------


def drive_modal(action) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            action(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def test_first_start_asks_the_country_preselected_from_the_system(qtbot, db, monkeypatch):
    from ui.dialogs import first_run

    monkeypatch.setattr(first_run, "qt_system_country", lambda: "CO")
    seen = {}

    def answer(dialog):
        seen["preselected"] = dialog.country_combo.currentData()
        index = dialog.country_combo.findData("ES")
        dialog.country_combo.setCurrentIndex(index)
        qtbot.keyClick(dialog.country_combo, Qt.Key.Key_Return)
        if dialog.isVisible():
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    drive_modal(answer)
    assert first_run.ask_country_if_needed() == "ES"
    assert seen["preselected"] == "CO"
    assert settings.default_country() == ("ES", True)
    # Asked once: the next start says nothing.
    assert first_run.ask_country_if_needed() is None


def test_first_start_closed_without_an_answer_asks_again(qtbot, db, monkeypatch):
    from ui.dialogs import first_run

    monkeypatch.setattr(first_run, "qt_system_country", lambda: None)
    monkeypatch.setattr(settings, "system_country", lambda: None)
    seen = {}

    def close(dialog):
        seen["preselected"] = dialog.country_combo.currentData()
        dialog.reject()

    drive_modal(close)
    assert first_run.ask_country_if_needed() is None
    assert seen["preselected"] == "MX"  # the system names none: the program's default
    assert settings.default_country() == ("MX", False)  # not chosen: asked next time
