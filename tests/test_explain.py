"""`statgraph explain`: every candidate of a document and what became of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from statgraph import Settings
from statgraph.cli import cli
from statgraph.errors import InputError
from statgraph.explain import explain

pytestmark = pytest.mark.model

TEXT = (
    "Norway said it opposes the action.\n\n"
    "Norway said it opposes the deep-sea mining plan.\n\n"
    "Sweden and Norway will meet in Oslo on Monday."
)


def _lines(tmp_path: Path, settings: Settings) -> list:
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    [(document, lines)] = list(explain(path, settings))
    assert document.name == "note.txt"
    return lines


def test_explain_names_the_screen_that_dropped_a_candidate_and_keeps_the_rest(tmp_path: Path) -> None:
    lines = _lines(tmp_path, Settings(judge="none", min_confidence=0))
    by_target = {(line.relation, line.target): line for line in lines}
    assert by_target[("opposes", "action")].outcome == "screened: generic_target"
    kept = [line for line in lines if line.outcome == "kept"]
    assert any(line.relation == "opposes" and "mining" in line.target for line in kept)
    for line in lines:  # offsets index the document's text: each line's sentence is in it
        assert TEXT[line.start : line.end].strip()
        assert line.extractor and line.rule


def test_explain_says_which_candidates_the_judge_floor_drops(tmp_path: Path) -> None:
    lines = _lines(tmp_path, Settings(min_confidence=0.99))
    judged = [line for line in lines if line.confidence is not None]
    assert judged and all(line.outcome.startswith("below the confidence floor") for line in judged)
    lines = _lines(tmp_path, Settings(min_confidence=0))
    assert all(line.outcome != "kept" or line.confidence is not None for line in lines)


def test_explain_an_unreadable_path_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no document"):
        list(explain(tmp_path / "empty"))


def test_cli_explain_filters_by_sentence_and_fate(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["explain", str(path), "--grep", "the action", "--judge", "none", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert '"outcome": "screened: generic_target"' in result.output
    assert "mining" not in result.output
    result = runner.invoke(cli, ["explain", str(path), "--dropped", "--judge", "none", "--min-confidence", "0"])
    assert result.exit_code == 0, result.output
    assert "generic_target" in result.output and " kept" not in result.output
