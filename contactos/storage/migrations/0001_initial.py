"""Initial schema: contacts, leads and their follow-up history (generated, then frozen).

Python-side defaults (timestamps) are not part of the DDL, so they are not repeated here.
"""

# ruff: noqa: F403, F405
from peewee import *


def up(migrator, db):
    class Organization(Model):
        name = CharField(index=True)
        website = CharField(default="")
        notes = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "organization"

    db.create_tables([Organization])

    class Source(Model):
        name = CharField(unique=True)
        kind = CharField(default="distributor")
        notes = TextField(default="")
        active = BooleanField(default=True)

        class Meta:
            database = db
            table_name = "source"

    db.create_tables([Source])

    class Representada(Model):
        name = CharField(unique=True)
        commission_rate = DecimalField(max_digits=6, decimal_places=3, default=0)
        reorder_days = IntegerField(default=90)
        notes = TextField(default="")
        active = BooleanField(default=True)

        class Meta:
            database = db
            table_name = "representada"

    db.create_tables([Representada])

    class ImportBatch(Model):
        file_name = CharField()
        source = ForeignKeyField(Source, null=True, on_delete="SET NULL")
        representada = ForeignKeyField(Representada, null=True, on_delete="SET NULL")
        created_at = DateTimeField()
        rows_total = IntegerField(default=0)
        created_count = IntegerField(default=0)
        merged_count = IntegerField(default=0)
        skipped_count = IntegerField(default=0)
        rejected_count = IntegerField(default=0)
        undone_at = DateTimeField(null=True)
        summary = TextField(default="")

        class Meta:
            database = db
            table_name = "import_batch"

    db.create_tables([ImportBatch])

    class Contact(Model):
        first_name = CharField(default="")
        last_name = CharField(default="")
        organization = ForeignKeyField(Organization, null=True, on_delete="SET NULL")
        company = CharField(index=True, default="")
        job_title = CharField(default="")
        address = TextField(default="")
        city = CharField(default="")
        region = CharField(default="")
        postal_code = CharField(default="")
        country = CharField(default="")
        notes = TextField(default="")
        created_at = DateTimeField()
        updated_at = DateTimeField()
        import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")

        class Meta:
            database = db
            table_name = "contact"

    db.create_tables([Contact])

    class Stage(Model):
        key = CharField(unique=True)
        name = CharField()
        position = IntegerField(default=0)
        stale_days = IntegerField(default=7)
        active = BooleanField(default=True)

        class Meta:
            database = db
            table_name = "stage"

    db.create_tables([Stage])

    class Lead(Model):
        contact = ForeignKeyField(Contact, on_delete="RESTRICT")
        representada = ForeignKeyField(Representada, null=True, on_delete="SET NULL")
        source = ForeignKeyField(Source, null=True, on_delete="SET NULL")
        title = CharField()
        value = DecimalField(null=True, max_digits=14, decimal_places=2)
        currency = CharField(default="MXN")
        commission_rate = DecimalField(null=True, max_digits=6, decimal_places=3)
        stage = ForeignKeyField(Stage, on_delete="RESTRICT")
        status = CharField(index=True, default="open")
        received_at = DateTimeField()
        first_contact_at = DateTimeField(null=True)
        last_activity_at = DateTimeField(null=True)
        next_action_kind = CharField(default="call")
        next_action_what = CharField(default="")
        next_action_due = DateField(index=True, null=True)
        next_action_time = TimeField(null=True)
        expected_close_date = DateField(null=True)
        expected_payment_date = DateField(null=True)
        value_for_prospect = TextField(default="")
        open_questions = TextField(default="")
        commission_received_on = DateField(null=True)
        commission_received_amount = DecimalField(null=True, max_digits=14, decimal_places=2)
        notes = TextField(default="")
        closed_at = DateTimeField(null=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")

        class Meta:
            database = db
            table_name = "lead"
            indexes = ((("status", "next_action_due"), False),)

    db.create_tables([Lead])

    class Activity(Model):
        lead = ForeignKeyField(Lead, null=True, on_delete="CASCADE")
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        kind = CharField()
        subject = CharField(default="")
        done = BooleanField(default=True)
        due_at = DateTimeField(index=True, null=True)
        done_at = DateTimeField(index=True, null=True)
        outcome = CharField(default="")
        notes = TextField(default="")
        place = CharField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "activity"

    db.create_tables([Activity])

    class Closing(Model):
        lead = ForeignKeyField(Lead, on_delete="CASCADE")
        outcome = CharField()
        date = DateField()
        act = CharField(default="")
        reference = CharField(default="")
        reason = CharField(default="")
        prospect_words = TextField(default="")
        channel = CharField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "closing"

    db.create_tables([Closing])

    class Commitment(Model):
        lead = ForeignKeyField(Lead, on_delete="CASCADE")
        owner = CharField(default="me")
        description = TextField()
        due = DateField(index=True, null=True)
        done_at = DateTimeField(null=True)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "commitment"

    db.create_tables([Commitment])

    class ContactEmail(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        email = CharField(index=True)
        label = CharField(default="")
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "contact_email"

    db.create_tables([ContactEmail])

    class ContactPhone(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        number = CharField(index=True)
        raw = CharField(default="")
        label = CharField(default="")
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "contact_phone"

    db.create_tables([ContactPhone])

    class Tag(Model):
        name = CharField(unique=True)

        class Meta:
            database = db
            table_name = "tag"

    db.create_tables([Tag])

    class ContactTag(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        tag = ForeignKeyField(Tag, on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "contact_tag"
            indexes = ((("contact", "tag"), True),)

    db.create_tables([ContactTag])

    class Impediment(Model):
        lead = ForeignKeyField(Lead, on_delete="CASCADE")
        description = TextField()
        created_at = DateTimeField()
        resolved_at = DateTimeField(null=True)
        resolution = TextField(default="")

        class Meta:
            database = db
            table_name = "impediment"

    db.create_tables([Impediment])

    class Reopening(Model):
        lead = ForeignKeyField(Lead, on_delete="CASCADE")
        closing = ForeignKeyField(Closing, null=True, on_delete="SET NULL")
        reopened_at = DateTimeField()
        reason = TextField(default="")

        class Meta:
            database = db
            table_name = "reopening"

    db.create_tables([Reopening])

    class Setting(Model):
        key = CharField(primary_key=True)
        value = TextField()

        class Meta:
            database = db
            table_name = "setting"

    db.create_tables([Setting])

    class StageChange(Model):
        lead = ForeignKeyField(Lead, on_delete="CASCADE")
        from_stage = ForeignKeyField(Stage, null=True, on_delete="SET NULL")
        to_stage = ForeignKeyField(Stage, on_delete="RESTRICT")
        changed_at = DateTimeField()

        class Meta:
            database = db
            table_name = "stage_change"

    db.create_tables([StageChange])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("stage_change"))
    migrator.migrate(migrator.drop_table("setting"))
    migrator.migrate(migrator.drop_table("reopening"))
    migrator.migrate(migrator.drop_table("impediment"))
    migrator.migrate(migrator.drop_table("contact_tag"))
    migrator.migrate(migrator.drop_table("tag"))
    migrator.migrate(migrator.drop_table("contact_phone"))
    migrator.migrate(migrator.drop_table("contact_email"))
    migrator.migrate(migrator.drop_table("commitment"))
    migrator.migrate(migrator.drop_table("closing"))
    migrator.migrate(migrator.drop_table("activity"))
    migrator.migrate(migrator.drop_table("lead"))
    migrator.migrate(migrator.drop_table("stage"))
    migrator.migrate(migrator.drop_table("contact"))
    migrator.migrate(migrator.drop_table("import_batch"))
    migrator.migrate(migrator.drop_table("representada"))
    migrator.migrate(migrator.drop_table("source"))
    migrator.migrate(migrator.drop_table("organization"))
