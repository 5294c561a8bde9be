"""The sentence around a token, read off a list of sentence starts made once per parse.

`Token.sent` asks the Doc whether it has sentence boundaries (a walk of every token of the
passage) and then walks to the sentence's ends, at each reading: about 9 µs a word, fifteen
times the cost of reading a word's tag, and the extractors ask it of the same words again and
again. `sentence_bounds` keeps the starts of the passage's sentences in the Doc's `user_data`
(a list of ints, made once from `Doc.sents`) and gives the bounds `Token.sent` would.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_STARTS = "statgraph.sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """The first token's index of each sentence of a parse, in order (those of `Doc.sents`, which
    walks every token at each reading), made once a parse: the caller must not change it."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = [sent.start for sent in doc.sents]
    return starts


def sentence_bounds(token: Token) -> tuple[int, int]:
    """(start, end) token indices of the sentence that holds `token`: `token.sent`'s."""
    doc = token.doc
    starts = sentence_starts(doc)
    at = bisect_right(starts, token.i)
    return starts[at - 1], starts[at] if at < len(starts) else len(doc)


def sentence_starting(doc: Doc, start: int) -> Span | None:
    """The sentence of a parse that starts at token `start` (the Span `Doc.sents` gives), or None."""
    starts = sentence_starts(doc)
    at = bisect_left(starts, start)
    if at == len(starts) or starts[at] != start:
        return None
    return doc[start : starts[at + 1] if at + 1 < len(starts) else len(doc)]


def sentence_of(token: Token) -> Span:
    """The sentence that holds `token`, as the Span `token.sent` gives."""
    start, end = sentence_bounds(token)
    return token.doc[start:end]
