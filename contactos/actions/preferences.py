"""Saving the preferences: the language (settings.json, read before the database opens)
and the defaults kept in the database (country, currency, backups kept, re-order days,
reminders). The window's Preferences and first start, and `contactos settings`, save
through here."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from contactos import settings
from contactos.actions.common import transaction

LANGUAGE_KEY = "language"


@dataclass(frozen=True)
class Preferences:
    """What to save; None leaves a preference as it is."""

    language: str | None = None  # 'system', 'es', 'en' (needs `settings_file`)
    default_country: str | None = None
    default_currency: str | None = None
    backup_keep: int | None = None
    reorder_days: int | None = None
    reminder_minutes: int | None = None
    reminder_morning: str | None = None  # 'HH:MM'
    close_to_tray: bool | None = None


@dataclass(frozen=True)
class PreferencesSaved:
    saved: tuple[str, ...]  # the names of the preferences written


def save_preferences(
    preferences: Preferences, *, settings_file: Path | None = None
) -> PreferencesSaved:
    """Write the preferences given. The language goes to `settings_file` first (an
    OSError when it cannot be written: then nothing is saved), the rest in one
    transaction."""
    saved = []
    if preferences.language is not None:
        if settings_file is None:
            raise ValueError("the language is kept in settings.json: give settings_file")
        values = settings.read_file_settings(settings_file)
        if values.get(LANGUAGE_KEY) != preferences.language:
            values[LANGUAGE_KEY] = preferences.language
            settings_file.parent.mkdir(parents=True, exist_ok=True)
            settings.write_file_settings(settings_file, values)
        saved.append(LANGUAGE_KEY)
    with transaction():
        for item in dataclasses.fields(preferences):
            value = getattr(preferences, item.name)
            if item.name == LANGUAGE_KEY or value is None:
                continue
            settings.put(item.name, value)
            saved.append(item.name)
    return PreferencesSaved(tuple(saved))
