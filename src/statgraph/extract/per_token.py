"""Answers read off the parse alone, kept per parsed passage.

Many extractors ask the same grammatical question of the same word ("is this verb negated?",
"what is its subject?", "what phrase does this noun head?"); each answer is a walk of the tree
that makes new `Token` objects. A function of a token's parse only (never of the discourse
state) is asked once per word: its answers are kept in the Doc's `user_data`, under the
function's key, by token index.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

T = TypeVar("T")


def _answers(token: Token, key: str) -> dict[int, object]:
    """The answers kept for one function in a token's Doc (made at the first question)."""
    user_data = token.doc.user_data
    known = user_data.get(key)
    if known is None:
        known = user_data[key] = {}
    return known


def per_token(key: str) -> Callable[[Callable[[Token], T]], Callable[[Token], T]]:
    """Keep a function's answer for each token of a parse (the answer must not be a Token)."""

    def wrap(function: Callable[[Token], T]) -> Callable[[Token], T]:
        @wraps(function)
        def kept(token: Token) -> T:
            known, i = _answers(token, key), token.i
            if i not in known:
                known[i] = function(token)
            return known[i]  # type: ignore[return-value]

        return kept

    return wrap


def per_token_token(key: str) -> Callable[[Callable[[Token], Token | None]], Callable[[Token], Token | None]]:
    """`per_token` for a function that answers with a word of the same parse, or None: the
    word's index is kept (a Token kept in its own Doc would tie the two in a cycle)."""

    def wrap(function: Callable[[Token], Token | None]) -> Callable[[Token], Token | None]:
        @wraps(function)
        def kept(token: Token) -> Token | None:
            known, i = _answers(token, key), token.i
            if i not in known:
                found = function(token)
                known[i] = None if found is None else found.i
            at = known[i]
            return None if at is None else token.doc[at]  # type: ignore[index]

        return kept

    return wrap


def per_token_span(key: str) -> Callable[[Callable[[Token], Span]], Callable[[Token], Span]]:
    """`per_token` for a function that answers with a span of the same parse: its bounds are
    kept, and each answer is the span `doc[start:end]` anew (equal to the one first made)."""

    def wrap(function: Callable[[Token], Span]) -> Callable[[Token], Span]:
        @wraps(function)
        def kept(token: Token) -> Span:
            known, i = _answers(token, key), token.i
            bounds = known.get(i)
            if bounds is None:
                span = function(token)
                if span.label or span.kb_id or span.id:  # only a plain slice is made anew the same
                    return span
                known[i] = (span.start, span.end)
                return span
            return token.doc[bounds[0] : bounds[1]]  # type: ignore[index]

        return kept

    return wrap
