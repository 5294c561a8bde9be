"""Tokens found by their attributes in one pass over a parse's array.

Walking a Doc makes a `Token` object for every word and a new string for each attribute read;
a document-wide look for a few words ("(", the place nouns) reads the Doc's attribute array
instead (`Doc.to_array`: the attributes' hashes) and makes tokens only of the words found.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import DEP, LOWER, ORTH, SPACY
from spacy.strings import hash_string
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.tokens import Span

# the hashes of the lower-case word forms of the last Doc asked about (`lower_forms`)
_LOWER_FORMS: list[tuple[Doc, frozenset[int]]] = []


def indices_with(doc: Doc | Span, attribute: int, values: Iterable[str]) -> list[int]:
    """The places (`doc[k]`) of the tokens of a Doc or Span whose attribute (a `spacy.attrs` id:
    ORTH, LEMMA, LOWER) is one of `values`, in order."""
    wanted = hashes(values) if isinstance(values, frozenset) else {hash_string(value) for value in values}
    return [k for k, value in enumerate(doc.to_array([attribute]).reshape(-1).tolist()) if value in wanted]


@lru_cache(maxsize=64)
def hashes(values: frozenset[str]) -> frozenset[int]:
    """The string-store hashes of a fixed word list, made once per list."""
    return frozenset(hash_string(value) for value in values)


@lru_cache(maxsize=4096)
def word_hash(word: str) -> int:
    """The string-store hash of one word, made once."""
    return hash_string(word)


def lower_forms(doc: Doc) -> frozenset[int]:
    """The hashes of a Doc's lower-case word forms (`Token.lower_`), read off its array once:
    kept for the last Doc asked about (a document is read sentence by sentence), so that
    "has the document the word X" costs one set look-up and makes no Token."""
    if _LOWER_FORMS and _LOWER_FORMS[0][0] is doc:
        return _LOWER_FORMS[0][1]
    forms = frozenset(doc.to_array(LOWER).tolist()) if len(doc) else frozenset()
    _LOWER_FORMS[:] = [(doc, forms)]
    return forms


def note_lower_forms(doc: Doc, lower_ids: list[int]) -> None:
    """Keep the hashes of a Doc's lower-case forms that its reader has read off its array already
    (`extract.sentence.sentences`), for `lower_forms`."""
    _LOWER_FORMS[:] = [(doc, frozenset(lower_ids))]


def has_word(doc: Doc, word: str) -> bool:
    """Whether some word of a Doc is `word` in lower case (`Token.lower_`)."""
    return word_hash(word) in lower_forms(doc)


def has_word_or_label(doc: Doc, key: str, forms: frozenset[str], label: str) -> bool:
    """Whether some word of a Doc is one of `forms` in lower case (`Token.lower_`) or hangs on its
    head by the dependency `label` (`Token.dep_`): read off the parse's array once a Doc, and kept
    in its `user_data` under `key`. A reader that needs such a word ("not", a "neg" dependent)
    asks this before it walks the tree."""
    known = doc.user_data.get(key)
    if known is None:
        deps = doc.to_array(DEP).tolist() if len(doc) else []
        # a label's id is the string store's: "neg" is one of spaCy's symbols, not a hash
        known = not hashes(forms).isdisjoint(lower_forms(doc)) or doc.vocab.strings[label] in deps
        doc.user_data[key] = known
    return known


def doc_text(doc: Doc | Span) -> str:
    """`doc.text`, of a Doc joined from its words' strings and spaces read off the parse's array
    (`Doc.text` makes a Token of every word to join their texts)."""
    if not isinstance(doc, Doc) or not len(doc):
        return doc.text
    strings = doc.vocab.strings
    return "".join([strings[orth] + " " if space else strings[orth] for orth, space in doc.to_array([ORTH, SPACY]).tolist()])
