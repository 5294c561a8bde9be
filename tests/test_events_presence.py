"""Membership and deployments, round five: places held by a force named before a hyphen, forces
a state hosts, forces present, a military presence, forces kept in a participle clause, places
taken back, a state in an organisation. Behaviour on sentences of our own (the rules' own
candidates)."""

from __future__ import annotations

from conftest import has_triple, pairs_of, triples_of


def test_a_place_held_by_a_demonym_s_force_is_a_deployment() -> None:
    assert ("Russia", "Crimea") in pairs_of("Drones struck an airfield in Russian-occupied Crimea.", "deployed_to")
    assert ("Russia", "Ukraine") in pairs_of(
        "Elections were staged in the Russian-held regions of Ukraine last week.", "deployed_to"
    )
    assert ("Houthis", "Yemen") in pairs_of("Aid reached the Houthi-controlled areas of Yemen.", "deployed_to")


def test_an_occupation_with_no_holder_or_in_a_name_is_not_read() -> None:
    assert not pairs_of("Elections were staged in the occupied territories of Ukraine.", "deployed_to")
    assert not pairs_of("She spoke about Indian Illegally Occupied Jammu and Kashmir.", "deployed_to")


def test_forces_a_state_hosts_are_deployed_in_it() -> None:
    assert ("United_States", "Japan") in pairs_of("Japan hosts about 50,000 American troops.", "deployed_to")
    assert ("China", "Djibouti") in pairs_of("Djibouti hosts a Chinese naval base on its coast.", "deployed_to")


def test_forces_a_state_would_only_host_are_not_deployed() -> None:
    assert not pairs_of("Poland is ready to host American troops.", "deployed_to")
    assert not pairs_of("Poland does not host American troops.", "deployed_to")
    assert not pairs_of("Japan hosts the summit of the Group of Seven.", "deployed_to")


def test_forces_said_present_in_a_place_are_deployed_there() -> None:
    assert ("Turkey", "Iraq") in pairs_of("Turkish soldiers are present in Iraq.", "deployed_to")
    assert not pairs_of("Turkish soldiers are not present in Iraq.", "deployed_to")
    assert not pairs_of("Turkish officials were present in Iraq for the talks.", "deployed_to")


def test_a_military_presence_with_an_owner_is_a_deployment() -> None:
    assert ("Russia", "Syria") in pairs_of("Russia's military presence in Syria has grown.", "deployed_to")
    assert ("United_States", "Iraq") in pairs_of("The US maintains a military presence in Iraq.", "deployed_to")
    assert ("China", "Cambodia") in pairs_of("China has expanded its naval presence in Cambodia.", "deployed_to")


def test_a_presence_not_military_or_not_kept_is_no_deployment() -> None:
    assert not pairs_of("China's presence in Africa has grown.", "deployed_to")
    assert not pairs_of("The US does not maintain a military presence in Iraq.", "deployed_to")
    assert not pairs_of("They fear a possible Russian military presence in Belarus.", "deployed_to")


def test_forces_a_state_has_stationed_somewhere_are_its_deployment() -> None:
    assert ("United_States", "Iraq") in pairs_of("The United States has 2,500 troops stationed in Iraq.", "deployed_to")
    assert not pairs_of("The United States does not have troops stationed in Iraq.", "deployed_to")
    assert not pairs_of("The United States has no troops stationed in Iraq.", "deployed_to")


def test_a_place_taken_back_by_force_is_a_deployment() -> None:
    found = triples_of("Ukrainian forces recaptured the Kharkiv region in September.")
    assert has_triple(found, "Ukraine", "deployed_to", "Kharkiv")
    assert ("Ukraine", "Kupiansk") in pairs_of("Ukrainian troops retook Kupiansk after a week.", "deployed_to")
    assert not pairs_of("The police liberated the hostages.", "deployed_to")
    assert not pairs_of("Ukraine hopes to liberate Crimea.", "deployed_to")


def test_a_state_in_an_organisation_is_a_member() -> None:
    assert ("Estonia", "NATO") in pairs_of("Estonia is in NATO.", "member_of")
    assert {"Hungary", "Poland"} <= {h for h, _ in pairs_of("Hungary and Poland are in NATO.", "member_of")}
    assert ("Turkey", "NATO") in pairs_of("Turkey is the only Muslim country in NATO.", "member_of")
    found = triples_of("Hungary, Russia's closest ally in the EU, objected.")
    assert has_triple(found, "Hungary", "member_of", "Union")


def test_a_state_only_asked_or_supposed_or_denied_in_an_organisation_is_no_member() -> None:
    assert not pairs_of("Is Ukraine in NATO?", "member_of")
    assert not pairs_of("If Ukraine were in NATO, the war would differ.", "member_of")
    assert not pairs_of("Ukraine is not in NATO.", "member_of")
    assert not pairs_of("Ukraine is in talks with NATO.", "member_of")


def test_the_leader_named_in_a_description_of_a_body_belongs_to_it() -> None:
    assert ("Russia", "CSTO") in pairs_of("The CSTO, a Russia-led security bloc, met in Minsk.", "member_of")
    assert not pairs_of("The US-led coalition struck targets in Syria.", "member_of")


def test_forces_from_states_are_theirs() -> None:
    assert ("Kenya", "Haiti") in pairs_of("Peacekeepers from Kenya are deployed in Haiti.", "deployed_to")
    found = pairs_of("Troops from Chad and Niger arrived in Mali.", "deployed_to")
    assert {("Chad", "Mali"), ("Niger", "Mali")} <= found
    # the place forces are taken out of is not their owner: the one who withdraws them is
    assert pairs_of("France withdrew troops from Mali.", "deployed_to") == {("France", "Mali")}


