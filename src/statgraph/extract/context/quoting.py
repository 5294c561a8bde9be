"""Quoting: where a text quotes, and which tokens a speech verb frames and reports.

`quote_ranges` finds the quoted character ranges of a text; `quoted_as` finds the verb whose
subject speaks ("are quoted as saying", "..., saying: ..."); `framed` splits a sentence into the
tokens of its speech frame and the tokens it reports.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OPEN, _CLOSE = "“«", "”»"
_MARKS = re.compile(f'[{_OPEN}{_CLOSE}"]')


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotes: curly or straight, «guillemets» too.

    A quote still open at the end of a paragraph ends there (the next paragraph of a
    multi-paragraph quote opens again, as newspapers write it). A closing curly mark with
    no opening one quotes from the paragraph's start.
    """
    ranges = []
    for para in re.finditer(r"[^\n]+", text):
        start, opened = para.start(), None
        for mark in _MARKS.finditer(text, para.start(), para.end()):  # the quote marks only
            i, char = mark.start(), mark.group()
            if char in _OPEN or (char == '"' and opened is None):
                opened = i if opened is None else opened
            elif char in _CLOSE or char == '"':
                ranges.append((start if opened is None else opened, i + 1))
                opened = None
        if opened is not None:
            ranges.append((opened, para.end()))
    return ranges


def framed(verb: Token | None, quoted: frozenset[int]) -> tuple[frozenset[int], frozenset[int]]:
    """The tokens of a speech frame (the verb and its subject) and those it reports (clauses, object; no quote)."""
    if verb is None:
        return frozenset(), frozenset()
    speaks = quoted_as(verb)  # "Lapid attacked the government, saying: ...": "attacked" frames too
    frame_tokens = frozenset(
        [verb.i, speaks.i] + [t.i for c in speaks.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
    )
    reported = (
        frozenset(
            t.i
            for c in verb.children
            if c.dep_ in {"ccomp", "xcomp", "advcl", "dobj"}
            for t in c.subtree
            if t.i not in quoted
        )
        - frame_tokens
    )
    return frame_tokens, reported


def quoted_as(verb: Token) -> Token:
    """The verb whose subject speaks: "Romania and Poland are quoted as saying": "quoted"; "Lapid
    echoed this sentiment, declaring, ...", "the Forum urged the government ..., saying: ...": a
    participle with no subject of its own speaks for the subject of the verb it hangs on."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.pos_ == "VERB":
        return head.head
    own = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    if not own and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"} and head.pos_ in {"VERB", "AUX"}:
        return head
    return verb


def quoted_words(mask: bytearray, sent: Span, offset: int) -> frozenset[int]:
    """The indices of a sentence's words inside a quote, by a mask of the document's quoted
    characters (1 inside a quote); `offset` maps the sentence's characters into the document.
    When no quote reaches into the sentence's characters (most sentences of a report), none
    is read word by word."""
    if 1 not in mask[offset + sent.start_char : offset + sent.end_char]:
        return frozenset()
    return frozenset(t.i for t in sent if (at := offset + t.idx) < len(mask) and mask[at] == 1)
