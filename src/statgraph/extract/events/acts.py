"""Events and structure: visited here; deployed_to in deployments.py, met_with in meetings.py,
member_of in membership.py.

Notes:
    The event types align with PLOVER's MOBILIZE/DEPLOY (deployed_to), CAMEO 042/043
    (make/host a visit) and 040 (consult: met_with); see ontology/statgraph.ttl.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import INTENT_NOUNS, conjuncts, prep_objects, subject_of
from ..cues import Lexicon
from ..found import PRESUPPOSED_RULES, Found
from ..moods import irrealis, negated, speculative
from ..registry import Context, extractor
from ..sentence import heads_with_child, parts_of_speech, word_lists
from .abroad import appearance_abroad, met_abroad, visit_home
from .ahead import FUTURE_RELATIONS, TIMED_RELATIONS, set_ahead, told_to_come
from .coalition_forms import GOVERNING_NOUNS, governing_sides
from .coalitions import acts_jointly, called_allies, joint_subjects, listed_partners
from .chairs import chair, led_by
from .cooperation import acts_of_cooperation, joint_act, owned_pact, signed_by
from .deployments import DEPLOYMENT_NOUNS, deployment, deployment_in, equipping, operation, transfer
from .gerunds import actor_of
from .forms import NOUN_FORM_CUES, VERB_FORM_CUES, Made, made_per_lexicon, noun_forms, tells_nothing, token_forms, verb_forms
from .inclusion import included
from .initiatives import initiatives
from .meetings import meeting, talks_noun
from .membership import (
    ALLY_NOUNS,
    MEMBER_NOUNS,
    allies,
    joining,
    SEAT_NOUNS,
    membership_noun,
    other_members,
)
from .misparses import named_office_holder
from .places import PLACE_TYPES, listed, place_by_name, places_of
from .seats import away_from
from .visits import envoy_subject, still_to_come, visit_preps, visited_sites
from .whereabouts import set_off_in

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@extractor
def find_events(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the events a sentence reports."""
    frame, resolver, lexicon = context.frame, context.resolver, context.lexicon  # read once a sentence
    forms, lemmas = word_lists(sent)  # read off the parse's array once a sentence
    # the words with an object, read off the parse's array once a Doc (`_may_tell`)
    objects = heads_with_child(sent, "dobj") | heads_with_child(sent, "obj")
    for token, form, lemma, pos in zip(sent, forms, lemmas, parts_of_speech(sent), strict=True):
        if tells_nothing(form, lemma, pos):
            continue  # most words: no generator made for them
        for found in _token_events(token, (form, lemma, pos), frame, resolver, lexicon, objects):
            # "Macron visits Beijing next week", "six countries will join BRICS": an event told at
            # a time still ahead, or a membership with a future auxiliary, is none yet
            if found.relation in TIMED_RELATIONS and found.rule not in PRESUPPOSED_RULES and set_ahead(found.cue):
                continue
            if found.relation not in FUTURE_RELATIONS or found.rule in PRESUPPOSED_RULES or not told_to_come(found.cue):
                yield found


