"""Interviews: whom "you" stands for in the interviewer's words.

An interviewer's question turn often states what the interviewee did before asking about it:
"Lally Weymouth: You have denounced Nicaraguan President Daniel Ortega ... Do you see yourself
as ...?", "Question: Minister, you've been in China, Brazil and South Africa ...". There "you"
is the interviewee, and what "you" did (past or perfect) is a statement about them; the
interviewer's other words state nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span

    from ...link.resolve import Resolved

# A paragraph opened by a speaker's name: "Lally Weymouth: ...", "Gabriel Boric: ...".
_NAMED_TURN = re.compile(r"\s*([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\s*:\s")
_DONE = frozenset({"VBD", "VBN"})  # "you denounced", "you have denounced", "you've been"


def question_turn_asker(text: str) -> str | None:
    """The name that opens a paragraph that asks something ("Lally Weymouth: ... ?"), if any."""
    turn = _NAMED_TURN.match(text)
    return turn.group(1) if turn is not None and "?" in text else None


def interviewee_besides(asker: str, people: Sequence[Resolved]) -> Resolved | None:
    """The person named last before a question turn who is not the one asking."""
    others = [p for p in people if p.label.split()[-1] not in asker]
    return others[-1] if others else None


def done_by_you(sent: Span) -> frozenset[int]:
    """The tokens of the clauses whose subject is "you" and whose verb tells what was done."""
    found: set[int] = set()
    for token in sent:
        if token.lower_ == "you" and token.dep_ == "nsubj" and token.head.tag_ in _DONE:
            found.update(t.i for t in token.head.subtree)
    return frozenset(found)
