"""Offices and the states they belong to, as words: "the Sri Lankan president", "US allies".

Helpers of `resolve.Resolver` for noun phrases that describe a person by office, or others by
their relation to a state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .gazetteer import Actor, Gazetteer
    from .resolve import Resolver
    from .resolved import Resolved

# Nouns that describe a person by office ("the minister", "the top diplomat"), and rulers' titles,
# written capitalised for the one ruler the text named ("The Emir", "the Crown Prince")
TITLE_NOUNS = words("actor_nouns", "title_nouns")
_RULER_NOUNS = words("actor_nouns", "ruler_titles")
DIPLOMATIC = ("foreign", "ambassador", "envoy", "secretary of state", "diplomat", "representative")


def describes_office(token: Token) -> bool:
    """Whether a noun describes a person by office ("the foreign minister", "The Emir"): a title
    noun, capitalised only when it is a ruler's."""
    return token.lemma_.lower() in TITLE_NOUNS and (token.pos_ == "NOUN" or token.lower_ in _RULER_NOUNS)


def fits(word: str, office: str) -> bool:
    if word == "diplomat":
        return any(k in office for k in DIPLOMATIC)
    if word == "foreign":  # "the foreign minister" is India's Minister of External Affairs too
        return "foreign" in office or "external" in office
    if word in {"top", "chief"}:
        return True
    return word in office


# Nouns for others as seen from a state: "US allies", "China's neighbours".
OTHERS = frozenset("ally partner friend neighbour neighbor".split())


def is_country_word(gazetteer: Gazetteer, token: Token) -> bool:
    return country_of(gazetteer, token) is not None


def country_of(gazetteer: Gazetteer, token: Token) -> Actor | None:
    if token.dep_ == "case":
        return None
    text = token.text
    actor = gazetteer.demonym(text) or (gazetteer.find(text) if token.pos_ == "PROPN" else None)
    return actor if actor and actor.type in {"state", "organization"} else None


# Those of a place who speak for themselves, not for its state ("Chile's highest court"), and,
# as a lower-case modifier, those who oppose or fight it ("the opposition leader", "rebel commanders").
OWN_VOICES = words("actor_nouns", "own_voices")
_OWN_SIDES = OWN_VOICES | words("actor_nouns", "insurgents")


def own_side(token: Token) -> bool:
    """Whether a noun's lower-case modifier makes it a side of its own: "the opposition leader",
    "rebel commanders" serve no state that owns them."""
    return any(
        c.dep_ in {"amod", "compound"} and c.text.islower() and c.lemma_.lower() in _OWN_SIDES for c in token.children
    )


def own_voice(token: Token) -> bool:
    """Whether a noun names those of a place who speak for themselves: "Austria's Greens party",
    "France's farmers", "the country's opposition leader"."""
    return token.lemma_.lower() in OWN_VOICES or token.lower_ in OWN_VOICES or own_side(token)


