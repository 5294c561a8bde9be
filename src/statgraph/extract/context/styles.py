"""Styles of address as holders: "His Majesty said ...", "Her Royal Highness", "His Excellency".
A style is no actor's name: it stands for the person the text named with it before ("His Majesty
King Abdullah II ... His Majesty stressed"), else for the ruler last named whose office it fits
("King Abdullah II met ... His Majesty stressed"), else for nobody. The words are
ontology/names.toml's styles and style_offices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver

STYLES = words("names", "styles")
_STYLE_OFFICES = words("names", "style_offices")
_NAME_REACH = 5  # words between a style and the name it is given to ("His Royal Highness Crown Prince X")


def is_style(token: Token) -> bool:
    """Whether a holder token is a style of address ("Majesty" of "His Majesty")."""
    return token.lower_ in STYLES


def styled_person(token: Token, resolver: Resolver) -> Resolved | None:
    """Whom a style stands for: the person last named with the same style before it, else the
    ruler last named whose office the style fits, else nobody."""
    doc = token.doc
    for i in range(token.i - 1, -1, -1):
        if doc[i].lower_ != token.lower_:
            continue
        for named in doc[i + 1 : min(i + 1 + _NAME_REACH, len(doc))]:
            if named.pos_ == "PROPN" and named.dep_ not in {"compound", "flat"}:
                found = resolver.resolve(named)
                if found is not None and found.type == "person":
                    return found
    for person in reversed(resolver.recent_people):
        office = resolver.stated_office(person).lower()
        if set(office.replace("-", " ").split()) & _STYLE_OFFICES:
            return person
    return None
