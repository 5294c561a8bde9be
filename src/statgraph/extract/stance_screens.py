"""Screens of stances a sentence names but its holder no longer (or never) takes as a stance:
a stance its holder has stopped ("have stopped funding UNRWA" supports UNRWA no more) and a
command given to one's own agents ("ordered the embassy to lodge a protest", "instructed the
ministers to meet") read as a demand.

- ended: a stance cue that is the gerund object of an ending verb ("stopped funding X",
  "ceased supporting X", "suspended backing X") is a stance given up, none held.
- commanded: ordering and instructing are acts of authority over one's own agents, not a
  position a holder takes: a demand is read from them only in its own words ("demanded").

The word lists are data in ontology/screens.toml ([ended] verbs, [commands] verbs).
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


def commanded(found: Found, screens: Screens) -> bool:
    """Whether a demand is read from a verb of command: "ordered the ministry to", "instructed
    the embassy to" (the order is an act; what is demanded in so many words stays)."""
    return found.relation == "demands" and found.cue.lemma_.lower() in screens.commanding
