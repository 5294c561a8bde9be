"""Who holds a stance noun: "Russia's calls", "our proposals", "calls by Russia", "the
Russian proposal", "expressed willingness" (the subject of a light verb), "its support" (the
clause's subject)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ...words import words
from ..moods import negated
from .frame import FIRST_PLURAL, Frame
from .holders import holders
from .subjects import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose subject puts forward the noun they govern ("made a proposal", "voiced concern").
LIGHT_VERBS = frozenset(
    "make put submit present send issue voice express table advance launch "
    "reiterate repeat give hand lay set state outline publish unveil have develop "
    "strengthen deepen maintain build expand pursue promote continue seek establish "
    "enjoy value formalize formalise foster lodge file register convey raise".split()
)
# Verbs whose subject voices the stance noun it governs ("declared support for the plan",
# "showed willingness to resume talks") but puts forward no proposal ("announced plans to build
# a fleet", "affirm a shared vision" propose nothing).
VOICING_VERBS = frozenset(
    "declare announce signal show demonstrate confirm reaffirm affirm indicate extend pledge".split()
)


# Nouns whose "from"-phrase says who: "calls from Moscow", not "withdrawal from Transnistria".
_FROM_AGENTS = frozenset(
    "call demand request appeal pressure criticism proposal offer warning threat message signal statement".split()
)


def noun_holder(token: Token, frame: Frame, resolver: Resolver) -> tuple[Resolved | None, str]:
    """Who holds a stance noun: "Russia's calls", "our proposals", "calls by Russia"."""
    for child in token.children:
        if child.dep_ == "poss":
            if child.lower_ in FIRST_PLURAL:
                return frame.behalf, "our"
            if child.pos_ != "PRON":
                return resolver.resolve(child), "possessive"
            if child.lower_ in {"its", "their"}:
                # "Russia expects a response to its proposals": the clause's own subject
                return bound_owner(token, frame, resolver), "its"
        if child.dep_ == "amod" and resolver.gazetteer.demonym(child.text) and not against_prefix(child):
            actor = resolver.gazetteer.demonym(child.text)
            return (resolver.actor(actor) if actor else None), "demonym"
        if child.dep_ == "prep" and (
            child.lower_ == "by"
            or child.lower_ == "from" and token.lemma_.lower() in _FROM_AGENTS and not _origin(child, token, frame, resolver)
        ):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return resolver.resolve(pobj) or next(iter(holders(pobj, frame, resolver)), (None, ""))[0], "by"
    for child in token.children:
        if child.dep_ in {"acl", "relcl"} and child.tag_ == "VBN":
            # "the idea formulated by President Putin"
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return resolver.resolve(pobj), "formulated_by"
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "with":
        head, via = head.head, "pobj"  # "presented the Biden regime with two draft proposals"
    elif token.dep_ in {"dobj", "obj"}:
        via = "dobj"
    else:
        return None, ""
    if head.lemma_.lower() in LIGHT_VERBS | VOICING_VERBS:
        found = holders(subject_of(head), frame, resolver)
        if found:
            kind = "light_verb" if head.lemma_.lower() in LIGHT_VERBS else "light_verb_voiced"
            return found[0][0], f"{kind}_{via}"
    return None, ""


def _origin(prep: Token, token: Token, frame: Frame, resolver: Resolver) -> bool:
    """Whether "from <place>" on a stance noun says where it was made from, not who made it:
    the noun is the object of a light verb with a subject of its own ("The minister made threats
    against Algeria from Rabat": the minister's threats, not Morocco's)."""
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or not (place.ent_type_ in {"GPE", "LOC", "FAC"} or resolver.gazetteer.city(place.text)):
        return False
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "with" else token.head
    if token.dep_ not in {"dobj", "obj", "pobj"} or head.lemma_.lower() not in LIGHT_VERBS | VOICING_VERBS:
        return False
    return bool(holders(subject_of(head), frame, resolver))


def noun_holders(token: Token, frame: Frame, resolver: Resolver) -> list[tuple[Resolved, str]]:
    """All holders of a stance noun: as `noun_holder`, with coordinated subjects of a
    light verb each holding it ("NATO and US officials have expressed willingness")."""
    holder, how = noun_holder(token, frame, resolver)
    if holder is None and token.dep_ == "pobj" and token.head.lower_ in {"on", "about", "of"}:
        # "a statement by the leaders of Russia and China on the inadmissibility of nuclear war"
        document = token.head.head
        agent = next(
            (
                g
                for c in document.children
                if c.dep_ == "prep" and c.lower_ == "by"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if document.pos_ == "NOUN" and agent is not None:
            return [(h, "statement_by") for h, _ in holders(agent, frame, resolver)]
        if document.pos_ == "VERB" and token.head.lower_ == "on" and not negated(document):
            # "the leaders of China and France signed a statement on the inadmissibility of ..."
            # (not "did not agree on the need for a ceasefire")
            return [(h, "verb_on") for h, _ in holders(subject_of(document), frame, resolver)]
    if holder is None and how == "its":
        return [(h, "their") for h in shared_owners(token, frame, resolver)]
    if holder is None:
        return []
    if how.startswith("light_verb"):
        head = token.head.head if token.dep_ == "pobj" else token.head
        return [(h, how) for h, _ in holders(subject_of(head), frame, resolver)]
    agent = _agent(token) if how in {"by", "formulated_by"} else None
    if agent is not None and any(c.dep_ == "conj" for c in agent.children):
        # "calls by Egypt and Jordan", "the plan drawn up by France and Germany": each of them
        found = holders(agent, frame, resolver)
        if any(h.id == holder.id for h, _ in found):
            return [(h, how) for h, _ in found]
    return [(holder, how)]


def _agent(token: Token) -> Token | None:
    """The first actor of a stance noun's "by"/"from" phrase or of its participle's agent."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ in {"acl", "relcl"} and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def against_prefix(token: Token) -> bool:
    """ "anti-Russian initiatives" are not Russia's."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in {"anti", "pro", "non"}


# Verbs against their object: "opposed its proposal" is not the opposer's own (ontology/phrases.toml)
_DISOWNING = words("phrases", "disowning")


def bound_owner(token: Token, frame: Frame, resolver: Resolver) -> Resolved | None:
    """The actor a possessive "its"/"their" is bound to: the subject of the nearest clause
    above the noun, when that subject names an actor."""
    verb = _owning_verb(token)
    found = _subject_actors(token, verb, frame, resolver) if verb is not None else []
    return found[0] if len(found) == 1 else None


def shared_owners(token: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """Each actor of a coordinated subject a "their" is bound to: "Chile and Peru expressed their
    support for X" is Chile's and Peru's; a pronoun or a single holder is `bound_owner`'s."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
        return []
    verb = _owning_verb(token)
    if verb is None or _other_object(token, verb):
        return []
    found = _subject_actors(token, verb, frame, resolver)
    return found if len(found) > 1 else []


def _owning_verb(token: Token) -> Token | None:
    """The verb of the nearest clause above a noun (within five steps)."""
    current = token
    for _ in range(5):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
    return None


def _subject_actors(noun: Token, verb: Token, frame: Frame, resolver: Resolver) -> list[Resolved]:
    """The actors a clause's subject names, unless a pronoun or the verb turns against the noun."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ == "PRON" or _disowned(noun, verb):
        return []
    return [actor for actor, _ in holders(subject, frame, resolver)]


def _other_object(noun: Token, verb: Token) -> bool:
    """Whether a verb has an object besides the noun's own phrase, which "their" may name instead
    ("criticized Bolivia for their support": Bolivia's)."""
    chain = {noun.i, *(a.i for a in noun.ancestors)}
    return any(c.dep_ in {"dobj", "obj", "dative"} and c.i not in chain for c in verb.children)


def _disowned(noun: Token, verb: Token) -> bool:
    """Whether a verb turns against the noun it governs ("Chile opposed its proposal"), so the
    noun's "its" is another side's; "its own proposal" stays the subject's."""
    own = any(c.lower_ == "own" for c in noun.children)
    return not own and verb.lemma_.lower() in _DISOWNING and noun.head.i == verb.i
