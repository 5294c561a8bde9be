"""Round fourteen's cooperation: a pact reached, struck or secured with a partner, a pact named with
the one who signed it in a relative clause, and partners "in coalition" or "in alliance" with each
other (CONVENTIONS.md: parties to a pact cooperate). Behaviour on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import pairs_of

pytestmark = pytest.mark.model


def _paired(found: set[tuple[str, str]], a: str, b: str) -> bool:
    return (a, b) in found or (b, a) in found


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The International Monetary Fund has reached a staff-level agreement with Lebanon on a loan.",
         ("IMF", "Lebanon")),
        ("Argentina secured a new financing deal with the International Monetary Fund on Tuesday.",
         ("Argentina", "IMF")),
        ("Kenya struck a trade deal with Ethiopia last week.", ("Kenya", "Ethiopia")),
        ("The agreement the Italian government signed with Albania drew criticism from rights groups.",
         ("Italy", "Albania")),
        ("Mali fought in alliance with Niger against the rebels in the north.", ("Mali", "Niger")),
        ("The Greens, who are in coalition with the SPD, blocked the bill.",
         ("Greens", "Social_Democratic_Party_of_Germany")),  # the SPD of ontology/parties.toml
    ],
)
def test_a_pact_reached_or_a_coalition_joined_is_cooperation(text: str, pair: tuple[str, str]) -> None:
    assert _paired(pairs_of(text, "cooperates_with"), *pair)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Kenya did not reach an agreement with Ethiopia on the border.", ("Kenya", "Ethiopia")),
        ("If Argentina secures a deal with the International Monetary Fund, markets will rally.",
         ("Argentina", "IMF")),
        ("Kenya hopes to strike a trade deal with Ethiopia next year.", ("Kenya", "Ethiopia")),
        ("Will Mali fight in alliance with Niger against the rebels?", ("Mali", "Niger")),
        # reaching a place or a verdict is no pact
        ("Kenya reached a verdict with Ethiopia watching closely.", ("Kenya", "Ethiopia")),
    ],
)
def test_a_pact_denied_hoped_for_or_asked_about_is_none(text: str, pair: tuple[str, str]) -> None:
    assert not _paired(pairs_of(text, "cooperates_with"), *pair)
