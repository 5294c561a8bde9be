"""Meeting sentences the parser misread: "SINGAPORE (AP) - X and Y met" (a dateline taken for
the subject), "resumed after X and Y met" (the people taken for the object of "after"), "Kazakh
President Tokayev and Chinese Foreign Minister Wang Yi met" (the first person hung on the second's
name), "Xi received visiting Sri Lankan President Dissanayake" (the guest taken for the object of
"visiting"), "met behind closed doors with X", "spoke by telephone with X" (the partner hung on the
setting or the medium)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from ..context.subjects import DASHES, SUBJECT_DEPS, conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver


def misparsed_sides(subject: Token, side: Resolved, resolver: Resolver) -> list[Resolved]:
    """ "Kazakh President Kassym-Jomart Tokayev and Chinese Minister of Foreign Affairs Wang Yi
    met": the first person the parser hung on the second's name, still joined by "and"."""
    found = []
    for token in subject.subtree:
        joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children)
        if token.i < subject.i and token.pos_ == "PROPN" and joined:
            person = resolver.resolve(token)
            if person is not None and person.type == "person" and person.id != side.id:
                found.append(person)
    return found


def misread_subject(verb: Token, subject: Token | None) -> Token | None:
    """The subject the parser mistook: "SINGAPORE (AP) - X and Y met", a dateline taken for the
    subject with the people in apposition; "resumed after X and Y met", the people taken for the
    object of "after"; "On the sidelines of the summit in Bali, X met Y", the person hung on the
place of the phrase put first."""
    if subject is not None and subject.is_upper and subject.ent_type_ == "GPE":
        return next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), subject)
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    own = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if own or before is None or before.ent_type_ != "PERSON":
        return subject
    first = before.head if before.dep_ in {"compound", "flat"} else before
    while first.dep_ == "conj":
        first = first.head
    prep = first.head
    if first.dep_ == "pobj" and prep.lower_ in {"after", "before", "since", "until"} and prep.head.i == verb.head.i:
        return first
    if first.dep_ == "appos" and first.left_edge.i > 0 and verb.doc[first.left_edge.i - 1].text == ",":
        return first  # "On the sidelines of the summit in Bali, Xi met Biden": hung on the place put first
    return subject


def visiting_object(verb: Token) -> Token | None:
    """ "Xi Jinping received visiting Sri Lankan President Anura Kumara Dissanayake": the guest,
    whom the parser hangs as the object of "visiting" read as a verb of its own."""
    visiting = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.lower_ == "visiting"), None)
    if visiting is None:
        return None
    return next((c for c in visiting.children if c.dep_ in {"dobj", "obj"}), None)


def named_office_holder(subject: Token | None, resolver: Resolver) -> Token | None:
    """ "Rwanda's foreign minister Olivier Nduhungirehe met ...": the person named after an
    office the parser took for the subject, who met or travelled, not the office's state; the
    person named after a dateline the parser took for the subject."""
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.ent_type_ == "PERSON":
        return subject
    named = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if subject.pos_ == "PROPN":  # a dateline taken for the subject: "Geneva (ICRC) - The head of X, Jane Doe, met"
        named = [c for c in named if c.ent_type_ == "PERSON" and _after_dateline(subject, c)]
    # "The president of the Red Cross, Jane Doe, completed talks": the name hung on the last noun
    for child in [*named, *filter(None, [_name_closing(subject)])]:
        person = resolver.resolve(child)
        if person is not None and person.type == "person":
            return child
    return subject


def misread_object(verb: Token) -> Token | None:
    """ "On the sidelines of the summit, Xi Jinping met Joe Biden": the one met, whom the parser
    (misled by the phrase put first) takes for a second subject after the verb; the subject
    before the verb stays the subject."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    before = [c for c in subjects if c.i < verb.i]
    after = [c for c in subjects if c.i > verb.i and c.ent_type_ == "PERSON"]
    return after[0] if before and after else None


_SETTING_PREPS = frozenset({"at", "behind", "in", "on", "over"})
_MEDIUM_PREPS = frozenset({"by", "via"})  # "spoke by telephone with X": only before a medium of calls
_CALL_MEDIA = words("event_forms", "call_media")


def with_on_setting(prep: Token) -> list[Token]:
    """The people named after a "with" the parser hung on a meeting's setting rather than on the
    verb: "met behind closed doors with President X", "spoke on the phone with X", "spoke by
    telephone with X" (`prep`: one of the verb's prepositions), each of a list."""
    media = prep.lower_ in _MEDIUM_PREPS
    if prep.lower_ not in _SETTING_PREPS and not media:
        return []
    settings = [p for p in prep.children if p.dep_ == "pobj" and (not media or p.lower_ in _CALL_MEDIA)]
    named = [w for p in settings for c in p.children if c.dep_ == "prep" and c.lower_ == "with"
             for w in c.children if w.dep_ == "pobj" and w.ent_type_ == "PERSON"]
    return [t for w in named for t in [w, *conjuncts(w)]]


