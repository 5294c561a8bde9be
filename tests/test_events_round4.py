"""Events and structure, round four: chairs and seats held in a body, titles joined by "and"
before a name. Behaviour on sentences of our own (the rules' own candidates)."""

from __future__ import annotations

from conftest import pairs_of, roles_of


def test_holding_a_body_s_chairmanship_is_membership() -> None:
    text = "The meetings are held in Bangkok, Thailand, which holds ASEAN's chairmanship this year."
    assert ("Thailand", "ASEAN") in pairs_of(text, "member_of")
    assert ("Laos", "ASEAN") in pairs_of("Laos assumed the Chair of ASEAN in January.", "member_of")


def test_a_chairman_title_of_a_state_s_own_body_is_no_membership() -> None:
    text = "Sudan's Sovereign Council Chairman Abdel Fattah al-Burhan emphasized the need for talks."
    assert not pairs_of(text, "member_of")


def test_a_seat_on_a_body_is_membership_unless_only_sought() -> None:
    assert ("Brazil", "UN_Security_Council") in pairs_of(
        "Brazil's current non-permanent seat on the UN Security Council adds weight to its efforts.", "member_of"
    )
    assert ("Japan", "UN_Security_Council") in pairs_of("Japan holds a seat on the UN Security Council.", "member_of")
    assert not pairs_of("India seeks a permanent seat on the UN Security Council.", "member_of")
    assert not pairs_of("India will not win a seat on the UN Security Council.", "member_of")
    assert not pairs_of("The seat of the United Nations is in New York.", "member_of")


def test_two_titles_joined_before_a_name_are_both_held() -> None:
    roles = roles_of("Former Secretary General of NATO and ex-Prime Minister of Denmark Anders Fogh Rasmussen spoke.")
    offices = [office for holder, office in roles if holder == "Anders Fogh Rasmussen"]
    assert any("Secretary General of NATO" in office for office in offices)
    assert any("Prime Minister of Denmark" in office for office in offices)
    roles = roles_of("Prime Minister and Foreign Minister Sheikh Mohammed spoke to reporters.")
    assert {office for _, office in roles} >= {"Prime Minister", "Foreign Minister"}


def test_a_title_of_another_person_before_and_is_not_the_name_s() -> None:
    roles = roles_of("Russian President Vladimir Putin and Chinese President Xi Jinping met.")
    assert sorted(roles) == [("Vladimir Putin", "President of Russia"), ("Xi Jinping", "President of China")]
    assert roles_of("The minister and French President Emmanuel Macron spoke.") == [
        ("Emmanuel Macron", "President of France")
    ]
    assert roles_of("The Prime Minister and President Joe Biden met.") == [("Joe Biden", "President of United States")]
    roles = roles_of(
        "Kazakh President Kassym-Jomart Tokayev and Chinese Minister of Foreign Affairs Wang Yi met on May 20."
    )
    assert [office for holder, office in roles if holder == "Wang Yi"] == ["Minister of Foreign Affairs of China"]
