"""Warnings put as a condition: "'If Yerevan does not make the right decision, the damage will
be inflicted on them,' the minister said", "'Unless Washington lifts the tariffs, China will
retaliate'", "'If Israel attacks Iran, we will respond decisively'".

In someone's words, a consequence still to come ("will", "shall") that hangs on what another
actor does or fails to do is a warning to that actor: the speaker's side warns it. A reader
records it only for a consequence that is the speaker's side's own act ("we will respond") or a
condition of not doing something ("if X does not ...", "unless X ...": what X is pressed to
do), so that "if the talks succeed, trade will grow" warns no one. The actor conditioned on is
the target (whom the warning is to), as CONVENTIONS.md has it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..context.frame import FIRST_PLURAL
from ..context.subjects import subject_of
from ..found import Found
from ..moods import negated
from ..registry import Context, extractor
from .threats import takes_measures

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

# Auxiliaries of a consequence to come ("would" is only supposed: "if X left, prices would fall").
_TO_COME = frozenset({"will", "shall", "'ll", "’ll", "wo"})
# Conditions that press for an act: failing or refusing to do it.
_FAILING = frozenset({"fail", "refuse", "continue", "persist", "insist"})
# Adjectives of standing ready to act: "is ready to retaliate if ...".
_READY = frozenset({"ready", "prepared"})


@extractor(cues=lambda lexicon: {"if", "unless"})
def conditional_threats(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the warnings a speaker gives by naming what follows if another actor acts or fails to."""
    frame = context.frame
    for condition in sent:
        if condition.dep_ != "advcl" or condition.pos_ not in {"VERB", "AUX"}:
            continue
        mark = next((c.lower_ for c in condition.children if c.dep_ == "mark"), "")
        consequence = condition.head
        if mark not in {"if", "unless"} or not _to_come(consequence) or frame.voice_of(consequence) == "author":
            continue
        holder = frame.behalf
        if holder is None:
            continue
        pressing = mark == "unless" or negated(condition) or condition.lemma_.lower() in _FAILING
        if not pressing and not _own_act(consequence, holder, context):
            continue  # "if the talks succeed, trade will grow": no one is warned
        for warned in _conditioned(condition, context):
            if warned.actor is not None and warned.actor.id != holder.id:
                yield Found(holder, "warns", warned, condition, "conditional_threat", 0.5)


def _to_come(verb: Token) -> bool:
    """A consequence still to come: "will respond", "shall maintain", "will be inflicted", or an
    act one stands ready to do ("is ready to retaliate if X vetoes it")."""
    if _readied(verb) is not None:
        return True
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children)


def _readied(verb: Token) -> Token | None:
    """The act a side says it is ready to do: "is ready to retaliate", "stands prepared to respond"
    (the condition hung on the copula or on the act itself)."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in _READY and verb.pos_ == "VERB":
        return verb
    for ready in (c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _READY):
        act = next((c for c in ready.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if act is not None:
            return act
    return None


def _own_act(verb: Token, holder: Resolved, context: Context) -> bool:
    """Whether the consequence is a hostile act of the speaker's side's own: "we will respond",
    "China will retaliate", "we will take further steps" ([warns] threat_verbs, or measures
    taken); "Russia will come back to full compliance if the US ..." is a promise."""
    if negated(verb):
        return False
    verb = _readied(verb) or verb
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "nsubjpass" or negated(verb):
        return False
    if verb.lemma_.lower() not in context.lexicon.threat_verbs and not takes_measures(verb):
        return False
    if subject.lower_ in FIRST_PLURAL or subject.lower_ == "government" and _definite(subject):
        return True  # "we will retaliate", "the government is ready to retaliate", in its own words
    actor = context.resolver.resolve(subject) if subject.pos_ == "PROPN" else None
    return actor is not None and actor.id == holder.id


def _definite(noun: Token) -> bool:
    """ "the government", "our government": the speaker's own, not "a government" nor "his"."""
    return all(c.lower_ in {"the", "our"} for c in noun.children)


def _conditioned(condition: Token, context: Context) -> list[Target]:
    """The actors whose doing the condition names: its subject, when it names actors."""
    subject = subject_of(condition)
    if subject is None or subject.pos_ == "PRON" or subject.dep_ == "nsubjpass":
        return []
    return [t for t in targets(subject, context.resolver) if t.actor is not None]
