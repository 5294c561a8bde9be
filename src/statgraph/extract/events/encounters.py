"""Meetings told by no meeting word: a call ("Scholz and Macron spoke by phone", "received a
call from Scholz") and a joint
appearance ("Macron gave a joint press conference with Scholz in Berlin", "the two leaders held a
joint news conference"). Those who do either met (CONVENTIONS.md: a call counts); one abroad
where the appearance was held visited the place.

The word lists are ontology/event_forms.toml's call_verbs, phone_verbs, call_media, call_nouns,
take_call_verbs, call_paid_verbs and joint_appearances.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, subject_of
from ..found import Found
from ..moods import irrealis, negated, speculative
from .abroad import met_abroad
from .discussions import talks_owner
from .meetings import pair_named
from .unheld import unheld

if TYPE_CHECKING:
    from spacy.tokens import Token

CALL_VERBS = words("event_forms", "call_verbs")
PHONE_VERBS = words("event_forms", "phone_verbs")
_CALL_MEDIA = words("event_forms", "call_media")
JOINT_APPEARANCES = words("event_forms", "joint_appearances")
CALL_NOUNS = words("event_forms", "call_nouns")
# "sit down", "shake hands": the verb and the particle or object that make it a meeting
_WITH_MEETING = dict(tuple(p.split(" ", 1)) for p in words("event_forms", "with_meeting_phrases"))
WITH_MEETING_VERBS = frozenset(_WITH_MEETING)
_TAKE_CALL_VERBS = words("event_forms", "take_call_verbs")
_CALL_PAID_VERBS = words("event_forms", "call_paid_verbs")
_SIDE_TYPES = frozenset({"person", "state"})


def phoned(verb: Token, frame: Frame, resolver: Resolver, words: dict[str, frozenset[str]]) -> Iterator[Found]:
    """ "Scholz and Macron spoke by phone", "the two leaders talked over the telephone" (the pair
    named before: meetings.pair_named, with cues.toml's [met_with] `words`): the subjects of a
    verb of talking by a medium of calls met (a verb of an act done; one with a partner after
    "with" is read by meetings.meeting)."""
    medium = any(
        c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "over", "on", "via"}
        and any(p.dep_ == "pobj" and p.lower_ in _CALL_MEDIA for p in c.children)
        for c in verb.children
    )
    if not medium or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return
    subject = subject_of(verb)
    sides = [a for a, _ in holders(subject, frame, resolver)]
    if not sides and subject is not None:
        sides = pair_named(subject, resolver, words)
    yield from _among(sides, verb, "phoned", resolver)


def telephoned(verb: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Modi telephoned Putin", "Erdogan phoned his Russian counterpart Vladimir Putin": the
    subject met the person or state called (a verb of an act done; a call counts)."""
    objects = [t for c in verb.children if c.dep_ in {"dobj", "obj"} for t in [c, *conjuncts(c)]]
    named = [_called(t, resolver) for t in objects]
    named = [a for a in named if a is not None]
    for holder, how in holders(subject_of(verb), frame, resolver):
        for partner in named:
            if holder.type in _SIDE_TYPES and partner.id != holder.id:
                yield Found(holder, "met_with", Target(partner.label, partner), verb, f"telephoned/{how}", 0.6)


def call_received(noun: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Macron received a phone call from Scholz", "Modi took a call from Putin": the one who
    received the call met the caller (a call counts). Only the object of a verb of taking a call
    ("calls from France for restraint" are demands), of an act done."""
    verb = noun.head
    yield from call_paid(noun, frame, resolver)
    if noun.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in _TAKE_CALL_VERBS or unheld(noun):
        return
    if negated(verb) or irrealis(verb) or speculative(verb) or verb.dep_ == "xcomp":
        return
    if any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in {"acl", "relcl"} for c in noun.children):
        return  # "received a call from France for restraint": a demand
    if any(c.dep_ in {"advcl", "xcomp"} and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return  # "received a call from France to stop the war" (the parser hangs the demand on the verb)
    yield from _met_after(noun, "from", verb, frame, resolver, "call_received")


def call_paid(noun: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Kikwete paid a courtesy call on President Museveni", "during his courtesy call to President
    X in Manila": a call paid in person (the object of call_paid_verbs, or a "courtesy call") on or
    to a person; the one who paid it (the subject, or "his": talks_owner) met them, and visited the
    place if it is abroad for them."""
    paid = noun.dep_ in {"dobj", "obj"} and noun.head.lemma_.lower() in _CALL_PAID_VERBS
    courtesy = any(c.dep_ in {"compound", "amod"} and c.lower_ == "courtesy" for c in noun.children)
    if not (paid or courtesy) or unheld(noun):
        return
    verb = noun.head if noun.dep_ in {"dobj", "obj"} else noun.head.head if noun.dep_ == "pobj" else noun
    if verb.pos_ in {"VERB", "AUX"} and (negated(verb) or irrealis(verb) or speculative(verb) or verb.dep_ == "xcomp"):
        return
    heads = [noun, verb] if paid else [noun]  # the parser may hang "on X" on the verb
    partners = [
        a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}
        for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN" for t in [p, *conjuncts(p)]
        if (a := _called(t, resolver)) is not None and a.type == "person"
    ]
    owner = talks_owner(noun, frame, resolver) if not paid else None
    if owner is None and not paid and any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in noun.children):
        owner = resolver.person_before  # "In his remarks during his courtesy call to X": the person last named
    found = [(owner, "owner")] if owner is not None else holders(subject_of(verb), frame, resolver) if paid else []
    for holder, how in found if partners else []:
        for partner in partners:
            if holder.type == "person" and partner.id != holder.id:
                yield Found(holder, "met_with", Target(partner.label, partner), noun, f"call_paid/{how}", 0.6)
        yield from met_abroad(holder, verb if paid else noun, resolver)


