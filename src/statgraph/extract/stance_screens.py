"""Screens of stances a sentence names but its holder no longer (or never) takes as a stance:
a stance its holder has stopped ("have stopped funding UNRWA" supports UNRWA no more) and a
command given to one's own agents ("ordered the embassy to lodge a protest", "instructed the
ministers to meet") read as a demand.

- ended: a stance cue that is the gerund object of an ending verb ("stopped funding X",
  "ceased supporting X", "suspended backing X") is a stance given up, none held.
- rehearsed: an act trained for, rehearsed or within one's ability only ("the marines will train
  to provide humanitarian assistance", "is unable to provide funding") is no act done or stance
  taken: the cue is the to-infinitive of such a verb or adjective.
- commanded: ordering and instructing are acts of authority over one's own agents, not a
  position a holder takes: a demand is read from them only in its own words ("demanded").

The word lists are data in ontology/screens.toml ([ended] verbs, [commands] verbs,
[rehearsed] words).
screens.screen_reason runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .moods import negated

if TYPE_CHECKING:
    from .found import Found
    from .screens import Screens

# How a gerund hangs from the verb that ends it: "stopped funding", "ceased to support".
_COMPLEMENTS = frozenset({"xcomp", "dobj", "obj", "ccomp", "pcomp"})


def ended(found: Found, screens: Screens) -> bool:
    """Whether the cue is what an ending verb ends: "have stopped funding UNRWA" (not "have not
    stopped funding UNRWA", which still funds it)."""
    cue = found.cue
    verb = cue.head
    return (
        cue.dep_ in _COMPLEMENTS
        and verb is not cue
        and verb.pos_ in {"VERB", "AUX"}
        and verb.lemma_.lower() in screens.ending
        and (cue.tag_ == "VBG" or cue.tag_ == "VB")
        and not negated(verb)
    )


def rehearsed(found: Found, screens: Screens) -> bool:
    """Whether the cue is an act only trained for or within reach: "will train to provide
    assistance", "exercises to rehearse deploying", "is unable to provide funding" (through a
    list of infinitives: "train to provide aid and to conduct operations")."""
    current = found.cue
    while current.dep_ == "conj" and current.head is not current and current.head.pos_ in {"VERB", "AUX"}:
        current = current.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
    return (
        infinitive
        and current.dep_ in {"xcomp", "advcl", "acl"}
        and current.head.lemma_.lower() in screens.rehearsing
    )


def commanded(found: Found, screens: Screens) -> bool:
    """Whether a demand is read from a verb of command: "ordered the ministry to", "instructed
    the embassy to" (the order is an act; what is demanded in so many words stays)."""
    return found.relation == "demands" and found.cue.lemma_.lower() in screens.commanding
