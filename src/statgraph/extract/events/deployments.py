"""Deployments: deployed_to from sending forces ("Russia sent troops to X"), transfers of arms
("Washington's deliveries of arms to Taiwan"), arming a state ("provide Ukraine with Patriot
launchers") and operations staged in a place ("launched drills around Taiwan").

Notes:
    The event type aligns with PLOVER's MOBILIZE/DEPLOY; see ontology/statgraph.ttl.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words as word_list
from ..arguments import Target, phrase
from ..context.doers import doers
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, prep_objects, subject_of
from ..cues import Lexicon
from ..found import Found
from ..moods import irrealis, negated, speculative, to_infinitive
from .abroad import home_of
from .gerunds import actor_of
from .places import places_of
from .unheld import unheld

if TYPE_CHECKING:
    from spacy.tokens import Token

_RELATIVE = frozenset({"which", "that", "who", "whom"})
# forces whose demonym names who sends them: "the deployment of Kenyan police to Haiti"
_PERSONNEL = word_list("event_forms", "present_nouns") | word_list("event_forms", "personnel_nouns")


def military_owner(noun: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """Whose troops: "Russian peacekeepers", "the peacekeepers of the CSTO", "NATO forces",
    "UNIFIL troops" (a force the lexicon does not know); "CSTO peacekeepers, most of them
    Russian": the states of those that make up most of them too."""
    found: list[Resolved] = []
    lefts = [t for t in noun.doc[noun.left_edge.i : noun.i] if t.dep_ in {"amod", "compound"}]
    if len(lefts) > 1:  # "North Korean soldiers": a demonym of two words
        actor = resolver.gazetteer.demonym(noun.doc[lefts[0].i : lefts[-1].i + 1].text)
        found += [resolver.actor(actor)] if actor is not None else []
    # "the Amhara and Eritrean forces": each coordinated demonym or name before the noun
    kids = [m for c in noun.children for m in ([c, *conjuncts(c)] if c.dep_ == "amod" and c.i < noun.i else [c])]
    for child in kids if not found else ():
        if child.dep_ in {"amod", "compound", "poss", "nmod"} or child.dep_ == "conj" and child.i < noun.i:
            actor = resolver.gazetteer.demonym(child.text) or resolver.gazetteer.find(resolver.name_span(child).text)
            if actor is not None:
                found.append(resolver.actor(actor))
            elif child.lower_ in {"our"} and frame.behalf:
                found.append(frame.behalf)
            elif child.dep_ == "compound" and child.ent_type_ == "ORG" and child.i < noun.i:
                force = resolver.resolve(child)
                found += [force] if force is not None and force.type in {"organization", "group"} else []
        if child.dep_ == "prep" and child.lower_ == "of" and not found:
            found += _of_owners(child, resolver)
    found = found or _origins(noun, resolver)
    return list({a.id: a for a in found}.values())


def _origins(noun: Token, resolver: Resolver) -> list[Resolved]:
    """ "peacekeepers from Kenya", "troops from Chad and Niger": the states forces come from own
    them; not where forces are taken out of ("the withdrawal of troops from Mali")."""
    heads = [noun.head, noun.head.head] if noun.head.dep_ == "prep" else [noun.head]
    # the subject's "from" is where it comes from: "troops from Chad will withdraw from Mali"
    if noun.dep_ != "nsubj" and any(h.lemma_.lower() in _OUT_WORDS or h.lower_ in _OUT_WORDS for h in heads):
        return []
    states = [a for p in prep_objects(noun, {"from"}) for m in [p, *_listed_in_apposition(p)] if (a := resolver.resolve(m)) is not None]
    return [a for a in states if a.type == "state"]


def _listed_in_apposition(name: Token) -> list[Token]:
    """ "troops from Senegal, Burkina Faso, Mali and Chad", parsed with the second name in
    apposition to the first and the rest coordinated with it: the names of that list."""
    return [m for c in name.children if c.dep_ == "appos" and c.pos_ == "PROPN" for m in [c, *conjuncts(c)]]


# Words whose forces "from" a place leave it: "withdrew troops from Mali", "the pullout of troops from"
_OUT_WORDS = word_list("event_forms", "withdraw_verbs") | word_list("event_forms", "withdrawal_nouns") | word_list(
    "event_forms", "leave_verbs"
)


