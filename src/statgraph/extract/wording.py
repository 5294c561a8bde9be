"""A target's words as a reader writes them down: whitespace normalised, no quotation mark left
without its pair, no dangling word where a phrase was cut, no name split where it was cut.

"had “illegally” entered its waters" read from "illegally" on is 'illegally entered its waters',
not 'illegally” entered its waters'; "necessity of providing guidance to complete the process
following" ends at "process".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Quotation marks that come in pairs; "’" is also the apostrophe ("Europe’s") and is left alone.
_PAIRS = (("“", "”"), ("«", "»"))
_EDGES = "\"'“”‘’«»,.;: "
# Words a cut phrase does not end on: articles, prepositions, conjunctions, possessive pronouns.
_LOOSE_ENDS = frozenset(
    "the a an of to for with in on at by from into about over under between against towards toward "
    "amid following and or nor but as than its their his her our your my that which who whose".split()
)
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# An aside in brackets, three words or more, opening on a small letter ("(which took place in
# 2000)"), not a name or an acronym ("(LAC)", "(Nuclear Non-Proliferation Treaty)").
_ASIDE = re.compile(r"\s*\((?=[a-z])[^()]*\s[^()]*\s[^()]*\)")
# An ellipsis a quotation marks where it left words out: "<...>", "[...]", "(…)".
_ELIDED = re.compile(r"\s*[<\[(]\s*(?:\.\.\.|…)\s*[>\])]")
_CLOSING_SINGLE = re.compile(r"(?<=[^\Ws])’(?=\s)")
_CLOSING_SINGLE_ASCII = re.compile(r"(?<=[^\Ws])'(?=\s)")


def tidy(text: str) -> str:
    """`text` with its whitespace normalised, asides in brackets, marks of left-out words
    ("<...>") and unpaired quotation marks dropped, and the punctuation and loose words at its ends trimmed."""
    text = _ELIDED.sub("", _ASIDE.sub("", " ".join(text.split())))
    for opening, closing in _PAIRS:
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    text = " ".join(text.split()).strip(_EDGES)
    # "‘neutral’ Malaysia" read from "neutral": a closing mark left alone, no apostrophe ("countries’ rights")
    if "‘" not in text:
        text = _CLOSING_SINGLE.sub("", text)
    if text.count("'") % 2:
        text = _CLOSING_SINGLE_ASCII.sub("", text)
    words = text.split()
    while len(words) > 1 and words[-1].lower().strip(_EDGES) in _LOOSE_ENDS:
        words.pop()
    return " ".join(words).strip(_EDGES)


def usable(text: str) -> bool:
    """Whether a target's words name anything: a word of two letters or more, not a lone
    function word ("<", "that", "the")."""
    words = text.split()
    if not words or not _LETTERS.search(text):
        return False
    return not (len(words) == 1 and words[0].lower() in _LOOSE_ENDS)


def name_end(doc: Doc, cut: int, end: int) -> int:
    """Where a phrase cut at `cut` may end without splitting a name or a hyphenated word: "the
    United | Arab Emirates" runs on to the end of the name (never past `end`), and a cut right
    after a word qualifying a noun a few words on runs on to that noun ("come to a peace | treaty")."""
    while cut < end and cut > 0 and (doc[cut - 1].pos_ == "PROPN" and doc[cut].pos_ == "PROPN" or _joined(doc, cut)):
        cut += 1
    last = doc[cut - 1] if 0 < cut < end else None
    if last is not None and last.dep_ in _QUALIFYING and cut <= last.head.i < min(end, cut + 3):
        return name_end(doc, last.head.i + 1, end)
    owned = _of_object(doc, cut, end)
    return name_end(doc, owned.i + 1, end) if owned is not None else cut


def _of_object(doc: Doc, cut: int, end: int):  # noqa: ANN202 - a Token or None
    """The object of an "of" right after a cut, on the word before it, a few words on: a cut
    does not split "the situation | of Puerto Rico" or "millions | of Syrians"."""
    if not 0 < cut < end or doc[cut].lower_ != "of" or doc[cut].head.i != cut - 1:
        return None
    return next((c for c in doc[cut].children if c.dep_ == "pobj" and c.i < min(end, cut + 5)), None)


# Words that qualify a noun after them: a cut does not end on one ("a peace | treaty").
_QUALIFYING = frozenset({"compound", "amod", "nummod", "det", "poss"})


def _joined(doc: Doc, cut: int) -> bool:
    """Whether a cut at `cut` splits a hyphenated word ("Nuclear-Test- | Ban")."""
    before, after = doc[cut - 1], doc[cut]
    return not before.whitespace_ and (before.text == "-" or after.text == "-")


def hyphen_whole(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Bounds of a span widened so that no hyphenated word is cut at either edge: the parser
    may hang "de", "-" and "escalation" of "de-escalation" as three objects, and a phrase read
    off the first must still say "de-escalation" (at most three tokens more on each side)."""
    for _ in range(3):
        if end < len(doc) and end > start and _joined(doc, end):
            end += 1
    for _ in range(3):
        if start > 0 and start < end and _joined(doc, start):
            start -= 1
    return start, end
