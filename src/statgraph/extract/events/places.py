"""Places a predicate points to: named places ("to Kazakhstan", "in Iraq"), places the small
model takes for persons or organisations ("troops to eastern Ladakh"), and with area words,
unnamed areas ("on the territories adjacent to Ukraine", "to waters east of Taiwan")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.resolve import Resolved, Resolver
from ..arguments import Target, phrase
from ..context.subjects import conjuncts, prep_objects
from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLACE_PREPS = frozenset({"to", "in", "into", "at", "near", "on", "inside"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# A state's capital named by the state: "in the Russian capital", "in Ethiopia's capital Addis Ababa"
_CAPITAL_NOUNS = frozenset({"capital"})


def capital_of(token: Token, resolver: Resolver) -> Resolved | None:
    """The state whose capital a noun names: "the Russian capital", "the Qatari capital Doha",
    "Ethiopia's capital Addis Ababa" (the state, by its demonym or its possessive name)."""
    if token.lemma_.lower() not in _CAPITAL_NOUNS or token.pos_ != "NOUN":
        return None
    for child in token.children:
        actor = None
        if child.dep_ in {"amod", "compound"}:
            actor = resolver.gazetteer.demonym(child.text)
        elif child.dep_ == "poss" and child.pos_ == "PROPN":
            actor = resolver.gazetteer.find(resolver.name_span(child).text)
        if actor is not None and actor.type == "state":
            return resolver.actor(actor)
    return None


def places_of(
    token: Token,
    resolver: Resolver,
    *,
    areas: frozenset[str] = frozenset(),
    nearer: frozenset[str] = frozenset(),
    depth: int = 0,
) -> list[Target]:
    """Places a predicate points to: "to Kazakhstan", "in Iraq"; with `areas` (area nouns),
    also unnamed areas ("on the territories adjacent to Ukraine", "near our borders"); with
    `nearer`, places under a comparative ("moved troops closer to Finland")."""
    found = []
    # "rotate submarines through a base in Western Australia"
    preps = _PLACE_PREPS | ({"near", "along", "around", "through"} if areas else set())
    children = list(token.children)
    children += [g for c in children if c.dep_ == "advmod" and c.lemma_.lower() in nearer for g in c.children]
    # "around the African continent and in Haiti": a preposition coordinated with another
    joined = [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "conj" and g.pos_ == "ADP"]
    for child in children + joined:
        if depth and child.dep_ == "prep" and child.lower_ == "of":
            for pobj in [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]:
                found += places_of(pobj, resolver, areas=areas, depth=depth + 1)
        if (child.dep_ in {"prep", "dative"} or child in joined) and child.lower_ in preps:
            for pobj in [c for c in child.children if c.dep_ == "pobj"]:
                for member in listed(pobj):
                    actor = (
                        resolver.resolve(member) if member.ent_type_ in PLACE_TYPES or member.pos_ == "PROPN" else None
                    )
                    actor = actor or capital_of(member, resolver)
                    if actor is not None and actor.type in {"state", "group", "organization"}:
                        found.append(Target(actor.label, actor))
                    elif areas and (place := place_by_name(member, resolver)) is not None:
                        found.append(Target(place.label, place))
                    elif areas and (member.ent_type_ in PLACE_TYPES or {member.lemma_.lower(), member.lower_} & areas):
                        if member.i == pobj.i or _named_area(member):
                            found.append(Target(phrase(member)))
                    elif depth < 3 and member.pos_ == "NOUN" and _leads_down(member):
                        # "in the guise of rotation in the Baltic states", "troops to the African
                        # Union mission in Somalia": the place is further down
                        found += places_of(member, resolver, areas=areas, depth=depth + 1)
        if depth and found:
            return found  # the nearest place down a chain of phrases, not every one
    return found


def listed(token: Token) -> list[Token]:
    """The members of a list of places a token heads: its conjuncts ("Kampala and Kigali"), and a
    list the small model hangs on the first as an apposition ("the Solomon Islands, Nauru and
    Niue": Islands -appos-> Nauru -conj-> Niue). An apposition heading no list of its own stays
    out: "Paris, France", "the capital, Kyiv" name one place twice."""
    members = [token, *conjuncts(token)]
    for appos in (c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN") if _place_name(token) else ():
        rest = conjuncts(appos)  # the small model may tag one of them an organisation ("Nauru")
        if rest and any(_place_name(t) for t in [appos, *rest]):
            members += [appos, *rest]
    return members


def _place_name(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "LOC"}


# Words that make a name an organisation's or an undertaking's, not a place's.
_ORGANIZATION_WORDS = frozenset(
    "company corporation corp inc ltd group agency ministry council union bank university institute "
    "association party committee commission organization organisation foundation fund forces army "
    "operation exercise exercises drill drills mission summit plan program programme initiative".split()
)


# Undertakings that are where they are done: "sent troops to the AU mission in Somalia"
_UNDERTAKING_WORDS = frozenset({"mission", "operation"})


def _leads_down(noun: Token) -> bool:
    """Whether a common noun after a preposition of place may hold the place further down: not an
    organisation's word ("the ministry in Kyiv"), but a mission or an operation, in its place."""
    lemma = noun.lemma_.lower()
    return lemma not in _ORGANIZATION_WORDS or lemma in _UNDERTAKING_WORDS


def place_by_name(token: Token, resolver: Resolver, *, person_tag: bool = True) -> Resolved | None:
    """A place the small model mistakes for a person or an organisation ("troops to eastern
    Ladakh", "a visit to Arunachal Pradesh"): a proper name after a preposition of place that
    no known actor, no person named before and no organisation word claims; one tagged as a
    person only with `person_tag` (troops are sent to places; a visit may be to a person)."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ({"PERSON", "ORG", ""} if person_tag else {"ORG"}):
        return None
    name = resolver.name_span(token)
    words = [t for t in name if t.lower_ not in {"the", "a", "an"}]
    if not words or any(t.lower_ in _ORGANIZATION_WORDS or not t.text[:1].isupper() for t in words):
        return None
    text = " ".join(t.text for t in words)
    # a surname of someone named in full before ("Khan" after "Ahmed Khan"), not this name itself
    named = [resolver.surnames[t.text] for t in words if t.text in resolver.surnames]
    if resolver.gazetteer.find(text) is not None or any(p.label != text for p in named):
        return None
    if token.ent_type_ == "PERSON" and len(words) > 1:
        return None  # "to Ahmed Khan": a person's full name
    return Resolved(mint_id(text), text, "state")


def _named_area(token: Token) -> bool:
    """ "other countries" in a list of places is no place of its own; "the Black Sea region" is."""
    return (
        any(
            c.dep_ in {"compound", "prep"} or c.dep_ == "amod" and c.lower_ not in {"other", "many", "several"}
            for c in token.children
        )
        or token.ent_type_ in PLACE_TYPES
    )


def coordinated(member: Token) -> bool:
    """Whether a word is no conjunct, or one of a list joined by "and" or "or"; not a name after a
    comma the parser hung on the place before it: "After Russia's invasion of Ukraine, Germany
    understood ...", where Germany is the subject of the next clause."""
    if member.dep_ != "conj":
        return True
    first = member
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return any(c.dep_ == "cc" for t in [first, *conjuncts(first)] for c in t.children)


# Nouns of a state's territory named by a demonym: "Estonian airspace" (event_forms.toml)
TERRITORY_NOUNS = words("event_forms", "territory_nouns")


def force_place(token: Token, resolver: Resolver) -> Resolved | None:
    """A state, or a place the lexicon does not know ("Crimea", tagged an organisation by the
    small model, "Kherson", tagged a person: one word no person named before has as a name),
    that a phrase names ("the city of Nablus", "the Kharkiv region")."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in _NAMED_PLACE_NOUNS:
        named = [o for o in prep_objects(token, {"of"}) if o.pos_ == "PROPN"]  # "the city of Nablus"
        # "took over the capital, Sanaa": the place named in apposition
        named += [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named:
            return force_place(named[0], resolver)
    if token.pos_ == "NOUN" and token.lemma_.lower() in _REGION_NOUNS:
        return _named_region(token)
    if token.pos_ == "NOUN" and token.lower_ in TERRITORY_NOUNS:
        return _territory_of(token, resolver)
    if token.ent_type_ not in PLACE_TYPES and token.pos_ != "PROPN":
        return None
    if resolver.gazetteer.find(resolver.name_span(token).text) is not None:
        actor = resolver.resolve(token)
        return actor if actor is not None and actor.type == "state" else None
    place = place_by_name(token, resolver)  # "entered Kherson", tagged a person by the small model
    if place is None and token.ent_type_ in {"GPE", "LOC"}:
        actor = resolver.resolve(token)
        place = actor if actor is not None and actor.type == "state" else None
    return place


# Nouns of a place named after "of": "the city of Nablus", "the island of Taiwan"
_PLACE_OF_NOUNS = frozenset({"city", "island", "port", "province", "region", "town", "village"})
# and those whose place may also be named in apposition: "the capital, Sanaa"
_NAMED_PLACE_NOUNS = _PLACE_OF_NOUNS | {"capital"}
# Nouns of a region named by the proper name before them: "the Kharkiv region", "Kursk oblast"
_REGION_NOUNS = frozenset({"governorate", "oblast", "province", "region"})


def _territory_of(token: Token, resolver: Resolver) -> Resolved | None:
    """ "Estonian airspace", "Japanese territorial waters": the state a demonym before a noun of
    territory_nouns names (`token`: that noun)."""
    for child in token.children:
        if child.dep_ in {"amod", "compound", "nmod"} and child.i < token.i:
            actor = resolver.gazetteer.demonym(child.text)
            if actor is not None and actor.type == "state":
                return resolver.actor(actor)
    return None


def _named_region(token: Token) -> Resolved | None:
    """ "the Kharkiv region", "North Kivu province": the region named by its proper-name
    compound, with its noun (`token`: one of _REGION_NOUNS)."""
    names = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    if not names or any(t.pos_ != "PROPN" for n in names for t in n.subtree):
        return None
    text = token.doc[names[0].left_edge.i : token.i + 1].text
    return Resolved(mint_id(text), text, "state")
