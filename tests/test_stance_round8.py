"""Supports and opposes in forms of their own, on sentences of our own: a stance verb over the
head of a relative clause with no relative word, a refusal of a bare act, "defy" and "unconstitutional", and a deed judged by the kind of deed it is
("a war of aggression")."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_an_opposing_verb_over_the_head_of_a_relative_clause_without_relative_word() -> None:
    found = _found("Viktor Orban praised the pension reforms Brussels has criticized.")
    assert _has(found, "European_Union", "opposes", "pension reforms")


def test_a_relative_clause_whose_gap_is_no_object_states_nothing_of_its_head() -> None:
    found = _found("The day Germany rejected the plan, markets fell.")  # the head is a time
    assert not any(r == "rejects" and t.startswith("day") for _, r, t in found)
    assert _has(found, "Germany", "rejects", "plan")
    found = _found("The values Estonia shares with Latvia were praised.")
    assert not any(h == "Estonia" and r == "supports" and t.startswith("values") for h, r, t in found)


def test_a_bare_act_refused_is_rejected() -> None:
    found = _found("Serbia is ready to talk with Kosovo about trade but is not ready to surrender.")
    assert _has(found, "Serbia", "supports", "talk with Kosovo")
    assert _has(found, "Serbia", "rejects", "surrender")
    assert _has(_found("Serbia is not ready to capitulate."), "Serbia", "rejects", "capitulate")


def test_a_refusal_to_comment_and_a_bare_readiness_state_nothing() -> None:
    for text in ("The Hungarian government was not prepared to comment.", "Serbia is ready to compromise."):
        assert not any(r in {"rejects", "supports"} for _, r, _ in _found(text)), text


def test_defying_demands_rejects_them() -> None:
    found = _found("The Houthis have defied the demands of the Security Council to halt their attacks.")
    assert _has(found, "Houthis", "rejects", "demands")


def test_what_is_called_unconstitutional_is_opposed() -> None:
    found = _found("Greek Prime Minister Kyriakos Mitsotakis said the new Turkish decree was unconstitutional.")
    assert _has(found, "Greece", "opposes", "Turkish decree")


def test_a_deed_named_by_its_kind_is_judged_in_the_speakers_words() -> None:
    found = _found('"Russia\'s war of aggression against Ukraine has ended an era," Chancellor Olaf Scholz said.')
    assert _has(found, "Germany", "criticizes", "Russia")
    assert _has(found, "Germany", "opposes", "war of aggression")


def test_a_kind_that_judges_nothing_names_no_culprit() -> None:
    found = _found('"Estonia\'s war of independence shaped the nation," Prime Minister Kaja Kallas said.')
    assert not any(r in {"criticizes", "opposes"} for _, r, _ in found)


def test_idioms_of_backing_and_resisting() -> None:
    assert _has(_found("Poland and Lithuania rallied behind the Estonian proposal."), "Poland", "supports", "Estonian proposal")
    assert _has(_found("Japan has signed on to the declaration on maritime safety."), "Japan", "supports", "declaration")
    assert _has(_found("Turkey balked at the plan to expand the alliance."), "Turkey", "opposes", "plan to expand")
    assert _has(_found("Hungary took issue with the new sanctions package."), "Hungary", "opposes", "sanctions package")
    assert _has(_found("Canada pushed back on the tariffs announced by Washington."), "Canada", "opposes", "tariffs")
    assert _has(_found("Spain came out against the tariffs."), "Spain", "opposes", "tariffs")
    assert _has(_found("Serbia snubbed the summit in Brussels."), "Serbia", "rejects", "summit")
    assert _has(_found("Beijing scoffed at the allegations of espionage."), "China", "rejects", "allegations")
    assert _has(_found("The Kremlin chastised Armenia for its drift toward the West."), "Russia", "criticizes", "Armenia")
    assert _has(_found("The Finnish parliament voted to ratify the treaty with Sweden."), "Parliament_of_Finland", "supports", "treaty")


def test_a_treaty_not_ratified_is_no_stance() -> None:
    assert not any(r in {"supports", "opposes"} for _, r, _ in _found("Hungary has not ratified the treaty."))


def test_what_is_called_illegitimate_is_opposed_where_the_parser_joins_noun_and_adjective() -> None:
    found = _found("The United States and the European Union have called last year's election illegitimate.")
    assert _has(found, "United_States", "opposes", "election")
    assert _has(found, "European_Union", "opposes", "election")
    found = _found("Poland called the decision wise.")
    assert not any(r == "opposes" for _, r, _ in found)


def test_a_stance_towards_each_other_is_each_ones_towards_the_other() -> None:
    found = _found("Armenia and Azerbaijan blamed each other for the clashes.")
    assert _has(found, "Armenia", "criticizes", "Azerbaijan")
    assert _has(found, "Azerbaijan", "criticizes", "Armenia")
    found = _found("India and China have accused one another of sending soldiers across the border.")
    assert _has(found, "India", "criticizes", "China") and _has(found, "China", "criticizes", "India")


def test_a_stance_towards_each_other_denied_or_asked_is_none() -> None:
    for text in ("Armenia and Azerbaijan did not blame each other for the clashes.",
                 "Armenia and Azerbaijan should not blame each other for the clashes."):
        found = _found(text)
        assert not any(r == "criticizes" for _, r, _ in found), text


def test_legal_action_against_an_actor_criticizes_it() -> None:
    assert _has(_found("South Africa brought a case against Israel at the International Court of Justice."),
                "South_Africa", "criticizes", "Israel")
    assert _has(_found("Canada filed a complaint against China at the World Trade Organization."), "Canada", "criticizes", "China")
    assert _has(_found("Hungary sued the European Commission over the frozen funds."), "Hungary", "criticizes", "European")


def test_a_case_made_for_something_or_in_any_case_is_no_legal_action() -> None:
    for text in ("Germany made the case for new sanctions on Iran.", "In any case, Poland will attend the summit in Rome."):
        assert not any(r in {"criticizes", "opposes"} for _, r, _ in _found(text)), text


def test_a_stance_received_is_held_by_whom_it_comes_from() -> None:
    assert _has(_found("The plan drew criticism from Poland."), "Poland", "opposes", "plan")
    assert _has(_found("The deal won the backing of France."), "France", "supports", "deal")
    assert _has(_found("The Slovak proposal has been met with opposition from Hungary."), "Hungary", "opposes", "Slovak proposal")
    assert _has(_found("Macron received praise from Scholz for his speech."), "Olaf_Scholz", "supports", "Macron")


def test_a_reception_foreseen_or_denied_states_nothing() -> None:
    for text in ("The bill could face opposition from Germany.", "The Greek plan did not draw criticism from Italy."):
        found = _found(text)
        assert not any(h in {"Germany", "Italy"} for h, _, _ in found), text


def test_what_is_one_of_the_priorities_is_supported() -> None:
    found = _found('"The opening of regional trade routes is one of the priorities of our government," '
                   "Armenian Foreign Minister Ararat Mirzoyan said.")
    assert _has(found, "Armenia", "supports", "opening of regional trade routes")


def test_one_of_the_concerns_or_of_the_sectors_states_no_stance() -> None:
    for text in ('"Security in the Baltic region is one of our main concerns," Finnish President Alexander Stubb said.',
                 '"Tourism is one of the sectors of our economy," Finnish President Alexander Stubb said.'):
        assert not any(r in {"supports", "opposes"} for _, r, _ in _found(text)), text
