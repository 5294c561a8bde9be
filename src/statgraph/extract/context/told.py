"""Texts and gatherings told of as a body's, and the body a bare noun for them names again.

A body speaks through the text it adopted and through the gathering it held: "The IAEA Board of
Governors adopted a resolution on Iran ... The resolution calls on Iran to cooperate" (the board
calls), "a special virtual summit of the East African Community ... The summit also condemned
..." (the EAC condemns). The text says who adopted or issued the text ("X adopted / passed /
approved / issued a resolution", "a resolution adopted by X", "the draft, put forward by X") and
whose the gathering is ("a summit of X", "the X leaders' summit"). Precision first: a second
adopter of the same kind of text, or a second gathering of another body, leaves the bare noun
naming nobody.

`note_told` reads each sentence before its statements are sought (`Issuer.forget_other` calls it);
`told_holders` gives the bodies back for "The resolution", "The summit" as a subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from ..moods import negated

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver

# Texts a body adopts and speaks through ("The resolution calls on ...")
TEXT_NOUNS = words("actor_nouns", "adopted_texts")
# Gatherings a body holds and speaks through ("The summit condemned ...")
GATHERINGS = words("actor_nouns", "gatherings")
# Verbs by which a body makes a text its own
_ADOPTING = frozenset("adopt pass approve issue release publish unveil".split())
# Verbs by which a text is put forward, not yet adopted: its sponsors hold a draft
_PROPOSING = frozenset("put sponsor submit table draft propose present prepare".split())
# Verbs by which a body holds a gathering of its own
_HOLDING = frozenset({"hold", "convene"})
_BODIES = frozenset({"organization", "state"})
_GATHERING = "gathering"  # one key for every gathering noun: "the meeting" after "a summit of X"


def _note(resolver: Resolver, key: str, found: tuple[Resolved, ...]) -> None:
    """Remember the bodies told of for a text or gathering noun; () once two differ: nobody sure."""
    before = resolver.told.get(key)
    same = before is not None and _same_bodies(before, found)
    resolver.told[key] = found if before is None or same else ()


def _same_bodies(before: tuple[Resolved, ...], found: tuple[Resolved, ...]) -> bool:
    """Whether two noted sets of bodies are the same, also when one body's name holds the
    other's ("Board of Governors", "IAEA Board of Governors": one board, named twice)."""
    if len(before) != len(found):
        return False
    return all(named_alike(a, b) for a, b in zip(sorted(before, key=lambda a: a.id), sorted(found, key=lambda a: a.id)))


def named_alike(a: Resolved, b: Resolved) -> bool:
    """Whether two actors are one, or one's name holds the other's words ("Parliament of Iraq",
    "Iraq Parliament")."""
    words_a, words_b = set(a.label.lower().split()), set(b.label.lower().split())
    return a.id == b.id or words_a <= words_b or words_b <= words_a


def note_told(sent: Span, resolver: Resolver) -> None:
    """Remember the texts a sentence says a body adopted or issued ("The board passed a
    resolution", "the resolution adopted by the board") and the gatherings it says a body held
    ("a summit of the EAC", "the ASEAN leaders' summit")."""
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in TEXT_NOUNS and token.pos_ == "NOUN":
            found = _adopters(token, resolver)
            if found:
                _note(resolver, lemma, found)
        elif lemma in GATHERINGS and token.pos_ in {"NOUN", "PROPN"} and token.tag_ in {"NN", "NNP"}:
            found = _holders_of_gathering(token, resolver)
            if found:
                _note(resolver, _GATHERING, found)


