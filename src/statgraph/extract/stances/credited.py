"""Support credited to another: "Singapore thanked Norway for its continued support for
Singapore's observership", "Kenya commended Ghana for its commitment to the peace process".
The one thanked or praised (the object of a crediting verb) owns the support named in the
"for"-phrase ("its", "their" are theirs, not the thanker's), and supports what it is for.

The verbs are data in ontology/cues.toml [supports] crediting_verbs, the nouns [supports]
credited_nouns. The noun reader takes "its" for the thanker here: support_screens.credited_owner
drops that reading. Support "for" nothing named ("thanked Egypt for its support") is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import targets
from ..context.holders import holders
from ..context.subjects import conjuncts
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from .lent_adjuncts import credited_noun

if TYPE_CHECKING:
    from spacy.tokens import Span

RULE = "credited"


@extractor(cues=lambda lexicon: lexicon.listed("supports", "crediting_verbs"))
def credited_support(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support a thanked or praised party is credited with."""
    verbs = context.lexicon.listed("supports", "crediting_verbs")
    nouns = context.lexicon.listed("supports", "credited_nouns")
    for noun in sent:
        if noun.lemma_.lower() not in nouns or (credited := credited_noun(noun, verbs)) is None:
            continue
        verb, party = credited
        if negated(verb) or irrealis(verb):
            continue
        objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "to"}
                   for g in c.children if g.dep_ == "pobj"]
        if not objects:
            continue
        found = [t for o in objects[:1] for t in targets(o, context.resolver)]
        for holder, _ in (pair for m in (party, *conjuncts(party)) for pair in holders(m, context.frame, context.resolver)):
            for target in found:
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, "supports", target, noun, RULE, 0.6)
