"""Proposals named by a participle under their owner: "Putin's proposed direct negotiations",
"his proposed reforms to fight poverty", "the government's tabled amendments". The owner puts
forward what the noun names (CONVENTIONS: `proposes`, a plan or initiative put forward).

The participles are data in ontology/cues.toml ([proposes] proposing_participles, read also for
"the China-proposed initiative"); "the EU's planned tax" is an intention, no proposal, and a
participle with no owner ("the proposed law") names no one who proposes, nor does the owner of
what happens to it ("Ukraine's proposed EU membership": [proposes] undergone_nouns).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target
from ..context.holders import holders
from ..found import Found
from ..registry import Context, extractor
from ..wording import tidy, usable
from .proposals import proposal_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver
    from ..context.frame import Frame


@extractor(cues=lambda lexicon: lexicon.listed("proposes", "proposing_participles"))
def owned_proposals(sent: Span, context: Context) -> Iterator[Found]:
    """Yield what an owner is said to propose by a proposing participle on the owned noun."""
    participles = context.lexicon.listed("proposes", "proposing_participles")
    undergone = context.lexicon.listed("proposes", "undergone_nouns")
    for word in sent:
        if word.dep_ != "amod" or word.tag_ != "VBN" or word.lower_ not in participles:
            continue
        noun = word.head
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.i < word.i or noun.lemma_.lower() in undergone:
            continue
        target = _proposed(noun, word)
        if target is None:
            continue
        for holder, how in _owners(noun, context.frame, context.resolver):
            yield Found(holder, "proposes", target, word, f"owned_proposal/{how}", 0.55)


def _proposed(noun: Token, participle: Token) -> Target | None:
    """What is proposed: the noun's phrase without its owner and the participle ("his proposed
    reforms to fight poverty" -> "reforms to fight poverty")."""
    text = proposal_phrase(noun).text
    words = text.split()
    while words and (words[0].lower() == participle.lower_ or words[0].lower() in {"own", "newly"}):
        words = words[1:]
    text = tidy(" ".join(words))
    return Target(text, head=noun.text) if usable(text) else None


def _owners(noun: Token, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """The noun's possessive owner: a name ("Putin's") or a pronoun read as its antecedent ("his")."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if owner is None:
        return []
    if owner.pos_ != "PRON":
        actor = resolver.resolve(owner)
        return [(actor, "possessive")] if actor is not None else []
    return [(h, f"possessive_{how}") for h, how in holders(owner, frame, resolver)]
