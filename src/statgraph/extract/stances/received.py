"""Support one has from another: "Ukraine has the full support of the EU", "the plan won the
backing of Washington". The subject of a verb of having or receiving holds no support of its
own; the "of"-phrase names who supports, and the subject is what they support. The verbs are
data in ontology/cues.toml [supports] receiving_verbs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from ..moods import irrealis, negated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolver
    from ..cues import Lexicon


def support_received(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a support noun is had or received from an "of"-phrase ("has the support of X")."""
    verb = noun.head
    return (
        noun.dep_ in {"dobj", "obj"}
        and verb.lemma_.lower() in lexicon.listed("supports", "receiving_verbs")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    )


def received_support(noun: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Ukraine has the support of the EU": the EU supports Ukraine (nothing when negated or
    hypothetical: "does not have the support of", "would need the backing of")."""
    verb, subject = noun.head, subject_of(noun.head)
    givers = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if subject is None or not givers or negated(verb) or irrealis(verb):
        return
    actors = [actor for actor, _ in holders(subject, frame, resolver)]
    found = [Target(actor.label, actor) for actor in actors] or targets(subject, resolver)
    for holder, _ in [pair for g in (givers[0], *conjuncts(givers[0])) for pair in holders(g, frame, resolver)]:
        for target in found:
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, "supports", target, noun, "received", 0.6)
