"""Round fifteen's precision: candidates the text does not state, on sentences of our own. Each
wrong reading is gone and a near form that does state the relation is kept."""

from __future__ import annotations

import pytest
from conftest import triples_of

pytestmark = pytest.mark.model


def _demands(text: str, holder: str) -> list[str]:
    return [t for h, r, t in triples_of(text) if h == holder and r == "demands"]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Ghana met the Togolese envoy on Monday, seeking to ease tensions over the border.", "Ghana"),
        ("Chile pledged to work with its neighbours, seeking to listen to their concerns.", "Chile"),
    ],
)
def test_a_participle_seeking_to_act_reports_an_attempt_not_a_demand(text: str, holder: str) -> None:
    assert _demands(text, holder) == []


@pytest.mark.parametrize(
    "text, holder, word",
    [
        ("Chile seeks to restore diplomatic ties with Peru.", "Chile", "restore"),
        ("Chile sought to calm tensions with Peru after the border clash.", "Chile", "calm"),
        ("Ghana sought compensation from Togo for the damage.", "Ghana", "compensation"),
    ],
)
def test_a_finite_seek_to_or_a_sought_thing_is_still_a_demand(text: str, holder: str, word: str) -> None:
    assert any(word in t for t in _demands(text, holder))


def _warns(text: str, holder: str) -> list[str]:
    return [t for h, r, t in triples_of(text) if h == holder and r == "warns"]


def test_a_sides_own_response_to_something_is_a_reply_not_a_warning() -> None:
    assert _warns("Ghana's response to the Togolese proposal is expected next week.", "Ghana") == []
    assert _warns("The talks stalled while Kenya awaited Ethiopia's response to its offer.", "Ethiopia") == []


def test_a_hostile_response_still_warns() -> None:
    assert _warns("Ghana's military response to any incursion will be swift.", "Ghana")


def test_one_asked_to_comment_demands_nothing() -> None:
    assert _demands('"It was constructive," Ruto told reporters, asked to comment on the talks.', "William_Ruto") == []
    assert _demands("Asked how the talks went, Ruto told reporters that they were constructive.", "William_Ruto") == []


def _members(text: str) -> set[str]:
    return {h for h, r, _ in triples_of(text) if r == "member_of"}


@pytest.mark.parametrize(
    "text",
    [
        "The senator supported Moldova joining the European Union.",
        "Belgrade objected to the clauses referring to Kosovo joining the United Nations.",
    ],
)
def test_a_joining_only_spoken_of_is_no_membership(text: str) -> None:
    assert not _members(text) & {"Moldova", "Kosovo"}


def test_a_joining_told_as_done_is_still_a_membership() -> None:
    assert "Finland" in _members("Since joining NATO in 2023, Finland has doubled its defence budget.") | _members(
        "Finland joined NATO in 2023."
    )


@pytest.mark.parametrize(
    "text",
    [
        "President Ruto declared that he will work to build a path to peace.",
        "Ruto said the Kenyan team would build on the goodwill in talks with Ethiopia.",
    ],
)
def test_a_threat_verb_in_a_peaceful_sense_foretells_no_threat(text: str) -> None:
    assert [t for _, r, t in triples_of(text) if r == "warns"] == []


def test_a_threat_verb_in_its_hostile_sense_still_warns() -> None:
    found = triples_of("Ruto said Kenya will build up its forces on the border.")
    assert any(r == "warns" and "forces" in t for _, r, t in found)


def test_a_quoted_question_with_only_its_asker_states_nothing() -> None:
    text = 'Kenyan President William Ruto spoke on Monday. "Should the AU demand a ceasefire in Sudan now?" he asked.'
    assert not any(r == "demands" for _, r, _ in triples_of(text))


def test_the_same_words_stated_not_asked_still_state_it() -> None:
    found = triples_of('Kenyan President William Ruto spoke on Monday. "The AU should demand a ceasefire in Sudan now," he said.')
    assert any(r == "demands" and "ceasefire" in t for _, r, t in found)


def test_a_response_held_in_reserve_for_a_threat_still_warns() -> None:
    text = ("Kenyan Foreign Minister Musalia Mudavadi explained what the Kenyan side means by the measures that can "
            "serve as Nairobi's response in the event of an attack on its border.")
    assert any("attack" in t for t in _warns(text, "Kenya"))
