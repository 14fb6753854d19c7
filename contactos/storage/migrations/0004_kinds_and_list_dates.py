"""What the program writes itself is stored as a kind, not as words in one language; a
lead keeps the date it has in its source's list; representadas and sources may name the
currency their amounts are in.

- `lead.next_action_template`, `activity.subject_template`, `activity.outcome_template`:
  the kind of a text the program wrote itself ('first-contact', 'reorder',
  'confirm-loss', 'cancelled-reopened'), shown in the reader's language; empty for what
  a person wrote. Rows written before this migration in English or Spanish are turned
  into their kind.
- `lead.listed_on`: the date the lead carries in the distributor's list ("Fecha de alta"),
  where the list had one; `received_at` stays the moment it reached the program.
- `representada.currency`, `source.currency`: ISO 4217 code, empty when not set.
"""

from peewee import CharField, DateField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("lead", "next_action_template", CharField(default="")),
        migrator.add_column("lead", "listed_on", DateField(null=True)),
        migrator.add_column("activity", "subject_template", CharField(default="")),
        migrator.add_column("activity", "outcome_template", CharField(default="")),
        migrator.add_column("representada", "currency", CharField(default="")),
        migrator.add_column("source", "currency", CharField(default="")),
    )
    # Texts the program wrote in the language of the moment, before kinds existed.
    db.execute_sql(
        "UPDATE lead SET next_action_template = 'first-contact', next_action_what = '' "
        "WHERE next_action_what IN ('First contact', 'Primer contacto')"
    )
    db.execute_sql(
        "UPDATE lead SET next_action_template = 'confirm-loss', next_action_what = '' "
        "WHERE next_action_what IN ('Confirm with the prospect whether they will buy', "
        "'Confirmar con el prospecto si va a comprar')"
    )
    db.execute_sql(
        "UPDATE activity SET subject_template = 'reorder', subject = '' "
        "WHERE subject LIKE 'Re-order follow-up: %' OR subject LIKE 'Seguimiento de recompra: %'"
    )
    db.execute_sql(
        "UPDATE activity SET outcome_template = 'cancelled-reopened', outcome = '' "
        "WHERE outcome IN ('Cancelled: lead reopened', 'Cancelada: prospecto reabierto')"
    )
