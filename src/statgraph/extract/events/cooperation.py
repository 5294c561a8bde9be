"""Cooperation shown by acts: "had joined the United States in strikes", "Saudi Arabia and Iran
restored diplomatic relations", "operates joint ventures with PDVSA".

The word lists are the [cooperates_with] section's join_verbs, tie_verbs, tie_nouns and joint_nouns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..arguments import Target
from ..context.doers import doers
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import conjuncts, prep_objects, subject_of
from ..cues import Lexicon
from ..found import Found
from .coalition_forms import hyphen_parts, part_sides
from ..moods import event_mood, irrealis, negated, speculative
from .abroad import home_of, met_abroad
from .aggression import unreal
from .pair_ties import hyphenated
from .planned import planning

if TYPE_CHECKING:
    from spacy.tokens import Token

_PARTNER_TYPES = frozenset({"state", "organization", "group", "person", "company"})
MANNER_TIES = words("event_forms", "manner_ties")


def acts_of_cooperation(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """cooperates_with from a verb (already known not negated or unreal)."""
    words = lexicon.events["cooperates_with"]
    lemma = token.lemma_.lower()
    if lemma in words.get("sign_verbs", ()):
        yield from _signed_with(token, frame, resolver, words.get("pact_nouns", frozenset()))
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is None and token.dep_ == "relcl" and token.head.lemma_.lower() in words.get("pact_nouns", ()):
        obj = token.head  # "the agreement the government has signed with Tirana": the pact it signed
    pact = token.head if token.dep_ == "acl" else next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if lemma in words.get("sign_verbs", ()) and pact is not None and pact.lemma_.lower() in words.get("pact_nouns", ()):
        yield from signed_by(token, resolver)  # "the agreement (was) signed by A and B"
        yield from _signed_between(token, resolver)  # "the agreement, signed in 2022 between A and B"
    if obj is None:
        return
    subject = subject_of(token)
    if subject is None and token.dep_ == "pcomp" and token.head.lower_ in {"by", "through"}:
        subject = subject_of(token.head.head)  # "support X by fostering cooperation with Y"
    sides = doers(subject, frame, resolver)
    partners: list[Resolved] = []
    rule = ""
    if lemma in words.get("join_verbs", ()) and any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
        # "joined the United States in strikes": not joining a body, which is membership
        partners = [a for a in _actors([obj, *conjuncts(obj)], resolver) if a.type != "organization"]
        rule = "joined_in"
    elif lemma in words.get("tie_verbs", ()) and (tie := _tie(obj, words.get("tie_nouns", ()))) is not None:
        # "fostering cooperation with Ukraine", "increase the scale of cooperation with Russia"
        partners = _actors(_with(tie) + _with(token), resolver)
        if not partners and len(sides) > 1:
            # "Saudi Arabia and Iran restored relations": the side named first holds it
            sides, partners = sides[:1], [a for a, _ in sides[1:]]
        elif not partners and _act_done(token) and (pairs := hyphenated(tie, resolver)):
            sides, partners = [(pairs[0][0], "pair")], [pairs[0][1]]  # "elevating the Vietnam-US relationship"
        rule = "tie_restored"
    elif lemma in words.get("sign_verbs", ()) and obj.lemma_.lower() in words.get("pact_nouns", ()):
        if not signing_unmade(token):
            yield from _pact(token, obj, sides, resolver)
        return
    elif obj.lemma_.lower() in words.get("joint_nouns", ()) and any(c.lower_ == "joint" for c in obj.children):
        partners = _actors(_with(obj) + _with(token), resolver)
        rule = "joint_act"
    for holder, how in sides:
        for partner in partners:
            if partner.id != holder.id:
                yield Found(holder, "cooperates_with", Target(partner.label, partner), token, f"{rule}/{how}", 0.6)


_SIGNING_PLANNED = words("event_forms", "signing_planned_heads")


def signing_unmade(verb: Token) -> bool:
    """Whether a pact is told as not signed yet: "Serbia will sign a memorandum with the EU",
    "the US should sign the agreement with India", "we agreed to sign a treaty with X", "to help
    the two countries sign a peace treaty" (a tie told to come is a tie; a pact to be signed is
    not yet a pact)."""
    if event_mood(verb) is not None or _modal_above(verb):
        return True
    head = verb.head
    if verb.dep_ not in {"xcomp", "ccomp"} or head.i == verb.i:
        return False
    return head.lemma_.lower() in _SIGNING_PLANNED or planning(head)


# modal auxiliaries that make a signing one only asked for or possible: "should sign", "must sign"
_MODALS = frozenset({"could", "might", "must", "ought", "should"})


def _modal_above(verb: Token) -> bool:
    """A modal on the verb or on a verb it is the conjunct or complement of ("the US should move
    ahead and sign the agreement")."""
    current = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in current.children):
            return True
        if current.dep_ not in {"conj", "xcomp"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def in_partnership(noun: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """ "Turkey, in partnership with Qatar, built the airport", "acting in close coordination with
    Washington": the subject of the verb the phrase tells the manner of works with the partners
    (a noun of manner_ties after "in")."""
    verb = noun.head.head
    if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "obj"}:
        verb = verb.head  # "maintains a robust deterrence in coordination with the U.S.": the deed's verb
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or verb.pos_ not in {"VERB", "AUX"}:
        return
    if negated(verb) or irrealis(verb) or speculative(verb) or not _act_done(verb):
        return
    partners = _actors(_with(noun), resolver)
    for holder, how in holders(_doer(verb), frame, resolver):
        if verb.dep_ == "acl":  # an envoy who led the talks acts for the state they serve
            holder = _party(holder, resolver) or holder
        for partner in partners:
            if partner.id != holder.id:
                yield Found(holder, "cooperates_with", Target(partner.label, partner), noun, f"in_partnership/{how}", 0.6)


def _doer(verb: Token) -> Token | None:
    """Who does a verb's deed: its subject, or the agent of a participle ("negotiations led by the
    US envoy, in close coordination with Qatar": the envoy)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None:
            return agent
    return subject_of(verb)


def owned_pact(noun: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "Fiji defended its security deal with China", "Italy's agreement with Albania": the owner
    of a pact made with a partner works with it (`token`: one of pact_nouns with a possessive;
    not one only sought, planned or refused: "negotiating its deal with the EU", "its planned
    agreement with Y", nor one ended: "Chad ended its defence pact with France")."""
    words = lexicon.events["cooperates_with"]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.lemma_.lower() not in words.get("pact_nouns", ()) or unreal(noun):
        return
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    sought = lexicon.events["events"].get("refusals", frozenset()) | _SOUGHT_VERBS
    if verb.lemma_.lower() in sought or noun.dep_ in {"dobj", "obj", "pobj"} and _unsure(verb):
        return  # "could sign its deal with X" (not "its deal with X could serve as a model")
    named = _with(noun) + (_with(verb) if noun.dep_ in {"dobj", "obj"} else [])  # the parser may hang "with" on the verb
    partners = [a for a in _actors(named, resolver) if a.type != "person"]
    # "Fiji defended its deal with China": "its" is the subject of the verb
    said = subject_of(verb) if owner.pos_ == "PRON" and noun.dep_ in {"dobj", "obj"} else None
    for holder, how in holders(said if said is not None else owner, frame, resolver):
        if verb.dep_ == "acl":  # an envoy who led the talks acts for the state they serve
            holder = _party(holder, resolver) or holder
        for partner in partners:
            if partner.id != holder.id and holder.type != "person":
                yield Found(holder, "cooperates_with", Target(partner.label, partner), noun, f"owned_pact/{how}", 0.55)


def _unsure(verb: Token) -> bool:
    return negated(verb) or irrealis(verb) or speculative(verb)


# verbs over a pact still to be made: "negotiating its trade deal with the EU"
_SOUGHT_VERBS = words("event_forms", "pact_sought_verbs") | words("event_forms", "pact_ended_verbs")


def _act_done(verb: Token) -> bool:
    """Whether a verb tells an act, not one named as an aim or a topic: "agreements to establish
    new DPRK-U.S. relations", "restoring China-India relations would benefit ..."."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return not infinitive and verb.dep_ not in {"csubj", "csubjpass", "pcomp", "nsubj"}


def _pact(verb: Token, pact: Token, sides: list[tuple[Resolved, str]], resolver: Resolver) -> Iterator[Found]:
    """ "signed the Agreement between Japan and the Philippines", "Azerbaijan and Russia have a
    declaration", "concluded a treaty with Y": the states and bodies party to a pact."""
    between = prep_objects(pact, {"between", "among"})
    parties = [a for a in _actors([_state_of(t) for t in between], resolver) if a.type != "person"]
    if len({a.id for a in parties}) > 1:
        yield from _each_other(parties, verb, "pact_between")
        return
    # a person signs for the state they serve ("signed by Ethiopian Prime Minister Abiy Ahmed")
    sides = [(_party(a, resolver) or a, how) for a, how in sides]
    signers = [a for a, _ in sides if a.type in {"state", "organization"}]
    # "a memorandum of understanding with Ethiopia": the "with" may hang on the "of" phrase
    inner = [p for c in pact.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    named = _with(pact) + _with(verb) + [t for p in inner for t in _with(p)]
    partners = [a for a in _actors(named, resolver) if a.type != "person"]
    for signer in signers:
        for partner in partners:
            if partner.id != signer.id:
                yield Found(signer, "cooperates_with", Target(partner.label, partner), verb, "pact_with", 0.6)
                yield Found(partner, "cooperates_with", Target(signer.label, signer), verb, "pact_with", 0.6)
    if not partners and len(signers) > 1 and len(signers) == len(sides):
        yield from _each_other(signers, verb, "pact_signed")


def signed_by(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "the agreement signed by Ethiopian Prime Minister Abiy Ahmed and Somaliland leader Muse
    Bihi Abdi", "the signing of the declaration by A and B": the parties work together; the
    people who signed it together met when the signing is told as an event ("the signing ... by
    A and B"), not where a participle only names a document's signers (`token`: the participle
    or "signing")."""
    signers = _named_signers(token)
    actors = [a for t in signers if (a := resolver.resolve(t)) is not None and _signer(t, a)]
    parties = list({p.id: p for a in actors if (p := _party(a, resolver) or a).type != "person"}.values())
    if not 1 < len(parties) <= 4 or len(parties) < len(signers):
        return
    yield from _each_other(parties, token, "pact_signed_by")
    people = list({a.id: a for a in actors if a.type == "person"}.values())
    if len(people) == 2 and token.dep_ != "acl":
        yield Found(people[0], "met_with", Target(people[1].label, people[1]), token, "signed_together", 0.55)
        # "signed in Canberra by Albanese and Marape": who signed in a place away from home visited it
        for person in people:
            yield from met_abroad(person, token, resolver, objects=False)


def _signed_between(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "the Agreement, signed on 3 November 2022 between the Ethiopian government and the TPLF":
    the parties named after "between" on the verb work together (on a participle of the pact
    noun, pair_ties reads them)."""
    between = prep_objects(token, {"between", "among"}) if token.dep_ != "acl" else []
    parties = [a for a in _actors([_state_of(t) for t in between], resolver) if a.type != "person"]
    if len({a.id for a in parties}) > 1:
        yield from _each_other(parties, token, "pact_between")


def _signed_with(token: Token, frame: Frame, resolver: Resolver, pact_nouns: frozenset[str]) -> Iterator[Found]:
    """ "a security pact struck with China in 2022 by then-prime minister X", "the treaty signed by
    the British government with Kigali", "Fiji's deal signed with China": a pact's participle with
    a partner after "with" and its maker told by the agent or the pact's owner (a person for the
    state they serve); a pact only planned or ended is unread (`unreal`)."""
    agent = next((p for c in token.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj"), None)
    # the parser may make the pact the subject of the participle when an agent follows ("A pact struck ... by X")
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None) if agent is not None else None
    pact = token.head if token.dep_ == "acl" else subject
    if pact is None or pact.lemma_.lower() not in pact_nouns or signing_unmade(token):
        return
    if unreal(pact) if pact.i == token.head.i else negated(token) or irrealis(token) or speculative(token):
        return
    owner = next((c for c in pact.children if c.dep_ == "poss"), None)
    maker = agent if agent is not None else owner
    if maker is None or maker.pos_ == "PRON":
        return
    # "signed by Rishi Sunak's Government with Kigali": the parser may hang "with" on the agent
    partners = [a for a in _actors(_with(token) + _with(maker), resolver) if a.type != "person"]
    for holder, _ in holders(maker, frame, resolver):
        holder = _party(holder, resolver) or holder
        for partner in partners:
            if partner.id != holder.id and holder.type != "person":
                yield Found(holder, "cooperates_with", Target(partner.label, partner), token, "pact_signed_with", 0.6)


def _signer(token: Token, actor: Resolved) -> bool:
    """A state, body or person that can sign; a person's name only as a person ("Wagner")."""
    if token.ent_type_ == "PERSON":
        return actor.type == "person"
    return actor.type in {"state", "organization", "group", "person"}


def _named_signers(token: Token) -> list[Token]:
    """The names after "by": the people named, each by the last word of the name ("by Ethiopian
    Prime Minister Abiy Ahmed and Somaliland leader Muse Bihi Abdi", however the parser hangs
    them), else the states and bodies that are no modifier ("by Kenya and Ethiopia", not the
    "Rwanda" of "Rwanda's foreign minister")."""
    phrases = [c for c in token.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"]
    if len(phrases) != 1:
        return []
    words = {t.i for t in phrases[0].subtree}
    ents = [e for e in token.doc.ents if e.start in words and e.end - 1 in words]
    people = [e[-1] for e in ents if e.label_ == "PERSON"]
    bodies = [e.root for e in ents if e.label_ in {"GPE", "ORG"} and e.root.dep_ not in {"poss", "compound", "amod"}]
    return people or bodies


def _party(actor: Resolved, resolver: Resolver) -> Resolved | None:
    """The state a person serves (known from their office), party to what they sign."""
    return home_of(actor, resolver) if actor.type == "person" else None


def _tie(obj: Token, nouns: frozenset[str]) -> Token | None:
    """The tie a verb's object names: "cooperation", or "the scale of cooperation"."""
    if obj.lower_ in nouns:
        return obj
    inner = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return next((p for p in inner if p.lower_ in nouns), None)


def _each_other(sides: list[Resolved], cue: Token, rule: str) -> Iterator[Found]:
    unique = list({a.id: a for a in sides}.values())
    for side in unique:
        for other in unique:
            if other.id != side.id:
                yield Found(side, "cooperates_with", Target(other.label, other), cue, rule, 0.6)


def _state_of(token: Token) -> Token:
    """ "the Republic of the Philippines": the name after "of" when the head is a form of state."""
    if token.lower_ in {"republic", "kingdom", "federation", "government", "state", "emirates"}:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return inner if inner is not None else token
    return token


_JOINT_TEXTS = frozenset({"statement", "declaration", "communique"})
_MEDIATED = frozenset({"effort", "efforts", "mediation"})


def joint_act(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """ "the annual bilateral exercise between the armed forces of X and Y", "joint patrols by X
    and Y": the sides of a joint act work with each other, each way."""
    if token.lemma_.lower() not in lexicon.events["cooperates_with"].get("joint_nouns", ()):
        return
    between = {"between", "among"} if token.lemma_.lower() not in _MEDIATED else set()
    # "a mediation effort between Russia and Ukraine": those between are the mediated, not partners
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in between | {"by"}]
    joint = any(t.lower_ == "joint" for t in token.doc[token.left_edge.i : token.i])  # "joint mediation efforts"
    if not preps and joint and not (_unsure(token.head) or planning(token.head)):
        # "joint U.S.-Philippines military drills", "a joint US-Saudi statement": the pair named before it
        pair = _hyphen_pair(token, resolver)
        for n, side in enumerate(pair):
            for other in pair[n + 1 :]:
                yield Found(side, "cooperates_with", Target(other.label, other), token, "joint_act_pair", 0.55)
        return
    if not preps or preps[0].lower_ == "by" and not joint:
        return
    members = prep_objects(token, {"between", "among", "by"})
    sides = list({a.id: a for t in members for a, _ in doers(t, frame, resolver) if a.type != "person"}.values())
    if len(sides) < 2:  # "between the armed forces of X and Y", "among the forces of Turkey-Afghanistan-Pakistan"
        owners = [o for t in members for o in prep_objects(t, {"of"})]
        sides = list({a.id: a for t in owners for a, _ in doers(t, frame, resolver) if a.type != "person"}.values())
        sides = next((found for n in members + owners if len(found := part_sides(hyphen_parts(n), resolver)) > 1), sides)
    if len(sides) > 3 and token.lemma_.lower() in _JOINT_TEXTS:
        return  # twelve states' joint statement: a shared text, not pairwise work
    for side in sides:
        for other in sides:
            if other.id != side.id:
                yield Found(side, "cooperates_with", Target(other.label, other), token, "joint_act_of", 0.55)


_HYPHEN_RUN = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)?(?:[-–][A-Z][\w.]*(?: [A-Z][\w.]*)?)+")


def _hyphen_pair(noun: Token, resolver: Resolver) -> list[Resolved]:
    """The two or three sides a hyphenated run of names before a noun stands for ("U.S.-Philippines",
    "US-Saudi"), each by its name or demonym; none unless every name is one."""
    text = noun.doc[noun.left_edge.i : noun.i].text
    runs = _HYPHEN_RUN.findall(text)
    if len(runs) != 1:
        return []
    found = []
    for part in re.split(r"[-–]", runs[0]):
        actor = resolver.gazetteer.find(part) or resolver.gazetteer.demonym(part)
        if actor is None or actor.type not in {"state", "organization"}:
            return []
        found.append(resolver.actor(actor))
    unique = list({a.id: a for a in found}.values())
    return unique if 2 <= len(unique) <= 3 else []


def _with(token: Token) -> list[Token]:
    """The objects of a "with" phrase on a word, and those coordinated with them."""
    return prep_objects(token, {"with"})


def _actors(tokens: list[Token], resolver: Resolver) -> list[Resolved]:
    return [a for t in tokens if (a := resolver.resolve(t)) is not None and a.type in _PARTNER_TYPES]