def met_in_person(verb: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Biden sat down with Xi", "Modi shook hands with Xi on the sidelines": the subject met the
    partner after "with" (a verb of an act done, one of with_meeting_phrases' verbs with its word)."""
    word = _WITH_MEETING.get(verb.lemma_.lower())
    if not any(c.dep_ in {"prt", "dobj", "obj", "advmod"} and c.lower_ == word for c in verb.children):
        return
    yield from _met_after(verb, "with", verb, frame, resolver, "met_in_person", abroad=True)


def posted_meeting(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Jaishankar tweeted, \"Met with FM Wang Yi in Vientiane today.\"": a quoted post with no
    subject, opening on "Met with", is its speaker's meeting (the small model may read "Met" as
    a name). Only in the speaker's quoted words, right after the opening quote mark."""
    doc = token.doc
    opening = token.i > 0 and doc[token.i - 1].text in {'"', "“"}
    if token.text != "Met" or not opening or token.i not in frame.quoted or frame.speaker is None:
        return
    if frame.speaker.type != "person":
        return
    yield from _met_with_speaker(token, frame.speaker, resolver)


def _met_with_speaker(token: Token, speaker: Resolved, resolver: Resolver) -> Iterator[Found]:
    """The speaker met the people after the "with" that follows the word."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None or after.lower_ != "with":
        return
    for pobj in (p for p in after.children if p.dep_ == "pobj"):
        for t in [pobj, *conjuncts(pobj)]:
            partner = _called(t, resolver)
            if partner is not None and partner.id != speaker.id:
                yield Found(speaker, "met_with", Target(partner.label, partner), token, "posted_meeting", 0.55)
        yield from met_abroad(speaker, pobj, resolver)


def _met_after(
    head: Token, prep: str, verb: Token, frame: Frame, resolver: Resolver, rule: str, *, abroad: bool = False
) -> Iterator[Found]:
    """The subject of `verb` met those named after `prep` on `head` ("a call from X", "sat down
    with X"); with `abroad`, one away from home where it was held visited the place."""
    partners = [
        a for c in head.children if c.dep_ == "prep" and c.lower_ == prep
        for p in c.children if p.dep_ == "pobj" for t in [p, *conjuncts(p)]
        if (a := _called(t, resolver)) is not None
    ]
    for holder, how in holders(subject_of(verb), frame, resolver) if partners else []:
        for partner in partners:
            if holder.type in _SIDE_TYPES and partner.id != holder.id:
                yield Found(holder, "met_with", Target(partner.label, partner), head, f"{rule}/{how}", 0.6)
        yield from met_abroad(holder, verb, resolver) if abroad else ()


def _called(obj: Token, resolver: Resolver) -> Resolved | None:
    """The one a call is made to: the object, or the name in apposition to it ("his Russian
    counterpart Vladimir Putin")."""
    for token in [*(c for c in obj.children if c.dep_ == "appos"), obj]:
        actor = resolver.resolve(token) if token.pos_ in {"PROPN", "NOUN"} else None
        if actor is not None and actor.type in _SIDE_TYPES:
            return actor
    return None


def joint_appearance(noun: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Macron gave a joint press conference with Scholz in Berlin", "Macron and Scholz held a
    joint news conference", "said at a joint press conference with X": the subject of the verb
    the joint appearance is told under met the partners after "with", or each other."""
    if not any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children) or unheld(noun):
        return
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in {"dobj", "obj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return
    if negated(verb) or irrealis(verb) or speculative(verb) or verb.dep_ == "xcomp":
        return
    found = [a for a, _ in holders(subject_of(verb), frame, resolver) if a.type in _SIDE_TYPES]
    partners = [
        a for head in (noun, verb) for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children if p.dep_ == "pobj" for t in [p, *conjuncts(p)]
        if (a := resolver.resolve(t)) is not None and a.type in _SIDE_TYPES
    ]
    if not partners:
        yield from _among(found, noun, "joint_appearance", resolver)
        return
    for holder in found:
        for partner in partners:
            if partner.id != holder.id:
                yield Found(holder, "met_with", Target(partner.label, partner), noun, "joint_appearance", 0.6)
    for side in [*found, *partners] if found else []:
        yield from met_abroad(side, verb, resolver)


def _among(sides: list[Resolved], cue: Token, rule: str, resolver: Resolver) -> Iterator[Found]:
    """Two or three sides of a kind met each other, one line a pair, held by the one named first;
    those abroad where it was held ("in Berlin") visited the place."""
    unique = list({a.id: a for a in sides if a.type in _SIDE_TYPES}.values())
    if not 1 < len(unique) <= 3 or len({a.type for a in unique}) != 1:
        return
    for n, side in enumerate(unique):
        for other in unique[n + 1 :]:
            yield Found(side, "met_with", Target(other.label, other), cue, rule, 0.6)
    verb = cue if cue.pos_ in {"VERB", "AUX"} else cue.head
    for side in unique:
        yield from met_abroad(side, verb, resolver)