def ours(token: Token) -> bool:
    """Whether a noun is owned by a personal pronoun ("our Kazakh friends", "their Chinese partners")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def office_state(gazetteer: Gazetteer, token: Token) -> Actor | None:
    """The state an office is described by: "the Sri Lankan president", "Beijing's top diplomat"."""
    for child in token.children:
        if child.dep_ in {"amod", "compound", "poss"}:
            left = min([child.i] + [t.i for t in child.lefts if t.dep_ in {"compound", "amod"}])
            words = token.doc[left : child.i + 1].text  # "Sri Lankan"
            country = gazetteer.demonym(words) or country_of(gazetteer, child)
            if country is not None and country.type == "state":
                return country
    return None


def office_and_owner(gazetteer: Gazetteer, words: list[Token]) -> tuple[str, Actor | None]:
    """The office words of a description and the state or organisation they belong to: "the
    Russian Foreign Minister" (foreign minister, Russia), "the United Nations Secretary-General"
    (secretary-general, the UN: the owner's name may take several words, the longest wins)."""
    countries = [country_of(gazetteer, t) for t in words]  # each word's read once
    owner = next((country for country in countries if country is not None), None)
    rest = [t for t, country in zip(words, countries, strict=True) if country is None]
    if owner is None:
        for size in range(min(len(words), 5), 1, -1):
            for start in range(len(words) - size + 1):
                span = words[start : start + size]
                if span[-1].i - span[0].i != size - 1:
                    continue
                found = gazetteer.find(span[0].doc[span[0].i : span[-1].i + 1].text)
                if found is not None and found.type in {"state", "organization"}:
                    owner, rest = found, words[:start] + words[start + size :]
                    break
            if owner is not None:
                break
    title = re.sub(r"\s*-\s*", "-", " ".join(t.text for t in rest)).lower()
    return title, owner


# Heads that lead or speak for a body ("chief", "officials"), and what a body of a field is called
_OFFICERS = words("actor_nouns", "officers")
_FIELD_BODIES = words("actor_nouns", "field_bodies")


def field_body(gazetteer: Gazetteer, token: Token, owner: Resolved) -> Actor | None:
    """The body of a field within an organisation that an officer described by the field leads
    or speaks for: "the U.N.'s refugee chief" is UNHCR's ("UN refugee agency"), "the UN nuclear
    chief" the IAEA's ("UN nuclear watchdog"); None when no field is given or the lexicon names
    no such body."""
    if owner.type != "organization" or token.lemma_.lower() not in _OFFICERS and token.lower_ not in _OFFICERS:
        return None
    field = [c for c in token.lefts if c.dep_ in {"compound", "amod"} and c.is_lower and c.pos_ in {"NOUN", "ADJ"}]
    if not field:
        return None
    start = min(c.left_edge.i for c in field)
    wording = " ".join(t.text for t in token.doc[start : token.i] if t.is_lower)  # "human rights"
    known = gazetteer.actors.get(owner.id)
    names = [owner.label, *(known.aliases if known is not None else ())]
    for name in names:
        for kind in sorted(_FIELD_BODIES):
            body = gazetteer.find(f"{name} {wording} {kind}")
            if body is not None and body.id != owner.id:
                return body
    return None


# Officers who are one person ("the UN official", "the EU envoy"), read back to the person named
# before who serves the body the description names
_ONE_OFFICER = words("actor_nouns", "one_officer_nouns")


def serves(gazetteer: Gazetteer, person: Resolved, owner: Resolved, stated: str) -> bool:
    """Whether a person serves an organisation: the lexicon's office is of it or of one of its
    bodies (the IAEA's head serves the UN), or the office the text gives names it ("Special
    Representative of the UN Secretary-General")."""
    current, seen = person.of, 0
    while current is not None and seen < 3:
        if current == owner.id:
            return True
        known = gazetteer.actors.get(current)
        current, seen = (known.of if known is not None else None), seen + 1
    known_owner = gazetteer.actors.get(owner.id)
    names = [owner.label, *(known_owner.aliases if known_owner is not None else ())]
    words = f" {stated} "
    return any(f" {name} " in words or f" {name}'s " in words for name in names if len(name) >= 2)


def one_officer(token: Token) -> bool:
    """Whether a noun describes one officer by the body they serve: "the UN official", "the EU
    envoy" (singular, definite), who is someone named before."""
    return (
        token.lemma_.lower() in _ONE_OFFICER
        and token.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children)
    )


def officer_named(resolver: Resolver, owner: Resolved) -> Resolved | None:
    """The person last named who serves an organisation (see `serves`)."""
    for person in reversed(resolver.recent_people):
        if serves(resolver.gazetteer, person, owner, resolver.person_offices.get(person.id, "")):
            return person
    return None


def unnamed_holder(holder: Actor, owner: Actor, foreseen: dict[str, str], surnames: dict[str, Resolved]) -> bool:
    """Whether the lexicon's holder of a state's office is named nowhere in the document (by
    full name anywhere, or by surname before): "the Israeli Foreign Minister" of an article that
    never names the lexicon's minister may be the one of another time, so only the state is sure;
    the holder's full names are the label and the aliases of more than one word."""
    if owner.type != "state":
        return False
    names = [holder.label, *(a for a in holder.aliases if " " in a)]  # "Gideon Saar" of "Gideon Sa'ar"
    written = set(foreseen.values())
    return not any(name in written or name.split()[-1] in surnames for name in names)


def officer_or_owner(resolver: Resolver, token: Token, owner: Resolved | None) -> Resolved | None:
    """For one officer of an organisation ("the UN official"), the person named before who serves
    it; else the owner as found."""
    if owner is None or owner.type != "organization" or not one_officer(token):
        return owner
    return officer_named(resolver, owner) or owner
