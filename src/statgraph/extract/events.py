"""Events and structure: deployed_to, visited, met_with, member_of, holds_role.

Notes:
    The event types align with PLOVER's MOBILIZE/DEPLOY (deployed_to), CAMEO 042/043
    (make/host a visit) and 040 (consult: met_with); see ontology/statgraph.ttl.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..link.resolve import Resolved, Resolver
from .arguments import Target, conjuncts, holders, phrase, subject_of
from .attribution import Frame
from .cues import Lexicon
from .stance import Found, irrealis, negated, speculative

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PLACE_PREPS = frozenset({"to", "in", "into", "at", "near", "on", "inside"})
# Unnamed places troops can be sent to.
_AREA_NOUNS = frozenset(
    "territory territories region regions area areas border borders flank zone zones "
    "country countries state states sea coast island islands base bases".split()
)
_RELATIVE = frozenset({"which", "that", "who", "whom"})
_MEMBER_NOUNS = frozenset({"country", "countries", "member", "members", "state", "states", "nation", "nations"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_MEET_PREPS = frozenset({"with", "between"})


def find_events(sent: Span, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """Yield the events a sentence reports."""
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and not negated(token) and not irrealis(token) and not speculative(token):
            if lemma in lexicon.events["deployed_to"]["verbs"]:
                yield from _deployment(token, frame, resolver, lexicon)
            if lemma in lexicon.events["visited"]["verbs"]:
                yield from _visit(token, frame, resolver)
            if lemma in lexicon.events["met_with"]["verbs"]:
                yield from _meeting(token, frame, resolver)
            if lemma in lexicon.events["member_of"]["verbs"]:
                yield from _joining(token, frame, resolver)
        elif token.pos_ == "NOUN" and lemma in lexicon.events["member_of"]["nouns"]:
            yield from _membership_noun(token, frame, resolver)
        if token.pos_ == "NOUN" and lemma in _MEMBER_NOUNS:
            yield from _other_members(token, resolver)
        if token.lower_ == "led" and token.dep_ == "acl":
            yield from _led_by(token, resolver)
        if token.pos_ == "NOUN" and lemma in lexicon.events["visited"]["nouns"]:
            yield from _visit_noun(token, frame, resolver)
        if token.pos_ == "NOUN" and lemma in {
            "talk",
            "talks",
            "meeting",
            "negotiation",
            "negotiations",
        }:
            yield from _talks_noun(token, frame, resolver)


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
                    elif areas and (member.ent_type_ in _PLACE_TYPES or member.lemma_.lower() in _AREA_NOUNS):
                        if member is pobj or _named_area(member):
                            found.append(Target(phrase(member)))
                    elif depth < 3 and member.pos_ == "NOUN":
                        # "in the guise of rotation in the Baltic states": the place is further down
                        found += _places(member, resolver, areas=areas, depth=depth + 1)
        if depth and found:
            return found  # the nearest place down a chain of phrases, not every one
    return found


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
    if not owners:
        return
    places = _places(token, resolver, areas=True) + (_places(obj, resolver, areas=True) if obj is not None else [])
    for owner in owners:
        for place in places:
            if place.actor is None or place.actor.id != owner.id:
                yield Found(owner, "deployed_to", place, token, "deployment", 0.75)


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
        if obj is not None and obj.ent_type_ in _PLACE_TYPES:
            place = resolver.resolve(obj)
            places = [place] if place else []
    elif lemma in {"travel", "fly", "arrive", "go", "come"}:
        places = [p.actor for p in _places(token, resolver) if p.actor is not None]
    for holder, how in holders(subject_of(token), frame, resolver):
        for place in places:
            if holder.type == "person" and place.id != holder.id:
                yield Found(holder, "visited", Target(place.label, place), token, f"visit/{how}", 0.7)


def _meeting(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    lemma = token.lemma_.lower()
    partners: list[Resolved] = []
    if lemma in {"meet", "receive", "host"}:
        obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
        if obj is not None and lemma == "meet" or obj is not None and obj.ent_type_ == "PERSON":
            partners += [a for t in [obj, *conjuncts(obj)] if (a := resolver.resolve(t))]
    for child in token.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in _MEET_PREPS
            and lemma in {"meet", "talk", "negotiate", "confer", "speak", "communicate"}
        ):
            for pobj in [c for c in child.children if c.dep_ == "pobj"]:
                partners += [_person_or_actor(t, resolver) for t in [pobj, *conjuncts(pobj)]]
        if child.dep_ in {"dobj", "obj"} and child.lemma_.lower() in {
            "talk",
            "talks",
            "meeting",
            "negotiation",
        }:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in _MEET_PREPS:
                    partners += [
                        a
                        for p in prep.children
                        if p.dep_ == "pobj"
                        for t in [p, *conjuncts(p)]
                        if (a := resolver.resolve(t))
                    ]
    partners = [p for p in partners if p is not None]
    subject = subject_of(token)
    found = holders(subject, frame, resolver)
    if subject is not None and subject.lower_ in {"we", "i"} and frame.speaker is not None:
        found = [(frame.speaker, "speaker")]  # a delegation's meeting is its head's
    if not partners and lemma == "hold" and len(found) >= 2:
        # "Russian diplomats and their Western counterparts have held a series of talks"
        for holder, _how in found:
            for other, _ in found:
                if other.id != holder.id:
                    yield Found(holder, "met_with", Target(other.label, other), token, "mutual_talks", 0.6)
        return
    for holder, how in found:
        for partner in partners:
            if partner.id != holder.id:
                yield Found(holder, "met_with", Target(partner.label, partner), token, f"meeting/{how}", 0.7)


def _joining(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    lemma = token.lemma_.lower()
    orgs: list[Resolved] = []
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if lemma == "join" and obj is not None:
        orgs = [a for t in [obj, *conjuncts(obj)] if (a := resolver.resolve(t)) and a.type == "organization"]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "into"} and lemma in {"accede", "admit", "belong"}:
            orgs += [
                a for p in child.children if p.dep_ == "pobj" if (a := resolver.resolve(p)) and a.type == "organization"
            ]
    for holder, how in holders(subject_of(token), frame, resolver):
        for org in orgs:
            if holder.type != "person" and org.id != holder.id:
                yield Found(holder, "member_of", Target(org.label, org), token, f"joining/{how}", 0.7)


def _membership_noun(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Finland's accession to NATO", "X is a member of Y", "NATO members such as Poland"."""
    orgs = [
        a
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"of", "to", "in"}
        for p in c.children
        if p.dep_ == "pobj"
        if (a := resolver.resolve(p)) and a.type == "organization"
    ]
    holder_tokens: list[Token] = [c for c in token.children if c.dep_ == "poss"]
    if token.dep_ in {"attr"}:
        subject = subject_of(token.head)
        holder_tokens += [subject] if subject is not None else []
    for holder_token in holder_tokens:
        for holder, how in holders(holder_token, frame, resolver):
            for org in orgs:
                if holder.type != "person" and org.id != holder.id:
                    yield Found(
                        holder,
                        "member_of",
                        Target(org.label, org),
                        token,
                        f"membership/{how}",
                        0.65,
                    )


