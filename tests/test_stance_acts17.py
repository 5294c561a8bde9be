"""Stances stated as acts, on text of our own: sanctions imposed in shapes the verb rules miss
(a passive with an agent, a gerund's doer, the small model's modifier parse) and votes whose side
names no text (bench/realtext/CONVENTIONS.md: imposing sanctions on X supports "sanctions on X";
a vote for a text supports it, a vote against opposes it)."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_a_passive_sanctioning_verb_with_an_agent_supports_sanctions_on_who_is_sanctioned() -> None:
    found = _found("Carlos Mendez, who was sanctioned by Canada last year, arrived in Lima on Monday.")
    assert _has(found, "Canada", "supports", "sanctions", "Mendez")
    found = _found("Carlos Mendez, a former general and sanctioned by Canada for abuses, was absent.")
    assert _has(found, "Canada", "supports", "sanctions", "Mendez")


def test_a_passive_without_an_agent_or_negated_names_no_imposer() -> None:
    for text in (
        "Carlos Mendez, who was sanctioned last year, arrived in Lima on Monday.",
        "Carlos Mendez was not sanctioned by Canada.",
    ):
        assert not any(r == "supports" and "sanction" in t for _, r, t in _found(text)), text


def test_the_doer_of_a_gerund_under_by_imposes_the_tariffs() -> None:
    found = _found("Chile hit back on Friday by slapping 20 percent tariffs on imports from Peru.")
    assert _has(found, "Chile", "supports", "tariffs", "Peru")
    found = _found("Chile said it would hit back by slapping 20 percent tariffs on imports from Peru.")
    assert not _has(found, "Chile", "supports", "tariffs")


def test_the_imposing_verb_parsed_as_a_modifier_still_names_its_subject() -> None:
    found = _found("ECOWAS imposed sanctions on Niger.")
    assert _has(found, "ECOWAS", "supports", "sanctions", "Niger")
    assert not any(r == "supports" for _, r, _ in _found("ECOWAS did not impose sanctions on Niger."))


def test_a_side_without_a_text_takes_the_text_the_other_side_names() -> None:
    found = _found("Twenty states voted in favor of the resolution, five abstained, and only Peru voted against it.")
    assert _has(found, "Peru", "opposes", "resolution")
    assert not any("abstained" in t for _, _, t in found)


def test_a_side_without_a_text_takes_none_when_the_sentence_names_two() -> None:
    found = _found("Chile voted for the motion, Peru voted against and Bolivia voted for the amendment.")
    assert not any(h == "Peru" for h, _, _ in found)


def test_the_only_no_votes_oppose_the_text_put_to_the_vote() -> None:
    found = _found("The board adopted a resolution censuring Bolivia. Chile and Peru were the only no votes.")
    assert _has(found, "Chile", "opposes", "resolution")
    assert _has(found, "Peru", "opposes", "resolution")
    found = _found("The board adopted a resolution censuring Bolivia. Chile was the lone yes vote.")
    assert _has(found, "Chile", "supports", "resolution")


def test_votes_that_are_not_a_tally_state_nothing() -> None:
    for text in (
        "The board adopted a resolution censuring Bolivia. Chile and Peru were not the only no votes.",
        "The board adopted a resolution censuring Bolivia. The no votes came from the south.",
    ):
        assert not any(r == "opposes" for _, r, _ in _found(text)), text


def test_the_owner_of_an_announcement_of_tariffs_imposes_them() -> None:
    found = _found("Farmers said Chile's announcement of 30% tariffs on Peru was a blow.")
    assert _has(found, "Chile", "supports", "tariffs", "Peru")
    found = _found("Farmers feared Chile's threat of tariffs on Peru.")
    assert not _has(found, "Chile", "supports", "tariffs")


def test_their_own_tariffs_are_the_subjects_and_a_plain_possessive_is_not_read() -> None:
    found = _found("Chile and Bolivia struck back with their own tariffs on a range of Peruvian products.")
    assert _has(found, "Chile", "supports", "tariffs", "Peruvian")
    assert _has(found, "Bolivia", "supports", "tariffs", "Peruvian")
    found = _found("Chile said Bolivia would respond with its own tariffs on Peruvian goods.")
    assert not any(r == "supports" and "tariffs" in t for _, r, t in found)
    found = _found("Chile criticized Bolivia over its tariffs on Peruvian goods.")
    assert not any(h == "Chile" and r == "supports" for h, r, _ in found)


def test_a_stance_on_it_in_a_vote_sentence_is_a_stance_on_the_text_voted() -> None:
    found = _found("Twenty members voted in favour of the resolution, while Chile and Peru opposed it.")
    assert _has(found, "Chile", "opposes", "resolution")
    assert _has(found, "Peru", "opposes", "resolution")
    found = _found("Twenty members voted in favour of the resolution, while Peru did not oppose it.")
    assert not _has(found, "Peru", "opposes", "resolution")
    found = _found("Chile backed the plan because Peru opposed it.")  # no vote: "it" is left unread
    assert not _has(found, "Peru", "opposes", "plan")
