"""Envoys summoned: "Manila summoned Beijing's envoy", "the Foreign Ministry summoned the Chinese
ambassador": the state that summons a foreign envoy meets them (met_with, CONVENTIONS.md counts
a summons as a meeting). The envoy is named as the text names them, with their state.

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
from ..context.subjects import subject_of
from ..found import Found

if TYPE_CHECKING:
    from spacy.tokens import Token

SUMMON_VERBS = words("event_forms", "summon_verbs")
_ENVOY_NOUNS = words("event_forms", "envoy_nouns")


def summoned(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "summoned the Chinese ambassador": met_with the envoy, held by the subject (a verb of an
    act done); an envoy named by person is read as a meeting (meetings.py)."""
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
