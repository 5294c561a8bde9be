"""The state a bare "the country" doing an act stands for: "Rwanda is the fourth largest
contributor to UN missions. The country has also deployed troops in Mozambique": the state the
sentence before had for its main subject (`Resolver.subject_before`), when that is one state
alone; after two states, or none, nobody.

(A bare title, "The President met X", read as the one person named with that office, was tried in
round twenty-one and left out: on train it found no statement right and one wrong, a readout's
"the President" who is never named.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context.kind_holders import STATE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver


def described_state(subject: Token | None, resolver: Resolver) -> Resolved | None:
    """The state a bare "the country" subject (one of state_nouns, with no word but "the") stands
    for: the one state the sentence before had for its main subject, else None."""
    if subject is None or subject.lemma_.lower() not in STATE_NOUNS:
        return None
    if [c.lower_ for c in subject.children] != ["the"]:
        return None
    before = resolver.subject_before
    return before[0] if len(before) == 1 and before[0].type == "state" else None
