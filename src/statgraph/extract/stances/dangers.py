"""Dangers and violations charged in someone's words: "'the Houthis pose a threat to freedom of
navigation,' the ambassador said" (his side criticizes the Houthis), "the growing threat posed
by China", "'this exercise is a flagrant violation of the Joint Statement'" (opposes the
exercise), "nuclear submarine cooperation constitutes a serious risk of proliferation".

Whoever says an actor or a deed poses a danger, or is a violation, blames it: the speaker's
side (or an op-ed's author in its own voice) criticizes the actor, or opposes the deed and
criticizes the deed's "by"-agent, as wrongdoing.py reads "X violates Y". The words are data in
ontology/cues.toml [criticizes]: danger_nouns ("threat", "danger", "risk"), posing_verbs
("pose", "constitute") and violation_nouns ("violation", "breach"). "poses no threat", a
negated or hypothetical charge, and a generic doer ("any such move") state nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, phrase
from ..context.subjects import subject_of
from ..found import Found
from ..moods import negated
from ..referents import clause_referent
from ..registry import Context, extractor
from .sanctions import unreal
from .wrongdoing import charged_doers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved


@extractor(cues=lambda lexicon: (
    lexicon.listed("criticizes", "danger_nouns") | lexicon.listed("criticizes", "violation_nouns")
))
def posed_dangers(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the criticism a speaker states by calling an actor or a deed a danger or a violation."""
    lexicon = context.lexicon
    dangers = lexicon.listed("criticizes", "danger_nouns")
    violations = lexicon.listed("criticizes", "violation_nouns")
    for token in sent:
        if token.pos_ != "NOUN" or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            continue  # "poses no threat to anyone" charges no one
        lemma = token.lemma_.lower()
        doer, how = None, ""
        if lemma in dangers:
            doer, how = _danger_doer(token, lexicon.listed("criticizes", "posing_verbs"))
        elif lemma in violations and _of_something(token):
            doer, how = _predicated_of(token, lexicon.listed("criticizes", "posing_verbs")), "violation"
        if doer is not None:
            yield from _charged(doer, token, how, context)


def _danger_doer(noun: Token, posing: frozenset[str]) -> tuple[Token | None, str]:
    """Who or what a danger noun is said to come from: "X poses a threat", "X is a threat to Y",
    "the threat posed by X", "the threat from X"."""
    verb = noun.head
    if noun.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in posing and verb.pos_ == "VERB":
        return subject_of(verb), "poses"  # "the Houthis pose a threat to freedom of navigation"
    for child in noun.children:
        if child.dep_ in {"acl", "relcl"} and child.tag_ == "VBN" and child.lemma_.lower() in posing:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return pobj, "posed_by"  # "the immensely growing threat posed by China"
    return None, ""


def _of_something(noun: Token) -> bool:
    """ "a violation of the Joint Statement": the violation names what it breaks."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _predicated_of(noun: Token, posing: frozenset[str]) -> Token | None:
    """The subject a violation is predicated of: "X is a violation of Y", "X constitutes a breach"."""
    verb = noun.head
    if clause_referent(verb):
        return None  # "sold arms to Taiwan, which is a violation of ...": the sale, not Taiwan
    if noun.dep_ == "attr" and verb.lemma_.lower() == "be" or noun.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in posing:
        return subject_of(verb)
    return None


def _charged(doer: Token, noun: Token, how: str, context: Context) -> Iterator[Found]:
    """The charge against the doer: criticism of an actor, opposition to a deed."""
    verb = noun.head if noun.dep_ in {"dobj", "obj", "attr"} else noun
    if negated(verb) or unreal(verb) or doer.pos_ == "PRON" or doer.lower_ in {"we", "i", "us"}:
        return
    holder = _holder(noun, context)
    if holder is None:
        return
    for actor, act in charged_doers(doer, context):
        if actor is not None and actor.id != holder.id:
            yield Found(holder, "criticizes", Target(actor.label, actor=actor), noun, f"danger/{how}", 0.5)
        if act is not None:
            yield Found(holder, "opposes", Target(phrase(act), head=act.lemma_.lower()), noun, f"danger/{how}_act", 0.5)


def _holder(token: Token, context: Context) -> Resolved | None:
    """The speaker's side, or an op-ed's author in the author's own voice."""
    return context.frame.behalf if context.frame.voice_of(token) != "author" else context.author
