"""Refusals in the passive: "'Abduction, torture and killings cannot and will not be
tolerated,' the prime ministers said", "'The annexation will never be recognised,'" "'Such
attacks cannot be justified.'"

In someone's words, saying that a thing will not be accepted, tolerated, allowed or recognised
(with no one named to do it) is the speaker's rejection of it; in the writer's own voice, the
author's. The verbs are data in ontology/cues.toml [rejects] refused_passives. An agent named
("will not be accepted by Kyiv") is read by the verb rules; a supposed or questioned refusal
states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..context.subjects import conjuncts
from ..found import Found
from ..moods import negated
from ..registry import Context, extractor
from ..wording import tidy, usable

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@extractor
def passive_refusals(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the rejections a speaker states by saying a thing will not be accepted or tolerated."""
    refused = context.lexicon.listed("rejects", "refused_passives")
    for verb in sent:
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() not in refused:
            continue
        if not _refused(verb) or any(c.dep_ == "agent" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        judge = context.frame.behalf if context.frame.voice_of(verb) != "author" else context.author
        if judge is None:
            continue
        for target in _refused_things(subject, context):
            if target.actor is None or target.actor.id != judge.id:
                yield Found(judge, "rejects", target, verb, "passive_refusal", 0.5)


def _refused(verb: Token) -> bool:
    """Negated, also over coordinated verbs ("cannot and will not be tolerated"), and not
    supposed ("if it is not accepted")."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in verb.children):
        return False
    return negated(verb) or any(negated(v) for v in conjuncts(verb) if v.i != verb.i)


def _refused_things(subject: Token, context: Context) -> list[Target]:
    """What is refused: the subject's targets; cut before a modal the parser hung on it
    ("Abduction, torture and killings cannot and will not be tolerated")."""
    modal = next((t for t in subject.subtree if t.tag_ == "MD"), None)
    if modal is None:
        return targets(subject, context.resolver)
    text = tidy(subject.doc[subject.left_edge.i : modal.i].text)
    return [Target(text, head=subject.text)] if usable(text) else []
