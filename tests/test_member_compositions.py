"""Memberships stated as a body's composition (round fifteen): "consisted of five countries: A,
B ...", "brings together A, B and C", "whose members are A and B"; and member nouns qualified
away ("a former member", "a non-member"). Sentences of our own."""

from __future__ import annotations

from conftest import pairs_of


def test_a_group_noun_spelled_out_after_a_colon_names_the_members() -> None:
    text = "The Eurasian Economic Union consisted of three countries: Russia, Belarus and Kazakhstan."
    assert {h for h, _ in pairs_of(text, "member_of")} == {"Russia", "Belarus", "Kazakhstan"}
    # the group noun with no names after it names no member
    assert not pairs_of("The Eurasian Economic Union consisted of three countries at first.", "member_of")


def test_brings_together_names_the_members_only_with_together() -> None:
    text = "The Collective Security Treaty Organization brings together Russia, Armenia and Belarus."
    assert {h for h, _ in pairs_of(text, "member_of")} == {"Russia", "Armenia", "Belarus"}
    assert not pairs_of("The Collective Security Treaty Organization brought Russia closer to Armenia.", "member_of")
    # a body that brought parties together hosted them: no membership stated
    assert not pairs_of("The OSCE brought together Armenia and Azerbaijan for talks in Vienna.", "member_of")
    assert not pairs_of("The OSCE brought together Armenia and Azerbaijan last year.", "member_of")


def test_whose_members_are_names_the_members() -> None:
    text = "ASEAN, whose members are Vietnam, Thailand and Malaysia, met on Monday."
    assert {h for h, _ in pairs_of(text, "member_of")} == {"Vietnam", "Thailand", "Malaysia"}
    after = "NATO held talks on Monday. Its members are Estonia, Latvia and Lithuania."
    assert ("Latvia", "NATO") in pairs_of(after, "member_of")
    # members with no owner name no body
    assert not pairs_of("The members are Vietnam, Thailand and Malaysia.", "member_of")


def test_a_member_noun_qualified_away_names_no_member() -> None:
    for text in (
        "Britain, a former member of the EU, protested on Tuesday.",
        "Norway, a non-member of the EU, protested on Tuesday.",
        "Ukraine, an aspiring member of NATO, protested on Tuesday.",
    ):
        assert not pairs_of(text, "member_of"), text
    assert ("Finland", "NATO") in pairs_of("Finland, NATO's new member, protested on Tuesday.", "member_of")
    assert ("Poland", "NATO") in pairs_of("Poland, a member of NATO, protested on Tuesday.", "member_of")


def test_has_members_spelled_out_names_them() -> None:
    text = "The SCO has four members: China, Russia, India and Pakistan."
    assert {h for h, _ in pairs_of(text, "member_of")} == {"China", "Russia", "India", "Pakistan"}
    # allies or partners spelled out are not members; members not spelled out name none
    assert not pairs_of("NATO has close allies: Japan, Australia and New Zealand.", "member_of")
    assert not pairs_of("The SCO has Pakistan as a dialogue partner.", "member_of")
