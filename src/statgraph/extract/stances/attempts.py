"""Hostile aims imputed to an actor, in someone's words: "'The US and its allies are trying to
impose their approaches on others,' Lavrov noted" (Russia criticizes the US and its allies),
"Paris is trying to shift responsibility to other countries", "attempts by Washington to drag
Kyiv into NATO", "Norway is aiming to draw the archipelago into NATO planning".

A speaker who says an actor tries, seeks or aims to do a hostile act (or speaks of its attempt
to) blames it: the speaker's side criticizes the actor. Only what a speaker says counts (an
op-ed's author in the author's own voice); a negated or hypothetical attempt ("may try to")
states nothing. The words are data in ontology/cues.toml [criticizes]: attempt_words ("try",
"seek", "attempt") and hostile_verbs ("impose", "drag into", "shift responsibility").
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

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

# Auxiliaries of an attempt only supposed: "the envoy may try to interfere".
_SUPPOSED = frozenset({"may", "might", "could", "would", "will", "should", "must"})
_CONDITIONS = frozenset({"if", "unless", "whether"})


def _holder(token: Token, context: Context) -> Resolved | None:
    """The speaker's side, or an op-ed's author in the author's own voice."""
    return context.frame.behalf if context.frame.voice_of(token) != "author" else context.author


@extractor(cues=lambda lexicon: lexicon.listed("criticizes", "attempt_words"))
def hostile_attempts(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the criticism a speaker states by imputing a hostile aim to an actor."""
    lexicon = context.lexicon
    attempts = lexicon.listed("criticizes", "attempt_words")
    hostile = lexicon.listed("criticizes", "hostile_verbs")
    for verb in sent:
        if verb.pos_ != "VERB" or not _hostile(verb, hostile) or negated(verb):
            continue
        attempt = verb.head
        if verb.dep_ not in {"xcomp", "acl"} or attempt.lemma_.lower() not in attempts or _supposed(attempt):
            continue
        holder = _holder(verb, context)
        if holder is None:
            continue
        for actor, how in holders(_attempter(attempt), context.frame, context.resolver):
            if actor.id != holder.id:
                target = Target(actor.label, actor=actor)
                yield Found(holder, "criticizes", target, attempt, f"hostile_attempt/{how}", 0.5)


def _hostile(verb: Token, hostile: frozenset[str]) -> bool:
    """Whether a verb names a hostile act: alone ("impose", "meddle") or with its particle,
    preposition or object ("drag into", "shift responsibility")."""
    lemma = verb.lemma_.lower()
    if lemma in hostile:
        return True
    words = {c.lower_ for c in verb.children if c.dep_ in {"prep", "prt"}}
    words |= {c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "obj"}}
    return any(f"{lemma} {word}" in hostile for word in words)


def _supposed(attempt: Token) -> bool:
    """Whether an attempt is negated, only supposed or conditional: "may try to", "if it
    seeks to", "did not try to"."""
    if attempt.pos_ == "NOUN":
        return any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in attempt.children)
    children = list(attempt.children)
    return (
        negated(attempt)
        or any(c.dep_ == "aux" and c.lower_ in _SUPPOSED for c in children)
        or any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children)
    )


def _attempter(attempt: Token) -> Token | None:
    """Who attempts: the subject of "tries to", the "by"-agent or possessor of "attempts to"."""
    if attempt.pos_ != "NOUN":
        return subject_of(attempt)
    for child in attempt.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((p for p in child.children if p.dep_ == "pobj"), None)
    return None
