"""Places in a dateline: "New York: The Quad grouping said ...", "UNITED NATIONS: A draft ...",
"Istanbul, The Turkish Minister ..." open a paragraph with the place a story is filed from, in a
form the wire-dateline reader (`statgraph.markup`) leaves in the text. The parser may take the
place for the sentence's subject; a place in a dateline is never an actor.

A dateline place is a name that opens its paragraph and is followed by a colon, or by a comma
and a date or a new sentence's capitalised article ("New York, June 4 - ", "Istanbul, The
..."), and a capitalised word; it is a
place by the tagger (GPE, LOC, FAC), or a name in capitals that is no person's ("UNITED
NATIONS:", not "JOE BIDEN:" nor "SECRETARY KERRY:").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .person_names import TITLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_ARTICLES = frozenset({"The", "A", "An"})


def in_dateline(token: Token, name: Span) -> bool:
    """Whether a name (`name`, around its head `token`) is the place of a dateline (see the module)."""
    doc = name.doc
    if not _opens_paragraph(name) or name.end + 1 >= len(doc) or token.ent_type_ == "PERSON":
        return False
    mark, after = doc[name.end], doc[name.end + 1]
    if not after.text[:1].isupper() or mark.text not in {":", ","}:
        return False
    if mark.text == "," and after.text not in _ARTICLES and after.ent_type_ != "DATE":
        return False  # "Bulgaria, an EU member state, insists ...", "Japan, S. Korea condemn ..."
    capitals = all(w.text.isupper() for w in name if w.is_alpha) and not any(w.lower_ in TITLE_WORDS for w in name)
    return token.ent_type_ in _PLACES or capitals


def capital_dateline(token: Token, name: Span) -> bool:
    """Whether a name in capitals is a dateline's place ("UNITED NATIONS: A draft ..."): the
    lexicon's name for it is not looked up."""
    return all(w.text.isupper() for w in name if w.is_alpha) and in_dateline(token, name)


def _opens_paragraph(name: Span) -> bool:
    doc = name.doc
    before = name.start - 1
    while before >= 0 and doc[before].is_space and "\n" not in doc[before].text:
        before -= 1
    return before < 0 or "\n" in doc[before].text
