"""Visits shown by acts abroad: "Marcos, who met Kishida in Tokyo", "X and Y met on the
sidelines of a conference in Singapore", "said at a news conference in Harbin": a person who
meets or speaks in a place away from the state they serve visited it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import prep_objects, subject_above, subject_of
from ..found import Found
from ..moods import irrealis, negated, speculative
from .misparses import visiting_object
from .gerunds import actor_of
from .places import capital_of
from .seats import away_from, body_served
from .unheld import unheld

if TYPE_CHECKING:
    from spacy.tokens import Token

_HOST_VISIT_VERBS = words("event_forms", "host_visit_verbs")
_PHONE_VERBS = words("event_forms", "phone_verbs")
_CALL_MEDIA = words("event_forms", "call_media")


def met_abroad(
    holder: Resolved, verb: Token, resolver: Resolver, *, settings: bool = False, objects: bool = True
) -> Iterator[Found]:
    """ "Marcos, who met Kishida in Tokyo", "Modi held talks with Putin at the Kremlin": a person
    who meets someone in a place away from their own state (known from their office) visited it;
    a seat that stands for an organisation ("in Brussels") is visited by its own name. A state
    named as a side ("the foreign ministers of the G7 met in New York") is not read: its people
    were there, the gold does not take the state for a visitor."""
    home = visit_home(holder, resolver)
    if holder.type != "person" or home is None or remote(verb):
        return
    # "met Kishida in Tokyo": the parser hangs the place on the verb or on its object; with
    # `settings`, for sides that met with no partner in the object ("X and Y met on the
    # sidelines of a conference in Singapore"), on the gathering the meeting was held at
    # (without `objects`, the object is what was discussed: "discussed the war in Ukraine" names no place)
    heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"} and objects)]
    heads += _met_people(heads)  # "held talks with Lavrov in Phnom Penh": the place hung on the name
    for head in list(heads) if settings else []:
        heads += _settings(head)
    # "the summits held in Kampala": the place on the participle
    heads += [c for h in list(heads) for c in h.children if c.dep_ == "acl" and c.lemma_ == "hold"]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
    for prep in preps:
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            for place in _abroad(pobj, prep.lower_ == "at", resolver):
                if away_from(home, place, resolver):
                    yield Found(holder, "visited", Target(place.label, place), verb, "met_abroad", 0.55)


def remote(verb: Token) -> bool:
    """An encounter held at a distance, which takes no one abroad: "spoke by phone with his
    counterparts in Kyrgyzstan", "telephoned Putin", "held a video call with X" (call_media)."""
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head  # "spoke by phone with his counterparts in X": the noun's verb
    if verb.lemma_.lower() in _PHONE_VERBS:
        return True
    means = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"by", "over", "via"} for p in c.children]
    means += [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    means += [m for c in list(means) for m in c.children if m.dep_ in {"compound", "amod"}]
    return any(m.lemma_.lower() in _CALL_MEDIA or m.lower_ in _CALL_MEDIA for m in means)


def _abroad(pobj: Token, at: bool, resolver: Resolver) -> Iterator[Resolved]:
    """The places a meeting's "in" (or "at") phrase names: a capital told by its state ("in the
    Russian capital"), a city the lexicon places ("in New York", "at Camp David"), a state or
    a seat that stands for it ("in Moscow", "at the Kremlin"). After "at", only a named place
    the lexicon knows: "at a summit" is a gathering, read by `_settings`."""
    capital = capital_of(pobj, resolver)  # "met in the Russian capital"
    if capital is not None and not at:
        yield capital
    if pobj.ent_type_ in {"GPE", "LOC"} or at and pobj.pos_ == "PROPN" and pobj.ent_type_ != "FAC":
        name, place = resolver.name_span(pobj).text, resolver.resolve(pobj)
    elif pobj.ent_type_ == "FAC" and pobj.pos_ == "PROPN":  # "at the Great Hall of the People in Beijing"
        name, place = _facility_place(pobj, resolver)
    else:
        return
    if resolver.gazetteer.city(name) is not None:  # "in New York": a city the lexicon places
        yield Resolved(mint_id(name), name, "state")
    if place is None or place.type == "person" or resolver.gazetteer.find(name) is None:
        return  # a place the lexicon does not know may be at home
    if at and place.type != "state":
        return  # "met at the OSCE": a body, not a seat that stands for a state
    yield place if place.type == "state" else Resolved(mint_id(name), name, "state")


def _met_people(heads: list[Token]) -> list[Token]:
    """The people met after "with" on a meeting verb or its object, by name or by office: the
    parser hangs the meeting's place on the last name or office ("met with Lavrov in Phnom Penh",
    "met with Slovak Minister of Foreign Affairs X in Bucharest", "with his Chinese counterpart
    Wang Yi in Beijing", the place on "counterpart")."""
    return [
        p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children if p.dep_ == "pobj" and (p.ent_type_ == "PERSON" or p.pos_ in {"NOUN", "PROPN"})
    ]


def _facility_place(token: Token, resolver: Resolver) -> tuple[str, Resolved | None]:
    """A place the tagger took into a facility's name ("the Great Hall of the People in
    Beijing"): its own words and the actor the lexicon knows by them."""
    name = resolver.name_span(token)
    words = token.doc[min([token.i] + [t.i for t in token.lefts if t.dep_ == "compound"]) : token.i + 1].text
    actor = resolver.gazetteer.find(words) if name.text != words else None
    return words, resolver.actor(actor) if actor is not None else None


def partners_abroad(
    partners: list[Target], verb: Token, resolver: Resolver, *, settings: bool = False
) -> Iterator[Found]:
    """ "Wang Yi held talks with Zarif in Beijing": a person met in a place away from the state
    they serve (known from their office) visited it, as the one who met them may have; with
    `settings`, also at a gathering held there ("on the sidelines of the summit in Moscow")."""
    people = {p.actor.id: p.actor for p in partners if p.actor is not None and p.actor.type == "person"}
    for person in people.values():
        yield from met_abroad(person, verb, resolver, settings=settings)


def talks_abroad(noun: Token, resolver: Resolver) -> Iterator[Found]:
    """ "The two leaders signed several documents after the talks in Beijing", "after their
    official talks at the Great Hall of the People in Beijing": the two people last said to
    meet, the sides of talks told as theirs, visited the place if it is abroad for them."""
    if noun.dep_ != "pobj" or unheld(noun):
        return
    verb = noun.head.head
    theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    paired = subject is not None and (
        subject.lower_ == "they" or any(c.lower_ in {"two", "both"} for c in subject.children)
    )
    if not (theirs or paired and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)):
        return
    for side in resolver.meeting_sides:
        yield from met_abroad(side, noun, resolver, settings=True)


