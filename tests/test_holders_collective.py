"""Holders a stance names collectively: the two sides of a meeting, the ministers or leaders who
met, the signatories of a joint "We, the leaders of A and B"."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_the_two_sides_of_a_meeting_of_two_people_are_their_states() -> None:
    text = (
        "Chinese President Xi Jinping held talks with Pakistani Prime Minister Imran Khan in Beijing on Monday.\n\n"
        "Both sides supported the second phase of the corridor."
    )
    found = triples_of(text)
    assert has_triple(found, "China", "supports", "second phase")
    assert has_triple(found, "Pakistan", "supports", "second phase")


def test_the_two_sides_without_a_meeting_have_no_holder() -> None:
    found = triples_of("Chinese President Xi Jinping spoke in Beijing on Monday.\n\nBoth sides supported the corridor.")
    assert not any(r == "supports" for _, r, _ in found)


def test_the_ministers_who_met_are_the_body_last_spoken_of() -> None:
    text = (
        "ASEAN foreign ministers met in Bangkok on Wednesday.\n\n"
        "The ministers reaffirmed the importance of freedom of navigation in the South China Sea."
    )
    assert has_triple(triples_of(text), "ASEAN", "supports", "freedom of navigation")
    text = "ECOWAS leaders met in Abuja on Saturday.\n\nThe leaders reiterated their commitment to eradicating terrorism."
    assert has_triple(triples_of(text), "ECOWAS", "supports", "eradicating terrorism")


def test_leaders_named_by_a_modifier_are_not_the_body_last_spoken_of() -> None:
    text = (
        "ECOWAS leaders met in Abuja on Saturday.\n\n"
        "Western leaders reiterated their commitment to eradicating terrorism."
    )
    found = triples_of(text)
    assert not any(h == "ECOWAS" and r == "supports" for h, r, _ in found)


def test_we_the_leaders_of_two_sides_are_each_side() -> None:
    found = triples_of("We, the leaders of Moldova and the European Union, support the reform of the justice system.")
    assert has_triple(found, "Moldova", "supports", "reform of the justice system")
    assert has_triple(found, "European_Union", "supports", "reform of the justice system")


def test_the_statement_is_held_by_the_side_last_heard_speaking() -> None:
    text = (
        "The Sudanese government said the minister will lead the delegation.\n\n"
        "The statement supported the peace talks in Jeddah."
    )
    assert has_triple(triples_of(text), "Sudan", "supports", "peace talks")


def test_a_statement_of_nobody_heard_before_has_no_holder() -> None:
    found = triples_of("The minister will lead the delegation.\n\nThe statement supported the peace talks in Jeddah.")
    assert not any(r == "supports" for _, r, _ in found)
    text = (
        "The Sudanese government said the minister will lead the delegation.\n\n"
        "A statement by the rebels supported the peace talks in Jeddah."
    )
    assert not any(h == "Sudan" and r == "supports" for h, r, _ in triples_of(text))


def test_a_statement_after_a_speaker_of_no_known_side_has_no_holder() -> None:
    text = (
        "The Sudanese government said the minister will lead the delegation.\n\n"
        "A spokesperson said the talks would start on Monday.\n\n"
        "The statement supported the peace talks in Jeddah."
    )
    assert not any(h == "Sudan" and r == "supports" for h, r, _ in triples_of(text))
    text = "Russian Foreign Minister Sergei Lavrov said the talks would start.\n\nThe statement supported the peace talks."
    assert not any(h == "Russia" and r == "supports" for h, r, _ in triples_of(text))


def test_the_authors_later_we_in_a_joint_statement_is_every_signatory() -> None:
    text = (
        "We, the Prime Ministers of Estonia, Latvia and Lithuania, met in Riga.\n\n"
        "We condemn the Russian aggression against Ukraine."
    )
    found = triples_of(text)
    for state in ("Estonia", "Latvia", "Lithuania"):
        assert has_triple(found, state, "opposes", "Russian aggression")
    # without signatories named, the author's "we" is nobody's
    found = triples_of("The summit met in Riga.\n\nWe condemn the Russian aggression against Ukraine.")
    assert not any(h in {"Estonia", "Latvia", "Lithuania"} for h, _, _ in found)


def test_ministers_without_the_are_whoever_not_those_who_met() -> None:
    text = "ECOWAS leaders met in Abuja on Saturday.\n\nLeaders reiterated their commitment to eradicating terrorism."
    assert not any(h == "ECOWAS" and r == "supports" for h, r, _ in triples_of(text))
