"""Visits told by attendance and by capitals, and who "we" and "the organisation" are: behaviour
on sentences of our own (the whole reading, with the rules' own confidences)."""

from __future__ import annotations

from conftest import pairs_of, statements_of


def test_attendance_of_a_summit_told_of_before_is_a_visit_to_its_place() -> None:
    text = (
        "Leaders of the bloc discussed security at a summit in Minsk on Friday. The summit was hosted "
        "by Belarusian President Alexander Lukashenko and attended by Uzbek President Shavkat "
        "Mirziyoyev and Armenian Prime Minister Nikol Pashinyan."
    )
    visits = pairs_of(text, "visited")
    assert ("Shavkat_Mirziyoyev", "Belarus") in visits
    assert ("Nikol_Pashinyan", "Belarus") in visits
    assert not any(holder == "Alexander_Lukashenko" for holder, _ in visits)  # the host is at home


def test_attendance_lists_the_people_after_including() -> None:
    text = (
        "The ministers' meetings are being held this week in Bangkok. The event is being attended by "
        "delegates of 30 countries, including Chinese Foreign Minister Wang Yi."
    )
    assert ("Wang_Yi", "Thailand") in pairs_of(text, "visited")


def test_attendance_still_to_come_or_at_home_is_no_visit() -> None:
    assert not pairs_of("The summit in Minsk will be attended by Uzbek President Shavkat Mirziyoyev.", "visited")
    assert not pairs_of("The summit in Minsk was attended by Belarusian President Alexander Lukashenko.", "visited")


def test_attending_a_summit_in_a_place_is_a_visit() -> None:
    assert ("Vladimir_Putin", "Belarus") in pairs_of("Russian President Vladimir Putin attended the summit in Minsk.", "visited")


def test_a_meeting_in_a_capital_named_by_its_demonym_is_a_visit_to_the_state() -> None:
    text = "Indian Foreign Minister S. Jaishankar and Chinese Foreign Minister Wang Yi met in the Russian capital on Thursday."
    visits = pairs_of(text, "visited")
    assert {holder for holder, place in visits if place == "Russia"} == {"Subrahmanyam_Jaishankar", "Wang_Yi"}
    assert not pairs_of("Chinese Foreign Minister Wang Yi met Russian officials in the Chinese capital.", "visited")


def test_an_agency_of_the_un_speaks_for_itself() -> None:
    # an agency's chief speaks for the agency, not for the United Nations it belongs to
    text = '"Iran must give our inspectors access to the sites," IAEA chief Rafael Grossi said.'
    holders = {s.holder_id for s in statements_of(text) if s.relation == "demands"}
    assert holders == {"IAEA"}


def test_the_organisation_is_the_one_last_named() -> None:
    text = (
        "The United Nations has called for calm. The visit by the head of the International Atomic "
        "Energy Agency (IAEA) comes as the Vienna-based organisation seeks greater access to Iran's sites."
    )
    holders = {s.holder_id for s in statements_of(text) if s.relation == "demands"}
    assert "IAEA" in holders
    assert "United_Nations" not in {s.holder_id for s in statements_of(text) if "access" in s.target_text}


def test_a_clause_under_an_aspectual_verb_is_no_hearsay() -> None:
    # "it continues to ..." frames nothing: the annexation is the author's claim, not hearsay
    text = "Russia has illegally annexed Crimea, it continues to destabilize eastern Ukraine."
    assert ("Russia", "Crimea") in pairs_of(text, "deployed_to")
    assert not pairs_of("Russia will annex Crimea, they say.", "deployed_to")


def test_entering_a_war_or_intervening_in_a_place_is_a_deployment() -> None:
    assert ("Russia", "Syria") in pairs_of("Russia annexed Crimea and has now entered the war in Syria.", "deployed_to")
    assert ("Turkey", "Syria") in pairs_of("Turkey intervened militarily in Syria in 2016.", "deployed_to")
    assert not pairs_of("Iran joined the talks in Vienna.", "deployed_to")
    assert not pairs_of("Russia did not enter the war in Syria.", "deployed_to")


def test_an_office_in_apposition_before_a_name_the_tagger_splits() -> None:
    text = (
        "We welcome the report of the Head of the United Nations Support Mission in Libya, "
        "Abdoulaye Bathily, on the elections."
    )
    roles = {(s.holder_id, s.target) for s in statements_of(text) if s.relation == "holds_role"}
    assert any(holder == "Abdoulaye_Bathily" and "Support Mission" in office for holder, office in roles)


def test_a_journey_for_talks_with_someone_is_a_meeting() -> None:
    text = "Lavrov arrived in Ankara for talks with his Turkish counterpart Mevlut Cavusoglu."
    assert ("Sergey_Lavrov", "Mevlut_Cavusoglu") in pairs_of(text, "met_with")
    assert not pairs_of("Blinken called for talks with Iran.", "met_with")


def test_a_participle_of_speech_speaks_for_the_subject_of_its_clause() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov said, “We demand the withdrawal of the troops.”\n\n"
        "Israeli opposition leader Yair Lapid echoed this sentiment, declaring, “It is time to end this "
        "war. I strongly oppose the annexation of the West Bank.”"
    )
    found = statements_of(text)
    assert any(s.holder_id == "Yair_Lapid" and s.relation == "opposes" for s in found)
    # the quote does not fall to the speaker before
    assert not any(s.speaker == "Sergey Lavrov" and "annexation" in s.target_text for s in found)


def test_the_states_a_copula_lists_do_what_its_relative_clause_says() -> None:
    text = "Bulgaria, Cyprus and Sweden are the EU member states that have condemned the attack."
    holders = {s.holder_id for s in statements_of(text) if s.relation in {"criticizes", "opposes"}}
    assert {"Bulgaria", "Cyprus", "Sweden"} <= holders


def test_the_states_an_organisation_groups_are_its_members() -> None:
    text = "The Gulf Cooperation Council groups Saudi Arabia, Kuwait, the United Arab Emirates, Qatar, Bahrain and Oman."
    members = {holder for holder, _ in pairs_of(text, "member_of")}
    assert {"Saudi_Arabia", "Kuwait", "Qatar", "Bahrain", "Oman"} <= members
    assert not pairs_of("The report groups Saudi Arabia with its neighbours.", "member_of")


def test_a_meeting_at_a_gathering_abroad_is_a_visit_of_both_sides() -> None:
    text = "Lavrov met Blinken at the OSCE ministerial meeting in Stockholm."
    visits = pairs_of(text, "visited")
    assert {("Sergey_Lavrov", "Sweden"), ("Antony_Blinken", "Sweden")} <= visits
    assert not pairs_of("Lavrov met Blinken at the OSCE ministerial meeting in Moscow.", "visited") - {
        ("Antony_Blinken", "Russia")
    }
