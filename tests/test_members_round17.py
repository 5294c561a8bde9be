"""Memberships read in more forms (round seventeen): a party member's name the tagger missed,
names with particles, a party's name with a possessive, founders named by their leaders,
joiners who followed, "it" for a body, a body's chair in a relative clause or as its "holder".
Sentences of our own."""

from __future__ import annotations

from conftest import pairs_of


def _people(text: str) -> set[tuple[str, str]]:
    return pairs_of(text, "member_of")


def test_a_titled_member_of_a_known_party_whose_name_is_no_person_entity() -> None:
    # the small model tags no entity on this name (the test checks it does not, to stay a test
    # of the reading)
    from statgraph.nlp import load_nlp

    text = "Shiv Sena MLA Rohan Deshmukh spoke first."
    assert all(t.ent_type_ != "PERSON" for t in load_nlp()(text) if t.text in {"Rohan", "Deshmukh"})
    assert ("Rohan_Deshmukh", "Shiv_Sena") in _people(text)
    # near miss: after an unknown name (a constituency's), an untagged name makes no member
    assert not _people("A proposed amendment by Kandara MP Rohan Deshmukh was struck out.")


def test_a_name_with_particles_or_an_untagged_last_word_is_kept_whole() -> None:
    found = _people("BBB leader Caroline van der Plas condemned the move.")
    assert found == {("Caroline_van_der_Plas", "Farmer_Citizen_Movement")}
    assert _people("RN leader Marine Le Pen has confirmed the vote.") == {("Marine_Le_Pen", "National_Rally")}
    # two names side by side stay two: the second is no part of the first
    found = _people("Expressing regret, BNP Secretary General Mirza Fakhrul Islam Alamgir has said so.")
    assert all(holder.startswith("Mirza") for holder, _ in found)


def test_a_partys_name_with_a_possessive_or_going_on_after_party() -> None:
    # the whole name, possessive and all: the lexicon's People's Progressive Party/Civic (Guyana)
    found = _people("General Secretary of the People's Progressive Party (PPP), Dr Tom Reeve, spoke.")
    assert {party for _, party in found} == {"People_s_Progressive_Party_Civic"}
    found = _people("Jane Doe, leader of the Optimist Party for the Development of Mozambique (Podemos), spoke.")
    assert ("Jane_Doe", "Optimist_Party") not in found
    # a person's possessive is no part of the name
    assert ("Olaf_Scholz", "Social_Democratic_Party") in _people("Olaf Scholz's Social Democratic Party won.")


def test_founders_named_by_their_leaders() -> None:
    text = "The Shanghai Cooperation Organisation was founded in 2001 by the leaders of Kazakhstan, China and Russia."
    assert {h for h, _ in _people(text)} == {"Kazakhstan", "China", "Russia"}


def test_those_who_followed_a_joiner_joined_too() -> None:
    found = _people("Poland joined NATO in 1999, followed by Slovakia and Slovenia in 2004.")
    assert {("Poland", "NATO"), ("Slovakia", "NATO"), ("Slovenia", "NATO")} <= found
    # near miss: what follows a joining is no joiner
    assert _people("Poland joined NATO after the war, followed by years of growth.") == {("Poland", "NATO")}


def test_it_for_the_body_named_last() -> None:
    text = "The SCO was set up in 2001. Initially, it consisted of six countries: Russia, Kazakhstan, China and Tajikistan."
    assert {h for h, _ in _people(text)} == {"Russia", "Kazakhstan", "China", "Tajikistan"}
    # near miss: "it" after a state's name stands for the state
    assert not _people("NATO met. China is vast. It includes Tibet and Xinjiang.")


def test_a_bodys_chair_in_a_relative_clause_or_as_its_holder() -> None:
    assert ("Laos", "ASEAN") in _people("ASEAN, which Laos chairs this year, met in Vientiane.")
    assert ("Peru", "OSCE") in _people("Peru, current holder of the rotating OSCE presidency, spoke.")
    assert ("Ghana", "ECOWAS") in _people("Ghana, whose president currently holds the chairmanship of ECOWAS, spoke.")
    # near miss: a hall chaired is no body
    assert not _people("The hall, which Laos chairs this year, was full.")


