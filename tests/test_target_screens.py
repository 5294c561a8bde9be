"""Targets a careful reader would not write down, on sentences of our own: the speaker's own
person, words that only point, the stance's own word; and a title named with its holder or
abbreviated ("FM") read as who holds it."""

from __future__ import annotations

import pytest

from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_the_speaker_is_no_target_of_the_state_they_speak_for() -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren said that the president of Bolivia, Luis Arce, is beating "
        "the drums of war and is threatening the peace of South America, violating the regional declaration of "
        "the continent being a zone of peace."
    )
    found = triples_of(text)
    assert not any(h == "Chile" and "Klaveren" in t for h, _, t in found)


def test_a_title_with_its_holder_beside_it_is_that_holder() -> None:
    text = "Colombian Vice President Francia Márquez said that the president of Ecuador, Daniel Noboa, is threatening the peace of the region."
    found = triples_of(text)
    assert has_triple(found, "Colombia", "criticizes", "Noboa")
    assert not any(h == "Colombia" and r == "criticizes" and "Márquez" in t for h, r, t in found)


def test_an_abbreviated_foreign_minister_is_of_his_state() -> None:
    found = triples_of("Chile condemns Peruvian FM's remarks on the border.")
    assert has_triple(found, "Chile", "criticizes", "Peru")
    assert not any(r == "criticizes" and t == "FM" for _, r, t in found)


def test_words_that_only_point_name_no_target() -> None:
    found = triples_of("“We all know what the answer is: a ceasefire,” the Spanish minister insisted.")
    assert not any(t.startswith("We") for _, _, t in found)
    headline = triples_of("‘We want them back’: Bolivia declares plan to ‘recover’ its coastline from Chile")
    assert not any(t.startswith("them") for _, _, t in headline)
    # a pronoun with what it is about still names something (wanted back: asked of others, round twelve)
    assert has_triple(triples_of("Ireland wants the paintings back, the prime minister said."), "Ireland", "demands", "paintings")


def test_gratitude_for_support_supports_nothing_named() -> None:
    found = triples_of("Georgia is grateful for the support and excited to continue our journey.")
    assert not any(t == "support" for _, _, t in found)
    assert has_triple(triples_of("Georgia welcomed the support for its EU membership."), "Georgia", "supports", "support for its EU membership")


def test_a_state_in_a_condition_wanted_is_an_issue() -> None:
    found = triples_of("Lula advocates a ‘neutral’ Brazil amid great power rivalry.")
    assert ("Lula_da_Silva", "supports", "neutral Brazil") in found
    assert has_triple(triples_of("Germany supports a free and democratic Belarus."), "Germany", "supports", "free and democratic Belarus")
    # an adjective that only describes leaves the actor as it is
    assert ("Poland", "criticizes", "Belarus") in triples_of("Poland criticized neighbouring Belarus.")
    # one's own state in a condition is no stance of one's own
    text = "Chile highly appreciates and values the US's affirmation of its support for a \"strong, independent, and prosperous\" Chile."
    own = triples_of(text)
    assert not any(h == "Chile" and t.startswith("strong") for h, _, t in own)
    assert has_triple(own, "Chile", "supports", "US's affirmation")


def test_an_act_keeps_the_purpose_it_is_for() -> None:
    found = triples_of("India and China agreed on the need to give strong guidance to complete the withdrawal process.")
    assert has_triple(found, "India", "supports", "strong guidance to complete the withdrawal process")
    assert has_triple(found, "China", "demands", "give strong guidance to complete the withdrawal process")
    # a purpose read once, though two readings find it
    asked = triples_of("Germany urged its partners to come together to reach a deal on climate finance.")
    assert ("Germany", "demands", "partners come together to reach a deal on climate finance") in asked


def test_a_judgement_alone_names_no_attitude() -> None:
    assert not any("attitude" in t for _, _, t in triples_of("Kenya will always uphold a just and objective attitude on the matter."))


def test_an_actor_put_forward_is_backed_in_its_standing() -> None:
    found = triples_of("The European Commission recommended Moldova for EU candidate status.")
    assert ("European_Commission", "supports", "Moldova for EU candidate status") in found
    assert ("France", "supports", "Senegal") in triples_of("France recommended Senegal.")


def test_a_headline_verb_beside_an_office_is_no_name() -> None:
    found = triples_of("Kishida Meets Chinese Foreign Minister, Pushes for ‘Complete Withdrawal’ in Eastern Region")
    assert not any(t == "Pushes" for _, _, t in found)


def test_what_a_possessor_owns_across_a_quotation_mark_is_condemned_too() -> None:
    text = "Argentina condemned Iran’s “strikes on civilian homes” in Iraq, as well as Tehran’s decision to leave the nuclear accord."
    found = triples_of(text)
    assert ("Argentina", "criticizes", "Iran") in found
    assert has_triple(found, "Argentina", "opposes", "Iran’s strikes on civilian homes")
    assert has_triple(found, "Argentina", "opposes", "decision to leave the nuclear accord")
