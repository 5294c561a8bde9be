"""Force in a place: deployed_to from an invasion, an occupation or an annexation ("Russia's
invasion of Ukraine", "the war waged by Russia against Ukraine", "Russia annexed Crimea", "the
islands occupied by China"), and from forces in a participle clause of place ("Filipino troops
stationed at Second Thomas Shoal").

An invasion or a seizure of territory by armed force is a deployment to that place
(bench/realtext/CONVENTIONS.md). The word lists are ontology/event_forms.toml's.

Notes:
    The event type aligns with PLOVER's MOBILIZE/DEPLOY and CAMEO 19 (fight: occupy territory).
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
from .abroad import home_of
from .deployments import military_owner
from .places import TERRITORY_NOUNS, coordinated, force_place, places_of

if TYPE_CHECKING:
    from spacy.tokens import Token

AGGRESSION_NOUNS = words("event_forms", "aggression_nouns")
WAR_NOUNS = words("event_forms", "war_nouns")
ENTRY_VERBS = words("event_forms", "entry_verbs")
_CONTROL_VERBS = words("event_forms", "control_verbs")
_SEIZE_VERBS = words("event_forms", "aggression_verbs")
AGGRESSION_VERBS = (
    words("event_forms", "aggression_verbs") | words("event_forms", "wage_verbs") | ENTRY_VERBS | _CONTROL_VERBS
)
_OPERATION_NOUNS = words("event_forms", "operation_nouns")
WAGE_VERBS = words("event_forms", "wage_verbs")
GARRISON_VERBS = words("event_forms", "garrison_verbs")
PRESENT_NOUNS = words("event_forms", "present_nouns")
_KEEP_VERBS = words("event_forms", "keep_verbs")
_FORCE_PREPS = frozenset({"in", "at", "on", "inside"})
_UNREAL_HEADS = words("event_forms", "unreal_heads")
_UNREAL_MODIFIERS = words("event_forms", "unreal_modifiers")
_FIGURATIVE = words("event_forms", "figurative_modifiers")
_CAUSE_PREPS = words("event_forms", "cause_preps")
_SCARE_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "«"})
_FORCE_TYPES = frozenset({"state", "group", "organization"})


def aggression_noun(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Russia's invasion of Ukraine", "the Russian annexation of Crimea", "Russia's war of
    aggression against Ukraine", "the war waged by Russia against Ukraine": the force's owner
    is deployed to the place; not an act only feared or averted ("to deter an invasion")."""
    lemma = token.lemma_.lower()
    war = lemma in WAR_NOUNS
    military = lemma in _OPERATION_NOUNS and any(c.lower_ == "military" for c in token.children if c.dep_ == "amod")
    if not war and not military and lemma not in AGGRESSION_NOUNS or unreal(token) or _figurative(token):
        return
    if token.dep_ in {"dobj", "obj"} and speculative(token.head):
        return  # "Russia could launch an invasion of Georgia"
    preps = {"against"} if war else {"of", "in", "into", "against", "on"}
    if war and _owned(token, resolver):
        preps = preps | {"in"}  # "Moscow's ongoing war in Ukraine", not "the war in Syria"
    if _war_of_aggression(token):
        preps = preps | {"with"}  # "Russia's war of aggression with Ukraine"
    carriers = [token, *(c for c in token.children if c.dep_ == "acl")]
    doers = _of_doers(token, resolver)
    places = [
        place
        for carrier in carriers
        for member in prep_objects(carrier, preps)
        if coordinated(member) and member not in doers and (place := force_place(member, resolver)) is not None
    ]
    if not places:
        return
    owner_noun = token
    whole = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if whole is not None and whole.lemma_.lower() in WAR_NOUNS and not unreal(whole):
        owner_noun = whole  # "Russia's war of aggression against Ukraine": the war's owner
        carriers.append(whole)
    owners = _owners(owner_noun, carriers, frame, resolver)
    owners = owners or [a for t in doers for a, _ in holders(t, frame, resolver) if a.type in _FORCE_TYPES]
    for owner in owners:
        for place in places:
            if place.id != owner.id:
                yield Found(owner, "deployed_to", Target(place.label, place), token, "aggression_noun", 0.65)


def _of_doers(noun: Token, resolver: Resolver) -> list[Token]:
    """ "the aggression of Russia in Ukraine": with a place after "in", "into" or "against", the
    state after "of" is the one that acts, not the place ("the invasion of Ukraine")."""
    if not any(force_place(t, resolver) is not None for t in prep_objects(noun, {"in", "into", "against"})):
        return []
    return [t for t in prep_objects(noun, {"of"}) if t.pos_ == "PROPN" and force_place(t, resolver) is not None]


