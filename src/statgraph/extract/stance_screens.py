"""Screens of stances a sentence names but its holder does not take: an act only trained for or
within reach, and a stance inside what someone doubts.

- rehearsed: an act only trained for or rehearsed, or beyond one's ability ("the marines will
  train to provide humanitarian assistance", "is unable to provide funding"), is no act done or
  stance taken: the cue is the to-infinitive of such a verb or adjective.
- sceptical: a stance named as what someone doubts or is sceptical of ("Merz was sceptical about
  demanding regime change", "voiced doubts about backing the plan") is none the doubter takes
  (the doubt itself is read by the adjective rules).

The word lists are data in ontology/screens.toml ([rehearsed] words, [sceptical] words);
screens.screen_reason runs these screens with the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .moods import negated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .found import Found
    from .screens import Screens


def rehearsed(found: Found, screens: Screens) -> bool:
    """Whether the cue is an act only trained for or out of reach: "will train to provide
    assistance", "exercises to rehearse deploying", "is unable to provide funding" (through a
    list of infinitives: "train to provide aid and to conduct operations")."""
    current = found.cue
    while current.dep_ == "conj" and current.head.i != current.i and current.head.pos_ in {"VERB", "AUX"}:
        current = current.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
    return (
        infinitive
        and current.dep_ in {"xcomp", "advcl", "acl"}
        and current.head.lemma_.lower() in screens.rehearsing
    )


# How a stance sits inside what is doubted, walking up from its cue: "sceptical about demanding X".
_DOUBTED = frozenset({"pcomp", "pobj", "prep", "xcomp", "ccomp", "acl", "dobj", "obj"})


def sceptical(found: Found, screens: Screens) -> bool:
    """Whether the cue lies inside what a word of doubt is about: "was sceptical about demanding
    regime change", "doubts over backing the plan" (the cue itself may be the doubt: "sceptical
    of the plan" opposes it)."""
    current = found.cue
    for _ in range(4):
        head = current.head
        if head.i == current.i or current.dep_ not in _DOUBTED:
            return False
        if head.lemma_.lower() in screens.doubting or head.lower_ in screens.doubting:
            return not _denied(head)  # "there is no doubt that we back Kyiv" backs it
        current = head
    return False


def _denied(word: Token) -> bool:
    """Whether a word of doubt is denied: "no doubt", "not sceptical", "without doubt"."""
    return negated(word) or any(c.lower_ in {"no", "not", "never"} for c in word.children) or (
        word.dep_ == "pobj" and word.head.lower_ == "without"
    )
