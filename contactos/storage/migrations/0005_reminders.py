"""Reminders: what the program did with each one (shown, snoozed), so that a snooze
survives a restart and a reminder that fell due while the program was closed is shown
once, at the next start (see contactos.reminders)."""

from peewee import CharField, DateTimeField, Model


def up(migrator, db):
    class ReminderState(Model):
        key = CharField()
        due = CharField()
        snoozed_until = DateTimeField(null=True)
        deferred_to = DateTimeField(null=True)
        shown_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "reminder_state"
            indexes = ((("key", "due"), True),)

    db.create_tables([ReminderState])
