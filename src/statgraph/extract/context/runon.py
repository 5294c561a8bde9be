"""A quote that runs over several sentences and names its speaker only at its end.

News writing often opens a quote, runs it over a few sentences, and attributes it once, after
its last words: `"We call for a security compact. The principle is simple. Ukraine needs long-term
commitments," the article states.` Read in order, the first sentences have no frame of their own;
they are the words of whoever the closing sentence names, not of the speaker last quoted.

`RunOn.speaker` finds, for a sentence wholly inside such a quote, the later sentence of the same
paragraph where the quote closes, and the speaker its speech frame names right after the closing
mark (",” the article states", ",” said Lavrov"). The quote must close on a comma, as the
attribution of a quote does; anything else (a quote that just ends) gives nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...nlp.bounds import sentence_starting
from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver

SpeechFrame = Callable[["Span", frozenset[int]], tuple["Token | None", "Resolved | None"]]
SPEECH_NOUNS = words("speech", "speech_nouns")
_REPORTING = words("speech", "reporting_verbs")
_ENDS = ",!?"  # how a quote closes when its attribution follows: "...,” he said"


@dataclass
class RunOn:
    """The speakers of the quotes of one document that run over sentences, found once per quote."""

    speakers: dict[tuple[int, int], Resolved | None] = field(default_factory=dict)

    def speaker(
        self, sent: Span, offset: int, quotes: list[tuple[int, int]], speech_frame: SpeechFrame, resolver: Resolver
    ) -> Resolved | None:
        """The speaker named where the quote this sentence lies in closes, later in its paragraph.

        `offset` maps the sentence's characters into the document, as `quotes` are. Found at the
        quote's first sentence and kept for the rest: "he" after the quote is who was named before
        it, not someone the quote names ("my friend Kyriakos and I agree").
        """
        root = offset + sent.root.idx
        quote = next(((s, e) for s, e in quotes if s < root < e), None)
        if quote is None or quote[1] <= offset + sent.end_char:
            return None  # not inside a quote, or the quote closes within this sentence
        if quote not in self.speakers:
            self.speakers[quote] = _closer(sent, quote[1] - 1 - offset, speech_frame, resolver)
        return self.speakers[quote]


def _closer(sent: Span, closing: int, speech_frame: SpeechFrame, resolver: Resolver) -> Resolved | None:
    """The person a speech frame names right after the closing mark at `closing` (a character of
    the sentence's paragraph): ",” he said", ",” said Lavrov". A body or an office named there
    or a title ("said the spokesperson": a guess at the person last named) is left to the speakers the
    text named before."""
    later = next((s for s in sent.doc.sents if s.start_char <= closing < s.end_char), None)
    if later is None or later.start <= sent.start:
        return None
    mark = next((t for t in later if t.idx <= closing < t.idx + len(t)), None)
    if mark is None or not _attributed_close(sent.doc.text, closing):
        return None
    quoted = frozenset(t.i for t in later if t.idx < closing)
    verb, speaker = _quietly(resolver, lambda: speech_frame(later, quoted))
    if verb is None or verb.i <= mark.i or speaker is None or speaker.type != "person":
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ not in {"PROPN", "PRON"}:
        return None  # a name, or "he"
    # the frame follows the quote at once: ",” he said", ",” Sudan's Information Minister Khalid al-Aiser told"
    between = {t.i for t in later[mark.i + 1 - later.start : verb.i - later.start] if not t.is_punct}
    return speaker if between <= {t.i for t in subject.subtree} else None


def _attributed_close(text: str, closing: int) -> bool:
    """Whether the quote closes as an attributed quote does: its last words end on a comma."""
    before = text[:closing].rstrip()
    return bool(before) and before[-1] in _ENDS


def _quietly(resolver: Resolver, read: Callable[[], tuple[Token | None, Resolved | None]]) -> tuple:
    """Read a later sentence's frame without moving the resolver's memory of who was named last:
    the sentences before it are still read with what came before them."""
    last, recent, organizations = resolver.last_person, list(resolver.recent_people), len(resolver.organizations)
    try:
        return read()
    finally:
        resolver.last_person, resolver.recent_people = last, recent
        del resolver.organizations[organizations:]


def intro_speaker(sent: Span, speaker_of: Callable[[Token], Resolved | None]) -> Resolved | None:
    """Who speaks in the paragraphs a paragraph ending with a colon announces: "Lavrov's remarks,
    which now follow:" -> Lavrov; "Joly issued the following statement:" -> Joly."""
    given = [t for t in sent if t.lemma_.lower() in SPEECH_NOUNS or t.lower_ in SPEECH_NOUNS]
    for token in given:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            return speaker_of(owner)
    for token in given:
        if token.dep_ == "dobj" and any(c.lower_ == "following" for c in token.children):
            # "Mélanie Joly, Minister of Foreign Affairs, ... issued the following statement:"
            owner = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            return speaker_of(owner) if owner is not None else None
    return None


def stated_after(sent: Span, speaker_of: Callable[[Token], Resolved | None], resolver: Resolver) -> Resolved | None:
    """Who the next sentence says stated this one, as news agencies attribute a lead: "Oslo is
    dragging Svalbard into NATO's planning. This was stated by the official representative of the
    Russian Foreign Ministry, Maria Zakharova"; "... Zakharova stated this at a briefing"."""
    later = sentence_starting(sent.doc, sent.end)
    if later is None or "\n" in sent.doc[sent.end - 1 : sent.end + 1].text:
        return None  # the last sentence of its paragraph
    this = next((t for t in later if t.lower_ == "this" and t.dep_ in {"dobj", "nsubjpass"}), None)
    if this is None or this.head.pos_ != "VERB" or this.head.lemma_.lower() not in _REPORTING:
        return None
    verb = this.head
    if this.dep_ == "dobj":
        source = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:  # "This was stated by the official representative ..., Maria Zakharova"
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        named = next((c for c in source.children if c.dep_ == "appos"), None) if source is not None else None
        source = named if named is not None and named.pos_ == "PROPN" else source
    if source is None:
        return None
    found = _quietly(resolver, lambda: (None, speaker_of(source)))[1]
    return found if found is not None and found.type in {"person", "state", "organization"} else None