def _of_owners(prep: Token, resolver: Resolver, depth: int = 0) -> list[Resolved]:
    """ "the peacekeepers of the CSTO", "units of the armed forces of A, B and C": the actors
    after "of", each of a list, down a chain of "of" phrases."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return []
    found = [a for t in [pobj, *conjuncts(pobj)] if (a := resolver.resolve(t)) is not None]
    if not found and depth < 2 and pobj.pos_ == "NOUN":
        inner = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        found = _of_owners(inner, resolver, depth + 1) if inner is not None else []
    return found


_DECIDED_HEADS = word_list("event_forms", "sending_decided_heads")
_TOPIC_PREPS = word_list("event_forms", "topic_preps")


def sending_unsent(verb: Token) -> bool:
    """Whether a verb of sending tells a sending only decided, voted or allowed ("decided to
    deploy troops", "voted to send a force", "allows both countries to send forces"), a headline's
    plan ("Trudeau to deploy navy vessels to Haiti") or a topic spoken on ("its position on
    deploying peacekeepers"); a state saying it will send is left as sent."""
    if to_infinitive(verb):
        head = verb.head
        if verb.dep_ == "ROOT" or verb.dep_ == "acl" and head.pos_ == "PROPN":
            return True
        while head.dep_ == "conj" and head.head.i != head.i and verb.dep_ != "xcomp":
            head = head.head
        lemma = head.lemma_.lower()
        return verb.dep_ in {"xcomp", "ccomp", "acl"} and (lemma in _DECIDED_HEADS or head.lower_ in _DECIDED_HEADS)
    prep = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and prep.lower_ in _TOPIC_PREPS


def deployment(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Russia sent troops to X", "NATO is building up its troops on the territories of X",
    "Russian peacekeepers appeared in X", "American troops, which remain in X", "the operation,
    to which France has sent a frigate"."""
    words = lexicon.events["deployed_to"]
    military = words["nouns"]
    if sending_unsent(token):
        return
    subject = actor_of(token)  # also "responded by sending troops to Belarus"
    if subject is not None and subject.lower_ in _RELATIVE and token.dep_ == "relcl":
        subject = token.head
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    owners: list[Resolved] = []
    if obj is not None and _is_military(obj, military):
        owners = [h for h, _ in doers(subject, frame, resolver)] or military_owner(obj, frame, resolver)
    elif subject is not None and _is_military(subject, military):
        owners = military_owner(subject, frame, resolver)
    elif subject is not None and token.lemma_.lower() in {"deploy", "station", "invade", "mass"}:
        owners = [h for h, _ in doers(subject, frame, resolver)]
    if not owners and subject is not None and subject.dep_ == "nsubjpass" and subject.lower_ in military:
        # "units from the Russian contingent were deployed to X": the forces they come from
        forces = [f for f in prep_objects(subject, {"from"}) if f.lower_ in military or _is_military(f, military)]
        owners = [o for f in forces for o in military_owner(f, frame, resolver)]
    if not owners and subject is not None and subject.dep_ == "nsubjpass" and _is_military(subject, military):
        # "bases are being set up in X by NATO": the agent's, when the text names it
        agent = next((p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        owners = [h for h, _ in holders(agent, frame, resolver)]
    if not owners:
        return
    areas, nearer = words.get("areas", frozenset()), words.get("nearer", frozenset())
    found = places_of(token, resolver, areas=areas, nearer=nearer)
    found += places_of(obj, resolver, areas=areas) if obj is not None else []
    found += _relative_place(token, resolver)
    for owner in owners:
        for place in found:
            if place.actor is None or place.actor.id != owner.id:
                yield Found(owner, "deployed_to", place, token, "deployment", 0.75)


def _relative_place(token: Token, resolver: Resolver) -> list[Target]:
    """ "the naval operation Aspides, to which France has sent a frigate": the relative clause's
    head is where the forces go."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}]
    if token.dep_ != "relcl" or not any(p.lower_ == "which" for c in preps for p in c.children):
        return []
    head = token.head
    actor = resolver.resolve(head)
    if actor is not None and actor.type != "person":
        return [Target(actor.label, actor)]
    return [Target(phrase(head))] if head.pos_ == "PROPN" else []


def operation(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "China's military launched large-scale drills around Taiwan": forces that stage an
    operation in a place are deployed there (a verb of operation_verbs over one of operations)."""
    words = lexicon.events["deployed_to"]
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is None or obj.lemma_.lower() not in words.get("operations", frozenset()):
        return
    subject = subject_of(token)
    owners = [h for h, _ in doers(subject, frame, resolver) if h.type != "person"]
    if not owners and subject is not None and _is_military(subject, words["nouns"]):
        owners = military_owner(subject, frame, resolver)
    areas = words.get("areas", frozenset())
    found = places_of(obj, resolver, areas=areas) + places_of(token, resolver, areas=areas)
    for owner in owners:
        for place in found:
            if place.actor is None or place.actor.id != owner.id:
                yield Found(owner, "deployed_to", place, token, "operation", 0.65)


def equipping(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Germany would provide Ukraine with Patriot launchers": the state armed is where the arms go."""
    military = lexicon.events["deployed_to"]["nouns"]
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
    cargo = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    armed = token.lemma_.lower() in lexicon.events["deployed_to"].get("arming_verbs", ())
    if obj is None or not armed and not any(_is_military(t, military) for t in cargo):
        return
    if token.dep_ == "pcomp" or token.head.lemma_.lower() in {"accuse", "charge", "suspect"}:
        return  # "accused Iran of supplying the Houthis with drones": an accusation, not an act
    for holder, how in doers(subject_of(token), frame, resolver):
        for place in _places_named(obj, resolver):
            if holder.type != "person" and place.id != holder.id:
                yield Found(holder, "deployed_to", Target(place.label, place), token, f"equipping/{how}", 0.65)


def transfer(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "increases the supply of longer-range weapons to the Kiev regime", "Washington's deliveries
    of arms to Taiwan": the owner of the transfer, or whoever steps it up, deploys to the place."""
    words = lexicon.events["deployed_to"]
    cargo = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None:  # "North Korea's troop deployment to Russia": the forces before the noun
        cargo += [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    if not any(_is_military(t, words["nouns"]) for t in cargo):
        return
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
    found = holders(owner, frame, resolver)
    if owner is None and not _only_sought(token, lexicon.events["events"].get("refusals", frozenset())):
        # "the deployment of Kenyan police to Haiti": the forces' own state sends them
        found = [(a, "forces_owner") for t in cargo if t.lower_ in _PERSONNEL for a in military_owner(t, frame, resolver)]
        if not found and any(t.lower_ in _PERSONNEL for t in cargo):
            # "the deployment of troops from Kenya and Uganda to Somalia": "from" hung on the noun
            found = [(a, "forces_from") for a in _origins(token, resolver)]
    for holder, how in found:
        for place in places:
            if holder.type != "person" and place.id != holder.id:
                yield Found(holder, "deployed_to", Target(place.label, place), token, f"transfer/{how}", 0.6)


def _only_sought(noun: Token, refusals: frozenset[str]) -> bool:
    """Whether a transfer is only planned, asked for or refused: "the planned deployment of
    Kenyan police", "called for the deployment of ...", "opposed the dispatch of ..."."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return unheld(noun) or verb.lemma_.lower() in refusals or verb.lemma_.lower() in {"approve", "authorize", "authorise"}


def _places_named(token: Token, resolver: Resolver) -> list[Resolved]:
    """The states a place phrase names: "Ukraine and Moldova", "the Kiev regime"."""
    found = []
    for member in [token, *conjuncts(token)]:
        actor = resolver.resolve(member)
        if actor is not None and actor.type == "state":
            found.append(actor)
    return found


def _is_military(token: Token, military: frozenset[str]) -> bool:
    if token.lemma_.lower() in _QUANTITY_NOUNS:  # "sent thousands of troops", "a contingent of police"
        return any(_is_military(p, military) for p in prep_objects(token, {"of"}))
    return (
        token.lower_ in military
        or token.lemma_.lower() in military
        or any(c.lower_ in military for c in token.children if c.dep_ == "conj")
        or any(c.lower_ in _FORCE_COMPOUNDS for c in token.children if c.dep_ == "compound")
    )


# Nouns of a number or a body of forces named after "of": "thousands of troops", "dozens of
# warships", "a contingent of Kenyan police"
_QUANTITY_NOUNS = word_list("event_forms", "force_quantity_nouns")
# Words that make a noun after them a force: "400 police officers", "army instructors"
_FORCE_COMPOUNDS = frozenset({"army", "military", "naval", "navy", "police"})


# Nouns of forces put in place, read with a military word or forces after "of" ("troop
# deployments", "a military buildup", "the concentration of Russian forces")
DEPLOYMENT_NOUNS = word_list("event_forms", "deployment_nouns")
_MILITARY_WORDS = word_list("event_forms", "military_words")
# Verbs whose subject owns the deployment that is their object: "Thailand increased troop
# deployments along the border", "the US maintains a military deployment in the Caribbean"
_GROW_VERBS = word_list("event_forms", "keep_verbs") | word_list("event_forms", "presence_verbs") | word_list(
    "event_forms", "deployment_verbs"
)


def deployment_in(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Russia's continued military deployments in and near Ukraine", "Thailand increased troop
    deployments along the border", "a military buildup by the US Navy near Iran": a deployment
    said military, with an owner, in or near a place (`token`: one of deployment_nouns; one sent
    "to" a place is read by `transfer`)."""
    words = lexicon.events["deployed_to"]
    cargo = [p for p in prep_objects(token, {"of"}) if _is_military(p, words["nouns"])]
    modifiers = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
    if not cargo and not modifiers & _MILITARY_WORDS or prep_objects(token, {"to", "into"}):
        return
    verb = token.head if token.dep_ in {"dobj", "obj"} else None
    if verb is not None and (negated(verb) or irrealis(verb) or speculative(verb)):
        return
    if _only_sought(token, lexicon.events["events"].get("refusals", frozenset())):
        return
    areas = words.get("areas", frozenset())
    agents = [p for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    # the place may hang on the verb that keeps the deployment ("increased troop deployments
    # along the border") or on its agent ("a buildup by the US Navy near Iran")
    carriers = [token, *agents, *([verb] if verb is not None and verb.lemma_.lower() in _GROW_VERBS else [])]
    places = [p for c in carriers for p in places_of(c, resolver, areas=areas) + _joined_preps(c, resolver)]
    places = [p for p in places if p.actor is None or p.actor.type != "person"]
    owners = _deployment_owners(token, cargo, agents, verb, frame, resolver) if places else []
    for owner in owners:
        for place in places:
            if place.actor is None or place.actor.id != owner.id:
                yield Found(owner, "deployed_to", place, token, "deployment_in", 0.6)


def _joined_preps(token: Token, resolver: Resolver) -> list[Target]:
    """ "in and near Ukraine": the states after a preposition coordinated with another."""
    joined = [j for c in token.children if c.dep_ == "prep" for j in c.children if j.dep_ == "conj" and j.pos_ == "ADP"]
    found = [a for j in joined for p in j.children if p.dep_ == "pobj" if (a := resolver.resolve(p)) is not None]
    return [Target(a.label, a) for a in found if a.type == "state"]


def _deployment_owners(
    token: Token, cargo: list[Token], agents: list[Token], verb: Token | None, frame: Frame, resolver: Resolver
) -> list[Resolved]:
    """Whose deployment: a possessive ("Russia's", "its": the subject of the verb it is the object
    of), a demonym or a name ("the US military buildup"), the forces' owner ("of Russian forces"),
    the agent ("by the US Navy"), else the subject of a verb that keeps or grows it; a person's
    is their state's."""
    found: list[Resolved] = []
    for child in token.children:
        if child.dep_ == "poss":
            said = subject_of(verb) if child.pos_ == "PRON" and verb is not None else child
            found += [a for a, _ in holders(said, frame, resolver)]
    found = found or military_owner(token, frame, resolver) or [o for f in cargo for o in military_owner(f, frame, resolver)]
    found = found or [a for t in agents for a, _ in holders(t, frame, resolver)]
    if not found and verb is not None and verb.lemma_.lower() in _GROW_VERBS:
        found = [a for a, _ in doers(subject_of(verb), frame, resolver)]
    found = [home_of(a, resolver) or a if a.type == "person" else a for a in found]
    return [a for a in {a.id: a for a in found}.values() if a.type in {"state", "group", "organization"}]
