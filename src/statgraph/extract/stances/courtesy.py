"""Courtesies that state no stance: thanks for a briefing, wishes of recovery.

"We thank the Special Envoy for her briefing" is the etiquette of a meeting; "the Council
wished a speedy recovery to the injured" a sympathy. Neither supports anyone (a wish of what
could have been, "I wish we could have held it together", is moods.counterfactual's, read
where every wish is, in cue_relation). The nouns are data in ontology/cues.toml
[supports] courtesy_nouns; thanks for a deed ("thanked Finland for its leadership") and a
wish for what is to come ("we wish the talks success") still support.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..cues import Lexicon

# Verbs whose object or "for"-phrase may be a mere courtesy.
_POLITE = frozenset({"thank", "wish"})


def courtesy(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of thanks or wishes is a courtesy: its object or its "for"-phrase a
    courtesy noun."""
    if verb.lemma_.lower() not in _POLITE:
        return False
    nouns = lexicon.listed("supports", "courtesy_nouns")
    named = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    named += _thanked_for(verb)
    return any(n.lemma_.lower() in nouns or n.lower_ in nouns for n in named)


def _thanked_for(verb: Token) -> list[Token]:
    """What one is thanked "for", also where the parser hangs it on the one thanked ("thank the
    envoy on Afghanistan, Nicholas Haysom, for his briefing"); not a "for" of a clause below."""
    return [
        g
        for t in verb.subtree
        if t.dep_ == "prep" and t.lower_ == "for" and _same_clause(t, verb)
        for g in t.children
        if g.dep_ == "pobj"
    ]


def _same_clause(token: Token, verb: Token) -> bool:
    """Whether no other verb stands between a token and the verb it hangs under."""
    head = token.head
    while head.i != verb.i:
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return False
        head = head.head
    return True
