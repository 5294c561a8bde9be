"""Round twenty-three's deployments: a place seized by an armed group named before its noun ("the
M23 rebel group captured Goma"), taken over ("took over the capital, Sanaa") or taken in part
("control of most of the capital, Goma"; "swathes of Iraqi and Syrian territory"); the forces
before a withdrawal noun and each coordinated demonym of forces; a possessed troop deployment;
and no deployment told with a future auxiliary. Behaviour on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "holder", "place"),
    [
        ("The M23 rebel group has captured the key city of Goma after days of fighting.", "M23", "Goma"),
        ("In the east, the M23 armed group has taken control of most of the regional capital, Goma.", "M23", "Goma"),
        ("The Houthi movement ousted the government and took over the capital, Sanaa.", "Houthis", "Sanaa"),
    ],
)
def test_a_place_seized_by_a_named_armed_group(text: str, holder: str, place: str) -> None:
    assert (holder, place) in pairs_of(text, "deployed_to")


def test_swathes_of_territory_of_each_state_taken() -> None:
    text = "The coalition was formed after Russia took control of swathes of Ukrainian and Moldovan territory."
    assert {("Russia", "Ukraine"), ("Russia", "Moldova")} <= pairs_of(text, "deployed_to")


@pytest.mark.parametrize(
    "text",
    [
        "The M23 rebel group has taken control of the debate over the new budget.",
        "The Houthi movement took over the chairmanship of the committee.",
        "The M23 rebel group has not captured Goma, officials said.",
    ],
)
def test_no_place_or_no_act_is_no_seizure(text: str) -> None:
    assert not {p for p in pairs_of(text, "deployed_to") if p[0] in {"M23", "Houthis"}}


@pytest.mark.parametrize(
    ("text", "holder", "place"),
    [
        ("The rebels set a precondition involving the withdrawal of the Amhara and Eritrean forces from Tigray "
         "region.", "Eritrea", "Tigray_region"),
        ("The deputy spoke about the timeframe of the U.S. forces withdrawal from Iraqi territories.",
         "United_States", "Iraq"),
        ("Ministers said that North Korea's troop deployment to Russia poses a serious threat.", "North_Korea",
         "Russia"),
    ],
)
def test_forces_withdrawn_and_a_troop_deployment_owned(text: str, holder: str, place: str) -> None:
    assert (holder, place) in pairs_of(text, "deployed_to")


def test_a_deployment_to_come_is_none_yet_but_a_withdrawal_to_come_presupposes_forces() -> None:
    assert ("United_States", "Australia") not in pairs_of(
        "Under the plan, five US nuclear submarines will be deployed to Australia by 2030.", "deployed_to"
    )
    assert ("Russia", "Belarus") not in pairs_of(
        "The president said that Russia would station tactical nuclear weapons in Belarus.", "deployed_to"
    )
    assert ("Russia", "Belarus") in pairs_of("Russia stationed tactical nuclear weapons in Belarus.", "deployed_to")
    assert ("Russia", "Moldova") in pairs_of("Russia will withdraw its troops from Moldova.", "deployed_to")


def test_a_place_after_a_preposition_coordinated_with_another() -> None:
    text = "Kenya has also deployed police contingents around the African continent and in Haiti."
    assert ("Kenya", "Haiti") in pairs_of(text, "deployed_to")
    assert ("Kenya", "Haiti") not in pairs_of("Kenya has also deployed police contingents around the African "
                                              "continent and praised Haiti.", "deployed_to")


@pytest.mark.parametrize(
    "text",
    [
        "The bridge connects Crimea, which was annexed by Moscow in 2014, and the mainland.",
        "The bridge connects Crimea, which Moscow annexed in 2014, to the mainland.",
    ],
)
def test_a_place_seized_in_a_relative_clause_on_it(text: str) -> None:
    assert ("Russia", "Crimea") in pairs_of(text, "deployed_to")


def test_a_thing_seized_in_a_relative_clause_is_no_place() -> None:
    assert not pairs_of("The plan, which was seized upon by Moscow as a pretext, failed.", "deployed_to")
