"""Envoys summoned: "Manila summoned Beijing's envoy", "the Foreign Ministry summoned the Chinese
ambassador": the state that summons a foreign envoy meets them (met_with, CONVENTIONS.md counts
a summons as a meeting). The envoy is named as the text names them, with their state. Envoys of
a list of states ("summoned the ambassadors of A, B and C", "ambassadors from A and B were
summoned to the Turkish Foreign Ministry") give a meeting with each state.

The word lists are ontology/event_forms.toml's summon_verbs and envoy_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from ..moods import irrealis, negated, speculative

if TYPE_CHECKING:
    from spacy.tokens import Token

SUMMON_VERBS = words("event_forms", "summon_verbs")
_ENVOY_NOUNS = words("event_forms", "envoy_nouns")


def summoned(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "summoned the Chinese ambassador": met_with the envoy, held by the subject (a verb of an
    act done); an envoy named by person is read as a meeting (meetings.py)."""
    yield from envoys_listed(token, frame, resolver)
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is None or obj.lemma_.lower() not in _ENVOY_NOUNS or obj.ent_type_ == "PERSON":
        return
    if any(c.ent_type_ == "PERSON" for c in obj.subtree if c.dep_ == "appos"):
        return  # "summoned the ambassador, Huang Xilian": the person is met (meetings.py)
    whose = [c for c in obj.children if c.dep_ in {"poss", "amod", "compound"}]
    if not whose or any(c.pos_ == "PRON" for c in whose):
        return  # "summoned its ambassador to Ethiopia": its own envoy, recalled
    envoy = " ".join(t.text for t in obj.subtree if t.i <= obj.i and t.dep_ not in {"det", "punct", "case"})
    for holder, how in holders(subject_of(token), frame, resolver):
        if holder.type in {"state", "organization", "person"}:
            yield Found(holder, "met_with", Target(envoy), token, f"summoned/{how}", 0.55)


_OF_STATES = frozenset({"of", "from"})
_SUMMONERS = frozenset({"state", "organization"})


def envoys_listed(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Turkey summoned the ambassadors of the US, the Netherlands and Sweden", "ambassadors and
    representatives from A, B and C were summoned to the Turkish Foreign Ministry": the summoner
    (the subject; in the passive the agent, or the ministry summoned to) met each state whose
    envoys were summoned, when two or more are named (an act done)."""
    if negated(token) or irrealis(token) or speculative(token) or token.dep_ == "xcomp":
        return
    passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    envoys = passive if passive is not None else next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if envoys is None or envoys.lemma_.lower() not in _ENVOY_NOUNS or envoys.ent_type_ == "PERSON":
        return
    states = _states_of(envoys, resolver)
    if len(states) < 2:
        return
    if passive is None:
        found = [h for h, _ in holders(subject_of(token), frame, resolver)]
    else:
        found = _passive_summoner(token, resolver)
    for holder in (h for h in found[:1] if h.type in _SUMMONERS):
        for state in states:
            if state.id != holder.id:
                yield Found(holder, "met_with", Target(state.label, state), token, "envoys_listed", 0.55)


def _passive_summoner(token: Token, resolver: Resolver) -> list:
    """Who summoned in the passive: the agent, or the ministry summoned to ("to the Turkish Foreign
    Ministry"); a ministry of no state named is that of the one state the sentence before was
    about ("Turkey summoned the ambassadors of nine countries. Ambassadors from A and B were
    summoned to the Foreign Ministry")."""
    places = [o for p in token.children if p.dep_ in {"agent", "prep"} and p.lower_ in {"by", "to"}
              for o in p.children if o.dep_ == "pobj"]
    found = [a for o in places if (a := resolver.resolve(o)) is not None]
    before = resolver.subject_before
    if not found and any(o.lemma_.lower() == "ministry" for o in places) and len(before) == 1:
        found = [before[0]]
    return found


def _states_of(envoys: Token, resolver: Resolver) -> list:
    """The states after "of" or "from" under the envoys (or the envoys joined to them), each of a
    list, with those "including" them: "ambassadors of nine countries, including A and B"."""
    heads = [envoys, *(c for c in envoys.children if c.dep_ == "conj")]
    objects = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _OF_STATES
               for o in p.children if o.dep_ == "pobj"]
    objects += [o for t in objects for p in t.children if p.lower_ == "including"
                for o in p.children if o.dep_ == "pobj"]
    states, seen = [], set()
    for t in (t for o in objects for t in [o, *conjuncts(o)]):
        actor = resolver.resolve(t) if t.ent_type_ in {"GPE", "NORP"} else None
        if actor is not None and actor.type == "state" and actor.id not in seen:
            seen.add(actor.id)
            states.append(actor)
    return states

