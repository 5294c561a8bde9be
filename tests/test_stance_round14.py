"""Opposition, demands and warnings with no candidate before (round fourteen), on text of our own:
pacts reneged on, being critical of something, warnings and ultimatums given, appeals against a ruling."""

from __future__ import annotations

import pytest
from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_a_pact_reneged_on_is_rejected() -> None:
    assert has_triple(triples_of("Bolivia reneged on the pact."), "Bolivia", "rejects", "pact")
    assert has_triple(triples_of("Ecuador went back on the agreement."), "Ecuador", "rejects", "agreement")
    assert has_triple(triples_of("Venezuela backed away from the deal."), "Venezuela", "rejects", "deal")


def test_reneging_only_supposed_or_denied_states_nothing() -> None:
    found = triples_of("Analysts said Chad would renege on the deal if pressed.")
    assert not any(h == "Chad" and r == "rejects" for h, r, _ in found)
    found = triples_of("Ghana did not renege on the deal.")
    assert not any(h == "Ghana" and r == "rejects" for h, r, _ in found)


def test_being_critical_of_something_opposes_it() -> None:
    found = triples_of("Uruguay was highly critical of the decision.")
    assert has_triple(found, "Uruguay", "opposes", "decision")
    found = triples_of("Djibouti has long been critical of Ethiopia.")
    assert has_triple(found, "Djibouti", "criticizes", "Ethiopia")


def test_not_critical_states_no_opposition() -> None:
    found = triples_of("Sudan is not critical of the plan.")
    assert not any(h == "Sudan" and r in {"opposes", "criticizes"} for h, r, _ in found)