def test_a_partys_office_before_a_name_or_of_its_group() -> None:
    found = _people("Chairman of the Social Democratic Party (SDP) Tom Reeve spoke on Monday.")
    assert ("Tom_Reeve", "Social_Democratic_Party") in found
    assert ("Jane_Doe", "ANO") in _people("Jane Doe, the leader of the Czech ANO movement, spoke.")
    found = _people("Jane Doe, head of the left-wing group La France Insoumise (LFI), spoke.")
    assert ("Jane_Doe", "La_France_Insoumise") in found
    # near miss: the chairman of a chamber is no party member
    assert not _people("Chairman of the Senate Tom Reeve spoke.")


def test_who_heads_a_party_named_with_a_possessive_is_its_member() -> None:
    found = _people("Jane Doe, who heads the centre-right People's party, spoke.")
    assert {(h, p.lower()) for h, p in found} == {("Jane_Doe", "people_s_party")}
    assert not _people("Tom Reeve does not lead the Unity Party.")


def test_a_persons_party_named_in_apposition() -> None:
    assert _people("Tom Reeve's ruling party, the Unity Party, won.") == {("Tom_Reeve", "Unity_Party")}
    # near miss: an apposition that names no party
    assert not _people("Tom Reeve's party, the largest in parliament, won.")


def test_a_non_permanent_member_is_a_member_and_one_of_the_members() -> None:
    found = _people("Kenya, a non-permanent member of the UN Security Council, abstained.")
    assert ("Kenya", "UN_Security_Council") in found
    assert not _people("Serbia, a non-member of the EU, abstained.")
    assert ("Poland", "European_Union") in _people("Poland, one of the 27 EU member states, objected.")
    assert not _people("Poland, one of the EU's critics, objected.")


def test_a_partys_office_with_its_possessive_in_apposition() -> None:
    assert ("Jane_Doe", "Labour_Party") in _people("Jane Doe, Labour's shadow foreign secretary, said so.")
    # near miss: a former office, or no office
    assert not _people("Jane Doe, Labour's former leader, said so.")
    assert not _people("Jane Doe, Labour's favourite target, said so.")


def test_a_led_bloc_named_after_a_comma() -> None:
    found = _people("Armenia left another Russian-led bloc, the Collective Security Treaty Organization (CSTO).")
    assert ("Russia", "CSTO") in found
    # near miss: a state's name after the comma is no bloc's
    assert not _people("Armenia left the Russian-led bloc, Moscow said.")


def test_a_partys_candidate_in_apposition_and_a_party_in_brackets() -> None:
    assert _people("Tom Reeve, the Unity Party's candidate, spoke.") == {("Tom_Reeve", "Unity_Party")}
    assert not _people("Tom Reeve, the Unity Party's former candidate, spoke.")
    found = _people("Finance Minister Tom Reeve (Unity Party) and Jane Doe (Justice Party) spoke.")
    assert {("Tom_Reeve", "Unity_Party"), ("Jane_Doe", "Justice_Party")} <= found
    # near miss: a bracket of other words names no party
    assert not _people("Tom Reeve (pictured) spoke to the Unity Forum.")


def test_a_partys_name_with_and_and_a_persons_possessive() -> None:
    text = "Jane Doe, leader of the right-wing People's Party for Freedom and Democracy (VVD), spoke."
    found = _people(text)
    assert found and all(party == "People_s_Party_for_Freedom_and_Democracy" for _, party in found)
    # near miss: a person's party, not named, is none
    assert not _people("Reeve's party is polling at a two-year low.")


def test_despite_being_a_member() -> None:
    assert ("Turkey", "NATO") in _people("Despite being a member of NATO, Turkey bought Russian missiles.")
    # near misses: being one denied, or put instead of another thing
    assert not _people("Despite not being a member of NATO, Sweden joined the drills.")
    assert not _people("Instead of being a member of NATO, Turkey stayed neutral.")


def test_a_joining_opposed_or_supported_is_none() -> None:
    assert not _people("Russia opposed Ukraine joining NATO.")
    # a joining done still is one
    assert ("Finland", "NATO") in _people("Since joining NATO in 2023, Finland has spent more.")
