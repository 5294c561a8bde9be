"""Stances no rule read before, on text of our own: votes given as "no"/"yes" or after "among
the countries that voted ...", hopes for what another side will do, and priorities."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model

_DRAFT = "The council debated a Brazilian draft resolution on fishing rights.\n\n"


def test_voting_no_opposes_the_text_put_to_the_vote() -> None:
    found = _found(_DRAFT + "Norway and Japan, two members with a veto, voted no.")
    assert _has(found, "Norway", "opposes", "resolution")
    assert _has(found, "Japan", "opposes", "resolution")
    assert not _has(found, "Norway", "supports", "resolution")


def test_the_voters_named_after_among_the_countries_that_voted_are_the_holders() -> None:
    found = _found(_DRAFT + "Among the countries that voted in favour were Peru, Chile and Mexico.")
    for state in ("Peru", "Chile", "Mexico"):
        assert _has(found, state, "supports", "resolution"), state
    assert not any(h == "Brazil" and r == "supports" for h, r, _ in found)


def test_a_no_vote_with_no_text_named_and_a_negated_vote_state_nothing() -> None:
    assert not any(r == "opposes" for _, r, _ in _found("Peru voted no."))
    assert not any(r == "opposes" for _, r, _ in _found(_DRAFT + "Peru did not vote no."))


def test_a_hope_for_what_happens_supports_it_and_a_hope_that_another_side_acts_demands_it() -> None:
    found = _found("Pedro Sanchez hoped the islanders would remain Spanish. Japan hopes that China will lift its ban on seafood.")
    assert _has(found, "Pedro_Sanchez", "supports", "remain Spanish")
    assert _has(found, "Japan", "demands", "China", "lift its ban")
    assert not _has(found, "Japan", "supports", "lift its ban")


def test_a_hope_inside_a_relative_clause_is_the_antecedent_s_not_a_clause_of_its_own() -> None:
    found = _found("Japan published draft rules which Tokyo hopes would considerably ease tensions.")
    assert not any(r == "supports" and "which" in t for _, r, t in found)


def test_a_voiced_hope_and_an_impersonal_hope_are_read() -> None:
    found = _found(
        "Wang Yi met Jaishankar of India in Vientiane.\n\n"
        "Wang Yi expressed hope that both nations would explore ways for peaceful coexistence."
    )
    assert _has(found, "Wang_Yi", "supports", "peaceful coexistence")  # both nations: his side too
    assert not any(r == "demands" and "coexistence" in t for _, r, t in found)
    found = _found("China said that it is hoped that the U.S. will lift its tariffs on steel.")
    assert _has(found, "China", "demands", "lift its tariffs")


def test_hopes_negated_or_hypothetical_state_nothing() -> None:
    for text in (
        "Japan hopes that China will not lift its ban on seafood.",
        "Japan does not hope that China will lift its ban on seafood.",
        "If Japan hoped that China would lift its ban, it did not say so.",
    ):
        found = _found(text)
        assert not _has(found, "Japan", "supports", "lift"), text
        assert not _has(found, "Japan", "demands", "lift"), text


def test_what_will_not_be_tolerated_or_accepted_is_rejected_by_the_speaker() -> None:
    found = _found(
        "Latvia said: The annexation of Crimea will never be accepted.\n\n"
        "Latvia added: Abduction and torture cannot and will not be tolerated."
    )
    assert _has(found, "Latvia", "rejects", "annexation of Crimea")
    assert _has(found, "Latvia", "rejects", "torture")


def test_a_past_refusal_an_agent_or_an_unattributed_sentence_is_no_such_rejection() -> None:
    assert not _has(_found("Latvia said: The proposal was not accepted."), "Latvia", "rejects", "proposal")
    assert not _has(_found("Latvia said the annexation cannot be accepted by Russia."), "Latvia", "rejects", "annexation")
    assert not any(r == "rejects" for _, r, _ in _found("The annexation of Crimea will never be accepted."))


def test_not_hesitating_to_use_force_or_reserving_the_right_to_act_warns_of_the_act() -> None:
    found = _found("Iran will not hesitate to use force against any aggressor.")
    assert _has(found, "Iran", "warns", "use force")
    found = _found("China said it reserves the right to take countermeasures against the United States.")
    assert _has(found, "China", "warns", "countermeasures")


def test_resolve_to_do_good_hesitation_and_hypotheticals_warn_of_nothing() -> None:
    for text in (
        "Germany will not hesitate to help its partners.",
        "Iran hesitated to use force.",
        "If Iran did not hesitate to use force, war would follow.",
    ):
        assert not any(r == "warns" for _, r, _ in _found(text)), text
