"""Names a holder is found by: an organisation's name the tagger missed, a person addressed by an
honorific and their given name, and a place's name the tagger took for a person's."""

from __future__ import annotations

from conftest import has_triple, statements_of, triples_of


def test_an_unknown_organisation_named_by_its_last_word_is_one_holder() -> None:
    found = triples_of("The Families of the Disappeared Forum urged the government to open the archives.")
    assert has_triple(found, "Families_of_the_Disappeared_Forum", "demands", "archives"), found
    # the parser cuts the name at its "and": both halves are the one organisation
    found = triples_of("The Farmers and Fishermen Front condemned the new dam on the river.")
    assert has_triple(found, "Farmers_and_Fishermen_Front", "opposes", "dam"), found
    assert not any(h in {"Farmers", "Front"} for h, _, _ in found)


def test_a_known_actor_is_no_part_of_an_unknown_name() -> None:
    found = triples_of("Russia and the Eastern Solidarity Movement condemned the new sanctions.")
    assert not any("Russia_and" in h for h, _, _ in found), found


def test_an_honorific_and_a_given_name_are_the_person_named_in_full_before() -> None:
    text = (
        "Kuwaiti Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah arrived in Cairo on Monday.\n\n"
        "Sheikh Salem condemned the Israeli strikes on Gaza."
    )
    found = triples_of(text)
    assert has_triple(found, "Salem_Abdullah_Al_Jaber_Al_Sabah", "opposes", "strikes"), found
    assert not any(h == "Sheikh_Salem" for h, _, _ in found)


def test_a_title_and_a_given_name_are_the_person_named_in_full_before() -> None:
    text = (
        "Omani Foreign Minister Badr bin Hamad Al Busaidi arrived in Tehran.\n\n"
        "Minister Badr condemned the attack on the tanker."
    )
    found = triples_of(text)
    assert has_triple(found, "Badr_bin_Hamad_Al_Busaidi", "opposes", "attack"), found


def test_a_place_the_tagger_took_for_a_person_is_never_she() -> None:
    text = (
        "The fishermen were attacked while the boat was operating in Vietnam’s Hoang Sa (Paracels) archipelago "
        "area on Sept. 29.\n\nShe condemned the seizure of the fishing boat."
    )
    found = statements_of(text)
    assert not any(s.holder_id == "Hoang_Sa" for s in found), found


def test_rebels_are_never_the_state_that_owns_them() -> None:
    found = triples_of("Yemen's Houthi rebels condemned the American strikes on Sanaa.")
    assert has_triple(found, "Houthis", "opposes", "strikes"), found
    assert not any(h == "Yemen" for h, _, _ in found)
    found = triples_of("Sudan's rebels rejected the ceasefire proposal.")
    assert not any(h == "Sudan" for h, _, _ in found), found
