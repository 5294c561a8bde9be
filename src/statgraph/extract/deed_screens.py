"""Screens of deeds told rather than stances held: a deed's doer, or what a deed harms.

- own_deed: a deed of force with its doer named ("Russia's aggression against Ukraine") is no
  stance of the doer on its victim.
- attempted: an act named as someone's attempt ("his failed attempts to seek accommodations")
  is an account of a deed, no position its doer states.
- harm_by_other: what a thing or someone else's deed harms, undermines or blocks is what the
  speaker wants kept, not what the speaker opposes: "the decision undermines ongoing efforts to
  reach a negotiated solution" (said by the Commission) is no opposition of the Commission to the
  efforts, nor is "Israel's expansionist designs have destabilised the region" one of Israel to
  the region, nor "criticized Israel's role in blocking a ceasefire" one of the critic to the
  ceasefire (the deed is Israel's). A doer that names an actor ("the government blocked the bill", "Tajik troops were
  blocking a road", "we will block it") is left to the other readings.

The word lists are data in ontology/screens.toml ([deeds] nouns, [attempts] nouns, [harming]
verbs) and ontology/actor_nouns.toml; screens.screen_reason runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..relations import load_relations, names_of_kind
from ..words import load_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .found import Found
    from .screens import Screens

EVENT_RELATIONS = frozenset(names_of_kind(load_relations(), "event"))
# common nouns that stand for actors: a doer so named is someone, not a thing
_ACTOR_NOUNS = frozenset().union(*load_words("actor_nouns").values())


def own_deed(found: Found, screens: Screens) -> bool:
    """ "Russia's aggression against Ukraine", "the attacks by Houthis against cargo vessels":
    a deed of force with its doer named is no stance of the doer on its victim. A speaker who
    names the deed so ("Chile's aggression against Peru has put an end to an era") judges the
    doer: that charge (stances/charged_deeds.py) stays."""
    cue = found.cue
    if found.relation not in {"criticizes", "opposes"} or cue.pos_ != "NOUN" or cue.lemma_.lower() not in screens.deeds:
        return False
    if found.rule == "charged_deed":
        return False
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in cue.children)


def attempted(found: Found, screens: Screens) -> bool:
    """ "his failed attempts to seek accommodations with armed groups", "Russia's willingness to
    promote instability": an act named as someone's attempt is the writer's or a critic's account
    of a deed, no position its doer states."""
    cue = found.cue
    if found.relation in EVENT_RELATIONS or cue.pos_ != "VERB":
        return False
    for _ in range(6):
        head = cue.head
        if head.i == cue.i:
            return False
        if cue.dep_ in {"acl", "xcomp"} and head.lower_ in screens.attempts and _named_attempt(head):
            return True
        if cue.dep_ != "conj" and not (cue.dep_ == "xcomp" and head.pos_ == "VERB"):
            return False
        cue = head  # "attempts to promote instability and use nuclear rhetoric", "attempts to continue destabilizing"
    return False


def _named_attempt(word: Token) -> bool:
    """Whether an attempt word is a noun, also one the tagger took for a verb in a list
    ("baseless claims, and attempts to continue ...": no verb of a clause of its own)."""
    return word.pos_ == "NOUN" or word.dep_ in {"conj", "dobj", "obj", "pobj", "appos"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in word.children
    )


def harm_by_other(found: Found, screens: Screens) -> bool:
    """Whether an opposition is read from a verb of harm whose doer is a thing, not the holder:
    "the decision undermines ongoing efforts", "politicization will sabotage the atmosphere of
    cooperation", "a provocation that undermines the constitutional framework"."""
    cue = found.cue
    if found.relation != "opposes" or cue.pos_ != "VERB" or cue.lemma_.lower() not in screens.harming:
        return False
    harmed = [c for c in cue.children if c.dep_ in {"dobj", "obj", "prep", "dative"}]
    if not any(found.target.text in cue.doc[c.left_edge.i : c.right_edge.i + 1].text for c in harmed):
        return False  # "the proclamation would undermine the efforts": the doer opposed, read elsewhere
    doer = _doer(cue)
    if doer is None:
        return False
    label, named = found.holder.label.lower(), " ".join(t.text for t in doer.subtree).lower()
    if doer.lower_ in label or label in named:
        return False  # the holder's own deed: "Macron pledges to block the deal" (a headline's nouns)
    if doer.dep_ == "poss":  # "criticized Israel's role in blocking a ceasefire": Israel's deed
        return doer.pos_ == "PROPN"
    return (
        doer.pos_ == "NOUN"
        and not doer.ent_type_
        and doer.lower_ not in _ACTOR_NOUNS
        and doer.lemma_.lower() not in _ACTOR_NOUNS
    )


def _doer(verb: Token) -> Token | None:
    """Who or what does a verb: its subject, the noun a relative clause or participle hangs from
    ("a provocation that undermines", "sanctions hindering"), or the doer of the verb it is
    joined to or the complement of ("sought to derail", "will sabotage ... and undermine");
    None for a passive or a verb with none."""
    for _ in range(4):
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)
        if subject is not None:
            return subject
        if verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ in {"VBG", "VBN"}:
            return verb.head if verb.head.pos_ == "NOUN" else None  # not "efforts to block": whose efforts
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            return _owner_of_part(verb.head.head)  # "Israel's role in blocking"
        if verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _owner_of_part(word: Token) -> Token | None:
    """Whose part an "in" phrase tells of: the possessor of the noun it hangs from, or of the
    object of the verb it hangs from ("criticized Israel's role in blocking": Israel)."""
    if word.pos_ in {"VERB", "AUX"}:
        word = next((c for c in word.children if c.dep_ in {"dobj", "obj"}), word)
    if word.pos_ != "NOUN":
        return None
    return next((c for c in word.children if c.dep_ == "poss"), None)
