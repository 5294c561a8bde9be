"""What a ", which ..." stands for when it stands for the clause before, not for the name the
parser hangs it on: in "the envoy may try to interfere in Afghanistan's internal affairs and
impose some decisions on Afghanistan, which is unacceptable", what is unacceptable is the
interfering and the imposing, not Afghanistan. Grammar only: the stance rules make the targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context.subjects import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

# Names a judgement of acts is not about: states, bodies, people, places.
_NAMES = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"})
# The links from a verb down to the name its clause ends on ("impose decisions | on | Afghanistan").
_DOWN = frozenset({"dobj", "obj", "pobj", "prep", "dative"})
_MAX_CLIMB = 4


def clause_referent(verb: Token) -> list[Token]:
    """The acts a sentential ", which" stands for: the predicates (with those listed with them)
    of the clause that ends on the name the parser took for the antecedent; [] where "which"
    is an ordinary relative pronoun ("Afghanistan, which borders Pakistan, ..." still is about
    the name: only a judgement of its clause is read so, by the caller)."""
    pronoun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ != "relcl" or pronoun is None or pronoun.lower_ != "which" or pronoun.i < 2:
        return []
    doc, name = verb.doc, verb.head
    if doc[pronoun.i - 1].text != "," or doc[pronoun.i - 2].i != name.i:
        return []  # "which" right after the name and its comma
    if name.pos_ != "PROPN" or name.ent_type_ not in _NAMES:
        return []  # "the sanctions, which are illegal": the noun is what is judged
    act = _governing_verb(name)
    if act is None:
        return []
    while act.dep_ == "conj" and act.head.pos_ in {"VERB", "AUX"}:
        act = act.head
    return [act, *(c for c in conjuncts(act) if c.pos_ in {"VERB", "AUX"})]


def _governing_verb(name: Token) -> Token | None:
    current = name
    for _ in range(_MAX_CLIMB):
        if current.dep_ not in _DOWN or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ == "VERB":
            return current
    return None
