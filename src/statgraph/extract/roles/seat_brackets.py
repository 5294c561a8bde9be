"""holds_role from a parliament's record of a speaker: "Jane Doe (Wills, Australian Labor Party)",
"John Roe (Corio, Australian Labor Party, Minister for Defence)": brackets right after a name
that list the seat, a party of the lexicon and the offices held. The seat makes the speaker its
member of parliament, an office after the party an office held; the party is read in
events/party_titles.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..events.party_forms import party_form
from .offices import owner_of, read_office
from .title_spans import title_cue

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved, Resolver

_LONGEST = 16  # words between the brackets


def bracketed_offices(
    sent: Span, named: list[tuple[int, int, Resolved]], resolver: Resolver
) -> Iterator[tuple[Resolved, str, Token]]:
    """The seat and offices a parliament's record lists in brackets after a name, with the
    party second: "Member of Parliament for Wills", "Minister for Defence"."""
    for _, last, person in named:
        parts = _parts(sent, last + 1)
        if len(parts) < 2 or party_form(parts[1].text) is None or not _seat(parts[0], resolver):
            continue
        yield person, f"Member of Parliament for {parts[0].text}", parts[0][0]
        for part in parts[2:]:
            office = read_office(part, resolver)
            if office is not None:
                yield person, office.label(owner_of(person, resolver)), title_cue(part)


def _parts(sent: Span, opening: int) -> list[Span]:
    """The comma-separated parts of the brackets that open at a word, if they close in the
    sentence soon after."""
    doc = sent.doc
    if opening >= sent.end or doc[opening].text != "(":
        return []
    closing = next((k for k in range(opening + 1, min(opening + _LONGEST, sent.end)) if doc[k].text == ")"), None)
    if closing is None:
        return []
    parts, start = [], opening + 1
    for k in range(opening + 1, closing + 1):
        if doc[k].text in {",", ")"}:
            if k == start:
                return []
            parts.append(doc[start:k])
            start = k + 1
    return parts


def _seat(part: Span, resolver: Resolver) -> bool:
    """A seat's name: a few capitalised words, no party's form nor a state's or body's name."""
    known = resolver.gazetteer.find(part.text)
    return (
        len(part) <= 4
        and all(t.text[:1].isupper() or t.text == "-" for t in part)
        and party_form(part.text) is None
        and (known is None or known.type not in {"state", "organization"})
    )
