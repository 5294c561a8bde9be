"""Warnings handed to someone: "Chamisa gave the government a 14-day ultimatum", "ECOWAS issued an
ultimatum to the junta", "announced a one-week ultimatum for the coup plotters": who gives the
warning warns the one it is given to, named as the verb's indirect object or after "to"/"for".

The verbs are data in ontology/cues.toml [warns] handing_verbs, the nouns [warns] warning_nouns; "no
ultimatum", or one only asked for or denied, warns no one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_ADDRESSING = frozenset({"to", "for"})


@extractor(cues=lambda lexicon: lexicon.listed("warns", "warning_nouns"))
def handed_warnings(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the warnings a giver hands to an addressee."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    nouns, handing = lexicon.listed("warns", "warning_nouns"), lexicon.listed("warns", "handing_verbs")
    for noun in sent:
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.dep_ not in {"dobj", "obj"}:
            continue
        if verb.lemma_.lower() not in handing or negated(verb) or irrealis(verb):
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            continue
        warned = [t for a in _addressees(noun, verb) for t in targets(a, resolver)]
        givers = holders(subject_of(verb), frame, resolver)
        for holder, how in givers:
            for target in warned:
                if target.actor is None or target.actor.id != holder.id:
                    yield Found(holder, "warns", target, noun, f"handed_warning/{how}", 0.55)


def _addressees(noun: Token, verb: Token) -> list[Token]:
    """Whom a warning is handed to: the verb's indirect object ("gave the government an
    ultimatum"), or the object of "to"/"for" on the noun or the verb."""
    found = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN"}]
    found += [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i < noun.i and c.pos_ in {"NOUN", "PROPN"}]
    for owner in (noun, verb):
        for prep in (c for c in owner.children if c.dep_ == "prep" and c.lower_ in _ADDRESSING):
            if owner.i == noun.i or prep.i > noun.i:
                found += [o for o in prep.children if o.dep_ == "pobj"]
    return found
