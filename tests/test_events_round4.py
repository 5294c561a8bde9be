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


def test_forces_that_enter_or_advance_into_a_place_are_deployed_there() -> None:
    assert ("Russia", "Ukraine") in pairs_of("Russian forces entered Ukraine in February.", "deployed_to")
    assert ("Turkey", "Syria") in pairs_of("Turkish troops advanced into northern Syria on Wednesday.", "deployed_to")
    assert not pairs_of("NATO forces could enter Ukraine, Macron said.", "deployed_to")
    assert not pairs_of("Without NATO, Russian forces would be marching into the Baltic States.", "deployed_to")
    assert not pairs_of("The delegation entered the talks in Geneva.", "deployed_to")
    assert not pairs_of("The crowd moved into Kyiv.", "deployed_to")


def test_forces_that_leave_a_place_or_fight_in_it_are_or_were_there() -> None:
    assert ("France", "Niger") in pairs_of("French troops left Niger in December.", "deployed_to")
    assert ("North_Korea", "Russia") in pairs_of("North Korean soldiers are fighting in Russia.", "deployed_to")
    assert not pairs_of("The troops left the base.", "deployed_to")
    assert not pairs_of("Russian diplomats left Niger in December.", "deployed_to")


def test_forces_withdrawn_from_a_place_were_deployed_there() -> None:
    assert ("France", "Mali") in pairs_of("France withdrew its troops from Mali last year.", "deployed_to")
    assert ("Russia", "Syria") in pairs_of("Russia pulled its forces out of Syria in 2017.", "deployed_to")
    text = "Azerbaijan demands the complete withdrawal of Armenian troops from Karabakh."
    assert pairs_of(text, "deployed_to") == {("Armenia", "Karabakh")}  # a withdrawal demanded: they are there
    assert not pairs_of("Russia withdrew from the treaty.", "deployed_to")
    assert not pairs_of("Russia did not withdraw its troops from Moldova.", "deployed_to")


def test_a_tour_of_a_place_is_a_visit_there() -> None:
    assert ("Sergey_Lavrov", "Egypt") in pairs_of("During his tour of Egypt, Lavrov spoke to reporters.", "visited")
    assert ("Sergey_Lavrov", "Egypt") in pairs_of("Lavrov concluded a tour of Egypt on Monday.", "visited")
    assert not pairs_of("Lavrov said his upcoming tour of Egypt was cancelled.", "visited")
    assert not pairs_of("Lavrov will start a tour of Egypt next week.", "visited")


def test_forces_a_state_has_or_keeps_in_a_place_are_deployed_there() -> None:
    assert [h for h, _ in pairs_of("Russia has some 1,500 troops in Transnistria.", "deployed_to")] == ["Russia"]
    assert ("United_States", "Iraq") in pairs_of("The US maintains about 2,500 troops in Iraq.", "deployed_to")
    assert not pairs_of("Russia does not have troops in Venezuela.", "deployed_to")
    assert not pairs_of("We have no troops in Ukraine, Putin said.", "deployed_to")


def test_a_guest_told_as_visiting_visited_the_host_s_state() -> None:
    text = "Chinese President Xi Jinping received visiting Sri Lankan President Anura Kumara Dissanayake."
    assert ("Xi_Jinping", "Anura_Kumara_Dissanayake") in pairs_of(text, "met_with")
    assert any(target == "China" for _, target in pairs_of(text, "visited"))
    text = "Chinese President Xi Jinping met visiting Sri Lankan President Anura Kumara Dissanayake on Tuesday."
    assert any(target == "China" for _, target in pairs_of(text, "visited"))
    text = "Chinese President Xi Jinping met Sri Lankan President Anura Kumara Dissanayake on Tuesday."
    assert not pairs_of(text, "visited")  # no place and no guest: who went where is not told
    text = "Chinese President Xi Jinping will meet visiting Sri Lankan President Anura Kumara Dissanayake."
    assert not pairs_of(text, "visited")


def test_landing_in_a_capital_is_a_visit() -> None:
    text = "Macron landed in Kyiv on Monday for an unannounced visit."
    assert ("Emmanuel_Macron", "Ukraine") in pairs_of(text, "visited")
    assert not pairs_of("A Russian drone landed in Romania.", "visited")


def test_a_hyphenated_office_in_apposition_is_whole() -> None:
    roles = roles_of("Antonio Guterres, the UN secretary-general, warned of famine.")
    assert [office for _, office in roles] == ["secretary-general of United Nations"]


