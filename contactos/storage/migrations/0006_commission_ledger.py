"""Commissions followed from the win to the money (issue 13): a representada's payment
terms and contact person, whether a lead's commission rate is its own, and the ledger of
what was invoiced, paid by the customer and received.

- `representada.payment_terms_days`: days from the customer's payment to the commission;
  `representada.contact_person`: who to ask there.
- `lead.commission_rate_own`: the lead's rate was set by the person, not taken from its
  representada. A representada's new rate reaches its open leads whose rate is not their
  own; a won or lost lead keeps the rate it was closed with. Set here for the leads whose
  rate differs from their representada's (or that have a rate and no representada).
- `commission_entry`: one row per thing that happened to a won lead's commission (kind
  'invoiced', 'customer-paid', 'received'), with its date and amount; a wrong one is
  cancelled (`cancelled_at`, `cancel_reason`), never deleted. `batch` names the entries
  a representada's statement proved, recorded (and undone) together. The receipts recorded before
  this migration (`lead.commission_received_on`, `..._amount`) become 'received' rows;
  those two columns stay, unread.
"""

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    # With their defaults in the schema too: a row written by another program (a script,
    # an older tool) that does not name them is still accepted.
    migrator.migrate(
        migrator.add_column(
            "representada",
            "payment_terms_days",
            IntegerField(default=30, constraints=[SQL("DEFAULT 30")]),
        ),
        migrator.add_column(
            "representada", "contact_person", CharField(default="", constraints=[SQL("DEFAULT ''")])
        ),
        migrator.add_column(
            "lead",
            "commission_rate_own",
            BooleanField(default=False, constraints=[SQL("DEFAULT 0")]),
        ),
    )

    class Lead(Model):
        class Meta:
            database = db
            table_name = "lead"

    class CommissionEntry(Model):
        lead = ForeignKeyField(Lead, on_delete="CASCADE")
        kind = CharField()
        date = DateField()
        amount = DecimalField(max_digits=14, decimal_places=2, null=True)
        commission = DecimalField(max_digits=14, decimal_places=2, null=True)
        note = TextField(default="")
        created_at = DateTimeField()
        cancelled_at = DateTimeField(null=True)
        cancel_reason = TextField(default="")
        batch = CharField(default="", index=True)

        class Meta:
            database = db
            table_name = "commission_entry"

    db.create_tables([CommissionEntry])
    db.execute_sql(
        "UPDATE lead SET commission_rate_own = 1 WHERE commission_rate IS NOT NULL AND ("
        "representada_id IS NULL OR commission_rate <> "
        "(SELECT r.commission_rate FROM representada r WHERE r.id = lead.representada_id))"
    )
    # A receipt recorded before the ledger: its amount as recorded (NULL when it was
    # recorded without one and the lead had no expected commission: unknown, not zero).
    db.execute_sql(
        "INSERT INTO commission_entry (lead_id, kind, date, amount, commission, note, "
        "created_at, cancel_reason, batch) "
        "SELECT id, 'received', commission_received_on, commission_received_amount, "
        "commission_received_amount, '', COALESCE(closed_at, updated_at), '', '' FROM lead "
        "WHERE commission_received_on IS NOT NULL ORDER BY id"
    )
