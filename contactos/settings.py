"""Settings kept in the database (they travel with backups), with their defaults.

The language and, later, a database URL live outside the database in settings.json,
because they are needed before the database is opened (see contactos.config).
"""

from __future__ import annotations

import contextlib
import json
import locale
import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from contactos import paths
from contactos.models import Setting

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "default_country": None,  # asked at the window's first start; see default_country()
    "default_currency": None,  # when not chosen: the default country's (see get())
    "backup_keep": 10,
    "reorder_days": 90,
    # The chance (percent) that an open lead in each stage is won, by stage key, for the
    # earnings forecast (contactos.reports.forecast); a stage not named: DEFAULT_PROBABILITY.
    "stage_probabilities": {},
    # Reminders (contactos.reminders): minutes before a follow-up with a time, the hour
    # of the morning round, whether closing the window keeps the program in the tray,
    # and since when the program watches (set the first time it does).
    "reminder_minutes": 10,
    "reminder_morning": "09:00",
    "close_to_tray": True,
    "reminders_since": None,
}

# The country assumed for phone numbers when none is stored and the system names none
# (the command line says so when it uses it).
FALLBACK_COUNTRY = "MX"

# Codes in CLDR's territory list that are not countries.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})
# Windows locale names whose territory is not called as CLDR calls it.
_WINDOWS_TERRITORIES = {
    "korea": "KR",
    "people's republic of china": "CN",
    "prc": "CN",
    "hong kong s.a.r.": "HK",
    "macao s.a.r.": "MO",
    "u.a.e.": "AE",
    "czech republic": "CZ",
    "caribbean": None,
}
_REGION_OVERRIDE = re.compile(r"(?:^|;)rg=([A-Za-z]{2})zzzz")


@cache
def _territories() -> dict[str, str]:
    """ISO 3166 code -> English name (Babel's CLDR data), countries only."""
    from babel import Locale

    return {
        code: name
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


def _known(code: str) -> str | None:
    code = code.upper()
    return code if code in _territories() else None


def _country_named(name: str) -> str | None:
    """A country from its English name, as Windows writes it (`United States`)."""
    folded = name.strip().casefold()
    if folded in _WINDOWS_TERRITORIES:
        return _WINDOWS_TERRITORIES[folded]
    for code, english in _territories().items():
        if english.casefold() == folded:
            return code
    return None


def country_of(name: str | None) -> str | None:
    """The country a locale name names, None when it names none.

    POSIX `es_MX.UTF-8`, BCP 47 `es-MX` or `es-Latn-MX`, Windows `Spanish_Mexico.1252`
    or `English_United States`, macOS `en_US@rg=mxzzzz` (region set apart from the
    language). `C`, `POSIX`, a language alone (`es`) or a region such as `es-419` name no
    country: a country is never guessed from a language.
    """
    text = (name or "").strip()
    if not text:
        return None
    base, _, modifier = text.partition("@")
    override = _REGION_OVERRIDE.search(modifier)
    if override:
        return _known(override.group(1))
    base = base.split(".", 1)[0].strip()
    if not base or base.upper() in ("C", "POSIX"):
        return None
    if "_" in base:
        rest = base.partition("_")[2]
        if len(rest) == 2 and rest.isalpha():
            return _known(rest)
        return _country_named(rest)
    for part in base.split("-")[1:]:
        if len(part) == 2 and part.isalpha():
            return _known(part)
        if len(part) == 3 and part.isdigit():
            return None  # a region of several countries (419: Latin America)
    return None


def _windows_names() -> list[str]:  # pragma: no cover - Windows only
    import ctypes

    names = []
    kernel = ctypes.windll.kernel32
    buffer = ctypes.create_unicode_buffer(85)
    # The "Country or region" of Windows' settings, then the user's locale (es-MX).
    for function in ("GetUserDefaultGeoName", "GetUserDefaultLocaleName"):
        call = getattr(kernel, function, None)
        if call is not None and call(buffer, len(buffer)):
            value = buffer.value
            names.append(f"und-{value}" if len(value) == 2 else value)
    return names


def _macos_names() -> list[str]:  # pragma: no cover - macOS only
    try:
        done = subprocess.run(
            ["defaults", "read", "-g", "AppleLocale"],
            capture_output=True,
            text=True,
            timeout=3,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return [done.stdout.strip()] if done.returncode == 0 else []


def system_locale_names() -> list[str]:
    """The names the system gives its locale, most telling first."""
    names: list[str] = []
    try:
        if sys.platform == "win32":  # pragma: no cover
            names += _windows_names()
        elif sys.platform == "darwin":  # pragma: no cover
            names += _macos_names()
    except Exception:
        log.exception("reading the system's region")
    # The environment as set, even for a locale that is not installed (es_MX on a
    # machine with C.UTF-8 only): Python's own reading turns C.UTF-8 into en_US.
    for variable in ("LC_ALL", "LC_MONETARY", "LC_NUMERIC", "LANG", "LC_MESSAGES"):
        value = os.environ.get(variable)
        if value:
            names.append(value)
    names += [p for p in os.environ.get("LANGUAGE", "").split(":") if p]
    with contextlib.suppress(locale.Error):
        names.append(locale.setlocale(locale.LC_CTYPE, None))  # Spanish_Mexico.1252
    return names


_system_country_source: Callable[[], str | None] | None = None


def install_system_country(source: Callable[[], str | None] | None) -> None:
    """Let the window tell the system's country (Qt reads it reliably everywhere)."""
    global _system_country_source
    _system_country_source = source


def system_country() -> str | None:
    """The country the system is set to (ISO 3166 code), None when it names none."""
    if _system_country_source is not None:
        code = _system_country_source()
        if code:
            return _known(code)
    for name in system_locale_names():
        code = country_of(name)
        if code:
            return code
    return None


def default_country() -> tuple[str, bool]:
    """The country for phone numbers without a country code, and whether it was chosen
    (stored); when not, the system's country, else FALLBACK_COUNTRY."""
    row = Setting.get_or_none(Setting.key == "default_country")
    if row is not None and json.loads(row.value):
        return json.loads(row.value), True
    return system_country() or FALLBACK_COUNTRY, False


def country_name(code: str, language: str = "en") -> str:
    """A country's name in `language` (Babel's CLDR data), the code when unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language).territories.get(code.upper(), code)
    except (UnknownLocaleError, ValueError):
        return code


# The currency of amounts when neither the person nor the country names one.
FALLBACK_CURRENCY = "MXN"


def get(key: str) -> Any:
    if key == "default_country":
        return default_country()[0]
    row = Setting.get_or_none(Setting.key == key)
    if row is not None:
        return json.loads(row.value)
    if key == "default_currency":
        return _country_currency()
    return DEFAULTS[key]


def _country_currency() -> str:
    """The money of the default country (EUR in Spain, MXN in Mexico), from Babel."""
    from contactos import amounts

    return amounts.country_currency(default_country()[0]) or FALLBACK_CURRENCY


def is_chosen(key: str) -> bool:
    """Whether the person chose `key` (stored) rather than taking its default."""
    return Setting.get_or_none(Setting.key == key) is not None


def put(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    Setting.replace(key=key, value=json.dumps(value)).execute()


def read_file_settings(path: Path) -> dict[str, Any]:
    """settings.json beside the database: what must be known before opening it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_file_settings(path: Path, values: dict[str, Any]) -> None:
    """Write settings.json whole or not at all (a full disk leaves the old one), readable
    by its owner only."""
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        with open(tmp, "x", encoding="utf-8", opener=paths.private_opener) as file:
            file.write(json.dumps(values, indent=2, ensure_ascii=False))
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
