"""Defined terms: a group named once, then called by a word of its own.

Agreements and declarations name their parties once and give them a term in parentheses:
"The government of the Democratic Republic of Congo and the Republic of Rwanda (participants)
support ...", "Armenia and Azerbaijan (hereinafter the Parties) agree ...". Later sentences use
the term as a subject ("Participants recognize each other's sovereignty"): it stands for every
party it was given to. `note_defined_terms` remembers each term with its parties on the
resolver (`Resolver.defined`); `terms.defined_parties` reads them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .holders import holders
from .terms import term_key

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver
    from .frame import Frame

# Words around a defined term inside its parentheses: "(hereinafter referred to as the "Parties")".
_FILLER = frozenset("hereinafter hereafter referred to as the collectively together jointly both each".split())
_QUOTES = frozenset("\"'“”‘’")
_UP = frozenset({"pobj", "prep", "compound", "flat", "conj", "cc", "det", "appos"})


def note_defined_terms(sent: Span, frame: Frame, resolver: Resolver) -> None:
    """Remember the terms a sentence defines for a list of actors: "(participants)" -> the
    actors named just before it (two or more, not persons)."""
    for token in sent:
        if token.text != "(":
            continue
        term = _term(sent, token)
        if term is None:
            continue
        actors = _named_before(token, frame, resolver)
        if len(actors) >= 2:
            resolver.defined[term] = actors


def _term(sent: Span, opening: Token) -> str | None:
    """The one plural noun a parenthesis holds, besides filler words and quotes, if that is all."""
    doc = sent.doc
    inner = []
    for t in doc[opening.i + 1 : min(opening.i + 9, sent.end)]:
        if t.text == ")":
            nouns = [w for w in inner if w.lower_ not in _FILLER and w.text not in _QUOTES]
            if len(nouns) == 1 and nouns[0].tag_ in {"NNS", "NNPS"} and nouns[0].is_alpha:
                return term_key(nouns[0])
            return None
        inner.append(t)
    return None


def _named_before(opening: Token, frame: Frame, resolver: Resolver) -> tuple[Resolved, ...]:
    """The actors of the noun phrase that ends just before a parenthesis."""
    if opening.i == 0:
        return ()
    top = opening.doc[opening.i - 1]
    while top.dep_ in _UP and top.head.i != top.i and top.head.i < opening.i:
        top = top.head
    found = [a for a, _ in holders(top, frame, resolver) if a.type != "person"]
    return tuple({a.id: a for a in found}.values())
