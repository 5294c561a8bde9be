"""Stances stated by being under attack: "X is under attack / pressure / fire from Y", where Y
opposes X."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import targets
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found, actor_relation
from ..moods import negated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolver

# "X is under attack / pressure / fire from Y": Y opposes X
UNDER_NOUNS = frozenset({"assault", "attack", "fire", "pressure", "siege"})


def under_attack(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "The architecture built around ASEAN is now under attack from the United States,
    Britain and the EU": each attacker opposes what is attacked."""
    verb = token.head.head
    if verb.pos_ not in {"AUX", "VERB"} or negated(verb):
        return
    subject = subject_of(verb)
    source = next(
        (
            p
            for holder_of in (token, verb)
            for c in holder_of.children
            if c.dep_ == "prep" and c.lower_ in {"from", "by"}
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )
    if subject is None or source is None:
        return
    found_targets = targets(subject, resolver)
    for holder, how in holders(source, frame, resolver):
        for target in found_targets:
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, actor_relation("opposes", target), target, token, f"under_attack/{how}", 0.6)
