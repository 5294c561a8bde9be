"""Sides that only vote or speak alike: "Washington's vote aligned it with Russia", "the US joined
Russia in opposing the resolution", "Kenya and Uganda voted together against the draft". A shared
vote or a shared position is no tie (CONVENTIONS.md: cooperates_with is allied with, partners
with, signs an agreement with, works with), so such a cooperates_with is dropped (screens.py,
`voted_alike`); the position each side takes is a stance of its own.

The word lists are ontology/event_forms.toml's vote_words and shared_stance_gerunds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_VOTE_WORDS = words("event_forms", "vote_words")
_SHARED_STANCES = words("event_forms", "shared_stance_gerunds")


def voted_alike(relation: str, cue: Token) -> bool:
    """Whether a cooperates_with is told by a vote ("voted together", "Washington's vote aligned it
    with Russia") or by joining another in a stance ("joined Russia in opposing the resolution")."""
    if relation != "cooperates_with":
        return False
    if cue.lemma_.lower() in _VOTE_WORDS:
        return True
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _VOTE_WORDS for c in cue.children):
        return True  # "Washington's vote aligned it with Russia"
    return any(
        g.lemma_.lower() in _SHARED_STANCES or g.lemma_.lower() in _VOTE_WORDS
        for c in cue.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pcomp" or g.tag_ == "VBG"
    )
