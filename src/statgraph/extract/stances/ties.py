"""Ties between actors stated by nouns: "our relations with X", "the alliance between X and
Y", "our friends in the EAEU, the CSTO and the CIS": cooperates_with."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...settings import default_ontology_dir
from ...words import words
from ..arguments import Target, phrase
from ..context.frame import FIRST_PLURAL, Frame
from ..context.noun_holders import noun_holder
from ..context.subjects import conjuncts
from ..found import Found
from ..moods import doubted
from ..screens import load_screens
from ..spoken_acts import about_phrase
from ..unasserted import heads_within

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs by which a tie is said to be failing.
_STRAINED = frozenset(
    "strain sour deteriorate worsen freeze suspend sever break cut downgrade damage undermine "
    "end halt curtail reduce".split()
)
# Words that say a tie is at a low: ontology/phrases.toml.
_FAILING = words("phrases", "failing_ties")
# Verbs and nouns of talking whose topic a tie may be: the talks the screens read (screens.toml [talks])
_TALKS = load_screens(default_ontology_dir())
_TOPIC_PATH = frozenset({"pcomp", "prep", "pobj", "dobj", "obj", "conj", "compound", "acl"})
_TIE_PREPS = frozenset({"with", "between", "among", "in"})
# "our cooperation is not directed against third countries": what a tie is denied is its aim, not the tie
_AIMED = frozenset({"direct", "aim", "target", "orient"})
# Verbs by which a tie is only sought, not held: "seeks greater cooperation with Iran" demands it.
_SEEKING = frozenset("seek want request demand urge ask".split())
# Verbs that carry a tie forward and may bear its sides: "promote cooperation among X, Y and Z"
_FURTHERING = frozenset(
    "promote develop deepen strengthen expand enhance boost advance broaden build foster pursue".split()
)


def ties(token: Token, frame: Frame, resolver: Resolver) -> Iterator[Found]:
    """cooperates_with from "our relations with X", "the alliance between X and Y", "our
    friends in X", "ties that exist between X and Y", "relations with the countries of A, B"."""
    if doubted(token) and not _aim_denied(token) or token.head.lemma_.lower() in _STRAINED or _failing(token):
        return  # "relations have been strained", "froze cooperation": no cooperation stated
    if token.dep_ in {"dobj", "obj"} and token.head.lemma_.lower() in _SEEKING:
        return  # "the IAEA seeks greater cooperation with Iran": sought, a demand (verbs.py)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return  # "there is no partnership between X and Y"
    if talked_about(token):
        return  # "the ministers discussed strengthening cooperation between X and Y": a topic, no tie told
    partners, between = _tie_partners(token, resolver)
    actors = [t.actor for t in partners if t.actor is not None]
    if between and len(actors) >= 2:
        for first in actors:
            for second in actors:
                if first.id != second.id:
                    yield Found(first, "cooperates_with", Target(second.label, second), token, "tie_between", 0.65)
        return
    holder, how = noun_holder(token, frame, resolver)
    if holder is None:
        holder, how = _named_owner(token, resolver), "compound"
    if (
        holder is None
        and frame.behalf is not None
        and frame.voice_of(token) != "author"
        and any(t.lower_ in FIRST_PLURAL for t in token.sent)
    ):
        holder, how = frame.behalf, "speaker"  # "in contacts with our Kazakh friends, we ..."
    if holder is None:
        return
    for partner in partners:
        if partner.actor is None or partner.actor.id != holder.id:
            yield Found(holder, "cooperates_with", partner, token, f"tie/{how}", 0.6)


def _tie_partners(token: Token, resolver: Resolver) -> tuple[list[Target], bool]:
    """The partners a tie noun names after its prepositions, each once, and whether they are
    "between" or "among" one another."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _TIE_PREPS]
    preps += [
        g
        for c in token.children
        if c.dep_ == "relcl"
        for g in c.children
        if g.dep_ == "prep" and g.lower_ in _TIE_PREPS
    ]
    if not preps and token.dep_ in {"dobj", "obj"} and token.head.lemma_.lower() in _FURTHERING:
        # "promote trilateral cooperation among X, Y and Z": the parser hangs the sides on the verb
        preps = [c for c in token.head.children if c.dep_ == "prep" and c.lower_ in {"between", "among"}]
    between = any(p.lower_ in {"between", "among"} for p in preps)
    partners = [t for p in preps for pobj in p.children if pobj.dep_ == "pobj" for t in _partners(pobj, resolver)]
    if partners:
        # "our friends in the EAEU, the CSTO, and the CIS": the parser hangs the rest of the list on the noun
        partners += [
            Target(a.label, a)
            for c in token.children
            if c.dep_ == "appos"
            for t in [c, *conjuncts(c)]
            if (a := resolver.resolve(t)) is not None
        ]
    return list({t.actor.id if t.actor else t.text: t for t in partners}.values()), between


def _failing(token: Token) -> bool:
    """Whether a tie is said to be at a low: "relations would remain at the level of chargé
    d'affaires", "ties were at a low", "relations are tense"."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    said = [c for c in token.head.children if c.dep_ in {"acomp", "prep"} and (c.dep_ == "acomp" or c.lower_ == "at")]
    return any(t.lower_ in _FAILING for c in said for t in c.subtree)


def talked_about(token: Token) -> bool:
    """Whether a tie noun is the topic of talks: the object of a verb of talking ("discussed
    bilateral cooperation between X and Y", "discussed strengthening of relations between X and
    Y", "discussing Iran's relations with Iraq") or the "on"/"about" phrase of a talk noun ("views
    on ties with X"); a gatherer's report tells what was talked about, not a tie held."""
    for child, head in heads_within(token, _TOPIC_PATH, 5):
        if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in _TALKS.talk_verbs:
            return child.dep_ in {"dobj", "obj", "pcomp"} or about_phrase(child)
        if head.pos_ == "NOUN" and head.lower_ in _TALKS.talk_nouns and about_phrase(child):
            return True
        if head.pos_ in {"VERB", "AUX"} and not (head.dep_ == "acl" and head.tag_ in {"VBN", "VBG"}):
            return False  # a clause of its own stands between; not a participle ("issues related to X")
    return False


def _aim_denied(token: Token) -> bool:
    """ "Moscow's cooperation with Tehran is not directed against third countries": the tie is
    the subject of a negated verb of aiming, which denies its aim and states the tie."""
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in _AIMED


def _named_owner(token: Token, resolver: Resolver) -> Resolved | None:
    """ "U.S. security partnerships with Japan": a state or body named before the tie noun."""
    for child in token.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.ent_type_ in {"GPE", "NORP", "ORG"}:
            actor = resolver.resolve(child)
            if actor is not None and actor.type in {"state", "organization"}:
                return actor
    return None


def _partners(pobj: Token, resolver: Resolver) -> list[Target]:
    """Partners named by a prepositional object: actors, or "the countries of Asia, Africa"."""
    members = [pobj, *conjuncts(pobj)]
    # a bracketed name after a list names the group they form ("its alliance with the UK and
    # the US (AUKUS)": AUKUS is the alliance, no partner of its own)
    named = [t for t in pobj.subtree if t.dep_ == "appos" and not (len(members) > 1 and t.doc[t.i - 1].text == "(")]
    listed = [*members, *named]
    found = [Target(a.label, a) for t in listed if (a := resolver.resolve(t)) is not None]
    if found:
        return found
    of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if inner is None or pobj.lemma_.lower() not in {
        "country",
        "state",
        "nation",
        "people",
        "region",
    }:
        return []
    return [Target(f"{pobj.text} of {phrase(t)}") for t in [inner, *conjuncts(inner)]]
