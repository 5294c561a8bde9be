"""Visits told by their noun or by a departure: visited from "Rakhmon, who paid an official
visit to Moscow", "the state visit of President Mirziyoyev to Russia", "the recent visit of the
U.S. Secretary of State, Michael Pompeo, to Kazakhstan and Uzbekistan" and "Dar has departed for
Saudi Arabia". A planned or cancelled visit is not a visit (CONVENTIONS.md).

The word lists are ontology/event_forms.toml's visit_nouns, made_verbs, coming and depart_verbs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.outlets import OUTLET_NAMES
from ..context.subjects import conjuncts, prep_objects, subject_of
from ..found import Found
from ..phrases import phrase
from ..moods import irrealis, negated, speculative
from ..roles.offices import OFFICE_HEADS
from .abroad import visit_home
from .places import PLACE_TYPES, listed, place_by_name
from .seats import away_from
from .unheld import unheld

if TYPE_CHECKING:
    from spacy.tokens import Token

VISIT_NOUNS = words("event_forms", "visit_nouns")
TOUR_NOUNS = words("event_forms", "tour_nouns")
DEPART_VERBS = words("event_forms", "depart_verbs")
_MADE_VERBS = words("event_forms", "made_verbs")
DELEGATION_NOUNS = words("event_forms", "delegation_nouns")
ARRIVAL_VERBS = words("event_forms", "arrival_verbs")
RETURN_VERBS = words("event_forms", "return_verbs")
_FACILITY_NOUNS = words("event_forms", "facility_nouns")
TRAVEL_VERBS = words("event_forms", "travel_verbs")
_FUTURE = frozenset({"will", "shall", "'ll", "’ll", "would", "to"})


def visit_made(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "paid an official visit to Moscow", "the state visit of President X to Russia": the
    visitor of a visit noun without an owner or agent (acts._visit_noun reads those)."""
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in token.children) or unheld(token):
        return  # "his visit", "a visit to Kyiv by X": acts._visit_noun's
    places = places_after(token, resolver, visit_preps(token))
    if not places and token.dep_ in {"dobj", "obj"}:
        places = places_after(token.head, resolver, {"to"})  # "praised the visit of X to Russia", misattached
    if not places:
        return
    visitors = _of_visitor(token, frame, resolver) or _on_visit(token, frame, resolver)
    verb = token.head
    if not visitors and token.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in _MADE_VERBS and done(verb):
        subject = subject_of(verb)
        if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            subject = verb.head
        visitors = [a for a, _ in holders(subject, frame, resolver)]
    for visitor in visitors:
        if visitor.type != "person" or visitor.label.lower() in OUTLET_NAMES:
            continue  # "an interview with the news website Euractiv, X, who is on a visit": no outlet visits
        home = visit_home(visitor, resolver)  # "the visit of Abiy Ahmed to Ethiopia": he is at home there
        for place in places:
            if place.id != visitor.id and (home is None or away_from(home, place, resolver)):
                yield Found(visitor, "visited", Target(place.label, place), token, "visit_made", 0.6)


def visit_preps(noun: Token) -> frozenset[str]:
    """The prepositions of a visit noun's place: "a visit to Moscow", "his tour of Egypt"."""
    return _TOUR_PREPS if noun.lower_ in TOUR_NOUNS else _VISIT_PREPS


_VISIT_PREPS = frozenset({"to", "in"})
_TOUR_PREPS = frozenset({"to", "in", "of"})