def owned_talks_abroad(noun: Token, resolver: Resolver) -> Iterator[Found]:
    """ "Wang Yi's talks in Moscow", "his meetings on the sidelines of the summits held in
    Kampala": the person whose talks they are (named, or "his"/"her": the person last named)
    visited the place if it is abroad for them (`noun`: one of met_with's nouns; "their talks"
    is `talks_abroad`'s)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or unheld(noun):
        return
    if owner.lower_ in {"his", "her"}:
        person = _named_above(noun, resolver) or resolver.person_before
    else:
        person = resolver.resolve(owner) if owner.pos_ == "PROPN" else None
    if person is not None and person.type == "person":
        yield from met_abroad(person, noun, resolver, settings=True)


def _named_above(noun: Token, resolver: Resolver) -> Resolved | None:
    """The person named as the subject of the nearest clause above a noun that is not the noun's
    own: "Mahmud said his meetings ... were fruitful": Mahmud."""
    subject = subject_above(noun, 4)
    found = resolver.resolve(subject) if subject is not None and subject.pos_ == "PROPN" else None
    return found if found is not None and found.type == "person" else None


def received_abroad(host: Resolved, partners: list[Target], verb: Token, resolver: Resolver) -> Iterator[Found]:
    """ "Lula received President Xi on a state visit", "Sissi hosted the Emir": a person received
    by the leader of another state (both known from their offices), at no place named, visited
    the host's state (`verb`: a verb of host_visit_verbs)."""
    planned = verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "would"} for c in verb.children)
    if verb.lemma_.lower() not in _HOST_VISIT_VERBS and not _guest(verb) or planned:
        return  # "will receive X next week": a visit still to come is none
    home = host if host.type == "state" else home_of(host, resolver) if host.type == "person" else None
    if home is None or any(c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in verb.children):
        return
    for partner in (p.actor for p in partners if p.actor is not None and p.actor.type == "person"):
        own = home_of(partner, resolver)
        if own is not None and own.id != home.id:
            yield Found(partner, "visited", Target(home.label, home), verb, "received", 0.55)


