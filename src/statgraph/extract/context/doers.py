"""Who does an act: the holders of a subject, and for "it" or "her country" in a clause
reported from an actor, that actor ("Germany said it had sent troops", "the representative of
the United Kingdom said her country had joined ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from .holders import holders

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver
    from .frame import Frame

# Nouns for one's own state: "her country", "its government".
_OWN_STATE = words("actor_nouns", "state_nouns")


def doers(subject: Token | None, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """`holders`, with "it" and "its/her/his country" in a reported clause as the side that
    reports it (a state or body, not a person)."""
    found = holders(subject, frame, resolver)
    if found or subject is None or subject.i not in frame.reported:
        return found
    side = frame.behalf
    if side is None or side.type == "person":
        return found
    if subject.lower_ == "it" and subject.pos_ == "PRON":
        return [(side, "it")]
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if subject.lemma_.lower() in _OWN_STATE and owner is not None and owner.lower_ in {"its", "her", "his"}:
        return [(side, "own_state")]
    return found
