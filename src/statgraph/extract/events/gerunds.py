"""An act told by a gerund after a preposition of time: "Xi said after meeting Biden that ...",
"After visiting Beijing, Macron said ...", "Before talking with Xi, Macron toured the port",
"Russia responded by sending troops to Belarus". The
gerund has no subject of its own; the one who met or visited is the subject of the clause the
phrase qualifies (a meeting or a visit told so took place: it is set in time by another act).
So is a participle set off by commas: "Lula, visiting Paris, said": Lula."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context.subjects import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# prepositions that set an act in time against another: "after meeting X", "upon arriving in Y"
# (not "on", which also says what is insisted on: "insisted on meeting X")
_TIME_PREPS = frozenset({"after", "before", "since", "upon", "when", "while"})
# ... and "by", which tells the means of the clause's act: "responded by sending troops to Belarus"
_MEANS_PREPS = frozenset({"by"})


def actor_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the clause a gerund after a preposition of time qualifies, or
    the name a participle set off by commas describes."""
    subject = subject_of(verb) or set_off_owner(verb)
    if subject is not None or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return subject
    prep = verb.head
    clause = prep.head
    if prep.lower_ not in _TIME_PREPS | _MEANS_PREPS or prep.dep_ != "prep" or clause.pos_ not in {"VERB", "AUX"}:
        return None
    return subject_of(clause)


def set_off_owner(verb: Token) -> Token | None:
    """The name a present participle set off by a comma describes: "Lula, speaking to reporters in
    Paris, said", "Al Ghais, visiting Algeria, said" (the parser hangs the participle on the name)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in {"acl", "advcl"} or head.pos_ != "PROPN" or head.i > verb.i:
        return None
    return head if any(t.lower_ == "," for t in verb.doc[head.i + 1 : verb.i]) else None
