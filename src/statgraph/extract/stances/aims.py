"""Aims stated as what a goal or a position is: "our goal is to foster the country's capability
to defend itself", "Azerbaijan's position is to fully implement the agreements", "the Alliance's
task is to deter aggression". The owner of the goal supports the act it names; an act that is
a stance cue of its own ("our aim is to counter China's influence") is read as that cue.

The owner is the goal noun's possessor ("Azerbaijan's", "our": the speaker's side) or a demonym
("the Russian position"), as noun_holders.py reads it. The nouns are data in ontology/cues.toml
[supports] aim_nouns; a negated copula ("our goal is not to isolate X") or a goal that is only
asked for states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import clause_target, targets
from ..context.noun_holders import noun_holder
from ..found import Found, actor_relation
from ..moods import irrealis, negated, to_infinitive
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon


@extractor(cues=lambda lexicon: lexicon.listed("supports", "aim_nouns"))
def stated_aims(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support (or the inner cue's stance) of an owner for the act its goal is said to be."""
    aims = context.lexicon.listed("supports", "aim_nouns")
    for token in sent:
        if token.lemma_.lower() not in aims or token.dep_ != "nsubj" or token.pos_ != "NOUN":
            continue
        copula = token.head
        if copula.lemma_.lower() != "be" or negated(copula) or irrealis(copula):
            continue
        act = next((c for c in copula.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and to_infinitive(c)), None)
        holder, how = noun_holder(token, context.frame, context.resolver)
        if act is None or holder is None or negated(act):
            continue
        for relation, target in _aimed(act, context):
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, actor_relation(relation, target), target, token, f"aim/{how}", 0.55)


def _aimed(act: Token, context: Context) -> Iterator[tuple[str, object]]:
    """The stance an aimed act states: the inner verb cue's over its object ("to counter X"),
    else support of the act itself ("to fully implement the agreements")."""
    lexicon: Lexicon = context.lexicon
    cue = next((c for c in lexicon.verb_cues(act.lemma_.lower()) if c.relation != "proposes"), None)
    objects = [c for c in act.children if c.dep_ in {"dobj", "obj"}]
    if cue is not None and objects:
        for obj in objects:
            for target in targets(obj, context.resolver):
                yield cue.relation, target
        return
    if lexicon.speaks(act):
        return  # a phrasal cue ("to work with Haiti") is read by the verb rules
    target = clause_target(act, context.resolver)
    if target is not None:
        yield "supports", target
