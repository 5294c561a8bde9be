"""Defined terms, read back: "participants", "the Parties" as the subject of a later sentence.

`defined_terms.note_defined_terms` remembers each term a text defines in parentheses with the
parties it names ("(participants)", "(hereinafter the Parties)"); `defined_parties` gives them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .subjects import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver


def defined_parties(token: Token, resolver: Resolver) -> tuple[Resolved, ...]:
    """The parties a defined term stands for ("participants", "the Parties"; see defined_terms.py)."""
    if not resolver.defined or token.tag_ not in {"NNS", "NNPS"} or conjuncts(token):
        return ()
    if any(c.dep_ != "det" or c.lower_ not in {"the", "all", "both"} for c in token.children if c.dep_ != "punct"):
        return ()  # "participants in the talks", "other participants": not the term itself
    return resolver.defined.get(term_key(token), ())


def term_key(token: Token) -> str:
    """The key a defined term is known by: its lower-case singular ("Parties" -> "party")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and lemma == token.lower_ and lemma.endswith("ies"):
        return lemma[:-3] + "y"
    if token.pos_ == "PROPN" and lemma == token.lower_ and lemma.endswith("s") and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma
