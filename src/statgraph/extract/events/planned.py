"""Events only planned, foreseen or possible: "Scholz will travel to Serbia and hold talks with
Vucic", "Grossi would meet Raisi", "is due to meet", "plans to visit", "Scholz to visit Serbia" (a
headline's infinitive), "will host a meeting", "the talks would start on Saturday", "allowing
Kosovo to join the UN", "New Delhi's bid to become a permanent member", "I would like to arrange
a visit to Japan", "ahead of his visit to China", "his visit taking place from upcoming Friday".

CONVENTIONS.md: a planned or cancelled visit or meeting is none, and applying, hoping or being
invited to join is no membership. So a meeting, visit or membership whose verb, or the verb its
noun is an argument of, is told with a future or possible auxiliary, hangs on a word of planning,
or is a headline's infinitive, is dropped (screens.py, `planned_event`). Deployments are left as
they are read (deployments.py reads arms or forces a state says it will send as sent; a sending
only decided, voted or allowed is none there: deployments.sending_unsent).

The word lists are ontology/event_forms.toml's planning_heads, leave_heads and coming, with
cues.toml's refusals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from ..context.subjects import INTENT_NOUNS
from ..moods import event_mood, to_infinitive
from .ahead import STILL_VERBS
from .unheld import COMING, unheld

if TYPE_CHECKING:
    from spacy.tokens import Token

# the relations of events a plan does not make: CONVENTIONS.md names meetings, visits and membership
PLANNED_RELATIONS = frozenset({"met_with", "visited", "member_of"})
_PLANNING_HEADS = words("event_forms", "planning_heads")
_AWAITING_NOUNS = words("event_forms", "awaiting_nouns")
# how a meeting or visit noun is an argument of the verb that tells whether it happened
_ARGUMENTS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr"})
_EVENT_NOUN_HEADS = INTENT_NOUNS | _AWAITING_NOUNS
_PERMITTING = frozenset({"allow", "enable", "let", "permit"})
_READY = frozenset({"eager", "keen", "prepared", "ready", "willing"})


def planned_event(relation: str, cue: Token) -> bool:
    """Whether a meeting, visit or membership is only planned, foreseen or possible: its verb's
    mood, or that of the verb its noun is an argument of ("will hold talks"); whether a tie is
    only planned ("is looking to work with the UK", "plans to sign a pact with X"; a tie told to
    come, "will continue to work together", or a readiness, "is ready to work with X", is held)."""
    if relation == "cooperates_with":  # a readiness is the tie its holder states: "is ready to work with X"
        return cue.pos_ in {"VERB", "AUX"} and _under_planning(cue, exempt=_READY)
    if relation not in PLANNED_RELATIONS:
        return False
    if cue.pos_ in {"NOUN", "PROPN"}:
        if relation != "member_of" and unheld(cue) or _ahead_of(cue) or _coming_acl(cue):
            return True  # unheld.py reads meeting and visit nouns ("a peace plan agreed between members")
        verb = _verb_of(cue)
        return verb is not None and _planned_verb(verb)
    return _planned_verb(cue)


def _planned_verb(verb: Token) -> bool:
    """A verb told with a future or possible auxiliary ("will meet", "would meet", "is to
    meet"), a headline's or an intent's infinitive ("Scholz to visit Serbia", "a bid to join"),
    or the complement of a word of planning ("plans to visit", "allowing Kosovo to join")."""
    if verb.lemma_.lower() in STILL_VERBS:
        return False
    if event_mood(verb) is not None:
        return True
    infinitive = to_infinitive(verb)
    head = verb.head
    if infinitive and verb.dep_ == "acl" and (head.pos_ == "PROPN" or head.lemma_.lower() in _EVENT_NOUN_HEADS):
        return True  # "Germany's Scholz to visit Serbia", "New Delhi's bid to become a member"
    if infinitive and verb.dep_ == "ROOT":
        return True  # "To visit Serbia next week": a headline's plan
    current = verb
    for _ in range(3):  # "will travel to Serbia and hold talks", "agreed to make arrangements for Li to visit"
        if current.dep_ not in {"xcomp", "ccomp", "conj"} or current.head.i == current.i:
            return False
        # a clause ("said he visited") is planned only as an infinitive: "allowing Kosovo to join"
        clause = current.dep_ == "ccomp"
        if clause and not to_infinitive(current):
            return False
        current = current.head
        still = current.lemma_.lower() in STILL_VERBS
        if planning(current) or not clause and event_mood(current) is not None and not still:
            return True
    return False


def planning(head: Token) -> bool:
    """A word of planning over an act ("plans to", "is due to", "allowing X to"); not a
    permission told as given ("he was allowed to arrive in Skopje": he arrived)."""
    lemma = head.lemma_.lower()
    if lemma not in _PLANNING_HEADS and head.lower_.removesuffix("s") not in _PLANNING_HEADS:
        return False
    return not (lemma in _PERMITTING and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in head.children))


def _under_planning(verb: Token, *, exempt: frozenset[str]) -> bool:
    """A to-infinitive under a word of planning not exempt: "is looking to work with", "plans to sign"."""
    if not to_infinitive(verb):
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    head = verb.head
    return verb.dep_ in {"xcomp", "ccomp"} and head.i != verb.i and head.lemma_.lower() not in exempt and planning(head)


def _verb_of(noun: Token) -> Token | None:
    """The verb a meeting or visit noun is an argument of: "will hold talks", "the talks would
    start"; through a conjunct ("held a meeting and a lunch")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in _ARGUMENTS and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    return None


def _ahead_of(noun: Token) -> bool:
    """ "ahead of his visit to China", "in the run-up to the summit": an event still to come."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return True
    return prep.lower_ == "to" and prep.head.lower_ == "run"


def _coming_acl(noun: Token) -> bool:
    """ "his visit to India taking place from upcoming Friday": a clause on the noun sets it at a
    time still to come."""
    return any(
        c.dep_ == "acl" and any(t.lower_ in COMING for t in c.subtree) for c in noun.children
    )