def _guest(verb: Token) -> bool:
    """Whether a verb's object is told as visiting: "Xi met visiting Sri Lankan President X"."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return visiting_object(verb) is not None or any(
        c.dep_ == "amod" and c.lower_ == "visiting" for o in objects for c in o.subtree if c.i < o.i
    )


def _settings(token: Token, depth: int = 0) -> list[Token]:
    """The nouns down "on the sidelines of a conference", "at a summit": where an act was held."""
    found = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "at", "of", "during"}):
        # "on the sidelines of the UN General Assembly in New York": a named gathering too
        for pobj in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}):
            found += [pobj, *(_settings(pobj, depth + 1) if depth < 2 else [])]
    return found


def home_of(person: Resolved, resolver: Resolver) -> Resolved | None:
    """The state a person serves: from the office the text gives, or the lexicon's."""
    home = resolver.offices.get(person.id)
    if home is None and person.of:
        known = resolver.gazetteer.actors.get(person.of)
        home = resolver.actor(known) if known is not None else None
    return home if home is not None and home.type == "state" else None


def visit_home(person: Resolved, resolver: Resolver) -> Resolved | None:
    """Where a person is at home, for telling a visit: the state they serve, or the international
    body (whose seats are its home: seats.away_from)."""
    return home_of(person, resolver) or body_served(person, resolver)


