"""Round twenty-four's warnings and proposals, on sentences of our own: a text of one's own put
forward is proposed ("put forward its own resolution"); an initiative or a launch announced is
proposed; a side ready to strike back if another acts warns that other ("the government is ready
to retaliate if Y vetoes it"); measures taken to counter something warn of what they counter."""

from __future__ import annotations

import pytest

from conftest import triples_of as _found

pytestmark = pytest.mark.model


def _of(text: str, relation: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in _found(text) if r == relation}


def test_a_text_of_ones_own_put_forward_is_proposed() -> None:
    assert ("Russia", "resolution") in _of("Russia put forward its own resolution, but it alone voted in its favor.",
                                          "proposes")
    assert ("United_States", "alternative draft resolution") in _of(
        "Washington had circulated its own, alternative draft resolution ahead of the vote.", "proposes"
    )


def test_own_interests_put_first_or_an_own_text_withheld_is_no_proposal() -> None:
    assert not _of("The party put its own interests first.", "proposes")
    assert ("Russia", "resolution") not in _of("Russia did not put forward its own resolution.", "proposes")


def test_ready_to_strike_back_if_another_acts_warns_it() -> None:
    warned = _of("The government is ready to retaliate if Austria vetoes the accession, Prime Minister Marek Kowal "
                 "said.", "warns")
    assert ("Marek_Kowal", "Austria") in warned


def test_ready_to_help_if_another_asks_warns_no_one() -> None:
    assert not _of('"We are ready to help if Kenya asks for it," Finnish Defence Minister Antti Hakkanen said.',
                   "warns")


def test_an_announced_initiative_or_launch_is_proposed() -> None:
    assert ("Abdallah_Batili", "new initiative to hold elections in 2023") in _of(
        "UN envoy Abdallah Batili announced a new initiative to hold elections in 2023.", "proposes"
    )
    proposed = _of("King Charles III also announced the launch of a new fellowship programme for students.", "proposes")
    assert any(h == "Charles_III" and "fellowship programme" in t for h, t in proposed)


def test_announced_plans_a_formation_or_a_denied_announcement_propose_nothing() -> None:
    assert not _of("Atiku Abubakar has announced the formation of a coalition of opposition parties.", "proposes")
    assert not _of("The Netherlands announced plans to give F-16 warplanes to Ukraine.", "proposes")
    assert not _of("Abdallah Batili did not announce a new initiative.", "proposes")


def test_measures_taken_to_counter_something_warn_of_what_they_counter() -> None:
    warned = _of('"We will take all necessary measures to stop the smuggling of weapons," Finnish Defence Minister '
                 'Antti Hakkanen said.', "warns")
    assert ("Finland", "smuggling of weapons") in warned
    assert not any("take all necessary measures" in t for _, t in warned)


def test_measures_taken_for_ones_own_purpose_keep_the_measures() -> None:
    warned = _of('"China will take all necessary measures to defend the rights of its companies," Wu Qian said.', "warns")
    assert ("China", "take all necessary measures") in warned
