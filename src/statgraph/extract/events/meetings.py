"""Encounters: met_with and visited. "Lavrov met Wang Yi", "X and Y will meet", "during their
talks", "the foreign ministers of the two countries will meet", "attended the assembly of the
Council", "speaking to lawmakers"; "Putin visited China", "his visit to Beijing", "said at a news
conference in Harbin". A meeting of two sides is one statement, held by the side named first.
Meeting nouns are read in talks.py, the sides of a meeting in sides.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.outlets import is_outlet
from ..context.subjects import conjuncts
from ..cues import Lexicon
from ..found import Found
from ..moods import irrealis, negated
from .abroad import met_abroad, partners_abroad, received_abroad
from .gerunds import actor_of
from .misparses import misparsed_sides, misread_object, misread_subject, named_office_holder, visiting_object
from .misparses import name_after, named_partner, with_on_setting
from .partner_lists import listed_people
from .signings import signed_together, signed_with
from . import guests  # noqa: F401 - importing it registers its extractor
from .pair_visits import pair_met_abroad
from .partners import named_at_end, they_before
from .sides import TALK_NOUNS as _TALK_NOUNS
from .sides import actors as _actors
from .sides import envoy_states, mutual_meetings, pair_named
from .sides import remember_sides as _remember_sides
from .talks import talks_noun
from .unheld import recorded

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["meeting", "mutual_meetings", "pair_named", "talks_noun"]

_MEET_PREPS = frozenset({"with", "between"})
_WITH_VERBS = frozenset({"meet", "talk", "negotiate", "confer", "speak", "communicate"})
_MUTUAL_VERBS = frozenset({"meet", "talk", "negotiate", "confer"})
_HELD_VERBS = words("event_forms", "talks_held_verbs")  # "held talks", "resumed talks"


def meeting(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Lavrov met Wang Yi", "talked with Blinken", "held talks with X", "speaking to lawmakers";
    with no partner named, a meeting among the subject's actors: "Russia and China will meet"."""
    words = lexicon.events["met_with"]
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    obj = obj or visiting_object(token) or misread_object(token)
    subject = misread_subject(token, actor_of(token))  # actor_of: "said after meeting X"
    guest, host = _received_by(token, words, resolver)
    obj, subject = (guest, host) if guest is not None else (obj, subject)
    if guest is None and (received := list(_office_received(token, frame, words, resolver))):
        yield from received
        return
    if token.lemma_.lower() in words.get("joint_verbs", ()):
        yield from signed_together(token, resolver)  # "was signed by A and B"
    partners = _partners(token, obj, words, resolver)
    subject = named_office_holder(subject, resolver)
    found = holders(subject, frame, resolver) + _cohosts(token, resolver)
    if subject is not None and subject.lower_ in {"we", "i"} and frame.speaker is not None:
        found = [(frame.speaker, "speaker")]  # a delegation's meeting is its head's
    elif subject is not None and subject.lower_ in {"he", "she"}:
        found = _pronoun_before(subject, found, partners, resolver)
    if not partners or token.lemma_.lower() in words.get("joint_verbs", ()):
        # "Aliyev and Pashinyan signed a declaration together with Trump": the signers met too
        yield from _partnerless(token, obj, subject, found, words, frame, resolver)
    if not partners:
        return
    for holder, how in found:
        for partner in partners:
            if partner.actor is None or partner.actor.id != holder.id:
                yield Found(holder, "met_with", partner, token, f"meeting/{how}", 0.7)
        yield from met_abroad(holder, token, resolver, settings=True)
        yield from received_abroad(holder, partners, token, resolver)
    yield from partners_abroad(partners, token, resolver, settings=True)
    met = [p.actor for p in partners if p.actor is not None]
    _remember_sides(resolver, [h for h, _ in found[:1]] + met if len(met) == 1 else [])


