"""Where a person is, told beside their name: "Georgian Prime Minister Irakli Kobakhidze,
currently in China, said ...", "Kenyan President Jane Okafor, in Uganda for talks, said ...": a
person set off by commas as being in a place away from the state they serve (known from their
office) is visiting it, as "who is in China" tells (visits.being_in)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..found import Found
from .abroad import visit_home
from .seats import away_from
from .places import listed
from .visits import done, place_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Adverbs of the time at hand that may open the phrase: "currently in China"
_NOW = words("event_forms", "whereabouts_now")


def set_off_in(name: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "X, currently in China, said": `name` (a person's name) with an "in" phrase of its own
    that opens right after a comma, at most after an adverb of the time at hand, and ends at a
    comma before the verb the name is the subject of, an act done."""
    for prep in (c for c in name.children if c.lower_ == "in" and c.dep_ in {"prep", "relcl"} and c.i > name.i):
        opened = [t for t in name.doc[name.i + 1 : prep.i]]
        if not opened or opened[0].text != "," or any(t.lower_ not in _NOW for t in opened[1:]):
            continue
        head = name.head
        if name.dep_ not in {"nsubj", "nsubjpass"} or head.i < name.i or not done(head):
            continue
        # the phrase, with its purpose ("in Uganda for talks"), ends at a comma before the verb
        close = next((t.i for t in name.doc[prep.i : head.i] if t.text in {",", "—", "–"}), None)
        inside = {t.i for t in name.subtree}
        if close is None or any(i not in inside for i in range(prep.i, close)):
            continue
        yield from _visits(name, prep, frame, resolver)


def _visits(name: Token, prep: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    # "X, currently in China,": the parser may take the phrase for a clause, "in" its head
    members = [t for o in prep.children if o.dep_ == "pobj" for t in listed(o)]
    places = list({p.id: p for m in members if (p := place_of(m, resolver)) is not None}.values())
    for person, how in holders(name, frame, resolver)[:1] if places else []:
        home = visit_home(person, resolver) if person.type == "person" else None
        for place in places if home is not None else []:
            if away_from(home, place, resolver):
                yield Found(person, "visited", Target(place.label, place), prep, f"set_off_in/{how}", 0.55)

