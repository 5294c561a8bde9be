"""Members named next to a body's member noun, read on the words where the parser breaks the
phrase, and the states that found a body. Behaviour on sentences of our own (the rules' own
candidates, every one kept)."""

from __future__ import annotations

from conftest import pairs_of


def _members(text: str) -> set[tuple[str, str]]:
    return pairs_of(text, "member_of")


def test_states_named_right_after_a_body_member_noun_are_members() -> None:
    # the small parser reads "ECOWAS" here as a verb; the words still say it
    assert _members("ECOWAS members Nigeria and Senegal condemned the coup.") >= {
        ("Nigeria", "ECOWAS"),
        ("Senegal", "ECOWAS"),
    }
    assert ("Nigeria", "ECOWAS") in _members("ECOWAS member Nigeria condemned the coup.")


def test_states_in_apposition_to_the_members_of_a_body_are_members() -> None:
    text = "ECOWAS held an emergency meeting. Two members of the bloc, Mali and Burkina Faso, signed a pact."
    assert _members(text) >= {("Mali", "ECOWAS"), ("Burkina_Faso", "ECOWAS")}  # "the bloc": ECOWAS
    text = "The members of the Security Council, Russia and China, vetoed the draft."
    assert _members(text) >= {("Russia", "UN_Security_Council"), ("China", "UN_Security_Council")}
    # one name after a comma, running on into a verb, is a speaker, not a member
    assert not _members("The sanctions hurt members of the EU, Hungary said.")
    assert not _members("Russia criticised the members of NATO, the United States said.")


def test_a_list_after_are_including_or_among_names_members() -> None:
    text = "The members of ASEAN are Brunei, Cambodia, Indonesia, Laos and Malaysia."
    assert {s for s, _ in _members(text)} >= {"Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia"}
    text = "ASEAN met in Jakarta. The members of the bloc, including Vietnam and the Philippines, disagreed."
    assert _members(text) >= {("Vietnam", "ASEAN"), ("Philippines", "ASEAN")}
    text = "Among the members of the African Union, Kenya and Nigeria voted for the resolution."
    assert _members(text) >= {("Kenya", "African_Union"), ("Nigeria", "African_Union")}


def test_states_before_and_fellow_members_are_members() -> None:
    assert ("Hungary", "European_Union") in _members("Hungary and fellow EU members disagreed on the sanctions.")
    assert _members("Russia, Iran and fellow BRICS members met in Kazan.") >= {("Russia", "BRICS"), ("Iran", "BRICS")}


def test_no_membership_denied_supposed_former_or_to_come() -> None:
    assert not _members("Ukraine is not among the members of NATO.")
    assert not _members("If Ukraine were among the members of NATO, Russia would not attack.")
    assert not _members("Former EU member Britain left the bloc in 2020.")
    assert not _members("Candidate members Ukraine and Moldova were invited.")
    assert not _members("NATO members and Ukraine discussed the war.")
    assert not _members("The members of NATO met Ukraine's president in Vilnius.")


def test_the_states_that_found_a_body_are_its_members() -> None:
    text = "Mali, Burkina Faso and Niger founded the Alliance of Sahel States in September."
    assert {s for s, b in _members(text) if b == "Alliance_of_Sahel_States"} == {"Mali", "Burkina_Faso", "Niger"}
    assert ("Brazil", "BRICS") in _members("Brazil, Russia, India and China set up BRICS in 2009.")
    assert _members("The SCO was founded by China and Russia in 2001.") >= {("China", "SCO"), ("Russia", "SCO")}
    text = "The Shanghai Cooperation Organisation, founded by China and Russia in 2001, met in Astana."
    assert ("China", "SCO") in _members(text)


def test_no_founding_planned_denied_or_of_something_else() -> None:
    assert not _members("Russia plans to create a new bloc with China.")
    assert not _members("Russia did not create the CSTO alone.")
    assert not _members("Russia set the agenda of the CSTO summit.")  # "set" only with "up"
    assert not _members("Russia and China want to establish the SCO bank.")


