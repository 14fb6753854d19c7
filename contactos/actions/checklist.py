"""The path to the sale (rule 6): impediments added and resolved, commitments added,
kept, and taken back (the undo of a commitment marked kept by mistake)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from contactos import rules
from contactos.actions.common import get, row_ref, transaction
from contactos.models import Commitment, Impediment, Lead


@dataclass(frozen=True)
class ImpedimentSaved:
    impediment: Impediment


@dataclass(frozen=True)
class CommitmentSaved:
    commitment: Commitment


def add_impediment(lead: Lead | int, description: str) -> ImpedimentSaved:
    with transaction():
        impediment = rules.add_impediment(get(Lead, lead), description)
    return ImpedimentSaved(impediment)


def resolve_impediment(impediment: Impediment | int, how: str) -> ImpedimentSaved:
    with transaction():
        row = rules.resolve_impediment(get(Impediment, impediment), how)
    return ImpedimentSaved(row)


def add_commitment(
    lead: Lead | int, owner: str, description: str, due: dt.date | None
) -> CommitmentSaved:
    with transaction():
        commitment = rules.add_commitment(get(Lead, lead), owner, description, due)
    return CommitmentSaved(commitment)


def complete_commitment(commitment: Commitment | int) -> CommitmentSaved:
    """The commitment was kept (also a follow-up's Done: see followups.mark_done)."""
    with transaction():
        row = rules.complete_commitment(get(Commitment, commitment))
    return CommitmentSaved(row)


def reopen_commitment(commitment: Commitment | int) -> CommitmentSaved:
    """Undo of complete_commitment; refused when it was changed since or is gone."""
    with transaction():
        row = rules.reopen_commitment(row_ref(Commitment, commitment))
    return CommitmentSaved(row)
