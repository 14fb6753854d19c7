"""A won lead's commission followed to the money (rule 8, issue 13): the representada
invoiced it, the customer paid (all or part of the sale), the commission was received
(all or part); a wrong entry cancelled with its reason. Each is one entry of the lead's
ledger (contactos.commissions) and of its history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from contactos import commissions
from contactos.actions.common import get, transaction
from contactos.commissions import CommissionError, LeadLedger
from contactos.i18n import QT_TRANSLATE_NOOP
from contactos.models import CommissionEntry, Lead


@dataclass(frozen=True)
class Recorded:
    entry: CommissionEntry
    ledger: LeadLedger | None  # the lead's ledger after it


def record(
    lead: Lead | int,
    kind: str,
    amount: object,
    date: dt.date | None,
    note: str = "",
    *,
    decimal_mark: str | None = None,
) -> Recorded:
    """One entry: `kind` 'invoiced' or 'received' (`amount` of commission) or
    'customer-paid' (`amount` of the sale; it earns its part of the commission).
    `amount` as typed; `decimal_mark` the reader's when known."""
    with transaction():
        row = get(Lead, lead)
        entry = commissions.record(row, kind, amount, date, note, decimal_mark)
    return Recorded(entry, commissions.ledger(row.id))


def record_received(lead: Lead | int, date: dt.date | None, amount: object = None) -> Recorded:
    """The commission was received; without an amount, what is still to be received."""
    with transaction():
        row = get(Lead, lead)
        if amount is None or str(amount).strip() == "":
            found = commissions.ledger(row.id)
            rest = found.outstanding if found is not None else None
            if rest is None or rest <= 0:
                raise CommissionError(
                    QT_TRANSLATE_NOOP(
                        "Commissions",
                        "Give the amount received: nothing is expected of this lead's commission.",
                    ),
                    "amount",
                )
            amount = rest
        entry = commissions.record(row, CommissionEntry.RECEIVED, amount, date)
    return Recorded(entry, commissions.ledger(row.id))


class MissingEntry(CommissionError):
    pass


def cancel(entry: CommissionEntry | int, reason: str, *, lead: int | None = None) -> Recorded:
    """A wrong entry is cancelled with the reason; it stays in the history. `lead`: the
    lead the person meant (the entry must be one of its)."""
    with transaction():
        entry_id = entry.id if isinstance(entry, CommissionEntry) else entry
        row = CommissionEntry.get_or_none(CommissionEntry.id == entry_id)
        if row is None:
            raise MissingEntry(
                QT_TRANSLATE_NOOP("Commissions", "There is no commission entry {id}."),
                id=entry_id,
            )
        if lead is not None and row.lead_id != lead:
            raise MissingEntry(
                QT_TRANSLATE_NOOP(
                    "Commissions", "The commission entry {id} is not one of lead {lead}'s."
                ),
                id=entry_id,
                lead=lead,
            )
        commissions.cancel(row, reason)
    return Recorded(row, commissions.ledger(row.lead_id))