def _partners(token: Token, obj: Token | None, words: dict[str, frozenset[str]], resolver: Resolver) -> list[Target]:
    """Whom a meeting verb's subject meets: its object, the sides of a meeting hosted, an
    audience addressed, the objects of "with" and "to", the other side of talks."""
    lemma = token.lemma_.lower()
    partners: list[Target] = []
    receiving = lemma in words.get("receive_verbs", ()) and obj is not None and _a_person(_named(obj), resolver)
    if obj is not None and (lemma == "meet" or receiving):
        members = [obj, *conjuncts(obj)]
        named = [_named(t) for t in members]
        partners += _actors([*named, *listed_people(members, named)], resolver)
    hosted = lemma in words.get("host_verbs", ()) and obj is not None and _the_talks(obj)
    if hosted or obj is not None and lemma == "meet" and _pair(obj, words):
        # "met both leaders", "hosted the meeting": the sides of the meeting told of before
        partners = [Target(a.label, a) for a in resolver.meeting_sides]
    if obj is not None and lemma == "address" and _audience(obj, words) and not recorded(token):
        partners.append(Target(_head_phrase(obj)))
    partners += _prep_partners(token, lemma, words, resolver)
    if lemma in words.get("joint_verbs", ()):  # "signed the statement with the UK's minister, Jane Doe"
        partners += _actors([_named(t) for t in signed_with(token)], resolver)
    if obj is not None and obj.lemma_.lower() in _TALK_NOUNS:
        # "hosted talks between X and Y": the sides meet each other (talks_noun), not the host;
        # "held a meeting with X": the parser may hang "with" on the verb
        heads = [obj, token] if lemma in _HELD_VERBS else [obj]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"):
            members = [t for p in prep.children if p.dep_ == "pobj" for t in [p, *conjuncts(p)]]
            partners += _actors([named_partner(t, token, resolver) for t in members], resolver)
    return partners


def _prep_partners(token: Token, lemma: str, words: dict[str, frozenset[str]], resolver: Resolver) -> list[Target]:
    """ "talked with Blinken", "speaking to Russian Duma lawmakers": the partners after a preposition."""
    partners: list[Target] = []
    for child in token.children:
        if child.dep_ != "prep" and not (child.dep_ == "agent" and child.lower_ == "by"):
            continue  # "spoke by telephone with X": the parser may take "by" for an agent
        pobjs = [c for c in child.children if c.dep_ == "pobj"]
        if lemma in _WITH_VERBS and (people := with_on_setting(child)):
            partners += _actors([_named(t) for t in people], resolver)  # "met behind closed doors with X"
        elif child.lower_ in _MEET_PREPS and lemma in _WITH_VERBS:
            # "spoke with AP", "told Reuters": an interview with an outlet is no meeting
            listed = [t for p in pobjs for t in [p, *conjuncts(p)] if not is_outlet(t, resolver)]
            members = [_named(t) for t in listed]
            members += listed_people(listed, members)  # "with A, Foreign Secretary B, and C"
            partners += _actors([_person_or_actor(t, resolver) or t for t in members], resolver)
        elif child.lower_ == "to" and lemma in {"speak", "talk"}:
            # "speaking to Russian Duma lawmakers": a body spoken to in person; not reporters
            for pobj in pobjs:
                if _audience(pobj, words):
                    partners.append(Target(_head_phrase(pobj)))
                elif pobj.ent_type_ == "PERSON":
                    partners += _actors([pobj], resolver)
    return partners


