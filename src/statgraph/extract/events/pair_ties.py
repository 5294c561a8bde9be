"""Two sides named as a pair before or after a noun of a tie or a meeting: cooperates_with from
"the Japan-US Alliance", "the Philippines-United States Mutual Defense Treaty", "the security
agreement between China and Solomon Islands"; met_with from "the DPRK-U.S. summit", "the
talks between Ankara and Athens" and "the Putin-Xi talks" (two people).

A pact's parties cooperate, one line per pair (CONVENTIONS.md). The word lists are
ontology/event_forms.toml's pair_tie_nouns and pair_meeting_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.subjects import conjuncts
from ..found import Found
from ..moods import irrealis, negated, speculative
from ..stances.ties import talked_about
from .abroad import met_abroad
from .aggression import unreal
from .unheld import unheld

if TYPE_CHECKING:
    from spacy.tokens import Token

PAIR_TIE_NOUNS = words("event_forms", "pair_tie_nouns")
PAIR_MEETING_NOUNS = words("event_forms", "pair_meeting_nouns")
_SIGNED_VERBS = words("event_forms", "signed_verbs")
_HYPHENS = frozenset({"-", "–", "—"})
_SIDE_TYPES = frozenset({"state", "organization", "group"})
_PEOPLE = frozenset({"person"})


def paired(token: Token, resolver: Resolver) -> Iterator[Found]:
    """The sides of a tie or a meeting named as a hyphenated pair or after "between"."""
    word = token.lower_
    relation = "cooperates_with" if word in PAIR_TIE_NOUNS else "met_with" if word in PAIR_MEETING_NOUNS else ""
    if not relation or unreal(token) and not _signed(token):
        return
    if relation == "cooperates_with" and talked_about(token):
        return  # "discussed issues related to bilateral cooperation between X and Y": a topic
    for side, other in hyphenated(token, resolver) or _between(token, resolver):
        yield Found(side, relation, Target(other.label, other), token, "paired", 0.6)
    if relation == "met_with" and not unheld(token):
        yield from _people_paired(token, resolver)


def _signed(noun: Token) -> bool:
    """ "A free trade agreement between X and Y was signed": a pact told as made (not "could be
    signed", "was not signed")."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in _SIGNED_VERBS:
        return False
    return not (negated(verb) or irrealis(verb) or speculative(verb))


def _people_paired(noun: Token, resolver: Resolver) -> Iterator[Found]:
    """ "the Putin-Xi talks", "the Biden-Xi meeting in San Francisco": two people named as a
    pair met; one abroad where the meeting was held visited the place."""
    for side, other in hyphenated(noun, resolver, _PEOPLE):
        yield Found(side, "met_with", Target(other.label, other), noun, "paired_people", 0.6)
        for person in (side, other):
            yield from met_abroad(person, noun, resolver)


def hyphenated(
    noun: Token, resolver: Resolver, types: frozenset[str] = _SIDE_TYPES
) -> list[tuple[Resolved, Resolved]]:
    """ "the U.S.-Japan alliance", "the Philippines-United States Mutual Defense Treaty": the
    names either side of each hyphen among the noun's modifiers (the longest the lexicon knows,
    of `types`: states and bodies unless told)."""
    start = noun.left_edge.i
    words = [t for t in noun.doc[start : noun.i] if t.pos_ == "PROPN" or t.text in _HYPHENS]
    texts: list[str] = []
    for word in words:  # "U.S.-Japan" is one token, "Japan - US" three
        texts += _split(word.text) if word.text not in _HYPHENS else ["-"]
    pairs: list[tuple[Resolved, Resolved]] = []
    for k, text in enumerate(texts):
        if text != "-" or k == 0:
            continue
        left = next((a for n in range(3, 0, -1) if (a := _known(texts[max(0, k - n) : k], resolver, types))), None)
        right = next((a for n in range(3, 0, -1) if (a := _known(texts[k + 1 : k + 1 + n], resolver, types))), None)
        if left is not None and right is not None and left.id != right.id:
            pairs.append((left, right))
    return pairs


def _split(text: str) -> list[str]:
    parts: list[str] = []
    for piece in text.replace("–", "-").replace("—", "-").split("-"):
        parts += [piece, "-"]
    return [p for p in parts[:-1] if p]


def _known(texts: list[str], resolver: Resolver, types: frozenset[str]) -> Resolved | None:
    if not texts or "-" in texts:
        return None
    actor = resolver.gazetteer.find(" ".join(texts))
    if actor is None:
        return None
    found = resolver.actor(actor)
    return found if found.type in types else None


def _between(noun: Token, resolver: Resolver) -> list[tuple[Resolved, Resolved]]:
    """ "the agreement between China and Solomon Islands", "an agreement signed between X and Y"."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    named = [
        t
        for head in heads
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in {"between", "among"}
        for p in c.children
        if p.dep_ == "pobj"
        for t in [p, *conjuncts(p)]
    ]
    sides = [a for t in named if (a := resolver.resolve(t)) is not None and a.type in _SIDE_TYPES]
    unique = list({a.id: a for a in sides}.values())
    return [(side, other) for n, side in enumerate(unique) for other in unique[n + 1 :]]
