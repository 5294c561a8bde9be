"""Cheap exact gates in front of the event readers that `forms.token_forms`, `forms.noun_forms`
and `acts._noun_events` call on every word: each tests the first condition a reader returns on,
before its generator is made, so a word that cannot pass it costs one set look-up. A gate may
only skip a call that would yield nothing and note nothing in the resolver's memory: each one
here is the reader's own opening test (or one it implies), kept next to the lists it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp.arrays import hashes, lower_forms
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


def forces_told(doc: Doc) -> bool:
    """Whether a document has a word of present_nouns ("troops", "forces"): `forces_acting_in`
    reads a verb only when its subject names forces (`presence.forces_named`: such a word, or a
    noun of their number with one after "of"), so in a document with none it yields nothing.
    Read off the Doc's array (`arrays.lower_forms`, kept for the last document asked about)."""
    return not hashes(PRESENT_NOUNS).isdisjoint(lower_forms(doc))
