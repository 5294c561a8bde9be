"""Aid given is support of the aid: "We will continue providing humanitarian assistance to
Ukraine", "the United States pledged military aid to Kyiv", "Germany delivered weapons".

The giver (the subject of a giving verb, cues.toml [supports] giving_verbs) supports the aid
it gives, named by one of [supports] aid_nouns, with its recipient as the phrase says it
("assistance to Ukraine"). A negated, hypothetical, asked-for or threatened act states nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, phrase
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..registry import Context, extractor
from .sanctions import unreal

if TYPE_CHECKING:
    from spacy.tokens import Span


@extractor(cues=lambda lexicon: lexicon.listed("supports", "giving_verbs"))
def aid_given(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support that giving aid states."""
    lexicon = context.lexicon
    giving, nouns = lexicon.listed("supports", "giving_verbs"), lexicon.listed("supports", "aid_nouns")
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in giving or unreal(verb):
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        # "pledged $2 billion in military aid", "sent a shipment of weapons"
        objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}
                    for p in c.children if p.dep_ == "pobj"]
        aid = [o for obj in objects for o in (obj, *obj.conjuncts) if o.lemma_.lower() in nouns and o.pos_ == "NOUN"]
        if not aid:
            continue
        for holder, how in holders(subject_of(verb), context.frame, context.resolver):
            for noun in aid:
                yield Found(holder, "supports", Target(phrase(noun), head=noun.lemma_.lower()), verb, f"aid/{how}", 0.55)
