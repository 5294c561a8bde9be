"""Geographic names: a place word after a proper modifier ("the Taiwan Strait", "the Black Sea",
"the Korean Peninsula", "the Suez Canal", "the Lachin Corridor") is one place, whose modifier
is no actor of its own. The place words are ontology/names.toml's geographic_heads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..words import words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

GEOGRAPHIC_HEADS = words("names", "geographic_heads")


def geographic(name: Sequence[Token]) -> bool:
    """Whether a name of several words ends in a capitalised place word: "Taiwan Strait"."""
    return len(name) > 1 and name[-1].text[:1].isupper() and name[-1].lower_ in GEOGRAPHIC_HEADS
