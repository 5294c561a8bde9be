"""The two people last named together as a sentence's subject, for a later "the two ministers".

"Japanese Foreign Minister Taro Kono and Chinese Foreign Minister Wang Yi agreed that ... The two
ministers welcomed ...": no meeting was told of, yet "the two ministers", "both leaders", "the two
sides" are the two people named together before, each for the state they serve (as the sides of a
meeting are: `collectives.meeting_pair`). A subject of two people only, each a person the text
resolves; a later such subject replaces the pair, a subject of one person or of three keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .subjects import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver


def named_pair(sent: Span, resolver: Resolver) -> tuple[Resolved, ...]:
    """The two distinct persons the main clause's subject coordinates ("Kono and Wang agreed"),
    else ()."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return named_pair_of(subject, resolver) if subject is not None else ()


def named_pair_of(subject: Token, resolver: Resolver) -> tuple[Resolved, ...]:
    """The two distinct persons a subject coordinates ("Kono and Wang"), else ()."""
    if subject.pos_ != "PROPN":
        return ()
    members = [subject, *conjuncts(subject)]
    if len(members) != 2:
        return ()
    found = [resolver.resolve(t) for t in members]
    people = {a.id: a for a in found if a is not None and a.type == "person"}
    return tuple(people.values()) if len(people) == 2 else ()


def pair_sides(pair: tuple[Resolved, ...], resolver: Resolver) -> tuple[Resolved, ...]:
    """What "they" stands for after a pair: the states of the two when they serve two known states
    (as the sides of a meeting), else the two people themselves ("Opposition lawmakers Okafor and
    Bello ... They urged ...")."""
    if len(pair) != 2:
        return ()
    from .collectives import two_sides  # collectives reads this module's pair

    return two_sides(resolver, pair) or pair