def name_after(noun: Token) -> Token | None:
    """The name that follows a counterpart met where the parser hangs it elsewhere: "a phone call
    with his US counterpart, Joe Biden" (the name taken for an apposition of the call), "met his
    Kyrgyz counterpart Sadyr Japarov" (the name taken for a clause of its own): the name's last
    word, when the counterpart's phrase ends at the counterpart and the name follows at once."""
    if noun.lower_ != "counterpart" or noun.right_edge.i != noun.i:
        return None
    after = noun.doc[noun.i + 1 : noun.i + 3]  # the parser may even start a sentence at the name
    if len(after) > 1 and after[0].text == ",":
        after = after[1:]
    if not after or after[0].ent_type_ != "PERSON" or after[0].ent_iob_ != "B":
        return None
    name = next((e for e in noun.doc.ents if e.start == after[0].i), None)
    return name[-1] if name is not None else None


def named_partner(partner: Token, cue: Token, resolver: Resolver) -> Token:
    """The person named after a counterpart met ("talks with his Russian counterpart Andrei
    Belousov": Belousov, not Russia); the counterpart itself where none is named, or where it is
    the counterpart of the clause's own subject state, which a misread dateline makes the subject
    ("Beijing [China] ... held a meeting with his Chinese counterpart Wang Yi")."""
    appositions = [c for c in partner.children if c.dep_ == "appos" and c.pos_ != "VERB"]
    named = next((c for c in appositions if c.ent_type_ == "PERSON"), None) or name_after(partner)
    named = named or _name_closing(partner)  # "talks with the chairman of the council, Jane Doe,"
    named = named or _untagged_name(appositions, resolver)  # "with President of the United States Barack Obama"
    if partner.ent_type_ == "PERSON" or named is None:
        return partner
    demonyms = [resolver.gazetteer.demonym(c.text) for c in partner.children if c.dep_ == "amod"]
    states = {a.id for a in demonyms if a is not None}
    verb = cue.head if cue.dep_ in {"dobj", "obj", "nsubj"} else cue
    subjects = {r.id for s in verb.children if s.dep_ in SUBJECT_DEPS and (r := resolver.resolve(s)) is not None}
    return partner if states & subjects else named


def _untagged_name(appositions: list[Token], resolver: Resolver | None) -> Token | None:
    """A name in apposition to an office that the tagger does not take for a person, but the
    resolver knows for one ("a conversation with President of the United States of America Barack
    Obama", the name left untagged)."""
    for token in appositions:
        if token.pos_ == "PROPN" and token.ent_type_ in {"", "ORG"} and resolver is not None:
            actor = resolver.resolve(token)
            if actor is not None and actor.type == "person":
                return token
    return None


def _name_closing(office: Token) -> Token | None:
    """The person named in apposition at the close of an office's phrase, set off by commas:
    "talks with the chairman of Sudan's council, Abdel Fattah al-Burhan, in Port Sudan" (the
    parser hangs the name on "council"); none for an office that is itself a name."""
    if office.ent_type_ or office.pos_ != "NOUN":
        return None
    end = office.right_edge
    while end.i > office.i and (end.is_punct or end.pos_ == "PUNCT"):
        end = end.doc[end.i - 1]
    if end.ent_type_ != "PERSON" or end.dep_ != "appos" or end.head.i == office.i or end.pos_ == "VERB":
        return None
    return end


def _after_dateline(place: Token, name: Token) -> bool:
    """Whether a name follows a dateline's place that opens the sentence, past the dateline's dash:
    "Geneva/Washington (ICRC) – The president of the ICRC, Jane Doe, completed talks"."""
    if place.i - place.sent.start > 3:
        return False
    return any(t.text in DASHES for t in place.doc[place.i + 1 : name.i])
