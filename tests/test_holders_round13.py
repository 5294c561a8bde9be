"""Holders of round thirteen: a surname the tokenizer split at its hyphen, relatives and aides
who are not their principal, an acronym the text defines, a body's officer described by its
field ("the UN refugee chief"), and datelines that are no subject."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_a_hyphenated_surname_is_the_person_named_in_full() -> None:
    text = (
        "The head of the regional council, Karim Al-Masoud, spoke in Doha on Monday about the talks.\n\n"
        "The council members met twice, Al-Masoud said. Another speaker, Omar Haddad, disagreed.\n\n"
        "Al-Masoud stressed the council remains united. He called on Iran to release the detained sailors."
    )
    found = triples_of(text)
    assert has_triple(found, "Karim_Al_Masoud", "demands", "release")
    assert not has_triple(found, "Omar_Haddad", "demands", "release")
    assert not any(h == "Al_Masoud" for h, _, _ in found)


def test_a_leaders_sister_is_not_the_leader() -> None:
    text = (
        "Pyongyang tests a new missile\n\n"
        "North Korean leader Kim Jong Un’s influential sister on Tuesday rejected any talks with Seoul."
    )
    found = triples_of(text)
    assert not any(h == "Kim_Jong_Un" for h, r, _ in found if r != "holds_role")


def test_a_leaders_own_rejection_is_still_his() -> None:
    text = (
        "Pyongyang tests a new missile\n\n"
        "North Korean leader Kim Jong Un on Tuesday rejected any talks with Seoul."
    )
    found = triples_of(text)
    assert any(h in {"Kim_Jong_Un", "North_Korea"} and r == "rejects" for h, r, _ in found)


def test_an_acronym_the_text_defines_names_that_body() -> None:
    text = (
        "Press freedom group speaks out\n\n"
        "Reporters Without Borders (RSF) said on Friday that two reporters were detained in the capital.\n\n"
        "RSF demanded the immediate release of the two reporters."
    )
    found = triples_of(text)
    assert has_triple(found, "Reporters_Without_Borders", "demands", "release")
    assert not has_triple(found, "Rapid_Support_Forces", "demands", "release")


def test_an_acronym_no_text_defines_keeps_its_lexicon_meaning() -> None:
    text = (
        "Fighting in Darfur\n\n"
        "The RSF demanded the withdrawal of the army from the city of El Fasher."
    )
    found = triples_of(text)
    assert has_triple(found, "Rapid_Support_Forces", "demands", "withdrawal")


def test_a_rights_group_by_its_short_name_holds_its_call() -> None:
    found = triples_of("Rights groups react\n\nAmnesty called for the release of the detained protesters.")
    assert has_triple(found, "Amnesty_International", "demands", "release")


def test_a_bodys_field_chief_speaks_for_that_body() -> None:
    text = (
        "Camps overflow in the north\n\n"
        "Donors must give more to the camps in the north, the U.N.'s refugee chief said on Monday."
    )
    found = triples_of(text)
    assert has_triple(found, "UNHCR", "demands", "give more")
    assert not has_triple(found, "United_Nations", "demands", "give more")


def test_a_bodys_chief_with_no_field_is_the_body() -> None:
    text = (
        "Camps overflow in the north\n\n"
        "Donors must give more to the camps in the north, the U.N.'s chief said on Monday."
    )
    found = triples_of(text)
    assert has_triple(found, "United_Nations", "demands", "give more")


def test_a_dateline_before_a_colon_is_no_speaker() -> None:
    text = (
        "Talks stall over the border\n\n"
        "NAIROBI: The border talks must resume without delay, the mediators said on Monday."
    )
    found = triples_of(text)
    assert not any(h == "Kenya" for h, r, _ in found)


def test_a_state_named_before_a_colon_still_speaks() -> None:
    text = (
        "Talks stall over the border\n\n"
        "Kenya: The border talks must resume without delay, the mediators said on Monday."
    )
    found = triples_of(text)
    assert has_triple(found, "Kenya", "demands", "talks")


def test_a_chairperson_title_is_no_part_of_the_name() -> None:
    text = (
        "Union elects its leaders\n\n"
        "The ceremony was attended by Union Chairperson Amina Diallo Kone and the foreign minister of Togo."
    )
    found = triples_of(text)
    assert any(h == "Amina_Diallo_Kone" and r == "holds_role" for h, r, _ in found)
    assert not any(h.startswith("Chairperson") for h, _, _ in found)


def test_an_offices_last_department_is_no_actor() -> None:
    text = (
        "Algeria cuts ties\n\n"
        "The Minister of Foreign Affairs and the National Community Abroad, Ahmed Benali, announced that "
        "Algeria had decided to close its border with the neighbouring country.\n\n"
        "The minister said it strongly condemns the hostile acts of its neighbour."
    )
    found = triples_of(text)
    assert any(h == "Ahmed_Benali" and r == "holds_role" for h, r, _ in found)
    assert not any("Community" in h for h, _, _ in found)


def test_an_offices_field_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Refugee chief asks for help\n\n"
        "UN High Commissioner for Refugees Marta Lindqvist urged rich countries to take in more refugees."
    )
    found = triples_of(text)
    assert any(h == "Marta_Lindqvist" and r == "holds_role" for h, r, _ in found)
    assert not any(h.startswith("Refugees") for h, _, _ in found)


def test_a_described_office_is_the_holder_the_text_named() -> None:
    text = (
        "Tariff row deepens\n\n"
        "The President of the Federative Republic of Brazil, Michel Temer, spoke in Brasilia on Monday.\n\n"
        "The Brazilian president criticized the new tariffs on steel."
    )
    found = triples_of(text)
    assert any(h == "Michel_Temer" and r in {"criticizes", "opposes"} for h, r, _ in found)
    assert not any(h == "Lula_da_Silva" for h, _, _ in found)


def test_a_deputy_named_before_is_not_the_described_minister() -> None:
    text = (
        "Arms talks stall\n\n"
        "Russian Deputy Foreign Minister Sergei Ryabkov spoke in Geneva on Monday.\n\n"
        "The Russian foreign minister criticized NATO for its new deployments."
    )
    found = triples_of(text)
    assert not any(h == "Sergei_Ryabkov" and r == "criticizes" for h, r, _ in found)
