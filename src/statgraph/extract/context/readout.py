"""Reported speech that runs on in the first person, as a ministry's readout writes it.

"Wang Yi stressed that relations are off to a good start. Next year will be critical. We hope
the US side will move in the same direction ...": the sentences after a speaker's reported words,
in the same paragraph and with no frame or quote of their own, go on giving that speaker's words,
and their "we" is the speaker's side, not the author's. Only a sentence in the first person plural
is taken so; one in the third person states nothing more of the speaker than the author's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .frame import FIRST_PLURAL

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved


@dataclass
class Readout:
    """The speaker whose reported words the paragraph at hand runs on with."""

    speaker: Resolved | None = None

    def start_paragraph(self) -> None:
        self.speaker = None

    def note(self, verb: Token | None, speaker: Resolved | None, voice: str) -> None:
        """After a sentence: a report of someone's words ("Wang Yi stressed that ...") opens a
        readout; a quote or another speaker's report ends it."""
        if speaker is not None:
            reports = verb is not None and verb.text != ":" and voice == "reported"
            self.speaker = speaker if reports else None

    def continued(self, sent: Span, quoted: frozenset[int]) -> Resolved | None:
        """The readout's speaker, for a sentence of no frame that speaks as "we" outside quotes."""
        if self.speaker is None or quoted:
            return None
        plural = any(t.lower_ in FIRST_PLURAL and t.pos_ == "PRON" for t in sent)
        return self.speaker if plural else None
