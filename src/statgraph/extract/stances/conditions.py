"""Conditions set: "India has maintained that normal relations with China are contingent on
peace in the border regions", "'Any deal is conditional on the release of all hostages,'
Netanyahu said", "Russia's participation would be contingent on the U.S. withdrawing support
for Ukraine".

Who says that something hangs on a condition asks for the condition: the speaker's side (or,
in the writer's own voice, the actor whose act is conditioned: "Russia's participation")
demands what the condition names. The words are data in ontology/cues.toml [demands]
condition_words ("contingent", "conditional", "conditioned", "predicated"), read with "on" or
"upon". A condition denied ("is not conditional on") or supposed states nothing; a condition
that names only an actor ("contingent on China") asks nothing nameable.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from ..wording import tidy, usable

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

# The longest condition kept as a target, in words.
_MAX_WORDS = 12


@extractor(cues=lambda lexicon: lexicon.listed("demands", "condition_words"))
def set_conditions(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the demands a sentence states by saying that something is conditional on them."""
    words = context.lexicon.listed("demands", "condition_words")
    for token in sent:
        if token.lower_ not in words or token.dep_ not in {"acomp", "ccomp", "conj", "ROOT", "amod"}:
            continue
        predicate = token.head if token.dep_ in {"acomp", "amod"} else token
        if negated(predicate) or negated(token) or _supposed(predicate):
            continue
        holder = _holder(token, predicate, context)
        if holder is None:
            continue
        for condition in _conditions(token, predicate, context):
            if condition.actor is None:
                yield Found(holder, "demands", condition, token, "condition", 0.5)


def _supposed(predicate: Token) -> bool:
    """ "if the deal were conditional on ...", "should be conditional on ..." (only asked)."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in predicate.children) or (
        irrealis(predicate) and not any(c.lower_ == "would" for c in predicate.children)
    )


def _holder(token: Token, predicate: Token, context: Context) -> Resolved | None:
    """The speaker's side; in the writer's voice, the owner of what is conditioned."""
    frame = context.frame
    if frame.voice_of(token) != "author":
        return frame.behalf
    subject = subject_of(predicate) if predicate.pos_ in {"VERB", "AUX"} else None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
    if owner is None or owner.pos_ == "PRON":
        return None
    return context.resolver.resolve(owner)  # "Russia's participation would be contingent on ..."


def _conditions(token: Token, predicate: Token, context: Context) -> list[Target]:
    """What the condition is: the on/upon-object (of the word, or of its copula after it), whole
    when the parser broke a gerund clause up ("on the U.S. withdrawing support for Ukraine")."""
    found: list[Target] = []
    preps = [c for c in (*token.children, *predicate.children) if c.dep_ == "prep" and c.i > token.i]
    for prep in (c for c in preps if c.lower_ in {"on", "upon"}):
        for obj in (c for c in prep.children if c.dep_ in {"pobj", "pcomp"}):
            if any(t.tag_ == "VBG" for t in obj.subtree):
                span = obj.doc[obj.left_edge.i : min(obj.right_edge.i + 1, obj.left_edge.i + _MAX_WORDS)]
                text = tidy(span.text)
                found += [Target(text, head=obj.text)] if usable(text) and len(text.split()) >= 2 else []
            else:
                found += targets(obj, context.resolver)
    return found
