"""Meetings told by those who chaired them: met_with from "the talks were presided over by A and
B", "the summit, co-chaired by A and B", "A and B co-hosted the forum". Two or three people who
chair one gathering together meet there (meetings.mutual_meetings); one chair alone names no partner.

The verbs are ontology/event_forms.toml's co_chair_verbs; the gatherings are cues.toml's
[met_with] gatherings and event_forms.toml's talk_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from .discussions import TALK_NOUNS
from .meetings import mutual_meetings

if TYPE_CHECKING:
    from spacy.tokens import Token

CO_CHAIR_VERBS = words("event_forms", "co_chair_verbs")


def chaired_together(verb: Token, resolver: Resolver, gatherings: frozenset[str]) -> Iterator[Found]:
    """ "The talks were presided over by A and B", "the summit, co-chaired by A and B", "A and B
    co-chaired the talks": the people who chair one gathering met (a verb of an act done)."""
    nouns = gatherings | TALK_NOUNS
    if _gathering(verb, nouns) is None:
        return
    chairs = _agents(verb) or _subjects(verb)
    people = [a for t in chairs if t.ent_type_ == "PERSON" if (a := _person(t, resolver)) is not None]
    if len({p.id for p in people}) >= 2:
        yield from mutual_meetings(people, verb, "chaired_together")


def _gathering(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The gathering chaired: the passive subject ("the talks were chaired by"), the noun the verb
    describes ("the summit, co-chaired by"), or the object ("co-chaired the talks")."""
    if verb.dep_ == "acl" and verb.head.lower_ in nouns:
        return verb.head
    deps = {"nsubjpass", "dobj", "obj"}
    return next((c for c in verb.children if c.dep_ in deps and c.lower_ in nouns), None)


def _agents(verb: Token) -> list[Token]:
    """The chairs after "by", on the verb or on its particle ("presided over by A and B")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in {"prt", "prep"} and c.lower_ == "over")]
    return [
        t
        for head in heads
        for agent in head.children
        if agent.dep_ == "agent" or agent.dep_ == "prep" and agent.lower_ == "by"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for t in [pobj, *conjuncts(pobj)]
    ]


def _subjects(verb: Token) -> list[Token]:
    subject = subject_of(verb) if not any(c.dep_ == "nsubjpass" for c in verb.children) else None
    return [subject, *conjuncts(subject)] if subject is not None else []


def _person(token: Token, resolver: Resolver) -> Resolved | None:
    actor = resolver.resolve(token)
    return actor if actor is not None and actor.type == "person" else None
