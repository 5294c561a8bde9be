"""Refusals told as one's own act denied to come: "Kenya will not cede an inch of its territory",
"he said he would not renew the agreement", "they won't discuss the missiles", in a speaker's
words, reject the act, as "refuses to renew the agreement" does.

Only an act done to something (a verb with an object, or one of the acts that need none: "will
not resign", "is not going to participate in this war") and not a stance cue of its own ("will not
accept" is read by its cue, `cue_relation`), said in a speaker's words (the writer's "the summit
will not take place" forecasts); a hypothetical ("if they would not pay") states nothing. The
future auxiliaries, the acts that need no object and the verbs that tell no act are data
(ontology/cues.toml [rejects] refusal_auxiliaries, refused_intransitives, idle_verbs).
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
from ..wording import tidy

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon

_OBJECTS = frozenset({"dobj", "obj"})
# what an act keeps after its verb: its object, particle, dative and prepositional phrases
_ACT_PARTS = _OBJECTS | {"prt", "dative", "prep", "npadvmod"}
_MAX_TOKENS = 14
_CONDITIONS = frozenset({"if", "unless", "until", "till", "without", "before"})


@extractor(cues=lambda lexicon: lexicon.listed("rejects", "refusal_auxiliaries") | {"going"})
def refused_acts(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the rejection that one's own act, said not to come, states."""
    frame, resolver = context.frame, context.resolver
    for verb in sent:
        if not _refused(verb, context.lexicon) or frame.voice_of(verb) == "author":
            continue
        target = _act(verb)
        subject = subject_of(verb.head if _going_to(verb) else verb)
        for holder, how in holders(subject, frame, resolver):
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, "rejects", target, verb, f"refusal/{how}", 0.55)


def _refused(verb: Token, lexicon: Lexicon) -> bool:
    """ "will not renew the agreement": a future act, with an object, negated, told as real."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in lexicon.listed("rejects", "idle_verbs") or lexicon.speaks(verb):
        return False
    future = lexicon.listed("rejects", "refusal_auxiliaries")
    going = _going_to(verb)
    if not going and not any(c.dep_ == "aux" and c.lower_ in future for c in verb.children):
        return False
    if lemma not in lexicon.listed("rejects", "refused_intransitives") and not any(
        c.dep_ in _OBJECTS and c.pos_ != "PRON" for c in verb.children
    ):
        return False  # "I will not sign this": the act is named elsewhere
    refused = negated(verb.head) if going else negated(verb)
    return refused and not irrealis(verb) and not _conditioned(verb) and not (going and _conditioned(verb.head))


def _going_to(verb: Token) -> bool:
    """ "is not going *to participate*": the act a present "going to" announces."""
    head = verb.head
    return (
        verb.dep_ == "xcomp" and head.lower_ == "going" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in head.children)
    )


def _conditioned(verb: Token) -> bool:
    """A refusal only until a condition is met: "will not see Lebanon differently unless Lebanon
    acts", "will not leave the presidency without concluding the agreement"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _CONDITIONS:
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in child.children):
            return True
    return False


def _act(verb: Token) -> Target:
    """The act refused, from its verb to its last object or phrase: "cede an inch of its
    territory", "renew the economic cooperation agreement with China"."""
    parts = [c for c in verb.children if c.dep_ in _ACT_PARTS and c.i > verb.i]
    end = max((c.right_edge.i for c in parts), default=verb.i) + 1
    return Target(tidy(verb.doc[verb.i : min(end, verb.i + _MAX_TOKENS)].text), head=verb.lemma_.lower())
