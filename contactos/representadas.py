"""The companies the agent sells for (issue 13, item 1): what a representada's data may be,
and the list the window, the command line, the lead dialogs and the import pick from.

A representada is archived, never deleted: its leads keep it. Its commission rate is the
default of its new leads (rule 8); a new rate reaches its open leads whose rate is not
their own, while won and lost leads keep the rate they were closed with.

The functions that write (:func:`create`, :func:`update`, :func:`set_active`) open no
transaction: they are called by :mod:`contactos.actions.representadas`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from contactos import amounts
from contactos.i18n import QT_TRANSLATE_NOOP, TranslatableError
from contactos.models import Lead, Representada

MAX_DAYS = 3650


class RepresentadaError(TranslatableError):
    """A representada's data refused. `field` names the input the message is about."""

    context = "Representadas"

    def __init__(self, template: str, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


@dataclass(frozen=True)
class RepresentadaData:
    """A representada as a person gives it; numbers as typed (text or numbers), read here.
    `None` for a field: keep what it has (a new one: the default)."""

    name: str | None = None
    commission_rate: object = None
    currency: str | None = None  # ISO 4217, '' for the default currency
    reorder_days: object = None
    payment_terms_days: object = None
    contact_person: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class RepresentadaRow:
    id: int
    name: str
    commission_rate: Decimal
    currency: str
    reorder_days: int
    payment_terms_days: int
    contact_person: str
    notes: str
    active: bool
    open_leads: int
    won_leads: int


def _days(value: object, field: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = str(value).strip()
        if not text.isdigit():
            raise RepresentadaError(
                QT_TRANSLATE_NOOP(
                    "Representadas", "'{value}' is not a number of days (0 to {most})."
                ),
                field,
                value=value,
                most=MAX_DAYS,
            )
        number = int(text)
    if not 0 <= number <= MAX_DAYS:
        raise RepresentadaError(
            QT_TRANSLATE_NOOP("Representadas", "'{value}' is not a number of days (0 to {most})."),
            field,
            value=value,
            most=MAX_DAYS,
        )
    return number


def _name(name: str | None, current: Representada | None) -> str:
    clean = (name or "").strip()
    if not clean:
        raise RepresentadaError(
            QT_TRANSLATE_NOOP("Representadas", "A representada needs a name."), "name"
        )
    folded = clean.casefold()
    for row in Representada.select(Representada.id, Representada.name):
        if row.name.casefold() == folded and (current is None or row.id != current.id):
            raise RepresentadaError(
                QT_TRANSLATE_NOOP("Representadas", "There is already a representada '{name}'."),
                "name",
                name=row.name,
            )
    return clean


def read(data: RepresentadaData, current: Representada | None = None) -> dict[str, object]:
    """The fields `data` gives, checked and read; refused as a whole at the first field
    that cannot be."""
    from contactos import rules

    fields: dict[str, object] = {}
    if data.name is not None or current is None:
        fields["name"] = _name(data.name, current)
    if data.commission_rate is not None and str(data.commission_rate).strip() != "":
        try:
            fields["commission_rate"] = rules.read_commission_rate(data.commission_rate)
        except rules.FollowUpError as error:
            refusal = RepresentadaError(error.template, "commission_rate", **error.params)
            refusal.context = error.context
            raise refusal from error
    if data.currency is not None:
        code = data.currency.strip().upper()
        if code and code not in amounts.currency_codes():
            raise RepresentadaError(
                QT_TRANSLATE_NOOP(
                    "Representadas",
                    "'{text}' is not a currency code: write its three letters (ISO 4217), "
                    "as MXN, EUR, COP or USD.",
                ),
                "currency",
                text=data.currency,
            )
        fields["currency"] = code
    if data.reorder_days is not None and str(data.reorder_days).strip() != "":
        fields["reorder_days"] = _days(data.reorder_days, "reorder_days")
    if data.payment_terms_days is not None and str(data.payment_terms_days).strip() != "":
        fields["payment_terms_days"] = _days(data.payment_terms_days, "payment_terms_days")
    if data.contact_person is not None:
        fields["contact_person"] = data.contact_person.strip()
    if data.notes is not None:
        fields["notes"] = data.notes.strip()
    return fields


def create(data: RepresentadaData) -> Representada:
    return Representada.create(**read(data))


def update(row: Representada, data: RepresentadaData) -> tuple[Representada, int]:
    """Change a representada; returns it and how many open leads took its new rate."""
    fields = read(data, row)
    old_rate = row.commission_rate
    for key, value in fields.items():
        setattr(row, key, value)
    row.save()
    moved = 0
    new_rate = fields.get("commission_rate")
    if new_rate is not None and Decimal(new_rate) != Decimal(old_rate):
        moved = follow_rate(row)
    return row, moved


def follow_rate(row: Representada) -> int:
    """The representada's rate on its open leads whose rate is not their own."""
    return (
        Lead.update(commission_rate=row.commission_rate)
        .where(
            (Lead.representada == row.id) & (Lead.status == Lead.OPEN) & ~Lead.commission_rate_own
        )
        .execute()
    )


def set_active(row: Representada, active: bool) -> Representada:
    row.active = active
    row.save()
    return row


def rows(*, archived: bool = False) -> list[RepresentadaRow]:
    """The representadas by name (the archived ones too when `archived`), with their
    open and won leads."""
    counts: dict[tuple[int, str], int] = {
        (rep, status): n
        for rep, status, n in Lead.select(Lead.representada, Lead.status, fn.COUNT(Lead.id))
        .where(Lead.representada.is_null(False))
        .group_by(Lead.representada, Lead.status)
        .tuples()
    }
    query = Representada.select()
    if not archived:
        query = query.where(Representada.active)
    return sorted(
        (
            RepresentadaRow(
                id=r.id,
                name=r.name,
                commission_rate=Decimal(r.commission_rate),
                currency=r.currency,
                reorder_days=r.reorder_days,
                payment_terms_days=r.payment_terms_days,
                contact_person=r.contact_person,
                notes=r.notes,
                active=r.active,
                open_leads=counts.get((r.id, Lead.OPEN), 0),
                won_leads=counts.get((r.id, Lead.WON), 0),
            )
            for r in query
        ),
        key=lambda r: (r.name.casefold(), r.id),
    )


def find(ref: str | int) -> Representada | None:
    """A representada by its number or its name (any case)."""
    if isinstance(ref, int) or str(ref).strip().isdigit():
        found = Representada.get_or_none(Representada.id == int(ref))
        if found is not None:
            return found
    from contactos.actions import names

    return names.representada(str(ref)).row
