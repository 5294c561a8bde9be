"""Initiatives announced: "the envoy announced a new initiative to hold elections in 2023", "the
King announced the launch of a new fellowship programme", "he announced the reactivation of the
Group of Friends of Haiti". Who announces an initiative or the launch of something puts it
forward (CONVENTIONS: `proposes`, puts forward a plan or initiative).

The words are data in ontology/cues.toml [proposes] announcing_verbs, announced_proposals and
announced_starts (a launch "of" something). "announced plans to buy missiles" is an intention and
"announced the formation of a coalition" a membership: neither is listed. A negated, supposed or
passive announcement ("the initiative was announced") names no one here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from ..wording import usable
from .proposals import proposal_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon


@extractor(cues=lambda lexicon: lexicon.listed("proposes", "announcing_verbs"))
def announced_initiatives(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the initiatives their announcers put forward."""
    verbs = context.lexicon.listed("proposes", "announcing_verbs")
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or negated(verb) or irrealis(verb):
            continue
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
        target = _announced(obj, context.lexicon) if obj is not None else None
        if target is None:
            continue
        for holder, how in holders(subject_of(verb), context.frame, context.resolver):
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, "proposes", target, verb, f"announced_initiative/{how}", 0.55)


def _announced(obj: Token, lexicon: Lexicon) -> Target | None:
    """What an announcement puts forward: an initiative or proposal, or the launch of something
    ("the launch of a new programme"), without the announcer's possessive."""
    lemma = obj.lemma_.lower()
    if obj.pos_ != "NOUN":
        return None
    if lemma in lexicon.listed("proposes", "announced_starts"):
        if not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                   for c in obj.children):
            return None  # "announced the launch" of nothing named
    elif lemma not in lexicon.listed("proposes", "announced_proposals") and obj.lower_ not in lexicon.listed(
        "proposes", "announced_proposals"
    ):
        return None
    target = proposal_phrase(obj)
    return Target(target.text, head=obj.text) if usable(target.text) else None
