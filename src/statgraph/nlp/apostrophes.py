"""Contractions written with a typographic apostrophe read as those written with a straight one.

The English pipelines' attribute ruler gives a contraction its part of speech and lemma by its
straight-apostrophe spelling: "'s" (VBZ) is the auxiliary "be", "'ll" is "will", "'ve" is "have".
News text mostly prints the curly one ("It’s time", "we’ll respond"), which the ruler's patterns
miss: "’s" is left a verb whose lemma is "’", and no rule reading "be", "will" or "have" sees it.
`curl_contractions` gives each such pattern a twin with "’" in place of "'", next to it, so the
order of precedence among the ruler's patterns stays as it was.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

STRAIGHT, CURLY = "'", "\u2019"


def curled(value: Any) -> Any:
    """A pattern (or a part of one) with every straight apostrophe in its strings made curly;
    regular expressions are left as they are."""
    if isinstance(value, str):
        return value.replace(STRAIGHT, CURLY)
    if isinstance(value, list):
        return [curled(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k == "REGEX" else curled(v) for k, v in value.items()}
    return value


def curl_contractions(nlp: Language) -> None:
    """Give the pipeline's attribute ruler a curly twin of each pattern that spells an apostrophe
    (nothing to do when the pipeline has no attribute ruler, or the twins are there already)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    patterns = ruler.patterns
    spelt = [json.dumps(p["patterns"], ensure_ascii=False) for p in patterns]
    if any(CURLY in s and STRAIGHT not in s for s in spelt):
        return
    twinned = []
    for pattern in patterns:
        twinned.append(pattern)
        twin = {**pattern, "patterns": curled(pattern["patterns"])}
        if twin["patterns"] != pattern["patterns"]:
            twinned.append(twin)
    ruler.clear()
    ruler.add_patterns(twinned)
