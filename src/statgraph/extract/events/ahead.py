"""Events told at a time still ahead: "Macron visits Beijing next week", "the two leaders meet
tomorrow", "his talks with Xi later this month", "will join the bloc in the coming months". A
meeting, visit, deployment, membership or tie so told is not (yet) one (CONVENTIONS.md: a planned
visit or meeting is none); a time gone by ("last week") or one with no side ("on Monday") leaves
the event as told.

The word lists are ontology/event_forms.toml's ahead_days, ahead_modifiers and time_units.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

AHEAD_DAYS = words("event_forms", "ahead_days")
AHEAD_MODIFIERS = words("event_forms", "ahead_modifiers")
TIME_UNITS = words("event_forms", "time_units")
FUTURE_AUXILIARIES = words("event_forms", "future_auxiliaries")
STILL_VERBS = words("event_forms", "still_verbs")
# the relations of the events a time ahead makes not (yet) held
TIMED_RELATIONS = frozenset({"cooperates_with", "deployed_to", "member_of", "met_with", "visited"})
# the relations whose event a future auxiliary makes not (yet) held: a membership ("six countries
# will join BRICS"). A meeting or visit told to come is dropped by screens.py (events/planned.py);
# a tie told to come is still a tie; a deployment told by its own verb with a future auxiliary
# is none yet (event_screens.deployment_to_come; a withdrawal to come presupposes the forces there)
FUTURE_RELATIONS = frozenset({"member_of"})
_TIME_DEPS = frozenset({"advmod", "npadvmod", "obl", "tmod"})
_TIME_PREPS = frozenset({"during", "in", "over", "within"})


def set_ahead(cue: Token) -> bool:
    """Whether an event's cue, or the clause it sits in, is told at a time still ahead: the cue's
    own time ("talks next week"), else that of the verb it hangs on ("travels to Beijing next week
    for talks", "the talks resume tomorrow"), up to the first verb (the clause's own)."""
    token = cue
    for _ in range(4):
        if time_ahead(token):
            return True
        if token.head.i == token.i or token.pos_ in {"VERB", "AUX"} and token.dep_ != "xcomp":
            return False
        token = token.head
    return False


def told_to_come(cue: Token) -> bool:
    """Whether an event's cue hangs on a verb told with a future auxiliary: "six countries will
    join BRICS", "Kenya would join the bloc"; not a verb of going on ("will continue to take part
    in the bloc": the event holds now)."""
    token = cue
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"} and token.dep_ != "xcomp":
            return token.lemma_.lower() not in STILL_VERBS and _future(token)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _future(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)


def time_ahead(token: Token) -> bool:
    """Whether a word has a time still ahead among its modifiers: "next week", "tomorrow", "later
    this month", or after "in": "in the coming days", "within the next two weeks"."""
    for child in token.children:
        if child.dep_ in _TIME_DEPS and _ahead(child):
            return True
        if child.dep_ == "prep" and child.lower_ in _TIME_PREPS:
            if any(p.dep_ == "pobj" and _ahead(p) for p in child.children):
                return True
    return False


def _ahead(time: Token) -> bool:
    """ "tomorrow"; a unit of time with "next" or "coming" ("next Monday", "the coming weeks"), or
    with "later this" ("later this year")."""
    if time.lower_ in AHEAD_DAYS:
        return True
    if time.lower_ not in TIME_UNITS:
        return False
    modifiers = {c.lower_ for c in time.children}
    return bool(modifiers & AHEAD_MODIFIERS) or {"later", "this"} <= modifiers
