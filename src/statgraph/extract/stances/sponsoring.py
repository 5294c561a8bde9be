"""Sponsoring a text put to a vote proposes it, as tabling it does (CONVENTIONS: "tables a
resolution" proposes): "Chile and Peru sponsored the draft resolution", "the bill sponsored by
two senators". Sponsoring anything else ("state-sponsored", "sponsored the talks") backs it. The
verbs and texts are data in ontology/phrases.toml (sponsoring_verbs, sponsored_texts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..cues import Cue

_SPONSORING = words("phrases", "sponsoring_verbs")
_TEXTS = words("phrases", "sponsored_texts")


def sponsored_text(cue: Cue, obj: Token) -> bool:
    """Whether a support cue sponsors a text put to a vote: a proposal of it."""
    if cue.relation != "supports" or cue.words not in _SPONSORING:
        return False
    return obj.lemma_.lower() in _TEXTS or obj.lower_ in _TEXTS
