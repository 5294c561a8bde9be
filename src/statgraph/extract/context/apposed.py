"""A speaker named by office with the person's name beside it: "the President of the OSCE
Parliamentary Assembly Margareta Cederfelt said: ...", "Chile's Foreign Minister, Alberto van
Klaveren, told ...". The parser often makes the title the subject and hangs the name on it as an
apposition; the name, not the office, says who speaks (the office alone would be a guess at the
person last named, or nobody).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.offices import TITLE_NOUNS
from .officials import PERSON_NOUNS
from .portfolios import ends_a_name

if TYPE_CHECKING:
    from spacy.tokens import Token

_TITLES = TITLE_NOUNS | PERSON_NOUNS


def apposed_name(token: Token) -> Token | None:
    """The last word of the full name (two words or more) set beside a title noun after it, if
    any: "the President ... Margareta Cederfelt" -> "Cederfelt"; None when no person is named
    there ("the President of Kenya"), or the title is plural ("the ministers, Lavrov and Wang")."""
    if token.lemma_.lower() not in _TITLES or token.tag_ in {"NNS", "NNPS"}:
        return None
    names = [c for c in token.children if c.dep_ == "appos" and c.i > token.i and c.pos_ == "PROPN"]
    # one person's full name, not a list ("... Margareta Cederfelt and X")
    return next((n for n in names if ends_a_name(n) and not any(c.dep_ == "conj" for c in n.children)), None)
