"""Acts disowned: what one says one has no intention, plan or desire to make or start is what one
rejects: "Kristersson said his party has no intention to form a coalition with the Sweden
Democrats" rejects the coalition, "we have no intention whatsoever to ask China to build a
military base" rejects the base, "Ethiopia has no intention of war" the war.

The screen spoken_acts.disowned_intent drops the act itself (no coalition is formed, no base is
asked for); this reading gives the rejection its holder states. The words are data in
ontology/cues.toml [rejects] disowned_nouns (not "no need": "there is no need to continue the
agreement" refuses nothing), disowned_making (acts that make or start a thing: form, build,
wage) and disowned_asking ("to ask China to build"). An act without an object ("no intention of
resigning"), on an actor ("no intention of attacking anyone") or of another kind ("no plans to
raise taxes") is left alone, and so is an intent no one is said to have ("there are no plans").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon


@extractor(cues=lambda lexicon: lexicon.listed("rejects", "disowned_nouns"))
def disowned_acts(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the rejections of what a holder says it has no intention or plan to make."""
    nouns = context.lexicon.listed("rejects", "disowned_nouns")
    for token in sent:
        if token.pos_ != "NOUN" or token.lower_ not in nouns or not _had_none(token):
            continue
        made = _made(token, context.lexicon)
        if made is None or made.pos_ != "NOUN":
            continue
        rejected = [t for t in targets(made, context.resolver) if t.actor is None]
        for holder, how in holders(subject_of(token.head), context.frame, context.resolver):
            for target in rejected:
                yield Found(holder, "rejects", target, token, f"disowned_act/{how}", 0.6)


def _had_none(noun: Token) -> bool:
    """ "has no intention", "does not have any plans": an intent its holder has none of."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() != "have":
        return False  # "there are no plans": no one is said to have them
    if any(c.lower_ == "no" and c.dep_ in {"det", "neg", "advmod"} for c in noun.children):
        return True
    return any(c.lower_ == "any" for c in noun.children) and negated(verb)


def _made(noun: Token, lexicon: Lexicon) -> Token | None:
    """What the disowned act makes: the object of "to form a coalition", "to ask China to build a
    base", or the noun of "no intention of war"."""
    act = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    if act is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "to"}), None)
        inner = next((c for c in of.children if c.dep_ in {"pobj", "pcomp"}), None) if of is not None else None
        if inner is None or inner.pos_ == "NOUN":
            return inner
        act = inner
    for _ in range(3):
        lemma = act.lemma_.lower()
        if lemma in lexicon.listed("rejects", "disowned_making"):
            return next((c for c in act.children if c.dep_ in {"dobj", "obj"}), None)
        if lemma not in lexicon.listed("rejects", "disowned_asking"):
            return None
        act = next((c for c in act.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"), None)
        if act is None:
            return None
    return None
