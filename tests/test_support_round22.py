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


def test_support_credited_to_the_one_thanked_is_theirs() -> None:
    found = _pairs("Chile thanked Uruguay for its steady support for the trade agreement.", "supports")
    assert any(h == "Uruguay" and "trade" in t for h, t in found)
    assert not any(h == "Chile" and "trade" in t for h, t in found)  # "its" is Uruguay's
    found = _pairs("Kenya commended Ghana for its commitment to the peace process in Sudan.", "supports")
    assert any(h == "Ghana" and "peace" in t for h, t in found)


def test_support_for_nothing_named_or_thanks_denied_credits_nothing() -> None:
    assert not any(h == "Egypt" for h, _ in _pairs("Sudan thanked Egypt for its continued support.", "supports"))
    found = _pairs("Chile did not thank Uruguay for its support for the trade agreement.", "supports")
    assert not any(h == "Uruguay" for h, _ in found)


def test_backing_by_ones_own_people_or_of_a_described_subject() -> None:
    found = _pairs("With the support of our lawmakers, this law protects the coast, the president of Chile said.", "supports")
    assert not any("law" in t for _, t in found)
    found = _pairs("The coalition government in Bavaria won the vote with the support of Austria.", "supports")
    assert ("Austria", "Bavaria") not in found
