"""Stances real reporting states that no verb cue proposes, on sentences of our own: dangers
posed and violations charged, emotions felt about an issue, and aims stated."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_an_actor_said_to_pose_a_threat_is_criticized() -> None:
    found = _found("The United States said: “The Houthis pose a threat to freedom of navigation.”")
    assert _has(found, "United_States", "criticizes", "Houthis")


def test_the_threat_posed_by_an_actor_criticizes_it() -> None:
    assert _has(_found("Japan said: “The threat posed by China is growing.”"), "Japan", "criticizes", "China")


def test_a_deed_said_to_be_a_danger_or_a_violation_is_opposed() -> None:
    found = _found(
        "China said: “Nuclear submarine cooperation between the three countries poses a serious threat "
        "of nuclear proliferation.” Britain said the missile launch constitutes a breach of the "
        "Security Council resolutions."
    )
    assert _has(found, "China", "opposes", "submarine cooperation")
    assert _has(found, "United_Kingdom", "opposes", "missile launch")


def test_no_danger_posed_and_a_danger_of_nothing_named_state_nothing() -> None:
    for text in (
        "Russia said: “We pose no threat to anyone.”",
        "Russia said NATO does not pose a threat.",
        "Kenya said the threat of war is real.",
        "Spain said any such move would pose a risk to the talks.",
    ):
        assert not any(r in {"criticizes", "opposes"} for _, r, _ in _found(text)), text


def test_it_is_unacceptable_that_condemns_the_clause() -> None:
    found = _found(
        "Japan said: “It is extremely regrettable and unacceptable that Chinese state ships continue to "
        "enter our waters.” Peru said it is unacceptable for foreign trawlers to fish in its waters."
    )
    assert _has(found, "Japan", "opposes", "ships continue to enter")
    assert _has(found, "Peru", "opposes", "fish in its waters")


def test_it_is_important_that_and_a_bare_it_is_unacceptable_state_no_opposition() -> None:
    found = _found("Japan said: “It is important that the talks continue. It is unacceptable.”")
    assert not any(r in {"supports", "opposes"} for _, r, _ in found)


def test_an_evaluative_predicate_noun_judges_the_subject() -> None:
    found = _found("Argentina said the blockade was an irrational and unacceptable posture.")
    assert _has(found, "Argentina", "opposes", "blockade")
    assert not _has(found, "Argentina", "opposes", "posture")


def test_an_unreasonable_action_is_opposed() -> None:
    found = _found("Canada said: “This expulsion of our diplomats is completely unreasonable and escalatory.”")
    assert _has(found, "Canada", "opposes", "expulsion")


def test_a_goal_or_position_that_is_an_act_supports_the_act() -> None:
    found = _found(
        "Mali said: “Our goal is to strengthen our country's capability to defend its borders.” "
        "Azerbaijan's position is to fully implement the agreements reached in Moscow."
    )
    assert _has(found, "Mali", "supports", "capability to defend")
    assert _has(found, "Azerbaijan", "supports", "implement the agreements")


def test_an_aim_that_is_a_stance_cue_states_that_stance() -> None:
    assert _has(_found("Japan said: “Our aim is to counter China's influence in the Pacific.”"), "Japan", "opposes", "influence")


def test_a_negated_aim_and_an_aim_of_no_one_state_nothing() -> None:
    assert not _found("Japan said: “Our goal is not to isolate China.”")
    assert not _found("The goal of the meeting is to discuss trade.")


def test_aspiring_to_an_act_supports_it() -> None:
    assert _has(_found("Cuba aspires to live in peace with its neighbours."), "Cuba", "supports", "live in peace")


def test_an_intention_to_launch_things_supports_the_launch_and_a_launched_plan_is_a_proposal() -> None:
    found = _found(
        "North Korea has stated its intention to launch more satellites. "
        "China announced its intention to launch a new initiative on data security."
    )
    assert _has(found, "North_Korea", "supports", "launch more satellites")
    assert _has(found, "China", "proposes", "initiative")


def test_efforts_aimed_at_an_act_support_the_act_and_aimed_at_an_actor_do_not() -> None:
    # (the efforts in another's praise are that other's account: support_screens.others_aim)
    found = _found("Egypt continued its efforts aimed at achieving a ceasefire in Gaza.")
    assert _has(found, "Egypt", "supports", "ceasefire")
    assert not _found("Egypt's efforts aimed at Hamas failed.")


def test_dismay_about_an_issue_opposes_it_and_contentment_supports_it() -> None:
    found = _found(
        "Estonia has been alarmed by Moscow's intervention in Belarus. "
        "Japan is deeply disappointed that China rejected the fishing accord. "
        "France is pleased with the outcome of the Geneva talks."
    )
    assert _has(found, "Estonia", "opposes", "intervention")
    assert _has(found, "Japan", "opposes", "rejected the fishing accord")
    assert _has(found, "France", "supports", "outcome of the Geneva talks")


def test_dismay_with_an_actor_criticizes_it() -> None:
    assert _has(_found("Poland was disappointed with Hungary."), "Poland", "criticizes", "Hungary")


def test_noting_with_regret_or_concern_opposes_what_is_noted() -> None:
    found = _found(
        "Russia said: “We note with regret that Armenia's participation in the bloc has decreased.” "
        "Canada noted with concern the escalation in Gaza."
    )
    assert _has(found, "Russia", "opposes", "participation")
    assert _has(found, "Canada", "opposes", "escalation in Gaza")


def test_feelings_denied_or_of_no_one_state_nothing() -> None:
    for text in (
        "Japan is not pleased with the outcome of the talks.",
        "The shocked delegates left the hall.",
        "Japan was happy to host the talks.",
    ):
        assert not any(r in {"supports", "opposes", "criticizes"} for _, r, _ in _found(text)), text


def test_a_need_said_to_exist_is_a_demand() -> None:
    found = _found(
        "India said there is a need to redouble efforts to achieve complete disengagement in Ladakh. "
        "Egypt said there is an urgent need for a ceasefire in Gaza."
    )
    assert _has(found, "India", "demands", "disengagement")
    assert _has(found, "Egypt", "demands", "ceasefire in Gaza")


def test_no_need_a_questioned_need_and_a_need_of_no_one_are_no_demands() -> None:
    for text in (
        "India said there was no need for new sanctions.",
        "Pakistan said: “The question is why there is a need for a special envoy.”",
        "There is a need for more research.",
    ):
        assert not any(r == "demands" for _, r, _ in _found(text)), text


def test_a_condemned_deed_criticizes_its_doer_named_by_a_participle() -> None:
    found = _found("Canada said: “This action taken by India is completely unreasonable and escalatory.”")
    assert _has(found, "Canada", "criticizes", "India")
    assert _has(found, "Canada", "opposes", "action taken by India")


def test_looking_forward_to_something_supports_it() -> None:
    assert _has(_found("Germany looks forward to the conclusion of the talks."), "Germany", "supports", "conclusion")
