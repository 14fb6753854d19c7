"""How a lead ends, and what follows (rules 3, 7 and 8): won with the act that makes it a
sale (and the re-order call planned), lost with the prospect's confirmation, "not
confirmed yet" (the confirmation contact planned instead), reopened, and the commission
received."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from contactos import rules
from contactos.actions.common import get, transaction
from contactos.actions.leads import LeadSaved
from contactos.models import Activity, Closing, Lead, Reopening
from contactos.rules import NextAction


@dataclass(frozen=True)
class Closed:
    lead: Lead
    closing: Closing
    reorder: Activity | None = None  # the re-order call planned at a win (rule 7)


@dataclass(frozen=True)
class Reopened:
    lead: Lead
    reopening: Reopening


def win(
    lead: Lead | int,
    act: str | None,
    date: dt.date | None,
    reference: str = "",
    *,
    schedule_reorder: bool = True,
) -> Closed:
    with transaction():
        row = get(Lead, lead)
        closing = rules.win(row, act, date, reference, schedule_reorder=schedule_reorder)
        reorder = (
            row.activities.where(~Activity.done & (Activity.subject_template == "reorder"))
            .order_by(Activity.id.desc())
            .first()
            if schedule_reorder
            else None
        )
    return Closed(row, closing, reorder)


def lose(
    lead: Lead | int,
    reason: str | None,
    prospect_words: str | None,
    date: dt.date | None = None,
    channel: str = "",
) -> Closed:
    with transaction():
        row = get(Lead, lead)
        closing = rules.lose(row, reason, prospect_words, date, channel)
    return Closed(row, closing)


def not_confirmed(lead: Lead | int, due: dt.date | None, kind: str = "call") -> LeadSaved:
    """ "I think they won't buy" is not a loss: the lead stays open, its next action is
    asking the prospect on `due`."""
    with transaction():
        row = rules.schedule_loss_confirmation(get(Lead, lead), due, kind)
    return LeadSaved(row)


def reopen(lead: Lead | int, reason: str, next_action: NextAction | None) -> Reopened:
    with transaction():
        row = get(Lead, lead)
        reopening = rules.reopen(row, reason, next_action)
    return Reopened(row, reopening)


def record_commission(lead: Lead | int, date: dt.date, amount: object = None) -> LeadSaved:
    """The commission of a won lead was received on `date` (default amount: what is still
    to be received); see contactos.actions.commissions for the whole ledger."""
    from contactos.actions import commissions

    recorded = commissions.record_received(lead, date, amount)
    return LeadSaved(get(Lead, recorded.entry.lead_id))
