"""Structure: member_of, states that announce a body's founding or are named together by it.

"Mali, Burkina Faso and Niger announced the creation of the Alliance of Sahel States": the states
that announce (or agree on) the creation, formation or establishment of an organisation found it,
and a founder is a member (the caller reads the verb's mood: not "plan to announce").
"Mali, Niger and Burkina Faso, collectively known as the Alliance of Sahel States": states named
together by an organisation's name are its members (only with "collectively", "jointly" or
"together": "Burkina Faso, known as Upper Volta" names one state).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolver
from ...words import words
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from .founders import founding_members

if TYPE_CHECKING:
    from spacy.tokens import Token

FOUNDING_NOUNS = words("event_forms", "founding_nouns")
FOUNDING_ANNOUNCE_VERBS = words("event_forms", "founding_announce_verbs")
COLLECTIVE_ADVERBS = words("event_forms", "collective_adverbs")


def announced_founding(verb: Token, resolver: Resolver) -> Iterator[Found]:
    """ "A, B and C announced the creation of X": the announcing states are members of X."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return
    acts = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in FOUNDING_NOUNS]
    subject = subject_of(verb)
    if not acts or subject is None:
        return
    # "In mid-September, Mali and Niger announced ...": the parser may give the verb two subjects
    subjects = [subject, *[c for c in verb.children if c.dep_ == "nsubj" and c.i != subject.i]]
    bodies = [p for a in acts for c in a.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj"]
    yield from founding_members(bodies, subjects, verb, resolver, "founding announced", most=1)


def known_together(known: Token, resolver: Resolver) -> Iterator[Found]:
    """ "Mali, Niger and Burkina Faso, collectively known as the AES": each listed state is a
    member of the organisation named after "as"."""
    if known.dep_ != "acl" or not any(c.dep_ == "advmod" and c.lower_ in COLLECTIVE_ADVERBS for c in known.children):
        return
    first = known.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # the parser hangs "known" on the list's last name
    if not conjuncts(first):
        return  # one name: no group
    bodies = [p for c in known.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    yield from founding_members(bodies, [first], known, resolver, "known together", most=1)
