"""Votes: "Bolivia, China and Russia voted in favor", "four members voted against it", "the UK
voted no", "among the countries that voted in favor were Ecuador and Canada": a vote for a text
supports it, a vote against opposes it.

The text voted on is the object ("voted in favour of the resolution"), or, when the vote has
none or only a pronoun ("voted against it"), the last text put to a vote the document named
(cues.toml [supports] voted_texts: resolution, draft, motion ...). "vote for X" and "vote against
X" with a noun object are phrasal cues (verbs.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, phrase, targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolver

_LAST_TEXT = " voted text"  # the key under which the last text put to a vote is remembered


@extractor(cues=lambda lexicon: lexicon.listed("supports", "voted_texts") | lexicon.listed("supports", "vote_verbs"))
def votes(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support or opposition a vote states, and remember the texts put to a vote."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    texts = lexicon.listed("supports", "voted_texts")
    sides = {"supports": lexicon.listed("supports", "vote_for"), "opposes": lexicon.listed("opposes", "vote_against")}
    for token in sent:
        if token.pos_ == "NOUN" and token.lemma_.lower() in texts and _described(token):
            resolver.last_proposals[_LAST_TEXT] = phrase(token)
        if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.listed("supports", "vote_verbs"):
            continue
        if negated(token) or irrealis(token):
            continue
        for relation, words in sides.items():
            voted = _voted_on(token, words, resolver)
            if voted is None:
                continue
            for holder, how in holders(_voter(token), frame, resolver):
                for target in voted:
                    if target.actor is None or target.actor.id != holder.id:
                        yield Found(holder, relation, target, token, f"vote/{how}", 0.65)


def _voter(verb: Token) -> Token | None:
    """Who voted; in "Among the countries that voted in favor were Ecuador, Canada and Brazil" the
    voters are the subject of the copula the "among" phrase hangs on, not "the countries"."""
    subject = subject_of(verb)
    if verb.dep_ != "relcl" or subject is None or subject.dep_ != "pobj":
        return subject
    among, copula = subject.head, subject.head.head
    if among.lower_ != "among" or among.dep_ != "prep" or copula.lemma_ != "be":
        return subject
    return next((c for c in copula.children if c.dep_ in {"nsubj", "attr"} and c.i > verb.i), subject)


def _described(token: Token) -> bool:
    """A text said what it is: "a Russian-drafted resolution", "the draft on Syria", not "it"."""
    return any(c.dep_ in {"amod", "compound", "prep"} for c in token.children)


def _voted_on(verb: Token, words: frozenset[str], resolver: Resolver) -> list[Target] | None:
    """What a vote on one side is about: "in favor of X", "for it", "against"; None when the
    vote is not on that side, or names a noun a phrasal cue reads ("voted against the bill")."""
    for prep in _sides(verb):
        side = prep.lower_
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if side == "in" and obj is not None and obj.lower_ in words:
            side = obj.lower_  # "in favor (of X)"
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), None)
        elif side in words and obj is not None and obj.pos_ != "PRON" and prep.dep_ != "conj":
            return None  # "voted against the bill": the phrasal cue's
        if side not in words:
            continue
        if obj is not None and obj.pos_ != "PRON":
            return targets(obj, resolver)
        if _relative(obj, verb):
            return targets(verb.head, resolver)  # "the deal, which Poland voted against": the antecedent
        last = resolver.last_proposals.get(_LAST_TEXT)
        return [Target(last)] if last else None
    return None


def _relative(obj: Token | None, verb: Token) -> bool:
    """Whether a vote's side stands for the noun its relative clause hangs on: "the deal, which
    Poland and Hungary voted against", "the plan that most members voted for"."""
    relative = obj is not None and obj.lower_ in {"which", "that"}  # not "the countries that voted in favor"
    return relative and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}


def _sides(verb: Token) -> Iterator[Token]:
    """The words of a vote that may name a side, and the sides conjoined with them: "voted in
    favour of the plan and against the sanctions"."""
    for child in verb.children:
        if child.dep_ in {"prep", "advmod", "prt", "intj", "dobj"}:
            yield child
            yield from (c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP")
