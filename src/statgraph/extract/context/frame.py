"""The attribution of one sentence (`Frame`) and the first-person pronouns it turns on.

`attribution.Attributor` makes a Frame per sentence; every extractor reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved
    from .issuer import Issuer

FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PERSON = FIRST_SINGULAR | FIRST_PLURAL


@dataclass(frozen=True)
class Frame:
    """Attribution of one sentence."""

    speaker: Resolved | None = None
    voice: str = "author"
    behalf: Resolved | None = None  # the actor "we" stands for
    quoted: frozenset[int] = frozenset()  # token indices inside quotes
    reported: frozenset[int] = frozenset()  # token indices in clauses under a speech verb
    frame_tokens: frozenset[int] = frozenset()  # the speech verb and its subject
    hearsay: frozenset[int] = frozenset()  # clauses said by someone unknown ("they say, ...")
    joint: tuple[Resolved, ...] = ()  # those "we" stands for when several speak together
    addressee: Resolved | None = None  # whom "you" stands for: the interviewee, in a question turn
    pair: tuple[Resolved, ...] = ()  # the two people last named together as a subject ("Kono and Wang agreed")
    pair_fresh: bool = False  # whether the sentence just before named that pair
    issuer: Issuer | None = None  # who issues a text printed whole, named again by its noun ("The Chairperson")

    def voice_of(self, token: Token) -> str:
        if token.i in self.quoted:
            return "quoted"
        if token.i in self.reported:
            return "reported"
        return "quoted" if self.voice == "quoted" else ("author" if self.speaker is None else self.voice)


def narrated(token: Token, frame: Frame) -> bool:
    """Whether a verb is the narrator's telling of a quote it governs: outside the quotation marks,
    in no clause a speech verb reports, with quoted words among its own ("Bathily called on the
    parties to “engage ...”" is the author's telling of someone's call, whoever spoke last; a
    verb near scare quotes it does not govern is not, nor one whose quoted words are a scare-quoted
    name with no verb: "to develop ties with the Central Asian “five”")."""
    if token.i in frame.quoted or token.i in frame.reported:
        return False
    return any(t.i in frame.quoted and t.pos_ in ("VERB", "AUX") for t in token.subtree)
