"""Agent nouns in a group or owned: "Poland is one of Russia's fiercest critics", "Lithuania, one
of the most vocal critics of China": the "one" stands where the agent noun would, and an
opponent's or a critic's owner is whom they oppose ("Russia's critics" criticize Russia).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..cues import Cue

# Relations whose agent nouns are turned against their owner: "Russia's critics", "Maduro's opponents".
_AGAINST_OWNER = frozenset({"opposes", "criticizes"})


def standing_for(noun: Token) -> Token:
    """The word that stands in the clause for an agent noun: the first of a list ("a critic of
    Beijing and a supporter of Taiwan"), or "one" in "one of Russia's critics"."""
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one":
        return head.head
    return noun


def owner_opposed(noun: Token, cue: Cue) -> list[Token]:
    """The owner an opponent or a critic is against: "Russia's critics" (not a pronoun's)."""
    if cue.relation not in _AGAINST_OWNER:
        return []
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}]
