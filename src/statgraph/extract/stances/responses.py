"""A response promised: "Castillo said Peru would respond to Chile's countermeasures", "we are
prepared to respond swiftly to any provocation Chile may undertake", "Peru would know how to
respond if Chilean threats became real": the side that will respond warns the actor it would
respond to.

The verbs are data in ontology/cues.toml [warns] response_verbs ("respond", "retaliate",
"react"). The response must be foretold ("will", "would", "shall") or held ready ("is prepared
to", "stands ready to"); "did not respond", "responded to the letter" and a response of one's
own side to itself state nothing. Who is warned is the actor the "to"-object names (itself,
its owner, a demonym before it, or the subject of a clause on it), else the actor of an
"if"-clause on the response; with none, no warning is read (a peaceful "respond to the
letter" names no one to warn).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import negated
from ..registry import Context, extractor
from .charged_deeds import named_doers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

_FUTURE = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})
_READY = frozenset({"prepared", "ready", "determined"})


@extractor(cues=lambda lexicon: lexicon.listed("warns", "response_verbs"))
def promised_responses(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the warnings that a response foretold or held ready states."""
    verbs = context.lexicon.listed("warns", "response_verbs")
    frame, resolver = context.frame, context.resolver
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or negated(verb) or not _promised(verb):
            continue
        warned = _responded_to(verb, context)
        if not warned:
            continue
        for holder, how in holders(subject_of(verb), frame, resolver):
            for actor in warned:
                if holder.id not in {actor.id, actor.of} and actor.id != holder.of:
                    yield Found(holder, "warns", Target(actor.label, actor=actor), verb, f"response/{how}", 0.5)


def _promised(verb: Token) -> bool:
    """Whether a response is foretold ("will respond", "would know how to respond") or held
    ready ("is prepared to respond")."""
    current = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in current.children):
            return not negated(current)
        if current.dep_ != "xcomp":
            return False
        current = current.head
        if current.lower_ in _READY:
            return not negated(current.head) and not negated(current)
    return False


def _responded_to(verb: Token, context: Context) -> list[Resolved]:
    """The actors a response answers: the "to"-object's, else the "if"-clause's."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            found = named_doers(pobj, context)
            if found:
                return found
    current = verb
    for _ in range(3):
        for clause in (c for c in current.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in {"if", "should"} for m in clause.children):
                subject = subject_of(clause)
                return named_doers(subject, context) if subject is not None else []
        if current.dep_ != "xcomp":
            break
        current = current.head
    return []
