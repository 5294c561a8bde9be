"""Wrongdoing charged in someone's words: "Vietnam said the Chinese coast guard had violated its
sovereignty" (Vietnam criticizes the coast guard), "'the missile launch undermines the peace of
the region,' the minister said" (his side opposes the launch).

A speaker who says an actor violates, breaches, undermines or jeopardizes something blames it:
the speaker's side criticizes the actor, or opposes the act when the doer is a deed ("the
launch", "the cooperation"); a deed's "by"-agent is criticized as well. Only what a speaker
says counts (never the author's narration), and a negated or hypothetical charge states nothing.
The verbs are data in ontology/cues.toml [criticizes] wrongdoing_verbs and neglect_verbs ("the
three countries disregard the concerns of the region"); "threaten" is one only
with an object that is no actor ("threatens regional peace"; "threatened Cuba" is a warning).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, phrase
from ..context.collectives import modifier_issuer
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..registry import Context, extractor
from .adjectives import _is_action
from .sanctions import unreal

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved
    from ..cues import Lexicon


# deeds that _is_action does not name by their ending
_DEEDS = frozenset("act acts launch launches test tests cooperation deal pact agreement".split())


@extractor(cues=lambda lexicon: charge_verbs(lexicon))
def wrongdoing(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the criticism a speaker states by charging an actor or a deed with wrongdoing."""
    frame, resolver = context.frame, context.resolver
    lexicon = context.lexicon
    verbs = charge_verbs(lexicon)
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs or not _charge(token, context):
            continue
        holder = frame.behalf
        if holder is None or frame.voice_of(token) == "author" or unreal(token):
            continue
        subject = subject_of(token)
        if subject is None or subject.pos_ == "PRON" or subject.lower_ in {"we", "i", "us"}:
            continue
        for doer, act in charged_doers(subject, context):
            if doer is not None and doer.id != holder.id:
                yield Found(holder, "criticizes", Target(doer.label, actor=doer), token, "wrongdoing/doer", 0.5)
            if act is not None:
                yield Found(holder, "opposes", Target(phrase(act), head=act.lemma_.lower()), token, "wrongdoing/act", 0.5)


def charge_verbs(lexicon: Lexicon, *, meddling: bool = True) -> frozenset[str]:
    """Verbs that charge wrongdoing (cues.toml [criticizes]): "violate", "ignore", and unless
    `meddling` is False, "interfere" (whose clause names the deed: "interfere in its affairs")."""
    found = lexicon.listed("criticizes", "wrongdoing_verbs") | lexicon.listed("criticizes", "neglect_verbs")
    return found | lexicon.listed("criticizes", "meddling_verbs") if meddling else found


def _charge(verb: Token, context: Context) -> bool:
    """Whether a wrongdoing verb charges: an object, and for "threaten" one that is no actor; a
    meddling verb charges with its "in"/"with" phrase ("interfered in its internal affairs")."""
    if verb.lemma_.lower() in context.lexicon.listed("criticizes", "meddling_verbs"):
        return any(c.dep_ == "prep" and c.lower_ in {"in", "into", "with"} and list(c.children) for c in verb.children)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not objects:
        return False
    if verb.lemma_.lower() == "threaten":
        return all(o.pos_ == "NOUN" and context.resolver.resolve(o) is None for o in objects)
    return True


def charged_doers(subject: Token, context: Context) -> Iterator[tuple[Resolved | None, Token | None]]:
    """The actor a subject names, or the deed it names and the deed's "by"-agent."""
    resolver = context.resolver
    for member in (subject, *subject.conjuncts):
        if _generic(member):
            continue  # "a move like this by any State Party": no one charged
        actor = resolver.resolve(member) or modifier_issuer(member, resolver)  # "the G7 communique slandered X"
        if actor is not None:
            yield actor, None
            continue
        if member.pos_ != "NOUN" or not (_is_action(member) or member.lemma_.lower() in _DEEDS):
            continue  # "the crisis threatens stability" charges no one
        agents = [p for c in member.children if c.dep_ == "prep" and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj"]
        agents += [c for c in member.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        found = [a for agent in agents if not _generic(agent) for a in _actors(agent, context)]
        yield (found[0] if found else None), member


def _actors(token: Token, context: Context) -> list[Resolved]:
    """The actors a noun phrase names: itself resolved, else its holders."""
    actor = context.resolver.resolve(token)
    return [actor] if actor is not None else [a for a, _ in holders(token, context.frame, context.resolver)]


def _generic(token: Token) -> bool:
    """ "any State Party", "such a move", "a move like this": no particular actor or deed."""
    return any(c.dep_ in {"det", "predet", "amod"} and c.lower_ in _GENERIC for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "like" for c in token.children
    )


_GENERIC = frozenset({"any", "every", "such", "no", "each", "whatever", "hypothetical", "possible", "potential"})
