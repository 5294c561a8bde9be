"""Names of organisations the tagger missed: a run of capitalised words that ends in a word
organisations are named by ("the Hostages and Missing Families Forum", "the Bring Them Home
Movement"). The parser often cuts such a name at its "and" ("Hostages" and "Forum" read as two
subjects); each of its words stands for the one organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.bounds import sentence_of
from ..words import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .gazetteer import Gazetteer

# The last words of an organisation's name: institutions' ("Council", "Committee", "Party") and
# the names of movements, fronts and forums
NAME_ENDS = words("names", "institution_words") | words("names", "organization_name_ends")
# Words that link the words of a name ("Hostages and Missing Families Forum", "Friends of Syria Group")
_LINKS = frozenset({"and", "of", "for", "the", "&"})
_LONGEST = 8


def organization_name(token: Token, gazetteer: Gazetteer) -> str | None:
    """The unknown organisation's name around a capitalised word that no entity covers, if
    the run of capitalised words and links it is in ends in an organisation's word."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_iob_ != "O":
        return None
    sent = sentence_of(token)
    start = token.i
    while start > sent.start and token.i - start < _LONGEST and _in_name(token.doc[start - 1]):
        start -= 1
    end = token.i + 1
    while end < sent.end and end - token.i < _LONGEST and _in_name(token.doc[end]):
        end += 1
    while start < token.i and token.doc[start].lower_ in _LINKS:
        start += 1  # "the Hostages ...": the name starts after its article
    while end > token.i + 1 and token.doc[end - 1].lower_ in _LINKS:
        end -= 1
    name = token.doc[start:end]
    last = name[-1]
    if len(name) < 2 or last.lower_ not in NAME_ENDS or last.ent_iob_ != "O":
        return None
    if any(w.ent_iob_ != "O" or gazetteer.find(w.text) is not None for w in name if w.lower_ not in _LINKS):
        return None  # "Russia and the Eurasian Economic Union": a known actor is no part of the name
    return " ".join(name.text.split())


def _in_name(word: Token) -> bool:
    """A word a name runs over: a capitalised proper noun, or a word linking two."""
    if word.ent_iob_ != "O":
        return False  # "On Tuesday the ...", "Russia and ...": a date or a known name ends the run
    return (word.pos_ == "PROPN" and word.text[:1].isupper()) or word.lower_ in _LINKS
