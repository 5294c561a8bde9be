"""supports on text of our own (round twelve): tariffs imposed are read as sanctions are."""

from __future__ import annotations

import pytest
from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_tariffs_imposed_by_a_state_are_its_support() -> None:
    found = triples_of("Ottawa imposed a 20 percent tariff on Brazilian beef on Monday.")
    assert has_triple(found, "Canada", "supports", "tariff", "Brazilian beef")


def test_tariffs_put_on_imports_name_the_imports() -> None:
    found = triples_of("Brazil signed a decree putting 30% tariffs on imports from Argentina and Chile.")
    assert has_triple(found, "Brazil", "supports", "tariffs", "Argentina")


def test_an_owners_tariff_hikes() -> None:
    found = triples_of("Canada's tariff hikes on Chinese steel angered Beijing.")
    assert has_triple(found, "Canada", "supports", "tariff", "Chinese steel")


def test_tariffs_only_threatened_or_condemned_are_no_support() -> None:
    assert not any(
        r == "supports" for _, r, _ in triples_of("The threat of Canadian tariffs on Brazilian beef worried farmers.")
    )
    found = triples_of("Brazil condemned the Canadian tariffs on beef.")
    assert not has_triple(found, "Canada", "supports", "tariffs")
    assert not has_triple(found, "Brazil", "supports", "tariffs")
