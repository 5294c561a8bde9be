"""Meetings told by what was discussed or by when something was said: met_with from "Macron
discussed the crisis with his Italian counterpart Giorgia Meloni" and "Keita said following talks
with Norway's top diplomat, Espen Eide, ..." (a talk, a call or a meeting: CONVENTIONS.md).

The word lists are ontology/event_forms.toml's discuss_verbs, talk_nouns and talk_preps.
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
from .gerunds import actor_of
from .unheld import unheld

if TYPE_CHECKING:
    from spacy.tokens import Token

DISCUSS_VERBS = words("event_forms", "discuss_verbs")
_TOGETHER_VERBS = words("event_forms", "discuss_together_verbs")
TALK_NOUNS = words("event_forms", "talk_nouns")
_TALK_PREPS = words("event_forms", "talk_preps")
# "arrived in Ankara for talks with X": a journey's purpose, after "for" (not "called for talks")
_JOURNEY_VERBS = words("event_forms", "journey_verbs")
# not organisations: "said in a phone call with Al Jazeera" is an interview
GATHER_VERBS = words("event_forms", "gather_verbs")
COUNTERPART_NOUNS = words("event_forms", "counterpart_nouns")
_TALK_VERBS = words("event_forms", "talk_verbs")
_REPRESENTATIVES = words("actor_nouns", "representatives")
_PARTNER_TYPES = frozenset({"person", "state", "group"})
# "alongside X" at one of these gatherings, or on one of these verbs: a public appearance together
_APPEARANCES = frozenset({"conference", "briefing", "remarks", "ceremony", "statement", "appearance", "event"})
_SPEAKING = frozenset({"say", "speak", "tell", "appear", "stand", "announce", "address", "declare"})


def discussed_with(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Macron discussed the crisis with his Italian counterpart Giorgia Meloni" (a verb of
    discuss_verbs, already known to be an act done)."""
    partners = _partners(token, resolver) or _object_partners(token, resolver)
    found = holders(actor_of(token), frame, resolver)
    if partners:
        yield from _met(found, partners, token, "discussed_with", resolver)
        return
    if token.lemma_.lower() not in _TOGETHER_VERBS:
        return  # "A, B and C raised points of order": each on their own
    # "Tokayev and Wang Yi discussed bilateral ties": those who discussed it together met
    sides = [a for a, _ in found if a.type in {"person", "state"}]
    if len(sides) > 1 and len(sides) == len(found):
        for n, side in enumerate(sides):
            for other in sides[n + 1 :]:
                yield Found(side, "met_with", Target(other.label, other), token, "discussed_together", 0.6)
            yield from met_abroad(side, token, resolver, objects=False)  # "In Cairo, Sissi and Sheikh Tamim discussed ..."
        if len(sides) == 2 and all(a.type == "person" for a in sides):
            resolver.meeting_sides = (sides[0], sides[1])  # for "the meeting in Cairo" later on


def _object_partners(verb: Token, resolver: Resolver) -> list[Resolved]:
    """ "discussed the war with US President Joe Biden": the parser may hang "with" on what was
    discussed; the people after it are still whom it was discussed with ("discussed relations
    with China" names no partner); not a discussion only arranged ("Lula is to discuss it with X")."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is None or verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
        return []
    return [a for a in _partners(obj, resolver) if a.type == "person"]


def talks_with(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Keita said following talks with Norway's top diplomat", "after discussions with Indian
    officials", "Lavrov arrived in Ankara for talks with Cavusoglu": the subject of the verb the
    talks are told under met the partners."""
    prep = token.head
    journey = prep.lower_ == "for" and _journey(prep.head)
    if token.dep_ == "pobj" and prep.dep_ == "prep" and (prep.lower_ in _TALK_PREPS or journey):
        verb = prep.head
        if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "obj"} and prep.lower_ == "in":
            verb = verb.head  # "urged a ceasefire in a phone call with X": the call hung on what was urged
    elif token.dep_ in {"dobj", "obj"} and token.head.lower_ in _TALK_PREPS:
        verb = token.head.head  # "following" read as a verb
    else:
        return
    if verb.pos_ not in {"VERB", "AUX"} or negated(verb) or irrealis(verb) or speculative(verb) or unheld(token):
        return
    if any(c.dep_ == "poss" for c in token.children):
        return  # "his talks with X": the talks' owner, read by meetings.talks_noun
    partners = _partners(token, resolver) or _addressees(token, verb, resolver)
    if partners:
        yield from _met(holders(subject_of(verb), frame, resolver), partners, token, "talks_with", resolver)