def test_talks_told_in_a_place_are_a_visit_by_the_sides_abroad() -> None:
    text = (
        "Xi Jinping met Sri Lankan President Anura Kumara Dissanayake on Wednesday. The two leaders "
        "signed agreements after their official talks at the Great Hall of the People in Beijing."
    )
    assert pairs_of(text, "visited") == {("Anura_Kumara_Dissanayake", "China")}  # Xi is at home
    text = (
        "Xi Jinping held talks with Venezuelan President Nicolas Maduro. The two leaders signed "
        "several documents after the talks in Beijing."
    )
    assert ("Nicolas_Maduro", "China") in pairs_of(text, "visited")
    text = "Lavrov met Wang Yi. The statement came following talks with Lavrov in Phnom Penh."
    assert ("Sergey_Lavrov", "Cambodia") in pairs_of(text, "visited")


def test_talks_in_a_place_of_others_or_still_to_come_are_no_visit() -> None:
    text = "Biden met Netanyahu in Washington. The talks in Doha resumed on Monday."
    assert not any(target == "Qatar" for _, target in pairs_of(text, "visited"))
    text = "Biden met Netanyahu. They will sign a deal after their upcoming talks in Paris."
    assert not pairs_of(text, "visited")


def test_an_office_subject_with_the_name_after_it_is_the_person_who_met() -> None:
    text = "Rwanda's foreign minister Olivier Nduhungirehe met Kenyan President William Ruto."
    assert pairs_of(text, "met_with") == {("Olivier_Nduhungirehe", "William_Ruto")}
    text = "Rwanda's foreign minister, Olivier Nduhungirehe, visited Nairobi on Monday."
    assert pairs_of(text, "visited") == {("Olivier_Nduhungirehe", "Kenya")}


def test_member_states_described_with_their_members_named() -> None:
    text = "The 27 EU member states, including France and Germany, agreed on the package."
    assert pairs_of(text, "member_of") >= {("France", "European_Union"), ("Germany", "European_Union")}
    assert ("Hungary", "European_Union") in pairs_of("As an EU member state, Hungary must comply.", "member_of")
    assert ("Germany", "European_Union") in pairs_of("Germany, like other EU member states, agreed.", "member_of")
    assert ("Hungary", "European_Union") in pairs_of("Hungary, unlike other EU members, refused.", "member_of")
    assert not pairs_of("Ukraine, like other EU candidate countries, agreed.", "member_of")


def test_a_membership_denied_is_none() -> None:
    assert not pairs_of("Ukraine is not a member of NATO.", "member_of")
    assert ("Estonia", "NATO") in pairs_of("Estonia is a member of NATO.", "member_of")


def test_his_meeting_with_someone_is_the_clause_subject_s() -> None:
    text = (
        "Indian Foreign Minister S. Jaishankar stressed the need for calm during his meeting with "
        "Chinese Foreign Minister Wang Yi in Vientiane on Thursday."
    )
    assert ("Subrahmanyam_Jaishankar", "Wang_Yi") in pairs_of(text, "met_with")
    assert pairs_of(text, "visited") == {("Subrahmanyam_Jaishankar", "Laos"), ("Wang_Yi", "Laos")}
    text = "Blinken said he would raise the issue during his upcoming meeting with Wang Yi."
    assert not pairs_of(text, "met_with")


def test_states_said_to_be_allies_or_to_act_together_cooperate() -> None:
    text = "The United States and the Philippines are treaty allies."
    assert {frozenset(p) for p in pairs_of(text, "cooperates_with")} == {frozenset({"Philippines", "United_States"})}
    assert not pairs_of("France and Germany are not allies.", "cooperates_with")
    text = "Turkey and Russia agreed to work together on Syria."
    assert {frozenset(p) for p in pairs_of(text, "cooperates_with")} == {frozenset({"Turkey", "Russia"})}
    assert not pairs_of("Russia and Ukraine came together for talks.", "cooperates_with")
    text = "Japan and Australia are partners of the United States."
    assert ("Japan", "United_States") in pairs_of(text, "cooperates_with")
    assert not any({"Japan", "Australia"} == {a, b} for a, b in pairs_of(text, "cooperates_with"))


def test_a_state_that_chairs_a_body_belongs_to_it() -> None:
    text = "Angola, which chairs the African Union, called for calm."
    assert ("Angola", "African_Union") in pairs_of(text, "member_of")
    assert not pairs_of("Lavrov chaired the meeting of the ministers.", "member_of")
    assert not pairs_of("Poland did not chair the African Union.", "member_of")
