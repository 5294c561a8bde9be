"""Allies named after the word that makes them one: cooperates_with from "its ally Israel",
"Washington's allies Japan and South Korea", "Russia and its strategic partner China", "the US
ally Israel", "its partners on the ground, the SDF": the ones named work with the owner of the
ally noun (the possessor, a name or a demonym before it). One line per pair, scored both ways
(CONVENTIONS.md). An alliance's ally is its member ("NATO ally Turkey": member_lists reads it),
and a partner of one may be none ("NATO partner Ukraine"): an organisation owns no ally here.
The descriptions that follow a name ("Canada, a US ally") are membership.allies'.

The noun list is membership.ALLY_NOUNS.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_above
from ..found import Found

if TYPE_CHECKING:
    from spacy.tokens import Token

_SIDE_TYPES = frozenset({"state", "organization", "group"})
_OWNER_TYPES = frozenset({"state", "group"})
# "former allies", "would-be partners", "potential allies": not allies now
_NOT_NOW = frozenset({"former", "ex", "erstwhile", "potential", "possible", "prospective", "would-be", "future"})


def titled_allies(noun: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "its ally Israel": the names the ally noun (`noun`, one of ALLY_NOUNS) introduces
    cooperate with its owner."""
    if any(c.lower_ in _NOT_NOW for c in noun.children if c.dep_ in {"amod", "compound", "advmod"}):
        return
    owners = _owners(noun, frame, resolver)
    named = [a for t in _named(noun) if (a := resolver.resolve(t)) is not None and a.type in _SIDE_TYPES]
    for side in {a.id: a for a in named}.values():
        for owner in owners:
            if owner.id != side.id:
                yield Found(side, "cooperates_with", Target(owner.label, owner), noun, "ally_title", 0.6)


def _named(noun: Token) -> list[Token]:
    """The names the noun introduces: an apposition right after it ("ally Israel", "allies Japan
    and South Korea", "partners on the ground, the SDF"), or a name the parser made the next
    subject of the same verb ("its ally Israel had the right": two subjects side by side)."""
    names = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and c.pos_ == "PROPN"]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if not names and after is not None and after.pos_ == "PROPN" and after.dep_ == noun.dep_ == "nsubj":
        names = [after] if after.head.i == noun.head.i else []
    return [m for t in names for m in [t, *conjuncts(t)] if m.pos_ == "PROPN"]


def _owners(noun: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """Whose allies: the possessor ("its", "America's"), a name before the noun ("the US ally
    Israel") or a demonym ("the American ally Israel")."""
    found: list[Resolved] = []
    for child in (c for c in noun.children if c.i < noun.i):
        if child.dep_ == "poss" and child.lower_ in {"its", "their"}:
            found += [a for a in [_bound(noun, frame, resolver)] if a is not None]
        elif child.dep_ == "poss":
            found += [a for a, _ in holders(child, frame, resolver)]
        elif child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN":
            found += [a for a in [resolver.resolve(child)] if a is not None]
        elif child.dep_ == "amod" and (actor := resolver.gazetteer.demonym(child.text)) is not None:
            found.append(resolver.actor(actor))
    return [a for a in {a.id: a for a in found}.values() if a.type in _OWNER_TYPES]


def _bound(noun: Token, frame: Frame, resolver: Resolver) -> Resolved | None:
    """The actor "its" or "their" is bound to: the subject of the nearest clause above the noun
    that is not the noun's own ("The United States said its ally Israel had ...": the United
    States; "Russia and its partner China vetoed": Russia), when it names one actor."""
    subject = subject_above(noun, 6)
    if subject is None or subject.pos_ == "PRON" or subject.head.i == noun.i:
        return None
    if subject.tag_ == "NNS" and any(c.lower_ == "its" for c in noun.children):
        return None  # "Critics attacked its coalition partners": "its" is not the critics'
    if noun.i in {t.i for t in conjuncts(subject)}:
        return resolver.resolve(subject)  # "Russia and its partner China": the first of the pair
    found = holders(subject, frame, resolver)
    return found[0][0] if len(found) == 1 else None
