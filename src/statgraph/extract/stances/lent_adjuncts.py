"""The shape of backing lent in an adjunct: "with the backing of X", "with backing from X",
"with the BJP's support" (read by stances/lent_backing.py, screened in support_screens.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context.subjects import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token


def lent(noun: Token) -> bool:
    """Whether a noun is the object of an adjunct "with": "with the backing of X"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.dep_ == "prep"


def givers(noun: Token) -> list[Token]:
    """Who lends the backing: the noun's owner ("the BJP's support"), its "of"- or "from"-phrase,
    or a "from"-phrase the parser hung on the verb right after it ("passed with backing from X")."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}]
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}]
    doc = noun.doc
    after = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    if not preps and after is not None and after.lower_ == "from" and after.dep_ == "prep":
        preps = [after]
    found = owners + [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return [m for g in found for m in (g, *conjuncts(g))]