def _partnerless(
    token: Token,
    obj: Token | None,
    subject: Token | None,
    found: list[tuple[Resolved, str]],
    words: dict[str, frozenset[str]],
    frame: Frame,
    resolver: Resolver,
) -> Iterator[Found]:
    """A meeting with no partner named: signers who met, or a meeting among the subject's actors."""
    lemma = token.lemma_.lower()
    held = lemma in _HELD_VERBS and obj is not None and _talks(obj, words)
    mutual = lemma in _MUTUAL_VERBS and obj is None or held and (lemma == "hold" or not _infinitive(token))
    people = [h for h, _ in found if h.type == "person"]
    if lemma in words.get("joint_verbs", ()):
        # "signed the treaty in Manila": a signer abroad visited the place
        for person in people:
            yield from met_abroad(person, token, resolver)
    if lemma in words.get("joint_verbs", ()) and len(people) == len(found) > 1 and subject is not None and token.dep_ != "acl":
        # "Putin and Kim signed a defence pact in Pyongyang": the signers met (not "the pact
        # signed by A and B", which names the document's parties, not a meeting)
        _remember_sides(resolver, people)
        yield from mutual_meetings(people, token, "signed_together")
        return
    if mutual and subject is not None and (subject.pos_ != "PRON" or subject.lower_ in {"we", "they"}):
        sides = they_before(subject, resolver) or [h for h, _ in found] or pair_named(subject, resolver, words)
        envoys = envoy_states(subject, resolver)  # "officials from A and B met": more sides than the subject's holders
        sides = envoys if len(envoys) > len(sides) else sides
        if len(sides) == 1 and sides[0].type == "person":
            sides += misparsed_sides(subject, sides[0], resolver)
        yield from mutual_meetings(sides, token, "mutual_meeting")
        for side in sides if len(sides) > 1 else []:
            yield from met_abroad(side, token, resolver, settings=True)
        if not any(side.type == "person" for side in sides):  # "they", "the two ministers": the people
            yield from pair_met_abroad(subject, token, frame, resolver, words["pair_nouns"])


