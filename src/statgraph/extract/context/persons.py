"""Whom "he" or "she" stands for: the last person named before the pronoun, in its sentence or
before it; whom "the spokesperson" speaks for: the body a spokesperson was last said to speak for."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver

# Those who speak for a body, not in their own name: "the spokesperson" is the body last spoken for.
SPOKES = frozenset("spokesman spokeswoman spokesperson".split())

def person_before(pronoun: Token, resolver: Resolver, quoted: frozenset[int] = frozenset()) -> Resolved | None:
    """Whom "he" or "she" stands for: the last person named before it in its sentence ("Kurti
    does not want peace, he wants ..."), else the last person named before the sentence; not a
    person named after it ("He accused Serbia of ... and demanded Belgrade hand over Radoicic")."""
    return person_named_before(pronoun, resolver, quoted) or resolver.person_before or resolver.last_person


def person_named_before(pronoun: Token, resolver: Resolver, quoted: frozenset[int]) -> Resolved | None:
    """The last person named before a pronoun in its sentence, if any. A name inside a quote
    (token numbers `quoted`) is not whom a pronoun outside it stands for: "“... Guterres’
    initiatives are creating a window ...,” he said" is said by someone else."""
    outside = pronoun.i not in quoted
    named = [
        found
        for t in pronoun.sent
        if t.i < pronoun.i and t.pos_ == "PROPN" and t.dep_ not in {"compound", "flat"}
        and not (outside and t.i in quoted)
        for found in [resolver.resolve(t)]
        if found is not None and found.type == "person"
    ]
    return named[-1] if named else None


def spokes_for(token: Token, resolver: Resolver) -> Resolved | None:
    """The body "the spokesperson" speaks for: the one last named with a spokesperson ("a U.S.
    State Department spokesperson said ... The spokesperson urged ...")."""
    if token.lemma_.lower() not in SPOKES or [c.lower_ for c in token.children] != ["the"]:
        return None
    return resolver.spokes.get(token.lemma_.lower())


def same_person(first: Resolved, second: Resolved) -> bool:
    """The same actor, or surnames that differ by a misspelling ("Ryabkov", "Ryakbov")."""
    if first.id == second.id:
        return True
    a, b = first.label.split()[-1].lower(), second.label.split()[-1].lower()
    return a[:3] == b[:3] and sorted(a) == sorted(b)


def names_actor(text: str, actor: Resolved) -> bool:
    """Whether a paragraph names the actor in the third person (surname or label)."""
    surname = actor.label.split()[-1]
    return re.search(r"\b" + re.escape(surname) + r"\b", text) is not None
