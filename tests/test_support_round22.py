"""Support, round twenty-two, on sentences of our own: backing lent in a "with" adjunct
(stances/lent_backing.py, support_screens.lent_reversed) and the agent of a passive participle
hung on another clause (stances/passive_backers.py)."""

from __future__ import annotations

import pytest

from conftest import pairs_of as _pairs

pytestmark = pytest.mark.model


def test_backing_lent_in_a_with_adjunct_supports_the_subject() -> None:
    found = _pairs("France, with backing from Italy and Portugal, opposed the fishing quota.", "supports")
    assert ("Italy", "France") in found and ("Portugal", "France") in found
    found = _pairs("Estonia joined the eurozone in 2011 with the blessing of Finland.", "supports")
    assert ("Finland", "Estonia") in found
    found = _pairs("The Spanish government won the budget vote with Portugal's support.", "supports")
    assert any(h == "Portugal" for h, _ in found)


def test_the_backed_subject_does_not_support_the_lender() -> None:
    found = _pairs("Even with the backing of Canada, Mexico is set to lose the vote.", "supports")
    assert ("Canada", "Mexico") in found
    assert ("Mexico", "Canada") not in found  # the noun reader's reversed reading is screened


def test_no_backing_lent_without_it_or_when_denied() -> None:
    assert not _pairs("The law passed without the support of Germany.", "supports")
    assert ("Portugal", "Spain") not in _pairs("Spain could not pass the law even with the support of Portugal.", "supports")


def test_the_agent_of_a_hung_passive_supports_what_it_is_said_of() -> None:
    found = _pairs("The M23 rebels reappeared, supported by Rwanda, according to Congo.", "supports")
    assert ("Rwanda", "M23") in found
    found = _pairs("The draft was written by Malta and endorsed by Ireland.", "supports")
    assert any(h == "Ireland" and "draft" in t for h, t in found)


def test_a_denied_hung_passive_backs_nothing() -> None:
    assert ("Rwanda", "M23") not in _pairs("The M23 rebels reappeared, not supported by Rwanda.", "supports")
