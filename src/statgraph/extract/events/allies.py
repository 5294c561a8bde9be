"""Allies: cooperates_with from "China, North Korea's main ally", "Japan is a treaty ally of the
United States", "Canada, a US ally" and "X and Y are allies" (an ally of a state cooperates with
it; it is no member of anything).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolver
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import negated

if TYPE_CHECKING:
    from spacy.tokens import Token


ALLY_NOUNS = frozenset({"ally", "allies", "partner", "partners"})


def allies(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "China, North Korea's main ally", "Japan is a treaty ally of the United States", "Canada,
    a US ally": the one so described cooperates with the one it is the ally of; "X and Y are
    allies": with each other."""
    # "Japan is one of America's closest allies": the ally is told by "one of" it
    one = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    anchor = one if one.lower_ == "one" else token
    if anchor.dep_ == "appos" or _misread_appos(anchor):
        described = [anchor.head]
    elif anchor.dep_ == "attr" and anchor.head.lemma_.lower() in {"be", "remain", "become"} and not negated(anchor.head):
        described = [s] if (s := subject_of(anchor.head)) is not None else []
    else:
        return
    of = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    owners = [c for c in token.children if c.dep_ in {"poss", "compound", "nmod"} and c.pos_ == "PROPN"]
    partners = [a for t in [*owners, *of] for a, _ in holders(t, frame, resolver)]
    if frame.behalf is not None and any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children):
        partners.append(frame.behalf)  # "Armenia remains our ally", said for Russia
    partners += [
        resolver.actor(a)
        for c in token.children
        if c.dep_ == "amod" and (a := resolver.gazetteer.demonym(c.text)) is not None
    ]
    found = [h for t in described for h in holders(t, frame, resolver)]
    if not partners and token.lower_ in {"allies", "partners"} and len({a.id for a, _ in found}) > 1:
        partners = [a for a, _ in found]  # "The United States and the Philippines are treaty allies"
    for holder, how in found:
        for partner in partners:
            if partner.id != holder.id:
                yield Found(holder, "cooperates_with", Target(partner.label, partner), token, f"ally/{how}", 0.6)


def _misread_appos(token: Token) -> bool:
    """ "China, North Korea's main ally and economic lifeline, ...": an apposition the parser read
    as the next item of a list; with an owner and no "and" or "or" before it."""
    head = token.head
    between = token.doc[head.i + 1 : token.left_edge.i]
    return (
        token.dep_ == "conj"
        and head.pos_ == "PROPN"
        and head.i < token.i
        and any(c.dep_ == "poss" for c in token.children)
        and [t.text for t in between] == [","]
    )
