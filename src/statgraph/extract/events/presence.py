"""Forces told present in a place: deployed_to from a place held by a demonym's force
("Russian-occupied Crimea", "the Houthi-controlled areas of Yemen"), from forces a state hosts
("Japan hosts about 54,000 US troops", "Djibouti hosts a Chinese naval base"), from forces said
to be present ("Turkish soldiers are present in northern Iraq") and from a military presence
("Russia's military presence in Syria", "the US maintains a military presence in Iraq"), and
from forces that are in a place or were killed there ("Russian troops are in Belarus", "two
French soldiers were killed in Mali").

A place held by armed force, or forces kept in it, is a deployment to that place
(bench/realtext/CONVENTIONS.md). The word lists are ontology/event_forms.toml's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, prep_objects, subject_of
from ..found import Found
from ..moods import irrealis, negated, speculative
from .aggression import PRESENT_NOUNS, force_place, unreal
from .deployments import military_owner

if TYPE_CHECKING:
    from spacy.tokens import Token

HELD_WORDS = words("event_forms", "held_words")
HOST_FORCE_VERBS = words("event_forms", "host_force_verbs")
CASUALTY_VERBS = words("event_forms", "casualty_verbs")
PRESENCE_NOUNS = words("event_forms", "presence_nouns")
_MILITARY_WORDS = words("event_forms", "military_words")
_KEEP_VERBS = words("event_forms", "keep_verbs") | words("event_forms", "presence_verbs")
_FORCE_TYPES = frozenset({"state", "group", "organization"})
_PLACE_PREPS = frozenset({"in", "inside", "at", "on"})


def held_place(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Russian-occupied Crimea", "the Israeli-occupied West Bank", "the Russian-occupied
    regions of Ukraine": a place held by a force named before the hyphen (`token`: one of
    held_words, a modifier of the place); a name with capitals ("Indian Illegally Occupied
    Jammu and Kashmir") or "the occupied territories", with no holder, is not read."""
    if token.dep_ != "amod" or token.i < 2 or token.doc[token.i - 1].text not in {"-", "–"}:
        return
    holder_word = token.doc[token.i - 2]
    if holder_word.head.i != token.i or holder_word.dep_ not in {"npadvmod", "compound", "nmod", "amod"}:
        return
    actor = resolver.gazetteer.demonym(holder_word.text) or resolver.gazetteer.find(holder_word.text)
    owner = resolver.actor(actor) if actor is not None else None
    if owner is None or owner.type not in _FORCE_TYPES:
        return
    place_word = token.head
    places = [force_place(place_word, resolver)]
    if places[0] is None and place_word.pos_ == "NOUN":  # "the Russian-occupied regions of Ukraine"
        places = [force_place(p, resolver) for p in prep_objects(place_word, {"of"})]
    yield from _deployed(owner, [p for p in places if p is not None], token, "held_place")


