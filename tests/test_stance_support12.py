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


def test_a_broker_supports_what_it_brokered() -> None:
    found = triples_of("The truce, brokered by Qatar, Egypt and Turkey, held overnight.")
    for state in ("Qatar", "Egypt", "Turkey"):
        assert has_triple(found, state, "supports", "truce")
        assert not has_triple(found, state, "proposes", "truce")
    assert has_triple(triples_of("Norway brokered a ceasefire between the two sides."), "Norway", "supports", "ceasefire")


def test_a_thing_backed_by_an_agent() -> None:
    found = triples_of("The plan, backed by Germany and France, passed the first reading.")
    assert {(h, t) for h, r, t in found if r == "supports"} == {("Germany", "plan"), ("France", "plan")}
    found = triples_of("Militias that are backed by Iran attacked the base.")
    assert has_triple(found, "Iran", "supports", "Militias")
    # near miss: a thing named by another deed of its doer states no stance of the doer
    assert not any(r == "supports" for _, r, _ in triples_of("The negotiations promoted by Lula stalled."))


def test_both_of_which_back() -> None:
    found = triples_of("Bolivia is part of a bloc with Chile and Peru (two seats), both of which back President Maria Lopez.")
    assert has_triple(found, "Chile", "supports", "Maria Lopez")
    assert has_triple(found, "Peru", "supports", "Maria Lopez")
    assert not has_triple(found, "Bolivia", "supports", "Maria Lopez")
    found = triples_of("Chile and Peru, both of which oppose the plan, left the talks.")
    assert has_triple(found, "Chile", "opposes", "plan") and has_triple(found, "Peru", "opposes", "plan")


def test_adopting_a_text_supports_it() -> None:
    found = triples_of("The Security Council adopted a resolution extending the mission in Haiti.")
    assert has_triple(found, "UN_Security_Council", "supports", "resolution")
    # near miss: adopting a manner is no stance
    assert not any(r == "supports" for _, r, _ in triples_of("Chile adopted a harsh tone toward Peru."))


def test_campaigning_in_favour_of_an_act() -> None:
    found = triples_of("The Liberal Party campaigned in favour of sending tanks to Ukraine.")
    assert has_triple(found, "Liberal_Party", "supports", "sending tanks")


def test_defending_anothers_resistance_is_no_support_of_it() -> None:
    found = triples_of("Macron defended France's resistance to the trade deal.")
    assert has_triple(found, "France", "opposes", "trade deal")
    assert not any(r == "supports" for _, r, _ in found)


def test_a_body_named_in_apposition_is_no_body_named_before() -> None:
    text = "The African Union met on Monday. The party was backed by the religious organization Rissho Koseikai."
    found = triples_of(text)
    assert has_triple(found, "Rissho_Koseikai", "supports", "party")
    assert not has_triple(found, "African_Union", "supports", "party")


def test_what_is_wanted_from_others_is_a_demand() -> None:
    assert has_triple(triples_of("Chile wants a softer statement from Peru."), "Chile", "demands", "statement")
    assert has_triple(triples_of("Bolivia wants the islands back."), "Bolivia", "demands", "islands")
    found = triples_of("The European Union wants to see an inclusive government in Syria.")
    assert has_triple(found, "European_Union", "demands", "inclusive government")
    assert not has_triple(found, "European_Union", "supports", "inclusive government")
    # near misses: wanting a good, or one's own act, supports it
    assert has_triple(triples_of("From the heart, we want peace and understanding, said Chile."), "Chile", "supports", "peace")
    assert has_triple(triples_of("Chile wants to deepen trade with Peru."), "Chile", "supports", "deepen trade")
