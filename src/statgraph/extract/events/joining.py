"""Joining: member_of from "Finland joined NATO", "Sweden acceded to NATO", "BRICS admitted
Egypt and Iran", "a year after Iran joined" (the organisation named before in the sentence) and
"the alliance that Finland joined"; a person joins a political party only (membership.parties).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.doers import doers
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from ..moods import to_infinitive
from .gerunds import actor_of
from .parties import is_party

_SOUGHT_BY = words("event_forms", "membership_sought_verbs")

if TYPE_CHECKING:
    from spacy.tokens import Token


def joining(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Finland joined NATO", "Sweden acceded to NATO", "a year after Iran joined" or "since
    Cambodia was admitted" (the organisation named before in the sentence), "the alliance that
    Finland joined"."""
    lemma = token.lemma_.lower()
    if token.tag_ == "VBG" and token.head.lemma_.lower() in _SOUGHT_BY and token.dep_ != "pcomp":
        return  # "Russia opposed Ukraine joining NATO", "supported Finland joining NATO": sought, not done
    if to_infinitive(token) and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
        return  # "to ratify the treaty for both countries to join": what an act is for, not done
    orgs: list[Resolved] = []
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    lemma = "join" if lemma == "rejoin" and obj is not None else lemma  # "the United States rejoined UNESCO"
    if lemma == "join" and obj is not None:
        orgs = _joined_bodies(token, obj, resolver)
    if lemma == "admit" and obj is not None:
        yield from _admitted(token, obj, frame, resolver)  # "BRICS admitted Egypt and Iran"
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "into"} and lemma in {"accede", "admit", "belong"}:
            orgs += [
                a for p in child.children if p.dep_ == "pobj" if (a := resolver.resolve(p)) and a.type == "organization"
            ]
    admitted = lemma == "admit" and any(c.dep_ == "nsubjpass" for c in token.children)  # "since Cambodia was admitted"
    if (lemma == "join" and obj is None or admitted and not orgs) and _joined_alone(token):
        org = _organization_of_clause(token, resolver)
        orgs += [org] if org is not None else []
    # "Since joining NATO in 2023, Finland has ...": the clause's subject joined (not "before
    # joining", which may be still to come)
    subject = subject_of(token) if token.head.lower_ == "before" else actor_of(token)
    followers = [(h, "followed") for f in _followed_by(token) for h, _ in holders(f, frame, resolver) if h.type == "state"]
    for holder, how in [*doers(subject, frame, resolver), *(followers if orgs and lemma == "join" else [])]:
        for org in orgs:
            if (holder.type != "person" or is_party(org)) and org.id != holder.id:
                yield Found(holder, "member_of", Target(org.label, org), token, f"joining/{how}", 0.7)


def _followed_by(token: Token) -> list[Token]:
    """ "Poland joined NATO in 1999, followed by Slovakia and Slovenia in 2004": those who
    followed the joiner joined too (the agent of "followed" hung on the verb)."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]  # "joined NATO, followed by": on the object
    return [p for w in [token, *objects] for c in w.children if c.dep_ in {"advcl", "acl"} and c.lower_ == "followed"
            for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def _joined_bodies(token: Token, obj: Token, resolver: Resolver) -> list[Resolved]:
    """The organisations a "join" names as its object ("joined NATO and the EU"), or the body its
    relative pronoun stands for ("BRICS, which Egypt joined last year")."""
    if obj.lower_ in {"which", "that"} and token.dep_ == "relcl":
        obj = token.head
    return [a for t in [obj, *conjuncts(obj)] if (a := resolver.resolve(t)) and a.type == "organization"]


def _admitted(token: Token, obj: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "BRICS admitted Egypt, Ethiopia and Iran", "NATO admitted Finland in 2023": the states an
    organisation admits are its members (the passive, "Cambodia was admitted", is read by `joining`)."""
    if to_infinitive(token):
        return  # "ASEAN agreed to admit Timor": a decision, no admission yet
    subject = subject_of(token)
    body = resolver.resolve(subject) if subject is not None and subject.pos_ == "PROPN" else None
    if body is None or body.type != "organization":
        return
    for member, how in holders(obj, frame, resolver):
        if member.type == "state":
            yield Found(member, "member_of", Target(body.label, body), token, f"admitted/{how}", 0.65)


def _joined_alone(token: Token) -> bool:
    """ "Iran joined", "Finland joined in 2023", not "joined in the strikes" or "joined with X"."""
    for child in token.children:
        if child.dep_ in {"prep", "dative"} and not all(p.ent_type_ == "DATE" for p in child.children):
            return False
        if child.dep_ in {"xcomp", "ccomp", "prt"}:
            return False
    return True


def _organization_of_clause(token: Token, resolver: Resolver) -> Resolved | None:
    """The organisation an object-less "join" means: the head of its relative clause ("the
    alliance that Finland joined"), else the one named last before it in the sentence."""
    if token.dep_ == "relcl":
        org = resolver.resolve(token.head)
        return org if org is not None and org.type == "organization" else None
    named = [
        a
        for t in token.sent
        if t.i < token.i and t.pos_ == "PROPN" and t.dep_ not in {"compound", "flat"}
        if (a := resolver.resolve(t)) is not None and a.type == "organization"
    ]
    return named[-1] if named else None
