"""Support stated by the weight one gives a thing: "Turkey attaches great importance to the
restoration of calm", "Ecuador places strong emphasis on regional integration", "Colombia gives
priority to the fight against poverty".

A verb of giving weight (cues.toml [supports] weighting_verbs: attach, place, give, ...) over a noun
of weight ([supports] weight_nouns: importance, emphasis, priority, ...): the subject supports
what the verb's (or the noun's) "to"/"on" phrase names. Negated ("attaches no importance to",
"does not attach importance to"), supposed or asked, it states nothing; nor does importance given
to an actor ("attaches importance to its ties with Japan" names the ties, and is read).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolver


@extractor(cues=lambda lexicon: lexicon.listed("supports", "weight_nouns"))
def weight_given(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support of what a subject attaches importance or gives priority to."""
    verbs = context.lexicon.listed("supports", "weighting_verbs")
    nouns = context.lexicon.listed("supports", "weight_nouns")
    for noun in sent:
        verb = noun.head
        if noun.lemma_.lower() not in nouns or noun.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in verbs:
            continue
        if verb.pos_ != "VERB" or negated(verb) or irrealis(verb) or _none(noun) or _asked(verb):
            continue
        weighed = _weighed(noun, verb, context.resolver)
        for holder, how in holders(subject_of(verb), context.frame, context.resolver):
            for target in weighed:
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, "supports", target, verb, f"weight_given/{how}", 0.6)


def _weighed(noun: Token, verb: Token, resolver: Resolver) -> list[Target]:
    """What the weight is given to: the "to"/"on" phrase of the verb or of the noun."""
    preps = [c for h in (verb, noun) for c in h.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "on", "upon"}]
    return [t for p in preps for o in p.children if o.dep_ == "pobj" for t in targets(o, resolver)]


def _none(noun: Token) -> bool:
    """ "attaches no importance to", "little importance": weight denied."""
    return any(c.lower_ in {"no", "little", "less"} for c in noun.children) or any(
        c.lower_ in {"no", "little"} for c in conjuncts(noun)
    )


def _asked(verb: Token) -> bool:
    """ "Does Turkey attach importance to X?", "whether it gives priority to X": only asked."""
    asked = verb.sent.text.rstrip().endswith("?") and any(c.dep_ == "aux" and c.i < verb.i for c in verb.children)
    return asked or any(c.dep_ == "mark" and c.lower_ in {"if", "whether", "unless"} for c in verb.children)
