"""Mood and attribution on text of our own: denials, assertions, wishes, questions, what
someone "should" do, and transcript answers."""

from __future__ import annotations

import pytest

from statgraph.documents import make_document
from statgraph.pipeline import extract_statements
from conftest import RULES

pytestmark = pytest.mark.model


def _triples(text: str, name: str = "m.txt") -> set[tuple[str, str, str]]:
    found = [s for _, statements in extract_statements([make_document(text, name)], RULES) for s in statements]
    return {(s.holder_id, s.relation, s.target_text) for s in found}


def _relations(text: str) -> set[tuple[str, str]]:
    return {(holder, relation) for holder, relation, _ in _triples(text)}


def test_a_denial_speaks_not_what_it_denies() -> None:
    found = _triples("Tehran denies seeking nuclear weapons and says its programme is peaceful.")
    assert ("Iran", "rejects", "seeking nuclear weapons") in found
    assert not any(relation == "demands" for _, relation, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Budapest has insisted that the sanctions have hurt Europe more than Russia.",
        "Slovakia was expected to back the package on Friday.",
        "The package requires the unanimous approval of all 27 member states.",
    ],
)
def test_insisting_on_a_fact_or_expecting_an_outcome_is_no_demand(text: str) -> None:
    assert not any(relation == "demands" for _, relation in _relations(text))


def test_insisting_on_what_others_must_do_is_a_demand() -> None:
    assert ("China", "demands") in _relations("Beijing insists that Washington must lift the sanctions.")


def test_hoping_that_others_act_is_a_demand() -> None:
    text = '"We hope the United States will work with China to stabilise relations," Wang Yi said.'
    assert ("China", "demands") in _relations(text)


def test_a_question_states_nothing() -> None:
    text = "Reporter: Will Foreign Minister Wang Yi meet Secretary of State Antony Blinken in Washington?"
    assert not any(relation in {"met_with", "visited"} for _, relation in _relations(text))


def test_what_someone_should_do_is_not_their_act() -> None:
    text = "India should propose a phased disengagement plan to China."
    assert not any(holder == "India" and relation == "proposes" for holder, relation in _relations(text))


def test_a_transcript_answer_is_the_speakers_to_the_end_of_the_paragraph() -> None:
    text = (
        "Foreign Ministry Spokesperson Mao Ning held a regular press conference on Monday.\n\n"
        "Mao Ning: China firmly opposes the US move. We urge the US to stop politicizing trade issues. "
        "China will take resolute measures to safeguard its legitimate rights.\n"
    )
    found = _triples(text)
    assert any(h == "China" and r == "demands" and "stop politicizing" in t for h, r, t in found)
    assert any(h == "China" and r == "warns" and "resolute measures" in t for h, r, t in found)


def test_a_dismissal_rejects_what_is_dismissed() -> None:
    found = _triples("The allegations of interference have nothing to do with reality, Zakharova said.")
    assert any(h == "Russia" and r == "rejects" and "allegations" in t for h, r, t in found)
    assert not any(r == "rejects" for _, r, _ in _triples("The plan makes sense, Scholz said."))


def test_a_warning_about_ones_own_act_names_the_act() -> None:
    found = _triples("Russia's foreign ministry warned that it would retaliate.")
    assert ("Russia", "warns", "retaliate") in found


def test_never_giving_something_up_rejects_giving_it_up() -> None:
    found = _triples("Pyongyang said North Korea would never give up its nuclear weapons.")
    assert ("North_Korea", "rejects", "give up its nuclear weapons") in found
    assert not any(r == "supports" for _, r, _ in found)


def test_a_relative_object_is_its_antecedent() -> None:
    found = _triples("The report cited arms transfers, which both Pyongyang and Moscow deny.")
    assert {("North_Korea", "rejects", "arms transfers"), ("Russia", "rejects", "arms transfers")} <= found


def test_a_family_name_written_first_is_the_person_named_before() -> None:
    text = (
        "Chinese foreign ministry spokesperson Wang Wenbin spoke on Monday. "
        "Wang said Beijing firmly opposed the arms sale to Taiwan."
    )
    found = _triples(text)
    assert any(h == "China" and r == "opposes" and "arms sale" in t for h, r, t in found)


