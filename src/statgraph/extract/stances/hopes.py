"""Hopes: what a holder hopes will happen is a stance on it. "Cameron hoped the islanders would
remain British" and "Wang Yi expressed hope that both nations would explore ways for peaceful
coexistence" support what is hoped for; a hope that another named side will act ("We hope the US
side will implement the consensus", "It is hoped that the U.S. will correct them") asks that side
to act, a demand.

The hope is the verb with a that-clause, the noun an expressing verb governs ("expressed hope
that"), or the impersonal passive "it is hoped that", held by the speaker's side. A hope that
something will not happen opposes it ("We hope the Israeli side does not use the truce to attack
Gaza" opposes that act), unless the clause goes on to what is hoped ("does not change course and
remains our ally"); a hope for a plain infinitive ("hopes to join") is the verb rules'; a
negated or hypothetical hope states nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..arguments import clause_target
from ..context.holders import holders
from ..context.subjects import subject_of
from ..found import Found
from ..moods import irrealis, negated
from ..registry import Context, extractor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

# The forms of "hope" (the small model lemmatizes "hoped" as "hop").
_HOPE = frozenset({"hope", "hopes", "hoped", "hoping"})
# Determiners of a clause subject that takes in the holder's side: "both nations", "all parties".
_TOGETHER = frozenset({"both", "all", "two", "each"})
_RELATIVES = frozenset({"which", "that", "who", "whom"})
# First-person hopers are the verb rules' ("We hope the US side will ...": verbs.py reads them).
_FIRST_PERSON = frozenset({"i", "we"})
# The negation of a clause hoped against, and its "do": "does not use" -> "use".
_NEGATION = re.compile(
    r"\b(?:(?:do|does|did|will|would|can|could)\s+(?:not|never)|(?:do|does|did|would|could|ca|wo)n[’']t|not|never)\s+",
    re.IGNORECASE,
)
# Verbs by which a holder voices a hope noun: "expressed hope that", "voiced the hope that".
_VOICING = frozenset({"express", "voice", "share", "reiterate", "convey", "state"})


@extractor(cues=lambda lexicon: _HOPE)
def stated_hopes(sent: Span, context: Context) -> Iterator[Found]:
    """Yield the support (or demand) a hope with a that-clause states."""
    frame, resolver = context.frame, context.resolver
    for token in sent:
        if token.lower_ not in _HOPE:
            continue
        hoped = _hoped_clause(token)
        if hoped is None:
            continue
        verb = token if token.pos_ in {"VERB", "AUX"} else token.head
        if negated(verb) or irrealis(verb):
            continue
        target = clause_target(hoped, resolver)
        if target is None:
            continue
        if negated(hoped):
            if not hoped_against(hoped):
                continue
            target = replace(target, text=_NEGATION.sub("", target.text))
        for holder, how in _hopers(token, verb, context, first_person=negated(hoped)):
            relation = "demands" if _other_side_acts(hoped, holder, context) else "supports"
            yield Found(holder, "opposes" if negated(hoped) else relation, target, token, f"hope/{how}", 0.55)


def hoped_against(hoped: Token) -> bool:
    """Whether a negated hoped clause only hopes against an act: "hope X does not attack",
    not "hope X does not change course and remains our ally" (a hope for what follows)."""
    return negated(hoped) and not any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not negated(c) for c in hoped.children)


def _hoped_clause(token: Token) -> Token | None:
    """The clause hoped for: the verb's that-clause, or the clause a voiced hope noun governs."""
    if token.pos_ == "VERB":
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
    elif token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in _VOICING:
        clauses = [c for c in token.children if c.dep_ in {"acl", "ccomp"}]
    else:
        return None
    return next((c for c in clauses if c.pos_ in {"VERB", "AUX"} and _has_subject(c)), None)


def _has_subject(clause: Token) -> bool:
    """A that-clause with its own subject ("the islanders would remain"), not an infinitive, nor a
    relative pronoun's ("agreements which Moscow hopes would ease tensions": the agreements')."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    return bool(subjects) and not any(c.lower_ in _RELATIVES for c in subjects)


def _hopers(token: Token, verb: Token, context: Context, *, first_person: bool) -> list[tuple[Resolved, str]]:
    """Who hopes: the subject of the verb (of "hope", or of "expressed hope"); for the impersonal
    "it is hoped that" the side the speaker speaks for; "we" and "I" only with `first_person`
    (their hopes for an act are the verb rules')."""
    subject = subject_of(verb)
    if subject is None or subject.lower_ in _FIRST_PERSON and not first_person:
        return []
    if subject.lower_ == "it" and subject.dep_ == "nsubjpass":
        behalf = context.frame.behalf
        return [(behalf, "impersonal")] if behalf is not None else []
    return holders(subject, context.frame, context.resolver)


def _other_side_acts(clause: Token, holder: Resolved, context: Context) -> bool:
    """Whether the hoped clause's subject is a named side other than the holder."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON" or any(c.lower_ in _TOGETHER for c in subject.children):
        return False  # "both nations would explore ways for peaceful coexistence": the holder's side too
    sides = holders(subject, context.frame, context.resolver)
    return bool(sides) and all(side.id != holder.id for side, _ in sides)
