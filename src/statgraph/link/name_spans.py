"""Name spans: which words of a sentence make up the name a head token ends, and the longest
name the gazetteer knows around it.

A name is its head's proper-noun compounds, or the named entity the tagger found around it;
a known name longer than that wins ("Barbuda" in "Antigua and Barbuda" is Antigua and Barbuda,
"Korea" in "the Democratic People's Republic of Korea" is North Korea).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..nlp.entities import entity_at
from ..nlp.bounds import sentence_of
from .datelines import capital_dateline
from .person_names import untitled

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Actor, Gazetteer

NAME_DEPS = frozenset({"compound", "flat", "nmod"})
# Words inside a longer name ("Antigua and Barbuda", "Republic of Korea"), and its most words
_NAME_LINKS = frozenset({"and", "of", "the", "'s", "’s", "-", "&"})
_LONGEST = 6


def name_span(token: Token) -> Span:
    """The proper-name span around a head token: its compound and flat modifiers, or its named
    entity without a linking word the tagger left at its end ("The Ministry of Foreign Affairs
    of" before "Ukraine": the longer name is then looked for around it)."""
    left = min([token.i] + [t.i for t in token.lefts if t.dep_ in NAME_DEPS and t.pos_ == "PROPN"])
    if token.ent_iob_ != "O":
        ent = entity_at(token)  # as doc.ents gives it, without making every entity
        if ent is not None:
            end = ent.end
            while end - 1 > token.i and ent.doc[end - 1].lower_ in _NAME_LINKS:
                end -= 1
            return ent if end == ent.end else ent.doc[ent.start : end]
    return token.doc[left : token.i + 1]


def longer_name(gazetteer: Gazetteer, token: Token, name: Span) -> Actor | None:
    """The actor a known name longer than the token's own names, when the token is inside it:
    "Antigua and Barbuda", "the Democratic People's Republic of Korea" (not "Korea")."""
    if token.pos_ != "PROPN":
        return None
    sent = sentence_of(token)
    best: tuple[int, Actor] | None = None
    doc, first = token.doc, max(sent.start, token.i - _LONGEST)
    if _fitting_run(doc, token.i, first, min(sent.end, token.i + _LONGEST)) <= len(name):
        return None  # no run of name words around the token is longer than its own name
    # each word of the window read once: linking ("and", "of"), and fit for a name
    # (a proper noun or a linking word)
    words = {k: doc[k] for k in range(first, min(sent.end, token.i + _LONGEST))}
    linking = {k: word.lower_ in _NAME_LINKS for k, word in words.items()}
    fits = {k: link or words[k].pos_ == "PROPN" for k, link in linking.items()}
    texts = {k: (word.text, word.text_with_ws) for k, word in words.items()}  # a span's text, joined below
    for start in range(first, token.i + 1):
        if not all(fits[k] for k in range(start, token.i + 1)) or linking[start]:
            continue
        for end in range(token.i + 1, min(sent.end, start + _LONGEST) + 1):
            if not fits[end - 1]:
                break  # a name runs over proper nouns and the words that link them only
            if end - start <= len(name) or linking[end - 1]:
                continue
            actor = gazetteer.find("".join(texts[k][1] for k in range(start, end - 1)) + texts[end - 1][0])
            if actor is not None and (best is None or end - start > best[0]):
                best = (end - start, actor)
    return best[1] if best is not None else None


def _fitting_run(doc: Doc, i: int, first: int, limit: int) -> int:
    """How many words the run of proper nouns and linking words around word `i` (a proper noun)
    has within [first, limit): every name `longer_name` looks up lies inside it."""
    lo = i
    while lo > first and _fits(doc[lo - 1]):
        lo -= 1
    hi = i + 1
    while hi < limit and _fits(doc[hi]):
        hi += 1
    return hi - lo


def _fits(word: Token) -> bool:
    """Whether a word may be part of a name: a linking word or a proper noun."""
    return word.lower_ in _NAME_LINKS or word.pos_ == "PROPN"


def surfaces(token: Token, name: Span) -> Iterator[str | None]:
    """The texts a noun phrase may name an actor by, in the order they are looked up: its name,
    the name without a title, the word, the words before it in its phrase; each made only when
    the ones before it name none (the last two walk the tree); none for the place of a dateline
    in capitals ("UNITED NATIONS: A draft ...")."""
    if capital_dateline(token, name):
        return
    yield name.text
    yield untitled(name)
    yield from _mended(name)
    yield token.text
    yield _chunk_text(token)


_OPENING, _CLOSING = frozenset("([{"), frozenset(")]}")
_BRACKETS = _OPENING | _CLOSING


def _mended(name: Span) -> Iterator[str]:
    """A name an editor's brackets break, read whole without them: "[Vladimir] Putin",
    "(Russian President Vladimir) Putin" (from either side of the bracket); the whole run of
    proper nouns first, then without its leading words ("Vladimir Putin"), never one word alone."""
    doc, start, end = name.doc, name.start, name.end
    while start >= 2 and doc[start - 1].text in _BRACKETS and doc[start - 2].pos_ == "PROPN":
        start -= 2 if doc[start - 1].text in _CLOSING else 1  # "Vladimir] Putin" from "Putin"
        while start > 0 and doc[start - 1].pos_ == "PROPN":
            start -= 1
    while end + 1 < len(doc) and doc[end].text in _CLOSING and doc[end + 1].pos_ == "PROPN":
        end += 2  # "(... Vladimir) Putin" from "Vladimir"
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    while start > 0 and doc[start - 1].text in _OPENING:
        start -= 1
    texts = [t.text for t in doc[start:end]]  # the words walked once
    if _BRACKETS.isdisjoint(texts):
        return
    words = [text for text in texts if text not in _BRACKETS]
    for first in range(len(words) - 1):
        yield " ".join(words[first:])


def _chunk_text(token: Token) -> str:
    """The words of the token's subtree up to the token, without determiners and punctuation,
    joined in `token.subtree`'s order; right children's subtrees are walked only when they reach
    left of the token (a crossing arc), most of a clause's are not."""
    found = [t for left in token.lefts for t in left.subtree] + [token]
    found += [t for right in token.rights if right.left_edge.i <= token.i for t in right.subtree]
    return " ".join(t.text for t in found if t.i <= token.i and t.dep_ not in {"det", "punct"})


def hyphenated(token: Token) -> str:
    """A name the tokenizer split at its hyphens, as written: "Al-Budaiwi" ("Al", "-", "Budaiwi")
    from its last word; "" when the word before it is no hyphen joined to it."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    return doc[start : token.i + 1].text if start < token.i else ""
