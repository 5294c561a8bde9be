"""A quote that a speech frame opens and that runs on over the sentences after it.

"Margareta Cederfelt said: “We cannot tolerate impunity. Russia started this war, and it must pay
for it.”": the sentences after the frame, still inside the quote it opened, have no frame of their
own; they are the words of the speaker that frame named, and of nobody else. When the frame's
speaker could not be told (a name the text gives no actor for), the quote's later sentences are
nobody's: not the words of whoever spoke before the frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

Quote = tuple[int, int]
OPENING_QUOTES = frozenset({"“", '"', "‘", "«"})  # the marks a quotation opens with
_SPEECH_VERBS = words("speech", "reporting_verbs")


@dataclass
class Opened:
    """The speakers of one document's quotes that a framed sentence opens, by quote."""

    speakers: dict[Quote, Resolved | None] = field(default_factory=dict)

    def note(self, sent: Span, offset: int, quotes: list[Quote], speaker: Resolved | None) -> None:
        """After a framed sentence: the quotes that open in it and close after it are its speaker's
        (None too: a frame whose speaker is unknown). `offset` maps the sentence into the document."""
        start, end = offset + sent.start_char, offset + sent.end_char
        for quote in quotes:
            if start <= quote[0] < end < quote[1]:
                self.speakers[quote] = speaker

    def speaker(self, sent: Span, offset: int, quotes: list[Quote]) -> tuple[bool, Resolved | None]:
        """Whether the sentence lies in a quote an earlier framed sentence opened, and its speaker."""
        root = offset + sent.root.idx
        quote = next(((s, e) for s, e in quotes if s < root < e), None)
        if quote is None or quote not in self.speakers:
            return False, None
        return True, self.speakers[quote]


def unknown_frame(sent: Span, quoted: frozenset[int]) -> bool:
    """Whether a sentence frames the quote it opens with a speech verb whose speaker is nobody
    known ("Some analysts said: “...", "Critics said, “..."): a speech verb outside the quote,
    with a subject, that governs the quoted words or stands right before a colon or comma (not
    "He accused them of “acting ...”", a verb with quoted words of its own)."""
    return bool(quoted) and any(
        t.i not in quoted
        and t.pos_ == "VERB"
        and t.lemma_.lower() in _SPEECH_VERBS
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        and (_governs_quote(t, quoted) or _before_quote(t, sent, quoted))
        for t in sent
    )


def _governs_quote(verb: Token, quoted: frozenset[int]) -> bool:
    return any(c.dep_ in {"ccomp", "parataxis"} and c.i in quoted for c in verb.children)


def _before_quote(verb: Token, sent: Span, quoted: frozenset[int]) -> bool:
    """ "said: “...", "said, “...": a colon or comma after the verb, and the quote right after it."""
    after = verb.i + 1
    if after + 1 >= sent.end or verb.doc[after].text not in {":", ","}:
        return False
    mark = verb.doc[after + 1]
    return mark.i in quoted or (mark.text in OPENING_QUOTES and mark.i + 1 in quoted)

