"""Stances told by how something was received: "the plan drew criticism from Poland", "the
proposal has been met with opposition from Hungary", "the deal won the backing of France",
"the move sparked condemnation from Turkey". Whoever the stance noun's "from"- (or "of"-)
phrase names holds it towards what the clause's subject names.

The verbs are data in ontology/cues.toml ([supports] reception_verbs); the nouns are the
stance nouns of every relation there. A negated or hypothetical reception ("could face
opposition from X") states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import targets
from ..context.holders import holders
from ..found import Found, actor_relation
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon

# The relations a received stance noun can give ("drew calls for restraint from X" is a demand of
# someone else, read elsewhere).
_RECEIVED = frozenset({"supports", "opposes", "criticizes", "rejects"})


@extractor(cues=lambda lexicon: _received_nouns(lexicon))
def received_stances(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the stance of whoever a received stance noun comes from, towards its subject."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    verbs = lexicon.listed("supports", "reception_verbs")
    for noun in sent:
        cues = lexicon.nouns.get(noun.lemma_.lower()) or lexicon.nouns.get(noun.lower_) or []
        if noun.pos_ != "NOUN" or not cues or cues[0].relation not in _RECEIVED:
            continue
        verb, received = _receiving_verb(noun, verbs)
        if verb is None or received is None or negated(verb) or irrealis(verb) or _modal(verb):
            continue
        source = _source(noun) or _source(verb, after=noun.i, preps={"from"})
        if source is None or received.pos_ == "PRON":
            continue
        for holder, how in holders(source, frame, resolver):
            for target in targets(received, resolver):
                if target.actor is not None and target.actor.id == holder.id:
                    continue
                relation = actor_relation(cues[0].relation, target)
                if relation == "criticizes" and target.actor is None:
                    relation = "opposes"  # "the plan drew criticism": one criticizes actors, opposes plans
                yield Found(holder, relation, target, noun, f"received/{how}", 0.6)


def _received_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The stance nouns one receives (their first cue supports, opposes, criticizes or rejects)."""
    return frozenset(word for word, cues in lexicon.nouns.items() if cues and cues[0].relation in _RECEIVED)


def _receiving_verb(noun: Token, verbs: frozenset[str]) -> tuple[Token | None, Token | None]:
    """The verb by which a stance noun is received and what receives it: "the plan drew
    criticism" (the subject), "the plan was met with opposition" (the passive subject)."""
    verb = noun.head
    if noun.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in verbs:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return verb, subject
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and verb.head.lemma_.lower() == "meet":
        meet = verb.head
        subject = next((c for c in meet.children if c.dep_ == "nsubjpass"), None)
        return meet, subject
    return None, None


def _source(word: Token, *, after: int = -1, preps: frozenset[str] | set[str] = frozenset({"from", "of", "by"})) -> Token | None:
    """Whom a received stance noun comes from: "criticism from Poland", "the backing of France";
    also the verb's "from"-phrase after the noun, where the parser hung it there ("drew criticism |
    from Poland")."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i > after:
            found = next((g for g in child.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def _modal(verb: Token) -> bool:
    """ "could face opposition", "will draw criticism": a reception foreseen, not had."""
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in verb.children)
