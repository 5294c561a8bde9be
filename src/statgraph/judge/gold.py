"""Gold statements (../shared/gold/SCHEMA.md) and whether a candidate matches one.

A candidate matches a gold statement of its document when the relation group is the same,
one of the gold's `holder_any` strings starts a word of the candidate's holder label or id,
and each group of `target_all` has a string that starts a word of its target label or id;
`met_with` and `cooperates_with` match either way round. This is how score.py judges.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Statement
from ..relations import default_stance_groups

SYMMETRIC = {"met_with", "cooperate"}


def group_of(relation: str) -> str:
    """The group a relation is scored in: its stance group, or the event relation itself."""
    stance = default_stance_groups().get(relation, relation)
    return relation if stance == "event" else stance


def read_gold(folder: str | Path, docs: Iterable[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Gold lines of a folder of .jsonl files (or of one file, such as `statgraph review --export`
    writes), by document name (only `docs`, when given)."""
    wanted = set(docs) if docs is not None else None
    by_doc: dict[str, list[dict[str, Any]]] = {}
    files = [Path(folder)] if Path(folder).is_file() else sorted(Path(folder).glob("*.jsonl"))
    if not files:
        raise InputError(f"no gold .jsonl files in {str(folder)!r}")
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{number}: not JSON: {e}") from e
            if wanted is None or record["doc"] in wanted:
                by_doc.setdefault(record["doc"], []).append(record)
    return by_doc


def _occurs(needle: str, said: str) -> bool:
    """The needle starts a word of `said` ("sco" is not in "moscow")."""
    return re.search(r"(?<![a-z0-9])" + re.escape(needle.strip().lower()), said) is not None


def _label(name: str, ident: str) -> str:
    return f"{name} {ident}".lower().replace("_", " ")


def _one_way(gold: dict[str, Any], holder: str, target: str) -> bool:
    return any(_occurs(s, holder) for s in gold["holder_any"]) and all(
        any(_occurs(s, target) for s in group) for group in gold["target_all"]
    )


def matches(gold: dict[str, Any], statement: Statement) -> bool:
    """Whether the candidate states the gold line's triple."""
    if group_of(gold["relation"]) != group_of(statement.relation):
        return False
    return pair_matches(gold, _label(statement.holder, statement.holder_id), _label(statement.target, statement.target_id))


def pair_matches(gold: dict[str, Any], holder: str, target: str) -> bool:
    """Whether a holder and a target (lower-case labels) are the gold line's, either way round for
    the symmetric groups (met_with, cooperates_with)."""
    if _one_way(gold, holder, target):
        return True
    return group_of(gold["relation"]) in SYMMETRIC and _one_way(gold, target, holder)


def is_right(statement: Statement, gold: list[dict[str, Any]]) -> bool:
    """Whether the candidate matches some gold line of its document."""
    return any(matches(g, statement) for g in gold)


def label_of(statement: Statement, gold: list[dict[str, Any]]) -> bool | None:
    """The candidate's training label: whether it matches a gold line of its document.

    Lines from an analyst's decisions (`statgraph review --export`) carry a verdict and cover
    only what was reviewed: there a candidate is right when it matches an accepted or
    corrected line, wrong when it matches a rejected one, and unlabelled (None) otherwise.
    """
    if not any("verdict" in g for g in gold):
        return is_right(statement, gold)
    if any(matches(g, statement) for g in gold if g.get("verdict") != "rejected"):
        return True
    if any(matches(g, statement) for g in gold if g.get("verdict") == "rejected"):
        return False
    return None
