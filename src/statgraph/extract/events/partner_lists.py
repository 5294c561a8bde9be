"""The people of a list of partners that the parser breaks: "met his Malaysian counterpart
Saifuddin Abdullah, Water Minister Xavier Jayakumar and Transport Minister Anthony Loke" (the
later names hung on the name after the office, not on the office met), "met with German Foreign
Minister Annalena Baerbock, UK Foreign Secretary Elizabeth Truss and French adviser Philippe
Errera" (the second name taken for an apposition of the first), "met Kurdish leaders including
Masoud Barzani" (the people of a group met), "met with Speaker A (Party), Minister of Foreign
Affairs B, President C and MPs" (a list of titled names the parser hangs anyhow: read off the
words, surface_people)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp.entities import entity_at
from ..context.subjects import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token


def listed_people(members: list[Token], taken: list[Token]) -> list[Token]:
    """The people named in a list beyond its members: the names coordinated with a member's own
    name in apposition ("his counterpart X, Minister Y and Z": Y and Z), and a second name in
    apposition to a member's name ("A, Foreign Secretary B, and C": B), and the people a member is
    said to include ("leaders including A and B"), and the titled names of the list the words
    tell (surface_people). Only names the tagger takes for people; none already among the
    members or the names `taken` for them."""
    seen = {i for t in [*members, *taken] for i in _name_span(t)}
    found: list[Token] = []
    for member in members:
        names = [c for c in member.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"]
        # "met Kurdish leaders including Masoud Barzani", "met with officials, including Minister X"
        names += [p for c in member.children if c.dep_ == "prep" and c.lower_ == "including"
                  for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "PERSON" and p.pos_ == "PROPN"]
        if member.ent_type_ == "PERSON":
            names = [member, *names]
        for name in names:
            for person in [name, *conjuncts(name)]:
                if person.ent_type_ == "PERSON" and person.pos_ == "PROPN" and person.i not in seen:
                    seen.update(_name_span(person))
                    found.append(person)
    for person in surface_people(members[0]) if members else []:
        if not seen.intersection(_name_span(person)):
            seen.update(_name_span(person))
            found.append(person)
    return found


# words a titled name in a list may hold besides names and titles: "Minister of Foreign Affairs",
# "Commissioner for Human Rights", "the current Chancellor", "Iran's envoy"
_NAME_PHRASE_WORDS = frozenset({"of", "for", "the", "'s", "’s", "-", "–"})
_NAME_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})
# separators of a list's items
_SEPARATORS = frozenset({",", "and"})


def surface_people(first: Token) -> list[Token]:
    """The people of a list of titled names that opens on `first`'s phrase, read off the words
    ("Speaker A (Party), Minister of Foreign Affairs B, President C and MPs", "the current
    Chancellor and party head A, leader B, and C"): the items between commas and "and", each
    ending on a name the tagger takes for a person (asides in brackets left out). The list ends
    at the first item that is no name phrase (a verb, a pronoun, "in Kyiv", "on Monday", the end
    of the sentence); items that name no person ("MPs") are passed over. Only a list of two
    items or more."""
    doc, end = first.doc, first.sent.end
    items: list[list[Token]] = [[]]
    depth, i = 0, first.left_edge.i
    while i < end:
        token = doc[i]
        i += 1
        if token.text in {"(", "["}:
            depth += 1
        elif token.text in {")", "]"}:
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif token.lower_ in _SEPARATORS:
            items.append([])
        elif token.pos_ in _NAME_PHRASE_POS or token.lower_ in _NAME_PHRASE_WORDS:
            items[-1].append(token)
        else:
            if token.pos_ in {"VERB", "AUX"}:
                items[-1] = []  # "..., and Grace Achieng said": the item is a new clause's subject
            break
    items = [item for item in items if item]
    if len(items) < 2:
        return []
    return [item[-1] for item in items if _ends_on_person(item)]


def _ends_on_person(item: list[Token]) -> bool:
    """An item ends on a person's name: its last word a proper noun the tagger takes for a person."""
    last = item[-1]
    return last.pos_ == "PROPN" and last.ent_type_ == "PERSON" and last.ent_iob_ in {"B", "I"}


def _name_span(token: Token) -> range:
    """The indices of the entity a token is in, or of the token alone."""
    entity = entity_at(token)
    return range(entity.start, entity.end) if entity is not None else range(token.i, token.i + 1)
