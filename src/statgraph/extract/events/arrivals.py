"""Arrivals at the gathering told of before: "Colombia, ELN rebels resume peace talks in Mexico ...
The ELN delegation arrived on Saturday", "The summit opened in Cairo on Monday. The Kenyan president
arrived in the morning": one who arrives, with no place named, came to where the gathering the text
last told of is held (`Resolver.gathering_place`, noted by attendance.note_gathering) and visited it
if it is away from home (a person by the state they serve; a delegation or an office named by no
person, visits.envoy_subject, by its state or organisation)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...words import words
from ..arguments import Target
from ..context.holders import holders
from ..found import Found
from .abroad import visit_home
from .gerunds import actor_of
from .seats import away_from
from .visits import envoy_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolver
    from ..context.frame import Frame

GATHERING_ARRIVAL_VERBS = words("event_forms", "gathering_arrival_verbs")
# Words that tell where from or where to, so the place is not the gathering's: "arrived back",
# "arrived home", "arrived in Nairobi" (not "arrived in the morning": a time)
_ELSEWHERE = frozenset({"back", "here", "home", "there"})
_PLACE_PREPS = frozenset({"at", "for", "from", "in", "into", "to"})


def arrived_at_gathering(verb: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """Visits of those who arrived, told as done with no place of their own, at the gathering
    told of before (`verb`: one of gathering_arrival_verbs)."""
    place = resolver.gathering_place
    if place is None or verb.tag_ != "VBD" or any(c.lower_ in _ELSEWHERE or _place_phrase(c) for c in verb.children):
        return
    subject = actor_of(verb)
    for holder, how in holders(subject, frame, resolver):
        if holder.type == "person":
            home = visit_home(holder, resolver)
            away = home is not None and away_from(home, place, resolver)
        else:  # "The ELN delegation arrived": the body or state it stands for
            away = envoy_subject(subject, holder) and holder.id != place.id
        if away:
            yield Found(holder, "visited", Target(place.label, place), verb, f"arrived_at_gathering/{how}", 0.55)


def _place_phrase(child: Token) -> bool:
    """Whether a verb's child is a phrase of place ("in Nairobi", "from Kyiv"), not of time ("in the morning")."""
    if child.dep_ != "prep" or child.lower_ not in _PLACE_PREPS:
        return False
    return any(p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"} for p in child.children)
