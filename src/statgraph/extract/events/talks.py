"""Meeting nouns: "talks with Chinese President Xi Jinping", "a meeting of the leaders of Russia
and China", "talks between Moscow and Washington", "during their talks"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import SUBJECT_DEPS, conjuncts, subject_of
from ..cues import Lexicon
from ..found import Found
from ..moods import negated
from .abroad import met_abroad, partners_abroad, talks_abroad
from .discussions import talks_owner
from .gatherings import gathering
from .misparses import named_office_holder, named_partner
from .partner_lists import listed_people
from .sides import TALK_NOUNS as _TALK_NOUNS
from .sides import actors as _actors
from .sides import mutual_meetings
from .sides import remember_sides as _remember_sides
from .unheld import unheld

if TYPE_CHECKING:
    from spacy.tokens import Token


def talks_noun(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Talks with Chinese President Xi Jinping": met_with, held by the subject of the
    governing verb, or the person last named (taken before the partners are resolved);
    "a meeting of the leaders of Russia and China", "during their talks"."""
    if unheld(token) or token.dep_ in SUBJECT_DEPS and negated(token.head):
        return  # "cancelled his planned meeting with X", "boycotted scheduled meetings", "did not take place"
    core = token.lemma_.lower() in _TALK_NOUNS or token.lower_ in _TALK_NOUNS
    holder = talks_owner(token, frame, resolver)  # "during his talks", "Blinken's meeting with X"
    if holder is None and token.dep_ in {"nsubj", "ROOT"}:
        holder = resolver.person_before
    if token.dep_ in {"dobj", "obj"}:
        verb = token.head
        if _not_held(verb, lexicon.events["events"].get("refusals", ())):
            return
        found = holders(named_office_holder(subject_of(verb), resolver), frame, resolver)
        holder = holder or (found[0][0] if found else None)  # "welcomed Blinken's talks with X": Blinken's
    members = _with_members(token, resolver)
    partners = _actors(members, resolver) if core else []
    if partners:
        yield from _talks_with_partners(token, holder, partners, resolver)
        return
    # "a meeting of the leaders of Russia and China", "talks between Moscow and Washington"
    sides = [
        a
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"of", "between"}
        for p in c.children
        if p.dep_ == "pobj"
        for a in _sides(p, frame, resolver)
    ]
    people = [a for a in sides if a.type == "person"]
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children)
    sides, people = _broken_between(token, sides, people, resolver) if core and between else (sides, people)
    if core and between and 2 <= len({a.id for a in people}) <= _MOST_AT_TABLE and len(people) == len(sides):
        # "talks between Serbian President X and Kosovo Prime Minister Y": the two (or more) met;
        # "a meeting between A, B, C and D": each of a small table met each other
        _remember_sides(resolver, people)
        yield from mutual_meetings(people, token, "talks_between", most=_MOST_AT_TABLE)
        yield from _between_abroad(token, people, resolver)
        return
    sides = [a for a in sides if a.type != "person"]
    if core and len({a.id for a in sides}) == 1:  # a side hung on the noun: "meeting of the leaders of X and Y"
        sides += [a for c in token.children if c.dep_ == "conj" and c.ent_type_ == "GPE" if (a := resolver.resolve(c))]
    if core and len({a.id for a in sides}) == 2 and all(a.type in {"state", "group", "organization"} for a in sides):
        yield from mutual_meetings(sides, token, "meeting_of")
    elif core and not sides:
        yield from _their_meeting(token, frame, resolver)
        yield from talks_abroad(token, resolver)  # "after their talks in Beijing"
    if len({a.id for a in sides}) != 2:
        yield from gathering(token, frame, resolver, lexicon)


# The most people a meeting "between" them is read for: each met each other at one table
_MOST_AT_TABLE = 6


# Words that may stand in a list of names after "between" (titles, nationalities, "and", commas)
_LIST_PARTS = frozenset({"PROPN", "ADJ", "NOUN", "DET", "CCONJ", "PUNCT", "PART"})
_STOPS = frozenset({".", ";", ":", "("})


def _broken_between(
    token: Token, sides: list[Resolved], people: list[Resolved], resolver: Resolver
) -> tuple[list[Resolved], list[Resolved]]:
    """The sides and people of a meeting "between" them, by the names where the parser broke the
    list apart ("the meeting between Rashad al-Alimi and X")."""
    if len({a.id for a in people}) >= 2 or not (named := named_between(token, resolver)):
        return sides, people
    return named, named


def named_between(token: Token, resolver: Resolver) -> list[Resolved]:
    """The people a meeting is "between" where the parser broke the list apart: the names (by the
    entity tagger) from "between" up to the verb, when only names, titles and "and" stand there
    ("The meeting between Rashad al-Alimi and Barbara Leaf took place")."""
    start = next((c.i for c in token.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if start is None or start != token.i + 1:
        return []
    stops = (t.i for t in token.doc[start + 1 : token.sent.end] if t.pos_ not in _LIST_PARTS or t.text in _STOPS)
    end = next(stops, token.sent.end)
    names = [e for e in token.doc.ents if e.label_ == "PERSON" and start < e.start and e.end <= end]
    if not any(t.lower_ == "and" for t in token.doc[start + 1 : end]) or token.doc[end - 1].ent_type_ != "PERSON":
        return []
    people = [a for e in names if (a := resolver.resolve(e[-1])) is not None and a.type == "person"]
    return people if len(people) == len(names) else []


def _with_members(token: Token, resolver: Resolver) -> list[Token]:
    """Those talks are "with": each of a list, a counterpart's name for the counterpart, and the
    people of a list the parser breaks ("talks with A, Foreign Secretary B, and C")."""
    listed = [t for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
              for p in c.children if p.dep_ == "pobj" for t in [p, *conjuncts(p)]]
    members = [named_partner(t, token, resolver) for t in listed]
    return members + listed_people(listed, members)


def _between_abroad(token: Token, people: list[Resolved], resolver: Resolver) -> Iterator[Found]:
    """ "The meeting between X and Y took place in Astana": those abroad there visited the place."""
    if not unheld(token) and token.dep_ in {"nsubj", "nsubjpass"}:
        for person in {a.id: a for a in people}.values():
            yield from met_abroad(person, token.head, resolver, settings=True)


def _not_held(verb: Token, refusals: frozenset[str]) -> bool:
    """Whether talks, the object of a verb, were not held: "was ready to hold consultations with
    X", "refused to hold talks", "sought talks with X", "did not hold talks"."""
    offered = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in refusals
    return offered or negated(verb) or verb.lemma_.lower() in refusals


def _talks_with_partners(
    token: Token, holder: Resolved | None, partners: list[Target], resolver: Resolver
) -> Iterator[Found]:
    """The holder of talks met the partners; those abroad where the talks were held visited the
    place ("had talks with X in Washington", "following talks with Lavrov in Phnom Penh")."""
    for partner in partners:
        if holder is not None and partner.actor is not None and partner.actor.id != holder.id:
            yield Found(holder, "met_with", partner, token, "talks_noun", 0.5)
    place_word = token.head if holder is not None and token.dep_ in {"dobj", "obj"} else token
    if holder is not None:
        yield from met_abroad(holder, place_word, resolver)
    yield from partners_abroad(partners, place_word, resolver)


def _sides(token: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """The actors a side of talks stands for; "Swedish and Turkish officials" are two."""
    adjectives = [a for c in token.children if c.dep_ == "amod" for a in [c, *conjuncts(c)]]
    states = [resolver.actor(s) for a in adjectives if (s := resolver.gazetteer.demonym(a.text)) is not None]
    if len(states) > 1:
        return states
    return [a for a, _ in holders(token, frame, resolver)]


def _their_meeting(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "X had assured him during their talks": the subject and the object of the clause met."""
    if token.dep_ != "pobj" or not any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
        return
    verb = token.head.head
    if verb.pos_ not in {"VERB", "AUX"} or negated(verb):
        return
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    persons = [s for s in subjects if s.ent_type_ == "PERSON"]
    sides = [a for s in persons or subjects[:1] for a, _ in holders(s, frame, resolver)]
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "dative"}):
        if obj.lower_ in {"him", "her"}:
            sides.append(frame.speaker or resolver.person_before)
        else:
            sides += [a for a, _ in holders(obj, frame, resolver)]
    sides = [a for a in sides if a is not None]
    if frame.speaker is not None and any(a.id == frame.speaker.id for a in sides):
        sides = [frame.speaker, *sides]  # the one whose words report it comes first
    if len({a.id for a in sides}) == 2:
        yield from mutual_meetings(sides, token, "their_meeting")
