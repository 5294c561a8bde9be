"""Datelines set off by a colon: "ISLAMABAD: The Foreign Office rejected ...", "Kuala Lumpur:
Malaysia's prime minister said ..." name where the story was filed, not who speaks (a headline's
"Moscow: ..." may still be Moscow speaking)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.gazetteer import Gazetteer

_LONGEST = 4  # the most words of a dateline's place


def is_dateline(sent: Span, colon: Token, gazetteer: Gazetteer, *, headline: bool) -> bool:
    """Whether the words before a colon opening a sentence are a dateline: a place (a city, or a
    seat that stands for a state or body), in capitals anywhere ("UNITED NATIONS:"), else only
    outside the headline."""
    words = sent.doc[sent.start : colon.i]
    text = " ".join(words.text.split())
    if not words or len(words) > _LONGEST or not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words):
        return False
    capitals = text.isupper() and len(text) >= 4
    if headline and not capitals:
        return False
    if gazetteer.city(text) is not None:
        return True
    actor = gazetteer.find(text)
    if actor is None:
        return False
    seats = {m.lower() for m in actor.metonyms}
    return text.lower() in seats or capitals and actor.type == "organization" and text.lower() == actor.label.lower()
