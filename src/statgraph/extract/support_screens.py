"""Screens of support readings that state no position of their holder.

- others_aim: someone's effort or ambition named inside another's account is that speaker's
  view of the aim, no support its owner states: "Bessent praised Milei's efforts to dismantle
  currency controls", "attempts to undermine Syria's efforts to maintain peace", "concerns over
  China's ambitions in the region", "efforts by the regional bloc to advance dialogue". The aim
  noun is the object of another's verb or preposition; one's own "made great efforts to salvage
  the deal", "will continue its efforts to achieve stability" are kept.
- joint_step: two sides agreeing to keep up or widen their own dealings ("agreed to consult
  closely in the days ahead", "agreed to explore new areas of cooperation", "agreed to expand
  and deepen cooperation", "agreed to upgrade their countries' relations") is a step of their
  tie, no support of an issue; "agreed to a ceasefire", "agreed to lift sanctions on Syria", "agreed to
  hold elections" still are.
- hosted_guests: welcoming guests or their visit is hospitality, no support of them: "the minister
  welcomed all participants of the forum", "we welcome you and your delegation", "welcomed the
  foreign minister's visit"; "welcomed the decision", "welcomed the talks" still support.
- lent_reversed: a support noun in a "with" adjunct ("with the backing of Vox, Feijoo is set to
  win", "passed with the BJP's support") is backing lent by its owner to the clause's subject
  (stances/lent_backing.py); the noun reader's other readings of it (the subject supporting the
  owner) run the wrong way and are dropped.
- credited_owner: in "Singapore thanked Norway for its support for X" the support is Norway's
  (stances/credited.py), as it is Congress's in "asked Congress for its support"; the noun
  reader's reading of "its" as the subject's is dropped.

The word lists are data in ontology/screens.toml ([aims] nouns and own, [joint_steps] verbs,
[guests] nouns); screens.screen_reason runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .stances.lent_adjuncts import credited_noun, givers, lent

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .found import Found
    from .screens import Screens

# the noun readings whose holder is the aim's owner: "Milei's efforts", "efforts by the bloc", "UN efforts"
_OWNER_RULES = frozenset({"noun/possessive", "noun/by", "noun/issuer"})
_AGREEING = frozenset({"agree"})
_WELCOMING = frozenset({"welcome"})


def others_aim(found: Found, screens: Screens) -> bool:
    """Whether a support is read from an owner's aim noun governed by another's word."""
    cue = found.cue
    if found.relation != "supports" or found.rule not in _OWNER_RULES or cue.lower_ not in screens.aim_nouns:
        return False
    if cue.dep_ in {"dobj", "obj"}:
        governor = cue.head
    elif cue.dep_ == "pobj" and cue.head.dep_ == "prep":
        governor = cue.head.head  # "support for Iraq's efforts", "amid North Korea's efforts"
    else:
        return False  # the aim told on its own: "the bloc's efforts have been held up"
    return governor.i != cue.i and governor.lemma_.lower() not in screens.own_aims


def joint_step(found: Found, screens: Screens) -> bool:
    """Whether a support is read from agreeing to a step of the sides' own dealings."""
    cue = found.cue
    if found.relation != "supports" or cue.lemma_.lower() not in _AGREEING:
        return False
    verb = _agreed_verb(cue, found.target.head)
    return verb is not None and verb.lemma_.lower() in screens.joint_steps


def _agreed_verb(cue: Token, head: str) -> Token | None:
    """The verb of the target clause: the target's head word among the agreeing verb's words."""
    if not head:
        return None
    return next((t for t in cue.subtree if t.i > cue.i and t.text == head and t.pos_ == "VERB"), None)


def hosted_guests(found: Found, screens: Screens) -> bool:
    """Whether a support is read from welcoming guests or their visit."""
    if found.relation != "supports" or found.cue.lemma_.lower() not in _WELCOMING or found.target.actor is not None:
        return False
    words = found.target.text.lower().replace("’", "'").split()
    head = (found.target.head or (words[-1] if words else "")).lower()
    return head in screens.guests


def lent_reversed(found: Found, screens: Screens) -> bool:
    """Whether a support is the noun reader's reading of a noun of backing lent by its owner or
    its "of"/"from"-phrase in a "with" adjunct."""
    cue = found.cue
    if found.relation != "supports" or not found.rule.startswith("noun/"):
        return False
    return lent(cue) and bool(givers(cue))


# the noun reader's readings whose holder is a possessive pronoun ("its support")
_PRONOUN_OWNED = frozenset({"noun/its", "noun/their", "noun/his", "noun/her"})


def credited_owner(found: Found, screens: Screens) -> bool:
    """Whether a support is the noun reader's reading of support that the object of the verb owns:
    "thanked Norway for its support", "asked Congress for its support" (Congress's, not the asker's)."""
    if found.relation != "supports" or found.rule not in _PRONOUN_OWNED:
        return False
    return credited_noun(found.cue) is not None
