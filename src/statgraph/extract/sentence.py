"""A sentence whose tokens are made once: the Span every extractor walks.

A spaCy `Span` makes a new `Token` object each time it is iterated or indexed (about 0.1 µs
a token), and some thirty extractors and readers walk every sentence in turn, so a plain Span
built each token thirty times over. `Sentence` is a Span that makes them once and hands out
the same ones; it is still a Span (same doc, start and end, equal to `doc[start:end]`), so
the extractors need not know.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.parts_of_speech import NAMES
from spacy.tokens import Span

from ..nlp.arrays import note_lower_forms
from ..nlp.bounds import sentence_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class Sentence(Span):
    """A Span of one sentence that iterates and indexes a list of its tokens made once, and
    joins its text once; its lower-case lemmas, and those with its lower-case word forms (its
    vocabulary, which `registry.gated` meets an extractor's cue words with), are sets made once."""

    def __init__(self, doc: Doc, start: int, end: int) -> None:  # Span's own arguments only
        self.tokens: list[Token] = [doc[i] for i in range(start, end)]
        self._text: str | None = None
        self._source: str | None = None  # the text the Doc was parsed from, if known (`sentences`)

    @classmethod
    def of_tokens(cls, doc: Doc, start: int, end: int, tokens: list[Token], source: str | None) -> Sentence:
        """The sentence doc[start:end], whose tokens are `tokens` (the Doc's, made once for all
        its sentences by `sentences`), its text cut from `source`."""
        made = cls.__new__(cls, doc, start, end)  # Span's own making, without a walk of the words
        made.tokens, made._text, made._source = tokens, None, source
        return made

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """Its lower-case lemmas, made at the first reading (`sentences` makes them from the
        parse's array)."""
        return frozenset(t.lemma_.lower() for t in self.tokens)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Its lower-case lemmas and word forms, made at the first reading (`sentences` makes
        them from the parse's array)."""
        return self.lemmas.union(t.lower_ for t in self.tokens)

    @property
    def text(self) -> str:
        """The sentence's text, as Span.text gives it (which joins the tokens' texts at every
        reading): cut from the parsed text when it is known, else joined once."""
        if self._text is None:
            source = self._source
            self._text = source[self.start_char : self.end_char] if source is not None else Span.text.__get__(self)
        return self._text

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int):
            return self.tokens[index]
        return super().__getitem__(index)


def sentences(doc: Doc, source: str | None = None) -> list[Sentence]:
    """The sentences of a parsed Doc, in order, as `Sentence`s; `source` is the text the Doc
    was parsed from (`Doc.text`), which their texts are cut from."""
    tokens = list(doc)  # each made once, for every sentence
    lemmas, forms, tags = _words(doc)
    found, starts = [], sentence_starts(doc)  # the sentences' starts, kept for `bounds.sentence_bounds`
    parents: dict[str, frozenset[int]] = {}  # `heads_with_child`'s, one for the Doc's sentences
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        made = Sentence.of_tokens(doc, start, end, tokens[start:end], source)
        made.forms, made.lemma_list, made.pos_list = forms[start:end], lemmas[start:end], tags[start:end]
        made.lemmas = frozenset(made.lemma_list)
        made.vocabulary = made.lemmas.union(made.forms)
        made.parents = parents
        found.append(made)
    return found


# Strings by their hash in the parse's vocabulary: a lemma's lower-case form, a lower-case word
_LOWER_LEMMAS: dict[int, str] = {}
_FORMS: dict[int, str] = {}
# A part of speech's name by its id, as `Token.pos_` gives it (which reads an enum at each reading)
_POS_NAMES: dict[int, str] = {int(pos): name for pos, name in NAMES.items()}


def _words(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Each word's lower-case lemma, lower-case form and part of speech, read off the parse's
    array in one pass (`Token.lemma_`, `Token.lower_` and `Token.pos_` make a Token and look a
    string up at each reading)."""
    if not len(doc):
        return [], [], []
    lemma_ids, lower_ids, pos_ids = doc.to_array([LEMMA, LOWER, POS]).T.tolist()
    note_lower_forms(doc, lower_ids)  # for `arrays.has_word`, asked of this Doc next
    lemmas, forms = list(map(_LOWER_LEMMAS.get, lemma_ids)), list(map(_FORMS.get, lower_ids))
    tags = list(map(_POS_NAMES.__getitem__, pos_ids))
    if None in lemmas or None in forms:  # a string not seen before in this process
        strings = doc.vocab.strings
        for k, (lemma, lower) in enumerate(zip(lemma_ids, lower_ids, strict=True)):
            if lemmas[k] is None:
                lemmas[k] = _LOWER_LEMMAS.setdefault(lemma, strings[lemma].lower())
            if forms[k] is None:
                forms[k] = _FORMS.setdefault(lower, strings[lower])
    return lemmas, forms, tags  # type: ignore[return-value]


def word_lists(sent: Span) -> tuple[list[str], list[str]]:
    """Each word's lower-case form (`Token.lower_`) and lower-case lemma, in order: those
    `sentences` read off the parse's array for a `Sentence`, else read off the tokens."""
    if isinstance(sent, Sentence) and "forms" in sent.__dict__:
        return sent.forms, sent.lemma_list
    return [t.lower_ for t in sent], [t.lemma_.lower() for t in sent]


def parts_of_speech(sent: Span) -> list[str]:
    """Each word's part of speech (`Token.pos_`), in order: read off the parse's array for a
    `Sentence` that `sentences` made, else read off the tokens."""
    if isinstance(sent, Sentence) and "pos_list" in sent.__dict__:
        return sent.pos_list
    return [t.pos_ for t in sent]


def lemmas(sent: Span) -> frozenset[str]:
    """The lower-case lemmas of a sentence's tokens: an extractor whose cue words are none of
    them finds nothing there and can stop before walking the sentence."""
    if isinstance(sent, Sentence):
        return sent.lemmas
    return frozenset(t.lemma_.lower() for t in sent)


def vocabulary(sent: Span) -> frozenset[str]:
    """A sentence's lower-case lemmas and word forms: an extractor whose cue words are none of
    them finds nothing there (`registry.gated`)."""
    if isinstance(sent, Sentence):
        return sent.vocabulary
    return lemmas(sent).union(t.lower_ for t in sent)


def heads_with_child(sent: Span, label: str) -> frozenset[int]:
    """The places (`doc[k]`) of the words of a sentence's Doc with a child of dependency `label`
    (`any(c.dep_ == label for c in word.children)`), read off the parse's array in one pass a Doc
    for every label."""
    known = sent.__dict__.get("parents") if isinstance(sent, Sentence) else None
    if known is None:
        known = {}
    elif known:
        return known.get(label, frozenset())
    doc = sent.doc
    found: dict[int, set[int]] = {}
    arcs = doc.to_array([DEP, HEAD])  # unsigned: a head's offset is read signed, a label's hash not
    for k, (dep, head) in enumerate(zip(arcs[:, 0].tolist(), arcs[:, 1].astype("int64").tolist(), strict=True)):
        if head:  # a root is no child of its own
            found.setdefault(dep, set()).add(k + head)
    strings = doc.vocab.strings
    known.update({strings[dep]: frozenset(heads) for dep, heads in found.items()})
    known.setdefault("", frozenset())  # read, even for a Doc of no arcs
    return known.get(label, frozenset())
