"""Organisations the lexicon does not know, named in a title whose head needs one: a party or
movement a leader leads ("CDU leader Friedrich Merz", "PVV leader Geert Wilders", "Caroline van
der Plas, leader of the Farmer-Citizen Movement party", "Democratic Party (PD) leader Elly
Schlein"). A leader, chief or head is an office only of a state or organisation named with it
(offices.py OWNED_HEADS); a proper name in the title that is no title word, state or person
names that organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...link.gazetteer import Actor, mint_id
from ...link.person_names import TITLE_WORDS
from ...words import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...link.resolve import Resolver

HONORIFICS = words("names", "honorifics")
# marks that join the words of a name when set without spaces ("Farmer-Citizen", "CDU/CSU")
_LINKS = frozenset({"-", "&", "/"})
_LONGEST = 6
# entities that name no organisation
_NO_BODIES = frozenset({"PERSON", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def named_bodies(title: Span, resolver: Resolver) -> dict[int, tuple[Actor, int]]:
    """The first run of name words in a title that names no state, person or office, as an
    organisation: start -> (actor, end). A parenthesised acronym right after it belongs to it
    ("Democratic Party (PD)"); a lower-case "party" or "movement" after it too ("the
    Farmer-Citizen Movement party")."""
    doc = title.doc
    i = title.start
    while i < title.end:
        if not (_name_word(doc[i], resolver) or _numbered(doc, i, title.end)):
            i += 1
            continue
        end = i + 1
        while end < title.end and end - i < _LONGEST and (
            _name_word(doc[end], resolver) or doc[end].text in _LINKS and not doc[end - 1].whitespace_
        ):
            end += 1
        while doc[end - 1].text in _LINKS:
            end -= 1
        if any(doc[k].ent_type_ in _NO_BODIES and not doc[k].is_digit for k in range(i, end)) or end < len(doc) and doc[end].text in {"'s", "’s"}:
            # a person or place named in the title, or a possessor ("leader of Southeast Asia's largest economy")
            i = end
            continue
        label = " ".join(doc[i:end].text.split())
        end = _acronym_after(doc, end, title.end)
        if end < title.end and doc[end].lower_ in {"party", "movement"}:
            end += 1
        return {i: (Actor(mint_id(label), label, "organization"), end)}
    return {}


def _name_word(token: Token, resolver: Resolver) -> bool:
    """A word of an organisation's name: capitalised or an acronym, and no title word,
    honorific, state or demonym ("US", "Russian")."""
    text = token.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    if token.lower_ in TITLE_WORDS or token.lower_ in HONORIFICS:
        return False
    gazetteer = resolver.gazetteer
    return gazetteer.demonym(text) is None and gazetteer.find(text) is None


def _numbered(doc: Doc, i: int, stop: int) -> bool:
    """A number glued to the name after it: "the 5-Star Movement"."""
    return doc[i].text.isdigit() and i + 2 < stop and doc[i + 1].text == "-" and not doc[i].whitespace_


def _acronym_after(doc: Doc, end: int, stop: int) -> int:
    """After "(PD)" that follows a name, if it does."""
    if end + 2 < stop and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].text.isupper():
        return end + 3
    return end


def body_after(title: Span, resolver: Resolver) -> Actor | None:
    """The organisation named in a leader's "of" phrase too long for the title ("leader of the
    right-wing People's Party for Freedom and Democracy"): the proper noun the phrase is of, with
    its name words before it, when it names no state or person."""
    head = title[-1]
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ != "PROPN" or not _name_word(noun, resolver) or noun.ent_type_ in _NO_BODIES:
        return None
    doc, start = noun.doc, noun.i
    while start - 1 > of.i and (_name_word(doc[start - 1], resolver) or doc[start - 1].text in {"'s", "’s"}):
        start -= 1
    label = " ".join(doc[start : noun.i + 1].text.split())
    return Actor(mint_id(label), label, "organization")
