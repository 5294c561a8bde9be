"""Cheap exact gates in front of the event readers that `forms.token_forms`, `forms.noun_forms`
and `acts._noun_events` call on every word: each tests the first condition a reader returns on,
before its generator is made, so a word that cannot pass it costs one set look-up. A gate may
only skip a call that would yield nothing and note nothing in the resolver's memory: each one
here is the reader's own opening test (or one it implies), kept next to the lists it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aggression import AGGRESSION_NOUNS, PRESENT_NOUNS, WAR_NOUNS
from .aggression import _OPERATION_NOUNS as OPERATION_NOUNS
from .pair_ties import PAIR_MEETING_NOUNS, PAIR_TIE_NOUNS
from .presence import _FORCE_NAME_HEADS as FORCE_NAME_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# `aggression_noun` reads a noun of these lemmas only
AGGRESSION_NOUN_CUES = AGGRESSION_NOUNS | WAR_NOUNS | OPERATION_NOUNS
# `pair_ties.paired` reads a noun of a tie or a meeting only
PAIR_NOUNS = PAIR_TIE_NOUNS | PAIR_MEETING_NOUNS
# (`presence.named_force` reads a name's "Force" or "Mission" only: FORCE_NAME_HEADS)

_FORCES_TOLD: list[tuple[Doc, bool]] = []


def forces_told(doc: Doc) -> bool:
    """Whether a document has a word of present_nouns ("troops", "forces"): `forces_acting_in`
    reads a verb only when its subject names forces (`presence.forces_named`: such a word, or a
    noun of their number with one after "of"), so in a document with none it yields nothing.
    Kept for the last document asked about (a document is read sentence by sentence)."""
    if _FORCES_TOLD and _FORCES_TOLD[0][0] is doc:
        return _FORCES_TOLD[0][1]
    told = any(t.lower_ in PRESENT_NOUNS for t in doc)
    _FORCES_TOLD[:] = [(doc, told)]
    return told
