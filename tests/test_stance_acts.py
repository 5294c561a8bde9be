"""Stances entailed by reported acts, on text of our own: imposing or keeping sanctions on X
supports "sanctions on X" (bench/realtext/CONVENTIONS.md), and states no criticism of X."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_adopting_a_package_of_sanctions_supports_sanctions_on_the_target() -> None:
    found = _found("Canada adopted a new round of sanctions against Belarus on Tuesday.")
    assert _has(found, "Canada", "supports", "sanctions", "Belarus")
    assert not any("Tuesday" in t for _, _, t in found)
    assert not _has(found, "Canada", "criticizes", "Belarus")


def test_the_owner_of_sanctions_and_the_agent_of_imposed_support_them() -> None:
    found = _found("Norway said the move answered Japanese sanctions on Norway and the embargo imposed by Peru on Chile.")
    assert _has(found, "Japan", "supports", "sanctions", "Norway")
    assert _has(found, "Peru", "supports", "sanctions", "Chile")


def test_the_verb_sanction_supports_sanctions_on_its_object() -> None:
    found = _found("On Monday, Australia sanctioned four senior officials of the Fijian government.")
    assert _has(found, "Australia", "supports", "sanctions", "officials")
    assert not any(r in {"opposes", "criticizes"} for h, r, _ in found if h == "Australia")


def test_sanctions_proposed_negated_or_hypothetical_are_not_imposed() -> None:
    for text in (
        "Canada and Mexico proposed to impose sanctions against Belarus.",
        "Canada did not impose sanctions on Belarus.",
        "If Canada imposed sanctions on Belarus, trade would suffer.",
        "Canada threatened to sanction Belarus.",
    ):
        assert not any(r == "supports" and "sanction" in t for _, r, t in _found(text)), text


def test_quitting_a_body_or_a_pact_rejects_it() -> None:
    assert _has(_found("Peru quit the bloc in March."), "Peru", "rejects", "bloc")
    assert _has(_found("Chile exited the fisheries agreement in 2019."), "Chile", "rejects", "agreement")
    found = _found("Peru's government said it had completed its withdrawal from the Organization of American States.")
    assert any(h == "Peru" and r == "rejects" for h, r, _ in found)


def test_leaving_a_place_or_a_negated_exit_states_no_rejection() -> None:
    for text in (
        "The president of Peru left the country on Monday.",
        "Chile did not quit the agreement.",
        "The withdrawal of Peruvian troops from the border began.",
    ):
        assert not any(r == "rejects" for _, r, _ in _found(text)), text


def test_a_speaker_charging_an_actor_with_a_violation_criticizes_it() -> None:
    found = _found("Peru said Chile had breached the fisheries agreement.")
    assert _has(found, "Peru", "criticizes", "Chile")


def test_a_speaker_charging_a_deed_opposes_the_deed_and_criticizes_its_doer() -> None:
    found = _found('"The naval drills by Chile undermine regional stability," the Peruvian foreign minister said.')
    assert _has(found, "Peru", "opposes", "drills")
    assert _has(found, "Peru", "criticizes", "Chile")


def test_narrated_denied_or_threatening_an_actor_is_no_charge() -> None:
    for text in (
        "Chile breached the fisheries agreement in 2019.",
        "Peru said Chile had not breached the fisheries agreement.",
        "Peru said Chile threatened Bolivia.",
    ):
        assert not any(r in {"criticizes", "opposes"} for _, r, _ in _found(text)), text


def test_a_charge_against_anyone_at_all_criticizes_no_one() -> None:
    found = _found('"A move like this by any state needlessly undermines the treaty," the Peruvian minister said.')
    assert not any(r in {"criticizes", "opposes"} for _, r, _ in found)


def test_talk_of_sanctions_is_not_imposing_them() -> None:
    found = _found("Canada's talk of new sanctions against Belarus worried investors.")
    assert not any(r == "supports" and "sanction" in t for _, r, t in found)


def test_giving_aid_supports_the_aid() -> None:
    found = _found("Canada has been providing emergency humanitarian aid to Haiti.")
    assert any(h == "Canada" and r == "supports" and "aid" in t for h, r, t in found)


def test_aid_withheld_or_asked_for_is_not_given() -> None:
    for text in ("Canada did not send humanitarian aid to Haiti.", "Haiti urged Canada to send more aid."):
        assert not any(h == "Canada" and r == "supports" for h, r, _ in _found(text)), text
