"""Armed groups named before a group noun: "the M23 rebels" are M23, "Houthi militants" the
Houthis; "Sudanese rebels", "Syria's militias" are never the state (ontology/actor_nouns.toml's
insurgents).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..words import words
from .gazetteer import Actor, mint_id

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .gazetteer import Gazetteer

INSURGENTS = words("actor_nouns", "insurgents")


def armed_group(token: Token, gazetteer: Gazetteer) -> Actor | None:
    """The group an insurgent noun is named for by its proper compound ("M23" in "the M23
    rebels"): a known actor, else a group of that name; None when none is named or it is a state."""
    if token.lemma_.lower() not in INSURGENTS and token.lower_ not in INSURGENTS:
        return None
    parts = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not parts:
        return None
    name = token.doc[parts[0].i : token.i].text
    known = gazetteer.demonym(name) or gazetteer.find(name)
    if known is not None:
        return known if known.type != "state" else None
    return Actor(mint_id(name), name, "group")