def _other_members(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "Russia, along with other CSTO countries", "China, other BRICS countries": the
    actors listed with "other ORG members" are members of ORG too."""
    if not any(c.lower_ == "other" for c in token.children if c.dep_ == "amod"):
        return
    org = next(
        (
            a
            for c in token.children
            if c.dep_ in {"compound", "nmod", "amod"}
            if (a := resolver.resolve(c)) is not None and a.type == "organization"
        ),
        None,
    )
    if org is None:
        return
    head = token.head
    listed: list[Token] = []
    if token.dep_ == "conj" or token.dep_ == "appos":
        listed = [head, *[c for c in head.children if c.dep_ == "conj" and c.i != token.i]]
    elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.lower_ in {"along", "together"}:
        listed = [head.head.head]
    elif token.dep_ == "pobj" and head.lower_ == "with" and head.head.dep_ in {"advmod", "prep"}:
        listed = [head.head.head]
    for member in listed:
        actor = resolver.resolve(member)
        if actor is not None and actor.type == "state" and actor.id != org.id:
            yield Found(actor, "member_of", Target(org.label, org), token, "other_members", 0.6)


def _led_by(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "NATO, led by the United States": the leader is a member."""
    org = resolver.resolve(token.head)
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    leader = resolver.resolve(pobj) if pobj is not None else None
    if org is not None and leader is not None and org.type == "organization" and leader.type == "state":
        yield Found(leader, "member_of", Target(org.label, org), token, "led_by", 0.55)


def _talks_noun(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Talks with Chinese President Xi Jinping": met_with, held by the subject of the
    governing verb, or the person last named (taken before the partners are resolved)."""
    holder = resolver.person_before if token.dep_ in {"nsubj", "ROOT"} else None
    if token.dep_ in {"dobj", "obj"}:
        found = holders(subject_of(token.head), frame, resolver)
        holder = found[0][0] if found else None
    partners = [
        a
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
        for t in [p, *conjuncts(p)]
        if (a := resolver.resolve(t)) is not None
    ]
    for partner in partners:
        if holder is not None and partner.id != holder.id:
            yield Found(holder, "met_with", Target(partner.label, partner), token, "talks_noun", 0.5)
    # "a meeting of the leaders of Russia and China", "talks between Moscow and Washington"
    sides = [
        a
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"of", "between"}
        for p in c.children
        if p.dep_ == "pobj"
        for a, _ in holders(p, frame, resolver)
        if a.type != "person"
    ]
    if len({a.id for a in sides}) == 2 and not partners:
        first, second = sides[0], next(a for a in sides if a.id != sides[0].id)
        for one, other in ((first, second), (second, first)):
            yield Found(one, "met_with", Target(other.label, other), token, "meeting_of", 0.5)


def _person_or_actor(token: Token, resolver: Resolver) -> Resolved | None:
    """A meeting partner: "her" and "him" are the person last named."""
    if token.lower_ in {"him", "her"}:
        return resolver.last_person
    return resolver.resolve(token)


def _visit_noun(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Upon his arrival from China, Lavrov ...", "Putin's visit to Beijing": visited, by
    the possessor; for "his", the clause's named subject, else the person last named."""
    places = [
        a
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"to", "in", "from"}
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ in _PLACE_TYPES
        if (a := resolver.resolve(p)) is not None
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
