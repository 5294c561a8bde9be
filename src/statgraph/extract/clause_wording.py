"""The words of a clause read as a target: a that-clause with the subject a reader needs, a
relative clause with its antecedent. Grammar only: `arguments.clause_target` makes the target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import phrase, phrase_span
from .wording import tidy

if TYPE_CHECKING:
    from spacy.tokens import Token

_RELATIVES = frozenset({"that", "which", "who"})


def clause_text(verb: Token, start: int, end: int, *, that_clause: bool) -> tuple[int, str]:
    """Where a clause target starts and its words, with the subject a reader needs: a
    that-clause's noun subject read back from the verb ("that the 239 hostages seized on
    October 7, who ..., are released"), a relative clause's antecedent ("Philippine vessels
    that had illegally entered its waters" -> "Philippine vessels illegally entered its waters")."""
    doc = verb.doc
    text = tidy(doc[start:end].text)
    subject = _far_subject(verb, start) if that_clause else None
    if subject is not None:
        rest = tidy(doc[max(start, subject.right_edge.i + 1) : end].text)
        return subject.i, f"{phrase(subject)} {rest}"
    antecedent = _antecedent(verb)
    if antecedent is not None:
        first = phrase_span(antecedent).start
        return first, f"{tidy(doc[first : antecedent.i + 1].text)} {text}"
    return start, text


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's "that", "which" or "who" stands for, also where the parser
    took the pronoun for a conjunction ("boats that “illegally” entered its waters")."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ not in {"relcl", "acl"} or any(c.lower_ not in _RELATIVES for c in subjects):
        return None
    pronouns = [c for c in verb.children if c.lower_ in _RELATIVES and c.dep_ in {"nsubj", "nsubjpass", "mark"}]
    pronoun = pronouns[0] if pronouns else None
    if pronoun is None or pronoun.i == 0 or (pronoun.dep_ == "mark" and verb.tag_ not in {"VBD", "VBZ", "VBP"}):
        return None
    noun = verb.head if pronoun.dep_ != "mark" else pronoun.doc[pronoun.i - 1]
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def defining(clause: Token) -> bool:
    """Whether a relative clause says which thing a bare noun is: "cede authority only to a
    government that comes through an elected parliament", "address all the issues that are
    important for the inspections"."""
    noun = clause.head
    return (
        clause.dep_ == "relcl"
        and noun.pos_ == "NOUN"
        and noun.dep_ in {"pobj", "dobj"}
        and all(c.dep_ in {"det", "predet", "relcl"} for c in noun.children)
        and not clause.doc[clause.left_edge.i - 1].is_punct  # "the force, whose size ...": an aside
    )


def _far_subject(verb: Token, start: int) -> Token | None:
    """A that-clause's noun subject that its text, read back from the verb, leaves out."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.i >= start:
        return None
    return subject


def ancestors_until(token: Token, top: Token) -> list[Token]:
    found, current = [], token
    while current.i != top.i and current.head.i != current.i:
        found.append(current)
        current = current.head
    return found
