"""Principles declared in someone's words: what a speaker calls a principle is upheld. "'Non-
interference in internal affairs is a fundamental principle of our diplomacy,' Wang Yi said"
(China supports non-interference in internal affairs), "'One of the main principles I believe
in is respect for human rights,' Boric said" (Boric supports respect for human rights), "the
partnership is based on full respect for the UN Charter and international law" (the speaker
supports the UN Charter and international law).

Only what a speaker says counts (an op-ed's author in the author's own voice); a negated
copula states nothing. The nouns are data in ontology/cues.toml [supports] principle_nouns
("principle", "cornerstone") and founding_words ("base", "basis", "rest").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import targets
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from ..moods import negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved


def _holder(token: Token, context: Context) -> Resolved | None:
    """The speaker's side, or an op-ed's author in the author's own voice."""
    return context.frame.behalf if context.frame.voice_of(token) != "author" else context.author


@extractor(cues=lambda lexicon: lexicon.listed("supports", "principle_nouns") | {"respect"})
def declared_principles(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support a speaker states by calling something a principle, or the ground a
    relationship is founded on."""
    lexicon = context.lexicon
    principles = lexicon.listed("supports", "principle_nouns")
    founding = lexicon.listed("supports", "founding_words")
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in principles:
            upheld = _called_principle(token)
            rule = "principle"
        elif lemma == "respect" and token.pos_ == "NOUN" and _founded_on(token, founding):
            upheld = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                      if p.dep_ == "pobj"]
            rule = "principle/respect"
        else:
            continue
        holder = _holder(token, context)
        if holder is None:
            continue
        for noun in (n for n in upheld if n.lemma_.lower() not in principles):  # "respect for the principles"
            for target in targets(noun, context.resolver):
                if target.actor is None and len(target.text.split()) >= 2:
                    yield Found(holder, "supports", target, token, rule, 0.5)


def _called_principle(noun: Token) -> list[Token]:
    """What a copula calls a principle: its subject ("X is a fundamental principle", "X and Y
    are principles"), or its complement when the principle is the subject ("One of the main
    principles I believe in is X")."""
    copula = noun.head
    if noun.dep_ == "pobj" and copula.lower_ == "of" and copula.head.dep_ == "nsubj":
        noun, copula = copula.head, copula.head.head  # "One of the principles ... is X"
    if copula.lemma_.lower() != "be" or negated(copula):
        return []
    if noun.dep_ == "attr":
        subject = subject_of(copula)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            return []  # "this is a principle": what it is, is elsewhere
        return [subject, *conjuncts(subject)]
    if noun.dep_ == "nsubj":
        return [c for c in copula.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return []


def _founded_on(respect: Token, founding: frozenset[str]) -> bool:
    """Whether a "respect for X" is what something is founded on: "based on full respect for X",
    "on the basis of respect for X", or listed among such: "including respect for X"."""
    head = respect.head
    if respect.dep_ == "pobj" and head.lower_ == "including":
        owner = head.head
        return owner.head.dep_ == "prep" and owner.head.head.lemma_.lower() == "respect" and _founded_on(
            owner.head.head, founding
        )
    if respect.dep_ != "pobj" or head.lower_ not in {"on", "upon", "in"}:
        return False
    grounds = head.head
    if grounds.lemma_.lower() in founding:
        return True
    return grounds.pos_ == "NOUN" and grounds.lemma_.lower() == "basis"
