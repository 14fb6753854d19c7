"""The things a person does, one function each: the use-case layer.

The command line, the dialogs and views of the window, a reminder's Done and (later) a
drag on the calendar or the board are adapters: they read arguments or widgets, call one
function here, and show its result or its refusal. Nothing else writes to the database
on a person's behalf.

Each action

- opens the transaction (``with transaction():``, a savepoint inside another one, as in
  the demo or a test): everything it writes, or nothing;
- reads the rows it is about again inside it (a caller's copy may be stale; a refused
  action leaves the caller's copy as it was), refusing with :class:`Missing` when one is
  gone;
- calls the rules (:mod:`contactos.rules`, :mod:`contactos.contacts`), which validate
  first and write afterwards, and raises their translatable errors (FollowUpError,
  ContactError, ReminderError) as its refusals, with the field they are about;
- returns a typed result (a frozen dataclass).

Where the transaction lives: the rules and contacts functions open **no** transaction of
their own. They are helpers that check and change rows inside the caller's transaction;
the action is the one owner of it, so that an action made of several rules (a lead with
a new contact, representada and source; an edit that changes data, stage and next action)
is all or nothing without nested savepoints, and no rule is an action of its own. The
rules still validate before they write, so a rule called alone (a unit test) that refuses
writes nothing; only the actions are called by the program's adapters (see
tests/test_architecture.py).

Modules (import them as ``from contactos.actions import leads``; this package imports
none of them, so that contactos.contacts can use ``names`` without a cycle):

- names: the one way to find or create a representada, a source or a tag by name;
- contacts: add_contact, edit_contact;
- leads: add_lead (with an existing or a new contact), edit_lead, save_checklist,
  change_stage, undo_stage_change, set_next_action;
- closing: win, lose, not_confirmed, reopen, record_commission;
- followups: log_activity, plan_activity, mark_done, reschedule, undo_reschedule;
- checklist: add_impediment, resolve_impediment, add_commitment, complete_commitment,
  reopen_commitment (the undo of a commitment kept);
- commissions: record (invoiced, customer-paid, received), record_received, cancel;
- representadas: add, edit, archive, restore;
- reminders: snooze;
- preferences: save_preferences;
- backups: backup_now, restore, restore_over_damaged;
- imports: choose_mapping, plan_import, run_import, undo_import, list_imports;
- exports: export (leads, contacts, activities, a source's report, the calendar);
- reports: compute (a report of contactos.reports for a period), export (to CSV, xlsx).
"""

from __future__ import annotations

from contactos.actions.common import Missing

__all__ = ["Missing"]
