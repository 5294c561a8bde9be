"""Acts only owed or only intended are not done, and demand, warning and proposal forms
(extract/moods.py, extract/screens.py, extract/stances/); on sentences of our own: each form
is dropped or read, and the near form beside it is kept as it was."""

from __future__ import annotations

import pytest

from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def _relations(text: str) -> set[str]:
    return {r for _, r, _ in triples_of(text)}


def test_a_meeting_someone_will_have_to_hold_has_not_been_held() -> None:
    text = "Peru and Bolivia will have to sit down and talk with Chile, the minister said."
    assert "met_with" not in _relations(text)
    assert "met_with" in _relations("Peru and Bolivia sat down and talked with Chile, the minister said.")


def test_a_deployment_someone_must_make_has_not_been_made() -> None:
    assert "deployed_to" not in _relations("Chile must send more troops to Bolivia, the senator said.")
    assert "deployed_to" not in _relations("Chile needs to send more troops to Bolivia, the senator said.")
    assert has_triple(triples_of("Chile sent more troops to Bolivia."), "Chile", "deployed_to", "Bolivia")


def test_a_visit_someone_had_to_make_was_made() -> None:
    found = triples_of("Chilean President Ana Ruiz had to visit Lima after the flood.")
    assert any(h == "Ana_Ruiz" and r == "visited" for h, r, _ in found)


def test_a_tie_only_hoped_for_is_none_but_a_readiness_is_kept() -> None:
    assert "cooperates_with" not in _relations("Chile hopes to strengthen cooperation with Peru.")
    text = '"We hope the Peruvian side will work with Chile to deepen strategic cooperation," the Chilean minister said.'
    assert "cooperates_with" not in _relations(text)
    assert "cooperates_with" in _relations("Chile is ready to deepen ties with Peru.")


def test_initiating_proceedings_or_tariffs_proposes_nothing_but_launching_an_initiative_does() -> None:
    assert "proposes" not in _relations("Chile initiated legal proceedings against Peru over the fishing deal.")
    assert "proposes" not in _relations("The tariffs were initiated by Chile.")
    found = triples_of("Chile launched an initiative to clean the oceans.")
    assert has_triple(found, "Chile", "proposes", "clean", "oceans")


def test_telling_or_encouraging_another_to_act_demands_the_act() -> None:
    found = triples_of("Chile told Peru to withdraw its troops from the border.")
    assert has_triple(found, "Chile", "demands", "Peru", "withdraw", "troops")
    found = triples_of("Chile encouraged Peru to withdraw its troops from the border.")
    assert has_triple(found, "Chile", "demands", "Peru", "withdraw", "troops")
    assert not any(h == "Peru" for h, _, _ in found)  # the asked act is no stance of Peru's
    found = triples_of("Chile invited Peru to resume the talks on the border.")
    assert has_triple(found, "Chile", "demands", "Peru", "resume", "talks")
    found = triples_of("Chile invited Peru to join the talks on the border.")  # an offer, no demand
    assert has_triple(found, "Chile", "proposes", "Peru", "join", "talks")
    assert not any(r == "demands" for _, r, _ in found)


def test_telling_what_happened_demands_nothing() -> None:
    found = triples_of("Chile told Peru that its troops had withdrawn from the border.")
    assert not any(r == "demands" for _, r, _ in found)


def test_what_it_is_necessary_to_do_is_demanded_but_what_is_important_is_left_alone() -> None:
    found = triples_of('"It is necessary to resume talks on the border," the Chilean minister said.')
    assert has_triple(found, "Chile", "demands", "resume talks")
    found = triples_of('"It is essential for Peru to withdraw its troops," the Chilean minister said.')
    assert has_triple(found, "Chile", "demands", "Peru", "withdraw", "troops")
    assert not any(r == "supports" for _, r, _ in found)
    assert not _relations('"It is important that Peru withdraw its troops," the Chilean minister said.') & {
        "demands", "supports"}


def test_what_someone_was_told_they_must_do_is_demanded_of_them() -> None:
    found = triples_of("Chile's minister told Peru that it must withdraw its troops.")
    assert has_triple(found, "Chile", "demands", "Peru", "withdraw", "troops")
    assert not any(r == "supports" for _, r, _ in found)
    found = triples_of('"We told them that we must act," the Chilean minister said.')
    assert not any(r == "demands" for _, r, _ in found)


