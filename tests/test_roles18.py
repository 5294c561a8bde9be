"""Offices read in more forms (round eighteen): a counterpart after a sentence the parser split
at "counterpart", past a hyphened modifier; legislators listed after "Sens." or "senators
including"; an office announced with "will be". Sentences of our own."""

from __future__ import annotations

from conftest import pairs_of


def _roles(text: str) -> set[tuple[str, str]]:
    return pairs_of(text, "holds_role")


def test_a_counterpart_after_a_split_sentence_is_the_possessors_office_in_its_state() -> None:
    # the small model ends a sentence after "counterpart" here (the reading crosses that split)
    from statgraph.nlp import load_nlp

    text = ("The two sides agreed a truce on Friday and Tajikistan's President Emomali Rahmon met his "
            "Kyrgyz counterpart Sadyr Japarov at a summit in Uzbekistan.")
    assert len(list(load_nlp()(text).sents)) > 1
    assert ("Sadyr_Japarov", "President_of_Kyrgyzstan") in _roles(text)


def test_a_hyphened_modifier_before_the_counterparts_state_is_passed_over() -> None:
    found = _roles("Colombian President Gustavo Petro wrote to his US-backed Ecuadoran counterpart Daniel Noboa.")
    assert ("Daniel_Noboa", "President_of_Ecuador") in found
    assert not any(target.endswith("United_States") for _, target in found)


def test_senators_listed_after_an_abbreviated_plural_title_with_their_party_labels() -> None:
    text = "In addition, Sens. Tom Reeve (R-Colo.), Jane Doe (D-Md.) and Bob Moore (D-N.H.) joined."
    found = _roles(text)
    assert {person for person, _ in found} == {"Tom_Reeve", "Jane_Doe", "Bob_Moore"}
    assert all(target.startswith("Senator") for _, target in found)
    assert {p for p, _ in _roles("Reps. Tom Reeve (D-Ariz.) and Jane Doe (D-Ill.) wrote it.")} == {"Tom_Reeve", "Jane_Doe"}


def test_persons_listed_after_a_plural_title_and_including() -> None:
    found = _roles("The bill has backing from senators including Tom Reeve, Jane Doe, and Bob Moore.")
    assert {person for person, _ in found} == {"Tom_Reeve", "Jane_Doe", "Bob_Moore"}
    # a leader's office needs its state or body: "leaders including" names none
    assert not _roles("The talks drew leaders including Tom Reeve and Jane Doe.")


def test_an_office_announced_with_will_be_but_not_one_wished_denied_or_conditional() -> None:
    assert ("Tom_Reeve", "Minister_for_Regional_Development") in _roles("Tom Reeve will be Minister for Regional Development.")
    assert ("Tom_Reeve", "foreign_minister_of_Estonia") in _roles("Tom Reeve will serve as foreign minister of Estonia.")
    assert not _roles("Tom Reeve will not be Minister for Regional Development.")
    assert not _roles("If elected, Jane Doe will be president of Ruritania.")
    assert not _roles("Jane Doe will be president of Ruritania if she wins.")
    assert not _roles("Jane Doe would be Minister for Courts under the deal.")
    assert not _roles("Tom Reeve will be the next president of France.")


def test_an_ex_office_is_a_former_one() -> None:
    assert ("Tom_Reeve", "former_President_of_Bolivia") in _roles("The plan was backed by Bolivia's ex-President Tom Reeve.")
    assert ("Tom_Reeve", "former_Prime_Minister_of_Denmark") in _roles(
        "The plan was backed by ex-Prime Minister of Denmark Tom Reeve.")
    assert ("Jane_Doe", "vice_president") in _roles("The plan was backed by the vice-president Jane Doe.")


def test_a_party_office_held_in_one_of_its_organs_or_acting_makes_a_member() -> None:
    members = pairs_of("Sweden Democrats acting leader Tom Reeve said so.", "member_of")
    assert members == {("Tom_Reeve", "Sweden_Democrats")}
    assert ("Tom_Reeve", "Bangladesh_Nationalist_Party") in pairs_of(
        "BNP standing committee member Tom Reeve said so.", "member_of")
    # a former office makes none
    assert not pairs_of("Former Sweden Democrats acting leader Tom Reeve said so.", "member_of")


def test_an_office_given_in_the_passive_with_its_object_predicate() -> None:
    assert ("Tom_Reeve", "foreign_minister_of_Estonia") in _roles("Tom Reeve was appointed foreign minister of Estonia in May.")
    assert ("Tom_Reeve", "Chairperson_of_the_African_Union_Commission") in _roles(
        "Tom Reeve, who was elected Chairperson of the African Union Commission, said so.")
    assert not _roles("Tom Reeve is expected to be named foreign minister of Estonia.")
    assert not _roles("Tom Reeve was not appointed foreign minister of Estonia.")
    assert not _roles("Tom Reeve could be named foreign minister of Estonia.")


def test_who_commands_a_named_force_is_its_commander() -> None:
    assert _roles("Tom Reeve, who commands the Rapid Support Forces, said so.") == {
        ("Tom_Reeve", "commander_of_Rapid_Support_Forces")}
    assert not _roles("Tom Reeve commands a battalion in the east.")


def test_a_persons_possessive_before_a_known_partys_name_makes_a_member() -> None:
    assert pairs_of("Jane Doe's Sweden Democrats gained seats.", "member_of") == {("Jane_Doe", "Sweden_Democrats")}
    assert pairs_of("Tom Reeve's Podemos gained seats.", "member_of") == {("Tom_Reeve", "Podemos")}
    # a quote, no possessive; a name the tagger runs on into the party's is no member
    assert not pairs_of("The 'Podemos' gained seats.", "member_of")
    assert not any(h.endswith("Movement") for h, _ in pairs_of(
        "Evo Morales' Movement to Socialism (MAS) party expelled him.", "member_of"))


def test_two_departments_joined_by_and_one_a_capitalised_field() -> None:
    assert ("Tom_Reeve", "Energy_and_Natural_Resources_Minister_of_Turkey") in _roles(
        "Turkish Energy and Natural Resources Minister Tom Reeve said so.")
    # two titled names joined by "and" stay two offices
    assert _roles("Russian President Vladimir Putin and Chinese President Xi Jinping met.") == {
        ("Vladimir_Putin", "President_of_Russia"), ("Xi_Jinping", "President_of_China")}


def test_a_title_an_editor_put_in_square_brackets_before_a_name() -> None:
    assert _roles("He spoke with [German Chancellor] Tom Reeve on Monday.") == {("Tom_Reeve", "Chancellor_of_Germany")}
    assert not _roles("He spoke with [the] Tom Reeve on Monday.")


def test_coming_in_as_an_office_is_holding_it() -> None:
    assert _roles("Tom Reeve comes into Cabinet as Minister for Courts.") == {("Tom_Reeve", "Minister_for_Courts")}
    assert not _roles("The news came as Tom Reeve met the press.")


def test_a_field_after_and_right_before_a_comma_is_no_persons_name() -> None:
    found = _roles("The Turkish Minister of Energy and Natural Resources, Tom Reeve, announced it.")
    assert found == {("Tom_Reeve", "Minister_of_Energy_and_Natural_Resources_of_Turkey")}
