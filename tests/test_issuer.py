"""A text printed whole names its issuer once, in its opening; its "we" and the noun that named
the issuer, said again bare ("The Chairperson condemns ..."), are the issuer's."""

from __future__ import annotations

from conftest import has_triple, statements_of, triples_of

COMMUNIQUE = (
    "The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, expresses deep concern "
    "at the fighting in the eastern provinces.\n\n"
    "The Chairperson strongly condemns the attacks on civilians.\n\n"
    "Chairperson calls for an immediate ceasefire in the region.\n"
)


def test_the_noun_that_named_the_issuer_is_the_issuer_again() -> None:
    found = statements_of(COMMUNIQUE)
    holders = {s.holder for s in found if s.relation in {"opposes", "demands"}}
    assert holders and all("Faki" in h for h in holders), found
    assert any(s.relation == "demands" and "ceasefire" in s.target for s in found), found


def test_another_chairperson_named_makes_the_noun_name_nobody() -> None:
    text = COMMUNIQUE.replace(
        "The Chairperson strongly condemns",
        "The Chairperson of the Peace and Security Council, Ambassador Jane Roe, met him. The Chairperson strongly condemns",
    )
    found = statements_of(text)
    assert not any("Faki" in s.holder and s.relation == "opposes" and "attacks" in s.target for s in found), found


def test_a_report_in_the_past_tense_names_no_issuer() -> None:
    text = COMMUNIQUE.replace("expresses", "expressed")
    found = statements_of(text)
    assert not any("Faki" in s.holder and s.relation == "opposes" and "attacks" in s.target for s in found), found


def test_a_heading_after_the_first_names_the_issuer_of_we() -> None:
    text = (
        "PRESS RELEASE : Human Rights Council, 55th session\n\n"
        "The UK's Statement on human rights in Eritrea, delivered at the Human Rights Council.\n\n"
        "Thank you Mr Vice-President,\n\n"
        "We call again on Eritrea to release all political prisoners.\n"
    )
    found = triples_of(text)
    assert has_triple(found, "United_Kingdom", "demands", "political prisoners"), found


def test_a_state_set_before_statement_in_a_heading_issues_it() -> None:
    text = "UK Statement on Eritrea\n\nWe condemn the detention of journalists in Eritrea.\n"
    found = statements_of(text)
    assert any(s.holder_id == "United_Kingdom" and s.relation == "opposes" for s in found), found


def test_a_person_set_before_statement_is_no_heading_issuer() -> None:
    text = "Jane Roe Statement on Eritrea\n\nWe condemn the detention of journalists in Eritrea.\n"
    found = statements_of(text)
    assert not any(s.relation == "opposes" and s.holder_id != "Eritrea" for s in found), found



def test_the_present_perfect_of_an_opening_names_no_issuer() -> None:
    text = (
        "The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, has decided to send an envoy.\n\n"
        "The Chairperson strongly condemns the attacks on civilians.\n"
    )
    found = statements_of(text)
    assert not any("Faki" in s.holder and s.relation == "opposes" for s in found), found
