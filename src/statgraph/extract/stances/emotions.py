"""Emotions about an issue: "the Baltic states have been alarmed by Moscow's intervention",
"Japan is deeply disappointed that China rejected the offer", "France is pleased with the outcome
of the talks", "we note with regret that Yerevan's participation has decreased".

Who is dismayed, alarmed or outraged by something opposes it (criticizes an actor); who is
pleased, satisfied or heartened by it supports it. The one who feels it is the participle's
subject ("we" is the speaker's side); what it is about is its by/at/with/over/about/for-object
or its that-clause. Feeling as a manner ("noted with regret that X", "followed with concern the
escalation") is the noting subject's stance on what is noted. The words are data in
ontology/cues.toml: [opposes] dismay_words, [supports] content_words, and the emotion nouns of
each section's manner_nouns. A negated or hypothetical feeling states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, clause_target, targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found, actor_relation
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon

# What a feeling is about: "alarmed by", "dismayed at", "pleased with", "concerned over", "grateful for"
_ABOUT = ("for", "by", "at", "with", "over", "about")


@extractor(cues=lambda lexicon: _feeling_words(lexicon))
def felt_emotions(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the stances that feelings about an issue state."""
    lexicon = context.lexicon
    feelings = {w: "opposes" for w in lexicon.listed("opposes", "dismay_words")}
    feelings |= {w: "supports" for w in lexicon.listed("supports", "content_words")}
    manners = {w: "opposes" for w in lexicon.listed("opposes", "manner_nouns")}
    manners |= {w: "supports" for w in lexicon.listed("supports", "manner_nouns")}
    for token in sent:
        if token.lower_ in feelings and token.pos_ in {"ADJ", "VERB"}:
            yield from _felt(token, feelings[token.lower_], context)
        elif token.lower_ in manners and token.dep_ == "pobj" and token.head.lower_ == "with":
            yield from _noted_with(token, manners[token.lower_], context)


def _feeling_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of feeling `felt_emotions` reads: adjectives, participles and manner nouns."""
    return frozenset().union(
        *(lexicon.listed(section, name) for section, name in
          (("opposes", "dismay_words"), ("supports", "content_words"), ("opposes", "manner_nouns"),
           ("supports", "manner_nouns")))
    )


def _felt(token: Token, relation: str, context: Context) -> Iterator[Found]:
    """ "X is alarmed by Y", "X has been dismayed at Y", "X is pleased that Y"."""
    if token.dep_ in {"acomp", "oprd"}:
        verb = token.head
    elif token.dep_ in {"ROOT", "ccomp", "conj", "xcomp"} and _passive(token):
        verb = token
    else:
        return  # "a disappointed public", "the shocked delegates", "Petro has angered officials"
    if negated(verb) or negated(token) or irrealis(verb):
        return
    found = _about(token, context)
    if not found:
        return
    for holder, how in holders(subject_of(verb), context.frame, context.resolver):
        for target in found:
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, actor_relation(relation, target), target, token, f"emotion/{how}", 0.6)


def _passive(token: Token) -> bool:
    """ "has been alarmed", "is disappointed": felt; "has angered U.S. officials" makes others feel."""
    if token.pos_ == "ADJ":
        return True
    return token.tag_ == "VBN" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)


def _about(token: Token, context: Context) -> list[Target]:
    """What a feeling is about: its prepositional object (the first of for/by/at/...), else its clause."""
    preps = {c.lower_: c for c in token.children if c.dep_ in {"prep", "agent"}}
    for word in _ABOUT:
        obj = next((g for g in preps[word].children if g.dep_ in {"pobj", "pcomp"}), None) if word in preps else None
        if obj is not None and obj.ent_type_ not in {"DATE", "TIME"}:
            if obj.pos_ == "VERB":
                target = clause_target(obj, context.resolver)
                return [target] if target is not None else []
            return targets(obj, context.resolver)
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
    if clause is not None and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        target = clause_target(clause, context.resolver)
        return [target] if target is not None and not negated(clause) else []
    return []


def _noted_with(noun: Token, relation: str, context: Context) -> Iterator[Found]:
    """ "We note with regret that X", "Canada followed with concern the escalation in Gaza"."""
    verb = noun.head.head
    if verb.pos_ != "VERB" or negated(verb) or irrealis(verb):
        return
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if clause is not None:
        found = [t for t in [clause_target(clause, context.resolver)] if t is not None]
    else:
        found = [t for obj in objects for t in targets(obj, context.resolver)]
    for holder, how in holders(subject_of(verb), context.frame, context.resolver):
        for target in found:
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, actor_relation(relation, target), target, noun, f"noted_with/{how}", 0.6)
