"""Rights denied: "China has no law enforcement rights in these areas", "the Beijing authorities
have no jurisdiction over Taiwan", "the region has no right to sign deals", in a speaker's words:
the speaker's side rejects that actor's right, claim or jurisdiction.

The nouns are data in ontology/cues.toml [rejects] denied_rights. The right must be denied with
"no" on the noun, or with "not ... any" ("does not have any right to interfere"); the one denied
must be an actor other than the speaker's own side ("we have no right to decide for them" is
modesty, no rejection). The writer's own narration states nothing, nor a question or a condition.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..phrases import phrase_span
from ..registry import Context, extractor
from ..wording import tidy

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@extractor(cues=lambda lexicon: lexicon.listed("rejects", "denied_rights"))
def denied_rights(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the rejections that denying another actor a right states."""
    frame, resolver = context.frame, context.resolver
    nouns = context.lexicon.listed("rejects", "denied_rights")
    holder = frame.behalf
    if holder is None:
        return
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "obj"} or noun.lower_ not in nouns:
            continue
        verb = noun.head
        if verb.lemma_.lower() != "have" or frame.voice_of(verb) == "author" or irrealis(verb) or not _denied(noun):
            continue
        subject = subject_of(verb)
        denied = resolver.resolve(subject) if subject is not None and subject.pos_ != "PRON" else None
        if denied is None or holder.id in {denied.id, denied.of} or denied.id == holder.of:
            continue
        words = [t.text_with_ws for t in phrase_span(noun) if not (t.dep_ == "det" and t.head.i == noun.i)]
        text = tidy(f"{subject.text}'s {''.join(words)}")
        yield Found(holder, "rejects", Target(text, head=noun.lemma_.lower()), noun, "denied_right", 0.5)


def _denied(noun: Token) -> bool:
    """Whether a right is denied: "no right", or "not ... any right"."""
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return "no" in determiners or "any" in determiners and negated(noun.head)
