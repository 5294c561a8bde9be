"""A commitment owned by its "of"-phrase: "the declaration reaffirmed the commitment of Chile and
Peru to the peaceful settlement of disputes", "the agreement underscores the commitment of both
governments to joint energy projects": the "of"-phrase's actors are committed to, and support,
what the "to"-phrase names.

Alone, "of" is ambiguous for a stance noun ("the support of Russia" may be support for Russia,
stances/of_holders.py), but a noun of commitment ([supports] of_owned_nouns: "commitment",
"adherence") is always one's own commitment *to* something: with a "to"-phrase of its own, its
"of"-phrase names who is committed. A commitment denied ("no commitment of X to Y") or one that
is only supposed ("if the commitment of X to Y holds") states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, clause_target, targets
from ..context.subjects import conjuncts
from ..found import Found
from ..moods import irrealis, negated
from ..phrases import hung_complement
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolver


@extractor(cues=lambda lexicon: lexicon.listed("supports", "of_owned_nouns"))
def owned_commitments(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support of what the actors of a commitment's "of"-phrase are committed to."""
    nouns, resolver = context.lexicon.listed("supports", "of_owned_nouns"), context.resolver
    for noun in sent:
        if noun.lemma_.lower() not in nouns or _denied(noun):
            continue
        owner = _object_of(noun, "of")
        aim = _object_of(noun, "to") or _hung_to(noun)
        if owner is None or aim is None or owner.i > aim.i:
            continue
        actors = [a for a in (resolver.resolve(t) for t in (owner, *conjuncts(owner))) if a is not None]
        for holder in actors:
            for target in _committed_to(aim, resolver):
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, "supports", target, noun, "commitment_of", 0.6)


def _object_of(noun: Token, preposition: str) -> Token | None:
    """The object of the noun's own preposition: "of Chile", "to the settlement", "to building X"."""
    return next(
        (g for p in noun.children if p.dep_ == "prep" and p.lower_ == preposition for g in p.children if g.dep_ in {"pobj", "pcomp"}),
        None,
    )


def _hung_to(noun: Token) -> Token | None:
    """A "to"-phrase the parser hung on the verb above, right after the noun's phrase:
    "reaffirmed the commitment of Chile and Peru | to the settlement"."""
    prep = hung_complement(noun, noun.right_edge.i + 1)
    if prep is None or prep.lower_ != "to":
        return None
    return next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)


def _committed_to(aim: Token, resolver: Resolver) -> list[Target]:
    """What the commitment is to: an act ("to building a multipolar order") or a thing."""
    if aim.pos_ in {"VERB", "AUX"}:
        target = clause_target(aim, resolver)
        return [target] if target is not None else []
    return targets(aim, resolver)


def _denied(noun: Token) -> bool:
    """ "no commitment of X to Y", a commitment under a denied or supposed verb."""
    if any(c.dep_ == "neg" or c.lower_ in {"no", "little"} for c in noun.children):
        return True
    verb = noun.head if noun.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"} else None
    return verb is not None and (negated(verb) or irrealis(verb))