def _journey(verb: Token) -> bool:
    """Whether a verb tells a journey or a stay for its purpose: "arrived in Ankara for talks", "was
    in Beijing for talks" (being somewhere, not "is for talks", which backs them)."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)
    return lemma in _JOURNEY_VERBS


def _addressees(noun: Token, verb: Token, resolver: Resolver) -> list[Resolved]:
    """ "Blinken told Wang Yi in a phone call", "Xi assured Biden during the talks": with no
    partner after "with", the people (or states) the verb is said to, told of in a call or talks
    held (not "at the summit": a gathering is no talk between two)."""
    if noun.lower_ not in _ADDRESSED_NOUNS or noun.head.lower_ not in {"in", "during"}:
        return []
    if noun.lower_ == "call" and not any(c.lower_ in _CALL_MEDIA for c in noun.children):
        return []  # "in a call for calm, Biden urged Netanyahu to ...": an appeal, not a phone call
    objects = [t for c in verb.children if c.dep_ in {"dobj", "obj", "dative"} for t in [c, *conjuncts(c)]]
    found = [a for t in objects if t.pos_ == "PROPN" if (a := resolver.resolve(t)) is not None]
    return [a for a in found if a.type in {"person", "state"}]


# The talks a speaker addresses someone in: "told X in a phone call", "assured X during talks"
_ADDRESSED_NOUNS = frozenset({"call", "conversation", "talks", "meeting", "videoconference", "consultations"})
_CALL_MEDIA = frozenset({"phone", "telephone", "video", "telephonic", "video-link"})


def talks_owner(noun: Token, frame: Frame, resolver: Resolver) -> Resolved | None:
    """ "Jaishankar stressed the need ... during his meeting with Wang Yi", "at my talks with X":
    whose talks a possessive tells, the named person the clause is about, else the person last
    named (the speaker for "my"), or the one named as the owner ("Blinken's meeting with Wang
    Yi"); not talks still to come ("his upcoming meeting")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PROPN":
        return _named_owner(noun, owner, resolver)
    verb = noun.head.head
    if owner is None or owner.lower_ not in {"his", "her", "my"} or noun.dep_ != "pobj":
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if unheld(noun) or negated(verb) or irrealis(verb) or speculative(verb):
        return None
    if owner.lower_ == "my":
        return frame.speaker
    found = [a for a, _ in holders(subject_of(verb), frame, resolver) if a.type == "person"]
    return found[0] if found else resolver.person_before


def _named_owner(noun: Token, owner: Token, resolver: Resolver) -> Resolved | None:
    """ "Blinken's meeting with Wang Yi lasted two hours", "after Russia's talks with Ukraine": the
    one named, when the talks were held (not "Blinken's upcoming meeting", nor under a verb
    negated or unreal: "Blinken's meeting with Wang may not take place")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if unheld(noun) or verb.pos_ in {"VERB", "AUX"} and (negated(verb) or irrealis(verb) or speculative(verb)):
        return None
    return resolver.resolve(owner)


def counterparts_from(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Rubio spoke Wednesday with his counterparts from Germany, France and Britain": the
    subject of a verb of talking met the states whose counterparts it talked with."""
    prep = token.head
    verb = _talks_held(prep.head)  # "held bilateral meetings with his counterparts from X and Y"
    if token.dep_ != "pobj" or prep.lower_ != "with" or verb is None:
        return
    if verb.pos_ != "VERB" or negated(verb) or irrealis(verb) or speculative(verb):
        return
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    states = _from_states(token, resolver)
    # "... from Britain and India, as well as EU foreign policy chief X": a person at the list's end
    people = [a for t in _from_list(token) if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
              if (a := resolver.resolve(t)) is not None and a.type == "person"] if states else []
    yield from _met(holders(subject, frame, resolver), [*states, *people], token, "counterparts", resolver)


def _talks_held(head: Token) -> Token | None:
    """The verb of talks held "with" someone: a verb of talking ("spoke with"), or "hold" or
    "have" with a meeting noun for object ("held meetings with", "with" on the verb or on the
    noun); None for any other word."""
    verb = head.head if head.dep_ in {"dobj", "obj"} and head.lemma_.lower() in TALK_NOUNS else head
    if verb.lemma_.lower() in _TALK_VERBS:
        return verb
    held = verb.lemma_.lower() in {"hold", "have"} and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in TALK_NOUNS for c in verb.children)
    return verb if held else None


def _from_list(noun: Token) -> list[Token]:
    """The words "from" a counterpart noun lists: "counterparts from Britain, Canada and France";
    a list of places the parser breaks, read on while the words are places, commas and "and"
    ("from Malaysia, Lao PDR, China, US and Japan")."""
    firsts = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    listed = [t for p in firsts for t in [p, *conjuncts(p)]]
    for first in firsts[:1] if firsts and firsts[0].ent_type_ == "GPE" else []:
        for word in first.doc[first.i + 1 : first.sent.end]:
            if word.ent_type_ == "GPE" and word.ent_iob_ == "B":
                listed.append(next(e for e in word.doc.ents if e.start == word.i).root)
            elif word.ent_type_ != "GPE" and word.lower_ not in {",", "and", "the"}:
                break
    return list({t.i: t for t in listed}.values())


