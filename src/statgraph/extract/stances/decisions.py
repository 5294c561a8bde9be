"""Decisions: who decides on an act supports it. "NATO's decision to raise defence spending",
"the decision by the country's leader to postpone the election", "our decision to suspend the
treaty is unshakable": the owner of the decision supports the act it names; an act that is a
stance cue of its own with an object ("the decision to halt arms exports") states that cue's
stance, and a phrasal cue ("the decision to work with Haiti") is left to the verb rules.

The owner is the noun's possessor, its "by"-phrase or demonym, or the subject of a light verb
("took the decision to"), as noun_holders.py reads them. A decision not to act ("the decision
not to attend"), or one only asked for or weighed ("urged a decision to"), states nothing. The
nouns are data in ontology/cues.toml [supports] decision_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, clause_target, targets
from ..context.noun_holders import noun_holders
from ..found import Found, actor_relation
from ..moods import irrealis, negated, to_infinitive
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs by which another asks or weighs a decision: "urged a decision to", "awaits the decision"
_NOT_TAKEN = frozenset(
    "urge demand call ask request await expect seek want consider weigh mull postpone delay defer".split()
)


@extractor(cues=lambda lexicon: lexicon.listed("supports", "decision_nouns"))
def stated_decisions(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the stance of the owner of a decision on the act decided."""
    nouns = context.lexicon.listed("supports", "decision_nouns")
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns or _not_taken(token):
            continue
        act = next((c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB" and to_infinitive(c)), None)
        if act is None or negated(act):
            continue
        found = noun_holders(token, context.frame, context.resolver)
        if not found:
            continue
        for relation, target in _decided(act, context):
            for holder, how in found:
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, actor_relation(relation, target), target, token, f"decision/{how}", 0.55)


def _not_taken(noun: Token) -> bool:
    """Whether the decision is only asked for, awaited or supposed."""
    head = noun.head
    if noun.dep_ in {"dobj", "obj"} and head.lemma_.lower() in _NOT_TAKEN:
        return True
    return head.pos_ in {"VERB", "AUX"} and (irrealis(head) or negated(head) and noun.dep_ in {"dobj", "obj"})


def _decided(act: Token, context: Context) -> Iterator[tuple[str, Target]]:
    """The stance a decided act states: an inner verb cue's over its objects ("to halt arms
    exports" opposes them), else support of the act itself ("to postpone the election")."""
    lexicon = context.lexicon
    cue = next((c for c in lexicon.verb_cues(act.lemma_.lower()) if c.relation != "proposes"), None)
    objects = [c for c in act.children if c.dep_ in {"dobj", "obj"}]
    if cue is not None and objects:
        for obj in objects:
            for target in targets(obj, context.resolver):
                yield cue.relation, target
        return
    if lexicon.speaks(act):
        return
    target = clause_target(act, context.resolver)
    if target is not None:
        yield "supports", target