def test_it_in_a_states_reported_words_is_the_state() -> None:
    assert ("Germany", "opposes", "plan") in _triples("Germany said it opposes the plan.")


def test_opposing_the_lack_of_something_supports_it() -> None:
    found = _triples("Norway regretted the lack of a debate on the report.")
    assert any(h == "Norway" and r == "supports" and "debate" in t for h, r, t in found)
    assert not any(r == "opposes" for _, r, _ in found)


def test_strained_relations_are_no_cooperation() -> None:
    found = _triples("Relations between Armenia and Russia have been strained since 2023.")
    assert not any(r == "cooperates_with" for _, r, _ in found)


def test_accents_do_not_split_a_person() -> None:
    found = _triples("Hungarian Prime Minister Viktor Orban said the EU sanctions policy had failed.")
    assert {h for h, _, _ in found} <= {"Viktor_Orban"}


def test_not_allowing_something_rejects_it_and_allowing_supports_it() -> None:
    text = (
        "Georgian Prime Minister Irakli Kobakhidze spoke on Monday. "
        '"We will not allow foreign-funded groups to stage a revolution in Georgia," Kobakhidze said.'
    )
    assert any(h == "Georgia" and r == "rejects" and "revolution" in t for h, r, t in _triples(text))
    found = _triples("Washington allowed Kyiv to strike targets inside Russia.")
    assert any(h == "United_States" and r == "supports" and "strike" in t for h, r, t in found)


def test_two_sides_that_cooperate_cooperate_with_each_other() -> None:
    found = _triples("Washington and Riyadh continue to cooperate on counter-terrorism.")
    assert {
        ("United_States", "cooperates_with", "Saudi Arabia"),
        ("Saudi_Arabia", "cooperates_with", "United States"),
    } <= found
    assert not any(t == "counter" for _, _, t in found)


def test_numbered_parties_are_the_last_list_of_as_many() -> None:
    text = "The United States and Saudi Arabia disagree on oil. But the two countries continue to cooperate on Yemen."
    found = _triples(text)
    assert ("United_States", "cooperates_with", "Saudi Arabia") in found


def test_a_bad_course_condemns_whoever_takes_it() -> None:
    assert ("European_Union", "criticizes", "Russia") in _triples(
        "EU foreign policy chief Josep Borrell said Russia had made a grave mistake."
    )
    assert not any(r == "warns" for _, r, _ in _triples("Russia made a grave mistake, Borrell said."))


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Vice Foreign Minister Ma Zhaoxu, standing in for Foreign Minister Wang Yi, spoke on Friday.",
        "The U.S. official, who spoke on condition of anonymity, described the talks.",
        '"Our position is clear," the Azerbaijani foreign minister said.',
    ],
)
def test_no_stance_in_set_phrases(text: str) -> None:
    assert not any(r in {"supports", "demands"} for _, r, _ in _triples(text))


def test_a_pledge_to_act_together_is_support_not_a_warning() -> None:
    found = _triples("The EU and China pledged to work together on climate change.")
    assert not any(r == "warns" for _, r, _ in found)


def test_the_office_the_text_gives_wins_over_the_lexicon() -> None:
    text = 'Estonian Prime Minister Kaja Kallas spoke in Tallinn. "We will not rule anything out," Kallas said.'
    assert not any(h == "European_Union" for h, _, _ in _triples(text))


def test_never_opposed_supports_and_prevented_acts_state_nothing() -> None:
    text = (
        "Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Friday. Zakharova stressed that Russia "
        "has never been opposed to Moldova's economic cooperation with the European Union."
    )
    found = _triples(text)
    assert any(h == "Russia" and r == "supports" and "cooperation" in t for h, r, t in found)


def test_his_country_is_the_state_he_serves_and_blame_criticizes() -> None:
    text = (
        "Philippine President Ferdinand Marcos Jr. spoke in Manila. "
        "Marcos said his country would not yield to intimidation."
    )
    assert ("Philippines", "opposes", "intimidation") in _triples(text)
    found = _triples("US Secretary of State Antony Blinken said Russia bore sole responsibility for the war.")
    assert ("United_States", "criticizes", "Russia") in found


def test_calling_for_measures_against_someone_criticizes_them() -> None:
    found = _triples("Kyiv urged new sanctions against Russia.")
    assert ("Ukraine", "criticizes", "Russia") in found
