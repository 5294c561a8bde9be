"""Round twenty-four's deployments: a contingent list after "from" on forces that withdraw
("Troops from A, B, C and D ... will withdraw"), withdrawals that presuppose forces in a place
("withdrawing troops from the UN mission in X", "its last troops in X had withdrawn", "A's troop
withdrawal from X"), a possessed war in a place ("Moscow's war in X"), and no deployment to a name
the parser hung on a place after a comma ("After Russia's invasion of Ukraine, Germany ...").
Behaviour on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


def test_each_state_of_a_contingent_list_withdrawing_was_there() -> None:
    text = ("Troops from Ghana, Burkina Faso, Togo and Nepal - the main contributors to the UN mission in "
            "Mali - will withdraw from Mali soon.")
    found = pairs_of(text, "deployed_to")
    assert {("Ghana", "Mali"), ("Burkina_Faso", "Mali"), ("Togo", "Mali"), ("Nepal", "Mali")} <= found
    assert not {p for p in found if p[1] in {"Ghana", "Togo"}}  # where they come from is no place they went


def test_troops_from_states_that_withdraw_from_a_place() -> None:
    text = "Troops from Ghana and Togo left Mali last year."
    found = pairs_of(text, "deployed_to")
    assert {("Ghana", "Mali"), ("Togo", "Mali")} <= found
    assert ("Ghana", "Togo") not in found and ("Togo", "Ghana") not in found


@pytest.mark.parametrize(
    ("text", "holder", "place"),
    [
        ("Last year, Canada said it was withdrawing 300 troops from the UN peacekeeping mission in Mali.",
         "Canada", "Mali"),
        ("In June, Italy announced that its last troops in Niger had withdrawn.", "Italy", "Niger"),
        ("Nepal's troop withdrawal from Lebanon will be completed in the spring.", "Nepal", "Lebanon"),
    ],
)
def test_a_withdrawal_presupposes_forces_in_the_place(text: str, holder: str, place: str) -> None:
    assert (holder, place) in pairs_of(text, "deployed_to")


def test_no_withdrawal_from_a_mission_without_forces_or_place() -> None:
    assert not pairs_of("Canada said it was withdrawing its support from the UN mission in Mali.", "deployed_to")
    assert ("Italy", "Niger") not in pairs_of("Italy announced that its last troops in Niger had not withdrawn.",
                                              "deployed_to")


def test_a_possessed_war_in_a_place() -> None:
    assert ("Russia", "Ukraine") in pairs_of("The minister spoke of Moscow's ongoing war in Ukraine.", "deployed_to")
    assert not pairs_of("The minister spoke of the ongoing war in Ukraine.", "deployed_to")


def test_a_name_after_a_comma_is_no_place_of_an_invasion() -> None:
    text = "After Russia's invasion of Ukraine, Finland rethought its security policy."
    found = pairs_of(text, "deployed_to")
    assert ("Russia", "Finland") not in found
    assert ("Russia", "Georgia") in pairs_of("Russia's invasion of Ukraine and Georgia was condemned.", "deployed_to")


def test_forces_serving_in_a_mission_are_in_its_place() -> None:
    found = pairs_of("Soldiers from Ghana and Togo serve in the UN mission in Mali.", "deployed_to")
    assert {("Ghana", "Mali"), ("Togo", "Mali")} <= found
    assert not pairs_of("Soldiers from Ghana and Togo serve in the UN mission.", "deployed_to")


def test_an_invasion_told_as_a_cause_is_presupposed_under_a_negated_verb() -> None:
    text = "The pipeline never entered service due to Russia's invasion of Ukraine."
    assert ("Russia", "Ukraine") in pairs_of(text, "deployed_to")
    assert ("Russia", "Moldova") not in pairs_of("The ministers did not expect a Russian invasion of Moldova.",
                                                 "deployed_to")


def test_the_state_after_of_acts_when_a_place_follows_in() -> None:
    found = pairs_of("The minister condemned the aggression of Russia in Ukraine.", "deployed_to")
    assert ("Russia", "Ukraine") in found and ("Ukraine", "Russia") not in found
    assert ("Russia", "Ukraine") not in pairs_of("The minister condemned the invasion of Ukraine in 2022.",
                                                 "deployed_to")
