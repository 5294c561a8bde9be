"""Importance shown or predicated: support a speaker gives by calling a thing important.

- shown by a thing: "'That statement demonstrates the importance of multilateral dialogue,' said
  the president", "'These developments show the importance of the two-state solution,' the
  ministry said": the subject is no actor, so the one whose words these are (the speaker) is
  the one who holds it important and supports what the importance is of;
- of an actor: "India underlined the importance of the Quad" supports the Quad (the importance of
  an issue stressed by an actor, "India stressed the importance of free trade", is
  stances/emphasis.py's, which leaves actors out);
- predicated: "'Our ties with Peru are of great importance,' the minister said": the speaker
  supports the subject.

A visit or a meeting called important ([supports] arranged_events: "this visit is of great
importance", "the importance of the SADC Summit") is hospitality, no stance, as welcoming a
visitor is not support of the visit (bench/realtext/CONVENTIONS.md).

The verbs are data in ontology/cues.toml [supports] importance_showing_verbs, the nouns
[supports] importance_nouns. A thing's showing counts only in a speaker's words (the writer's own
"the crisis shows the importance of X" is no one's stance); a denied or supposed importance
("does not show", "if it shows", "of no importance") says nothing. Discussing the importance of
X is left to the talk screens (spoken_acts.talked_about), which read it as a topic.

The speaker holds these as the one who judges the thing important (rule suffix `speaker_judges`),
not as the doer of a verb left without its subject (`speaker`, which
extract/voice_screens.py drops when the clause has a doer of its own).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..arguments import Target, targets
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor
from .emphasis import stressed_targets

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

# Subjects that point back to something said before: nothing of their own to endorse.
_POINTING = frozenset("this that these those which what it they he she we i you".split())


@extractor(cues=lambda lexicon: lexicon.listed("supports", "importance_showing_verbs"))
def shown_importance(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support of what a thing shows the importance of, or of an actor whose importance is stressed."""
    lexicon, frame, resolver = context.lexicon, context.frame, context.resolver
    nouns = lexicon.listed("supports", "importance_nouns")
    showing = lexicon.listed("supports", "importance_showing_verbs")
    events = lexicon.listed("supports", "arranged_events")
    for noun in sent:
        verb = noun.head
        if noun.lemma_.lower() not in nouns or noun.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in showing or negated(verb) or irrealis(verb) or _denied(noun):
            continue
        subject = subject_of(verb)
        actors = holders(subject, frame, resolver) if subject is not None else []
        if actors:  # an actor's stress of an issue is stances/emphasis.py's: here only of an actor
            yield from _found(actors, _actors_of(noun, context, events), noun, "importance_of_actor")
        elif subject is not None and subject.lower_ not in _POINTING and subject.pos_ != "PRON":
            if frame.behalf is not None and frame.voice_of(verb) != "author":
                found = stressed_targets(noun, "supports", resolver) + _actors_of(noun, context, events)
                yield from _found([(frame.behalf, "speaker_judges")], found, noun, "importance_shown")


@extractor(cues=lambda lexicon: lexicon.listed("supports", "importance_nouns"))
def of_importance(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the speaker's support of what they say is "of (great) importance"."""
    nouns = context.lexicon.listed("supports", "importance_nouns")
    frame = context.frame
    for noun in sent:
        prep = noun.head
        if noun.lemma_.lower() not in nouns or noun.dep_ != "pobj" or prep.lower_ != "of" or _denied(noun):
            continue
        copula = prep.head
        if copula.lemma_.lower() != "be" or prep.dep_ != "prep" or copula.dep_ == "relcl":
            continue
        if negated(copula) or irrealis(copula) or any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in copula.children):
            continue
        if frame.behalf is None or frame.voice_of(noun) == "author":
            continue
        subject = subject_of(copula)
        if subject is None or subject.lower_ in _POINTING or subject.pos_ == "PRON":
            continue
        if subject.lemma_.lower() in context.lexicon.listed("supports", "arranged_events"):
            continue  # "this visit is of great importance": a meeting welcomed, no stance
        yield from _found([(frame.behalf, "speaker_judges")], targets(subject, context.resolver), noun, "of_importance")


def _denied(noun: Token) -> bool:
    """ "no importance", "little significance": an importance denied."""
    return any(c.dep_ == "neg" or c.lower_ in {"no", "little"} for c in noun.children)


def _actors_of(noun: Token, context: Context, events: frozenset[str]) -> list[Target]:
    """The actors an importance is of ("the importance of the Quad"), which the need reader leaves
    out; not the doer of an act ("the importance of the Council adopting X", "of Finland looking
    after its defence": the act matters) nor a meeting ("the importance of the SADC Summit")."""
    return [
        t
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() not in events and not _doer(g)
        for t in targets(g, context.resolver)
        if t.actor is not None
    ]


def _doer(token: Token) -> bool:
    """Whether a noun is the doer of a gerund, hung on it or right after it on a word above:
    "the Council | adopting X", "of Finland | looking after its defence"."""
    after = token.right_edge.i + 1
    following = token.doc[after] if after < len(token.doc) else None
    return any(t is not None and t.pos_ == "VERB" and t.tag_ == "VBG" for t in [*token.children, following])


def _found(who: list[tuple[Resolved, str]], found: list[Target], cue: Token, rule: str) -> Iterator[Found]:
    """Each holder's support of each target that is not the holder itself."""
    for holder, how in who:
        for target in found:
            if target.actor is None or target.actor.id != holder.id:
                yield Found(holder, "supports", target, cue, f"{rule}/{how}", 0.6)
