"""Screens of cue words used in another sense than a stance's.

- stopover: "stop" with a place and no object is a halt on a journey, no stopping of anything:
  "Macron first stopped in Argentina", "after stopping in Cam Ranh, the ship will continue", "a
  trip which stopped in eight Pacific nations" oppose nothing ("stopped the talks", "stop
  funding the agency", "stopped him from speaking" still do).

The verbs are data in ontology/event_forms.toml (stopover_verbs, which the visit readings share);
screens.screen_reason runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..words import words

if TYPE_CHECKING:
    from .found import Found

_STOPPING = words("event_forms", "stopover_verbs")
# the prepositions of a place one halts at: "stopped in Warsaw", "stop at the port", "stopped over in Doha"
_AT_PLACE = frozenset({"at", "in", "over"})
# what a stopping verb stops: an object, a clause, or a "from" phrase ("stopped him from speaking")
_STOPPED = frozenset({"dobj", "obj", "xcomp", "ccomp", "nsubjpass", "auxpass"})


def stopover(found: Found) -> bool:
    """Whether an opposition, rejection or criticism is read from a halt on a journey."""
    cue = found.cue
    if found.relation not in {"opposes", "rejects", "criticizes"} or cue.pos_ != "VERB":
        return False
    if cue.lemma_.lower() not in _STOPPING:
        return False
    children = list(cue.children)
    if any(c.dep_ in _STOPPED or c.dep_ == "prep" and c.lower_ in {"from", "short"} for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _AT_PLACE for c in children)
