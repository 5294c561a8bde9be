"""Round twenty-one's membership and roles: a party's word in a title whatever the clause's
mood, party offices "for" a party and plural party names, a body's kind between its name and
"members", colleagues and plural counterparts. Behaviour on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of, roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Unity Party leader Jane Doe will hold the post for two years.",
        "If Labour MP Jane Doe wins the vote, she will resign.",
    ],
)
def test_a_party_title_states_membership_whatever_the_mood_of_the_clause(text: str) -> None:
    assert {h for h, _ in pairs_of(text, "member_of")} == {"Jane_Doe"}


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe will become Unity Party leader next year.",
        "Jane Doe would join the Unity Party if asked.",
        "Former Labour MP Jane Doe will speak on Monday.",
    ],
)
def test_a_membership_to_come_or_past_is_still_none(text: str) -> None:
    assert pairs_of(text, "member_of") == set()


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Jane Doe, a lawmaker for the Unity Party, spoke on Monday.", "Unity_Party"),
        ("Jane Doe, who heads the centre-right People\u2019s party, spoke on Monday.", "Peoples_party"),
        ("The leader of the Social Democrats, Jane Doe, spoke on Monday.", "Social_Democratic_Party"),
        ("Jane Doe, who leads the centre-right Christian Democrats, spoke on Monday.", "Christian_Democrats"),
        ("Socialist leader Jane Doe spoke on Monday.", "Socialist_Party"),
    ],
)
def test_a_party_office_for_a_party_or_of_a_party_named_in_the_plural(text: str, party: str) -> None:
    assert ("Jane_Doe", party) in pairs_of(text, "member_of")


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe voted for the Unity Party on Monday.",
        "Support for the Unity Party by Jane Doe grew.",
        "The Socialist Republic of Vietnam objected on Monday.",
    ],
)
def test_no_office_for_a_party_is_no_membership(text: str) -> None:
    assert pairs_of(text, "member_of") == set()


def test_a_body_kind_between_the_name_and_members() -> None:
    text = "Farmers protested against the deal with Mercosur bloc members Argentina, Brazil and Uruguay."
    assert pairs_of(text, "member_of") == {("Argentina", "Mercosur"), ("Brazil", "Mercosur"), ("Uruguay", "Mercosur")}


def test_a_colleague_of_a_named_state_holds_the_same_office() -> None:
    roles = roles_of("Kenyan Foreign Minister Jane Okafor met her Ugandan colleague Tom Reeve on Monday.")
    assert ("Tom Reeve", "Foreign Minister of Uganda") in roles


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan Foreign Minister Jane Okafor met her colleague Tom Reeve on Monday.",
        "Kenyan Foreign Minister Jane Okafor met her party colleague Tom Reeve on Monday.",
    ],
)
def test_a_colleague_of_no_state_holds_no_office(text: str) -> None:
    assert [office for holder, office in roles_of(text) if holder == "Tom Reeve"] == []


def test_plural_counterparts_pair_their_states_with_the_names_in_order() -> None:
    roles = roles_of("Kenyan President Jane Okafor hosted her Kyrgyz and Tajik counterparts, Sadyr Japarov and Emomali Rahmon.")
    assert ("Sadyr Japarov", "President of Kyrgyzstan") in roles
    assert ("Emomali Rahmon", "President of Tajikistan") in roles


def test_plural_counterparts_with_fewer_names_than_states_give_none() -> None:
    roles = roles_of("Kenyan President Jane Okafor hosted her Kyrgyz and Tajik counterparts, Sadyr Japarov.")
    assert [office for holder, office in roles if holder == "Sadyr Japarov"] == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Labour's foreign affairs spokesperson, Jane Doe, said no on Monday.", "Labour_Party"),
        ("Jane Doe, the Green vice-chancellor, said no on Monday.", "Green_Party"),
        ("Labour chancellor Jane Doe said no on Monday.", "Labour_Party"),
    ],
)
def test_a_party_office_in_apposition_or_a_party_chancellor(text: str, party: str) -> None:
    assert ("Jane_Doe", party) in pairs_of(text, "member_of")


@pytest.mark.parametrize(
    "text",
    [
        "Labour's former spokesperson, Jane Doe, said no on Monday.",
        "German Chancellor Jane Doe said no on Monday.",
    ],
)
def test_a_past_party_office_or_a_state_title_is_no_party_membership(text: str) -> None:
    assert pairs_of(text, "member_of") == set()
