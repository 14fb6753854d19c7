"""The command-line side of reminders: `contactos reminders` lists what is due and missed
now, `contactos snooze ID --until WHEN` snoozes one. Registered by contactos.cli; a cron
job or a script can use them on a machine without the window."""

from __future__ import annotations

import argparse
import json
import sys

from contactos import reminders
from contactos.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Reminders"
DUE_NOW = QT_TRANSLATE_NOOP("Reminders", "Reminders due now: {count}")
SNOOZED = QT_TRANSLATE_NOOP("Reminders", "Reminder {id} snoozed until {until}.")
HEADERS = (
    QT_TRANSLATE_NOOP("Reminders", "Due"),
    QT_TRANSLATE_NOOP("Reminders", "Contact"),
    QT_TRANSLATE_NOOP("Reminders", "Lead"),
    QT_TRANSLATE_NOOP("Reminders", "What"),
    QT_TRANSLATE_NOOP("Reminders", "Snoozed until"),
)


def add_parsers(command) -> None:
    p = command(
        "reminders",
        translate(
            "CLI",
            "list the reminders due now: fired (also while the program was closed), not yet "
            "done, moved or snoozed",
        ),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("CLI", "print JSON instead of a table")
    )

    p = command(
        "snooze", translate("CLI", "snooze a reminder (by the id 'contactos reminders' prints)")
    )
    p.add_argument(
        "id",
        metavar=translate("CLI", "ID"),
        help=translate("CLI", "lead-12, activity-5 or commitment-3"),
    )
    p.add_argument(
        "--until",
        required=True,
        metavar=translate("CLI", "WHEN"),
        help=translate(
            "CLI",
            "10m, 1h, 2d, tomorrow (its morning round), 15:30, or a date and a time "
            "(01/12/2026 15:30, 2026-12-01T15:30)",
        ),
    )


def _when(reminder: reminders.Reminder) -> str:
    text = reminder.due_day.strftime("%d/%m/%Y")
    if reminder.due_time is not None:
        text += reminder.due_time.strftime(" %H:%M")
    return text


def cmd_reminders(args: argparse.Namespace) -> int:
    due = reminders.active()
    if args.json:
        json.dump([r.as_json() for r in due], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from contactos.cli import _table

    print(translate(CONTEXT, DUE_NOW).format(count=len(due)))
    if not due:
        return 0
    _table(
        [
            [
                r.key,
                _when(r),
                r.contact[:30],
                r.title[:30],
                r.what[:40],
                r.snoozed_until.strftime("%d/%m/%Y %H:%M") if r.snoozed_until else "",
            ]
            for r in due
        ],
        ["ID", *(translate(CONTEXT, header) for header in HEADERS)],
    )
    return 0


def cmd_snooze(args: argparse.Namespace) -> int:
    from contactos.actions import reminders as reminder_actions

    snoozed = reminder_actions.snooze(args.id, reminders.parse_until(args.until))
    print(
        translate(CONTEXT, SNOOZED).format(
            id=snoozed.reminder.key, until=snoozed.until.strftime("%d/%m/%Y %H:%M")
        )
    )
    return 0
