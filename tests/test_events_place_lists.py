"""Lists and calls, on text of our own: every place of a list the small model hangs on its first
place as an apposition ("the Solomon Islands, Nauru and Niue") is visited; a call takes no one
abroad; every state of a list of hosts hosts the forces."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model

_LIST = {("Xi_Jinping", "Solomon_Islands"), ("Xi_Jinping", "Nauru"), ("Xi_Jinping", "Niue")}


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Chinese President Xi Jinping was visiting the Solomon Islands, Nauru and Niue.", _LIST),
        ("Chinese President Xi Jinping paid a visit to the Solomon Islands, Nauru and Niue.", _LIST),
        ("Chinese President Xi Jinping flew to the Solomon Islands, Nauru and Niue.", _LIST),
        ("Chinese President Xi Jinping will visit the Solomon Islands, Nauru and Niue next year.", set()),
    ],
)
def test_every_place_of_an_appositive_list_is_visited(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "visited") == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("Russian Foreign Minister Sergei Lavrov spoke by phone with his counterparts in Kyrgyzstan and Tajikistan.", set()),
        ("Russian Foreign Minister Sergei Lavrov held a phone call with Kyrgyz Foreign Minister Jeenbek Kulubaev in Bishkek.", set()),
        ("Russian Foreign Minister Sergei Lavrov held talks with Kyrgyz Foreign Minister Jeenbek Kulubaev in Bishkek.",
         {("Sergey_Lavrov", "Kyrgyzstan")}),
    ],
)
def test_a_call_takes_no_one_abroad(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs_of(text, "visited") == pairs


def test_every_host_of_a_list_hosts_the_forces() -> None:
    text = "Kyrgyzstan and Tajikistan have hosted Russian military bases since 1991."
    assert pairs_of(text, "deployed_to") == {("Russia", "Kyrgyzstan"), ("Russia", "Tajikistan")}


def test_four_sides_that_met_met_pairwise() -> None:
    text = "Senior officials from France, Israel, Egypt and Qatar met in Cairo on Sunday."
    met = {frozenset(p) for p in pairs_of(text, "met_with")}
    assert met == {frozenset(p) for p in [("France", "Israel"), ("France", "Egypt"), ("France", "Qatar"),
                                           ("Israel", "Egypt"), ("Israel", "Qatar"), ("Egypt", "Qatar")]}


def test_a_state_conquered_is_a_deployment() -> None:
    assert pairs_of("Russia conquered Crimea in 2014.", "deployed_to") == {("Russia", "Crimea")}


def test_four_sides_of_two_kinds_are_no_pairs() -> None:
    text = "The Foreign Ministers of Azerbaijan and Armenia, Jeyhun Bayramov and Ararat Mirzoyan, met in Washington."
    met = {frozenset(p) for p in pairs_of(text, "met_with")}
    assert not any({"Azerbaijan", "Jeyhun_Bayramov"} <= pair for pair in met)
