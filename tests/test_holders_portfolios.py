"""A holder named after a title with its portfolio: "UN High Commissioner for Refugees Filippo
Grandi welcomed ...", which the parser reads as a commissioner for a person (context/portfolios.py)."""

from __future__ import annotations

from conftest import has_triple, triples_of


def _holders(text: str, relation: str) -> set[str]:
    return {h for h, r, _ in triples_of(text) if r == relation}


def test_the_person_after_a_portfolio_title_holds_the_stance() -> None:
    text = (
        "Envoy speaks in Geneva\n\n"
        "UN High Commissioner for Refugees Filippo Grandi welcomed the ceasefire agreement on Monday."
    )
    assert has_triple(triples_of(text), "Filippo_Grandi", "supports", "ceasefire agreement")


def test_a_portfolio_title_before_a_name_calls_for_release() -> None:
    text = (
        "Rights chief speaks\n\n"
        "U.N. High Commissioner for Human Rights Michelle Bachelet is calling for the immediate release "
        "of the detained journalists."
    )
    assert has_triple(triples_of(text), "Michelle_Bachelet", "demands", "release")


def test_a_portfolio_that_names_no_person_gives_no_holder() -> None:
    text = (
        "Refugee chief speaks\n\n"
        "UN High Commissioner for Refugees welcomed the ceasefire agreement on Monday."
    )
    assert not any(h.endswith("Refugees") or "Commissioner" in h for h in _holders(text, "supports"))
    assert "Filippo_Grandi" not in _holders(text, "supports")


def test_a_person_set_beside_a_portfolio_title_holds_the_stance() -> None:
    text = (
        "Refugee chief speaks\n\n"
        "The UN High Commissioner for Refugees, Filippo Grandi, welcomed the ceasefire agreement on Monday."
    )
    assert has_triple(triples_of(text), "Filippo_Grandi", "supports", "ceasefire agreement")
