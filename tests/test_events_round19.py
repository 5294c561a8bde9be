"""Round nineteen's events: a list of titled names met read past its first name, the head of a
delegation received, a sending of forces only decided, voted or allowed. Behaviour on sentences
of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


def test_every_titled_name_of_a_broken_list_was_met() -> None:
    text = ("Foreign Minister Jane Okafor met with Trade Minister Peter Mwangi, Commissioner for Water Affairs "
            "Grace Achieng, Attorney General Samuel Otieno, Deputy Prime Minister Ruth Wanjiku and Deputy Prime Minister "
            "David Kiprop.")
    met = {b for a, b in pairs_of(text, "met_with")}
    assert {"Samuel_Otieno", "Ruth_Wanjiku", "David_Kiprop"} <= met


def test_a_list_ends_at_its_first_item_that_is_no_name() -> None:
    text = "Jane Okafor met with Peter Mwangi, and Grace Achieng said on Monday that talks went well."
    met = {b for a, b in pairs_of(text, "met_with")}
    assert "Grace_Achieng" not in met


def test_the_head_of_a_delegation_received_was_met() -> None:
    text = "President Jane Okafor has received a delegation led by Defence Minister of Uganda Peter Mwangi."
    assert ("Jane_Okafor", "Peter_Mwangi") in pairs_of(text, "met_with")


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council voted to send a multinational police force to Haiti.",
        "The Kenyan parliament decided to deploy troops to Somalia.",
        "The accord allows Kenya to send troops to Somalia for joint exercises.",
        "Kenya made its position clear on deploying peacekeepers to Somalia on Wednesday.",
    ],
)
def test_a_sending_only_decided_voted_or_allowed_is_no_deployment(text: str) -> None:
    assert pairs_of(text, "deployed_to") == set()


def test_a_sending_done_is_a_deployment_and_one_said_to_come_none_yet() -> None:
    assert ("Kenya", "Somalia") in pairs_of("Kenya sent troops to Somalia.", "deployed_to")
    # round twenty-three: train gold codes no sending told with a future auxiliary
    assert ("Kenya", "Somalia") not in pairs_of("Kenya said it would send troops to Somalia.", "deployed_to")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya will sign the trade agreement with India.",
        "Okafor said Kenya should move ahead and sign the trade agreement with India.",
        '"Besides, we agreed to sign a trilateral treaty with Uganda on the border," '
        "Kenyan President Jane Okafor said.",
    ],
)
def test_a_pact_still_to_be_signed_is_no_tie(text: str) -> None:
    assert pairs_of(text, "cooperates_with") == set()


def test_a_pact_signed_is_a_tie() -> None:
    assert ("Kenya", "India") in pairs_of("Kenya signed the trade agreement with India.", "cooperates_with")


def test_a_paired_pact_blocked_or_pending_is_no_tie() -> None:
    assert pairs_of("Austria is working to block the Kenya-Uganda trade agreement.", "cooperates_with") == set()
    assert pairs_of("Both sides discussed the pending Kenya-Uganda trade agreement.", "cooperates_with") == set()


def test_a_paired_pact_in_force_is_a_tie() -> None:
    assert ("Kenya", "Uganda") in pairs_of("Austria welcomed the Kenya-Uganda trade agreement.", "cooperates_with")


def test_a_known_name_after_a_long_title_is_the_one_met() -> None:
    """The tagger leaves the name after "President of the United States of America" untagged; the
    resolver knows it for a person."""
    text = ("On Tuesday Emmanuel Macron had a telephone conversation with President of the United States of America "
            "Barack Obama.")
    assert ("Emmanuel_Macron", "Barack_Obama") in pairs_of(text, "met_with")
