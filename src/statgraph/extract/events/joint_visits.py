"""Visits told by "their" visit noun: "X and Y spoke to reporters on the third day of their visit
to Kosovo", "During their visit to Kyiv, A and B pledged aid": the two people the clause's
subject names (pair_visits.two_people) visited the place, where it is away from the state each
serves (known from their office). acts._visit_noun reads "his", "her", "my" and "our"; a visit
still to come ("their planned visit", "ahead of their visit") is none (unheld.py, planned.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target
from ..context.subjects import subject_of
from ..found import Found
from ..registry import Context, extractor
from .abroad import visit_home
from .pair_visits import two_people
from .seats import away_from
from .visits import VISIT_NOUNS, done, places_after, still_to_come, visit_preps

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# how far up from the visit noun the clause whose subject made the visit is looked for
_MOST_STEPS = 6


@extractor(cues=lambda lexicon: ("their",))
def their_visits(sent: Span, context: Context) -> Iterator[Found]:
    """The places the people a clause's subject names visited on "their" visit."""
    resolver = context.resolver
    for noun in sent:
        if noun.lower_ not in VISIT_NOUNS or not _theirs(noun) or still_to_come(noun):
            continue
        places = places_after(noun, resolver, visit_preps(noun))
        verb = _clause_of(noun)
        subject = subject_of(verb) if verb is not None and done(verb) else None
        for person in two_people(subject, resolver) if subject is not None and places else ():
            home = visit_home(person, resolver)
            for place in places if home is not None else []:
                if place.id != person.id and away_from(home, place, resolver):
                    yield Found(person, "visited", Target(place.label, place), noun, "their_visit", 0.55)


def _theirs(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)


def _clause_of(noun: Token) -> Token | None:
    """The nearest verb above a noun ("spoke ... on the third day of their visit": spoke)."""
    token = noun
    for _ in range(_MOST_STEPS):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None
