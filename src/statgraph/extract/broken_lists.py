"""Later members of a list of targets that the parser broke off the list in ways
`listing.list_members` does not read, each hung on the verb that governs the first member:

- another object of the verb after a comma: "called for an immediate cessation of hostilities,
  unrestricted humanitarian access to deliver aid, and an inclusive national dialogue";
- a member with its own preposition, the same as the first one's: "stressed the need for the
  upcoming meeting and for the reopening of the embassies";
- a gerund qualifying the member, read as a second verb: "pressed for an immediate truce and
  demining cooperation at the border" (a bare "-ing" form after a verb that is none: not a
  second act of the same subject, which would be "and demined" or "and is demining");
- a member mis-tagged as an adjective after a comma: "rejection of occupation, forced
  displacement, demographic engineering, and the expansion of settlements".

A later member must follow the first member's phrase with only commas and "and"/"or" between,
and have no subject or auxiliary of its own. Grammar only: `arguments.targets` makes the targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context.subjects import conjuncts
from .wording import tidy

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_COORDINATORS = frozenset({"and", "or"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "cop", "mark", "expl"})
# How the parser hangs a broken-off noun member on the verb.
_OBJECT_DEPS = frozenset({"dobj", "dep", "conj"})  # not an apposition: "the plan, a move that ..."
_MAX_CLIMB = 4
_MAX_WORDS = 18


def broken_members(token: Token) -> list[Token]:
    """The later members of `token`'s list hung on its verb, with those listed with them: nouns
    (or a mis-tagged adjective), the objects of a repeated preposition, or a gerund qualifying
    a noun (`gerund_words` words it)."""
    verb, prep = _governor(token)
    if verb is None:
        return []
    end = _phrase_end(token)
    found: list[Token] = []
    for child in (c for c in verb.children if c.i > end):
        if not _separated(token.doc, end, child.left_edge.i, coordinator=not _listing(child, token)):
            continue
        if any(c.dep_ in _OWN_CLAUSE for c in child.children):
            continue
        if child.dep_ == "prep" and prep is not None and child.lower_ == prep.lower_:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOMINAL]
            found += [t for o in objects for t in [o, *conjuncts(o)]]
        elif child.dep_ in _OBJECT_DEPS and (child.pos_ in _NOMINAL or _mistagged(child)):
            found += [child, *conjuncts(child)]
        elif gerund_words(child) is not None and verb.tag_ != "VBG":
            found.append(child)
        end = max(end, _phrase_end(child))
    return found


def gerund_words(word: Token) -> str | None:
    """The words of a noun qualified by a gerund the parser read as a verb conjoined with the
    verb above ("and | demining cooperation at the border"): its object right after it, a bare
    noun, with what hangs on the gerund; None for any other word."""
    if word.dep_ != "conj" or word.tag_ != "VBG" or word.i + 1 >= len(word.doc):
        return None
    obj = word.doc[word.i + 1]
    if obj.head.i != word.i or obj.dep_ not in {"dobj", "obj"} or obj.pos_ != "NOUN":
        return None
    if any(c.dep_ in {"det", "poss", "nummod"} for c in obj.children):
        return None  # "and sending the troops": an act with its object
    if not any(c.dep_ == "cc" and c.lower_ in _COORDINATORS for c in word.head.children):
        return None
    parts = [obj, *(c for c in word.children if c.dep_ == "prep" and c.i > obj.i)]
    end = min(max(p.right_edge.i for p in parts) + 1, word.i + _MAX_WORDS)
    return tidy(word.doc[word.i : end].text) or None  # not a clause hung on it (", while ...")


def _listing(word: Token, first: Token) -> bool:
    """Whether a noun after a mere comma goes on a list: more members follow it ("access to
    deliver aid, and an inclusive dialogue"), or it is owned as the first member is ("Thailand's
    responsibility ..., its compliance ... and its determination"), not by what the first one
    names ("sanctions against the ICC, *its* personnel, its judges": the list inside the first
    member's phrase). A lone noun after a comma is an aside ("recognized X, a decision ...")."""
    if word.dep_ == "prep" or word.pos_ == "VERB":
        return False
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in word.children)
    if owned:
        return any(c.dep_ == "poss" for c in first.children)
    return bool(conjuncts(word))


def _mistagged(word: Token) -> bool:
    """An adjective the tagger took for the head of a noun member ("forced displacement"): it
    hangs loose on the verb and has nouns listed with it."""
    return word.dep_ == "dep" and word.pos_ == "ADJ" and any(c.pos_ in _NOMINAL for c in conjuncts(word))


def _governor(token: Token) -> tuple[Token | None, Token | None]:
    """The verb `token` is the object of, directly or through prepositions and one noun, and the
    preposition `token` itself hangs on (None when it is the verb's object)."""
    prep = token.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else None
    current, nouns = token, 0
    for _ in range(_MAX_CLIMB):
        if current.dep_ not in {"dobj", "obj", "pobj", "prep"} or current.head.i == current.i:
            return None, None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current, prep
        if current.pos_ in _NOMINAL:
            nouns += 1
            if nouns > 1:
                return None, None
    return None, None


def _phrase_end(token: Token) -> int:
    """The last word of a token's phrase, not its punctuation nor a coordinator the parser hung
    there ("the meeting between the two ministers | and")."""
    end = token.right_edge.i
    while end > token.i and (token.doc[end].is_punct or token.doc[end].lower_ in _COORDINATORS):
        end -= 1
    return end


def _separated(doc, end: int, start: int, *, coordinator: bool) -> bool:  # noqa: ANN001 - a Doc
    """Whether only commas and "and"/"or" stand between a phrase ending at `end` and the next
    starting at `start`, at least one of them (a coordinator where `coordinator` is asked)."""
    gap = doc[end + 1 : start]
    if not len(gap) or not all(t.text == "," or t.lower_ in _COORDINATORS for t in gap):
        return False
    return not coordinator or any(t.lower_ in _COORDINATORS for t in gap)
