"""The `phrase` block: how the target phrase is worded, beyond its parse (features.py) and its
shape (context.py's `shape` block).

    words       the length of the target as the passage words it, in bands of three words,
                joined to the candidate's kind (a stance's long clause target is read less
                often as gold writes it than a short named issue; an office is long anyway)
    dropped     how many words the target's canonical form left out (articles, "and", "of":
                a long phrase pressed into an issue)
    <list>      whether a word of the target is on one of the issue-word lists of
                `ontology/issue_words.toml` ("particular": a text or act such as "the
                agreement"; "relational": "relations with"; "undoing": "lifting the
                sanctions"; "grading": "new sanctions"), joined to the kind

Each feature is named `phrase:<feature>` (context.block_features); the word lists are the
user-extensible ones the concept linker reads.
"""

from __future__ import annotations

from ..models import Statement
from ..words import words
from .style import kind_of

PHRASE = "phrase"
ISSUE_LISTS = ("grading", "particular", "relational", "undoing")
MAX_BAND = 4  # bands of three words: 0-2, 3-5, 6-8, 9-11, 12 and more
MAX_DROPPED = 3


def phrase_features(statement: Statement) -> list[str]:
    """The target phrase's length band, the words its canonical form dropped, and the issue-word
    lists one of its words is on, each band joined to the candidate's kind (style.kind_of)."""
    kind = kind_of(statement.relation)
    worded = (statement.target_text or statement.target).split()
    out = [f"words={min(len(worded) // 3, MAX_BAND)}|{kind}",
           f"dropped={max(0, min(len(worded) - len(statement.target.split()), MAX_DROPPED))}"]
    lowered = {w.lower() for w in worded}
    out += [f"{name}|{kind}" for name in ISSUE_LISTS if lowered & words("issue_words", name)]
    return out
