"""A token that reads each of its word attributes from the parse once.

Every string attribute of a spaCy `Token` is looked up anew at each reading: `lemma_`, `lower_`,
`text` fetch the string store's bytes and decode them, `pos_` looks its name up in a module
table (each 0.1 to 0.3 µs). The extractors ask the same few of every token of a sentence, one
extractor after another: spaCy's token attributes were a fifth of what a build adds to the
parse, and a sentence's own tokens are read some six times for each first reading.
`CachedToken` is a `Token` (equal to, and hashed as, `doc[i]`) whose word attributes are kept
on first reading; the attributes that give other tokens (`head`, `children`) are spaCy's own,
so every token they give is a new object, as before.

The parse must not change while such a token is in use (statgraph never changes it).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

# The word attributes a CachedToken keeps: the strings the extractors read of a token again and
# again (about six readings to one in a build); the flags and ids are cheap to read as they are,
# and a token's text with its space is read once (Span.text)
KEPT = ("dep_", "ent_iob_", "ent_type_", "lemma_", "lower_", "norm_", "pos_", "shape_", "tag_", "text")


class _Kept:
    """A non-data descriptor that reads Token's own attribute once and keeps the value in the
    instance's `__dict__`, which Python then reads before the descriptor."""

    __slots__ = ("name", "read")

    def __init__(self, name: str) -> None:
        self.name = name
        self.read = getattr(Token, name).__get__

    def __get__(self, token: Any, owner: type | None = None) -> Any:
        if token is None:
            return self
        value = token.__dict__[self.name] = self.read(token, Token)
        return value


class _Sentence:
    """`Token.sent`, a new Span at each reading as spaCy gives it, found once: spaCy walks the
    parse's sentence starts at each reading; the bounds found are kept."""

    def __get__(self, token: Any, owner: type | None = None) -> Any:
        if token is None:
            return self
        bounds = token.__dict__.get("_sent")
        if bounds is None:
            sent = Token.sent.__get__(token, Token)
            bounds = token.__dict__["_sent"] = (sent.start, sent.end)
        return token.doc[bounds[0] : bounds[1]]


class CachedToken(Token):
    """A Token of a parsed Doc whose word attributes (`KEPT`) and sentence bounds are read from
    the parse once."""

    sent = _Sentence()


for _name in KEPT:
    setattr(CachedToken, _name, _Kept(_name))