def _from_states(noun: Token, resolver: Resolver) -> list[Resolved]:
    found = [a for t in _from_list(noun) if (a := resolver.resolve(t)) is not None and a.type == "state"]
    return list({a.id: a for a in found}.values())


def gathered(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "We, the leaders of Japan, Korea and the United States, convened at Camp David": the
    states whose representatives gathered met each other, one line per pair (a verb of an act done)."""
    # the parser may hang the verb on the representatives as a participle, and the states after
    # the first on the representatives: "We, the leaders of Japan, the ROK, and the US, convened"
    subject = subject_of(token) or (token.head if token.dep_ == "acl" else None)
    if subject is None or any(c.dep_ in {"dobj", "obj"} or c.lower_ == "with" for c in token.children):
        return
    for noun in [subject, *(c for c in subject.children if c.dep_ == "appos")]:
        if noun.lower_ not in _REPRESENTATIVES and noun.lower_.removesuffix("s") not in _REPRESENTATIVES:
            continue
        listed = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" for t in [p, *conjuncts(p)]]
        listed += [t for t in conjuncts(noun) if t.ent_type_ == "GPE"] if listed else []
        found = [a for t in listed if (a := resolver.resolve(t)) is not None and a.type == "state"]
        sides = list({a.id: a for a in found}.values())
        for n, side in enumerate(sides if len(sides) > 1 else []):
            for other in sides[n + 1 :]:
                yield Found(side, "met_with", Target(other.label, other), token, "gathered", 0.6)


def alongside(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "said at a press conference in Doha alongside Lebanese Prime Minister Nawaf Salam",
    "speaking alongside Macron": a person who appears in public beside another met them (`token`:
    "alongside"; the clause's verb one of speaking or its phrase at a gathering)."""
    partners = [a for p in token.children if p.dep_ == "pobj" for t in [p, *conjuncts(p)]
                if (a := resolver.resolve(t)) is not None and a.type == "person"]
    head, gathering, places = token.head, False, []
    for _ in range(6):
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            break
        gathering |= head.lemma_.lower() in _APPEARANCES
        places += [head] if head.lemma_.lower() in _APPEARANCES else []
        head = head.head
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "would", "'ll"} for c in head.children)
    if not partners or head.pos_ not in {"VERB", "AUX"} or negated(head) or irrealis(head) or future:
        return
    if not gathering and head.lemma_.lower() not in _SPEAKING:
        return  # "fought alongside X"
    subject = subject_of(head) or (head.head if head.dep_ == "acl" else None)  # "Scholz, speaking alongside X,"
    found = [(a, how) for a, how in holders(subject, frame, resolver) if a.type == "person"]
    for holder, how in found:
        for partner in partners:
            if partner.id != holder.id:
                yield Found(holder, "met_with", Target(partner.label, partner), token, f"alongside/{how}", 0.55)
    for side in [*(a for a, _ in found), *partners] if found else []:
        for gathering_noun in places:  # "at a press conference in Doha alongside X": X, abroad, was in Doha
            yield from met_abroad(side, gathering_noun, resolver)


def _met(
    found: list[tuple[Resolved, str]], partners: list[Resolved], cue: Token, rule: str, resolver: Resolver
) -> Iterator[Found]:
    for holder, how in found:
        for partner in partners:
            if partner.id != holder.id:
                yield Found(holder, "met_with", Target(partner.label, partner), cue, f"{rule}/{how}", 0.6)
    for side in [*(h for h, _ in found), *partners] if found else []:
        yield from met_abroad(side, cue, resolver, objects=False)  # "talks with Lavrov in Phnom Penh": both were there


def _partners(token: Token, resolver: Resolver) -> list[Resolved]:
    """The actors after "with": a name, a counterpart's name in apposition, those "including" named."""
    found: list[Resolved] = []
    pobjs = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    for pobj in (t for p in pobjs for t in [p, *conjuncts(p)]):
        named = [c for c in pobj.children if c.dep_ == "appos"]
        named += [
            q for c in pobj.children if c.dep_ == "prep" and c.lower_ == "including" for p in c.children
            if p.dep_ == "pobj" for q in [p, *conjuncts(p)]
        ]
        if pobj.lower_ in COUNTERPART_NOUNS and (states := _from_states(pobj, resolver)):
            found += states  # "talks with his counterparts from Britain, Canada and France"
            continue
        for candidate in [*named, pobj]:
            actor = resolver.resolve(candidate) if candidate.pos_ in {"PROPN", "NOUN"} else None
            if actor is not None and actor.type in _PARTNER_TYPES:
                found.append(actor)
                break
    return list({a.id: a for a in found}.values())
