"""Party membership told by a party's word on a person (round fourteen): "Democratic Senator
X", "Labour MP Y", "Democrat Z", "X, a Republican from ...". Behaviour on sentences of our own
(the rules' own candidates, every one kept)."""

from __future__ import annotations

from conftest import pairs_of


def _members(text: str) -> set[tuple[str, str]]:
    """(the holder's surname, the party's id): the small model may keep a title in the name's span."""
    return {(holder.split("_")[-1], party) for holder, party in pairs_of(text, "member_of")}


def test_a_party_word_before_a_title_and_a_name_makes_a_member() -> None:
    assert ("Quill", "Democratic_Party") in _members(
        "Democratic Senator Martha Quill of Vermont said the bill would fail.")
    found = _members("Labour MP Jane Harlow and Green Party MP Tom Reeve voted against the bill.")
    assert {("Harlow", "Labour_Party"), ("Reeve", "Green_Party")} <= found


def test_a_longer_form_wins_and_an_honorific_is_passed_over() -> None:
    found = _members("Liberal Democrat Sir Bob Mandeley spoke against the plan on Tuesday.")
    assert found == {("Mandeley", "Liberal_Democrats")}


def test_a_member_noun_stands_before_a_name_without_a_title() -> None:
    assert ("Reeve", "Republican_Party") in _members("Republican Tom Reeve won the seat in 2020.")


def test_a_party_word_in_apposition_with_a_makes_a_member() -> None:
    assert ("Reeve", "Republican_Party") in _members("Tom Reeve, a Republican from Texas, said he would vote no.")


def test_no_membership_from_a_former_member_a_minister_or_a_lowercase_word() -> None:
    # near misses: a former member is none now; "Labour Minister" may be the minister of labour;
    # "conservative" in lower case names no party; an adjective before a bare name needs a title
    assert not _members("Former Labour MP Jane Harlow said the bill would fail.")
    assert not _members("Labour Minister Jane Harlow said the strike would end.")
    assert not _members("The conservative lawmaker Jane Harlow said the bill would fail.")
    assert not _members("The Democratic Republic of Congo and Rwanda signed the deal.")


def test_a_party_letter_after_a_name_makes_a_member() -> None:
    assert ("Reeve", "Republican_Party") in _members("Senator Tom Reeve (R-Texas) said the bill would fail.")
    assert ("Harlow", "Democratic_Party") in _members("Sen. Jane Harlow, D-N.Y., said the bill would fail.")
    # near miss: a letter and a number in a name after no person
    assert not _members("The prototype B-Two (R-7) was tested in the desert.")


def test_a_party_title_in_apposition_makes_a_member() -> None:
    assert ("Harlow", "Labour_Party") in _members("Jane Harlow, a member of the Labour Party, said the bill would fail.")
    assert ("Harlow", "Justice_Party") in _members("Jane Harlow, a lawmaker from the ruling Justice Party, said it.")
    assert ("Reeve", "Republican_Party") in _members(
        "Tom Reeve, the Republican senator from Texas, said the bill would fail.")
    # one who leads a party is its member too (round fifteen); near miss: a voter from a place is no member
    assert ("Harlow", "Labour_Party") in _members("Jane Harlow, leader of the Labour Party, said the bill would fail.")
    assert ("Harlow", "Labour_Party") in _members("Labour leader Jane Harlow said the bill would fail.")
    assert not _members("Jane Harlow, a voter from Texas, said the bill would fail.")


def test_a_legislator_title_after_an_unknown_name_names_the_party() -> None:
    # PTI is a party of ontology/parties.toml; PXQ a name the gazetteer does not know
    assert ("Mazan", "Pakistan_Tehreek_e_Insaf") in _members("PTI lawmaker Shira Mazan said the bill would fail.")
    assert ("Mazan", "PXQ") in _members("PXQ lawmaker Shira Mazan said the bill would fail.")
    assert ("Harlow", "Fidesz") in _members("Jane Harlow, a Fidesz MP, said the bill would fail.")
    # near misses: a state, a demonym, a known body, a place, a chamber or a former member
    for text in ("German MP Tom Reeve said the bill would fail.", "EU lawmaker Tom Reeve said the bill would fail.",
                 "Nebraska Senator Tom Reeve said the bill would fail.",
                 "House lawmaker Tom Reeve said the bill would fail.",
                 "Former PTI lawmaker Shira Mazan said the bill would fail."):
        assert not _members(text), text


