"""Proposals made by acts: "had hosted talks between Kyiv and Moscow" (the host proposes the
talks), "agreed to create a NATO-Ukraine Council", "used the summit to promote the Global Security
Initiative"; and the support of a broker: "a deal brokered by China", "talks facilitated by Qatar"
(China supports the deal, Qatar the talks).

The word lists are the [initiatives] section of ontology/cues.toml.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolver
from ...words import words
from ..arguments import Target, phrase
from ..context.doers import doers
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import subject_of
from ..cues import Lexicon
from ..found import Found

if TYPE_CHECKING:
    from spacy.tokens import Token


def initiatives(token: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """proposes from a verb (already known not negated or unreal) of hosting or founding; supports
    from one of brokering."""
    words = lexicon.events["initiatives"]
    lemma = token.lemma_.lower()
    obj = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    agent = next((p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if lemma == "lead" and token.dep_ == "amod" and token.head.lower_ in words.get("led_nouns", ()):
        # "the Czech-led initiative", "a French-led effort": the leader named before the hyphen
        leader = next((c for c in token.children if c.dep_ in {"npadvmod", "compound", "nmod"}), None)
        found, what, rule = holders(leader, frame, resolver), token.head, "led"
    elif lemma in words.get("offer_verbs", ()) and obj is not None and obj.pos_ == "NOUN" and _pledged(token, words):
        # "they will give less" gives nothing named
        found, what, rule = doers(_pledger(token, resolver), frame, resolver), obj, "pledged"
    elif lemma in words.get("broker_verbs", ()):
        if token.dep_ == "acl" and agent is not None:  # "a deal brokered by China"
            found, what = holders(agent, frame, resolver), token.head
        else:
            found, what = doers(subject_of(token), frame, resolver), obj
        rule = "brokered"
    elif lemma in words.get("sponsor_verbs", ()) and agent is not None:
        # "the draft was co-sponsored by X, Y and Z", "a resolution sponsored by X"
        found, what, rule = holders(agent, frame, resolver), _sponsored(token), "sponsored"
    elif lemma in words.get("host_verbs", ()) and token.tag_ not in {"VBD", "VBN"}:
        return  # "is to host talks": not yet hosted
    elif lemma in words.get("host_verbs", ()) and obj is not None and obj.lower_ in words.get("hosted", ()):
        found, what, rule = doers(_subject_up(token), frame, resolver), obj, "hosted"
    elif lemma in words.get("host_verbs", ()) and token.dep_ == "amod" and token.head.lower_ in words.get("hosted", ()):
        # "had earlier hosted talks", parsed as talks that were hosted, had by the subject
        talks = token.head
        found, what, rule = doers(_subject_up(talks.head), frame, resolver), talks, "hosted"
    elif lemma in words.get("founding_verbs", ()) and obj is not None and _named_body(obj, words.get("bodies", ())):
        found, what, rule = doers(_subject_up(token), frame, resolver), obj, "founded"
    else:
        return
    if what is None:
        return
    # "a resolution sponsored by X": the noun without the clause that describes it
    text = phrase(what)
    if rule == "led":
        text = " ".join(t.text for t in what.subtree if t.i > token.i)
    if token.dep_ == "acl":
        text = " ".join(t.text for t in what.subtree if t.i <= what.i and t.dep_ != "det")
    # a broker or facilitator backs the deal or the talks (CONVENTIONS: supports); the rest propose
    relation = "supports" if rule == "brokered" else "proposes"
    for holder, how in found:
        yield Found(holder, relation, Target(text), token, f"{rule}/{how}", 0.6)


def _pledger(token: Token, resolver: Resolver) -> Token | None:
    """Who pledges what an offer verb gives; none when it is given to a state ("will provide
    Ukraine with launchers": a deployment) or by an event ("Mirziyoyev's visit will give impetus
    to cooperation": an event pledges nothing)."""
    if _to_state(token, resolver):
        return None
    giver = _subject_up(token)
    if giver is not None and giver.pos_ == "NOUN" and giver.lemma_.lower() in _EVENT_NOUNS:
        return None
    return giver


# events and pacts, which give or provide nothing of their own: "the talks will give new impetus"
_EVENT_NOUNS = frozenset(
    word.removesuffix("s")
    for name in ("visit_nouns", "talk_nouns", "pair_tie_nouns")
    for word in words("event_forms", name)
)


def _pledged(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """ "will provide", "intends to provide": an act of giving committed to, not yet done."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall"} for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words.get("pledge_verbs", ())


def _to_state(verb: Token, resolver: Resolver) -> bool:
    """Whether what is given goes to a state: "provide Ukraine with X", "give X to Kenya"."""
    receivers = [c for c in verb.children if c.dep_ == "dative"]
    receivers += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
    receivers += [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.ent_type_ == "GPE"]
    # "to the Philippine Navy" is a body of a state, not the state
    return any(t.ent_type_ == "GPE" and (a := resolver.resolve(t)) is not None and a.type == "state" for t in receivers)


def _sponsored(verb: Token) -> Token | None:
    """What a passive verb of sponsoring is said of: its own subject, the noun it describes,
    or the subject of the verb it is joined to ("was submitted by X and co-sponsored by Y")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        if subject is not None:
            return subject
        if verb.dep_ == "acl":
            return verb.head
        if verb.dep_ not in {"conj", "advcl"} or verb.head.pos_ not in {"VERB", "AUX"}:
            return None
        verb = verb.head
    return None


def _named_body(token: Token, bodies: frozenset[str]) -> bool:
    """ "a NATO-Ukraine Council", "the Global Security Initiative": a proper name headed by a body word."""
    return token.lemma_.lower() in bodies and (
        token.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in token.children if c.dep_ == "compound")
    )


def _subject_up(token: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with or completes ("agreed to drop
    X and to create Y", "used the summit to promote Y")."""
    while True:
        subject = subject_of(token)
        if subject is not None or token.dep_ not in {"conj", "xcomp"} or token.head.pos_ not in {"VERB", "AUX"}:
            return subject
        token = token.head
