"""Snoozing a reminder: from the reminder window, a notification's button or the command
line (`contactos snooze`). The schedule itself (what fires when, what was shown) is
contactos.reminders'."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from contactos import reminders
from contactos.actions.common import transaction
from contactos.reminders import Reminder


@dataclass(frozen=True)
class Snoozed:
    reminder: Reminder  # with its new firing time
    until: dt.datetime


def snooze(key: str, until: dt.datetime | str) -> Snoozed:
    """Snooze the reminder `key` (`lead-12`) until a moment, or a quick choice ('10min',
    '1h', 'tomorrow'); refused (ReminderError) when its follow-up is gone or the moment
    has passed."""
    if isinstance(until, str):
        until = reminders.snooze_until(until)
    with transaction():
        reminder = reminders.snooze(key, until)
    return Snoozed(reminder, reminder.snoozed_until)
