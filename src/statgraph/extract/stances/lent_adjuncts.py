"""The shapes of support owned by another than the clause's subject: backing lent in an adjunct
("with the backing of X", "with backing from X", "with the BJP's support": stances/lent_backing.py)
and support credited to the one thanked or praised ("thanked Norway for its support for X":
stances/credited.py); support_screens.py drops the noun reader's readings of both.
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


_OWN = frozenset({"its", "their", "his", "her"})


def credited_noun(noun: Token, verbs: frozenset[str] | None = None) -> tuple[Token, Token] | None:
    """The verb and the party credited, where a noun is what a party is thanked or praised for:
    "thanked Norway for its support" (the noun's owner, if any, a pronoun); any verb with an
    object when `verbs` is None ("asked Congress for its support": Congress's too)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.dep_ != "prep":
        return None
    if any(c.dep_ == "poss" and c.lower_ not in _OWN for c in noun.children):
        return None  # "thanked Norway for Japan's support": Japan's, read by the noun reader
    verb = noun.head.head
    if verb.dep_ in {"dobj", "obj"}:
        verb = verb.head  # "thank the envoy for her support", the parser's "for" on the envoy
    if verb.pos_ != "VERB" or verbs is not None and verb.lemma_.lower() not in verbs:
        return None
    party = next((c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.pos_ in {"PROPN", "NOUN"}), None)
    return (verb, party) if party is not None else None