def _owned(noun: Token, resolver: Resolver) -> bool:
    """Whether a noun names whose it is by a name before it: "Moscow's war", "the Russian war"
    (not "its war", "the war")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return True
        if child.dep_ in {"amod", "compound"} and child.i < noun.i and resolver.gazetteer.demonym(child.text) is not None:
            return True
    return False


def _figurative(noun: Token) -> bool:
    """ "economic, financial and media aggression", "a trade war": a struggle of another kind."""
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
    modifiers += [g for c in modifiers for g in c.children if g.dep_ == "conj"]
    return any(m.lower_ in _FIGURATIVE for m in modifiers)


def _war_of_aggression(token: Token) -> bool:
    """ "war of aggression": the war noun with an aggression noun after "of", or that noun."""
    if token.lemma_.lower() in WAR_NOUNS:
        return any(p.lemma_.lower() in AGGRESSION_NOUNS for p in prep_objects(token, {"of"}))
    of = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return of is not None and of.head.lemma_.lower() in WAR_NOUNS and token.lemma_.lower() in AGGRESSION_NOUNS


def aggression_verb(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Russia annexed Crimea", "the islands have been occupied by China since 1974" (a verb
    of an act done, read by acts._done)."""
    if token.text[:1].isupper() and token.i > token.sent.start:
        return  # part of a name: "Indian Illegally Occupied Jammu and Kashmir"
    if token.lemma_.lower() in WAGE_VERBS:
        yield from _waged(token, frame, resolver)
        return
    if token.lemma_.lower() in ENTRY_VERBS:
        yield from _entered(token, frame, resolver)
        return
    subject = subject_of(token)
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is not None and obj.lower_ == "control" and token.lemma_.lower() in _CONTROL_VERBS:
        # "took control of Goma" (the parser may hang "of" on the verb)
        obj = next(iter(prep_objects(obj, {"of", "over"}) or prep_objects(token, {"of", "over"})), None)
    elif token.lemma_.lower() in _CONTROL_VERBS and any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children):
        pass  # "took over the capital, Sanaa": the place taken is the object
    elif token.lemma_.lower() not in _SEIZE_VERBS:
        return  # "took office"
    passive = subject is not None and subject.dep_ == "nsubjpass" or token.dep_ == "acl" and token.tag_ == "VBN"
    relative = token.dep_ == "relcl" and any(c.lower_ in {"which", "that"} for c in token.children)
    if relative and obj is not None and obj.lower_ in {"which", "that"}:
        obj = token.head  # "Crimea, which Moscow annexed in 2014"
    passive = passive or relative and any(c.dep_ == "nsubjpass" for c in token.children)
    if passive:
        agent = next((p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        # "Crimea, which was annexed by Moscow": the place the relative clause is on
        place_word = subject if subject is not None and subject.dep_ == "nsubjpass" and not relative else token.head
        owners, taken = holders(agent, frame, resolver), place_word
    elif subject is not None and subject.lower_ in _ARMED_GROUPS:
        # "the M23 rebel group captured Goma": the group its name names ("the group" alone is left)
        owners, taken = [(a, "subject") for a in _group_named(subject, resolver)], obj
    else:
        owners, taken = holders(subject, frame, resolver), obj
        if not owners and subject is not None and subject.lower_ in PRESENT_NOUNS:
            owners = [(a, "forces") for a in military_owner(subject, frame, resolver)]  # "Ukrainian forces retook X"
    if taken is None:
        return
    places = [p for t in [taken, *conjuncts(taken)] if (p := force_place(t, resolver)) is not None]
    places = places or _places_within(taken, resolver)
    for owner, how in owners:
        if owner.type not in _FORCE_TYPES:
            continue
        for place in places:
            if place.id != owner.id:
                yield Found(owner, "deployed_to", Target(place.label, place), token, f"aggression/{how}", 0.65)


def _places_within(taken: Token, resolver: Resolver) -> list[Resolved]:
    """ "seized several villages in the Donetsk region", "occupied parts of Syria": the place a
    common noun taken lies in, or is part of (one step down)."""
    members = [t for t in [taken, *conjuncts(taken)] if t.pos_ == "NOUN" and t.lemma_.lower() in _PART_NOUNS]
    found = [p for t in members for o in prep_objects(t, {"in", "of"}) if (p := force_place(o, resolver)) is not None]
    # "most of the regional capital, Goma", "swathes of Iraqi and Syrian territories"
    shares = [o for t in [taken, *conjuncts(taken)] if t.lower_ in _SHARE_WORDS for o in prep_objects(t, {"of"})]
    for whole in shares:
        found += [p for t in [whole, *conjuncts(whole)] if (p := force_place(t, resolver)) is not None]
        found += _territories_of(whole, resolver) if whole.lower_ in TERRITORY_NOUNS else []
    return list({p.id: p for p in found}.values())


def _group_named(noun: Token, resolver: Resolver) -> list[Resolved]:
    """ "the M23 rebel group", "the Houthi movement": the armed group a proper name before the noun
    names (the small model may tag a group's name a place: its own name is kept, never a state)."""
    names = [c for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i < noun.i and c.pos_ == "PROPN"]
    found = [a for c in names if (a := resolver.resolve(c)) is not None]
    return [a if a.type in _FORCE_TYPES - {"state"} else Resolved(a.id, a.label, "group") for a in found
            if a.type != "state" or resolver.gazetteer.find(a.label) is None]


def _territories_of(token: Token, resolver: Resolver) -> list[Resolved]:
    """ "Iraqi and Syrian territories": the state of each coordinated demonym before the noun."""
    demonyms = [m for c in token.children if c.dep_ == "amod" and c.i < token.i for m in [c, *conjuncts(c)]]
    states = [resolver.gazetteer.demonym(d.text) for d in demonyms]
    return [resolver.actor(a) for a in states if a is not None and a.type == "state"]


# Common nouns for the parts of a place taken: "several villages in the Donetsk region"
_PART_NOUNS = frozenset(
    "area city district locality part portion position province region settlement territory town village".split()
)


# Words of a share of a place taken, before "of": "most of Goma", "swathes of Syrian territory"
_SHARE_WORDS = frozenset({"all", "half", "most", "much", "swathe", "swathes", "swath", "swaths"})
# Nouns of an armed group whose name or demonym owns it: "the M23 rebel group took control of Goma"
_ARMED_GROUPS = words("event_forms", "armed_group_nouns")


# A force or mission that forces serve in, in a place of its own: "troops in the UN force in Lebanon"
_MISSION_NOUNS = frozenset({"coalition", "contingent", "force", "mission", "operation"})


def _entered(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Russia has entered the war in Syria", "Turkey intervened militarily in Syria": a state
    that joins a war in a place, or intervenes there, has its forces there."""
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is not None and obj.lemma_.lower() not in WAR_NOUNS:
        return  # "entered the talks", "entered into force"
    if obj is None and token.lemma_.lower() not in _INTERVENE_VERBS:
        return
    heads = [token, *([obj] if obj is not None else [])]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
    places = [p for c in preps for t in c.children if t.dep_ == "pobj" if (p := force_place(t, resolver)) is not None]
    for owner, how in holders(subject_of(token), frame, resolver):
        for place in places:
            if owner.type in _FORCE_TYPES and place.id != owner.id:
                yield Found(owner, "deployed_to", Target(place.label, place), token, f"war_entered/{how}", 0.6)


_INTERVENE_VERBS = frozenset({"intervene"})


def _waged(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "the war waged by Russia against Ukraine", "Russia waged a war against Georgia"."""
    agent = next((p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    owners = holders(agent if agent is not None else subject_of(token), frame, resolver)
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    preps = [c for h in [token, *([obj] if obj is not None else [])] for c in h.children if c.dep_ == "prep"]
    against = [p for c in preps if c.lower_ == "against" for p in c.children if p.dep_ == "pobj"]
    places = [p for t in against for m in [t, *conjuncts(t)] if (p := force_place(m, resolver)) is not None]
    for owner, how in owners:
        for place in places:
            if owner.type in _FORCE_TYPES and place.id != owner.id:
                yield Found(owner, "deployed_to", Target(place.label, place), token, f"war_waged/{how}", 0.65)


def garrison(token: Token, frame: Frame, resolver: Resolver, areas: frozenset[str]) -> Iterator[Found]:
    """ "Filipino troops stationed at Second Thomas Shoal", "Russian forces exercising in the
    Baltic Sea region": forces in a participle clause of place are deployed there (`token` is
    a noun of forces, deployed_to's nouns)."""
    for clause in token.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in GARRISON_VERBS or negated(clause):
            continue
        places = places_of(clause, resolver, areas=areas)
        for owner in military_owner(token, frame, resolver) or _keeper(token, frame, resolver):
            for place in places:
                if place.actor is None or place.actor.id != owner.id:
                    yield Found(owner, "deployed_to", place, clause, "garrison", 0.65)


def _keeper(forces: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """ "The United States has 2,500 troops stationed in Iraq": the subject of a verb of keeping
    whose object the forces are (not "does not have troops stationed there")."""
    verb = forces.head
    if forces.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in _KEEP_VERBS:
        return []
    if negated(verb) or irrealis(verb) or speculative(verb):
        return []
    if any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in forces.children):
        return []  # "We have no troops in Ukraine"
    return [a for a, _ in holders(subject_of(verb), frame, resolver) if a.type in _FORCE_TYPES]


def forces_in(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "the drone strike on U.S. forces in Jordan", "Russian troops in Transnistria", "Russia
    keeps some 1,500 troops in Transnistria": forces with an owner, in a named place, are
    deployed there (`token`: one of present_nouns)."""
    if unreal(token) and not _keeper(token, frame, resolver):
        return  # "a possible Russian base in Belarus", not "Russia has a naval base in Tartus"
    verb = token.head
    kept = token.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in _KEEP_VERBS and not negated(verb)
    # "the US maintains bases in Japan": the place hung on the verb that keeps them
    said = [*prep_objects(token, _FORCE_PREPS), *(prep_objects(verb, _FORCE_PREPS) if kept else [])]
    # "has 1,000 troops in the UN force in south Lebanon": the place of the force they serve in
    said += [o for m in said if m.pos_ == "NOUN" and m.lemma_.lower() in _MISSION_NOUNS for o in prep_objects(m, _FORCE_PREPS)]
    places = [place for member in said if (place := force_place(member, resolver)) is not None]
    owners = military_owner(token, frame, resolver) if places else []
    if places and not owners and token.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in _KEEP_VERBS:
        if not negated(verb):  # "Russia has some 1,500 troops in Transnistria": the subject's forces
            owners = [a for a, _ in holders(subject_of(verb), frame, resolver)]
    for owner in owners:
        for place in places:
            if owner.type in _FORCE_TYPES and place.id != owner.id:
                yield Found(owner, "deployed_to", Target(place.label, place), token, "forces_in", 0.6)


def _owners(noun: Token, carriers: list[Token], frame: Frame, resolver: Resolver) -> list[Resolved]:
    """Whose force: the possessor ("Russia's", "its"; a leader's is their state's), a demonym
    ("the Russian invasion"), the agent after "by" on the noun or on its participle ("the war
    waged by Russia")."""
    found: list[Resolved] = []
    for child in noun.children:
        if child.dep_ == "poss":
            # "Moscow launched its invasion of Ukraine": "its" is the subject of the verb
            verb = noun.head if child.pos_ == "PRON" and noun.dep_ in {"dobj", "obj"} else None
            if verb is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue  # "would not exploit the truce to escalate its military operation in Gaza"
            said = subject_of(verb) if verb is not None else None
            found += [a for a, _ in holders(said if said is not None else child, frame, resolver)]
        elif child.dep_ in {"amod", "compound"}:
            actor = resolver.gazetteer.demonym(child.text)
            found += [resolver.actor(actor)] if actor is not None else []
    for carrier in carriers:
        for prep in (c for c in carrier.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                found += [a for a, _ in holders(pobj, frame, resolver)]
    # "Putin's invasion of Ukraine": a leader's force is the state's they serve
    found = [home_of(a, resolver) or a if a.type == "person" else a for a in found]
    return [a for a in {a.id: a for a in found}.values() if a.type in _FORCE_TYPES]


def unreal(noun: Token) -> bool:
    """Whether an act of force is only feared, planned, averted or denied: "a possible invasion",
    "to deter an invasion of Taiwan", "the threat of an occupation", "did not start a war"."""
    done = any(c.dep_ == "acl" and c.tag_ == "VBN" and not negated(c) for c in noun.children)
    if any(c.dep_ == "det" and c.lower_ in {"a", "an", "any", "no"} for c in noun.children) and not done:
        return True  # "a possible invasion", not "an agreement signed between X and Y"
    before = noun.doc[max(noun.left_edge.i - 1, 0) : noun.i]
    if any(t.text in _SCARE_QUOTES for t in before):
        return True  # "'Russian aggression' against Ukraine exists only in their minds"
    if any(c.lower_ in _UNREAL_MODIFIERS for c in noun.children if c.dep_ in {"amod", "compound"}):
        return True
    head = noun.head
    for _ in range(3):
        if head.lower_ in _CAUSE_PREPS:
            return False  # "never entered service due to Russia's invasion": a cause, presupposed
        if head.lemma_.lower() in _UNREAL_HEADS or head.pos_ in {"VERB", "AUX"} and (negated(head) or irrealis(head)):
            return True
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return False
        head = head.head
    return False
