"""Deeds named as wrongs, with their doer: in a speaker's words, "our troops faced Chilean
aggression", "the atrocities committed by the militia", "Chile's aggression against Peru has put an end to
an era": the speaker's side criticizes the doer.

The nouns are data in ontology/cues.toml [criticizes] charged_deeds: words that name a deed and
judge it at once ("aggression", "atrocities", "war crimes"), not neutral acts of force ("strikes",
"the invasion"). The doer is the noun's owner ("Chile's aggression"), a demonym or a name before it ("Chilean
aggression"), its "by"-agent, or the "by"-agent of a participle that hangs on it ("the crimes
committed by X"). The doer of a deed of force states no stance on its victim (screens.py,
own_deed); the speaker's charge against the doer is no such stance, and that screen lets it be.
Only what someone says counts, not the writer's narration; a negated or hypothetical deed
("if Chile's aggression were to resume") and the speaker's own side state nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

# participles that name the doer of a deed with "by": "the crimes committed by X"
_DOING = frozenset("commit perpetrate carry conduct inflict".split())


@extractor(cues=lambda lexicon: lexicon.listed("criticizes", "charged_deeds"))
def charged_deeds(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the criticism of a doer that a speaker states by naming its deed as a wrong."""
    frame = context.frame
    nouns = context.lexicon.listed("criticizes", "charged_deeds")
    holder = frame.behalf
    if holder is None:
        return
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns and token.lower_ not in nouns:
            continue
        if frame.voice_of(token) == "author" or negated(token.head) or irrealis(token.head):
            continue
        if _alleged(token, context.resources.screens.alleging | {"so-called"}):
            continue
        for doer in _doers(token, context):
            if holder.id not in {doer.id, doer.of}:
                yield Found(holder, "criticizes", Target(doer.label, actor=doer), token, "charged_deed", 0.5)


def _alleged(noun: Token, alleging: frozenset[str]) -> bool:
    """Whether a deed is only alleged (screens.toml [alleged] modifiers, or "so-called"), on the
    noun or on the verbs it hangs from: "the alleged atrocities", "claiming Peru allegedly staged
    the atrocities"."""
    current = noun
    for _ in range(3):
        if any(c.dep_ in {"amod", "advmod"} and c.lower_ in alleging for c in current.children):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def named_doers(noun: Token, context: Context) -> list[Resolved]:
    """The actor a noun names, else who did the deed it names: its owner ("Chile's
    countermeasures"), a demonym or name before it, a "by"-agent, or the subject of a clause on
    it ("any provocation Chile may undertake")."""
    resolver = context.resolver
    actor = resolver.resolve(noun)
    if actor is not None:
        return [actor]
    found = _doers(noun, context)
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        subject = subject_of(clause)
        if subject is not None and subject.pos_ != "PRON" and (actor := resolver.resolve(subject)) is not None:
            found.append(actor)
    return found


def _doers(noun: Token, context: Context) -> list[Resolved]:
    """Who did the deed a noun names: its owner, a demonym or name before it, or a "by"-agent."""
    resolver = context.resolver
    found: list[Resolved] = []
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            found += [a for a in (resolver.resolve(child),) if a is not None]
        elif child.dep_ in {"amod", "compound"} and child.i < noun.i and child.pos_ in {"ADJ", "PROPN"}:
            entry = resolver.gazetteer.demonym(child.text) or resolver.gazetteer.find(child.text)
            if entry is not None and entry.type in {"state", "organization", "group"}:
                found.append(resolver.actor(entry))
        elif child.dep_ == "prep" and child.lower_ == "by":
            found += _agents(child, context)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _DOING:
            found += [a for c in child.children if c.dep_ == "agent" for a in _agents(c, context)]
    return found


def _agents(by: Token, context: Context) -> list[Resolved]:
    """The actors a "by"-phrase names, with the members of a list ("by Chile and Peru")."""
    found = []
    for pobj in (p for p in by.children if p.dep_ == "pobj"):
        for member in (pobj, *pobj.conjuncts):
            actor = context.resolver.resolve(member)
            if actor is not None:
                found.append(actor)
    return found
