"""Holders of round fourteen: a state's ministry, department or office named without its state
holds for the state the text ties it to (its "of" phrase, its owner, the same body named with
its state elsewhere in the document, the dateline's state); a body the text leaves open, or
another organisation's office, is no state's."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_a_ministry_named_with_its_state_is_that_state() -> None:
    text = "Neighbours trade barbs\n\nThe Ministry of Foreign Affairs of Ghana criticised the decision to close the border."
    found = triples_of(text)
    assert has_triple(found, "Ghana", "opposes", "decision")
    assert not any(h == "Ministry_of_Foreign_Affairs" for h, _, _ in found)


def test_an_office_owned_by_a_state_is_that_state() -> None:
    text = "Nairobi responds\n\nKenya's Office of the Prime Cabinet Secretary denied allegations of bias in the conflict."
    assert has_triple(triples_of(text), "Kenya", "rejects", "allegations")


def test_a_headline_says_whose_ministry_the_statement_is() -> None:
    text = (
        "Statement of the Ministry of Foreign Affairs of Ukraine on the shelling of Odesa\n\n"
        "The Ministry of Foreign Affairs strongly condemns the shelling of the port of Odesa. We call on the "
        "international community to increase pressure on the aggressor."
    )
    found = triples_of(text)
    assert has_triple(found, "Ukraine", "opposes", "shelling")
    assert has_triple(found, "Ukraine", "demands", "pressure")


def test_the_dateline_says_whose_department_it_is() -> None:
    text = (
        "Manila protests water cannon attack\n\n"
        "MANILA, Philippines (AP) — The Department of Foreign Affairs on Monday condemned the water cannon "
        "attack on a supply boat."
    )
    found = triples_of(text)
    assert has_triple(found, "Philippines", "opposes", "water cannon attack on a supply boat")
    assert not any(h == "Department_of_Foreign_Affairs" for h, _, _ in found)


def test_a_ministry_named_with_two_states_is_neither() -> None:
    text = (
        "Neighbours trade barbs\n\n"
        "The Ministry of Foreign Affairs of Ghana criticised the decision. The Ministry of Foreign Affairs of "
        "Togo welcomed the plan.\n\nThe Ministry of Foreign Affairs condemned the border closure."
    )
    found = triples_of(text)
    assert not has_triple(found, "Ghana", "opposes", "border closure")
    assert not has_triple(found, "Togo", "opposes", "border closure")


def test_a_ministry_with_no_state_anywhere_is_no_state() -> None:
    text = "Ministry speaks\n\nThe Ministry of Foreign Affairs condemned the attack on the school."
    found = triples_of(text)
    assert not any(r == "opposes" and h not in {"Ministry_of_Foreign_Affairs"} for h, r, _ in found)


def test_another_organisations_office_is_not_the_datelines_state() -> None:
    text = (
        "Youth envoy speaks\n\n"
        "GENEVA, Switzerland (AP) — The Office of the United Nations Envoy for Youth condemned the attack on the school."
    )
    found = triples_of(text)
    assert not any(h == "Switzerland" for h, _, _ in found)


def test_the_two_sides_are_the_pair_their_own_sentence_names() -> None:
    text = (
        "Partners meet\n\n"
        "Brazil and Argentina signed a trade pact last year.\n\n"
        "Since Brazil and the African Union forged a partnership, the two sides have strongly supported a multipolar world."
    )
    found = triples_of(text)
    assert has_triple(found, "African_Union", "supports", "multipolar")
    assert not has_triple(found, "Argentina", "supports", "multipolar")


def test_the_two_sides_are_still_the_pair_named_before() -> None:
    text = (
        "Partners meet\n\n"
        "Brazil and Argentina signed a trade pact last year.\n\n"
        "The two sides have strongly supported a multipolar world."
    )
    found = triples_of(text)
    assert has_triple(found, "Argentina", "supports", "multipolar")


def test_she_said_after_a_sentence_about_no_one_is_the_last_speaker() -> None:
    text = (
        "Row over ambassador\n\n"
        "Prime Minister Laura Vindas said Costa Rica was recalling its ambassador to Nicaragua.\n\n"
        "The recall followed remarks about the failed campaign of former President Rafael Mendoza.\n\n"
        "\"With his statements, Mr. Ortiz violates the principle of non-interference,\" she said in a television address."
    )
    found = triples_of(text)
    assert not any(h == "Rafael_Mendoza" for h, r, _ in found if r != "holds_role")


def test_she_said_after_a_sentence_about_her_is_still_her() -> None:
    text = (
        "Row over ambassador\n\n"
        "Prime Minister Laura Vindas said Costa Rica was recalling its ambassador to Nicaragua.\n\n"
        "Former President Ana Mendoza criticised the recall on Monday.\n\n"
        "\"We strongly oppose this hasty decision,\" she said in a television address."
    )
    found = triples_of(text)
    assert any(h == "Ana_Mendoza" and r in {"opposes", "rejects"} for h, r, _ in found)


def test_a_party_after_its_leaders_title_holds_no_role() -> None:
    from conftest import roles_of

    roles = roles_of("Budget row in Vienna\n\nAnna Keller, leader of the opposition Social Democrats, criticised the plan.")
    assert not any("Democrats" in holder for holder, _ in roles)
    assert any(holder == "Anna Keller" for holder, _ in roles)


def test_a_group_after_its_presidents_title_holds_no_role() -> None:
    from conftest import roles_of

    roles = roles_of("Parliament votes\n\nJonas Berg MEP, President of the Nordic Left Group, voted against the deal.")
    assert not any(holder.endswith("Group") for holder, _ in roles)


def test_a_titled_person_is_still_named() -> None:
    from conftest import roles_of

    roles = roles_of("Parliament votes\n\nAustrian opposition leader Anna Keller voted against the deal.")
    assert any(holder == "Anna Keller" for holder, _ in roles)


def test_a_surname_written_without_its_accents_is_the_person_named_before() -> None:
    from conftest import statements_of

    text = (
        "Bogota seeks talks\n\n"
        "Senator Iván Márquez met Ecuador's foreign minister on Monday.\n\n"
        "Marquez said Colombia strongly supports a regional trade deal."
    )
    said = [s for s in statements_of(text) if s.relation == "supports"]
    assert said and all(s.speaker_id == "Ivan_Marquez" and s.speaker == "Iván Márquez" for s in said)
    assert all(text[s.start : s.end] == s.evidence for s in said)


def test_a_name_written_twice_keeps_its_first_spelling() -> None:
    from conftest import statements_of

    text = (
        "Bogota seeks talks\n\n"
        "Senator Iván Márquez met Ecuador's foreign minister on Monday.\n\n"
        "Senator Ivan Marquez strongly criticised the trade deal."
    )
    holders = {s.holder for s in statements_of(text) if s.holder_id == "Ivan_Marquez"}
    assert holders == {"Iván Márquez"}


def test_another_surname_is_not_folded_into_a_named_person() -> None:
    from conftest import statements_of

    text = (
        "Bogota seeks talks\n\n"
        "Senator Iván Márquez met Ecuador's foreign minister on Monday.\n\n"
        "Senator Lucía Marín strongly criticised the trade deal."
    )
    assert not any(s.holder_id == "Ivan_Marquez" and s.relation == "opposes" for s in statements_of(text))


def test_who_is_justified_in_calling_for_something_calls_for_it() -> None:
    text = (
        "Allies consult\n\n"
        "Alliance chief Tomas Lind said on Tuesday that Latvia and Lithuania were justified in invoking the "
        "treaty and calling for urgent consultations of the council."
    )
    found = triples_of(text)
    assert has_triple(found, "Latvia", "demands", "consultations")
    assert has_triple(found, "Lithuania", "demands", "consultations")
    assert not has_triple(found, "NATO", "demands", "consultations")
    assert not has_triple(found, "Tomas_Lind", "demands", "consultations")


def test_a_name_after_a_body_word_is_still_a_person() -> None:
    from conftest import roles_of

    roles = roles_of(
        "Visit to Beijing\n\nChairman of the Standing Committee of the National People's Congress Li Zhanshu "
        "met the visiting president."
    )
    assert any(holder.endswith("Li Zhanshu") for holder, _ in roles)



def test_a_dateline_parsed_as_subject_gives_way_to_the_speaker_after_its_colon() -> None:
    # the parser makes "Abu Dhabi" the subject and the president its apposition
    found = triples_of("Abu Dhabi: Egypt's President Abdel Fattah Al Sisi called for a comprehensive agreement.")
    assert has_triple(found, "Abdel_Fattah_el_Sisi", "demands", "comprehensive agreement")
    assert not any(h == "United_Arab_Emirates" for h, _, _ in found)
