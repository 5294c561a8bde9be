"""Acts done at someone's request: "At the request of the Armenian side, an assessment mission was
formed", "the observers were sent at Chile's request", "Peru withdrew its boats at the request of
Chile": the one who requested the act demanded it.

The requesting nouns are data in ontology/cues.toml [demands] behest_nouns, read after "at" with an
owner ("Chile's request", "the request of Chile"). A request owned by no one, a negated or supposed
act, states no demand.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..context.holders import holders
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@extractor(cues=lambda lexicon: lexicon.listed("demands", "behest_nouns"))
def done_at_request(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the demand of whoever requested an act the sentence says was done at their request."""
    nouns = context.lexicon.listed("demands", "behest_nouns")
    for noun in sent:
        if noun.lower_ not in nouns or noun.dep_ != "pobj" or noun.head.lower_ != "at":
            continue
        verb = noun.head.head
        if verb.pos_ not in {"VERB", "AUX"} or negated(verb) or irrealis(verb):
            continue
        owner = _owner(noun)
        for holder, _ in holders(owner, context.frame, context.resolver) if owner is not None else []:
            for target in _acts(verb, noun.head, context):
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, "demands", target, noun, "at_request", 0.55)


def _owner(noun: Token) -> Token | None:
    """Who made the request: "Chile's request", "the request of the Armenian side"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _acts(verb: Token, at: Token, context: Context) -> list[Target]:
    """What was done: a passive's subject ("a mission was formed": the mission), else the clause
    with its doer, less the request ("Peru withdrew its boats")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return targets(subject, context.resolver)
    words = [
        t.text
        for t in verb.subtree
        if not at.left_edge.i <= t.i <= at.right_edge.i and t.dep_ not in {"punct", "aux", "advmod", "cc", "conj"}
        and not any(a.dep_ in {"advcl", "conj", "cc"} and a.head.i == verb.i for a in [t, *t.ancestors] if a.i != verb.i)
    ]
    return [Target(" ".join(words), head=verb.text)] if len(words) >= 2 else []
