"""Round twenty-two's opposition readings, on sentences of our own: a failure charged in a
speaker's words is criticism of the actor said to have failed."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_an_actor_said_to_have_failed_to_act_is_criticized() -> None:
    found = _found("The Peruvian foreign minister said that Chile has failed to withdraw its troops from the border.")
    assert _has(found, "Peru", "criticizes", "Chile")
    found = _found('"Chile failed in its duty to protect the fishermen," the Bolivian minister said.')
    assert _has(found, "Bolivia", "criticizes", "Chile")


def test_a_duty_said_to_be_unkept_criticizes_the_actor() -> None:
    found = _found('"Chile has not fulfilled its obligations under the treaty," the Peruvian minister said.')
    assert _has(found, "Peru", "criticizes", "Chile")
    found = _found("The Bolivian minister said Chile does not respect the agreements it signs.")
    assert _has(found, "Bolivia", "criticizes", "Chile")


def test_a_failure_narrated_supposed_denied_or_of_ones_own_side_charges_no_one() -> None:
    for text in (
        "Chile failed to win a seat on the council last year.",
        "The Peruvian minister said sanctions would follow if Chile failed to withdraw its troops.",
        "The Peruvian minister said Chile never failed to help its neighbours.",
        '"We failed to stop the fighting," the Peruvian minister said.',
        "The Peruvian minister said Chile has fulfilled its obligations under the treaty.",
        "The Peruvian minister said Chile has not met the ambassador.",
    ):
        assert not any(r == "criticizes" for _, r, _ in _found(text)), text


def test_harm_inflicted_or_persecution_charged_by_a_speaker_criticizes_the_doer() -> None:
    found = _found('"Chile has inflicted great losses on our fishermen," the Peruvian minister said.')
    assert _has(found, "Peru", "criticizes", "Chile")
    found = _found("The Bolivian minister said Chile persecutes the Aymara minority.")
    assert _has(found, "Bolivia", "criticizes", "Chile")
    narrated = _found("Chile inflicted heavy losses on the rebels in the north.")
    assert not any(r == "criticizes" for _, r, _ in narrated)


def test_disagreeing_with_a_measure_or_casting_doubt_on_it_opposes_it() -> None:
    found = _found("Peru disagrees with the new border measure announced by the Chilean government.")
    assert _has(found, "Peru", "opposes", "border measure")
    found = _found("Bolivia cast doubt on the legitimacy of the referendum.")
    assert _has(found, "Bolivia", "opposes", "legitimacy", "referendum")
    assert not any(r == "opposes" for _, r, _ in _found("Peru does not disagree with the new border measure."))


def test_bristling_against_a_measure_opposes_it() -> None:
    found = _found("Bolivia has bristled against the new Chilean port fees.")
    assert _has(found, "Bolivia", "opposes", "port fees")
