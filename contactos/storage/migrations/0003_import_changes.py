"""What each import changed in existing contacts, so that a batch can be undone exactly.

A merge fills empty fields, adds e-mails and phones and appends notes; each of those is
one row here (the field, its old value, the new value), reverted in reverse order.
"""

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class ImportBatch(Model):
        class Meta:
            database = db
            table_name = "import_batch"

    class ImportChange(Model):
        batch = ForeignKeyField(ImportBatch, on_delete="CASCADE")
        contact_id = IntegerField(null=True, index=True)
        lead_id = IntegerField(null=True)
        kind = CharField()
        field = CharField(default="")
        old_value = TextField(default="")
        new_value = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "import_change"

    db.create_tables([ImportChange])
