"""Round twenty-four's warnings and proposals, on sentences of our own: a text of one's own put
forward is proposed ("put forward its own resolution"); a threat of something, with its owner, is
a warning given ("Norland's threats of annexation"); a side ready to strike back if another acts
warns that other ("the government is ready to retaliate if Y vetoes it")."""

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


def test_own_interests_put_first_or_an_own_text_criticized_is_no_proposal() -> None:
    assert not _of("The party put its own interests first.", "proposes")
    assert ("Russia", "resolution") not in _of("Russia did not put forward its own resolution.", "proposes")


def test_a_threat_of_something_with_its_owner_is_a_warning_given() -> None:
    assert ("Russia", "nuclear war") in _of("Russia's threat of nuclear war worries its neighbours.", "warns")


def test_a_threat_to_another_is_still_a_danger() -> None:
    assert not _of("China's threat to Taiwan is growing.", "warns")


def test_ready_to_strike_back_if_another_acts_warns_it() -> None:
    warned = _of('"We are prepared to respond if Russia attacks our ships," Finnish Defence Minister '
                 'Antti Hakkanen said.', "warns")
    assert ("Finland", "Russia") in warned


def test_ready_to_help_if_another_asks_warns_no_one() -> None:
    assert not _of('"We are ready to help if Kenya asks for it," Finnish Defence Minister Antti Hakkanen said.',
                   "warns")
