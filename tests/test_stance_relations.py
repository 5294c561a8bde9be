"""The relation a stance takes (issue 16): a stance cue inside an act asked of someone else is
part of the demand, not a stance of the speaker's own (extract/stances/asked.py); on sentences
of our own."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_an_act_urged_on_another_is_no_support_of_the_speaker() -> None:
    found = _found(
        "“We urge Peru to take a careful look at the situation, earnestly abide by the Lima accords and act"
        " in accordance with its commitments,” Chile's foreign minister said."
    )
    assert _has(found, "Chile", "demands", "Peru", "abide", "Lima accords")
    assert not any(h == "Chile" and r == "supports" for h, r, _ in found)


def test_what_another_is_obliged_to_do_gives_no_stance_of_theirs() -> None:
    found = _found(
        "Chile's foreign minister said that Peru is obliged not to allow the creation of military"
        " bases on the islands."
    )
    assert _has(found, "Chile", "demands", "Peru", "not to allow", "bases")
    assert not any(h == "Peru" for h, _, _ in found)


def test_insisting_on_anothers_act_is_no_support_of_it() -> None:
    found = _found("Chile insists on Peru accepting the arbitration ruling on the river.")
    assert not any(h == "Chile" and r == "supports" for h, r, _ in found)


def test_what_ones_own_side_must_do_stays_its_stance() -> None:
    found = _found("“We must support the Lima accords,” Chile's foreign minister said.")
    assert _has(found, "Chile", "supports", "Lima accords")


def test_an_act_one_asks_to_do_oneself_stays_a_stance() -> None:
    found = _found("Chile's foreign minister said Chile will continue to support the Lima accords.")
    assert _has(found, "Chile", "supports", "Lima accords")


def test_the_us_asked_is_not_us() -> None:
    found = _found(
        "“We urge the US to take a careful look at the situation and abide by the Lima accords,”"
        " Chile's foreign minister said."
    )
    assert not any(h == "Chile" and r == "supports" for h, r, _ in found)


def test_a_need_asked_of_another_gives_no_stance_of_theirs() -> None:
    found = _found("Chile's foreign ministry stressed the need for Peru to respect Bolivia's sovereignty.")
    assert _has(found, "Chile", "demands", "Peru", "respect", "sovereignty")
    assert not any(h == "Peru" for h, _, _ in found)


def test_a_need_to_uphold_something_supports_it() -> None:
    found = _found(
        "Chile's foreign ministry stressed the need to respect Bolivia's sovereignty and"
        " territorial integrity."
    )
    assert _has(found, "Chile", "supports", "Bolivia's sovereignty")
    assert not any(r == "demands" for _, r, _ in found)
    found = _found("“There is a need to protect the sovereignty of Bolivia,” Chile's foreign minister said.")
    assert not any(r == "demands" for _, r, _ in found)


def test_a_need_to_act_otherwise_stays_a_demand() -> None:
    found = _found("Chile's foreign ministry stressed the need to release the detained fishermen.")
    assert _has(found, "Chile", "demands", "release", "fishermen")


def test_what_the_speakers_side_should_do_with_another_is_its_own_stance() -> None:
    found = _found(
        "“Chile and Peru should jointly promote regional development and fight the smuggling of arms,”"
        " Chile's foreign minister said in a statement."
    )
    assert _has(found, "Chile", "supports", "promote", "regional development")
    assert not any(h == "Chile" and r == "demands" for h, r, _ in found)
    found = _found(
        "“Peru and Bolivia should withdraw their patrol boats from the river,” Chile's foreign"
        " minister said."
    )
    assert _has(found, "Chile", "demands", "withdraw", "patrol boats")


def test_insisting_on_another_doing_something_demands_it() -> None:
    found = _found("Chile insists on Peru accepting the arbitration ruling on the river.")
    assert _has(found, "Chile", "demands", "Peru accepting", "arbitration ruling")


def test_a_clause_with_its_own_subject_after_an_owed_act_is_its_own() -> None:
    found = _found(
        "“Western countries, which are worried about Peru, should pay attention to the actions of local"
        " radicals, but the West “simply embraces” those who at one time made a coup,”"
        " Chile's foreign minister said."
    )
    assert _has(found, "West", "supports", "coup")


def test_what_a_demand_calls_for_is_no_support_of_its_own() -> None:
    found = _found(
        "“We must now clarify what the strategic goals of the alliance are,” Chilean President Gabriel Boric"
        " said, calling again for “strengthening” Latin America’s defense."
    )
    assert _has(found, "Gabriel_Boric", "demands", "strengthening", "defense")
    assert not any(r == "supports" for _, r, _ in found)


def test_should_before_its_subject_only_supposes() -> None:
    # inverted "should" is a condition ("if Peru should close ..."), no demand made of Peru
    found = _found(
        "Chile's foreign minister said a package of tariffs is ready to go should Peru close the border"
        " crossings. Chile's trade minister said Peru should reopen the crossings."
    )
    assert not _has(found, "Chile", "demands", "Peru", "close")
    assert _has(found, "Chile", "demands", "Peru", "reopen")
