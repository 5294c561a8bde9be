"""Abbreviated titles kept whole: "Hon. Jane Doe", "Amb. Li Wei", "Maj. Gen. Tom Reeve".

The English tokenizer keeps the abbreviations it lists ("Dr.", "Mr.", "Gov.") as one word, but
splits the others into a word and a full stop ("Hon." -> "Hon", "."); the parser then often starts a
new sentence at the name that follows, and an office falls into one sentence and its holder into the
next ("Prime Minister Hon. | Jane Doe raised ..."). `keep_title_abbreviations` makes every dotted
title of ontology/names.toml (`honorifics`, `title_abbreviations`) one word, capitalised as it
opens a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..words import words

if TYPE_CHECKING:
    from spacy.language import Language


def title_abbreviations() -> list[str]:
    """The dotted titles, as written before a name: "Amb.", "Hon.", "Maj.", "H.E."."""
    listed = words("names", "honorifics") | words("names", "title_abbreviations")
    dotted = (w for w in listed if w.endswith(".") and len(w) > 2)
    return sorted(w.upper() if "." in w[:-1] else w[:1].upper() + w[1:] for w in dotted)


def keep_title_abbreviations(nlp: Language) -> None:
    """Make each dotted title one token of the pipeline's tokenizer (those it splits)."""
    from spacy.symbols import ORTH

    for title in title_abbreviations():
        if len(nlp.tokenizer(title)) > 1:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])
