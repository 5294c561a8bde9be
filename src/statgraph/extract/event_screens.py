"""Screens of events a sentence names but does not report as done.

- spoken_joining: a joining named as a thing spoken of, a gerund under a stance or a noun
  ("supported Finland and Sweden joining NATO", "points referring to Kosovo joining the UN"), is
  no membership (CONVENTIONS.md: hoping, applying or being invited to join is none); a joining
  told as done ("since joining NATO", "Finland joined NATO") is left to the readers.
- deployment_to_come: a deployment told by its own verb with a future auxiliary ("five submarines
  will be deployed to Australia", "Russia would station nuclear weapons in Belarus", "fears that
  Israel will invade Rafah") is none yet; a withdrawal to come still presupposes the forces there.

screens.screen_reason runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events.ahead import FUTURE_AUXILIARIES
from .found import PRESUPPOSED_RULES

if TYPE_CHECKING:
    from .found import Found

# how a gerund of joining is a thing spoken of: the complement or object of a stance, a clause on a
# noun, or one with a subject of its own under a preposition ("referring to Kosovo joining the UN";
# "since joining NATO" tells it as done)
_SPOKEN_OF = frozenset({"xcomp", "acl", "dobj", "pobj"})
_JOINING = frozenset({"join", "accede"})


def spoken_joining(found: Found) -> bool:
    """Whether a membership is read from a gerund of joining that is only spoken of: "supported
    Finland joining NATO", "referring to Kosovo joining the UN"."""
    cue = found.cue
    return (
        found.relation == "member_of"
        and cue.lemma_.lower() in _JOINING
        and cue.tag_ == "VBG"
        and (cue.dep_ in _SPOKEN_OF or cue.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in cue.children))
        and not any(c.dep_ in {"aux", "auxpass"} for c in cue.children)
    )


def deployment_to_come(found: Found) -> bool:
    """Whether a deployment is read from a verb of sending, stationing or invading told with a
    future auxiliary: "will be deployed to Australia", "would station weapons in Belarus"."""
    cue = found.cue
    return (
        found.relation == "deployed_to"
        and found.rule not in PRESUPPOSED_RULES
        and cue.pos_ in {"VERB", "AUX"}
        and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in FUTURE_AUXILIARIES for c in cue.children)
    )
