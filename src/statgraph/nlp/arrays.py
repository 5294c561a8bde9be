"""Tokens found by their attributes in one pass over a parse's array.

Walking a Doc makes a `Token` object for every word and a new string for each attribute read;
a document-wide look for a few words ("(", the place nouns) reads the Doc's attribute array
instead (`Doc.to_array`: the attributes' hashes) and makes tokens only of the words found.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.strings import hash_string

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def indices_with(doc: Doc | Span, attribute: int, values: Iterable[str]) -> list[int]:
    """The places (`doc[k]`) of the tokens of a Doc or Span whose attribute (a `spacy.attrs` id:
    ORTH, LEMMA, LOWER) is one of `values`, in order."""
    wanted = {hash_string(value) for value in values}
    return [k for k, value in enumerate(doc.to_array([attribute]).reshape(-1).tolist()) if value in wanted]