def _token_events(
    token: Token,
    strings: tuple[str, str, str],
    frame: Frame,
    resolver: Resolver,
    lexicon: Lexicon,
    objects: frozenset[int],
) -> Iterator[Found]:
    """The events a word tells: by its verb, noun or name, and by the forms of event_forms.toml
    (`strings`: the word's lower-case form, lower-case lemma and part of speech; `objects`: the
    places of the Doc's words with an object)."""
    events = lexicon.events
    form, lemma, pos = strings
    if pos == "VERB" and _may_tell(token, lemma, lexicon, token.i in objects) and _done(token, events):
        yield from _verb_events(token, lemma, frame, resolver, lexicon)
    elif pos == "NOUN" and (lemma in events["member_of"]["nouns"] or form in SEAT_NOUNS):
        yield from membership_noun(token, frame, resolver, lexicon)
    if form == "led" and token.dep_ == "acl":
        yield from led_by(token, resolver)
    if pos == "PROPN" and token.ent_type_ == "PERSON" and token.i + 1 < len(token.doc) and token.nbor().text == ",":
        yield from set_off_in(token, frame, resolver)  # "X, currently in China, said"
    if pos == "PROPN" and lemma in events["met_with"]["gatherings"]:
        yield from talks_noun(token, frame, resolver, lexicon)
    if pos == "PROPN" and lemma in events["member_of"]["chair_nouns"] and (_of_phrase(token) or _owned(token, events)):
        yield from chair(token, frame, resolver)  # "assumed the Chair of the Pacific Islands Forum"
    if pos == "NOUN" and (lemma in _noun_cues(lexicon) or form in _noun_cues(lexicon)):
        yield from _noun_events(token, lemma, frame, resolver, lexicon)  # most nouns: none made
    yield from token_forms(token, frame, resolver, form, pos)  # forms.py: event_forms.toml


def _may_tell(verb: Token, lemma: str, lexicon: Lexicon, has_object: bool) -> bool:
    """Whether a verb may tell an event: a lemma of the lists `_verb_events` reads, an act done
    jointly, or a verb with an object (`acts_of_cooperation` resolves the subject of every verb of an
    act done with an object, and what that notes in the discourse state is read later: "the
    Council"). Any other verb tells none, so its mood (`_done`, a walk of its clause) is not read."""
    return (
        lemma in _verb_cues(lexicon)
        or has_object  # a child "dobj" or "obj"
        or acts_jointly(verb)
    )


_CUES: Made = {}


def _verb_cues(lexicon: Lexicon) -> frozenset[str]:
    """The verb lemmas an event reader may look for, made once per lexicon: every verb list of
    cues.toml's event sections ("verbs" and any "..._verbs", so a list added there is read
    without a change here) and event_forms.toml's (`VERB_FORM_CUES`)."""

    def make(events: dict) -> frozenset[str]:
        lists = (listed for section in events.values() for name, listed in section.items()
                 if name == "verbs" or name.endswith("_verbs"))
        return frozenset({"lead"}).union(VERB_FORM_CUES, _STOPOVER_VERBS, *lists)

    return made_per_lexicon(_CUES, lexicon, make)


_NOUN_CUES: Made = {}


def _noun_cues(lexicon: Lexicon) -> frozenset[str]:
    """The lemmas and words `_noun_events` (with `noun_forms`) reads a common noun by, made once per
    lexicon: a noun of none of them tells no event. A list read there is to be added here."""

    def make(events: dict) -> frozenset[str]:
        lists = [events["member_of"].get(name, ()) for name in ("chair_nouns", "nouns")]
        lists += [events["visited"].get(name, ()) for name in ("nouns", "events_abroad")]
        lists += [events["met_with"].get(name, ()) for name in ("gatherings", "nouns")]
        lists += [events["cooperates_with"].get(name, ()) for name in ("joint_nouns", "pact_nouns")]
        lists += [events["deployed_to"].get(name, ()) for name in ("transfer_nouns", "nouns")]
        fixed = MEMBER_NOUNS | ALLY_NOUNS | GOVERNING_NOUNS | DEPLOYMENT_NOUNS | NOUN_FORM_CUES | {"signing"}
        return fixed.union(*lists)

    return made_per_lexicon(_NOUN_CUES, lexicon, make)


