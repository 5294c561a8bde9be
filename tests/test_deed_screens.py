"""Screens of cue words in another sense and of deeds told rather than stances held
(extract/sense_screens.py, extract/deed_screens.py, unstated_screens.declined_to_say), and the
rejection of an act disowned (stances/disowned_acts.py), on sentences of our own: each wrong
reading shows in `statgraph explain` under its screen's name, and the reading stated outright
beside it is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import has_triple, triples_of
from statgraph import Settings
from statgraph.explain import explain

pytestmark = pytest.mark.model


def _outcomes(tmp_path: Path, text: str) -> dict[tuple[str, str], str]:
    """(relation, target) -> outcome of each candidate of a text, as `statgraph explain` gives them."""
    path = tmp_path / "note.txt"
    path.write_text("A note\n\n" + text, encoding="utf-8")
    [(_, lines)] = list(explain(path, Settings(judge="none", min_confidence=0)))
    return {(line.relation, line.target): line.outcome for line in lines}


def test_stopping_in_a_country_on_a_trip_opposes_nothing(tmp_path: Path) -> None:
    outcomes = _outcomes(tmp_path, "On an official trip to Asia, President Jane Doe of Norway first stopped in Japan.")
    assert outcomes[("opposes", "official trip to Asia")] == "screened: stopover"
    assert outcomes[("visited", "Japan")] == "kept"


def test_stopping_funding_still_opposes_it() -> None:
    found = triples_of("Norway stopped its funding of the mining project in March.")
    assert has_triple(found, "Norway", "opposes", "funding")


def test_what_anothers_role_blocks_is_no_opposition_of_the_critic(tmp_path: Path) -> None:
    outcomes = _outcomes(tmp_path, "Kenya criticized Israel's role in blocking a ceasefire in Gaza.")
    assert outcomes[("opposes", "ceasefire in Gaza")] == "screened: harm_by_other"
    assert outcomes[("criticizes", "Israel")] == "kept"


def test_what_sanctions_hinder_is_no_opposition_of_the_critic(tmp_path: Path) -> None:
    outcomes = _outcomes(tmp_path, "Poland criticized the sanctions hindering the provision of essential needs.")
    assert outcomes[("opposes", "provision of essential needs")] == "screened: harm_by_other"


def test_a_state_blocking_a_package_opposes_it() -> None:
    found = triples_of("Hungary blocked the aid package for Ukraine on Thursday.")
    assert has_triple(found, "Hungary", "opposes", "aid package")


def test_declining_to_provide_details_rejects_nothing(tmp_path: Path) -> None:
    outcomes = _outcomes(tmp_path, "France declined to provide details on the contract, the ministry said.")
    assert outcomes[("rejects", "provide details on the contract")] == "screened: declined_to_say"


def test_refraining_from_offering_details_opposes_nothing(tmp_path: Path) -> None:
    outcomes = _outcomes(tmp_path, "Sweden refrained from offering further details.")
    assert outcomes[("opposes", "offering further details")] == "screened: declined_to_say"


def test_refusing_to_sign_a_deal_still_rejects_it() -> None:
    found = triples_of("Brazil refused to sign the deal.")
    assert has_triple(found, "Brazil", "rejects", "sign the deal")


def test_no_intention_to_form_a_coalition_rejects_the_coalition() -> None:
    found = triples_of("Kristersson said his party currently has no intention to form a coalition with the Sweden Democrats.")
    assert {t for t in found if t[1] == "rejects" and "coalition" in t[2]}
    assert not {t for t in found if t[1] == "cooperates_with"}


def test_no_intention_to_ask_for_a_base_rejects_the_base() -> None:
    found = triples_of("Fiji has no intention whatsoever to ask China to build a military base, its prime minister said.")
    assert has_triple(found, "Fiji", "rejects", "military base")


def test_no_intention_of_resigning_and_no_plans_reject_nothing() -> None:
    found = triples_of("Fiji's prime minister said he had no intention of resigning. There are no plans to build a base.")
    assert not {t for t in found if t[1] == "rejects"}


def test_efforts_to_block_a_deal_still_oppose_it() -> None:
    found = triples_of("France is stepping up its efforts to block the long-awaited EU-Mercosur trade agreement.")
    assert has_triple(found, "France", "opposes", "trade agreement")


def test_the_harmful_thing_itself_is_still_opposed(tmp_path: Path) -> None:
    outcomes = _outcomes(tmp_path, '"The proclamation would undermine the de-escalation efforts made at all levels," Algeria said.')
    assert outcomes[("opposes", "proclamation")] == "kept"