def test_a_stance_only_forecast_possible_or_weighed_is_not_taken() -> None:
    for text in (
        "Chile is expected to support the resolution.",
        "Chile is likely to oppose the resolution.",
        "Chile is set to oppose the resolution at the summit.",
        "Chile may oppose the resolution.",
        "Chile is considering backing the resolution.",
        "Chile might call for a ceasefire.",
    ):
        assert not _relations(text) & {"supports", "opposes", "demands"}, text
    assert "opposes" in _relations("Chile opposes the resolution.")
    assert "demands" in _relations("Chile expects Peru to withdraw its troops.")


def test_a_stance_only_on_a_condition_is_not_taken_but_a_conditional_threat_or_demand_is() -> None:
    assert "supports" not in _relations("Chile would support the plan if Peru withdrew its troops.")
    assert "supports" in _relations("Chile said it would support the plan.")
    found = triples_of('"We will respond if Peru attacks our ships," the Chilean minister said.')
    assert ("Chile", "warns") in {(h, r) for h, r, _ in found}
    assert "criticizes" not in {r for _, r, _ in found}  # "if Peru attacks" charges nothing
    text = "Chile's minister said that if Peru wanted peace, Peru would have to withdraw its troops."
    assert has_triple(triples_of(text), "Chile", "demands", "withdraw", "troops")


def test_a_command_in_a_speakers_quoted_words_is_their_demand() -> None:
    found = triples_of('"Bring the fishermen home," the Chilean minister said.')
    assert has_triple(found, "Chile", "demands", "fishermen", "home")
    found = triples_of('"Peru has seized our boats. Release the fishermen now," the Chilean minister said.')
    assert has_triple(found, "Chile", "demands", "Release", "fishermen")


def test_a_speechs_own_imperatives_and_unquoted_commands_demand_nothing() -> None:
    for text in (
        '"Let us be clear about the border," the Chilean minister said.',
        '"Imagine a world without borders," the Chilean minister said.',
        '"Thank you for your support," the Chilean minister said.',
        '"Suffice it to see how Peru treats our fishermen," the Chilean minister said.',
        "Bring the fishermen home, the Chilean newspaper wrote.",
    ):
        assert "demands" not in _relations(text), text


def test_each_stressed_object_of_need_or_importance_is_read() -> None:
    text = (
        "The Chilean minister underlined the seriousness of the situation on the border and the need "
        "for an international response to end the violence."
    )
    assert has_triple(triples_of(text), "Chile", "demands", "international response")
    found = triples_of("The Chilean minister stressed the need for dialogue and the importance of restraint.")
    assert has_triple(found, "Chile", "demands", "dialogue")
    assert has_triple(found, "Chile", "supports", "restraint")
    assert not any(r == "demands" and "seriousness" in t for _, r, t in triples_of(text))


def test_a_membership_only_wished_for_is_none() -> None:
    assert "member_of" not in _relations("Chile would like to join NATO.")
    assert "member_of" not in _relations("Chile is keen to join NATO.")
    assert "member_of" in _relations("Chile joined NATO in 2020.")


def test_a_meeting_only_on_a_condition_is_not_held() -> None:
    text = "Chilean President Ana Ruiz would meet Peruvian President Luis Vega if the talks succeed."
    assert "met_with" not in _relations(text)
    text = "Chilean President Ana Ruiz met Peruvian President Luis Vega in Lima after the talks succeeded."
    assert "met_with" in _relations(text)


def test_an_act_done_at_someones_request_is_their_demand() -> None:
    found = triples_of("At the request of the Chilean side, an observer mission was promptly formed.")
    assert has_triple(found, "Chile", "demands", "observer mission")
    found = triples_of("Peru withdrew its boats from the river at the request of Chile.")
    assert has_triple(found, "Chile", "demands", "withdrew", "boats")
    assert not any(r == "demands" and "request" in t for _, r, t in found)


def test_an_act_not_done_at_a_request_or_a_request_owned_by_no_one_demands_nothing() -> None:
    assert "demands" not in _relations("Peru did not withdraw its boats at Chile's request.")
    assert "demands" not in _relations("An observer mission was formed at the request.")


def test_instructions_given_to_another_to_act_are_a_demand() -> None:
    found = triples_of("Chile's president gave Peru instructions to remove its troops by March.")
    assert has_triple(found, "Chile", "demands", "remove", "troops")
    assert "demands" not in _relations("The troops followed instructions from their commanders.")
