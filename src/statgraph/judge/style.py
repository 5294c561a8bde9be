"""The document block: how the whole article a candidate comes from reads to the rules.

The rules are right more often in some articles than in others: in agency copy that states
positions explicitly ("the ministry said it opposes ...") several rules find the same
statement, candidates come thick in every sentence, and most of them are stances; in an
op-ed or an analysis few sentences give a candidate and rules rarely agree; in a report of
what people said most candidates are read from their quoted or reported words, in a
commentary or a wire summary most from the author's own. Four shares of the document's
candidates say so, each in a few bands:

    agree          the share of candidates whose holder, group and target another rule
                   proposes too
    per_sentence   candidates per sentence of the document
    stance_share   the share of candidates that are stances (not offices, meetings, ties,
                   visits, deployments or memberships)
    author_share   the share of candidates in the author's own voice (not quoted or
                   reported speech: `Statement.voice`)

Each band is a feature alone and joined to the candidate's kind (stance or event), so the
judge can learn that a stance in a document of this style is right more often or less.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Passage, Statement
from ..nlp.bounds import sentence_starts
from ..relations import stance_of
from .gold import SYMMETRIC

if TYPE_CHECKING:
    from spacy.tokens import Doc

# the upper edge of each band (a share above the last edge is `more`)
BANDS = {"agree": (0.0, 0.1, 0.25), "author_share": (0.1, 0.25, 0.5, 0.75), "per_sentence": (0.1, 0.25, 0.5, 1.0),
         "stance_share": (0.25, 0.5, 0.75)}
AUTHOR = "author"  # Statement.voice of a candidate read from the author's own words
EVENT = "event"


def band(value: float, edges: Sequence[float]) -> str:
    """The band a share falls in, named by its upper edge (`more` above the last)."""
    return next((f"{edge:g}" for edge in edges if value <= edge), "more")


def kind_of(relation: str) -> str:
    """`stance` for a position taken on a target; `event` for an office, visit, deployment or
    membership, and for a tie between two actors (a meeting, cooperation: gold.SYMMETRIC)."""
    group = stance_of(relation)
    return EVENT if group == EVENT or group in SYMMETRIC else "stance"


def document_style(statements: Sequence[Statement], parsed: Sequence[tuple[Passage, Doc]],
                   agree: Sequence[int]) -> dict[str, str]:
    """The band of each share of one document's candidates; `agree[i]` is how many rules
    propose candidate i's holder, group and target (context.agreement)."""
    if not statements:
        return {}
    count = len(statements)
    sentences = max(1, sum(len(sentence_starts(doc)) for _, doc in parsed))
    shares = {
        "agree": sum(n > 1 for n in agree) / count,
        "per_sentence": count / sentences,
        "stance_share": sum(kind_of(s.relation) != EVENT for s in statements) / count,
        "author_share": sum(s.voice == AUTHOR for s in statements) / count,
    }
    return {name: band(value, BANDS[name]) for name, value in shares.items()}


def style_features(style: dict[str, str], statement: Statement) -> list[str]:
    """The document's bands, alone and joined to the candidate's kind."""
    kind = kind_of(statement.relation)
    return [f for name, value in sorted(style.items()) for f in (f"{name}={value}", f"{name}|{kind}={value}")]
