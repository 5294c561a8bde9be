"""Round sixteen's meetings and visits: a counterpart's name the parser hangs elsewhere, and the
place of a meeting hung on the partner's office. Behaviour on sentences of our own (the whole
reading, with the rules' own confidences)."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, pair, state",
    [
        # the name after a comma, hung on the call rather than on "counterpart"
        ("A spokesman qualified Kenyan President William Ruto's recent phone conversation with his US "
         "counterpart, Joe Biden, as business-like.", ("William_Ruto", "Joe_Biden"), "United_States"),
        # the name the parser starts a sentence of its own with
        ("Tajikistan's President Emomali Rahmon met his Kyrgyz counterpart Sadyr Japarov at a summit in Uzbekistan.",
         ("Emomali_Rahmon", "Sadyr_Japarov"), "Kyrgyzstan"),
    ],
)
def test_a_counterpart_met_is_the_person_named_after_it(text: str, pair: tuple[str, str], state: str) -> None:
    found = pairs_of(text, "met_with")
    assert pair in found
    assert (pair[0], state) not in found


def test_a_counterpart_with_no_name_after_it_is_still_its_state() -> None:
    found = pairs_of("Jane Okafor met her Kenyan counterpart on Monday. Peter Mwangi praised the talks.", "met_with")
    assert ("Jane_Okafor", "Kenya") in found
    assert ("Jane_Okafor", "Peter_Mwangi") not in found


def test_a_meeting_abroad_with_the_place_on_the_partners_office() -> None:
    text = "Secretary of State Antony Blinken met today with Slovak Minister of Foreign Affairs Rastislav Kacer in Bucharest."
    assert ("Antony_Blinken", "Romania") in pairs_of(text, "visited")


def test_a_meeting_at_home_with_the_place_on_the_partners_office_is_no_visit() -> None:
    text = "Secretary of State Antony Blinken met today with Slovak Minister of Foreign Affairs Rastislav Kacer in Washington."
    assert not any(holder == "Antony_Blinken" for holder, _ in pairs_of(text, "visited"))
