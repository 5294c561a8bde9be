"""Document -> Passages: paragraph-sized ranges of the text, never rewritten.

Analysis sees `analysis_text(document)`: the text with skipped ranges (markup,
boilerplate) and control or zero-width characters replaced by spaces of the same length,
so that every offset in it is an offset in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .models import Document, Passage

# Control, zero-width and bidirectional formatting characters: blanked for analysis.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_NON_SPACE = re.compile(r"\S")
_LINE_END = re.compile(r"[\r\n]")
_BREAK = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9])")
_SOFT_BREAK = re.compile(r"[;,:]\s+|\s+")


def analysis_text(document: Document) -> str:
    """The document's text with skipped ranges and invisible characters blanked, same length."""
    text = _INVISIBLE.sub(" ", document.text)
    if not document.skipped:
        return text
    parts, at = [], 0
    for start, end in document.skipped:
        parts.append(text[at:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        at = end
    parts.append(text[at:])
    return "".join(parts)


def make_passages(document: Document, *, max_chars: int = 5000, text: str | None = None) -> list[Passage]:
    """Split a document into passages: its non-blank lines, cut further when long.

    Args:
        document: the document.
        max_chars: a longer paragraph is cut at sentence ends, or at spaces if it has none.
        text: the analysis text, when the caller has it already.

    Returns:
        Passages in reading order; they do not overlap and never start or end in whitespace.
    """
    text = analysis_text(document) if text is None else text
    return [
        Passage(doc_id=document.id, start=piece_start, end=piece_end)
        for start, end in _paragraphs(text)
        for piece_start, piece_end in _cut(text, start, end, max_chars)
    ]


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """The non-blank lines of a text (ended by LF, CR or both), stripped; linear in its length."""
    at = 0
    while at < len(text):
        newline = _LINE_END.search(text, at)
        line_end = len(text) if newline is None else newline.start()
        start, end = _strip(text, at, line_end)
        if end > start:
            yield start, end
        at = line_end + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without its leading and trailing whitespace, as offsets."""
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return start, start
    start = first.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut text[start:end] into pieces of at most max_chars, preferring sentence ends."""
    pieces = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = _last_break(_BREAK, window, max_chars // 4) or _last_break(_SOFT_BREAK, window, 1) or max_chars
        piece_start, piece_end = _strip(text, start, start + cut)
        if piece_end > piece_start:
            pieces.append((piece_start, piece_end))
        start, _ = _strip(text, start + cut, end)
    if end > start:
        pieces.append((start, end))
    return pieces


def _last_break(pattern: re.Pattern[str], window: str, minimum: int) -> int:
    ends = [m.end() for m in pattern.finditer(window) if m.end() >= minimum]
    return ends[-1] if ends else 0
