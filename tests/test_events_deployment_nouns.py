"""A military deployment or build-up told by its noun, with an owner and a place (round
fourteen): "Britain's military deployment in Estonia", "the US military buildup in the Pacific".
Behaviour on sentences of our own (the rules' own candidates, every one kept)."""

from __future__ import annotations

from conftest import pairs_of


def _deployed(text: str) -> set[tuple[str, str]]:
    return pairs_of(text, "deployed_to")


def test_a_military_deployment_or_buildup_in_a_place_is_a_deployment_there() -> None:
    assert ("United_Kingdom", "Estonia") in _deployed("Britain's military deployment in Estonia began in 2017.")
    assert ("United_States", "Pacific") in _deployed("The US military buildup in the Pacific worries China.")


def test_no_deployment_from_a_thing_deployed_or_one_only_possible() -> None:
    # near misses: a network is no force; a possible deployment is none yet
    assert not _deployed("China's deployment of 5G networks in Africa grew.")
    assert not _deployed("A possible military deployment in Greenland worries Denmark.")
