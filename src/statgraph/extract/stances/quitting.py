"""Quitting a body or a pact rejects it: "Nicaragua completed its withdrawal from the OAS",
"the juntas announced their exit from ECOWAS", "Mali quit the bloc", "Washington exited the
nuclear deal".

What is quit must be an organisation (a resolved actor of type organization) or a pact
(cues.toml [cooperates_with] pact_nouns, [rejects] quit_objects): leaving a country, a room or
an office states no stance. The nouns and verbs are data in ontology/cues.toml [rejects]
quit_nouns and quit_verbs; "withdraw from" and "pull out of" are phrasal cues already
(verbs.py). A negated, hypothetical or only threatened act states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, phrase
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..naming import descriptive_name
from ..registry import Context, extractor
from .sanctions import unreal

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

# verbs whose subject owns the quitting a noun names: "announced their exit from"
_ANNOUNCING = frozenset("announce complete finalize finalise confirm begin start formalize formalise".split())


@extractor(cues=lambda lexicon: lexicon.listed("rejects", "quit_nouns") | lexicon.listed("rejects", "quit_verbs"))
def quitting(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the rejections that quitting a body or a pact states."""
    lexicon = context.lexicon
    nouns, verbs = lexicon.listed("rejects", "quit_nouns"), lexicon.listed("rejects", "quit_verbs")
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in nouns:
            quit_ = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                     for p in c.children if p.dep_ == "pobj"]
            found = _noun_holders(token, context)
        elif token.pos_ == "VERB" and lemma in verbs and not unreal(token):
            quit_ = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
            found = holders(subject_of(token), context.frame, context.resolver)
        else:
            continue
        for quitted in [q for t in quit_ for q in (t, *t.conjuncts)]:
            target = _body_or_pact(quitted, context)
            if target is None:
                continue
            for holder, how in found:
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, "rejects", target, token, f"quitting/{how}", 0.6)


def _noun_holders(noun: Token, context: Context) -> list[tuple[Resolved, str]]:
    """Who quits: the owner ("its withdrawal", "Mali's exit"), else the subject of "announced"."""
    frame, resolver = context.frame, context.resolver
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON":
        return holders(owner, frame, resolver)
    head = noun.head  # "their withdrawal", "its exit": the one who announced it
    if noun.dep_ in {"dobj", "obj"} and head.lemma_.lower() in _ANNOUNCING and not unreal(head):
        return holders(subject_of(head), frame, resolver)
    return []


def _body_or_pact(token: Token, context: Context) -> Target | None:
    """An organisation or a pact as a target; None for anything else."""
    named = descriptive_name(token) or token  # "the West African bloc ECOWAS": ECOWAS
    actor = context.resolver.resolve(named)
    if actor is not None:
        return Target(phrase(named), actor=actor) if actor.type == "organization" else None
    lexicon = context.lexicon
    objects = lexicon.listed("cooperates_with", "pact_nouns") | lexicon.listed("rejects", "quit_objects")
    if token.pos_ == "NOUN" and token.lemma_.lower() in objects | {n.rstrip("s") for n in objects}:
        return Target(phrase(token), head=token.lemma_.lower())
    return None
