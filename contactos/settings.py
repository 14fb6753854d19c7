"""Settings kept in the database (they travel with backups), with their defaults.

The language and, later, a database URL live outside the database in settings.json,
because they are needed before the database is opened (see contactos.config).
"""

from __future__ import annotations

import json
import locale
from pathlib import Path
from typing import Any

from contactos import paths
from contactos.models import Setting

DEFAULTS: dict[str, Any] = {
    "default_country": None,  # from the system locale the first time
    "default_currency": "MXN",
    "backup_keep": 10,
    "reorder_days": 90,
}


def system_country() -> str:
    """The country part of the system locale (es_MX -> MX), Mexico when unknown."""
    for value in (locale.getlocale()[0], locale.setlocale(locale.LC_CTYPE, None)):
        if value and "_" in value:
            country = value.split("_", 1)[1][:2].upper()
            if country.isalpha() and len(country) == 2:
                return country
    return "MX"


def get(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is not None:
        return json.loads(row.value)
    if key == "default_country":
        return system_country()
    return DEFAULTS[key]


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
