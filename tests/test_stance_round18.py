"""Round eighteen: stances that no rule proposed, on sentences of our own: an actor said not to
be trusted (criticized) and a refused act that needs no object (rejected)."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_an_actor_said_not_to_be_trusted_is_criticized() -> None:
    found = _found(
        "“Ivan Petrov cannot be trusted,” Peruvian President Ana Vela said. "
        "Spain said that Morocco can never be believed."
    )
    assert _has(found, "Peru", "criticizes", "Ivan Petrov")
    assert _has(found, "Spain", "criticizes", "Morocco")


def test_trust_with_an_agent_a_condition_or_no_actor_criticizes_no_one() -> None:
    for text in (
        "Ivan Petrov could not be trusted by voters, Peruvian President Ana Vela said.",
        "If Chile cannot be trusted, Peru will act, Peruvian President Ana Vela said.",
        "Peruvian President Ana Vela said the figures cannot be trusted.",
        "Peruvian President Ana Vela said Ivan Petrov can be trusted.",
    ):
        assert not any(r == "criticizes" for _, r, _ in _found(text)), text


def test_a_refused_act_that_needs_no_object_is_rejected() -> None:
    found = _found(
        "Peruvian President Ana Vela said Peru is not going to participate in this war. "
        "“I will not resign,” Chilean President Jorge Ruiz said."
    )
    assert _has(found, "Peru", "rejects", "participate in this war")
    assert _has(found, "Jorge_Ruiz", "rejects", "resign")


def test_an_act_going_ahead_or_a_forecast_is_no_refusal() -> None:
    for text in (
        "Peruvian President Ana Vela said Peru is going to participate in the summit.",
        "Peruvian President Ana Vela said the economy will not grow this year.",
        "Peruvian President Ana Vela said Peru will not talk unless Chile withdraws.",
        "Peruvian President Ana Vela said Peru will not attend because it was not consulted.",
    ):
        assert not any(r == "rejects" for _, r, _ in _found(text)), text


def test_signing_onto_a_bill_supports_it() -> None:
    found = _found("Senator Ana Vela and Senator Jorge Ruiz have signed onto the Peru sanctions bill.")
    assert _has(found, "Ana_Vela", "supports", "sanctions bill")
    assert _has(found, "Jorge_Ruiz", "supports", "sanctions bill")
