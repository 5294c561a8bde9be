"""Coalitions told by their form: cooperates_with from being in a coalition ("Komeito has been in
coalition with the LDP", "the DA and the ANC were in a coalition", "Fratelli d'Italia has been in
government together with Forza Italia"), from a coalition named by its sides joined with hyphens
("the ÖVP-Green coalition", "the US-Japan alliance"), and from the sides of a joint act named so
("a joint exercise among the forces of Turkey-Afghanistan-Pakistan").

One line per pair (scored both ways, CONVENTIONS.md). The word list is ontology/event_forms.toml's
governing_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import prep_objects, subject_of
from ..found import Found
from ..moods import irrealis, negated, speculative

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

GOVERNING_NOUNS = words("event_forms", "governing_nouns")
_SIDE_TYPES = frozenset({"state", "organization", "group"})
_HYPHENS = frozenset({"-", "–"})
_MODALS = frozenset({"could", "may", "might", "shall", "should", "will", "would", "'ll"})


def hyphen_parts(last: Token) -> list[Span]:
    """The capitalised names joined by hyphens in the run of words ending at `last`:
    "Turkey-Afghanistan-Pakistan" (last: Pakistan) -> Turkey, Afghanistan, Pakistan; "the
    Conservative-Lib Dem coalition" (last: Dem) -> Conservative, Lib Dem. None without a hyphen
    written close on both sides ("the US-led coalition": "led" is no name)."""
    doc, parts, end, i = last.doc, [], last.i + 1, last.i
    while i >= last.sent.start:
        word = doc[i]
        if word.text in _HYPHENS and not word.whitespace_ and i > 0 and not doc[i - 1].whitespace_:
            if i + 1 >= end:
                return []  # "US-": a hyphen with no name after it
            parts.append(doc[i + 1 : end])
            end = i
        elif not (word.text[:1].isupper() and word.is_alpha):
            break
        i -= 1
    if i + 1 < end and parts:
        parts.append(doc[i + 1 : end])
    return parts[::-1] if len(parts) >= 2 else []


def part_sides(parts: list[Span], resolver: Resolver) -> list[Resolved]:
    """The sides the hyphen-joined names stand for, each by its name or demonym ("US", "Japan",
    "Saudi"); none unless every name is one."""
    found = []
    for part in parts:
        actor = resolver.gazetteer.find(part.text) or resolver.gazetteer.demonym(part.text)
        if actor is None or actor.type not in _SIDE_TYPES:
            return []
        found.append(resolver.actor(actor))
    return list({a.id: a for a in found}.values())


def governing_sides(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """The sides of a coalition told by its form (`token`: one of governing_nouns)."""
    lemma = token.lemma_.lower()
    if lemma != "government" and token.i > token.sent.start:
        sides = part_sides(hyphen_parts(token.doc[token.i - 1]), resolver)
        yield from pairs(sides, token, "hyphen_coalition")
    yield from in_coalition(token, frame, resolver)


def in_coalition(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "X has been in coalition with Y", "X and Y were in a coalition", "X has been in government
    together with Y and Z": the subject works with those after "with", or, with none, the subjects
    with each other ("government" only with a partner); not "X ruled out being in coalition with Y"."""
    if token.dep_ != "pobj" or token.head.lower_ != "in" or token.head.head.pos_ not in {"VERB", "AUX"}:
        return
    verb = token.head.head
    if negated(verb) or irrealis(verb) or speculative(verb) or verb.dep_ in {"xcomp", "pcomp"}:
        return
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return  # "A and B would contest the polls in an alliance": one still to come
    if any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in token.children):
        return
    together = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "together"]
    partners = [t for head in [token, verb, *together] for t in prep_objects(head, {"with", "alongside"})]
    sides = [a for a, _ in holders(subject_of(verb), frame, resolver) if a.type in _SIDE_TYPES]
    sides = list({a.id: a for a in sides}.values())
    if not partners:
        if token.lemma_.lower() != "government":
            yield from pairs(sides, token, "in_coalition")
        return
    others = [a for t in partners for a, _ in holders(t, frame, resolver) if a.type in _SIDE_TYPES]
    for side in sides:
        for other in {a.id: a for a in others}.values():
            if other.id != side.id:
                yield Found(side, "cooperates_with", Target(other.label, other), token, "in_coalition_with", 0.6)


def pairs(sides: list[Resolved], cue: Token, rule: str) -> Iterator[Found]:
    """Each pair of sides once: they work with each other."""
    for n, side in enumerate(sides if len(sides) > 1 else []):
        for other in sides[n + 1 :]:
            yield Found(side, "cooperates_with", Target(other.label, other), cue, rule, 0.55)
