"""What is said to be in someone's interest: "'It is in our mutual interest to stabilize our
ties,' Jaishankar said", "India said stable ties are in the interest of both countries",
"'A war is not in anyone's interest,' China said", "the deal serves the interests of both
peoples".

Calling something in the interest of a side, or serving its interests, is the speaker's
endorsement of it (in the writer's own voice, the author's); saying it is in no one's interest
opposes it. The words are data in ontology/cues.toml [supports]: interest_nouns ("interest",
"interests") and serving_verbs ("serve", "meet"). What is endorsed is the subject, or for "it
is in our interest to X" the act X; a supposed case ("if it were in our interest") says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, clause_target, targets
from ..context.subjects import subject_of
from ..found import Found
from ..moods import negated
from ..registry import Context, extractor
from ..wording import tidy, usable

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The longest subject kept whole, in words.
_MAX_WORDS = 12
# Subjects that name nothing of their own: "this is in our interest" points back.
_POINTING = frozenset("this that these those which what they he she we i you".split())


@extractor(cues=lambda lexicon: lexicon.listed("supports", "interest_nouns"))
def in_interest(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the stances a speaker takes by calling something in (or not in) someone's interest."""
    nouns = context.lexicon.listed("supports", "interest_nouns")
    serving = context.lexicon.listed("supports", "serving_verbs")
    for token in sent:
        if token.lower_ not in nouns:
            continue
        predicate = _predicate(token, serving)
        if predicate is None or _supposed(predicate):
            continue
        judge = context.frame.behalf if context.frame.voice_of(token) != "author" else context.author
        if judge is None:
            continue
        relation = "opposes" if negated(predicate) or _no_longer(predicate) or _no_one(token) else "supports"
        for target in _endorsed(predicate, context):
            if target.actor is None:
                yield Found(judge, relation, target, token, "in_interest", 0.5)


def _predicate(noun: Token, serving: frozenset[str]) -> Token | None:
    """The verb that puts something in the interest: "is in our interest", "serves the interests"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() == "be":
        return head.head
    if noun.dep_ in {"dobj", "obj"} and head.lemma_.lower() in serving and head.pos_ == "VERB":
        # not an infinitive: "the aim was solely to serve the interests of one member" blames
        return None if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) else head
    return None


def _supposed(predicate: Token) -> bool:
    """ "if it were in our interest", "whether it is in Europe's interest": only supposed or asked."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in predicate.children)


def _no_longer(predicate: Token) -> bool:
    """ "the ties no longer met its national interests"."""
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in predicate.children)


def _no_one(noun: Token) -> bool:
    """ "in no one's interest", "in nobody's interest"."""
    return any(t.lower_ in {"nobody", "noone"} or t.lower_ == "one" and t.nbor(-1).lower_ == "no" for t in noun.lefts)


def _endorsed(predicate: Token, context: Context) -> list[Target]:
    """What is in the interest: the subject, or the act an "it" anticipates ("it is in our interest to X")."""
    if predicate.dep_ == "relcl":
        return []  # "what an alliance is in our time, which will meet the interests of Russia": the parser's guess
    subject = subject_of(predicate)
    if subject is None:
        return []
    if subject.lower_ == "it":
        act = next((c for c in predicate.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB" and c.tag_ == "VB"), None)
        clause = clause_target(act, context.resolver) if act is not None else None
        return [clause] if clause is not None else []
    if subject.lower_ in _POINTING or subject.pos_ == "PRON":
        return []
    parts = [c for c in predicate.children if c.dep_ == subject.dep_]
    if len(parts) > 1:
        # "non-interference in internal affairs is ...": the parser split a hyphened word into subjects
        span = predicate.doc[min(p.left_edge.i for p in parts) : max(p.right_edge.i for p in parts) + 1]
        text = tidy(span.text)
        return [Target(text, head=parts[-1].text)] if usable(text) and len(span) <= _MAX_WORDS else []
    return targets(subject, context.resolver)
