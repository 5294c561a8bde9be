"""Events and structure: deployed_to and visited here; met_with in meetings.py, member_of in
membership.py.

Notes:
    The event types align with PLOVER's MOBILIZE/DEPLOY (deployed_to), CAMEO 042/043
    (make/host a visit) and 040 (consult: met_with); see ontology/statgraph.ttl.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..link.gazetteer import mint_id
from ..link.resolve import Resolved, Resolver
from .arguments import Target, phrase
from .attribution import Frame
from .cues import Lexicon
from .found import Found
from .holders import INTENT_NOUNS, conjuncts, holders, subject_of
from .meetings import appearance_abroad, meeting, talks_noun
from .membership import ALLY_NOUNS, MEMBER_NOUNS, allies, chair, joining, led_by, membership_noun, other_members
from .moods import irrealis, negated, speculative

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PLACE_PREPS = frozenset({"to", "in", "into", "at", "near", "on", "inside"})
# Unnamed places troops can be sent to.
_AREA_NOUNS = frozenset(
    "territory territories region regions area areas border borders flank zone zones "
    "country countries state states sea coast island islands base bases".split()
)
_RELATIVE = frozenset({"which", "that", "who", "whom"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def find_events(sent: Span, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """Yield the events a sentence reports."""
    events = lexicon.events
    for token in sent:
        lemma = token.lemma_.lower()
        intended = token.dep_ == "acl" and token.head.lemma_.lower() in INTENT_NOUNS  # "Sweden's bid to join NATO"
        if token.pos_ == "VERB" and not (negated(token) or irrealis(token) or speculative(token) or intended):
            if lemma in events["deployed_to"]["verbs"]:
                yield from _deployment(token, frame, resolver, lexicon)
            if lemma in events["visited"]["verbs"]:
                yield from _visit(token, frame, resolver)
            if lemma in events["met_with"]["verbs"]:
                yield from meeting(token, frame, resolver, lexicon)
            if lemma in events["member_of"]["verbs"]:
                yield from joining(token, frame, resolver)
        elif token.pos_ == "NOUN" and lemma in events["member_of"]["nouns"]:
            yield from membership_noun(token, frame, resolver)
        if token.lower_ == "led" and token.dep_ == "acl":
            yield from led_by(token, resolver)
        if token.pos_ == "PROPN" and lemma in events["met_with"]["gatherings"]:
            yield from talks_noun(token, frame, resolver, lexicon)
        if token.pos_ != "NOUN":
            continue
        if lemma in MEMBER_NOUNS:
            yield from other_members(token, resolver)
        if token.lower_ in ALLY_NOUNS:
            yield from allies(token, frame, resolver)
        if lemma in events["member_of"]["chair_nouns"]:
            yield from chair(token, frame, resolver)
        if lemma in events["visited"]["nouns"]:
            yield from _visit_noun(token, frame, resolver)
        if lemma in events["visited"]["events_abroad"]:
            yield from appearance_abroad(token, frame, resolver, events["visited"])
        if lemma in events["met_with"]["gatherings"] or token.lower_ in events["met_with"]["nouns"]:
            yield from talks_noun(token, frame, resolver, lexicon)
        if lemma in events["deployed_to"]["transfer_nouns"]:
            yield from _transfer(token, frame, resolver, lexicon)


def _places(token: Token, resolver: Resolver, *, areas: bool = False, depth: int = 0) -> list[Target]:
    """Places a predicate points to: "to Kazakhstan", "in Iraq"; with `areas`, also
    unnamed areas ("on the territories adjacent to Ukraine", "near our borders")."""
    found = []
    for child in token.children:
        if depth and child.dep_ == "prep" and child.lower_ == "of":
            for pobj in [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]:
                found += _places(pobj, resolver, areas=areas, depth=depth + 1)
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS | ({"near", "along", "around"} if areas else set()):
            for pobj in [c for c in child.children if c.dep_ == "pobj"]:
                for member in [pobj, *conjuncts(pobj)]:
                    actor = (
                        resolver.resolve(member) if member.ent_type_ in _PLACE_TYPES or member.pos_ == "PROPN" else None
                    )
                    if actor is not None and actor.type in {"state", "group", "organization"}:
                        found.append(Target(actor.label, actor))
                    elif areas and (place := _place_by_name(member, resolver)) is not None:
                        found.append(Target(place.label, place))
                    elif areas and (member.ent_type_ in _PLACE_TYPES or member.lemma_.lower() in _AREA_NOUNS):
                        if member is pobj or _named_area(member):
                            found.append(Target(phrase(member)))
                    elif depth < 3 and member.pos_ == "NOUN":
                        # "in the guise of rotation in the Baltic states": the place is further down
                        found += _places(member, resolver, areas=areas, depth=depth + 1)
        if depth and found:
            return found  # the nearest place down a chain of phrases, not every one
    return found


# Words that make a name an organisation's or an undertaking's, not a place's.
_ORGANIZATION_WORDS = frozenset(
    "company corporation corp inc ltd group agency ministry council union bank university institute "
    "association party committee commission organization organisation foundation fund forces army "
    "operation exercise exercises drill drills mission summit plan program programme initiative".split()
)


def _place_by_name(token: Token, resolver: Resolver, *, person_tag: bool = True) -> Resolved | None:
    """A place the small model mistakes for a person or an organisation ("troops to eastern
    Ladakh", "a visit to Arunachal Pradesh"): a proper name after a preposition of place that
    no known actor, no person named before and no organisation word claims; one tagged as a
    person only with `person_tag` (troops are sent to places; a visit may be to a person)."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ({"PERSON", "ORG", ""} if person_tag else {"ORG"}):
        return None
    name = resolver.name_span(token)
    words = [t for t in name if t.lower_ not in {"the", "a", "an"}]
    if not words or any(t.lower_ in _ORGANIZATION_WORDS or not t.text[:1].isupper() for t in words):
        return None
    text = " ".join(t.text for t in words)
    # a surname of someone named in full before ("Khan" after "Ahmed Khan"), not this name itself
    named = [resolver.surnames[t.text] for t in words if t.text in resolver.surnames]
    if resolver.gazetteer.find(text) is not None or any(p.label != text for p in named):
        return None
    if token.ent_type_ == "PERSON" and len(words) > 1:
        return None  # "to Ahmed Khan": a person's full name
    return Resolved(mint_id(text), text, "state")


def _named_area(token: Token) -> bool:
    """ "other countries" in a list of places is no place of its own; "the Black Sea region" is."""
    return (
        any(
            c.dep_ in {"compound", "prep"} or c.dep_ == "amod" and c.lower_ not in {"other", "many", "several"}
            for c in token.children
        )
        or token.ent_type_ in _PLACE_TYPES
    )


def _military_owner(noun: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """Whose troops: "Russian peacekeepers", "the peacekeepers of the CSTO", "NATO forces"."""
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"}:
            actor = resolver.gazetteer.demonym(child.text) or resolver.gazetteer.find(resolver.name_span(child).text)
            if actor is not None:
                return [resolver.actor(actor)]
            if child.lower_ in {"our"} and frame.behalf:
                return [frame.behalf]
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            actor = resolver.resolve(pobj) if pobj is not None else None
            if actor is not None:
                return [actor]
    return []


def _deployment(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Russia sent troops to X", "NATO is building up its troops on the territories of X",
    "Russian peacekeepers appeared in X", "American troops, which remain in X"."""
    military = lexicon.events["deployed_to"]["nouns"]
    subject = subject_of(token)
    if subject is not None and subject.lower_ in _RELATIVE and token.dep_ == "relcl":
        subject = token.head
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    owners: list[Resolved] = []
    if obj is not None and _is_military(obj, military):
        owners = [h for h, _ in holders(subject, frame, resolver)] or _military_owner(obj, frame, resolver)
    elif subject is not None and _is_military(subject, military):
        owners = _military_owner(subject, frame, resolver)
    elif subject is not None and token.lemma_.lower() in {"deploy", "station", "invade", "mass"}:
        owners = [h for h, _ in holders(subject, frame, resolver)]
    if not owners and subject is not None and subject.dep_ == "nsubjpass" and _is_military(subject, military):
        # "bases are being set up in X by NATO": the agent's, when the text names it
        agent = next((p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        owners = [h for h, _ in holders(agent, frame, resolver)]
    if not owners:
        return
    places = _places(token, resolver, areas=True) + (_places(obj, resolver, areas=True) if obj is not None else [])
    for owner in owners:
        for place in places:
            if place.actor is None or place.actor.id != owner.id:
                yield Found(owner, "deployed_to", place, token, "deployment", 0.75)


def _transfer(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "increases the supply of longer-range weapons to the Kiev regime", "Washington's deliveries
    of arms to Taiwan": the owner of the transfer, or whoever steps it up, deploys to the place."""
    words = lexicon.events["deployed_to"]
    cargo = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if not any(_is_military(t, words["nouns"]) for t in cargo):
        return
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    verb = token.head
    if owner is None and token.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in words["transfer_verbs"]:
        if negated(verb) or irrealis(verb) or speculative(verb):
            return
        owner = subject_of(verb)
    places = [
        p
        for c in [*token.children, *(verb.children if token.dep_ in {"dobj", "obj"} else [])]
        if c.dep_ == "prep" and c.lower_ in {"to", "into"}
        for pobj in c.children
        if pobj.dep_ == "pobj"
        for p in _places_named(pobj, resolver)
    ]
    for holder, how in holders(owner, frame, resolver):
        for place in places:
            if holder.type != "person" and place.id != holder.id:
                yield Found(holder, "deployed_to", Target(place.label, place), token, f"transfer/{how}", 0.6)


def _places_named(token: Token, resolver: Resolver) -> list[Resolved]:
    """The states a place phrase names: "Ukraine and Moldova", "the Kiev regime"."""
    found = []
    for member in [token, *conjuncts(token)]:
        actor = resolver.resolve(member)
        if actor is not None and actor.type == "state":
            found.append(actor)
    return found


def _is_military(token: Token, military: frozenset[str]) -> bool:
    return (
        token.lower_ in military
        or token.lemma_.lower() in military
        or any(c.lower_ in military for c in token.children if c.dep_ == "conj")
    )


def _visit(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    lemma = token.lemma_.lower()
    places: list[Resolved] = []
    if lemma in {"visit", "tour"}:
        obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
        if obj is not None:
            place = _visited_place(obj, resolver)
            places = [place] if place else []
    elif lemma in {"travel", "fly", "arrive", "go", "come"}:
        places = [p.actor for p in _places(token, resolver) if p.actor is not None]
    for holder, how in holders(subject_of(token), frame, resolver):
        for place in places:
            if holder.type == "person" and place.id != holder.id:
                yield Found(holder, "visited", Target(place.label, place), token, f"visit/{how}", 0.7)


def _visited_place(token: Token, resolver: Resolver) -> Resolved | None:
    if token.ent_type_ in _PLACE_TYPES:
        return resolver.resolve(token)
    return _place_by_name(token, resolver, person_tag=False)


def _visit_noun(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Upon his arrival from China, Lavrov ...", "Putin's visit to Beijing": visited, by
    the possessor; for "his", the clause's named subject, else the person last named."""
    places = [
        a
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"to", "in", "from"}
        for p in c.children
        if p.dep_ == "pobj"
        if (a := _visited_place(p, resolver)) is not None
    ]
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if not places or owner is None:
        return
    if owner.lower_ in {"his", "her"}:
        clause = token.head.head if token.dep_ == "pobj" else token.head
        subject = subject_of(clause) if clause.pos_ in {"VERB", "AUX"} else None
        named = subject is not None and subject.pos_ == "PROPN"
        visitor = (resolver.resolve(subject) if named else None) or resolver.person_before
    else:
        visitor = resolver.resolve(owner)
    if visitor is None or visitor.type != "person":
        return
    for place in places:
        if place.id != visitor.id:
            yield Found(visitor, "visited", Target(place.label, place), token, "visit_noun", 0.6)