def test_a_title_after_a_party_name_and_a_member_of_a_party() -> None:
    assert ("Reeve", "Justice_Party") in _members("Justice Party candidate Tom Reeve said it would pass.")
    assert ("Reeve", "Justice_Party") in _members("Tom Reeve, a Justice Party member, said it would pass.")
    assert ("Reeve", "Justice_Party") in _members("Tom Reeve, a member of the Justice Party, said it would pass.")
    # near miss: a person who is a member of a state's body holds an office there, no membership
    assert not _members("Tom Reeve is a member of the National Security Council.")
    assert not _members("Tom Reeve wants to join the Justice Party.")


def test_a_party_name_begun_by_an_adjective_or_joined_by_a_hyphen_is_kept_whole() -> None:
    assert ("Kobidze", "Georgian_Dream_party") in _members(
        "Irakli Kobidze, a lawmaker of the ruling Georgian Dream party, responded on Monday.")
    assert ("Dam", "Farmer_Citizen_Movement_party") in _members(
        "Carla van Dam, a member of the Farmer-Citizen Movement party, said it would pass.")


def test_an_office_of_a_known_party_makes_its_holder_a_member() -> None:
    # round sixteen: the office "of" a party of the gazetteer, said of a name every way it is
    assert ("Harlow", "Christian_Social_Union") in _members("Jane Harlow, general secretary of the CSU, said it.")
    assert ("Reeve", "Moderate_Party") in _members("The leader of the Moderates, Tom Reeve, said the vote would fail.")
    assert ("Reeve", "Left_Alliance") in _members("Tom Reeve, a deputy chairperson of the Left Alliance, said it.")
    assert ("Reeve", "Moderate_Party") in _members("Tom Reeve is the leader of the Moderates.")
    assert ("Harlow", "Christian_Social_Union") in _members("Jane Harlow, who leads the CSU, said it.")
    # near misses: a former office, a denied one, and an office of no party
    assert not _members("Tom Reeve, a former leader of the Moderates, said the vote would fail.")
    assert not _members("Tom Reeve is not the leader of the Moderates.")
    assert not _members("Tom Reeve, general secretary of the Lumber Guild, said it.")


def test_a_hyphened_party_title_and_a_past_one() -> None:
    found = _members("SPD co-leader Jane Harlow said the talks began.")
    assert ("Harlow", "Social_Democratic_Party_of_Germany") in found
    assert ("Reeve", "Green_Party") in _members("Green Party head Tom Reeve said the talks began.")
    # near miss: "ex-" before the party's word makes the membership a past one
    assert not _members("Ex-Labour MP Tom Reeve said the talks began.")


def test_an_office_of_a_party_inside_a_longer_name_is_none() -> None:
    # near misses: a party's form inside a state's or another party's longer name
    assert not _members("The President of the Democratic Republic of Congo, Tom Reeve, rejected it.")
    found = _members("Tom Reeve, the head of the Kurdistan Democratic Party, said it.")
    assert ("Reeve", "Democratic_Party") not in found


def test_the_owner_of_a_party_named_after_a_common_word() -> None:
    assert ("Harlow", "Civic_Renewal_Front_CRF_party") in _members(
        "Jane Harlow’s opposition Civic Renewal Front (CRF) party rejected it.")


def test_the_name_after_a_party_office_the_parser_hangs_on_the_party() -> None:
    assert ("Reeve", "Labour_Party") in _members(
        "The court upheld the result, said the presidential candidate of the Labour Party, Tom Reeve.")
    assert ("Harlow", "Justice_Party") in _members("Jane Harlow, leader of the Justice Party, said it.")
    # near miss: a former office of a party named with "party"
    assert not _members("Jane Harlow, a former leader of the Justice Party, said it.")


def test_a_party_office_and_name_the_parser_hangs_apart() -> None:
    # "the OFFICE of the PARTY, NAME" where the parser makes the name a subject of its own
    text = ("The court ruled that the appeal by Harlow and the presidential candidate of the Labour Party, "
            "Tom Reeve lacked merit.")
    assert ("Reeve", "Labour_Party") in _members(text)
    # near miss: a former office so placed
    text = ("The court ruled that the appeal by Harlow and the former candidate of the Labour Party, "
            "Tom Reeve lacked merit.")
    assert ("Reeve", "Labour_Party") not in _members(text)


def test_a_party_acronym_in_brackets_and_a_party_name_begun_by_a_digit() -> None:
    assert ("Harlow", "Republican_People_s_Party") in _members(
        "Republican People's Party (CHP) chairman Jane Harlow said it.")
    assert ("Reeve", "Five_Star_Movement") in _members("Tom Reeve, the leader of the 5-Star Movement (M5S), said it.")
