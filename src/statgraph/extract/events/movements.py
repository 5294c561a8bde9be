"""Forces moving in or out of a place: deployed_to from forces that enter or advance into a
place, leave it or fight and stay in it ("Russian forces entered Kherson", "Turkish troops
advanced into northern Syria", "French troops left Niger", "Rwandan troops are fighting in
eastern Congo") and
from forces withdrawn from one ("France withdrew its troops from Mali", "the withdrawal of
Armenian troops from Karabakh"): a withdrawal, even one demanded ("demands the withdrawal of
Armenian troops from Karabakh"), presupposes that the forces are there (the screen `requested`
still drops an act asked of another: "urged Russia to pull its forces out of Ukraine"). The word
lists are ontology/event_forms.toml's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, prep_objects, subject_above, subject_of
from ..found import Found
from ..moods import event_mood, irrealis, negated
from .aggression import PRESENT_NOUNS
from .places import TERRITORY_NOUNS, force_place
from .presence import forces_named
from .deployments import military_owner

if TYPE_CHECKING:
    from spacy.tokens import Token

ADVANCE_VERBS = words("event_forms", "advance_verbs")
WITHDRAW_VERBS = words("event_forms", "withdraw_verbs")
WITHDRAWAL_NOUNS = words("event_forms", "withdrawal_nouns")
_FORCE_TYPES = frozenset({"state", "group", "organization"})
_LEAVE_VERBS = words("event_forms", "leave_verbs")
_STAY_VERBS = words("event_forms", "stay_verbs")
_SAIL_VERBS = words("event_forms", "sail_verbs")
MOVE_VERBS = ADVANCE_VERBS | _LEAVE_VERBS | _STAY_VERBS | _SAIL_VERBS
# the place is the object: "entered Kherson", "patrolled the South China Sea"
_OBJECT_VERBS = frozenset({"cross", "enter", "intrude", "raid", "storm", "violate"}) | _SAIL_VERBS
_TRESPASS_VERBS = frozenset({"intrude", "violate"})
_INTRUDERS = words("event_forms", "intruder_nouns")
# verbs whose "in" names no place the forces are in: "Russian forces failed in their attempt",
# "US troops succeeded in ..."; a withdrawal and a leaving are read by their own rules
_NOT_THERE_VERBS = words("event_forms", "not_there_verbs") | WITHDRAW_VERBS | _LEAVE_VERBS | MOVE_VERBS


def forces_moved(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Russian forces entered Kherson", "Ukrainian troops pushed into the Kursk region", "French
    troops left Niger", "North Korean soldiers are fighting in the Kursk region": forces with an
    owner, the subject of a verb of advance, of leaving or of staying, are or were in the place
    (`token`: a verb of an act done, one of MOVE_VERBS)."""
    said = subject_of(token)
    subject = forces_named(said)  # "Russian forces", "thousands of Russian troops"
    lemma = token.lemma_.lower()
    intruder = subject is None and said is not None and said.lower_ in _INTRUDERS and lemma in ADVANCE_VERBS
    subject = said if intruder else subject  # "Russian drones crossed into Polish territory"
    if subject is None or said.dep_ == "nsubjpass":
        return
    if event_mood(token) == "speculative":
        return  # "Russian forces would be marching into the Baltic States": only supposed
    preps = {"into"} if lemma in ADVANCE_VERBS else {"in", "inside"} if lemma in _STAY_VERBS else set()
    preps |= {"through", "into", "in"} if lemma in _SAIL_VERBS else set()
    targets = prep_objects(token, preps)
    if lemma in _OBJECT_VERBS or lemma in _LEAVE_VERBS:
        targets += [t for c in token.children if c.dep_ in {"dobj", "obj"} for t in [c, *conjuncts(c)]]
    if intruder or lemma in _TRESPASS_VERBS:  # ships or drones, or "violated": into a state's territory only
        targets = [t for t in targets if t.lower_ in TERRITORY_NOUNS]
    # "soldiers from Ghana serve in the UN mission in Mali": the mission's place
    places = [p for t in targets for p in _place_or_mission_place(t, resolver)]
    yield from _deployed(military_owner(subject, frame, resolver), places, token, "forces_moved")


