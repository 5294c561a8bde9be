"""Whom a warning is addressed to, when it also says what of: "Egypt warned Ethiopia against
unilateral steps", "the ministers warned Russia of serious consequences", "Rubio warned Panama
about the need for changes". The cue readers record what is warned of (or opposed, for "warn
against"); the one warned is warned too (CONVENTIONS: `warns`, target is what is threatened or
who is warned).

Only a named actor counts as the one warned ("warned developed countries against ..." names
none), never the warner itself; a warning denied or only wished for states nothing. The verbs are
data in ontology/cues.toml ([warns] addressed_verbs, what_of_preps).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@extractor(cues=lambda lexicon: lexicon.listed("warns", "addressed_verbs"))
def warned_parties(sent: Span, context: Context) -> Iterator[Found]:
    """Yield a warning to its addressee, for a warning verb with an object and what it is of."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    verbs, preps = lexicon.listed("warns", "addressed_verbs"), lexicon.listed("warns", "what_of_preps")
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or negated(verb) or irrealis(verb):
            continue
        warned = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
        if warned is None or not _said_of(verb, warned, preps):
            continue
        actors = [t for t in targets(warned, resolver) if t.actor is not None]
        for holder, how in holders(subject_of(verb), frame, resolver):
            for target in actors:
                if target.actor.id != holder.id:
                    yield Found(holder, "warns", target, verb, f"warned_party/{how}", 0.55)


def _said_of(verb: Token, warned: Token, preps: frozenset[str]) -> bool:
    """Whether the warning says what it is of after the one warned, on the verb or, as the
    parser often hangs it, on the object ("warned Russia against the use of weapons")."""
    return any(
        c.dep_ == "prep" and c.lower_ in preps and c.i > warned.i and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
        for head in (verb, warned)
        for c in head.children
    )
