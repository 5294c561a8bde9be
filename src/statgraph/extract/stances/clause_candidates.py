"""The broader candidate generator: each attributed clause x the actors and issues it mentions.

The rules propose a stance only where a cue they know fires. This generator reads every clause
that has a holder and that no rule read: its predicate (a verb) and its argument phrases that
are actors or issues (the object, a prepositional object, the act of a complement clause, and
in a clause the speaker reports or quotes, its subject when that is another actor). The
holder is the one the rules would give: the speaker for quoted and reported speech ("we" the
side the speaker stands for), the subject actor for a clause in the author's voice
(context/doers.py). The targets are worded as the rules word them (arguments.py).

A learned group model (clause_groups.py, trained on the training articles by `statgraph
train-clauses`) reads general features of the clause (clause_features.py) and proposes the
relation group with its probability; the candidate carries the rule name `clause_model/pN`
(N: the probability in tenths) so the judge decides whether to keep it. Without a group model
(`Settings.clause_model = "off"`) the generator proposes nothing.

Reading a clause must not change what the rules find in later sentences, so the resolver's
discourse state (the actors named so far, last person, ...) is restored after it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from ..arguments import OBJECT_DEPS, Target, clause_target, targets
from ..context.doers import doers
from ..context.frame import FIRST_PERSON
from ..context.subjects import SUBJECT_DEPS, subject_of
from ..found import Found, actor_relation
from ..registry import Context, extractor
from .clause_features import clause_features

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver

# The group the model proposes -> the relation a candidate gets (criticism when aimed at an actor).
GROUP_RELATION = {
    "support": "supports", "oppose": "opposes", "demand": "demands", "propose": "proposes",
    "warn": "warns", "cooperate": "cooperates_with",
}
# Prepositions whose object a clause takes a stance on or acts towards.
ARGUMENT_PREPS = frozenset(
    "against for on to with toward towards over about into from of at in upon between among".split())
# Clause heads that carry no stance of their own: being, having, saying (the frame's verb).
_LIGHT = frozenset("be have do say tell add note report state".split())


# Where the trainer collects every reading with its features, instead of proposing candidates
# (set by `collecting`; None in a build).
# Each: the sentence's text, the holder's and the target's label and id, the features.
COLLECTED: list[tuple[str, str, str, list[str]]] | None = None


@dataclass(frozen=True)
class Reading:
    """One candidate: a holder, a target, the predicate and the path from it to the target."""

    holder: Resolved
    how: str  # how the holder was found: "speaker", or doers' way ("subject", "we", ...)
    target: Target
    predicate: Token
    path: str  # "dobj", "prep:against", "xcomp", "ccomp", "nsubj"
    argument: Token  # the token the target is read from


@extractor
def clause_candidates(sent: Span, context: Context) -> Iterator[Found]:
    """Yield, for each attributed clause no rule read, one candidate per (holder, target),
    its relation group chosen by the group model."""
    model = context.resources.clause_groups
    if COLLECTED is not None:  # the group model's trainer reads the clauses (judge/clause_training.py)
        COLLECTED.extend((sent.text, _label(r.holder), _target_label(r.target), clause_features(r, context))
                         for r in sentence_readings(sent, context))
        return
    if model is None:
        return
    for reading in sentence_readings(sent, context):
        group, probability = model.choose(clause_features(reading, context))
        if group is None:
            continue
        relation = actor_relation(GROUP_RELATION[group], reading.target)
        tenths = min(9, int(probability * 10))
        yield Found(reading.holder, relation, reading.target, reading.predicate, f"clause_model/p{tenths}",
                    round(probability, 2))


def sentence_readings(sent: Span, context: Context) -> list[Reading]:
    """The candidates of a sentence before the group model: every (holder, target) of every
    clause no earlier rule read, once each, in reading order; the resolver's state restored."""
    saved = _discourse(context.resolver)
    try:
        return _readings(sent, context)
    finally:
        for name, value in saved.items():
            setattr(context.resolver, name, value)


