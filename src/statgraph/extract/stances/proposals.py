"""Proposals with no object: what a proposal noun describes ("twin security proposals"), and
"our proposals" or "the plan" as the proposal described before."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ..arguments import Target, phrase
from ..phrases import phrase_span
from ..context.frame import Frame
from ..context.holders import holders
from ..cues import Lexicon
from ..found import Found
from ..sentence import lemmas, parts_of_speech, word_lists
from ..wording import tidy

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def note_proposals(sent: Span, resolver: Resolver, lexicon: Lexicon) -> None:
    """Remember the last proposal the text describes ("twin security proposals"), for a later
    bare "our proposals" or "the draft"."""
    if lemmas(sent).isdisjoint(lexicon.nouns):
        return  # no noun cue at all
    _, lemma_list = word_lists(sent)  # read off the parse's array once a sentence
    for token, lemma, pos in zip(sent, lemma_list, parts_of_speech(sent), strict=True):
        cues = lexicon.nouns.get(lemma)
        if cues and cues[0].relation == "proposes" and pos == "NOUN" and _described(token):
            resolver.last_proposals[lemma] = phrase(token)


def _described(token: Token) -> bool:
    """Whether a noun says what it is: "security proposals", "a peace plan", not "our proposals"."""
    return any(
        c.dep_ == "compound"
        and c.pos_ in {"NOUN", "PROPN"}
        or c.dep_ == "amod"
        and c.pos_ == "ADJ"
        and c.lower_ not in _EMPTY_ADJECTIVES
        for c in token.children
    )


_ANAPHORIC = frozenset({"our", "their", "its", "the", "these", "this"})


_EMPTY_ADJECTIVES = frozenset("new other same such latest last recent current previous first second twin".split())


def proposal(token: Token, found: list[tuple[Resolved, str]], frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """A proposal with no object: "Our proposals, which were formulated by the Russian
    president" - the one it is put forward by, and its owner, propose what it is."""
    agents = [
        pobj
        for child in token.children
        if child.dep_ in {"acl", "relcl"} and child.tag_ == "VBN"
        for agent in child.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
    ]
    found = found + [(h, "formulated_by") for a in agents for h, _ in holders(a, frame, resolver)]
    if not found:
        return
    if _described(token):
        target = Target(phrase(token))
    elif token.lemma_.lower() in resolver.last_proposals and any(
        c.dep_ in {"poss", "det"} and c.lower_ in {"our", "their", "its", "the", "these", "this"}
        for c in token.children
    ):
        target = Target(resolver.last_proposals[token.lemma_.lower()])  # the same kind of thing, described before
    else:
        return
    for holder, how in {h.id: (h, how) for h, how in found}.values():
        yield Found(holder, "proposes", target, token, f"proposal/{how}", 0.6)


def proposal_phrase(token: Token) -> Target:
    """What a proposal noun with its complement proposes: the proposal itself, without its owner
    ("the Council's plan for a special envoy" -> "plan for a special envoy", "a peace proposal for
    the war"), never the complement alone (proposing "the war")."""
    span = phrase_span(token)
    owner = next((c for c in token.children if c.dep_ == "poss" and c.i < token.i), None)
    start = max(span.start, owner.right_edge.i + 1) if owner is not None else span.start
    while start < token.i and token.doc[start].lower_ in {"'s", "’s", "'", "’"}:
        start += 1
    return Target(tidy(token.doc[start : span.end].text))
