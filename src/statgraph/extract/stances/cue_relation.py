"""Which relation, and which polarity, one stance cue gives where it stands.

A cue's own relation comes from ontology/cues.toml; here it is read in its clause: negation
turns a support verb into its sg:negation ("does not accept" opposes) or a refusal ("isn't
seeking confrontation" rejects it), or drops it; a wish for others' acts is a demand; a
hypothetical, denied or gerund-subject clause states nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words
from .hopes import hoped_against
from .sponsoring import sponsored_text
from ..moods import WISHES, bygone, counterfactual, denied, gerund_subject, irrealis, negated, others_act, unrealised

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..cues import Cue

# Positions held over time, which a speaker can say were given up ("used to oppose", "once backed").
_POSITIONS = frozenset({"supports", "opposes"})
# Support verbs whose negation is opposition ("does not accept"); others just drop.
_FLIPPABLE = frozenset(
    "support back accept endorse welcome approve recognise recognize agree favor favour heed".split()
)
# Verbs whose negation is a refusal: "Russia isn't seeking confrontation" rejects it.
_REFUSALS = frozenset({"seek", "want", "accept", "tolerate", "recognise", "recognize", "allow"})
# "We thank the envoy for her briefing": a courtesy (ontology/speech.toml)
# "will appeal the ruling" contests it; "appealed for calm" asks (ontology/phrases.toml)
_ASKING_WITH_PREPOSITION = words("phrases", "asking_with_preposition")
# Verbs of giving something up: negated, they reject the giving up ("will never give up X").
ABANDON = frozenset({"abandon", "renounce", "give up", "surrender", "relinquish", "drop", "scrap"})


def _apply_negation(cue: Cue, token: Token) -> tuple[str, bool] | None:
    """The relation a cue gives, negation applied: only plain support verbs flip."""
    if not negated(token):
        return cue.relation, False
    if cue.words in ABANDON:
        return "rejects", True  # "would never give up its nuclear weapons" rejects giving them up
    if cue.kind == "verb" and cue.words in _REFUSALS:
        return "rejects", True  # "isn't seeking confrontation", "will never accept"
    flips = cue.negated and (cue.kind != "verb" or cue.words in _FLIPPABLE)
    return (cue.negated, True) if flips else None


def cue_relation(token: Token, cue: Cue, obj: Token) -> tuple[str, bool] | None:
    """The relation a cue gives here and whether it was negated; None when it states nothing."""
    if irrealis(token) or gerund_subject(token) or denied(token) or unrealised(token):
        return None
    if cue.relation in _POSITIONS and bygone(token):
        return None  # "used to oppose the plan": a position given up ("once put forward a plan" was done)
    if cue.relation == "demands" and cue.words in _ASKING_WITH_PREPOSITION and obj.dep_ in {"dobj", "obj"}:
        return None  # "will appeal parts of the ruling": a challenge in court, no demand
    if cue.words in WISHES and counterfactual(obj):
        return None  # "I wish we could have met them": a regret, not support
    if any(c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in obj.children):
        # "backs neither side" backs none; "will accept no interference" refuses it
        return ("rejects", True) if cue.kind == "verb" and cue.words in _REFUSALS else None
    decided = _apply_negation(cue, token)
    if decided is None:
        return None
    relation, was_negated = decided
    if relation == "supports" and cue.words == "hope" and others_act(token, obj) and hoped_against(obj):
        return None  # "We hope X does not attack": opposed, read with hopes (stances/hopes.py)
    if relation == "supports" and cue.words in WISHES and others_act(token, obj):
        relation = "demands"  # "We hope the US will work with China": what one hopes others do
    if relation == "supports" and sponsored_text(cue, obj):
        relation = "proposes"  # "sponsored the draft resolution" puts it forward
    if relation == "supports" and any(c.lower_ in {"less", "fewer"} for c in obj.children):
        relation = "opposes"  # "Putin wanted less NATO"
    if relation == "supports" and obj.dep_ == "pobj" and obj.head.lower_ == "against" and obj.head.head.i == token.i:
        relation = "opposes"  # "defending against the missile threat", "protect against attacks": what is warded off
    return relation, was_negated
