"""Delegations sent and received: "A Hamas delegation is already in Cairo", "a delegation from
Hamas arrived in Cairo" (the delegation's owner visited the place), "Egypt received a Hamas
delegation in Cairo", "Qatar hosted a delegation from Hamas" (the host met the owner, who visited
the host's state or the place named); "received a delegation led by Defence Minister X", "a
delegation headed by X was in Doha" (the head of the delegation met the host, visited the place).

The word lists are ontology/event_forms.toml's delegation_nouns, arrival_verbs and depart_verbs, and cues.toml's
[met_with] receive_verbs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import prep_objects, subject_of
from ..cues import Lexicon
from ..found import Found
from .abroad import home_of
from .visits import ARRIVAL_VERBS, DEPART_VERBS, done, places_after

if TYPE_CHECKING:
    from spacy.tokens import Token

_SENDER_TYPES = frozenset({"state", "organization", "group"})


def delegation_in(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "A Hamas delegation is already in Cairo", "the US delegation arrived in Taipei", "a
    delegation from Hamas arrived in Cairo", "Pakistan's delegation has departed for Istanbul",
    "the US delegation left Niger": the state or body a delegation is of visited the place it
    is in, goes to or leaves (`token`: a delegation noun)."""
    verb, lemma = token.head, token.head.lemma_.lower()
    if token.dep_ != "nsubj" or lemma not in ARRIVAL_VERBS | DEPART_VERBS or not done(verb):
        return
    places = places_after(verb, resolver, {"in", "to"} if lemma in ARRIVAL_VERBS else {"for", "to"})
    places += [a for o in _left_or_bound_for(verb, lemma) if (a := resolver.resolve(o)) is not None and a.type == "state"]
    for owner in delegation_owners(token, frame, resolver) + delegation_heads(token, resolver):
        for place in places:
            if place.id != owner.id:
                yield Found(owner, "visited", Target(place.label, place), token, "delegation_in", 0.55)


def _left_or_bound_for(verb: Token, lemma: str) -> list[Token]:
    """The places a verb of departure names as objects or as misparsed goals: "the delegation left
    Niger after a three-day visit" (it had been there), "departed for Istanbul to attend talks"
    (the place taken for the subject of "to attend", "for" for its marker)."""
    left = [o for o in verb.children if o.dep_ in {"dobj", "obj"} and o.pos_ == "PROPN"] if lemma == "leave" else []
    bound = [s for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
             for s in c.children if s.dep_ == "nsubj" and s.ent_type_ == "GPE"]
    return left + bound


def delegation_received(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Egypt received a Hamas delegation in Cairo", "Qatar hosted a delegation from Hamas": the
    host met the delegation's owner, who visited the place named on the verb, else the host's
    state (`token`: a delegation noun, the object of a verb of receive_verbs, an act done)."""
    verb = token.head
    receiving = verb.lemma_.lower() in lexicon.events["met_with"].get("receive_verbs", ())
    if token.dep_ not in {"dobj", "obj"} or not receiving or not done(verb):
        return
    # "received a delegation from Hamas": the parser may hang "from" on the verb
    owners = delegation_owners(token, frame, resolver) or _senders(prep_objects(verb, {"from"}), resolver)
    owners += delegation_heads(token, resolver)
    for host, how in holders(subject_of(verb), frame, resolver) if owners else []:
        home = host if host.type == "state" else home_of(host, resolver) if host.type == "person" else None
        places = places_after(verb, resolver, {"in", "at"}) or ([home] if home is not None else [])
        for owner in owners:
            if owner.id == host.id or home is not None and owner.id == home.id:
                continue  # one's own delegation is no guest
            yield Found(host, "met_with", Target(owner.label, owner), token, f"delegation_received/{how}", 0.6)
            for place in places:
                if place.id != owner.id:
                    yield Found(owner, "visited", Target(place.label, place), token, "delegation_received", 0.55)


def delegation_owners(noun: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """Whose delegation: "a Hamas delegation", "Israel's delegation", "the Ukrainian delegation",
    "a delegation from Hamas" (a state, an organisation or a group, not a person)."""
    owners = [a for c in noun.children if c.dep_ in {"poss", "compound", "nmod"} for a, _ in holders(c, frame, resolver)]
    owners += [
        resolver.actor(a)
        for c in noun.children
        if c.dep_ == "amod" and (a := resolver.gazetteer.demonym(c.text)) is not None
    ]
    return _senders(prep_objects(noun, {"from"}), resolver, owners)


# verbs of a delegation's head: "a delegation led by X", "headed by X"
_LED_VERBS = frozenset({"head", "lead"})


def delegation_heads(noun: Token, resolver: Resolver) -> list[Resolved]:
    """The person a delegation is "led by" or "headed by" ("a delegation led by Minister of
    National Defense of Turkiye Hulusi Akar"): the name after "by", or the person the words of
    the title close on."""
    found = []
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _LED_VERBS and c.tag_ == "VBN"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for pobj in (p for p in agent.children if p.dep_ == "pobj"):
                person = _closing_name(pobj)
                actor = resolver.resolve(person) if person is not None else None
                if actor is not None and actor.type == "person":
                    found.append(actor)
    return found


def _closing_name(title: Token) -> Token | None:
    """The person's name a title's phrase ends on ("Minister of National Defense of the Republic
    of Turkiye Hulusi Akar": "Akar"), or the name itself (the resolver tells whether a person)."""
    last = title.doc[title.right_edge.i]
    if title.ent_type_ != "PERSON" and last.ent_type_ == "PERSON" and last.pos_ == "PROPN":
        return last
    return title


def _senders(tokens: list[Token], resolver: Resolver, known: list[Resolved] | None = None) -> list[Resolved]:
    """The states, organisations and groups among actors known and the names given, once each."""
    found = [*(known or []), *(a for t in tokens if (a := resolver.resolve(t)) is not None)]
    return [a for a in {a.id: a for a in found}.values() if a.type in _SENDER_TYPES]