def spoke_abroad(verb: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Lavrov said in Beijing that ...", "Lavrov told reporters in Beijing", "Speaking in
    Beijing, Lavrov said": a person who speaks in a place away from the state they serve (known
    from their office) visited it (`verb`: one of appearance_verbs, an act done). The place hangs
    on the verb or on those told ("reporters in Beijing"); "at a news conference in Harbin" is
    `appearance_abroad`'s; a speech made is read as spoken ("made the announcement from Davos",
    `verb`: one of speech_made_verbs with one of speech_nouns for object). The speaker may be "he"
    or "she" ("Speaking to reporters in Seoul, he said": the person the text is about), and the
    place the one spoken from ("Speaking from Stockholm")."""
    told = [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"} and c.lower_ in _AUDIENCES]
    if verb.lemma_.lower() in SPEECH_MADE_VERBS:  # "made the announcement from Davos", "gave a speech in Paris"
        told = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _SPEECH_NOUNS]
        if not told:
            return
    told += [p for p in prep_objects(verb, {"to"}) if p.lower_ in _AUDIENCES]  # "speaking to reporters in Paris"
    # "in Paris", and "Speaking from Stockholm, McConnell said": where the speaker spoke from
    preps = [c for h in [verb, *told] for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
    preps += [c for h in [verb, *told] for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
    places = [p for prep in preps for o in prep.children if o.dep_ == "pobj" for p in _abroad(o, False, resolver)]
    if not places or negated(verb) or any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children):
        return  # "will speak in Beijing next week": still to come
    for holder, how in holders(actor_of(verb), frame, resolver):
        # the speaker by name, or by "he"/"she" (the person the text is about: holders.py)
        home = visit_home(holder, resolver) if holder.type == "person" and how in _SPEAKER_HOWS else None
        for place in places if home is not None else []:
            if away_from(home, place, resolver):
                yield Found(holder, "visited", Target(place.label, place), verb, "spoke_abroad", 0.55)


_SPEAKER_HOWS = frozenset({"subject", "pronoun"})
# "made the announcement from Davos": a speech made (its verb and noun), where the speaker was
SPEECH_MADE_VERBS = words("event_forms", "speech_made_verbs")
_SPEECH_NOUNS = words("event_forms", "speech_nouns")
_TO_COME = frozenset({"will", "shall", "would", "'ll", "to", "could", "may", "might", "should"})
def _places_in(heads: list[Token]) -> list[Token]:
    """The places named "in" on these words."""
    return [
        p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"
    ]


# Gatherings one is "in": "In a bilateral meeting held in Rio, Xi remarked"
_MEETINGS_IN = frozenset({"meeting", "talks", "session"})
# Those told in a place: "told reporters in Beijing"
_AUDIENCES = frozenset({"reporters", "journalists", "media", "press", "correspondents", "newsmen", "audience"})


# Gatherings a later "the summit", "the event" may stand for: where it was held is told before
_SAME_GATHERINGS = frozenset({"summit", "forum", "conference", "meeting", "event", "session", "congress", "assembly"})


def _told_before(noun: Token) -> bool:
    """ "at the event", "at this summit": a gathering with no words of its own besides its
    article, the one the text told of before (attendance.note_gathering remembers its place)."""
    bare = all(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in noun.children)
    return noun.lemma_.lower() in _SAME_GATHERINGS and any(noun.children) and bare


def appearance_abroad(
    token: Token, frame: Frame, resolver: Resolver, words: dict[str, frozenset[str]]
) -> Iterator[Found]:
    """A person who speaks or acts at or during an event in a place away from their own country
    (known from their office, stated or the lexicon's) visited that place; with no office known,
    nothing is said. A speech may be told as to come ("will say at a conference in X": the
    speaker's own plan); another act is told as done."""
    told = token.dep_ in {"dobj", "obj"} and token.head.lemma_.lower() == "tell"  # "told a news conference in Beirut"
    if not told and (token.dep_ != "pobj" or token.head.lower_ not in {"at", "during", "in"}):
        return  # "said at a news conference in Harbin", "During a press conference in Paris, Lula said"
    if token.head.lower_ == "in" and token.lemma_.lower() not in _MEETINGS_IN:
        return  # "in a meeting": at one; not "in the event of", "in a ceremony" told of others
    verb = token.head if told else token.head.head
    if verb.pos_ != "VERB" or negated(verb) or irrealis(verb) or speculative(verb):
        return
    to_come = any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children)
    if verb.lemma_.lower() not in words["appearance_verbs"] and to_come:
        return  # any act done there shows presence ("At a meeting in Panama City, Petro suggested")
    # "a meeting of regional leaders in Panama City": the place may hang on those it is "of";
    # "a meeting held on the sidelines of the G20 summit in Rio": on the gathering it was held at
    held = [token, *(c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() == "hold")]
    named = _places_in([token, *prep_objects(token, {"of"})])
    places = [a for p in named if (a := resolver.resolve(p)) is not None and a.type == "state"]
    # further down, only a place the lexicon knows ("at the presidential palace in Las Garzas" may be at home)
    further = _places_in([*held[1:], *(s for h in held for s in _settings(h))])
    places += [a for p in further for a in _abroad(p, False, resolver)]
    if not places and _told_before(token) and resolver.gathering_place is not None:
        places = [resolver.gathering_place]  # "speaking at the event": the summit told of before, "in Sochi"
    if told:  # only a place the lexicon knows: "told a conference in Herzliya" may be at home
        places = [a for a in places if resolver.gazetteer.find(a.label) or resolver.gazetteer.city(a.label)]
    # "said X, speaking at the event": the name the participle is set off from (gerunds.actor_of)
    for holder, how in holders(actor_of(verb), frame, resolver):
        home = visit_home(holder, resolver) if holder.type == "person" else None
        if home is None:
            continue
        for place in places:
            if away_from(home, place, resolver):
                yield Found(holder, "visited", Target(place.label, place), token, f"appearance/{how}", 0.55)
