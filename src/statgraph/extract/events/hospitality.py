"""Visits told by thanks for hospitality: "Wang expressed gratitude to Tokayev for the
hospitality", "Lula thanked President Xi for his hospitality": the guest, serving another state,
visited the host's state (both known from their offices, or the host a state).

The word list is ontology/event_forms.toml's hospitality_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from .abroad import home_of

if TYPE_CHECKING:
    from spacy.tokens import Token

HOSPITALITY_NOUNS = words("event_forms", "hospitality_nouns")


def thanked_hosts(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "thanked X for the hospitality" (`token`: a hospitality noun after "for")."""
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return
    verb = token.head.head
    for _ in range(2):  # "expressed gratitude to X for ...": the verb over the noun of thanks
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or negated(verb) or irrealis(verb):
        return
    hosts = [_home(a, resolver) for t in _addressed(verb) for a, _ in holders(t, frame, resolver)]
    for guest, _how in holders(subject_of(verb), frame, resolver):
        own = home_of(guest, resolver) if guest.type == "person" else None
        for home in {h.id: h for h in hosts if h is not None}.values():
            if own is not None and own.id != home.id:
                yield Found(guest, "visited", Target(home.label, home), token, "hospitality", 0.5)


def _addressed(verb: Token) -> list[Token]:
    """Whom thanks go to: the object ("thanked Tokayev"), or "to" on the verb or its object."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"}]
    heads = [verb, *found]
    found += [p for h in heads for c in h.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj"]
    return [t for t in found if t.pos_ == "PROPN"]


def _home(actor: Resolved, resolver: Resolver) -> Resolved | None:
    return actor if actor.type == "state" else home_of(actor, resolver) if actor.type == "person" else None
