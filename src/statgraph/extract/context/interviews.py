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
    from collections.abc import Callable, Sequence

    from spacy.tokens import Span, Token

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


# A paragraph that opens with a turn: "Question:", "AFP:", "Mao Ning:", "Shri Randhir Jaiswal, Official Spokesperson:"
OPENS_TURN = re.compile(r"\s*[A-Z][^:\n“\"?!.]{0,70}:\s")


def turn_speaker(sent: Span, speaker_of: Callable[[Token], Resolved | None]) -> tuple[Token | None, Resolved | None]:
    """A transcript turn that names its person and office before the colon: "Shri Randhir Jaiswal,
    Official Spokesperson: Good afternoon friends." Gives the colon and the person."""
    colon = next((t for t in sent[:14] if t.text == ":"), None) if ":" in sent.text else None
    if colon is None or colon.i + 1 >= sent.end or not sent.doc[colon.i + 1].text[:1].isalnum():
        return None, None  # "... Spokesperson: “I welcome ...”" is an introduction (attribution._introduced)
    before = sent.doc[sent.start : colon.i]
    if any(t.pos_ in {"VERB", "AUX"} for t in before):
        return None, None
    comma = next((t.i for t in before if t.text == ","), colon.i)
    person = next((t for t in reversed(sent.doc[sent.start : comma]) if t.pos_ == "PROPN"), None)
    found = speaker_of(person) if person is not None else None
    return (colon, found) if found is not None and found.type == "person" else (None, None)
