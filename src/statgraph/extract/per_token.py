"""Answers read off the parse alone, kept per parsed passage.

Many extractors ask the same grammatical question of the same word ("is this verb negated?",
"what is its subject?"); each answer is a walk of the tree that makes new `Token` objects. A
function of a token's parse only (never of the discourse state) is asked once per word: its
answers are kept in the Doc's `user_data`, under the function's key, by token index.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Token

T = TypeVar("T")


def per_token(key: str) -> Callable[[Callable[[Token], T]], Callable[[Token], T]]:
    """Keep a function's answer for each token of a parse (the answer must not be a Token)."""

    def wrap(function: Callable[[Token], T]) -> Callable[[Token], T]:
        @wraps(function)
        def kept(token: Token) -> T:
            known = token.doc.user_data.setdefault(key, {})
            if token.i not in known:
                known[token.i] = function(token)
            return known[token.i]

        return kept

    return wrap


def per_token_token(key: str) -> Callable[[Callable[[Token], Token | None]], Callable[[Token], Token | None]]:
    """`per_token` for a function that answers with a word of the same parse, or None: the
    word's index is kept (a Token kept in its own Doc would tie the two in a cycle)."""

    def wrap(function: Callable[[Token], Token | None]) -> Callable[[Token], Token | None]:
        @wraps(function)
        def kept(token: Token) -> Token | None:
            known = token.doc.user_data.setdefault(key, {})
            if token.i not in known:
                found = function(token)
                known[token.i] = None if found is None else found.i
            at = known[token.i]
            return None if at is None else token.doc[at]

        return kept

    return wrap
