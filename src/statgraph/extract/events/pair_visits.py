"""Visits of a pair told as "they" or "the two ministers": "Foreign Minister Cho and his Japanese
counterpart, Yoko Kamikawa, reached the agreement as they met one-on-one in Rio de Janeiro", "Kono
and Wang spoke on Monday. The two ministers met in Tokyo": each of the two people who met visited
the place if it is away from the state they serve (abroad.met_abroad).

"They" is the pair of people named together as an earlier subject of the same sentence, else the
pair the sentence just before named (attribution's `Frame.pair`, fresh); "the two ministers",
"both leaders" is that fresh pair, else the two people last said to meet
(`Resolver.meeting_sides`). With no such pair in that window, nobody is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..context.collectives import meeting_pair
from ..context.pairs import named_pair_of
from ..context.subjects import SUBJECT_DEPS, conjuncts
from .abroad import met_abroad

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver
    from ..context.frame import Frame
    from ..found import Found


def pair_met_abroad(
    subject: Token, verb: Token, frame: Frame, resolver: Resolver, pair_nouns: frozenset[str]
) -> Iterator[Found]:
    """The visits of the two people a meeting's subject "they" or "the two <pair noun>" stands
    for, when the meeting was held abroad for them (`verb`: a meeting verb with no partner)."""
    for person in _pair_people(subject, frame, resolver, pair_nouns):
        yield from met_abroad(person, verb, resolver, settings=True)


def _pair_people(
    subject: Token, frame: Frame, resolver: Resolver, pair_nouns: frozenset[str]
) -> tuple[Resolved, ...]:
    """The two people a subject stands for, else ()."""
    fresh = frame.pair if frame.pair_fresh and len(frame.pair) == 2 else ()
    sides = resolver.meeting_sides
    met = sides if len(sides) == 2 and all(s.type == "person" for s in sides) else ()
    if subject.lower_ == "they":
        earlier = [t for t in subject.sent if t.i < subject.i and t.dep_ in SUBJECT_DEPS and t.pos_ != "PRON"]
        if earlier:  # the nearest subject before it in its sentence, only when it names two people
            return two_people(earlier[-1], resolver)
        # else the pair the sentence before named, or the two it said met ("they" still their states)
        just_met = met and {a.id for a in meeting_pair(resolver)} == {a.id for a in resolver.last_subjects}
        return fresh or (met if just_met else ())
    two = any(c.lower_ in {"two", "both"} for c in subject.children if c.dep_ in {"nummod", "det", "predet"})
    if not two or subject.tag_ != "NNS" or subject.lower_ not in pair_nouns:
        return ()
    return fresh or met


def two_people(subject: Token, resolver: Resolver) -> tuple[Resolved, ...]:
    """The two distinct persons a subject coordinates, by name ("Kono and Wang") or by office with
    the name in apposition ("Kenya's foreign minister, Jane Okafor, and her Ugandan counterpart,
    John Mwangi"), else ()."""
    named = named_pair_of(subject, resolver)
    if named:
        return named
    members = [subject, *conjuncts(subject)]
    people = {}
    for member in members:
        names = [member] if member.pos_ == "PROPN" else [c for c in member.children if c.dep_ == "appos"]
        found = [a for t in names[:1] if (a := resolver.resolve(t)) is not None and a.type == "person"]
        people.update((a.id, a) for a in found)
    return tuple(people.values()) if len(members) == 2 == len(people) else ()
