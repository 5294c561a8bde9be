"""Extractors as components: registered by name, run in the order the pipeline lists them."""

from __future__ import annotations

import pytest

from statgraph.errors import ExtractionError
from statgraph.extract import PIPELINE
from statgraph.extract.registry import EXTRACTORS, extractor, pipeline


def test_registry_pipeline_runs_every_registered_extractor() -> None:
    assert sorted(PIPELINE) == sorted(EXTRACTORS)
    assert [name for name, _ in pipeline(PIPELINE)] == list(PIPELINE)


def test_registry_name_is_the_function_name() -> None:
    assert all(function.__name__ == name for name, function in EXTRACTORS.items())


def test_registry_unknown_or_left_out_names_fail_loudly() -> None:
    with pytest.raises(ExtractionError, match="no extractor is named 'find_nothing'"):
        pipeline([*PIPELINE, "find_nothing"])
    with pytest.raises(ExtractionError, match="'blamed' is registered but the pipeline leaves it out"):
        pipeline([name for name in PIPELINE if name != "blamed"])


def test_registry_two_extractors_of_one_name_fail() -> None:
    def blamed(sent, context):  # noqa: ANN001, ANN202 - a stand-in with a taken name
        return iter(())

    with pytest.raises(ExtractionError, match="two extractors are named 'blamed'"):
        extractor(blamed)
