"""Acronyms a text defines: "Reporters Without Borders (RSF)" makes "RSF" that body in this
document, whatever else the lexicon calls RSF (the Rapid Support Forces).

A definition is a known organisation's name right before an all-capital word in parentheses;
the acronym then names that organisation wherever the document uses it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import ORTH

from ..nlp.arrays import indices_with

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer

_LONGEST = 8  # the most words of a name before its acronym


def with_acronyms(gazetteer: Gazetteer, docs: list[Doc] | list[Span]) -> Gazetteer:
    """The lexicon as one document reads it: the acronyms it defines name what it defines them as
    (the shared lexicon itself is left as it is)."""
    acronyms = defined_acronyms(docs, gazetteer)
    return replace(gazetteer, names={**gazetteer.names, **acronyms}, _found={}) if acronyms else gazetteer


def defined_acronyms(docs: list[Doc] | list[Span], gazetteer: Gazetteer) -> dict[str, str]:
    """Acronym -> id of the known organisation the text defines it as, where the lexicon knows the
    acronym as another actor (an acronym the lexicon does not know is left to the entity it is)."""
    found: dict[str, str] = {}
    for doc in docs:
        opening = (doc[k].i for k in indices_with(doc, ORTH, ["("]))  # read off the parse's array
        for start in (i for i in opening if i + 2 < len(doc) and doc[i + 2].text == ")"):
            acronym = doc[start + 1].text
            if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 7):
                continue
            actor_id = _named_before(doc, start, gazetteer)
            known = gazetteer.find(acronym)
            if actor_id is not None and known is not None and known.id != actor_id:
                found.setdefault(acronym, actor_id)
    return found


def _named_before(doc: Doc | Span, paren: int, gazetteer: Gazetteer) -> str | None:
    """The known organisation whose whole name ends right before a parenthesis: the longest one."""
    for first in range(max(0, paren - _LONGEST), paren):
        if not doc[first].text[:1].isupper():
            continue
        actor = gazetteer.find(doc[first:paren].text)
        if actor is not None and actor.type == "organization":
            return actor.id
    return None
