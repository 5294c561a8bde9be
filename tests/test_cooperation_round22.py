"""Round twenty-two's cooperation: a pact's participle with its partner and maker ("a pact struck with X by Y"), work "in coordination with" a partner on a deed or
by an envoy, ties stepped up or maintained, and a tie only talked about (CONVENTIONS.md: agreed or
ongoing joint work between the sides, not talk about cooperation). Behaviour on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


def _paired(found: set[tuple[str, str]], a: str, b: str) -> bool:
    return (a, b) in found or (b, a) in found


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Fiji's security deal signed with China in 2011 angered its neighbours.", ("Fiji", "China")),
        ("A security pact struck with China in 2020 by Kenya drew criticism.", ("Kenya", "China")),
        ("The treaty signed by the Kenyan government with Uganda was criticised.", ("Kenya", "Uganda")),
    ],
)
def test_a_pact_signed_with_a_partner_by_its_maker_is_cooperation(text: str, pair: tuple[str, str]) -> None:
    assert _paired(pairs_of(text, "cooperates_with"), *pair)


def test_a_pact_struck_only_in_a_hypothesis_is_none() -> None:
    assert not _paired(pairs_of("A security pact struck with China by Kenya would anger Uganda.",
                                "cooperates_with"), "Kenya", "China")


@pytest.mark.parametrize(
    "text, pair",
    [
        ("South Korea maintains a firm deterrence against North Korea in coordination with the United States.",
         ("South_Korea", "United_States")),
        ("Talks led by Kenyan President William Ruto in close coordination with Qatar ended the war.",
         ("Kenya", "Qatar")),
        ("The rebels joined talks hosted by Kenya in close coordination with Qatar.", ("Kenya", "Qatar")),
    ],
)
def test_a_deed_done_in_coordination_with_a_partner_is_cooperation(text: str, pair: tuple[str, str]) -> None:
    assert _paired(pairs_of(text, "cooperates_with"), *pair)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Niger stepped up security cooperation with Russia last year.", ("Niger", "Russia")),
        ("Kenya has bolstered defence cooperation with Israel.", ("Kenya", "Israel")),
    ],
)
def test_a_tie_stepped_up_or_bolstered_is_cooperation(text: str, pair: tuple[str, str]) -> None:
    assert _paired(pairs_of(text, "cooperates_with"), *pair)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The two foreign ministers discussed strengthening of bilateral relations and cooperation between "
         "Kenya and Uganda.", ("Kenya", "Uganda")),
        ("The parties discussed issues related to bilateral cooperation between Kenya and Uganda.",
         ("Kenya", "Uganda")),
    ],
)
def test_a_tie_only_talked_about_is_none(text: str, pair: tuple[str, str]) -> None:
    assert not _paired(pairs_of(text, "cooperates_with"), *pair)


def test_a_tie_held_between_two_sides_is_still_read() -> None:
    assert _paired(pairs_of("The alliance between Kenya and Uganda has lasted for decades.", "cooperates_with"),
                   "Kenya", "Uganda")


@pytest.mark.parametrize(
    "text, pair",
    [
        ("China criticised the joint U.S.-Philippines military drills.", ("United_States", "Philippines")),
        ("The truce came after joint mediation efforts by Qatar, Egypt, and the United States.", ("Qatar", "Egypt")),
    ],
)
def test_the_sides_of_a_joint_act_named_with_it_cooperate(text: str, pair: tuple[str, str]) -> None:
    assert _paired(pairs_of(text, "cooperates_with"), *pair)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Kenya and Uganda plan joint US-Kenya drills.", ("United_States", "Kenya")),
        # those a mediation is between are the mediated, not partners
        ("Qatar said it was the third mediation effort between Kenya and Uganda this year.", ("Kenya", "Uganda")),
        ("A joint statement by twelve states including Kenya, Uganda, Ghana, Togo and Mali condemned the coup.",
         ("Ghana", "Togo")),
    ],
)
def test_a_joint_act_only_planned_or_a_text_of_many_signers_pairs_none(text: str, pair: tuple[str, str]) -> None:
    assert not _paired(pairs_of(text, "cooperates_with"), *pair)
