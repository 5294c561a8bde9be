"""Visits told by a meeting noun "between" people and the place it names (on the noun or on the last name): "during a meeting in
Riyadh between Saudi Foreign Minister X and US Secretary of State Y", "the talks between X and Y
in Astana on the sidelines of the summit": each person who met, the meeting held away from the
state they serve (known from their office), visited its place (abroad.met_abroad).

talks.py reads the meeting itself (`talks_between`) and the visits where the meeting is the
subject of a verb that names the place ("The meeting between X and Y took place in Astana"); this
reader takes the place the meeting noun names itself ("The talks between X and Y in Astana ended"), from the meetings found before it in the
sentence (`Context.earlier`). A meeting still to come or not held is none (unheld.py; the screens
drop a visit whose noun is only planned, planned.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..context.subjects import conjuncts, prep_objects
from ..found import Found
from ..registry import Context, extractor
from .abroad import met_abroad
from .unheld import unheld

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

@extractor(cues=lambda lexicon: ("between",))
def places_between(sent: Span, context: Context) -> Iterator[Found]:
    """The places the people of a meeting "between" them, found before in the sentence, visited."""
    seen: set[tuple[int, str]] = set()
    for found in context.earlier:
        noun = found.cue
        if found.relation != "met_with" or not _between_noun(noun):
            continue
        for person in (found.holder, found.target.actor):
            if person is None or person.type != "person" or (noun.i, person.id) in seen:
                continue
            seen.add((noun.i, person.id))
            for head in [noun, *_sides_named(noun)]:
                yield from met_abroad(person, head, resolver=context.resolver, settings=True, objects=False)


def _sides_named(noun: Token) -> list[Token]:
    """The names after "between", where the parser may hang the meeting's place on the last
    ("talks between X and Y in Addis Ababa")."""
    return [m for p in prep_objects(noun, {"between"}) for m in [p, *conjuncts(p)] if m.ent_type_ == "PERSON"]


def _between_noun(noun: Token) -> bool:
    """A meeting noun with its sides after "between" that names its own place, held."""
    if noun.pos_ not in {"NOUN", "PROPN"} or unheld(noun):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)

