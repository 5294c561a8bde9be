"""Acts two sides agreed on together: cooperates_with from "Armenia and Azerbaijan agreed to launch
a border delimitation process", "the two sides agreed to revive the boundary mechanisms", "Nepal
and China agreed on a joint inspection", "both countries decided to build a border trading point".

Sides who agree between them on a step to take work together on it, one line per pair (scored
both ways, CONVENTIONS.md). A lone agreer ("Kenya agreed to pay the debt") agrees with no one
named here; agreeing with a named partner ("agreed with his counterpart to expand trade") is
stances/agreeing.py's. The verbs are the [cooperates_with] agree_verbs; the agreement must be
told as reached (events/acts.py reads a verb only as an act done: not negated, hypothetical or
only sought), and not failed ("failed to agree") or only sought ("are trying to agree").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.resolve import Resolved, Resolver
from ..arguments import Target
from ..context.frame import Frame
from ..context.holders import holders
from ..context.subjects import subject_of
from ..cues import Lexicon
from ..found import Found
from ..moods import negated
from .abroad import home_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_SIDE_TYPES = frozenset({"state", "organization", "group"})
# words of a step that is only more talking: "agreed to continue talks", "to remain in close contact"
_TALKS = frozenset({"contact", "discussion", "discussions", "negotiation", "negotiations", "talk", "talks"})
# more sides than this agreeing on a step are a gathering's decision, not pairwise work
_MOST_SIDES = 3
# verbs over an agreement that make it none reached: "failed to agree", "struggled to agree"
_UNREACHED = frozenset({"fail", "struggle", "try", "attempt", "seek", "hope", "want", "need", "expect"})


def agreed_together(verb: Token, frame: Frame, resolver: Resolver, lexicon: Lexicon) -> Iterator[Found]:
    """The sides of a verb of agreeing, two or three, that agreed on a step: a to-infinitive
    ("agreed to launch"), or a thing agreed on ("agreed on a joint inspection")."""
    if verb.lemma_.lower() not in lexicon.events["cooperates_with"].get("agree_verbs", ()):
        return
    words = lexicon.events["cooperates_with"]
    step = _step_agreed(verb)
    if step is None or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _UNREACHED or _to_come(verb):
        return
    settling = words.get("settling_words", frozenset())
    if any(t.lemma_.lower() in settling or t.lower_ in settling for t in step.subtree):
        return  # "agreed on key terms of a peace treaty", "agreed to exchange prisoners": foes settling
    if negated(step) or any(t.lower_ in _TALKS for t in step.subtree):
        return  # "decided not to be signers"; "agreed to continue talks": only more talking agreed
    sides, how = _sides(verb, frame, resolver)
    if how != "subject" or not 2 <= len(sides) <= _MOST_SIDES:
        return  # the sides named in the subject itself ("they", "the two sides" may stand for others)
    for n, side in enumerate(sides):
        for other in sides[n + 1 :]:
            yield Found(side, "cooperates_with", Target(other.label, other), verb, f"agreed_together/{how}", 0.55)


def _step_agreed(verb: Token) -> Token | None:
    """The step a verb of agreeing names: its to-infinitive complement, or its "on"/"upon" object."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"} and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in child.children
        ):
            return child
        if child.dep_ == "prep" and child.lower_ in {"on", "upon"}:
            return next((p for p in child.children if p.dep_ in {"pobj", "pcomp"}), None)
    return None


# auxiliaries of an agreement still to come: "Putin and I will decide to deploy them if necessary"
_FUTURE = frozenset({"will", "shall", "'ll", "’ll", "wo"})


def _to_come(verb: Token) -> bool:
    """Whether the agreement is still to come: a future auxiliary, or "yet" ("had yet to decide")."""
    near = [*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else ())]
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE or c.lower_ == "yet" for c in near)


def _sides(verb: Token, frame: Frame, resolver: Resolver) -> tuple[list[Resolved], str]:
    """The distinct states and bodies the subject names (people for the states they serve), and
    how the first was found ("subject", "they", "numbered")."""
    named = holders(subject_of(verb), frame, resolver)
    found = [home_of(a, resolver) if a.type == "person" else a for a, _ in named]
    sides = [a for a in found if a is not None and a.type in _SIDE_TYPES]
    return list({a.id: a for a in sides}.values()), named[0][1] if named else ""
