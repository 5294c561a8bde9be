"""A finding: a stance or event found in a sentence, before it becomes a Statement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..link.resolve import Resolved
from .arguments import Target

if TYPE_CHECKING:
    from spacy.tokens import Token

# Readings of what a clause takes for granted rather than asserts: "Moldova demanded that Russia
# withdraw its troops from Transnistria", "the planned withdrawal of NATO forces from Afghanistan"
# tell that the forces are there, whatever the mood of the withdrawal (asked, owed, planned,
# conditional): no screen of mood (screens.MOOD_SCREENS) or of time ahead drops them. So do a
# party's word in a person's title or brackets ("NZ First leader Winston Peters will hold the
# post", "Jane Doe (PS) would resign"): the membership holds whatever the clause's mood
# (events/party_titles.py).
PRESUPPOSED_RULES = frozenset({"forces_withdrawn", "party_legislator", "party_lettered", "party_titled"})


@dataclass(frozen=True)
class Found:
    """A stance found in a sentence, before it becomes a Statement."""

    holder: Resolved
    relation: str
    target: Target
    cue: Token
    rule: str
    confidence: float
    negated: bool = False


def actor_relation(relation: str, target: Target) -> str:
    """Opposition aimed at an actor rather than an issue is criticism."""
    if relation == "opposes" and target.actor is not None:
        return "criticizes"
    return relation
