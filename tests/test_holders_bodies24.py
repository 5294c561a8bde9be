"""Round twenty-four: holders named again by a text, a gathering or a kind of body.

"The resolution calls on ..." is the body the text said adopted it; "The summit condemned ..." the
body whose summit it was; "The parliament rejected ..." the one parliament named before; a draft's
sponsors hold what it demands. Two bodies in play, or none said to adopt it, name nobody.
Sentences of our own.
"""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_a_resolution_speaks_for_the_body_that_adopted_it() -> None:
    found = triples_of(
        "Vote\n\nThe UN Security Council adopted a resolution on Friday. The non-binding resolution urged "
        "Israel to allow aid into Gaza. It also called for the release of all hostages."
    )
    assert has_triple(found, "UN_Security_Council", "demands", "aid")
    assert has_triple(found, "UN_Security_Council", "demands", "release", "hostages")  # "It": the text again


def test_a_resolution_two_bodies_adopted_names_nobody() -> None:
    found = triples_of(
        "Vote\n\nThe Council adopted a resolution on Gaza. The Assembly adopted a resolution on Sudan. "
        "The resolution calls for a ceasefire."
    )
    assert not any(r == "demands" for _, r, _ in found)


def test_a_resolution_not_adopted_is_nobody_s() -> None:
    failed = triples_of(
        "Vote\n\nThe Security Council failed to adopt a resolution on Monday. The resolution called for a truce in Sudan."
    )
    vetoed = triples_of("Vote\n\nRussia vetoed a resolution on Friday. The resolution demanded a ceasefire in Gaza.")
    assert not any(r == "demands" for _, r, _ in failed | vetoed)


def test_a_summit_speaks_for_the_body_that_held_it() -> None:
    found = triples_of(
        "Summit\n\nThe African Union held a summit in Addis Ababa on Sunday. The summit condemned the coup in Gabon."
    )
    assert has_triple(found, "African_Union", "opposes", "coup")


def test_a_joint_summit_speaks_for_both_bodies() -> None:
    found = triples_of(
        "Summit\n\nLeaders met at a summit of the African Union and ECOWAS in Accra. "
        "The summit welcomed the ceasefire in Sudan."
    )
    assert has_triple(found, "African_Union", "supports", "ceasefire")
    assert has_triple(found, "ECOWAS", "supports", "ceasefire")


def test_the_parliament_is_the_one_named_before() -> None:
    found = triples_of("Vote\n\nKenya's parliament met on Tuesday. The parliament rejected the new tax bill.")
    assert has_triple(found, "Parliament_of_Kenya", "rejects", "tax bill")


def test_the_court_after_two_courts_is_nobody() -> None:
    found = triples_of(
        "Court\n\nThe Supreme Court of Kenya and the Court of Appeal ruled on Monday. "
        "The court rejected the petition of the opposition."
    )
    assert not any(r == "rejects" for _, r, _ in found)


def test_a_draft_speaks_for_each_sponsor() -> None:
    found = triples_of("Vote\n\nThe draft, put forward by Brazil and Mexico, demanded an immediate ceasefire in Gaza.")
    assert has_triple(found, "Mexico", "demands", "ceasefire")


def test_a_motion_passed_and_a_resolution_adopted_by_a_body_speak_for_it() -> None:
    motion = triples_of(
        "Vote\n\nKenya's parliament passed a motion on Tuesday. The motion calls for the withdrawal of the tax bill."
    )
    passive = triples_of(
        "Vote\n\nA resolution was adopted by the African Union on Monday. "
        "The resolution urges Sudan's army to allow aid deliveries."
    )
    assert has_triple(motion, "Parliament_of_Kenya", "demands", "withdrawal")
    assert has_triple(passive, "African_Union", "demands", "aid")


def test_a_text_stays_its_adopter_s_past_another_subject() -> None:
    found = triples_of(
        "Vote\n\nThe UN General Assembly adopted a resolution on Friday. Russia rejected the accusations. "
        "The resolution calls for an immediate ceasefire."
    )
    assert has_triple(found, "UN_General_Assembly", "demands", "ceasefire")
    assert not has_triple(found, "Russia", "demands", "ceasefire")


def test_one_parliament_named_two_ways_is_still_one() -> None:
    found = triples_of(
        "Iraq Parliament's Call for Troop Withdrawal\n\nIraq's parliament is calling for a law on foreign troops. "
        "The parliament strongly opposes any attacks on Iraq."
    )
    assert has_triple(found, "Parliament_of_Iraq", "opposes", "attacks")
