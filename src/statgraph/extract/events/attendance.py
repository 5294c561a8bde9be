"""Attendance: "The summit was hosted by X and attended by A, B and C", "The event is being
attended by representatives of over 30 countries, including A and B", "Putin attended the summit
in Minsk": a person who attends a gathering held away from the state they serve (known from
their office) visited the place. The place is the gathering's own ("the summit in Minsk"), or,
for "the summit" told of before, the place it was said to be held in ("took place in Baku");
"participated in the conference, including X" tells attendance too. Those who attend one meeting
("The meeting was attended by A, B and C") met each other."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, prep_objects
from ..found import Found
from ..moods import irrealis, negated, speculative
from .abroad import visit_home
from .gerunds import actor_of
from .misparses import name_after
from .places import capital_of
from .seats import away_from, organization_seats
from .sides import mutual_meetings

if TYPE_CHECKING:
    from spacy.tokens import Token

ATTEND_VERBS = words("event_forms", "attend_verbs")
# Verbs a gathering is held by, with its place: "meetings are being held in Bangkok"
_HELD_VERBS = words("event_forms", "held_verbs")
# Who a gathering is attended by, listed after one of these: "representatives of 30 countries, including A and B"
_LIST_PREPS = frozenset({"including", "among"})
_ATTENDED_TALKS = words("event_forms", "attended_talks")


def note_gathering(noun: Token, resolver: Resolver, gatherings: frozenset[str]) -> None:
    """Remember where a gathering is held, for "the summit" later on: "at a summit in Minsk",
    "the meetings are being held ... in Bangkok"."""
    if noun.lower_ not in gatherings and noun.lemma_.lower() not in gatherings:
        return
    place = _place_in(noun, resolver)
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "the AMM and related meetings are being held in Bangkok"
    if place is None and first.dep_ in {"nsubj", "nsubjpass"} and first.head.lemma_.lower() in _HELD_VERBS:
        place = _place_in(first.head, resolver)
    if place is not None:
        resolver.gathering_place = place


def attended(verb: Token, frame: Frame, resolver: Resolver, gatherings: frozenset[str]) -> Iterator[Found]:
    """Visits of those who attend a gathering held abroad (`verb`: an attend verb of an act done)."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "would"} for c in verb.children):
        return  # "the summit will be attended by X": a visit still to come is none
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or verb.tag_ == "VBN"
    gathering = _patient(verb) if passive else next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if gathering is None and not passive:  # "participated in the conference"
        gathering = next(iter(prep_objects(verb, {"in"})), None)
    yield from met_attending(verb, gathering, passive, frame, resolver)
    if gathering is None or (gathering.lower_ not in gatherings and gathering.lemma_.lower() not in gatherings):
        return
    place = _place_in(gathering, resolver) or _place_in(verb, resolver)
    if place is None and any(c.lower_ in {"the", "this"} for c in gathering.children):
        place = _body_seat(gathering, resolver) or resolver.gathering_place  # "the summit": the one told of before
    if place is None:
        return
    # "told a briefing after attending the summits in Cambodia": the clause's subject (actor_of)
    people = _agents(verb, resolver) if passive else [a for a, _ in holders(actor_of(verb), frame, resolver)]
    if not passive:
        # "Representatives of international organizations participated in it, including X and Y"
        people += [a for t in _listed(verb) if (a := resolver.resolve(t)) is not None]
    for person in people:
        home = visit_home(person, resolver) if person.type == "person" else None
        if home is not None and away_from(home, place, resolver):
            yield Found(person, "visited", Target(place.label, place), verb, "attended", 0.55)


def met_attending(verb: Token, talks: Token | None, passive: bool, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "The meeting was attended by A, B and C", "A and B attended the talks": those who attend
    one meeting (attended_talks; "the meeting", not "a meeting of the G20") met each other, when
    two to four of a kind are named (sides.mutual_meetings), of an act done."""
    if talks is None or talks.lower_ not in _ATTENDED_TALKS or negated(verb) or irrealis(verb) or speculative(verb):
        return
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in talks.children):
        return  # "a meeting of the G20 foreign ministers": a gathering, no one pair told
    people = _agents(verb, resolver) if passive else [a for a, _ in holders(actor_of(verb), frame, resolver)]
    sides = [a for a in people if a.type in {"person", "state"}]
    if len({a.id for a in sides}) > 1:
        yield from mutual_meetings(sides, verb, "met_attending")


def _body_seat(gathering: Token, resolver: Resolver) -> Resolved | None:
    """Where a body that is itself the gathering sits, when it has one seat: "attending the
    United Nations General Assembly" (New York; seats.organization_seats)."""
    body = resolver.resolve(gathering) if gathering.pos_ == "PROPN" else None
    seats = sorted(organization_seats().get(body.id, ())) if body is not None else []
    return Resolved(mint_id(seats[0]), seats[0], "state") if len(seats) == 1 else None


def note_taking_place(noun: Token, resolver: Resolver) -> None:
    """Remember where an event "took place" ("COP29 took place in Baku"), for "the event" later
    on (`noun`: "place", the object of "take")."""
    verb = noun.head
    if noun.dep_ in {"dobj", "obj"} and verb.lemma_.lower() == "take" and noun.lower_ == "place":
        place = _place_in(verb, resolver)
        if place is not None:
            resolver.gathering_place = place


def _patient(verb: Token) -> Token | None:
    """The grammatical subject of a passive verb, shared by a coordinated one ("The summit was
    hosted by X and attended by Y")."""
    for head in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return subject
    return None


def _agents(verb: Token, resolver: Resolver) -> list[Resolved]:
    """The people after "by", each of a list; a group's members after "including"."""
    named = []
    for by in (c for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"):
        for pobj in (p for p in by.children if p.dep_ == "pobj"):
            for member in [pobj, *conjuncts(pobj)]:
                named += [member] if member.ent_type_ == "PERSON" else _titled(member) or _listed(member)
    found = [resolver.resolve(t) for t in named]
    return [a for a in found if a is not None]


def _titled(noun: Token) -> list[Token]:
    """The person named in apposition to an office or counterpart: "attended by your Russian
    counterpart, Sergey Lavrov", "by the foreign minister, Jane Doe"."""
    named = [c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    after = name_after(noun)
    return named or ([after] if after is not None else [])


def _listed(noun: Token) -> list[Token]:
    """ "representatives of over 30 countries, including A and B": A and B."""
    return [
        t
        for prep in noun.subtree
        if prep.dep_ == "prep" and prep.lower_ in _LIST_PREPS
        for p in prep.children
        if p.dep_ == "pobj"
        for t in [p, *conjuncts(p)]
        if t.ent_type_ == "PERSON"
    ]


def _place_in(head: Token, resolver: Resolver) -> Resolved | None:
    """The state a place "in X" on a word names: "a summit in Minsk" (Belarus, whose capital the
    lexicon knows), "in the Russian capital"; none for a place the lexicon does not know. The
    parser may hang it on a date ("held from July 29 to August 3 in Bangkok")."""
    dates = [p for c in head.children if c.dep_ == "prep" for p in c.children if p.ent_type_ == "DATE"]
    held = [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() == "hold"]  # "a summit held in X"
    preps = [c for h in [head, *dates, *held] for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
    for prep in preps:
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            place = capital_of(pobj, resolver)
            if place is None and pobj.ent_type_ in {"GPE", "LOC"}:
                found = resolver.resolve(pobj)
                place = found if found is not None and found.type == "state" else None
            if place is not None:
                return place
    return None
