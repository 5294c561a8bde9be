"""Officials and whom they speak for: "the minister" -> the person named with that office,
"a spokesman for the Chinese Foreign Ministry" -> China, and whom a speaker's "we" stands for
(a person's state or organisation; a ministry's state)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.offices import field_body, officer_or_owner
from ...link.resolve import Resolved, Resolver
from .persons import SPOKES

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSON_NOUNS = frozenset(
    "minister diplomat president spokesman spokeswoman spokesperson official chancellor premier leader envoy "
    "ambassador secretary chief head deputy foreign_minister general commander adviser advisor senator".split()
)


def official(token: Token, resolver: Resolver) -> Resolved | None:
    """ "the minister" -> the last person named; "a spokesman for the Chinese Foreign
    Ministry" -> China; "the Russian Foreign Minister" -> the office holder."""
    office = resolver.person_in_office(token)
    if office is not None:
        return office
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "at"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            found = resolver.resolve(pobj) if pobj is not None else None
            if found is not None:
                return _remember_official(token, found, resolver)
        if child.dep_ in {"amod", "compound", "poss"}:
            found = resolver.actor_behind(token) or _body_named(child, resolver)
            body = field_body(resolver.gazetteer, token, found) if found is not None else None
            found = resolver.actor(body) if body is not None else found  # "the U.N.'s refugee chief"
            found = officer_or_owner(resolver, token, found)  # "the UN official": the one named before, if any
            if found is not None:
                return _remember_official(token, found, resolver)
    if resolver.state_of_office(token) is not None:
        # "the Sri Lankan president said": the person named with that office, else the state
        return resolver.resolve(token)
    definite = any(c.lower_ in {"the", "this", "that", "these", "those"} for c in token.children if c.dep_ == "det")
    if definite and token.tag_ == "NNS":
        # "the ministers said": the one body or state the text last spoke of, not a person
        group = [a for a in resolver.last_subjects if a.type in {"organization", "state"}]
        return group[0] if len(group) == 1 else None
    if definite and token.lemma_.lower() in resolver.spokes:
        return resolver.spokes[token.lemma_.lower()]  # "The spokesperson said ...": the one described before
    return resolver.fitting_person(token) if definite else None

def _body_named(child: Token, resolver: Resolver) -> Resolved | None:
    """The state or body a name before an official's title gives: "a U.S. State Department
    spokesperson", "a Chinese Foreign Ministry spokeswoman"."""
    if child.dep_ != "compound" or child.pos_ != "PROPN":
        return None
    found = resolver.resolve(child)
    if found is None or found.id not in resolver.gazetteer.actors:
        found = resolver.actor_behind(child) or found  # "Chinese Foreign Ministry": China's
    return found if found is not None and found.type in {"state", "organization"} else None

def _remember_official(token: Token, found: Resolved, resolver: Resolver) -> Resolved:
    """Note whom an official speaks for ("a spokesperson for the State Department"), for a
    later "the spokesperson said" (a state or body only: "the minister" is a person)."""
    if found.type in {"state", "organization"} and token.lemma_.lower() in SPOKES:
        resolver.spokes[token.lemma_.lower()] = behalf(found, resolver) or found  # a ministry's: its state
    return found


def behalf(speaker: Resolved | None, resolver: Resolver) -> Resolved | None:
    """Whom "we" stands for: a person's state or organisation; a ministry's state. An
    agency of an organisation speaks for itself: Grossi's "we" is the IAEA, not the UN."""
    if speaker is None:
        return None
    current: Resolved | None = speaker
    for _ in range(3):
        if current is None or current.type == "state" or not (current.of or current.id in resolver.offices):
            break
        if current.id in resolver.own_voice:
            break  # "opposition leader Yair Lapid", "former president ...": their own words
        # the office the text gives ("Estonian Prime Minister Kaja Kallas") over the lexicon's
        stated = resolver.offices.get(current.id)
        actor = resolver.gazetteer.actors.get(current.of) if current.of and stated is None else None
        if current.type == "organization" and (actor is None or actor.type != "state"):
            break  # a body of a state is the state; an agency of the UN is itself
        current = stated if stated is not None else (resolver.actor(actor) if actor else None)
    return current
