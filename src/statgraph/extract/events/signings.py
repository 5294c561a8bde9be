"""Signings that are meetings: "King signed the statement with the UK's Minister for Trade,
Jane Doe", "The agreement was signed in Canberra by Australian Prime Minister
Anthony Albanese and PNG's James Marape": the people who sign a document together met (one
line per pair), and each abroad visited the place. Not "the pact signed by A and B" (a
participle naming a document's parties), nor a document signed by states."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolver
from ..context.subjects import conjuncts
from ..found import Found
from .abroad import met_abroad
from .sides import mutual_meetings

if TYPE_CHECKING:
    from spacy.tokens import Token


def signed_together(verb: Token, resolver: Resolver) -> Iterator[Found]:
    """A document signed in the passive "by" two or three people, every one of them a person
    (`verb`: a verb of signing of an act done)."""
    if verb.dep_ == "acl" or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return
    names = [t for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
             for t in [p, *conjuncts(p)]]
    people = [a for t in names if (a := resolver.resolve(t)) is not None and a.type == "person"]
    unique = list({a.id: a for a in people}.values())
    if len(people) != len(names) or not 2 <= len(unique) <= 3:
        return
    yield from mutual_meetings(unique, verb, "signed_by_people")
    for person in unique:
        yield from met_abroad(person, verb, resolver)


def signed_with(verb: Token) -> list[Token]:
    """Those a document was signed "with", on the verb or on the document, where each is a
    person or an office named by a person after it (a state signed with is a party to a pact,
    cooperation.py's)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    pobjs = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]
    members = [t for p in pobjs for t in [p, *conjuncts(p)]]
    named = [t for t in members if t.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children)]
    return named if len(named) == len(members) else []
