"""Anger stirred in others: "the maritime agreement infuriated Mogadishu", "comments by Kyiv's
president angered the government in Warsaw", "the deal has alarmed Canberra", "Zille's comments
drew the ire of ANC members", "its postponement sparked anger among the opposition".

The one made angry, alarmed or upset (the verb's object, or the of/among/in/from-object of an
anger noun that the sentence's verb stirs) opposes what stirred it (the verb's subject), and
criticizes it when it is an actor ("Petro has angered U.S. officials"). The one who feels it
must be a named actor; a negated or hypothetical stirring states nothing. The passive ("has
been angered by") is a feeling of the subject's own (emotions.py). The words are data in
ontology/cues.toml [opposes] stirring_verbs, stirred_nouns and stirring_verbs_of_nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found, actor_relation
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon

# who feels a stirred anger noun: "the ire of Warsaw", "anger among the opposition"
_FEELERS = ("of", "among", "in", "from")


def _stirring_words(lexicon: Lexicon) -> frozenset[str]:
    """The words `stirred_anger` reads: the stirring verbs and the anger nouns."""
    return lexicon.listed("opposes", "stirring_verbs") | lexicon.listed("opposes", "stirred_nouns")


@extractor(cues=_stirring_words)
def stirred_anger(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the opposition of those a deed or an actor angered, alarmed or upset."""
    lexicon = context.lexicon
    verbs, nouns = lexicon.listed("opposes", "stirring_verbs"), lexicon.listed("opposes", "stirred_nouns")
    stirring = lexicon.listed("opposes", "stirring_verbs_of_nouns")
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in verbs and _active(token):
            felt = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
            yield from _stirred(token, token, felt, context)
        elif token.pos_ == "NOUN" and lemma in nouns and token.dep_ in {"dobj", "obj"}:
            verb = token.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in stirring and _active(verb):
                yield from _stirred(token, verb, _feelers(token), context)


def _active(verb: Token) -> bool:
    """An active verb, stated: not "has been angered by" (a feeling), not negated, foretold or supposed."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)  # "could anger Peru"
    return not (passive or modal) and verb.tag_ != "VBG" and not negated(verb) and not irrealis(verb)


def _feelers(noun: Token) -> list[Token]:
    """Who feels an anger noun: "the ire of Warsaw", "anger among the opposition"."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ in _FEELERS
            for p in c.children if p.dep_ == "pobj"]


def _stirred(cue: Token, verb: Token, felt: list[Token], context: Context) -> Iterator[Found]:
    """The opposition of each named actor among `felt` to what the verb's subject names."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ == "PRON":
        return  # "it angered Warsaw": what "it" is, the reader finds elsewhere
    found = targets(subject, context.resolver)
    for who in [w for t in felt for w in (t, *t.conjuncts)]:
        for holder, how in holders(who, context.frame, context.resolver):
            for target in found:
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, actor_relation("opposes", target), target, cue, f"stirred/{how}", 0.6)
