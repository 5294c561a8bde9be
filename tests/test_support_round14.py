"""Round fourteen's support: weight given to a thing ("attaches great importance to X", "places
emphasis on X", "gives priority to X") and an owner's respect for a thing ("Iran's respect for
Lebanon's sovereignty") support it (CONVENTIONS.md: backs, is committed to, defends). Behaviour on
sentences of our own."""

from __future__ import annotations

import pytest
from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, holder, words",
    [
        ("Turkey attaches great importance to the restoration of calm in the region.", "Turkey",
         ("restoration", "calm")),
        ("Ecuador places strong emphasis on regional integration.", "Ecuador", ("integration",)),
        ("Colombia gives priority to the fight against poverty.", "Colombia", ("fight", "poverty")),
        ("The minister expressed Iran's respect for Lebanon's sovereignty.", "Iran", ("sovereignty",)),
    ],
)
def test_weight_given_or_respect_owned_is_support(text: str, holder: str, words: tuple[str, ...]) -> None:
    assert has_triple(triples_of(text), holder, "supports", *words)


@pytest.mark.parametrize(
    "text, holder, word",
    [
        ("Turkey does not attach much importance to the restoration of calm in the region.", "Turkey", "calm"),
        ("Turkey attaches no importance to the restoration of calm in the region.", "Turkey", "calm"),
        ("If Ecuador placed more emphasis on regional integration, trade would grow.", "Ecuador", "integration"),
        ("Does Colombia give priority to the fight against poverty?", "Colombia", "poverty"),
        # respect with no owner is no stance of anyone
        ("With respect to Lebanon's sovereignty, Iran said nothing new.", "Iran", "sovereignty"),
    ],
)
def test_weight_denied_supposed_or_asked_is_no_support(text: str, holder: str, word: str) -> None:
    assert not has_triple(triples_of(text), holder, "supports", word)
