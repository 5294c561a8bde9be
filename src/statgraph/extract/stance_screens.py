"""Screens of stances a sentence names but its holder does not take: an act only trained for,
rehearsed or beyond one's ability.

- alleged: a stance someone else only alleges of its holder ("the UAE's alleged support for the
  RSF", "Iran allegedly armed the militia") is that speaker's charge, not the holder's position.
- mere_reply: a side's own response to something ("Iran's response to the call") is a reply, no
  warning, unless a hostile word qualifies it ("a stern response").
- things_as_group: "these sanctions hinder our development", "these moves undermine stability":
  a demonstrative phrase for things ("these", "those" with a plural noun) is no group of actors
  last spoken of; only actor nouns ("these countries", "those hawks") stand for one.
- rehearsed: an act only trained for or rehearsed, or beyond one's ability ("the marines will
  train to provide humanitarian assistance", "is unable to provide funding"), is no act done or
  stance taken: the cue is the to-infinitive of such a verb or adjective.

The word lists are data in ontology/screens.toml ([rehearsed] words, [replies], [alleged]);
screens.screen_reason runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..words import load_words
from .context.subjects import subject_of
from .moods import to_infinitive

if TYPE_CHECKING:
    from .found import Found
    from .screens import Screens


def rehearsed(found: Found, screens: Screens) -> bool:
    """Whether the cue is an act only trained for or out of reach: "will train to provide
    assistance", "exercises to rehearse deploying", "is unable to provide funding" (through a
    list of infinitives: "train to provide aid and to conduct operations")."""
    current = found.cue
    while current.dep_ == "conj" and current.head.i != current.i and current.head.pos_ in {"VERB", "AUX"}:
        current = current.head
    infinitive = to_infinitive(current)
    return (
        infinitive
        and current.dep_ in {"xcomp", "advcl", "acl"}
        and current.head.lemma_.lower() in screens.rehearsing
    )


def mere_reply(found: Found, screens: Screens) -> bool:
    """Whether a warning read from its owner's response is only a reply to something: "Iran's
    response to the UAE's call", "the bloc's response to the US move"; "Seoul's stern response to
    the launch", "measures used as Moscow's response in the event of a threat" still warn."""
    cue = found.cue
    return (
        found.relation == "warns"
        and cue.lemma_.lower() in screens.replies
        and found.rule.endswith("/possessive")
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in cue.children)
        and not any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in screens.hostile_replies for c in cue.children)
    )


def alleged(found: Found, screens: Screens) -> bool:
    """Whether the cue of a stance is qualified as only alleged: "the UAE's alleged support for the
    RSF", "Iran purportedly backed the militia" (the stance the holder takes of being accused, if
    any, is read from the accusing verb, not here)."""
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in screens.alleging for c in found.cue.children)


def things_as_group(found: Found) -> bool:
    """Whether the holder was read from a demonstrative phrase for things, not actors: "these
    sanctions ... hinder our development", "these moves undermine regional stability" (the
    holder resolution's "these" reading, context/holders.py, takes any plural noun); "these
    countries agreed", "those hawks demand" (nouns of ontology/actor_nouns.toml) still speak."""
    if not found.rule.endswith("/these"):
        return False
    subject = subject_of(found.cue)
    if subject is None or not any(c.dep_ == "det" and c.lower_ in {"these", "those"} for c in subject.children):
        return False
    return not {subject.lemma_.lower(), subject.lower_} & _actor_nouns()


def _actor_nouns() -> frozenset[str]:
    return frozenset().union(*load_words("actor_nouns").values())
