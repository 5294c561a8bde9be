"""Round sixteen's deployments and cooperation: a military deployment noun in a place, an invasion
owned by "its", a war of aggression "with" a state; pacts signed (ceasefires, documents, a
passive signing), a deal announced, an ally so called, coalition partners listed. Behaviour on
sentences of our own (the whole reading, with the rules' own confidences)."""

from __future__ import annotations

import pytest
from conftest import has_triple, pairs_of, triples_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Russia's continued military deployments in and near Georgia worry Kazakhstan.", ("Russia", "Georgia")),
        ("Kenya warned of a military buildup by the US Navy near Somalia.", ("United_States", "Somalia")),
        ("Ruto maintains a massive military deployment in Somalia.", ("Kenya", "Somalia")),
        ("Kenya condemned the concentration of Russian weaponry and military forces in Crimea.", ("Russia", "Crimea")),
        ("Kenya welcomed the deployment of Rwandan troops in Mozambique.", ("Rwanda", "Mozambique")),
        ("Moscow launched its invasion of Georgia in 2008.", ("Russia", "Georgia")),
        ("Units from the Russian contingent were deployed to Chad on Monday.", ("Russia", "Chad")),
        ("Kazakhstan condemned Russia's brutal war of aggression with Georgia.", ("Russia", "Georgia")),
    ],
)
def test_a_deployment_told_by_a_noun(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs_of(text, "deployed_to")


def test_troop_deployments_along_a_border_are_the_subjects() -> None:
    found = triples_of("Thailand increased troop deployments along the border with Laos.")
    assert has_triple(found, "Thailand", "deployed_to", "border")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya opposed the planned military deployment in Somalia.",
        "Kenya does not maintain a military deployment in Somalia.",
        "Kenya welcomed Huawei's deployment of 5G networks in Somalia.",
        "Kazakhstan fears Russia could launch its invasion of Georgia.",
        "Kenya hoped Israel would not use the truce to escalate its military operation in Gaza.",
        "Units from the Russian contingent were not deployed to Chad.",
    ],
)
def test_no_deployment_planned_denied_civilian_or_only_feared(text: str) -> None:
    assert not pairs_of(text, "deployed_to")


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Thailand and Laos had signed a ceasefire earlier in July.", ("Thailand", "Laos")),
        ("Kenya and Uganda inked milestone documents on Monday.", ("Kenya", "Uganda")),
        ("A free trade agreement between Kenya and Iran was signed on Monday.", ("Kenya", "Iran")),
        ("Kenya announced a long-term contract with Qatar for gas.", ("Kenya", "Qatar")),
        ("Kenya and Japan announced a deal today.", ("Kenya", "Japan")),
        ("Kenya formed a coalition with Uganda against the rebels.", ("Kenya", "Uganda")),
        ("Kyrgyzstan considers Moscow a strategic ally.", ("Kyrgyzstan", "Russia")),
        ("Fiji defended its security deal with China.", ("Fiji", "China")),
        ("Italy's agreement with Albania could serve as a model.", ("Italy", "Albania")),
    ],
)
def test_cooperation_by_a_pact_a_deal_or_an_ally_so_called(text: str, pair: tuple[str, str]) -> None:
    found = pairs_of(text, "cooperates_with")
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "A free trade agreement between Kenya and Iran could be signed next year.",
        "Kenya and Uganda will sign documents next week.",
        "Kyrgyzstan does not consider Moscow an ally.",
        "Britain is negotiating its trade deal with the EU.",
        "Kenya could sign its trade deal with the EU.",
        "Kenya criticized Britain's planned agreement with Rwanda.",
        "Chad has ended its defence pact with France.",
    ],
)
def test_no_cooperation_from_a_pact_to_come_or_an_ally_denied(text: str) -> None:
    assert not pairs_of(text, "cooperates_with")


def test_coalition_partners_listed_work_with_each_other() -> None:
    text = "The coalition partners, the conservative VVD, the centrist NSC and the farmers' party BBB, met."
    found = {frozenset(p) for p in pairs_of(text, "cooperates_with")}
    assert frozenset({"People_s_Party_for_Freedom_and_Democracy", "New_Social_Contract"}) in found
    assert frozenset({"New_Social_Contract", "Farmer_Citizen_Movement"}) in found
