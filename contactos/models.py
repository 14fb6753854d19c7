"""The data model: peewee models bound to one database proxy.

Models are portable peewee (SQLite by default, PostgreSQL later); anything that only
SQLite has lives in :mod:`contactos.storage.sqlite`. The follow-up rules that govern how
these rows may change live in :mod:`contactos.rules`, not here.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
)

from contactos import clock

database = DatabaseProxy()


def chunks(seq: list, size: int = 500):
    """`seq` in slices of `size`: ids for IN (...) queries, rows for bulk inserts, kept
    well under every database's limit on parameters."""
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def now() -> dt.datetime:
    """Local wall-clock time without microseconds, from the program's one clock."""
    return clock.now()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


# --- Reference data -------------------------------------------------------------------


class Stage(BaseModel):
    """A pipeline stage; `stale_days` is how long a lead may sit in it with nothing logged."""

    id = AutoField()
    key = CharField(unique=True)
    name = CharField()
    position = IntegerField(default=0)
    stale_days = IntegerField(default=7)
    active = BooleanField(default=True)


class Representada(BaseModel):
    """A company the agent sells for."""

    id = AutoField()
    name = CharField(unique=True)
    commission_rate = DecimalField(max_digits=6, decimal_places=3, default=0)
    reorder_days = IntegerField(default=90)
    currency = CharField(default="")  # ISO 4217; empty: the default currency
    # Days from the customer's payment to the commission (migration 0006).
    payment_terms_days = IntegerField(default=30)
    contact_person = CharField(default="")
    notes = TextField(default="")
    active = BooleanField(default=True)  # False: archived, kept for its leads


class Source(BaseModel):
    """Where leads come from: a distributor, a list, a referral, own prospecting."""

    KINDS = ("distributor", "list", "referral", "own", "campaign")

    id = AutoField()
    name = CharField(unique=True)
    kind = CharField(default="distributor")
    currency = CharField(default="")  # ISO 4217; empty: the default currency
    notes = TextField(default="")
    active = BooleanField(default=True)


class Organization(BaseModel):
    id = AutoField()
    name = CharField(index=True)
    website = CharField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)


class ImportBatch(BaseModel):
    id = AutoField()
    file_name = CharField()
    source = ForeignKeyField(Source, null=True, on_delete="SET NULL")
    representada = ForeignKeyField(Representada, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)
    rows_total = IntegerField(default=0)
    created_count = IntegerField(default=0)
    merged_count = IntegerField(default=0)
    skipped_count = IntegerField(default=0)
    rejected_count = IntegerField(default=0)
    undone_at = DateTimeField(null=True)
    summary = TextField(default="")


# --- Contacts -------------------------------------------------------------------------


class Contact(BaseModel):
    """A person (or a company without a named person). Not an opportunity: see Lead."""

    id = AutoField()
    first_name = CharField(default="")
    last_name = CharField(default="")
    organization = ForeignKeyField(Organization, null=True, on_delete="SET NULL")
    company = CharField(default="", index=True)
    job_title = CharField(default="")
    address = TextField(default="")
    city = CharField(default="")
    region = CharField(default="")
    postal_code = CharField(default="")
    country = CharField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name, self.company)


def display_name(first: str, last: str, company: str, *also: str) -> str:
    """How a contact is named everywhere: the person's name, else the company, else the
    first of `also` (an e-mail or a phone, for a contact known only by them)."""
    full = f"{first} {last}".strip()
    return full or company or next((a for a in also if a), "")