def _readings(sent: Span, context: Context) -> list[Reading]:
    frame = context.frame
    read = _rule_read(context)
    seen = set(read.pairs)
    out = []
    for verb in sent:
        if not _predicate(verb, frame) or verb.i in read.cues or verb.head.i in read.cues and verb.dep_ != "conj":
            continue
        for holder, how in _holders(verb, context):
            for path, argument, target in _arguments(verb, holder, context):
                key = (holder.id, _target_key(target))
                if key in seen or target.actor is not None and target.actor.id == holder.id:
                    continue
                seen.add(key)
                out.append(Reading(holder, how, target, verb, path, argument))
    return out


@dataclass(frozen=True)
class _Read:
    cues: frozenset[int]
    pairs: frozenset[tuple[str, str]]


def _rule_read(context: Context) -> _Read:
    """What the rules found in the sentence: the cue tokens they read, and the (holder, target)
    pairs they gave, which the generator leaves to them."""
    earlier = context.earlier
    return _Read(frozenset(f.cue.i for f in earlier), frozenset((f.holder.id, _target_key(f.target)) for f in earlier))


def _label(actor: Resolved) -> str:
    return f"{actor.label} {actor.id}"


def _target_label(target: Target) -> str:
    return _label(target.actor) if target.actor is not None else target.text


def _target_key(target: Target) -> str:
    return target.actor.id if target.actor is not None else target.text.lower()


def _predicate(verb: Token, frame) -> bool:
    """A verb that heads a clause of its own and is not the attribution frame's speech verb."""
    if verb.pos_ != "VERB" or verb.i in frame.frame_tokens or verb.i in frame.hearsay:
        return False
    if verb.lemma_.lower() in _LIGHT or verb.dep_ in {"amod", "compound"}:
        return False
    return not verb.text.endswith("?")


def _holders(verb: Token, context: Context) -> list[tuple[Resolved, str]]:
    """Who holds the clause: the speaker of quoted or reported words ("we" is the speaker's side);
    in the author's voice, the actors of the clause's subject (doers)."""
    frame = context.frame
    subject = subject_of(verb)
    spoken = verb.i in frame.quoted or verb.i in frame.reported or frame.voice == "quoted"
    if spoken and frame.speaker is not None:
        if subject is not None and subject.lower_ in FIRST_PERSON:
            return doers(subject, frame, context.resolver) or [(frame.speaker, "speaker")]
        return [(frame.speaker, "speaker")]
    if spoken or frame.speaker is not None and frame.voice != "author":
        return []  # words of someone the text does not name
    return [(actor, how) for actor, how in doers(subject, frame, context.resolver)]


def _arguments(verb: Token, holder: Resolved, context: Context) -> Iterator[tuple[str, Token, Target]]:
    """The clause's argument phrases that are actors or issues, each with its path from the verb."""
    resolver = context.resolver
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            yield from ((child.dep_, child, t) for t in targets(child, resolver))
        elif child.dep_ == "prep" and child.lower_ in ARGUMENT_PREPS:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                yield from ((f"prep:{child.lower_}", pobj, t) for t in targets(pobj, resolver))
        elif child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            target = clause_target(child, resolver)
            if target is not None:
                yield child.dep_, child, target
    yield from _reported_subject(verb, holder, context)


def _reported_subject(verb: Token, holder: Resolved, context: Context) -> Iterator[tuple[str, Token, Target]]:
    """In words the speaker says, a subject that names another actor is what the words are
    about ("Lavrov said NATO was expanding ...": NATO)."""
    frame = context.frame
    if frame.speaker is None or holder.id != frame.speaker.id:
        return
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ in FIRST_PERSON or subject.pos_ == "PRON":
        return
    behalf = frame.behalf
    for target in targets(subject, context.resolver):
        if target.actor is not None and (behalf is None or target.actor.id != behalf.id):
            yield "nsubj", subject, target


def _discourse(resolver: Resolver) -> dict[str, object]:
    """A copy of the resolver's state, each container copied, to put back after reading."""
    return {f.name: copy.copy(getattr(resolver, f.name)) for f in fields(resolver) if f.name != "gazetteer"}
