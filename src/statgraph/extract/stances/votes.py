"""Votes: "Bolivia, China and Russia voted in favor", "four members voted against it", "the UK
voted no", "among the countries that voted in favor were Ecuador and Canada": a vote for a text
supports it, a vote against opposes it.

The text voted on is the object ("voted in favour of the resolution"), or, when the vote has
none or only a pronoun ("voted against it"), the last text put to a vote the document named
(cues.toml [supports] voted_texts: resolution, draft, motion ...). "vote for X" and "vote against
X" with a noun object are phrasal cues (verbs.py).

A side with no object in a sentence whose other side names the text takes that text: "25 states
voted in favor of the resolution, and only Peru voted against it", "Chile and Peru voted against,
and ten states voted in favour of the draft"; so does a side in a sentence whose approving verb
names it: "the council approved the plan, with Chile and Peru the only ones voting against".
A tally's "no votes" are votes against: "Chile and Peru were the only no votes"; a stance verb's
"it" in a sentence whose vote names one text is that text: "twenty members voted in favour of the
resolution, while Chile and Peru opposed it".
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
from .sanctions import unreal

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolver
    from ..cues import Lexicon

_SIDED = frozenset({"supports", "opposes", "rejects"})  # the stances a voter's verb may take on a text
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
        if token.pos_ == "VERB" and any(c.dep_ in {"dobj", "obj"} and c.lower_ == "it" for c in token.children):
            yield from _stance_on_it(token, context, _named_in(sent, sides, lexicon, resolver))
        if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.listed("supports", "vote_verbs"):
            yield from _counted(token, sides, context, _named_in(sent, sides, lexicon, resolver))
        if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.listed("supports", "vote_verbs"):
            continue
        if negated(token) or irrealis(token):
            continue
        for relation, words in sides.items():
            voted = _voted_on(token, words, resolver, _named_in(sent, sides, lexicon, resolver))
            if voted is None:
                continue
            for holder, how in holders(_voter(token), frame, resolver):
                for target in voted:
                    if target.actor is None or target.actor.id != holder.id:
                        yield Found(holder, relation, target, token, f"vote/{how}", 0.65)


def _counted(votes: Token, sides: dict[str, frozenset[str]], context: Context, named: list[Target] | None) -> Iterator[Found]:
    """A tally's votes said to be some actors': "Chile and Peru were the only no votes" oppose
    the text put to the vote, "Chile was the lone yes vote" supports it."""
    side = next((c.lower_ for c in votes.children if c.dep_ in {"det", "amod", "compound", "intj"} and c.lower_ in {"no", "yes"}), None)
    copula = votes.head
    if side is None or votes.dep_ != "attr" or copula.lemma_ != "be" or negated(copula) or irrealis(copula):
        return
    last = context.resolver.last_proposals.get(_LAST_TEXT)
    voted = named or ([Target(last)] if last else [])
    relation = next(r for r, words in sides.items() if side in words)
    subject = next((c for c in copula.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    for holder, how in holders(subject, context.frame, context.resolver):
        for target in voted:
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, relation, target, votes, f"vote/tally/{how}", 0.65)


def _stance_on_it(verb: Token, context: Context, named: list[Target] | None) -> Iterator[Found]:
    """A stance verb whose "it" is the text a vote of the sentence names: "twenty members voted in
    favour of the resolution, while Chile and Peru opposed it"."""
    relations = {c.relation for c in context.lexicon.verb_cues(verb.lemma_.lower())} & _SIDED
    if not named or len(relations) != 1 or negated(verb) or irrealis(verb):
        return
    relation = next(iter(relations))
    for holder, how in holders(subject_of(verb), context.frame, context.resolver):
        for target in named:
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, relation, target, verb, f"vote/it/{how}", 0.6)


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
    """A text said what it is: "a Russian-drafted resolution", "the draft on Syria", "a resolution
    censuring Peru", not "it"."""
    return any(c.dep_ in {"amod", "compound", "prep", "acl"} for c in token.children)


def _voted_on(
    verb: Token, words: frozenset[str], resolver: Resolver, named: list[Target] | None = None
) -> list[Target] | None:
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
        if named:
            return named  # "25 states voted in favor of the resolution, and only Peru voted against it"
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


def _named_in(sent: Span, sides: dict[str, frozenset[str]], lexicon: Lexicon, resolver: Resolver) -> list[Target] | None:
    """The text a sentence's votes or its approving verb name, when one alone is named: "voted in
    favor of the resolution", "voted against the bill", "approved the migration agreement"."""
    words = sides["supports"] | sides["opposes"]
    approving = lexicon.listed("supports", "adopting_verbs") | lexicon.listed("supports", "passing_verbs")
    texts = (lexicon.listed("supports", "voted_texts") | lexicon.listed("supports", "passed_objects")
             | lexicon.listed("supports", "adopted_objects"))
    named = []
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in lexicon.listed("supports", "vote_verbs"):
            named += [o for prep in _sides(token) for o in _side_object(prep, words)]
        elif token.pos_ == "VERB" and lemma in approving | {"approve", "ratify"} and not unreal(token):
            # "approved the agreement", not "failing to pass the threshold of nine"
            named += [c for c in token.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in texts]
    heads = {t.i: t for t in named if t.pos_ != "PRON"}
    if len(heads) != 1:
        return None
    found = targets(next(iter(heads.values())), resolver)
    # a tally parsed into the phrase ("the resolution, seven abstained") ends at its comma
    return [Target(t.text.split(",")[0], t.actor, t.head) if t.actor is None else t for t in found] or None


def _side_object(prep: Token, words: frozenset[str]) -> list[Token]:
    """The noun a side of a vote names: "in favor of X" gives X, "against X" gives X."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is not None and prep.lower_ == "in" and obj.lower_ in words:
        return [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return [obj] if obj is not None and prep.lower_ in words else []
