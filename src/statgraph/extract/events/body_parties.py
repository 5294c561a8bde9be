"""Structure: member_of, the parties a body's kind noun names.

"the AUKUS pact between Australia, Britain and the United States", "the Quad grouping of the US,
Japan, India and Australia", "The Quad, a grouping of the US, Japan, India and Australia",
"Australia's military alliance with the UK and the US (AUKUS)", "Aukus, a security pact agreed
last month between Australia, the United States and Britain": a body named by its kind
("pact", "alliance", "grouping") with its parties after "between", "among" or "of" (two states
at least) or in apposition, or after "with" when the body's name follows in brackets (with the owner of the
noun), has them as members. Not "the NATO partnership with Ukraine": a partner "with" a body
is not in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..found import Found
from .named_members import names_from

if TYPE_CHECKING:
    from spacy.tokens import Token

BODY_KIND_NOUNS = words("event_forms", "body_kind_nouns")
_PARTY_PREPS = frozenset({"between", "among", "of"})
_MODIFIERS = frozenset({"PROPN", "NOUN", "ADJ"})
# participles of making a pact between its parties: "a pact agreed (last month) between A and B"
_MAKING_VERBS = frozenset({"agree", "conclude", "forge", "form", "seal", "sign", "strike"})


def body_parties(token: Token, resolver: Resolver) -> Iterator[Found]:
    """The members a body's kind noun (`token`) names after it."""
    doc, sent = token.doc, token.sent
    k = _after_agreed(token)
    if k >= sent.end or doc[k].lower_ not in _PARTY_PREPS | {"with", ","}:
        return
    names, end = names_from(doc, k + 1, sent)
    if doc[k].text == "," and not (end < sent.end and doc[end].text in {",", "–", "—", ")"}):
        return  # in apposition, a list closed off: "the AUKUS partnership, Australia, Britain and the US,"
    if doc[k].lower_ == "with":
        body = _bracketed(doc, end, sent.end, resolver)
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        names += [owner] if owner is not None and body is not None else []
    else:
        body = _named_body(token, resolver)
    states = _states(names, resolver) if body is not None else []
    if len(states) < 2:
        return
    for state in states:
        if state.id != body.id:
            yield Found(state, "member_of", Target(body.label, body), token, "body_parties", 0.6)


def _after_agreed(token: Token) -> int:
    """Where the parties' preposition is looked for: right after the noun, or at the "between" or
    "among" of a participle of making the pact that hangs on it ("a security pact agreed last
    month between Australia, Britain and the US")."""
    after = token.i + 1
    made = token.doc[after] if after < token.sent.end else None
    if made is None or made.dep_ != "acl" or made.tag_ not in {"VBN", "VBD"} or made.lemma_.lower() not in _MAKING_VERBS:
        return after
    prep = next((c for c in made.children if c.dep_ == "prep" and c.lower_ in {"between", "among"}), None)
    return prep.i if prep is not None else after


def _named_body(token: Token, resolver: Resolver) -> Resolved | None:
    """ "the AUKUS pact": the name before the noun; "The Quad, a grouping of": the name it describes."""
    named = []
    k = token.i - 1
    while k >= token.sent.start and k >= token.i - 3 and token.doc[k].is_alpha and token.doc[k].pos_ in _MODIFIERS:
        named += [token.doc[k]] if token.doc[k].pos_ == "PROPN" else []  # "the AUKUS security pact"
        k -= 1
    if token.dep_ == "appos" and token.head.pos_ == "PROPN":
        named.append(token.head)
    for name in named:
        body = resolver.resolve(name)
        if body is not None and body.type == "organization":
            return body
    return None


def _bracketed(doc, k: int, end: int, resolver: Resolver) -> Resolved | None:
    """ "(AUKUS)" right after the list: the body's name."""
    if k + 2 >= end or doc[k].text != "(" or doc[k + 2].text != ")":
        return None
    body = resolver.resolve(doc[k + 1])
    return body if body is not None and body.type == "organization" else None


def _states(tokens: list[Token], resolver: Resolver) -> list[Resolved]:
    found = [a for t in tokens if (a := resolver.resolve(t)) is not None and a.type == "state"]
    return list({a.id: a for a in found}.values())
