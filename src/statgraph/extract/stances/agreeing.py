"""When agreeing states no support: the fellow agreer, a planned meeting, an agreement only wished.

"Agree" is a support cue ("Chile agreed with Peru's proposal", "agreed on a plan to reopen the
border"), but three readings of it support nothing:

- the fellow agreer: "agreed with his Peruvian counterpart to expand cooperation" names whom one
  agrees *with*, not what one backs; the act agreed on speaks for itself;
- a planned meeting: "agreed to hold a meeting next month", "agreed to meet again" arranges an
  event, which is no stance (a planned meeting is not a meeting either: events/planned.py);
- an agreement only wished: "it is important that Chile and Peru agree on X" is the speaker's
  wish, not an agreement that took place.

The words are data in ontology/cues.toml [supports]: agreeing_verbs; arranged_events (the nouns
of a meeting or visit), arranging_verbs (verbs that arrange one: "hold a meeting") and
encounter_verbs (verbs that are one: "meet"); wish_adjectives ("important", "necessary").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolver
    from ..cues import Lexicon
    from ..found import Found


def agreement_screen(read: Iterator[Found], verb: Token, obj: Token, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The stances a cue verb gives, without the supports that agreeing states nothing of."""
    if verb.lemma_.lower() not in lexicon.listed("supports", "agreeing_verbs"):
        return read
    if fellow_agreer(verb, obj, resolver) or arranged_event(obj, lexicon) or wished(verb, lexicon):
        return (f for f in read if f.relation != "supports")
    return read


def fellow_agreer(verb: Token, obj: Token, resolver: Resolver) -> bool:
    """ "agreed with his counterpart to expand cooperation": the object of "with" is an actor
    and the agreement has an act of its own (a to-infinitive, or "on"/"that" what was agreed)."""
    if obj.head.lower_ != "with" or resolver.resolve(obj) is None:
        return False
    return any(
        c.dep_ in {"xcomp", "advcl", "ccomp"} or (c.dep_ == "prep" and c.lower_ in {"on", "upon", "over"})
        for c in [*verb.children, *obj.children]
        if c.i > obj.i
    )


def arranged_event(obj: Token, lexicon: Lexicon) -> bool:
    """ "agreed to hold a meeting", "agreed to meet again", "agreed on a visit": an event arranged."""
    events = lexicon.listed("supports", "arranged_events")
    if obj.pos_ in {"NOUN", "PROPN"}:
        return obj.lemma_.lower() in events
    if obj.pos_ not in {"VERB", "AUX"}:
        return False
    if obj.lemma_.lower() in lexicon.listed("supports", "encounter_verbs"):
        return True  # "agreed to meet again", "agreed to visit Lima"
    inner = next((c for c in obj.children if c.dep_ in {"dobj", "obj"}), None)
    arranging = obj.lemma_.lower() in lexicon.listed("supports", "arranging_verbs")
    return arranging and inner is not None and inner.lemma_.lower() in events


def wished(verb: Token, lexicon: Lexicon) -> bool:
    """ "It is important that Chile and Peru agree on X": the clause of an adjective of wish."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ not in {"ccomp", "csubj"}:
        return False
    parent = head.head  # "important that ..." or "it is important that ...": the clause hung on "is"
    said = [parent, *(c for c in parent.children if c.dep_ in {"acomp", "attr"})]
    return any(w.lemma_.lower() in lexicon.listed("supports", "wish_adjectives") for w in said)