def hosted_forces(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Japan hosts about 54,000 US troops", "Djibouti hosts a Chinese naval base": the owner of
    the forces a state hosts is deployed in that state (`token`: a verb of host_force_verbs, an
    act done; "is ready to host US troops" is not)."""
    forces = [f for c in token.children if c.dep_ in {"dobj", "obj"} if (f := forces_named(c)) is not None]
    if not forces:
        return
    subject = subject_of(token)  # "Kyrgyzstan and Tajikistan host Russian bases": each host
    sides = [subject, *conjuncts(subject)] if subject is not None else []
    hosts = list({a.id: a for t in sides for a, _ in holders(t, frame, resolver) if a.type == "state"}.values())
    for owner in (o for f in forces for o in military_owner(f, frame, resolver)):
        yield from _deployed(owner, hosts, token, "hosted_forces")


def present_forces(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Turkish soldiers are present in northern Iraq", "NATO forces remain present in Kosovo":
    forces with an owner said to be present in a place are deployed there (`token`: "present")."""
    if token.lower_ != "present" or token.dep_ != "acomp" or token.head.pos_ not in {"AUX", "VERB"}:
        return
    verb = token.head
    subject = forces_named(subject_of(verb))
    if subject is None or _unsure(verb):
        return
    places = [p for t in prep_objects(token, _PLACE_PREPS) if (p := force_place(t, resolver)) is not None]
    for owner in military_owner(subject, frame, resolver):
        yield from _deployed(owner, places, token, "present_forces")


def forces_being_in(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Russian troops are in Belarus", "US forces have been in Syria since 2015": forces with an
    owner that are in a place are deployed there (`token`: "be"; not asked, denied or supposed)."""
    subject = forces_named(subject_of(token))
    if subject is None or _unsure(token) or token.sent[-1].text == "?":
        return
    places = [p for t in prep_objects(token, {"in", "inside"}) if (p := force_place(t, resolver)) is not None]
    for owner in military_owner(subject, frame, resolver) if places else []:
        yield from _deployed(owner, places, token, "forces_being_in")


def forces_hit(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Two French soldiers were killed in Mali", "three US soldiers were killed in a drone strike
    in Jordan", "Israeli troops died in Gaza": forces with an owner killed or wounded in a place
    were there (`token`: a verb of casualty_verbs, an act done; the forces its passive subject, or
    the subject of "die")."""
    said = subject_of(token)
    passive = said is not None and said.dep_ == "nsubjpass"
    subject = forces_named(said)
    if subject is None or not passive and token.lemma_.lower() != "die":
        return
    places = [p for t in prep_objects(token, {"in"}) if (p := force_place(t, resolver)) is not None]
    if not places:  # "in a drone strike in Jordan": the place of the event named
        events = [t for t in prep_objects(token, {"in"}) if t.pos_ == "NOUN"]
        places = [p for e in events for t in prep_objects(e, {"in"}) if (p := force_place(t, resolver)) is not None]
    for owner in military_owner(subject, frame, resolver) if places else []:
        yield from _deployed(owner, places, token, "forces_hit")


def military_presence(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Russia's military presence in Syria", "the US naval presence in the Gulf", "the US
    maintains a military presence in Iraq": a presence said military, with an owner, in a named
    place (`token`: one of presence_nouns); "China's presence in Africa" is no deployment; "the
    presence of Russian troops in Transnistria": forces after "of" make it military and name its owner."""
    forces = [f for p in prep_objects(token, {"of"}) if (f := forces_named(p)) is not None]
    if not forces and not any(c.lower_ in _MILITARY_WORDS for c in token.children if c.dep_ in {"amod", "compound"}):
        return
    verb = token.head
    kept = token.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in _KEEP_VERBS
    if kept and _unsure(verb) or not kept and unreal(token):
        return  # "a possible military presence", "does not maintain a military presence"
    carriers = [token, *forces]
    places = [p for c in carriers for t in prep_objects(c, _PLACE_PREPS) if (p := force_place(t, resolver)) is not None]
    if not places:
        return
    owners = [o for f in forces for o in military_owner(f, frame, resolver)] or _presence_owners(token, frame, resolver)
    if not owners and kept:  # "the US maintains a military presence in Iraq": the subject's
        owners = [a for a, _ in holders(subject_of(verb), frame, resolver)]
    for owner in owners:
        yield from _deployed(owner, places, token, "military_presence")


def _presence_owners(token: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """Whose presence: a demonym or a name ("the US military presence"), a possessive
    ("Russia's", "its": the actor it stands for)."""
    found = military_owner(token, frame, resolver)
    if not found:
        found = [a for c in token.children if c.dep_ == "poss" for a, _ in holders(c, frame, resolver)]
    return found


def named_force(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "the United Nations Peacekeeping Force in Cyprus (UNFICYP)", "the UN Interim Force in
    Lebanon", "the EU Training Mission in Mali": a force whose name says where it serves is
    deployed there (`token`: the name's "Force" or "Mission"; a mission only with a word of
    force_name_words in its name: "the UN Assistance Mission in Afghanistan" is no force)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.pos_ != "PROPN" or token.lower_ not in _FORCE_NAME_HEADS or following is None or following.lower_ != "in":
        return  # "talks with the Rapid Support Forces (RSF) in Geneva": a place of the talks
    words = {c.lower_ for c in token.children if c.dep_ == "compound"}
    if token.lower_ == "mission" and not words & FORCE_NAME_WORDS:
        return
    places = [p for t in prep_objects(token, {"in"}) if (p := _place_in_name(t, resolver)) is not None]
    force = resolver.resolve(token) if places else None
    if force is not None and force.type in {"organization", "group"}:
        for place in places:
            yield from _deployed(force, [place], token, "named_force")


def _place_in_name(token: Token, resolver: Resolver) -> Resolved | None:
    """The place a force's name ends with ("Cyprus" in "the United Nations Peacekeeping Force in
    Cyprus", one name to the small model): by the word itself, when the lexicon knows it."""
    place = force_place(token, resolver)
    known = resolver.gazetteer.find(token.text) if place is None else None
    return resolver.actor(known) if known is not None and known.type == "state" else place


_FORCE_NAME_HEADS = frozenset({"force", "mission"})
FORCE_NAME_WORDS = words("event_forms", "force_name_words")


def _unsure(verb: Token) -> bool:
    return negated(verb) or irrealis(verb) or speculative(verb)


def _deployed(owner: Resolved, places: list[Resolved], token: Token, rule: str) -> Iterator[Found]:
    if owner.type not in _FORCE_TYPES:
        return
    for place in {p.id: p for p in places}.values():
        if place.id != owner.id:
            yield Found(owner, "deployed_to", Target(place.label, place), token, rule, 0.6)


def led_forces_in(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "the Saudi-led coalition in Yemen", "the Kenyan-led mission in Haiti", "the US-led forces
    in Iraq": the state named before "-led" leads forces in the place, and so has its own there
    (`token`: "led", a modifier of one of led_force_nouns). Not a force only planned or feared."""
    body = token.head
    if token.dep_ != "amod" or body.lemma_.lower() not in _LED_FORCE_NOUNS or unreal(body):
        return
    leaders = [c for c in token.children if c.dep_ in {"npadvmod", "compound", "nmod", "amod"} and c.i < token.i]
    states = [a for c in leaders if (a := _state_named(c, resolver)) is not None]
    places = [p for m in prep_objects(body, {"in", "into"}) if (p := force_place(m, resolver)) is not None]
    for state in states:
        for place in places:
            if place.id != state.id:
                yield Found(state, "deployed_to", Target(place.label, place), token, "led_forces_in", 0.6)


_LED_FORCE_NOUNS = words("event_forms", "led_force_nouns")


def _state_named(token: Token, resolver: Resolver) -> Resolved | None:
    """A state by its name or its demonym ("Saudi", "Kenyan")."""
    actor = resolver.resolve(token) if token.pos_ == "PROPN" else None
    if actor is None and (known := resolver.gazetteer.demonym(token.text)) is not None:
        actor = resolver.actor(known)
    return actor if actor is not None and actor.type == "state" else None


def forces_named(token: Token | None) -> Token | None:
    """The forces a noun names: one of present_nouns ("Russian troops"), or the forces after "of"
    on a noun of their number ("thousands of Russian troops", "a contingent of Kenyan police")."""
    if token is None or token.lower_ in PRESENT_NOUNS:
        return token
    if token.lemma_.lower() in _QUANTITY_NOUNS:
        return next((p for p in prep_objects(token, {"of"}) if p.lower_ in PRESENT_NOUNS), None)
    return None


_QUANTITY_NOUNS = words("event_forms", "force_quantity_nouns")
