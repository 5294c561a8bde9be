"""Structure: member_of, the states that found a body.

"Mali, Burkina Faso and Niger founded the Alliance of Sahel States", "Brazil, Russia, India and
China set up BRICS in 2009", "The SCO was founded by China and Russia", "the Shanghai Cooperation
Organisation, founded by China, Russia and four Central Asian states": a state that founds an
organisation is a member of it (a founding member); only states, and only an act done (the
caller reads the verb's mood: not "plan to create a bloc").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from .member_lists import representative_word

if TYPE_CHECKING:
    from spacy.tokens import Token

FOUNDING_VERBS = words("event_forms", "founding_verbs")
_UP_VERBS = frozenset({"set"})  # "set up": with the particle only


def founders(verb: Token, resolver: Resolver) -> Iterator[Found]:
    """The founding states of the organisation a founding verb (`verb`) names."""
    lemma = verb.lemma_.lower()
    if lemma in _UP_VERBS and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return
    if verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children):
        bodies = [verb.head] if verb.dep_ == "acl" else [s for s in [subject_of(verb)] if s is not None]
        founding = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    else:
        bodies = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        founding = [s for s in [subject_of(verb)] if s is not None]
    yield from founding_members(bodies, founding, verb, resolver, "founders")


def founding_members(
    bodies: list[Token], founding: list[Token], cue: Token, resolver: Resolver, rule: str, most: int | None = None
) -> Iterator[Found]:
    """The states a list of founders names (its conjuncts, appositions, "the leaders of A and B"),
    each a member of the organisations `bodies` name (the first `most` of them)."""
    organizations = [a for t in bodies if (a := resolver.resolve(t)) is not None and a.type == "organization"]
    for body in organizations[:most]:
        for state in _states(_listed(founding), resolver):
            if state.id != body.id:
                yield Found(state, "member_of", Target(body.label, body), cue, rule, 0.6)


def _listed(tokens: list[Token]) -> list[Token]:
    """Each of a list: its conjuncts, and the names the parser hung on it as appositions."""
    found: list[Token] = []
    for token in [t for w in tokens for t in _represented(w)]:
        for item in [token, *conjuncts(token)]:
            found += [item, *[a for a in item.children if a.dep_ == "appos" for a in [a, *conjuncts(a)]]]
    return found


def _represented(token: Token) -> list[Token]:
    """The states whose representatives a word names: "founded by the leaders of Kazakhstan,
    China and Russia" (the states after "of"); else the word itself."""
    if not representative_word(token.lower_):
        return [token]
    listed = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return listed or [token]


def _states(tokens: list[Token], resolver: Resolver) -> list[Resolved]:
    found = [a for t in tokens if (a := resolver.resolve(t)) is not None and a.type == "state"]
    return list({a.id: a for a in found}.values())