def _on_visit(noun: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """ "Modi, on a visit to Moscow, said", "On a trip to Kyiv, Scholz pledged": the person the
    "on" or "during" phrase is said of, or the subject of the verb it qualifies; "after" or
    "from" a visit, the subject of the verb it qualifies ("said after a visit to Syria",
    "before returning from a visit to Chile", "Speaking after a visit to Syria, X said")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _ON_PREPS | _AFTER_PREPS or prep.head.i == prep.i:
        return []
    owner = prep.head
    if prep.lower_ in _AFTER_PREPS and owner.pos_ not in {"VERB", "AUX"}:
        return []  # "the talks after a visit to Syria": no one's act to take the visitor from
    while _subjectless_clause(owner):  # "before returning from", "Speaking after"
        owner = owner.head.head if owner.dep_ == "pcomp" else owner.head
    if owner.pos_ in {"VERB", "AUX"}:
        if not done(owner):
            return []
        owner = subject_of(owner)
    return [a for a, _ in holders(owner, frame, resolver) if a.type == "person"] if owner is not None else []


_ON_PREPS = frozenset({"on", "during"})
_AFTER_PREPS = frozenset({"after", "from", "following"})


def _subjectless_clause(verb: Token) -> bool:
    """A participle or infinitive with no subject of its own, said of its head's subject."""
    clause = verb.pos_ in {"VERB", "AUX"} and verb.dep_ in {"advcl", "pcomp", "xcomp"}
    return clause and verb.head.i != verb.i and subject_of(verb) is None


def still_to_come(noun: Token) -> bool:
    """ "my upcoming visit", "the planned trip", "postponed his visit": a visit not (yet) made."""
    return unheld(noun)


def departed(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Dar has departed for Saudi Arabia": a person who leaves for a place goes there; "after
    returning from China": one who returns from a place had been there (a verb already known
    to be an act done)."""
    if not done(token):
        return
    prep = "from" if token.lemma_.lower() in RETURN_VERBS else "for"
    named = [p for c in token.children if c.dep_ == "prep" and c.lower_ == prep for p in c.children if p.dep_ == "pobj"]
    # "departed for Saudi Arabia to attend ...", read as a clause "for Saudi Arabia to attend"
    named += [
        s
        for c in token.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    places = [place for p in named for m in [p, *conjuncts(p)] if (place := place_of(m, resolver)) is not None]
    left = _left_places(token, resolver)
    subject = subject_of(token)
    if subject is None and token.dep_ == "pcomp":
        subject = subject_of(token.head.head)  # "Muizzu spoke after returning from China"
    for holder, how in holders(subject, frame, resolver) if places or left else []:
        for place in places:
            if holder.type == "person" and place.id != holder.id:
                yield Found(holder, "visited", Target(place.label, place), token, f"departed/{how}", 0.6)
        # "Ruto left Addis Ababa on Monday after a two-day visit": one who leaves a place away
        # from home had been there (not "left Nairobi for Addis Ababa": home)
        home = visit_home(holder, resolver) if holder.type == "person" else None
        for place in left if home is not None else []:
            if away_from(home, place, resolver):
                yield Found(holder, "visited", Target(place.label, place), token, f"left/{how}", 0.55)


def _left_places(verb: Token, resolver: Resolver) -> list[Resolved]:
    """The places a verb of leaving has as its object: "left Addis Ababa" (a state or a city)."""
    if verb.lemma_.lower() != "leave":
        return []
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    return [place for m in ([obj, *conjuncts(obj)] if obj is not None else []) if (place := place_of(m, resolver))]


def companions(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Gerapetritis, who travelled to Ankara with Mitsotakis": a person who travels with the
    subject went there too (a verb of travel_verbs, an act done)."""
    if not done(token):
        return
    with_whom = prep_objects(token, {"with"})
    people = [a for t in with_whom if t.pos_ == "PROPN" for a, _ in holders(t, frame, resolver) if a.type == "person"]
    places = places_after(token, resolver, {"to", "in"}) if people else []
    for person in people:
        for place in places:
            if place.id != person.id:
                yield Found(person, "visited", Target(place.label, place), token, "travelled_with", 0.55)


_DURING = frozenset({"while", "when", "as"})


def being_in(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "The Indian foreign minister is in Kazakhstan", "X was killed while he was in Iran": a
    person in a state other than the one they serve (known from their office) is visiting it
    (`token`: the verb "be")."""
    # "was killed while he was in Iran": a clause of the time the main act was done at
    during = token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _DURING for c in token.children)
    if not done(token) or token.head.i != token.i and token.dep_ not in {"conj", "ccomp", "relcl"} and not during:
        return
    subject = subject_of(token)  # also "Modi, who is in Moscow for talks": Modi
    places = places_after(token, resolver, {"in"})
    # "is in Kazakhstan leading the delegation", read as "in [Kazakhstan leading ...]"
    misread = [s for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for v in c.children
               if v.dep_ == "pcomp" for s in v.children if s.dep_ == "nsubj"]
    places += [p for t in misread if (p := place_of(t, resolver)) is not None]
    for person, how in holders(subject, frame, resolver) if places else []:
        home = visit_home(person, resolver) if person.type == "person" else None
        if envoy_subject(subject, person):
            home = person  # "Australian officials have been in Wellington": Australia visited
        for place in places if home is not None else []:
            if away_from(home, place, resolver):
                yield Found(person, "visited", Target(place.label, place), token, f"being_in/{how}", 0.55)


def envoy_subject(subject: Token | None, holder: Resolved) -> bool:
    """Whether a subject is an office, officials or a delegation named by no person ("The Prime
    Minister of Pakistan", "Australian officials", "a Hamas delegation") that stands for its
    state or organisation (`holder`)."""
    if subject is None or holder.type not in {"state", "organization"} or subject.ent_type_ == "PERSON":
        return False
    return subject.lemma_.lower() in OFFICE_HEADS | DELEGATION_NOUNS | {"official"}


def _of_visitor(noun: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """The person after "of": "the visit of the U.S. Secretary of State, Michael Pompeo"."""
    found: list[Resolved] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            # "the visit of President of Uzbekistan Shavkat Mirziyoyev": the name further down
            named = [c for c in pobj.children if c.dep_ == "appos"]
            named += [t for t in pobj.subtree if t.ent_type_ == "PERSON" and t.dep_ != "compound"] + [pobj]
            found += [a for t in named for a, _ in holders(t, frame, resolver) if a.type == "person"][:1]
    return found


def places_after(noun: Token, resolver: Resolver, preps: frozenset[str] | set[str] = frozenset({"to", "in"})) -> list[Resolved]:
    members = list({t.i: t for m in prep_objects(noun, preps) for t in listed(m)}.values())
    found = [place for m in members if (place := place_of(m, resolver)) is not None]
    return list({a.id: a for a in found}.values())


def place_of(token: Token, resolver: Resolver) -> Resolved | None:
    if token.ent_type_ in PLACE_TYPES or token.pos_ == "PROPN":
        actor = resolver.resolve(token)
        if actor is not None:
            return actor if actor.type == "state" else None
        return place_by_name(token, resolver, person_tag=False)
    return None


def done(verb: Token) -> bool:
    """Not negated, unreal, speculated or still to come ("will pay a visit")."""
    if negated(verb) or irrealis(verb) or speculative(verb):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)


def visited_sites(verb: Token) -> list[Resolved]:
    """The named sites a visit verb's object names: "visited the Fordow and Natanz nuclear sites",
    "toured the Zaporizhzhia nuclear power plant" (a noun of facility_nouns with a name of its
    own), not "visited the site". A site is a place named as a city is (abroad._abroad): by its
    own words, no topic and no actor of the lexicon."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    sites = [t for t in ([obj, *conjuncts(obj)] if obj is not None else []) if t.lemma_.lower() in _FACILITY_NOUNS]
    return [Resolved(mint_id(phrase(t)), phrase(t), "state") for t in sites if _named_site(t)]


def _named_site(noun: Token) -> bool:
    return noun.ent_type_ == "FAC" or any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in noun.lefts)
