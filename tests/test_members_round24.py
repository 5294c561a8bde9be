"""Round twenty-four's make-up lists: the parts that "make up" a body named as the object ("Kenya,
Uganda and Tanzania make up the East African Community", "Russia and its allies making up the bloc")
and "it" after a sentence whose subject is the body ("The organization was founded in 2001.
Initially, it consisted of ..."). Behaviour on texts of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


def test_states_that_make_up_a_named_body() -> None:
    pairs = pairs_of("Kenya, Uganda and Tanzania make up the East African Community.", "member_of")
    assert {("Kenya", "East_African_Community"), ("Uganda", "East_African_Community"),
            ("Tanzania", "East_African_Community")} <= pairs


def test_states_making_up_the_bloc_named_before() -> None:
    text = (
        "Leaders of the Eurasian Economic Union met in Moscow.\n\n"
        "Russia and its ex-Soviet allies making up the bloc agreed to cut tariffs."
    )
    assert ("Russia", "EAEU") in pairs_of(text, "member_of")


def test_it_after_a_sentence_whose_subject_is_the_body() -> None:
    text = (
        "Leaders of the Shanghai Cooperation Organization met in Astana on Wednesday.\n\n"
        "The organization was founded in 2001 in Shanghai. Initially, it consisted of six countries: "
        "Russia, Kazakhstan, Kyrgyzstan, China, Tajikistan, and Uzbekistan."
    )
    members = {holder for holder, _ in pairs_of(text, "member_of")}
    assert {"Russia", "China", "Uzbekistan"} <= members


def test_it_after_a_state_is_no_body() -> None:
    text = "China is vast. Initially, it consisted of six provinces: Hunan, Hubei and Henan."
    assert not pairs_of(text, "member_of")
