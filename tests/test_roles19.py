"""Offices and memberships read in more forms (round nineteen). Sentences of our own."""

from __future__ import annotations

from conftest import pairs_of


def _members(text: str) -> set[tuple[str, str]]:
    """(the holder's surname, the party's id)."""
    return {(holder.split("_")[-1], party) for holder, party in pairs_of(text, "member_of")}


def test_a_partys_name_without_party_alone_in_brackets_after_a_name() -> None:
    found = _members("On Friday, Prime Minister Jana Kivi (Reform) criticized the budget on social media.")
    assert ("Kivi", "Estonian_Reform_Party") in found
    found = _members("Also speaking was Minister for Trade Ville Harjula (Finns), who said aid would grow.")
    assert ("Harjula", "Finns_Party") in found
    # near misses: a bare word with no "<word> Party" form, and a bracket after no name
    assert not _members("On Friday, Prime Minister Jana Kivi (Centre) criticized the budget on social media.")
    assert not _members("The plan for tax reform (Reform) was criticized on social media.")


def test_a_bracketed_party_after_a_name_the_tagger_missed_and_not_after_a_partys_own_name() -> None:
    # a name the roles reader knows as a person's, though the tagger marks no person on it
    found = _members("Estonian Minister of Foreign Affairs Margus Tsahkna (Eesti 200), President Alar Karis and "
                     "Riigikogu MPs met in Tallinn. Margus Tsahkna said the talks went well.")
    assert ("Tsahkna", "Eesti_200") in found
    # the acronym after a party's own name is the party's, and the name after it still its member
    found = _members("“We will not govern with him,” said the head of the far-right Freedom Party (FPO) "
                     "Herbert Kickl.")
    assert ("Kickl", "Freedom_Party_of_Austria") in found


def test_a_definite_title_set_off_by_a_comma_with_its_name_hung_on_it() -> None:
    found = pairs_of("The situation has led the Minister of Foreign Affairs, Geoffrey Onyeama to summon the envoy.",
                     "holds_role")
    assert ("Geoffrey_Onyeama", "Minister_of_Foreign_Affairs") in found
    # near miss: a name that is the subject after a title in a phrase of its own
    assert not pairs_of("After talks with the Turkish President, Putin said the deal was close.", "holds_role")


def test_no_joining_from_what_an_act_is_for() -> None:
    text = ("Finland and Sweden applied in May. I think the Senate ought to be first in line to ratify the "
            "treaty for both these countries to join NATO.")
    assert not pairs_of(text, "member_of")
    assert ("Sweden", "NATO") in pairs_of("Sweden became the 32nd country to join NATO.", "member_of")


def test_an_office_described_whose_lexicon_holder_the_document_names_elsewhere() -> None:
    text = "Vladimir Putin spoke on Monday. The Russian president on Thursday met his Kyrgyz and Tajik counterparts."
    assert ("Vladimir_Putin", "President_of_Russia") in pairs_of(text, "holds_role")
    text = "Gideon Saar told reporters it was wrong. Israel's foreign minister rejected what he called a campaign."
    assert ("Gideon_Saar", "Foreign_Minister_of_Israel") in pairs_of(text, "holds_role")
    # near misses: the holder named nowhere (another time's, maybe), an office of another time
    assert not pairs_of("The Russian president on Thursday met his Kyrgyz and Tajik counterparts.", "holds_role")
    assert not pairs_of("Vladimir Putin spoke on Monday. The former Russian president met them.", "holds_role")


def test_a_bare_office_is_the_one_named_holder_of_it_the_lexicon_knows() -> None:
    text = "Anwar Ibrahim spoke on Monday. The Prime Minister has challenged the Opposition to a vote."
    assert ("Anwar_Ibrahim", "Prime_Minister_of_Malaysia") in pairs_of(text, "holds_role")
    text = "Vladimir Putin spoke on Monday. The President of Russia described the sanctions as counterproductive."
    assert ("Vladimir_Putin", "President_of_Russia") in pairs_of(text, "holds_role")
    # near miss: two prime ministers named, so "the Prime Minister" says not which
    text = "Anwar Ibrahim met Keir Starmer on Monday. The Prime Minister has challenged the Opposition to a vote."
    assert not pairs_of(text, "holds_role")


def test_a_full_name_after_a_partys_possessive_the_tagger_took_for_a_bodys() -> None:
    found = _members("The trust vote was proposed by BJP's Sudhir Mungantiwar and two other lawmakers.")
    assert ("Mungantiwar", "Bharatiya_Janata_Party") in found
    # near misses: a body of the party, with a body's word in its name
    assert not _members("The ANC's Youth League said it would march on Friday.")
    assert not _members("The BJP's National Executive said it would meet on Friday.")


def test_a_pacts_parties_after_the_participle_of_making_it() -> None:
    text = ("Referring to Aukus, a trilateral security pact agreed last month between Australia, the United States "
            "and Britain, the minister said the two nations were concerned.")
    found = {holder for holder, body in pairs_of(text, "member_of") if body == "AUKUS"}
    assert found == {"Australia", "United_States", "United_Kingdom"}
    # near miss: a participle of no making ("discussed between")
    text = ("Referring to Aukus, a trilateral security pact discussed last month between Australia and the "
            "United States, the minister said the two nations were concerned.")
    assert not pairs_of(text, "member_of")


def test_no_bare_office_when_the_lexicon_knows_several_holders_of_it() -> None:
    # the lexicon knows several British prime ministers: the one named may be of another time
    text = "Keir Starmer spoke on Monday. The Prime Minister has looked to the north for consolation."
    assert ("Keir_Starmer", "Prime_Minister_of_United_Kingdom") not in pairs_of(text, "holds_role")
