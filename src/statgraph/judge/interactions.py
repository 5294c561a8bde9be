"""The `cross` block: the relation joined to each feature of the candidate's parse.

A logistic regression adds what each feature says, whatever the relation: a cue that is the
sentence's root, a negation, a hedge or a quote weigh the same for a meeting as for a stance.
They do not: "will meet" is often listed as a meeting, "will oppose" rarely as opposition;
a passive voice reads differently for a visit and for a demand. This block joins the
candidate's relation to the features of its parse and mood (`cross:oppose|cue_dep=ROOT`), so
the model can weigh each in each relation; the regularisation (and features.vocabulary: a
join seen in one article only is no column) keeps the rare joins near zero.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Statement

CROSS = "cross"
# the base features (features.py) that are joined to the relation, by name before "="
CROSSED = frozenset({
    "cue_aux", "cue_child", "cue_dep", "cue_pos", "holder_type", "hedge", "mood", "negated", "question",
    "quote_marks", "speaker", "target_has_ent", "target_has_verb", "target_in_quote", "target_root_pos", "voice",
})


def crossed(statement: Statement, base: Sequence[str]) -> list[str]:
    """The candidate's relation joined to each of its base features named in CROSSED."""
    return [f"{CROSS}:{statement.relation}|{f}" for f in base if f.split("=", 1)[0] in CROSSED]