def _adopters(text: Token, resolver: Resolver) -> tuple[Resolved, ...]:
    """The bodies a sentence says adopted a text: the subject of an adopting verb whose object it
    is ("X adopted a resolution"; not "X failed to adopt", "X did not pass"), the agent of one it is
    the subject or participle of ("a resolution adopted by X", "was passed by X")."""
    verb, agent_of = text.head, None
    if text.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in _ADOPTING and not negated(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return _bodies(subject, resolver)
    if text.dep_ == "nsubjpass" and verb.lemma_.lower() in _ADOPTING and not negated(verb):
        agent_of = verb
    for child in text.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _ADOPTING:
            agent_of = child
    agent = agent_token(agent_of) if agent_of is not None else None
    return _bodies(agent, resolver)


def agent_token(verb: Token) -> Token | None:
    """The object of a passive verb's "by" ("adopted by the Council": the Council)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _bodies(token: Token | None, resolver: Resolver) -> tuple[Resolved, ...]:
    """The states and bodies a noun phrase and its conjuncts name (a person names none)."""
    if token is None or token.pos_ == "PRON":
        return ()
    found: dict[str, Resolved] = {}
    for member in [token, *(c for c in token.children if c.dep_ == "conj")]:
        actor = resolver.resolve(member)
        if actor is None or actor.type not in _BODIES:
            return ()  # "the board and its chairman": not bodies alone
        found.setdefault(actor.id, actor)
    return tuple(found.values())


def _holders_of_gathering(gathering: Token, resolver: Resolver) -> tuple[Resolved, ...]:
    """The organisations a gathering is said to be of: "a summit of the EAC (and SADC)", "the
    ASEAN leaders' summit", "the EAC summit", "The EAC held a summit" (organisations only: "a summit with Putin", "the
    Kenyan summit" tell whose it is no clearer)."""
    owners = [
        pobj
        for c in gathering.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for pobj in c.children
        if pobj.dep_ == "pobj"
    ]
    owners += [c for c in gathering.children if c.dep_ in {"compound", "poss", "nmod"}]
    if gathering.dep_ in {"dobj", "obj"} and gathering.head.lemma_.lower() in _HOLDING and not negated(gathering.head):
        owners += [c for c in gathering.head.children if c.dep_ == "nsubj"]  # "The EAC held a summit"
    found: dict[str, Resolved] = {}
    for owner in owners:
        for member in [owner, *(c for c in owner.children if c.dep_ == "conj")]:
            actor = resolver.resolve(member)
            if actor is not None and actor.type == "organization" and not _gathering_named(actor):
                found.setdefault(actor.id, actor)
    return tuple(found.values())


def _gathering_named(actor: Resolved) -> bool:
    """Whether an actor is the gathering itself, by a name of its own ("Joint Extraordinary Summit")."""
    return actor.label.split()[-1].lower() in GATHERINGS


def told_holders(token: Token, resolver: Resolver) -> tuple[Resolved, ...]:
    """The bodies a bare text or gathering noun as a subject names again: "The resolution calls
    on ...", "The summit also condemned ...", "The non-binding resolution urged ..." (not "a
    resolution", "their statement", "the resolution of 2006", "the Russian draft": another's)."""
    lemma = token.lemma_.lower()
    key = lemma if lemma in TEXT_NOUNS else _GATHERING if lemma in GATHERINGS else None
    if key is None or token.tag_ not in {"NN", "NNP"} or not resolver.told:
        return ()
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
        return ()
    if any(c.dep_ in {"poss", "prep", "compound", "nmod", "nummod", "appos"} for c in token.children):
        return ()
    if any(c.dep_ == "amod" and c.pos_ != "ADJ" or c.dep_ == "amod" and c.text[:1].isupper() for c in token.children):
        return ()  # "the Russian draft", "the EU declaration": named apart
    return resolver.told.get(key, ())


def sponsor_token(text: Token) -> Token | None:
    """Who put forward a draft, as the sentence says right there: "The draft, put forward by the
    council's ten elected members, demanded ..." (a draft only: an adopted text is its adopter's)."""
    if text.lemma_.lower() != "draft" and not any(c.lower_ == "draft" for c in text.children):
        return None
    for child in text.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _PROPOSING | _ADOPTING:
            return agent_token(child)
    return None
