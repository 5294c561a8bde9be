"""Round twenty-four's parties: an acronym a text spells out itself with a possessive inside the
name ("the All People's Congress (APC)") means what it spells, not the lexicon's same acronym of
another state's party."""

from __future__ import annotations

from conftest import pairs_of

from statgraph import Settings
from statgraph.link.acronyms import defined_acronyms
from statgraph.nlp import load_nlp
from statgraph.pipeline import load_resources


def _acronyms(text: str) -> dict[str, str]:
    gazetteer = load_resources(Settings()).gazetteer
    return {k: v.id for k, v in defined_acronyms([load_nlp(Settings().model)(text)], gazetteer).items()}


def test_an_acronym_spelled_with_a_possessive_inside_its_name_is_that_name() -> None:
    # APC is also Nigeria's All Progressives Congress in the lexicon; a text that spells it out means its own
    assert _acronyms("The opposition All People's Congress (APC) rejected the results.") == {
        "APC": "All_People_s_Congress"
    }
    assert _acronyms("The count was disputed by Tom Reeve\u2019s All People\u2019s Congress (APC) on Monday.") == {
        "APC": "All_People_s_Congress"
    }
    # a state's possessive before a body's name still makes the acronym the state's
    assert _acronyms("South Korea's presidential National Security Council (NSC) met.") == {"NSC": "South_Korea"}
    # a name the acronym does not spell still leaves the lexicon's sense
    assert _acronyms("Tom Reeve's Progressive Alliance (APC) met on Monday.") == {}


# parties a text introduces with their short forms in brackets, and the memberships those tell
_MALAWI = (
    "Vote count\n\n"
    "The opposition includes the Democratic Progressive Party (DPP) and the United Front (UF).\n\n"
    "DPP's spokesperson Tom Reeve said the count was flawed. DPP's Jane Doe said so too.\n"
)


def test_a_party_the_text_introduces_is_read_in_a_later_paragraph() -> None:
    found = pairs_of(_MALAWI, "member_of")
    assert ("Tom_Reeve", "Democratic_Progressive_Party") in found
    assert ("Jane_Doe", "Democratic_Progressive_Party") in found


def test_short_forms_in_brackets_with_a_native_name_and_a_comma_after_the_title() -> None:
    found = pairs_of(
        "Coalition strain\n\n"
        "The coalition of the Labour Party (Arbeiderpartiet, Ap) and the Centre Party (Senterpartiet, Sp) is "
        "strained. Sp's leader, Tom Reeve, has made it clear. Despite the tensions, Jane Doe (Ap) has downplayed "
        "the idea.\n",
        "member_of",
    )
    assert ("Tom_Reeve", "Centre_Party") in found
    assert ("Jane_Doe", "Labour_Party") in found
    assert ("Tom_Reeve", "Labour_Party") not in found


def test_an_acronym_and_party_before_a_leaders_title() -> None:
    found = pairs_of(
        "Wage row\n\nThe Reformist Movement (MR) is a party of the centre right. MR party leader Tom Reeve has "
        "opposed the plan.\n",
        "member_of",
    )
    assert ("Tom_Reeve", "Reformist_Movement") in found


def test_a_name_in_brackets_of_no_party_tells_nothing() -> None:
    # "Movement" without any word of parties and initials that do not spell the short form: no party
    found = pairs_of(
        "Talks\n\nThe Peace Movement (Fredsrorelsen) met on Monday. Tom Reeve (Fredsrorelsen) spoke.\n", "member_of"
    )
    assert not found


def test_a_defection_is_membership_of_the_new_party_not_the_old() -> None:
    found = pairs_of("Switch\n\nTory MP Jane Doe has defected to Labour, the party said on Monday.\n", "member_of")
    assert any(party == "Labour_Party" for _, party in found)
    assert not any(party == "Conservative_Party" for _, party in found)
    # a defection only threatened states no membership
    assert not pairs_of("Switch\n\nTory MP Jane Doe may defect to Labour, aides said on Monday.\n", "member_of") - {
        (h, p) for h, p in found if p == "Conservative_Party"
    }


def test_a_leader_of_a_known_party_who_quit_it_is_no_member() -> None:
    found = pairs_of("Exit\n\nLabour MP Jane Doe quit the party on Monday.\n", "member_of")
    assert ("Jane_Doe", "Labour_Party") not in found
    assert ("Jane_Doe", "Labour_Party") in pairs_of("Vote\n\nLabour MP Jane Doe voted on Monday.\n", "member_of")


def test_an_acronym_spelled_out_by_the_text_names_its_own_party() -> None:
    found = pairs_of(
        "Count\n\nThe vote was disputed by the All People's Congress (APC), the main opposition party. "
        "APC leader Tom Reeve rejected the count.\n",
        "member_of",
    )
    assert ("Tom_Reeve", "All_People_s_Congress") in found
    assert ("Tom_Reeve", "All_Progressives_Congress") not in found


def test_switching_something_else_is_no_leaving() -> None:
    found = pairs_of("Vote\n\nLabour MP Jane Doe switched her vote on Monday.\n", "member_of")
    assert ("Jane_Doe", "Labour_Party") in found
