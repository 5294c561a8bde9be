"""Whom "he" or "she" stands for: the last person named before the pronoun, in its sentence or
before it; whom "the spokesperson" speaks for: the body a spokesperson was last said to speak for."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver

# Those who speak for a body, not in their own name: "the spokesperson" is the body last spoken for.
SPOKES = frozenset("spokesman spokeswoman spokesperson".split())
# Given names of men and of women (ontology/names.toml): a "she" is never a man so named.
_GIVEN = {"male": words("names", "male_given_names"), "female": words("names", "female_given_names")}
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}


def agrees(pronoun: Token, person: Resolved | None) -> bool:
    """Whether a person may be whom "he" or "she" stands for: not when the person's given name
    is one the lexicon knows as the other gender's ("she said" is no Peter's). A name the lexicon
    does not know, or any other word, vetoes nothing."""
    gender = _PRONOUN_GENDER.get(pronoun.lower_)
    if person is None or gender is None:
        return True
    given = person.label.replace("_", " ").split()[:1]
    other = "female" if gender == "male" else "male"
    return not given or given[0].lower() not in _GIVEN[other]


def person_before(pronoun: Token, resolver: Resolver, quoted: frozenset[int] = frozenset()) -> Resolved | None:
    """Whom "he" or "she" stands for: the last person named before it in its sentence ("Kurti
    does not want peace, he wants ..."), else the last person named before the sentence; not a
    person named after it ("He accused Serbia of ... and demanded Belgrade hand over Radoicic";
    "Greek PM says he is open to meeting Erdoğan" names nobody before "he")."""
    found = person_named_before(pronoun, resolver, quoted) or resolver.person_before
    last = resolver.last_person  # "sir Keir starmer said he ...": named before, not as a proper noun
    if found is None and last is not None and not _named_after(pronoun, last, resolver):
        found = last
    return found if agrees(pronoun, found) else None


def _named_after(pronoun: Token, person: Resolved, resolver: Resolver) -> bool:
    """Whether a person is named after a pronoun in its sentence, as far as the resolver has read
    it (its cache, read without noting anything)."""
    doc = id(pronoun.doc)
    return any(
        (found := resolver.cache.get((doc, t.i))) is not None and found.id == person.id
        for t in pronoun.sent
        if t.i > pronoun.i
    )


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
        if found is not None and found.type == "person" and agrees(pronoun, found)
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