def _of_phrase(token: Token) -> bool:
    """Whether a noun has an "of" phrase ("the Chair of the Forum", not "Council Chairman X")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _owned(token: Token, events: dict[str, dict[str, frozenset[str]]]) -> bool:
    """Whether a chair held by a body has an owner ("Russia's Arctic Council Chairmanship"; not a
    person's title: "Sudan's Sovereign Council Chairman X")."""
    held = events["member_of"].get("held_chair_nouns", ())
    return token.lower_ in held and any(c.dep_ == "poss" for c in token.children)


def _intended(verb: Token, events: dict[str, dict[str, frozenset[str]]]) -> bool:
    """Whether a verb's act is only intended, refused or asked for: "Sweden's bid to join NATO",
    "refused to send weapons", "plans to deploy", "hopes to join the OECD"."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS:
        return True
    refusals = events["events"].get("refusals", ())
    # the small model may lemmatize "hopes" as "hop": its third-person form is read too
    return verb.dep_ == "xcomp" and (
        verb.head.lemma_.lower() in refusals or verb.head.lower_.removesuffix("s") in refusals
    )


def _done(verb: Token, events: dict[str, dict[str, frozenset[str]]]) -> bool:
    """Whether a verb tells of an act done: not negated, unreal, speculated, intended or a topic."""
    return not (
        negated(verb)
        or verb.dep_ == "xcomp"
        and negated(verb.head)  # "Europe does not need to send soldiers"
        or irrealis(verb)
        or speculative(verb)
        or _intended(verb, events)
        or _topic(verb)
    )


def _verb_events(token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The events of a verb of an act done, by the word lists of cues.toml."""
    if lemma not in _verb_cues(lexicon):
        # a verb of no event list: only a joint act (cooperation.py, coalitions.joint_subjects)
        yield from acts_of_cooperation(token, frame, resolver, lexicon)
        yield from joint_subjects(token, frame, resolver)
        return
    events = lexicon.events
    if lemma in events["deployed_to"]["verbs"]:
        yield from deployment(token, frame, resolver, lexicon)
    if lemma in events["deployed_to"].get("operation_verbs", ()):
        yield from operation(token, frame, resolver, lexicon)
    if lemma in events["deployed_to"].get("equip_verbs", ()):
        yield from equipping(token, frame, resolver, lexicon)
    visiting = lemma in events["visited"]["verbs"] or lemma in _STOPOVER_VERBS
    if visiting and not forecast(token, events["visited"].get("forecasts", ())):
        yield from _visit(token, frame, resolver)
    if lemma in events["met_with"]["verbs"]:
        yield from meeting(token, frame, resolver, lexicon)
    if lemma in events["member_of"]["verbs"] and not _intended(token, events):
        yield from joining(token, frame, resolver)  # "requested to join BRICS" is no membership
    yield from acts_of_cooperation(token, frame, resolver, lexicon)
    yield from initiatives(token, frame, resolver, lexicon)
    if lemma in events["member_of"].get("include_verbs", ()):
        yield from included(token, frame, resolver, events["member_of"].get("hedges", frozenset()))
    yield from verb_forms(token, lemma, frame, resolver, lexicon)


def _noun_events(token: Token, lemma: str, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The events of a common noun: members, allies, chairs, visits, talks, joint acts, transfers."""
    events = lexicon.events
    if lemma in MEMBER_NOUNS:
        yield from other_members(token, resolver)
    if token.lower_ in ALLY_NOUNS:
        yield from allies(token, frame, resolver)
        yield from called_allies(token, frame, resolver)
        yield from listed_partners(token, frame, resolver)
    if lemma in events["member_of"]["chair_nouns"]:
        yield from chair(token, frame, resolver)
    if lemma in events["visited"]["nouns"]:
        yield from _visit_noun(token, frame, resolver)
    if lemma in events["visited"]["events_abroad"]:
        yield from appearance_abroad(token, frame, resolver, events["visited"])
    if lemma in events["met_with"]["gatherings"] or token.lower_ in events["met_with"]["nouns"]:
        yield from talks_noun(token, frame, resolver, lexicon)
    ties = events["cooperates_with"]  # each reader behind its own opening test
    if lemma in GOVERNING_NOUNS:
        yield from governing_sides(token, frame, resolver)  # "in coalition with", "the ÖVP-Green coalition"
    if lemma in ties.get("joint_nouns", ()):
        yield from joint_act(token, frame, resolver, lexicon)
    if lemma in ties.get("pact_nouns", ()):
        yield from owned_pact(token, frame, resolver, lexicon)
    if token.lower_ == "signing":
        yield from signed_by(token, resolver)  # "the signing of the declaration by A and B"
    if lemma in events["deployed_to"]["transfer_nouns"]:
        yield from transfer(token, frame, resolver, lexicon)
    if lemma in DEPLOYMENT_NOUNS or token.lower_ in DEPLOYMENT_NOUNS:
        yield from deployment_in(token, frame, resolver, lexicon)
    yield from noun_forms(token, frame, resolver, lexicon)


def _topic(token: Token) -> bool:
    """Whether a verb names what a noun is about, not an act: "its ban on supplying weapons to
    Ukraine", "the issue of sending troops" (not "after meeting Xi", under a verb)."""
    prep = token.head
    return token.tag_ == "VBG" and token.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN"


def _visit(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    lemma = token.lemma_.lower()
    places: list[Resolved] = []
    if lemma in {"visit", "tour"}:
        obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
        if obj is not None:  # "visited Kampala and Kigali": each place
            places = [p for t in listed(obj) if (p := _visited_place(t, resolver)) is not None]
    elif lemma in {"travel", "fly", "arrive", "land", "go", "come", "flee"}:
        places = [p.actor for p in places_of(token, resolver) if p.actor is not None]
    elif _stopover(token, lemma):  # "stopped in Doha on his way to Israel": only where it stopped
        places = [a for t in prep_objects(token, {"in", "at"}) if (a := _visited_place(t, resolver)) is not None]
    people = _visited_people(token) if lemma == "visit" else []
    sites = visited_sites(token) if lemma in {"visit", "tour"} else []
    subject = named_office_holder(actor_of(token), resolver)  # "Rwanda's foreign minister X": X
    for holder, how in holders(subject, frame, resolver):
        for place in places:
            if (holder.type == "person" or _envoy_of(token, subject, holder)) and place.id != holder.id:
                yield Found(holder, "visited", Target(place.label, place), token, f"visit/{how}", 0.7)
        for site in sites if holder.type == "person" else []:  # "visited the Natanz nuclear site"
            yield Found(holder, "visited", Target(site.label, site), token, f"visit_site/{how}", 0.6)
        # "Ruto visited Abiy Ahmed at his office": who visits a person meets them (and, "in
        # Buenos Aires", visited the place if it is abroad)
        for person in (a for t in people if (a := resolver.resolve(t)) is not None and a.type == "person"):
            if person.id != holder.id and holder.type in {"person", "state"}:
                yield Found(holder, "met_with", Target(person.label, person), token, f"visited_person/{how}", 0.6)
                yield from met_abroad(holder, token, resolver)


def _visited_people(verb: Token) -> list[Token]:
    """The people a visit verb's object names ("visited Abiy Ahmed and his ministers")."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    return [t for t in ([obj, *conjuncts(obj)] if obj is not None else []) if t.ent_type_ == "PERSON"]


def _stopover(verb: Token, lemma: str) -> bool:
    """ "Blinken stopped in Doha": a stop with no object, at a place (not "stopped the war in Gaza")."""
    return lemma in _STOPOVER_VERBS and not any(c.dep_ in {"dobj", "obj", "xcomp", "prt"} for c in verb.children)


_STOPOVER_VERBS = words("event_forms", "stopover_verbs")


def _envoy_of(verb: Token, subject: Token | None, holder: Resolved) -> bool:
    """ "The Prime Minister of Pakistan visited Kabul", "a Hamas delegation flew to Cairo": an
    office or a delegation named by no person is its state or organisation, which made the visit
    (told as done: "was due to travel", "representatives travel to The Hague" are not)."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ == "xcomp":
        return False
    return envoy_subject(subject, holder)


def forecast(token: Token, words: frozenset[str]) -> bool:
    """Whether a visit is only forecast: "is expected to visit Jeddah", "is likely to travel to
    Paris" (a visit that "will" happen, announced, is still stated)."""
    head = token.head
    return token.dep_ == "xcomp" and head.i != token.i and head.lemma_.lower() in words


def _visited_place(token: Token, resolver: Resolver) -> Resolved | None:
    if token.ent_type_ in PLACE_TYPES:
        place = resolver.resolve(token)
        if place is not None and place.type == "organization":  # "visited Brussels": the city, not the EU
            name = resolver.name_span(token).text
            return Resolved(mint_id(name), name, "state")
        return place
    known = resolver.gazetteer.find(resolver.name_span(token).text) if token.pos_ == "PROPN" else None
    if known is not None and (token.ent_type_ == "PERSON" or known.type == "state"):
        # "visited Tbilisi", tagged a person by the small model: a capital the lexicon knows;
        # "his visit to the White House", "to the Kremlin", tagged a body: a seat of a state's power
        place = resolver.resolve(token)
        return place if place is not None and place.type == "state" else None
    return place_by_name(token, resolver, person_tag=False)


def _agent(noun: Token) -> Token | None:
    """ "a visit to Taiwan by X": the person after "by", on the noun or, misplaced by the parser,
    on the active verb whose object the noun is ("to protest a visit to Taiwan by X")."""
    heads = [noun]
    verb = noun.head
    if noun.dep_ in {"dobj", "obj"} and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        heads.append(verb)
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"):
            pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ == "PERSON" or pobj.pos_ == "PROPN" and not pobj.ent_type_):
                return pobj  # also a surname the tagger leaves unlabelled ("a trip by Ruto to Ethiopia")
    return None


def _visit_noun(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Upon his arrival from China, Lavrov ...", "Putin's visit to Beijing": visited, by
    the possessor; for "his", the clause's named subject, else the person last named."""
    places = [
        a
        for c in token.children
        if c.dep_ == "prep" and (c.lower_ in {"to", "in", "from"} or c.lower_ in visit_preps(token))
        for p in c.children
        if p.dep_ == "pobj"
        if (a := _visited_place(p, resolver)) is not None
    ]
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    # "a visit to Taiwan by then-House Speaker Nancy Pelosi": the visitor is the agent
    owner = owner or _agent(token)
    if not places or owner is None or still_to_come(token):
        return
    if owner.lower_ in {"his", "her"}:
        clause = token.head.head if token.dep_ == "pobj" else token.head
        subject = subject_of(clause) if clause.pos_ in {"VERB", "AUX"} else None
        named = subject is not None and subject.pos_ == "PROPN"
        visitor = (resolver.resolve(subject) if named else None) or resolver.person_before
    elif owner.lower_ in {"my", "our"}:
        visitor = frame.speaker  # "on our visit to Beijing", in the words of the one who made it
    else:
        visitor = resolver.resolve(owner)
    if visitor is None or visitor.type != "person" or _own_words_of(visitor, owner, frame):
        return
    home = visit_home(visitor, resolver)  # "a visit to Ethiopia by Abiy Ahmed": he is at home there
    for place in places:
        if place.id != visitor.id and (home is None or away_from(home, place, resolver)):
            yield Found(visitor, "visited", Target(place.label, place), token, "visit_noun", 0.6)


def _own_words_of(person: Resolved, owner: Token, frame: Frame) -> bool:
    """ "She said: 'his visit to the Malvinas was repudiatory'": in a speaker's quoted words,
    "his" or "her" is someone else (the speaker's own visit is "my visit")."""
    speaker = frame.speaker
    quoted = frame.voice_of(owner) == "quoted"
    return owner.lower_ in {"his", "her"} and quoted and speaker is not None and speaker.id == person.id
