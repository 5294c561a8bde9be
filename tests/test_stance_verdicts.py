"""Stances taken by a verdict, on text of our own: a verb of judging with an adjective small
clause, a predicate noun of verdict, nouns of displeasure, and wrongdoing charged by a
preposition or in a statement's words."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_a_judging_verb_with_an_adjective_small_clause_takes_the_judge_s_stance() -> None:
    found = _found("Kenya deemed the new tax law unconstitutional.")
    assert _has(found, "Kenya", "opposes", "tax law")
    found = _found("France considers the new fishing quota unacceptable.")
    assert _has(found, "France", "opposes", "fishing quota")
    found = _found("Germany found the inspectors' report useful.")
    assert _has(found, "Germany", "supports", "report")


def test_a_judging_verb_without_a_verdict_or_with_a_hedged_one_states_nothing() -> None:
    for text in (
        "Germany considered the proposal on Tuesday.",
        "Kenya did not deem the new tax law unconstitutional.",
        "Germany found the inspectors' report less useful than expected.",
    ):
        assert not any(r in {"opposes", "supports"} for _, r, _ in _found(text)), text


def test_a_predicate_noun_of_verdict_in_someone_s_words_is_the_speaker_s_stance() -> None:
    found = _found("Canada said the referendum was a positive development.")
    assert _has(found, "Canada", "supports", "referendum")
    found = _found("Chile said the trade accord marks an important milestone.")
    assert _has(found, "Chile", "supports", "trade accord")
    found = _found("Peru said the closure of the border was a grave mistake.")
    assert _has(found, "Peru", "opposes", "closure of the border")


def test_a_verdict_denied_said_in_passing_or_leading_elsewhere_is_no_stance() -> None:
    found = _found("Canada said the referendum was not a mistake.")
    assert not _has(found, "Canada", "opposes", "referendum")
    found = _found("Chile said the trade accord, which was a milestone, would hold.")
    assert not any(r == "supports" and "which" in t for _, r, t in found)
    found = _found("Russia said the drills were an important step towards war.")
    assert not _has(found, "Russia", "supports", "drills")
    found = _found("The trade accord marks an important milestone.")  # the writer's narration
    assert not any(r == "supports" for _, r, _ in found)


def test_nouns_of_displeasure_oppose_and_satisfaction_supports() -> None:
    found = _found("Chile expressed dissatisfaction with the new fishing law.")
    assert _has(found, "Chile", "opposes", "fishing law")
    found = _found("Chile expressed outrage at the arrest of the reporters.")
    assert _has(found, "Chile", "opposes", "arrest of the reporters")
    found = _found("Chile expressed satisfaction with the outcome of the talks.")
    assert _has(found, "Chile", "supports", "outcome of the talks")
    assert not any(r == "opposes" for _, r, _ in _found("To the disappointment of Chile, the law passed."))


def test_meddling_charged_by_its_preposition_criticizes_the_meddler() -> None:
    found = _found("Iran said the United States meddled in its elections.")
    assert _has(found, "Iran", "criticizes", "United States")
    found = _found("China said the G7 communique grossly interfered in its internal affairs.")
    assert _has(found, "China", "criticizes", "G7")


def test_meddling_in_narration_or_denied_charges_no_one() -> None:
    assert not any(r == "criticizes" for _, r, _ in _found("The United States meddled in the elections."))
    found = _found("Iran said the United States did not meddle in its elections.")
    assert not _has(found, "Iran", "criticizes", "United States")


def test_a_regard_verb_reads_a_verdict_noun_and_an_as_hung_on_its_object() -> None:
    found = _found("Japan described the new trade accord as a positive development.")
    assert _has(found, "Japan", "supports", "trade accord")
    found = _found("Rafael Grossi described Iran's acceptance of the inspections as a major development.")
    assert _has(found, "Rafael_Grossi", "supports", "acceptance of the inspections")
    assert not any("as a major" in t for _, _, t in found)
    found = _found("Rafael Grossi described Iran's acceptance of the inspections as a matter for the board.")
    assert not any(r == "supports" for _, r, _ in found)


def test_what_someone_says_will_lead_nowhere_or_has_no_future_is_rejected() -> None:
    found = _found("Wang Yi said confrontation will lead nowhere.")
    assert _has(found, "China", "rejects", "confrontation")
    found = _found("Wang Yi said the border plan has no future.")
    assert _has(found, "China", "rejects", "border plan")


def test_talks_going_nowhere_or_a_road_leading_nowhere_near_reject_nothing() -> None:
    for text in (
        "Wang Yi said the talks were going nowhere, but would continue.",
        "Wang Yi said the road leads nowhere near the border.",
        "The talks led nowhere.",
    ):
        assert not any(r == "rejects" for _, r, _ in _found(text)), text


def test_a_condemning_adverb_criticizes_the_named_doer_of_another_side() -> None:
    found = _found("Poland said Hungary had wrongly blocked the aid package.")
    assert _has(found, "Poland", "criticizes", "Hungary")
    found = _found("Poland said it had wrongly blocked the aid package.")  # its own deed: an admission
    assert not any(r == "criticizes" for _, r, _ in found)
    found = _found("Poland said the court had rightly rejected the appeal.")
    assert not any(h == "Poland" and r in {"criticizes", "opposes"} for h, r, _ in found)


def test_a_charge_s_adverb_opposes_no_clause_of_its_victim() -> None:
    found = _found("Norway said the test needlessly endangers the global norm against nuclear testing.")
    assert not any(r == "opposes" and "endangers" in t for _, r, t in found)
    assert _has(found, "Norway", "opposes", "test")  # the charge itself, read by wrongdoing
