"""Failures charged in someone's words: "Kuleba said Russia has failed to demonstrate it is
prepared for peace", "'the CSTO hasn't fulfilled its security obligations towards Armenia,'
Pashinyan said", "the US draft failed to address the use of force, the ambassador said": the
speaker's side criticizes the actor said to have failed.

Two wordings charge a failure: a failing verb with the act failed ("failed to provide", "failed
in its duty"), and a duty verb negated over a duty noun ("has not fulfilled its obligations",
"did not honour its commitments", "never abided by the agreements"). The words are data in
ontology/cues.toml [criticizes] failure_verbs, duty_verbs and duty_nouns. Only what a speaker
says counts, never the writer's narration ("the resolution failed to pass" reports a vote); a
hypothetical failure ("if Iran fails to cooperate") or a denied one ("never fails to help")
charges nothing, nor does a speaker's failure of their own side ("we failed to").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from .wrongdoing import charged_doers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..cues import Lexicon

_SELF = frozenset({"we", "i", "us", "our"})


def _cue_words(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.listed("criticizes", "failure_verbs") | lexicon.listed("criticizes", "duty_verbs")


@extractor(cues=_cue_words)
def charged_failures(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the criticism a speaker states by saying an actor failed to act or kept no duty."""
    frame = context.frame
    holder = frame.behalf
    if holder is None:
        return
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"} or frame.voice_of(verb) == "author" or irrealis(verb):
            continue
        if not (_failed(verb, context.lexicon) or _duty_unkept(verb, context.lexicon)):
            continue
        subject = subject_of(verb)
        if subject is None or subject.pos_ == "PRON" or subject.lower_ in _SELF:
            continue
        for doer, _ in charged_doers(subject, context):
            if doer is not None and holder.id not in {doer.id, doer.of} and doer.id != holder.of:
                yield Found(holder, "criticizes", Target(doer.label, actor=doer), verb, "failure/doer", 0.5)


def _failed(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a failing verb names the act failed and is not denied: "failed to provide",
    "has failed in its duty"; "never failed to help" praises."""
    if verb.lemma_.lower() not in lexicon.listed("criticizes", "failure_verbs") or negated(verb):
        return False
    return any(
        c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} or c.dep_ == "prep" and c.lower_ == "in" and list(c.children)
        for c in verb.children
    )


def _duty_unkept(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a duty verb is negated over a duty noun: "has not fulfilled its obligations",
    "did not abide by the agreements", "never honoured its commitments"."""
    if verb.lemma_.lower() not in lexicon.listed("criticizes", "duty_verbs") or not negated(verb):
        return False
    duties = lexicon.listed("criticizes", "duty_nouns")
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"by", "with"}
                for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in duties or o.lower_ in duties for o in objects)