class ContactEmail(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    email = CharField(index=True)
    label = CharField(default="")
    position = IntegerField(default=0)


class ContactPhone(BaseModel):
    """A phone: `number` is E.164 when it could be read, else the text as written."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    number = CharField(index=True)
    raw = CharField(default="")
    label = CharField(default="")
    position = IntegerField(default=0)


class Tag(BaseModel):
    id = AutoField()
    name = CharField(unique=True)


class ContactTag(BaseModel):
    contact = ForeignKeyField(Contact, backref="contact_tags", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="contact_tags", on_delete="CASCADE")

    class Meta:
        indexes = ((("contact", "tag"), True),)


# --- Leads and their follow-up --------------------------------------------------------


class Lead(BaseModel):
    """A qualified opportunity to sell something to a contact.

    The next action (what and when) is kept on the lead itself so that the day's queue
    and the limbo test are plain indexed queries. `last_activity_at` is maintained by
    the rules module whenever something is logged.
    """

    OPEN, WON, LOST = "open", "won", "lost"
    STATUSES = (OPEN, WON, LOST)

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="leads", on_delete="RESTRICT")
    representada = ForeignKeyField(Representada, null=True, on_delete="SET NULL")
    source = ForeignKeyField(Source, null=True, on_delete="SET NULL")
    title = CharField()
    value = DecimalField(max_digits=14, decimal_places=2, null=True)
    currency = CharField(default="MXN")
    commission_rate = DecimalField(max_digits=6, decimal_places=3, null=True)
    # The rate was set by the person, not taken from the representada: a representada's
    # new rate reaches only its open leads whose rate is not their own (migration 0006).
    commission_rate_own = BooleanField(default=False)
    stage = ForeignKeyField(Stage, on_delete="RESTRICT")
    status = CharField(default=OPEN, index=True)
    received_at = DateTimeField(default=now)
    listed_on = DateField(null=True)  # its date in the source's list, where it had one
    first_contact_at = DateTimeField(null=True)
    last_activity_at = DateTimeField(null=True)
    next_action_kind = CharField(default="call")
    next_action_what = CharField(default="")
    next_action_due = DateField(null=True, index=True)
    next_action_time = TimeField(null=True)
    # The kind of a next action the program wrote itself ('first-contact'...), shown in
    # the reader's language; empty when a person wrote `next_action_what`.
    next_action_template = CharField(default="")
    expected_close_date = DateField(null=True)
    expected_payment_date = DateField(null=True)
    value_for_prospect = TextField(default="")
    open_questions = TextField(default="")
    # (commission_received_on/_amount: columns before migration 0006, unread; the
    # commission's history is in CommissionEntry)
    notes = TextField(default="")
    closed_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("status", "next_action_due"), False),)


class Activity(BaseModel):
    """Something done or planned: a call, a visit, a message, a meeting, a note, a task."""

    KINDS = ("call", "visit", "email", "whatsapp", "meeting", "note", "task")
    CONTACT_KINDS = ("call", "visit", "email", "whatsapp", "meeting")

    id = AutoField()
    lead = ForeignKeyField(Lead, null=True, backref="activities", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="activities", on_delete="CASCADE")
    kind = CharField()
    subject = CharField(default="")
    done = BooleanField(default=True)
    due_at = DateTimeField(null=True, index=True)
    done_at = DateTimeField(null=True, index=True)
    outcome = CharField(default="")
    notes = TextField(default="")
    place = CharField(default="")
    # Kinds of the subject and outcome when the program wrote them ('reorder',
    # 'cancelled-reopened'), shown in the reader's language.
    subject_template = CharField(default="")
    outcome_template = CharField(default="")
    created_at = DateTimeField(default=now)


class Impediment(BaseModel):
    id = AutoField()
    lead = ForeignKeyField(Lead, backref="impediments", on_delete="CASCADE")
    description = TextField()
    created_at = DateTimeField(default=now)
    resolved_at = DateTimeField(null=True)
    resolution = TextField(default="")


class Commitment(BaseModel):
    """A promise made by me, the prospect or the representada, with its due date."""

    OWNERS = ("me", "prospect", "representada")

    id = AutoField()
    lead = ForeignKeyField(Lead, backref="commitments", on_delete="CASCADE")
    owner = CharField(default="me")
    description = TextField()
    due = DateField(null=True, index=True)
    done_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)


class Closing(BaseModel):
    """How a lead ended. A reopening keeps this row as history (see Reopening)."""

    ACTS = ("contract", "purchase-order", "payment")
    LOSS_REASONS = (
        "bought-elsewhere",
        "no-budget",
        "better-option",
        "bad-references",
        "no-longer-needed",
        "not-real",
        "other",
    )
    CHANNELS = ("phone", "visit", "email", "whatsapp", "meeting", "other")

    id = AutoField()
    lead = ForeignKeyField(Lead, backref="closings", on_delete="CASCADE")
    outcome = CharField()
    date = DateField()
    act = CharField(default="")
    reference = CharField(default="")
    reason = CharField(default="")
    prospect_words = TextField(default="")
    channel = CharField(default="")
    created_at = DateTimeField(default=now)


class CommissionEntry(BaseModel):
    """One thing that happened to a won lead's commission (see contactos.commissions):
    invoiced (an amount of commission), paid by the customer (an amount of the sale, with
    the commission it earns in `commission`), or received (an amount of commission). A
    wrong entry is cancelled, never deleted."""

    INVOICED, CUSTOMER_PAID, RECEIVED = "invoiced", "customer-paid", "received"
    KINDS = (INVOICED, CUSTOMER_PAID, RECEIVED)

    id = AutoField()
    lead = ForeignKeyField(Lead, backref="commission_entries", on_delete="CASCADE")
    kind = CharField()
    date = DateField()
    # None only for a receipt recorded before migration 0006 without an amount.
    amount = DecimalField(max_digits=14, decimal_places=2, null=True)
    commission = DecimalField(max_digits=14, decimal_places=2, null=True)
    note = TextField(default="")
    created_at = DateTimeField(default=now)
    cancelled_at = DateTimeField(null=True)
    cancel_reason = TextField(default="")
    # The entries a representada's statement proved, recorded and undone together
    # ('statement-3'; see contactos.statements); empty for an entry recorded alone.
    batch = CharField(default="", index=True)


class Reopening(BaseModel):
    """A closed lead put back in play; the closing it undid stays in the history."""

    id = AutoField()
    lead = ForeignKeyField(Lead, backref="reopenings", on_delete="CASCADE")
    closing = ForeignKeyField(Closing, null=True, on_delete="SET NULL")
    reopened_at = DateTimeField(default=now)
    reason = TextField(default="")


class StageChange(BaseModel):
    id = AutoField()
    lead = ForeignKeyField(Lead, backref="stage_changes", on_delete="CASCADE")
    from_stage = ForeignKeyField(Stage, null=True, on_delete="SET NULL")
    to_stage = ForeignKeyField(Stage, on_delete="RESTRICT", backref="+")
    changed_at = DateTimeField(default=now)


class ImportChange(BaseModel):
    """One change an import made to a row that existed before it (see migration 0003)."""

    KINDS = ("field", "email", "phone", "tag", "new-tag", "notes")

    id = AutoField()
    batch = ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    contact_id = IntegerField(null=True, index=True)
    lead_id = IntegerField(null=True)
    kind = CharField()
    field = CharField(default="")
    old_value = TextField(default="")
    new_value = TextField(default="")
    created_at = DateTimeField(default=now)


class ReminderState(BaseModel):
    """What the program did with one reminder (see contactos.reminders): a follow-up
    (`key`: 'lead-12', 'activity-5', 'commitment-3') at one due moment (`due`, ISO), so
    that a snooze survives a restart and a reminder is shown once. A follow-up moved to
    another time is another reminder; rows of moved or finished ones are forgotten."""

    id = AutoField()
    key = CharField()
    due = CharField()
    snoozed_until = DateTimeField(null=True)
    # Planned inside its lead time while the program watched: fires at its own time.
    deferred_to = DateTimeField(null=True)
    shown_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("key", "due"), True),)


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


MODELS = [
    Stage,
    Representada,
    Source,
    Organization,
    ImportBatch,
    Contact,
    ContactEmail,
    ContactPhone,
    Tag,
    ContactTag,
    Lead,
    Activity,
    Impediment,
    Commitment,
    Closing,
    CommissionEntry,
    Reopening,
    StageChange,
    ImportChange,
    ReminderState,
    Setting,
]