def forces_acting_in(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Israeli forces killed three people in Jenin", "Russian forces shelled villages in the
    Kharkiv region", "Chinese coast guard ships blocked Philippine boats near the shoal": forces
    with an owner that do an act in a place (after "in", "inside" or "near" on the verb or on its
    object) are there (`token`: any verb, read only as an act done, its subject in the active)."""
    said = subject_of(token)
    subject = forces_named(said)
    if subject is None or said.dep_ != "nsubj" or token.lemma_.lower() in _NOT_THERE_VERBS:
        return
    if negated(token) or irrealis(token) or event_mood(token) is not None or token.dep_ == "xcomp":
        return  # "Russian forces could strike targets in Kyiv", "are to train troops in Poland"
    # the place may hang on what the act was done to: "clashed with gunmen in Jenin", "fired on
    # protesters in Gaza" (not "at": "fired missiles at targets in Kyiv" may be from afar)
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}] + prep_objects(token, {"with", "on", "against"})
    targets = [t for h in [token, *objects] for t in prep_objects(h, {"in", "inside", "near"})]
    places = [p for t in targets if (p := force_place(t, resolver)) is not None]
    yield from _deployed(military_owner(subject, frame, resolver), places, token, "forces_acting_in")


def forces_withdrawn(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "France withdrew its troops from Mali", "Russia pulled its forces out of Kherson",
    "the withdrawal of Armenian troops from Karabakh": forces withdrawn from a place were there
    (`token`: one of withdraw_verbs or withdrawal_nouns)."""
    if token.pos_ == "VERB":
        forces = [f for c in token.children if c.dep_ in {"dobj", "obj"} if (f := forces_named(c)) is not None]
        said = subject_of(token)
        if not forces and said is not None and said.dep_ == "nsubj" and forces_named(said) is not None:
            forces = [forces_named(said)]  # "French troops withdrew from Niger"
    else:
        forces = [p for p in prep_objects(token, {"of"}) if p.lower_ in PRESENT_NOUNS]
        # "the U.S. forces withdrawal from Iraqi territories", "Egypt's troop withdrawal from
        # Mali": the forces before the noun
        forces += [c for c in token.children if c.dep_ == "compound" and c.lower_ in _FORCE_COMPOUNDS]
    if not forces or token.pos_ == "VERB" and negated(token):
        return
    # not the subject's "from": "troops from Chad withdrew from Mali" (deployments._origins)
    carriers = [token, *(f for f in forces if f.dep_ != "nsubj")]
    # "its last troops in Mali had withdrawn": the place the forces are said to be in
    named = _from_places(carriers) or [t for f in forces for t in prep_objects(f, {"in"})]
    places = [p for t in named for p in _place_or_mission_place(t, resolver)]
    if not places:
        return
    owners = [o for f in forces for o in _owners(f, frame, resolver)]
    if not owners and token.pos_ == "VERB":  # "France withdrew troops from Mali": the subject's
        owners = [a for a, _ in holders(subject_of(token), frame, resolver)]
    if not owners and token.pos_ != "VERB":  # "Egypt's troop withdrawal from Mali": the noun's owner
        owners = _owners(token, frame, resolver)
    yield from _deployed(owners, places, token, "forces_withdrawn")


# Words before a withdrawal noun that name the forces withdrawn: "the U.S. forces withdrawal",
# "Egypt's troop withdrawal"
_FORCE_COMPOUNDS = PRESENT_NOUNS | {"troop"}
# Nouns of a force or a mission forces serve in, in a place of its own: "withdrawing 250 troops
# from the UN peacekeeping mission in Mali"
_MISSION_NOUNS = frozenset({"contingent", "force", "mission", "operation"})


def _place_or_mission_place(token: Token, resolver: Resolver) -> list[Resolved]:
    """The place a word names, or that of the mission it names: "from Mali", "from the UN
    peacekeeping mission in Mali"."""
    place = force_place(token, resolver)
    if place is not None:
        return [place]
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _MISSION_NOUNS:
        return []
    return [p for t in prep_objects(token, {"in"}) if (p := force_place(t, resolver)) is not None]


def _owners(forces: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """Whose forces: a demonym or a name ("Armenian troops", "NATO forces"), a possessive
    ("its troops": the actor it stands for)."""
    found = military_owner(forces, frame, resolver)
    if not found:
        found = [a for c in forces.children if c.dep_ == "poss" for a, _ in holders(c, frame, resolver)]
    if not found and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in forces.children):
        # "France announced that its last troops in Mali had withdrawn": the subject above
        found = [a for a, _ in holders(subject_above(forces, 3), frame, resolver) if a.type in _FORCE_TYPES]
    return found


def _from_places(carriers: list[Token]) -> list[Token]:
    """The places after "from" or "out of" on any of the words: "withdrew its troops from Mali",
    "pull its forces out of Ukraine"."""
    found: list[Token] = []
    for carrier in carriers:
        for prep in (c for c in carrier.children if c.dep_ == "prep"):
            if prep.lower_ == "from" or prep.lower_ == "of" and carrier.lower_ == "out":
                found += [t for p in prep.children if p.dep_ == "pobj" for t in [p, *conjuncts(p)]]
            elif prep.lower_ == "out":
                found += _from_places([prep])
        if carrier.lower_ != "out":
            outs = [c for c in carrier.children if c.dep_ in {"prt", "advmod"} and c.lower_ == "out"]
            found += _from_places(outs)
    return found


def _deployed(owners: list[Resolved], places: list[Resolved], token: Token, rule: str) -> Iterator[Found]:
    for owner in {a.id: a for a in owners}.values():
        for place in places:
            if owner.type in _FORCE_TYPES and place.id != owner.id:
                yield Found(owner, "deployed_to", Target(place.label, place), token, rule, 0.6)
