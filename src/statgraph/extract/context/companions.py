"""Those who act with a subject: "Saudi Arabia, alongside the United States, urged ...", "Qatar,
along with Egypt, called for ...", "Brazil, together with Chile, rejected ...", "The US joined
Russia in opposing the resolution": the companion holds the stance too.

A companion set off by commas between the subject and its verb, or the object of "join ... in
doing": what the subject does, the companion does with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_WITH_ADVERBS = frozenset({"along", "together"})


def companions(subject: Token) -> list[Token]:
    """The tokens that name who acts with a subject (each a head noun; conjuncts not expanded)."""
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = subject.head
    found = []
    # "Saudi Arabia, alongside the US, ...": hung on the subject, or on the verb between the two
    preps = [c for c in subject.children if c.dep_ == "prep" and c.i > subject.i]
    preps += [c for c in verb.children if c.dep_ == "prep" and subject.i < c.i < verb.i]
    for prep in preps:
        if not _set_off(prep, subject):
            continue
        if prep.lower_ == "alongside":
            found += [c for c in prep.children if c.dep_ == "pobj"]
        elif prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in _WITH_ADVERBS:
            found += [c for c in prep.children if c.dep_ == "pobj"]  # "together with Chile"
        elif prep.lower_ in _WITH_ADVERBS:
            found += [p for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"
                      for p in w.children if p.dep_ == "pobj"]  # "along with Egypt"
    if verb.lemma_.lower() == "join" and subject.dep_ == "nsubj":
        # "The US joined Russia in opposing ...": Russia opposes it too
        doing = any(c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pcomp" for p in c.children)
                    for c in verb.children)
        if doing:
            found += [c for c in verb.children if c.dep_ == "dobj"]
    return found


def _set_off(prep: Token, subject: Token) -> bool:
    """Whether a phrase after the subject stands between commas: ", alongside the US," (not "met
    alongside the summit")."""
    doc = prep.doc
    before = doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.lower_ in _WITH_ADVERBS:
        before = doc[before.i - 1] if before.i > 0 else None
    after = doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(doc) else None
    return before is not None and before.text == "," and after is not None and after.text == "," and before.i > subject.i - 1