def _infinitive(verb: Token) -> bool:
    """An act told in the infinitive, one agreed, sought or meant ("agreed to resume talks",
    "to remain in contact to continue discussions", "agreed to collaborate and conduct talks")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _received_by(
    verb: Token, words: dict[str, frozenset[str]], resolver: Resolver
) -> tuple[Token | None, Token | None]:
    """ "Macron was received by Putin at the Kremlin", "Biden was met by Xi": the guest (the
    passive subject) and the host (after "by") of a verb of receiving or meeting in the passive."""
    if verb.lemma_.lower() not in words.get("receive_verbs", ()) and verb.lemma_.lower() != "meet":
        return None, None
    guest = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    host = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    people = [resolver.resolve(t) if t is not None and t.pos_ == "PROPN" else None for t in (guest, host)]
    if any(p is None or p.type != "person" for p in people):
        return None, None  # "the summit was hosted by X": a gathering, read by gatherings.py
    return guest, host


def _office_received(
    token: Token, frame: Frame, words: dict[str, frozenset[str]], resolver: Resolver
) -> Iterator[Found]:
    """ "The Iraqi prime minister was received by Iranian President Ebrahim Raisi": a guest told by
    office, the person who holds it in the text (holders), met the named host; the guest visited
    the place it was held if it is abroad for them."""
    if token.lemma_.lower() not in words.get("receive_verbs", ()) or negated(token) or irrealis(token):
        return
    guest = next((c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    by = list(agent.children) if agent is not None else []
    host = next((c for c in by if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    hosts = [resolver.resolve(host)] if guest is not None and host is not None else []
    guests = [a for a, _ in holders(guest, frame, resolver) if a.type == "person"] if hosts else []
    if not hosts or hosts[0] is None or hosts[0].type != "person" or len(guests) != 1 or guests[0].id == hosts[0].id:
        return
    yield Found(hosts[0], "met_with", Target(guests[0].label, guests[0]), token, "received_office", 0.6)
    yield from met_abroad(guests[0], token, resolver, settings=True)


def _pair(noun: Token, words: dict[str, frozenset[str]]) -> bool:
    """ "both leaders", "the two presidents"."""
    both = any(c.lower_ in {"both", "two"} for c in noun.children if c.dep_ in {"det", "nummod", "predet"})
    return both and noun.lower_ in words["pair_nouns"]


def _the_talks(noun: Token) -> bool:
    """ "the meeting", "the talks": a meeting already told of, with no sides of its own."""
    own = any(c.dep_ == "prep" and c.lower_ in _MEET_PREPS | {"of"} for c in noun.children)
    return noun.lemma_.lower() in _TALK_NOUNS and not own and any(c.lower_ == "the" for c in noun.children)


def _cohosts(verb: Token, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """ "who hosted the meeting together with the EU envoy, Jan Novak": the one named with
    "together with" or "along with" on the verb (by apposition, which the parser may misplace)."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        if not any(c.lower_ in {"together", "along"} for c in verb.children if c.dep_ == "advmod"):
            continue
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            named = [t for t in pobj.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"]
            person = _named(pobj) if _named(pobj).ent_type_ == "PERSON" or not named else named[0]
            after = pobj.doc[pobj.right_edge.i + 1 : pobj.right_edge.i + 3]
            if person.ent_type_ != "PERSON" and len(after) == 2 and after[0].text == ",":
                person = after[1].head if after[1].dep_ in {"compound", "flat"} else after[1]
            actor = resolver.resolve(person) if person.ent_type_ == "PERSON" else None
            found += [(actor, "cohost")] if actor is not None and actor.type == "person" else []
    return found


def _pronoun_before(
    pronoun: Token, found: list[tuple[Resolved, str]], partners: list[Target], resolver: Resolver
) -> list[tuple[Resolved, str]]:
    """ "he will hold talks with Blinken and meet with officials": "he" is neither his partner
    nor anyone named after him in the sentence, though they were named last; it is the person
    named before them."""
    later = {p.actor.id for p in partners if p.actor is not None}
    for token in pronoun.doc[pronoun.i + 1 : pronoun.sent.end]:
        known = resolver.cache.get((id(token.doc), token.i))
        if known is not None and known.type == "person":
            later.add(known.id)
    if not found or found[0][0].id not in later:
        return found
    other = next((p for p in reversed(resolver.recent_people) if p.id not in later), None)
    return [(other, "pronoun")] if other is not None else []


def _talks(noun: Token, words: dict[str, frozenset[str]]) -> bool:
    """A meeting noun, or a series of them: "held talks", "held a round of consultations"."""
    inner = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in _TALK_NOUNS or t.lower_ in words["nouns"] for t in [noun, *inner])


def _named(token: Token) -> Token:
    """The person an office is said to be by apposition: "Iran's foreign minister, Abbas Araghchi"."""
    if token.ent_type_ == "PERSON":
        return token
    named = (c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ != "VERB")
    # not a headline's verb hung on the office ("Minister, Pushes for")
    return next(named, None) or name_after(token) or named_at_end(token)


def _a_person(token: Token, resolver: Resolver) -> bool:
    """A person by the tagger, or a name the resolver knows for one ("welcomed Finnish President
    Sauli Niinistö", whose name the small model may tag a place)."""
    if token.ent_type_ == "PERSON":
        return True
    actor = resolver.resolve(token) if token.pos_ == "PROPN" else None
    return actor is not None and actor.type == "person"


def _head_phrase(token: Token) -> str:
    """A noun with the words before it: "Russian Duma lawmakers" (not "... in Tehran on Monday")."""
    return " ".join(t.text for t in token.subtree if t.i <= token.i and t.dep_ not in {"det", "punct", "poss"})


def _audience(token: Token, words: dict[str, frozenset[str]]) -> bool:
    return token.lower_ in words["audiences"] or token.lemma_.lower() in words["audiences"]


def _person_or_actor(token: Token, resolver: Resolver) -> Resolved | None:
    """A meeting partner: "her" and "him" are the person last named."""
    if token.lower_ in {"him", "her"}:
        return resolver.last_person
    return None