def test_forces_counted_before_of_are_forces() -> None:
    deployed = pairs_of("Russia sent thousands of troops to Belarus.", "deployed_to")
    assert ("Russia", "Belarus") in deployed
    assert ("Turkey", "Aegean") in pairs_of("Turkey sent dozens of warships to the Aegean.", "deployed_to")
    assert ("Russia", "Belarus") in pairs_of("Thousands of Russian troops are in Belarus.", "deployed_to")
    assert ("United_States", "Iraq") in pairs_of("Hundreds of American soldiers were killed in Iraq.", "deployed_to")
    # a number of something else sent is no force
    assert not pairs_of("Russia sent thousands of tonnes of grain to Egypt.", "deployed_to")
    assert not pairs_of("Thousands of Russian tourists are in Turkey.", "deployed_to")


def test_a_member_state_named_without_its_body_belongs_to_the_body_named_before() -> None:
    text = "The CSTO summit in Minsk was notable for the absence of a representative from member-state Armenia."
    assert ("Armenia", "CSTO") in _members(text)
    assert not _members("The summit was notable for the absence of member state Armenia.")  # no body named


def test_the_parties_a_body_kind_noun_names_are_members() -> None:
    aukus = {("Australia", "AUKUS"), ("United_Kingdom", "AUKUS"), ("United_States", "AUKUS")}
    assert _members("China criticised the AUKUS pact between Australia, Britain and the United States.") >= aukus
    assert _members("China criticised the AUKUS security pact of Australia, Britain and the United States.") >= aukus
    assert _members("China criticised Australia's military alliance with the UK and the US (AUKUS).") >= aukus
    text = "The leaders of the AUKUS partnership, Australia, Britain and the United States, unveiled the plan."
    assert _members(text) >= aukus
    quad = {("United_States", "Quad"), ("Japan", "Quad"), ("India", "Quad"), ("Australia", "Quad")}
    assert _members("The Quad grouping of the US, Japan, India and Australia met in Tokyo.") >= quad
    assert _members("The Quad, a grouping of the US, Japan, India and Australia, met in Tokyo.") >= quad


def test_a_partner_with_a_body_or_a_pact_of_no_body_is_no_member() -> None:
    assert not _members("NATO's partnership with Ukraine and Georgia has deepened.")
    assert not _members("The NATO partnership with Ukraine and Georgia has deepened.")
    assert not _members("The EU's trade pact with Chile and Mexico was signed.")
    assert not _members("The Black Sea grain pact between Russia and Ukraine collapsed.")


def test_forces_kept_withdrawn_or_advancing_counted_or_hung_on_the_verb() -> None:
    deployed = pairs_of("The United States maintains bases in Japan and South Korea.", "deployed_to")
    assert deployed >= {("United_States", "Japan"), ("United_States", "South_Korea")}
    assert not pairs_of("Russia does not keep troops in Moldova.", "deployed_to")
    assert ("France", "Niger") in pairs_of("French troops withdrew from Niger in December.", "deployed_to")
    assert ("Russia", "Kherson") in pairs_of("Thousands of Russian troops withdrew from Kherson.", "deployed_to")
    assert not pairs_of("Russian tourists withdrew from Egypt.", "deployed_to")


def test_the_subject_of_an_act_done_as_a_member_is_one() -> None:
    assert ("Turkey", "NATO") in _members("Turkey voted against the resolution as a NATO member.")
    assert ("Turkey", "NATO") in _members("Turkey, as a member of NATO, opposed the plan.")
    text = "Russia and China, as members of the Security Council, vetoed the draft."
    assert _members(text) >= {("Russia", "UN_Security_Council"), ("China", "UN_Security_Council")}
    # invited, wished or denied: no member
    assert not _members("NATO invited Ukraine as a member.")
    assert not _members("Ukraine wants to take part in the summit as a NATO member.")
    assert not _members("Ukraine did not vote as a member of the Council.")
