"""What a demand asks: the act asked for and the one asked to do it ("called on the US to push
Kiev to ..."): the verb rules read a demand's object through these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def asked_action(token: Token, obj: Token, relation: str) -> tuple[Token, Token | None]:
    """A demand's object is the action asked for ("called on the US to push Kiev ..."), and
    the one asked to act its addressee; other objects stay."""
    action = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if action is None and relation == "demands" and obj.dep_ in {"pobj", "dobj"}:
        action = infinitive_after(obj) or to_clause(token, obj)
    if relation == "demands" and action is not None and obj.i != action.i:
        return action, obj if obj.dep_ in {"pobj", "dobj", "obj"} and obj.i < action.i else None
    return obj, None


def infinitive_after(addressee: Token) -> Token | None:
    """A to-infinitive right after an addressee, where the parser hung it elsewhere: "calls on
    European governments "not to recognise ..."."""
    doc = addressee.doc
    for t in doc[addressee.right_edge.i + 1 : min(addressee.right_edge.i + 5, addressee.sent.end)]:
        if t.pos_ == "VERB":
            return t if t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) else None
        if not (t.is_punct or t.lower_ in {"not", "to", "never"} or t.pos_ == "ADV"):
            return None  # "called on Pyongyang to swiftly resume dialogue": an adverb may come between
    return None


def to_clause(verb: Token, addressee: Token) -> Token | None:
    """A to-infinitive the parser hung on the asking verb, after its addressee and an aside:
    "urged all States, in accordance with their obligations, to cooperate with X"."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"advcl", "ccomp"}
            and c.i > addressee.i
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
