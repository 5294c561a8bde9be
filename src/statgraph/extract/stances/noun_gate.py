"""The words a noun must have (as its lower-case form or lemma) for `nouns.find_noun_stances` to
read a stance on it: made once a lexicon, so that `nouns.noun_stances` makes no reader for the
nouns of a sentence that none of them reads ("the talks", "Tuesday", "the region")."""

from __future__ import annotations

from typing import Any

from ..arguments import TIE_NOUNS
from ..cues import Lexicon
from .attacked import UNDER_NOUNS

_MADE: list[Any] = [None, frozenset()]  # the lexicon the words were made from, and they


def stance_noun_words(lexicon: Lexicon) -> frozenset[str]:
    """Every word `find_noun_stances` looks a noun's form or lemma up by: the speech, tie,
    "under", agent and "against" nouns (`_noun_families`), and the noun cues, with each word a
    cue of two or more words ends in after a space ("security guarantees": the noun "guarantees"
    after its modifier). A noun neither of whose strings is one of them states nothing there."""
    if _MADE[0] is not lexicon:
        endings = {key[k + 1 :] for key in lexicon.nouns for k, c in enumerate(key) if c == " "}
        words = frozenset().union(
            lexicon.speech_nouns, TIE_NOUNS, UNDER_NOUNS, lexicon.agent_nouns, lexicon.against_nouns,
            lexicon.nouns, endings,
        )
        _MADE[:] = [lexicon, words]
    return _MADE[1]
