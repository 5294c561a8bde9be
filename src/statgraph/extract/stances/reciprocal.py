"""Stances a plural subject holds among its own members: "Armenia and Azerbaijan blamed each
other", "Washington and Riyadh continue to cooperate" (each towards, or with, every other)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import subject_of
from ..cues import Cue
from ..found import Found, actor_relation
from ..moods import irrealis, negated

if TYPE_CHECKING:
    from spacy.tokens import Token


def reciprocal(obj: Token) -> bool:
    """ "each other", "one another" as an object ("accused each other of X": "of" aside)."""
    words = {obj.lower_, *(c.lower_ for c in obj.children if c.dep_ != "prep")}
    return words in ({"each", "other"}, {"one", "another"})


def each_other(token: Token, cue: Cue, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Armenia and Azerbaijan blamed each other for the clashes": each holds the stance
    towards each other one of the subject's actors; negated or hypothetical, none. Support of
    each other is the partnership's ("support each other in safeguarding core interests"), read
    as a tie elsewhere."""
    if cue.relation not in {"opposes", "criticizes", "rejects"} or negated(token) or irrealis(token):
        return
    for holder, target in _each_with_each(token, frame, resolver):
        yield Found(holder, actor_relation(cue.relation, target), target, token, "each_other", 0.6)


def mutual(token: Token, cue: Cue, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Washington and Riyadh continue to cooperate on counter-terrorism": each with the other."""
    if negated(token) or irrealis(token) or any(c.dep_ in {"dobj", "obj"} for c in token.children):
        return
    for holder, target in _each_with_each(token, frame, resolver):
        yield Found(holder, "cooperates_with", target, token, "mutual", 0.6)


def _each_with_each(token: Token, frame: Frame, resolver: Resolver) -> Iterator[tuple[Resolved, Target]]:
    """Each actor of a verb's subject with every other one as its target, in the subject's order."""
    found = [a for a, _ in holders(subject_of(token), frame, resolver)]
    for holder in found:
        for other in found:
            if other.id != holder.id:
                yield holder, Target(other.label, other)
