"""Encounters told of but not held: "cancelled his planned meeting with Wang Yi", "postponed his
visit to Ankara", "Russia boycotted scheduled meetings with U.S. officials", "expressed
anticipation for Xi's state visit", "preparations for Modi's visit". A meeting or a visit so told
is no met_with or visited (CONVENTIONS.md: a planned or cancelled visit or meeting is not one);
nor is an address sent by a recording ("addressed the Assembly via a pre-recorded video").

The word lists are ontology/event_forms.toml's coming, call_off_verbs, awaiting_nouns and
planning_verbs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from ..context.subjects import INTENT_NOUNS
from ..moods import speculative

if TYPE_CHECKING:
    from spacy.tokens import Token

COMING = words("event_forms", "coming")
_CALL_OFF_VERBS = words("event_forms", "call_off_verbs")
_AWAITING_NOUNS = words("event_forms", "awaiting_nouns")
_PLANNING_VERBS = words("event_forms", "planning_verbs")
# What an act a meeting is told with may be only willed: "showed willingness to resume talks",
# "their readiness for talks", "a plan to hold a summit".
_WILLED = INTENT_NOUNS | _AWAITING_NOUNS


def unheld(noun: Token) -> bool:
    """Whether a meeting or visit noun is one still to come, called off or only awaited: a
    modifier of coming ("the upcoming talks"), the object of a verb that calls it off ("skipped
    the summit", "the visit was postponed", "called off the talks"), or what an awaiting noun
    is for ("anticipation for his visit", "preparations for the talks", "readiness for talks"), or
    the object of an act such a noun wills ("willingness to resume talks"); the subject of a verb
    only possible ("the talks could resume"), or told with an act only planned ("plans to sign
    it during his visit")."""
    if any(c.lower_ in COMING for c in noun.children):
        return True
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "cancelled the visit and the talks"
    head = noun.head
    if noun.dep_ in {"dobj", "obj", "nsubjpass"} and _calls_off(head):
        return True
    if noun.dep_ in {"nsubj", "nsubjpass"} and speculative(head):
        return True  # "negotiations between Israel and Hamas could resume"
    if noun.dep_ == "pobj" and head.lower_ in {"for", "of", "to"} and head.head.lemma_.lower() in _WILLED:
        return True
    verb = head.head if noun.dep_ == "pobj" else head
    if verb.dep_ in {"acl", "xcomp"} and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in _WILLED:
        return True  # "showed willingness to resume talks with Pakistan": the talks are only willed
    # "Lula plans to propose it during his visit to China": the visit is planned with the act
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PLANNING_VERBS


def _calls_off(verb: Token) -> bool:
    """ "boycotted", "postponed", "called off" (a particle makes "call" one)."""
    lemma = verb.lemma_.lower()
    if lemma in _CALL_OFF_VERBS:
        return True
    return lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


# "addressing the Assembly via a pre-recorded video statement": an address sent, not given in person
_RECORDED = frozenset({"message", "recording", "statement", "video"})


def recorded(verb: Token) -> bool:
    """Whether an act is told as done through a recording or a message ("via video", "in a video
    message"): no one was met in person."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"via", "by", "in", "through"}]
    return any(t.lemma_.lower() in _RECORDED for c in preps for t in c.subtree)
