"""Backing told in a passive that hangs on another clause: "the plan, which was approved by
the Senate", "the resolution was drafted by France and supported by the United States", "the
bill sponsored by the ministry and passed by the cabinet", "the M23 reappeared, supported by
Rwanda". The agent of the participle (its "by"-phrase) supports what the participle is said of:
the noun a relative clause describes, the subject of the first of coordinated passives, or the
subject of the clause a participle phrase follows.

The participles are data in ontology/cues.toml [supports] backing_agent_verbs; a plain passive
("the deal was endorsed by the Council") and a participle right after its noun ("the group backed
by Iran") are the verb reader's. A negated or hypothetical participle states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

RULE = "passive_backer"
_PASSIVE_SUBJECTS = frozenset({"nsubjpass"})


@extractor(cues=lambda lexicon: lexicon.listed("supports", "backing_agent_verbs"))
def passive_backers(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support the agent of a hung passive participle states."""
    verbs = context.lexicon.listed("supports", "backing_agent_verbs")
    for verb in sent:
        if verb.lemma_.lower() not in verbs or verb.tag_ != "VBN" or negated(verb) or irrealis(verb):
            continue
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        backed = _backed(verb) if agents else None
        if backed is None:
            continue
        found = [Target(a.label, a) for a, _ in holders(backed, context.frame, context.resolver)]
        found = found or targets(backed, context.resolver)
        for agent in (m for a in agents for m in (a, *conjuncts(a))):
            for holder, _ in holders(agent, context.frame, context.resolver):
                for target in found:
                    if target.actor is None or target.actor.id != holder.id:
                        yield Found(holder, "supports", target, verb, RULE, 0.6)


def _backed(verb: Token) -> Token | None:
    """What a hung participle is said of: the noun of its relative clause ("the plan, which was
    approved by"), the passive subject of the first coordinated participle ("was drafted by France
    and supported by"), the noun of the first ("the bill sponsored by A and passed by B"), or the
    subject of the clause a participle phrase follows ("reappeared, supported by Rwanda")."""
    head = verb.head
    if verb.dep_ == "relcl" and any(c.dep_ in _PASSIVE_SUBJECTS and c.tag_ == "WDT" for c in verb.children):
        return head if head.pos_ in {"NOUN", "PROPN"} else None
    if verb.dep_ == "conj" and head.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        if head.dep_ == "acl" and head.head.pos_ in {"NOUN", "PROPN"}:
            return head.head
        return next((c for c in head.children if c.dep_ in _PASSIVE_SUBJECTS), None)
    if verb.dep_ == "advcl" and not any(c.dep_ in {"mark", "aux", "auxpass"} or c.dep_.startswith("nsubj")
                                        for c in verb.children):
        return subject_of(head) if head.pos_ in {"VERB", "AUX"} and verb.i > head.i else None
    return None