def test_warships_and_warplanes_in_a_place_are_deployed_there() -> None:
    assert ("Russia", "Syria") in pairs_of("Russian warplanes in Syria struck rebel positions.", "deployed_to")
    assert ("Russia", "Tartus") in pairs_of("Russia has a naval base in Tartus.", "deployed_to")
    assert not pairs_of("Russia does not have a naval base in Sudan.", "deployed_to")
    assert not pairs_of("They discussed a possible Russian base in Belarus.", "deployed_to")


def test_a_named_force_serves_where_its_name_says() -> None:
    text = "The Council extended the mandate of the United Nations Peacekeeping Force in Cyprus."
    found = pairs_of(text, "deployed_to")
    assert any(t == "Cyprus" for _, t in found)
    found = pairs_of("The European Union Training Mission in Mali was suspended.", "deployed_to")
    assert any(t == "Mali" for _, t in found)
    assert not pairs_of("The UN Assistance Mission in Afghanistan reported casualties.", "deployed_to")
    assert not pairs_of("Talks with the Rapid Support Forces (RSF) in Geneva resumed.", "deployed_to")


def test_operations_stepped_up_in_a_place_are_a_deployment() -> None:
    assert ("NATO", "Estonia") in pairs_of("NATO forces stepped up their exercises in Estonia.", "deployed_to")
    assert ("China", "South China Sea") in {
        (h, t.replace("_", " "))
        for h, t in pairs_of("China increased its patrols in the South China Sea.", "deployed_to")
    }


def test_parts_of_a_place_seized_are_a_deployment_to_the_place() -> None:
    found = triples_of("Russian forces seized several villages in the Donetsk region.")
    assert has_triple(found, "Russia", "deployed_to", "Donetsk")
    assert ("Russia", "Syria") in pairs_of("Russia occupied parts of Syria.", "deployed_to")
    found = triples_of("M23 took control of several towns in the North Kivu province.")
    assert has_triple(found, "M23", "deployed_to", "Kivu")
    assert not pairs_of("The militants seized the offices of the ministry.", "deployed_to")


def test_one_of_the_members_and_other_members_of_a_body_are_members() -> None:
    assert ("Brazil", "BRICS") in pairs_of("Brazil is one of the founding members of BRICS.", "member_of")
    assert ("Poland", "NATO") in pairs_of("Poland, one of NATO's members, objected.", "member_of")
    assert ("Kazakhstan", "CSTO") in pairs_of("Kazakhstan and other members of the CSTO sent troops.", "member_of")
    assert ("Belarus", "CSTO") in pairs_of("Belarus is part of the CSTO.", "member_of")
    assert not pairs_of("Crimea is part of Russia.", "member_of")


def test_membership_only_wished_or_to_come_is_no_membership() -> None:
    for text in (
        "Ukraine wants to be a member of NATO.",
        "Ukraine hopes to become a member of NATO.",
        "Ukraine will become a member of NATO.",
        "Ukraine wants to be in NATO.",
        "Ukraine wants to be part of the CSTO.",
        "Ukraine wants to be one of the members of NATO.",
    ):
        assert not pairs_of(text, "member_of"), text
    assert ("Sweden", "NATO") in pairs_of("Sweden became a member of NATO in March.", "member_of")


def test_forces_that_are_in_a_place_or_were_killed_there_were_deployed_there() -> None:
    assert ("Russia", "Belarus") in pairs_of("Russian troops are in Belarus.", "deployed_to")
    assert not pairs_of("Are Russian troops in Belarus?", "deployed_to")
    assert not pairs_of("Russian troops are not in Belarus.", "deployed_to")
    assert ("France", "Mali") in pairs_of("Two French soldiers were killed in Mali.", "deployed_to")
    found = pairs_of("Three US soldiers were killed in a drone strike in Jordan.", "deployed_to")
    assert ("United_States", "Jordan") in found
    assert not pairs_of("Two French tourists were killed in Mali.", "deployed_to")


def test_warships_sailing_or_patrolling_a_place_are_deployed_there() -> None:
    pairs = pairs_of("Chinese warships patrol the South China Sea.", "deployed_to")
    found = {(h, t.replace("_", " ")) for h, t in pairs}
    assert ("China", "South China Sea") in found
    assert any(h == "Russia" for h, _ in pairs_of("Russian submarines sailed into the Mediterranean.", "deployed_to"))


def test_police_sent_abroad_are_a_deployment() -> None:
    assert ("Kenya", "Haiti") in pairs_of("Kenya sent 400 police officers to Haiti.", "deployed_to")
    assert ("Kenya", "Haiti") in pairs_of("Kenyan police deployed to Haiti last month.", "deployed_to")
    assert not pairs_of("Iran sent weapons inspectors to Iraq.", "deployed_to")


def test_rejoining_a_body_is_membership() -> None:
    assert ("United_States", "UNESCO") in pairs_of("The United States rejoined UNESCO in July.", "member_of")
    assert not pairs_of("The United States wants to rejoin UNESCO.", "member_of")


def test_forces_that_raid_a_place_were_there() -> None:
    assert ("Israel", "Nablus") in pairs_of("Israeli forces raided Nablus on Monday.", "deployed_to")
    assert ("Israel", "Nablus") in pairs_of("Israeli troops raided the city of Nablus.", "deployed_to")
    assert not pairs_of("Israeli officials raided the budget.", "deployed_to")


def test_a_town_the_small_model_takes_for_a_person_is_still_a_place_forces_take() -> None:
    assert ("Ukraine", "Kherson") in pairs_of("Ukrainian forces recaptured Kherson.", "deployed_to")
    assert not pairs_of("Israeli forces captured Yahya Sinwar's brother.", "deployed_to")
