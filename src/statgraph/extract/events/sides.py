"""The sides of a meeting: one meeting among the sides listed ("A, B and C met"), the pair of
states named before ("the two countries"), the two people who met kept for "hosted the meeting"
later on, and the actors a list of partner words stands for."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..found import Found
from ..context.subjects import conjuncts
from .partners import titled_person

if TYPE_CHECKING:
    from spacy.tokens import Token

# "held talks with X", "had a phone call with X", "a telephone conversation with X": a meeting
TALK_NOUNS = words("event_forms", "talk_nouns")
# Those who stand for the states they serve ("the foreign ministers of the two countries").
_REPRESENTATIVES = words("actor_nouns", "representatives")


def remember_sides(resolver: Resolver, sides: list[Resolved]) -> None:
    """Keep the people who met, for "hosted the meeting" and "met both leaders" later on."""
    if len(sides) == 2 and all(a.type == "person" for a in sides):
        resolver.meeting_sides = tuple(sides)


def actors(tokens: list[Token | Resolved], resolver: Resolver) -> list[Target]:
    found = []
    for token in tokens:
        actor = token if isinstance(token, Resolved) else resolver.resolve(token) or titled_person(token, resolver)
        if actor is not None:
            found.append(Target(actor.label, actor))
    return found


def mutual_meetings(sides: list[Resolved], cue: Token, rule: str, most: int = 0) -> Iterator[Found]:
    """One meeting among the sides listed, held by the one named first; in a meeting of three
    ("A, B and C met"), also between the other two when they are of a kind (no state with its envoy).
    Four sides are paired when all are of a kind ("officials from A, B, C and D met"). More
    sides than `most` met as a gathering ("the ministers of the G7 states, A, B, C, D, E, F and
    G, met"): no one pair of them is told to have met."""
    unique = list({a.id: a for a in sides}.values())
    if not most:  # four sides only of a kind ("the ministers of A and B, X and Y": states and envoys)
        most = 4 if len({a.type for a in unique}) == 1 else 3
    for i, side in enumerate(unique if len(unique) <= most else []):
        for other in unique[i + 1 :]:
            if i == 0 or other.type == side.type:
                yield Found(side, "met_with", Target(other.label, other), cue, rule, 0.6)


def pair_named(token: Token, resolver: Resolver, words: dict[str, frozenset[str]]) -> list[Resolved]:
    """ "the two countries", "both sides", "the foreign ministers of the two countries": the two
    states named last before the sentence, in its paragraph; none when more than two compete."""
    noun = token
    if noun.lemma_.lower() in _REPRESENTATIVES:
        noun = next((p for c in noun.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), noun)
    if noun.lower_ not in words["pair_nouns"]:
        return []
    if not any(c.lower_ in {"two", "both"} for c in noun.children if c.dep_ in {"nummod", "det", "predet", "amod"}):
        return []
    named: list[Resolved] = []
    for sent in reversed([s for s in token.doc.sents if s.end <= token.sent.start][-3:]):
        states = [a for e in sent.ents if e.label_ == "GPE" if (a := resolver.resolve(e.root)) and a.type == "state"]
        named = [*states, *named]
        if len({a.id for a in named}) >= 2:
            break
    unique = list({a.id: a for a in named}.values())
    return unique if len(unique) == 2 else []


# Those sent to talk for a state: "officials from A and B met", "Iranian and US negotiators held talks"
_ENVOYS = _REPRESENTATIVES | {"delegate", "envoy", "negotiator"}


def envoy_states(subject: Token, resolver: Resolver) -> list[Resolved]:
    """ "Senior officials from Kenya and Uganda met", "Iranian and United States delegations held
    talks": the states whose envoys (a plural with no owner told) met, two or more, each once."""
    if subject.tag_ not in {"NNS", "NNPS"} or subject.lemma_.lower() not in _ENVOYS:
        return []
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return []  # "their officials", "officials of X": read by the holders of the subject
    named = [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    named += [c for c in subject.children if c.dep_ in {"amod", "compound", "nmod"}]
    states = []
    for token in (t for n in named for t in [n, *conjuncts(n)]):
        actor = resolver.gazetteer.demonym(token.text) if token.pos_ == "ADJ" else None
        found = resolver.actor(actor) if actor is not None else resolver.resolve(token) if token.pos_ == "PROPN" else None
        if found is not None and found.type == "state":
            states.append(found)
    unique = list({a.id: a for a in states}.values())
    return unique if len(unique) >= 2 else []
