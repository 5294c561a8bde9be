"""Screens of events a sentence names but does not report as done.

- spoken_joining: a joining named as a thing spoken of, a gerund under a stance or a noun
  ("supported Finland and Sweden joining NATO", "points referring to Kosovo joining the UN"), is
  no membership (CONVENTIONS.md: hoping, applying or being invited to join is none); a joining
  told as done ("since joining NATO", "Finland joined NATO") is left to the readers.

screens.screen_reason runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
