"""The person a bare title stands for in an event: "Kenyan President Jane Okafor spoke on Monday.
The President met Ugandan Foreign Minister John Mwangi in Kampala": "the President" is the one
person named so far whose office, as the text or the lexicon gives it, fits every word of the
title. Read only when exactly one person named so far fits (two presidents named: nobody), and
only for a title with no name, owner or country of its own ("the Kenyan president" is read by
the resolver)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.offices import TITLE_NOUNS, fits
from ..context.holders import holders

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver
    from ..context.frame import Frame


def described_person(subject: Token | None, resolver: Resolver) -> Resolved | None:
    """The one person named so far whose office fits a bare title subject, else None."""
    if subject is None or subject.lemma_.lower() not in TITLE_NOUNS or subject.tag_ not in {"NN", "NNP"}:
        return None
    children = list(subject.children)
    if len(children) != 1 or children[0].dep_ != "det" or children[0].lower_ != "the":
        return None  # "the Kenyan president", "the president of Uganda", "President Okafor": not bare
    word = subject.lemma_.lower()
    fitting = []
    for person in resolver.people.values():
        office = resolver.stated_office(person).lower()
        if office and fits(word, office) and not _ranked(office, word):
            fitting.append(person)
    return fitting[0] if len(fitting) == 1 else None


def _ranked(office: str, word: str) -> bool:
    """Whether an office is a lower rank of the title ("vice president" is not "the President")."""
    return any(f"{rank} {word}" in office or f"{rank}-{word}" in office for rank in _RANKS)


_RANKS = ("vice", "deputy", "assistant", "acting", "former", "ex", "junior")


def event_holders(subject: Token | None, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """The holders of an event's subject (context.holders), else the one person a bare title
    stands for ("described")."""
    found = holders(subject, frame, resolver)
    if found:
        return found
    person = described_person(subject, resolver)
    return [(person, "described")] if person is not None else []
