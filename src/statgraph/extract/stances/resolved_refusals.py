"""Refusals told as a decision or a pledge not to act: "Venezuela decided not to sign the
declaration", "the party pledged not to make concessions to Sofia", "Chad opted not to renew the
pact": the subject rejects the act, as "refused to sign the declaration" does.

The act must be done to something (a verb with an object, or one of the acts that need none,
[rejects] refused_intransitives) and not a stance cue of its own ("decided not to support X" is
read by its cue); a negated or hypothetical decision ("did not decide not to ...", "if they
decide not to sign") and a refusal only until a condition is met state nothing. The deciding
verbs are data in ontology/cues.toml [rejects] resolved_verbs; the act is worded as refusals.py
words it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from .refusals import _OBJECTS, act_refused, conditioned

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon


@extractor(cues=lambda lexicon: lexicon.listed("rejects", "resolved_verbs"))
def resolved_refusals(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the rejection that a decision or a pledge not to act states."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    for deciding in sent:
        if deciding.pos_ != "VERB" or deciding.lemma_.lower() not in lexicon.listed("rejects", "resolved_verbs"):
            continue
        act = next((c for c in deciding.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if act is None or not _refused(act, deciding, lexicon):
            continue
        target = act_refused(act)
        for holder, how in holders(subject_of(deciding), frame, resolver):
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, "rejects", target, act, f"resolved_refusal/{how}", 0.55)


def _refused(act: Token, deciding: Token, lexicon: Lexicon) -> bool:
    """ "decided not to sign the declaration": a negated act with an object, decided as real."""
    if not any(c.dep_ == "neg" for c in act.children) or negated(deciding) or irrealis(deciding):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in deciding.children):
        return False  # "may decide not to sign": only foreseen
    lemma = act.lemma_.lower()
    if lemma in lexicon.listed("rejects", "idle_verbs") or lexicon.speaks(act):
        return False
    if lemma not in lexicon.listed("rejects", "refused_intransitives") and not any(
        c.dep_ in _OBJECTS and c.pos_ != "PRON" for c in act.children
    ):
        return False
    return not conditioned(act) and not conditioned(deciding)
