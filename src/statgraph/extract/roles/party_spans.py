"""Parties of the lexicon named in a title, read whole before the states and organisations their
words may name ("the leader of the Movement for Socialism": not "for Socialism"; "Lebanese Forces
leader": not Lebanon's), with their acronym in brackets ("Citizens Coalition for Change (CCC)")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.gazetteer import Actor, mint_id
from ..events.party_forms import form_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def party_at(doc: Doc, start: int, stop: int) -> tuple[Actor, int] | None:
    """A party of the lexicon named by two words or more from a token on, read before the states
    and organisations its words may name ("the Movement for Socialism", "Lebanese Forces",
    "Citizens Coalition for Change (CCC)"): (the party, end), its acronym in brackets after it
    taken in. Not inside a longer name ("the Social Democratic Party of Germany")."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_upper:
        return None  # "the People's | Party for Freedom": the end of a longer name
    matched = form_at(doc, start)
    if matched is None or matched[0] < 2 or start + matched[0] > stop:
        return None
    end = start + matched[0]
    if end + 2 < stop and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "Citizens Coalition for Change (CCC)"
    # the party as the title writes it ("leader of the Social Democrats"): its office is told by
    # words of the sentence (events/office_parties.py)
    written = " ".join(doc[start : start + matched[0]].text.split())
    return Actor(mint_id(written), written, "organization"), end


def party_begun(title: Span) -> tuple[Actor, int] | None:
    """A party named by words that start before a title and end inside it (the parser may start
    the title at the party name's last word: "Citizens Coalition for | Change (CCC) leader")."""
    floor = title.sent.start if title.sent is not None else 0
    for back in range(min(4, title.start - floor), 0, -1):
        party = party_at(title.doc, title.start - back, title.end)
        if party is not None and party[1] > title.start:
            return party
    return None
