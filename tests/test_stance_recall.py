"""Stances real reporting states in ways the verb cues missed, on text of our own: votes,
stressed needs and importances, asking someone to act, and bodies speaking through their members."""

from __future__ import annotations

import pytest

from conftest import has_triple as _has
from conftest import triples_of as _found

pytestmark = pytest.mark.model


def test_a_vote_in_favour_supports_and_a_vote_against_opposes_the_text_put_to_the_vote() -> None:
    text = (
        "The assembly debated a Brazilian draft resolution on fishing rights.\n\n"
        "Six states -- Peru, Chile, Mexico -- voted in favour. Three members -- Canada, Norway and "
        "Japan -- voted against it."
    )
    found = _found(text)
    assert _has(found, "Peru", "supports", "resolution")
    assert _has(found, "Mexico", "supports", "resolution")
    assert _has(found, "Norway", "opposes", "resolution")
    assert _has(found, "Japan", "opposes", "resolution")
    assert not _has(found, "Peru", "opposes", "resolution")


def test_a_vote_on_no_text_named_states_nothing() -> None:
    assert not any(r in {"supports", "opposes"} for _, r, _ in _found("Peru and Chile voted against."))


def test_stressing_a_need_demands_it_and_an_importance_supports_it() -> None:
    found = _found(
        "The Security Council stressed the need for an immediate ceasefire. "
        "China underlined the importance of the peace talks in Doha."
    )
    assert _has(found, "UN_Security_Council", "demands", "ceasefire")
    assert _has(found, "China", "supports", "peace talks")


def test_a_need_not_stressed_is_no_demand() -> None:
    assert not _found("Japan did not stress the need for new sanctions.")


def test_encouraging_someone_to_act_demands_the_act() -> None:
    found = _found("Germany encouraged Serbia to resume the dialogue with Kosovo.")
    assert _has(found, "Germany", "demands", "resume the dialogue")
    assert not _has(found, "Germany", "supports", "Serbia")


def test_encouraging_a_thing_still_supports_it() -> None:
    assert _has(_found("Germany encouraged the dialogue with Kosovo."), "Germany", "supports", "dialogue")


def test_an_adverb_between_addressee_and_asked_act() -> None:
    assert _has(_found("Austria called on Iran to swiftly release the prisoners."), "Austria", "demands", "release")


def test_the_members_of_a_body_speak_for_it() -> None:
    found = _found("The members of the Security Council condemned the attack on the convoy.")
    assert _has(found, "UN_Security_Council", "opposes", "attack")  # an issue: sg:criticizes takes an actor


def test_some_members_of_a_body_do_not_speak_for_it() -> None:
    found = _found("Several members of the Security Council condemned the attack on the convoy.")
    assert not any(h == "UN_Security_Council" for h, _, _ in found)


def test_being_ready_to_act_supports_the_act_and_ready_to_help_offers_it() -> None:
    found = _found("Kenya is ready to hold talks with Somalia on the border. Egypt is willing to mediate between them.")
    assert _has(found, "Kenya", "supports", "talks with Somalia")
    assert _has(_found("Norway is ready to assist Sudan with food aid."), "Norway", "proposes", "assist Sudan")


def test_ready_to_strike_is_no_support() -> None:
    assert not any(r == "supports" for _, r, _ in _found("Iran is ready to strike the bases."))


def test_a_call_for_someone_to_act_demands_the_act() -> None:
    found = _found("Spain repeated its call for Morocco to reopen the border crossings.")
    assert _has(found, "Spain", "demands", "reopen the border")


def test_everyone_accused_in_a_long_sentence_is_criticized() -> None:
    text = (
        "Iran accused Germany, France, and Britain of undermining the deal after ministers of the "
        "three European countries announced new measures on shipping."
    )
    found = _found(text)
    for accused in ("Germany", "France", "United Kingdom"):
        assert _has(found, "Iran", "criticizes", accused)


def test_we_the_prime_ministers_of_states_speak_for_them() -> None:
    text = (
        "We, the Prime Ministers of Norway, Sweden and Finland, met in Oslo today. "
        "We call on Belarus to release all political prisoners."
    )
    found = _found(text)
    assert any(h in {"Norway", "Sweden", "Finland"} and r == "demands" and "release" in t for h, r, t in found)


def test_agreeing_to_refrain_from_an_act_opposes_it() -> None:
    found = _found("Serbia and Kosovo agreed to refrain from unilateral actions in the north.")
    assert _has(found, "Serbia", "opposes", "unilateral actions")
    assert not any(r == "supports" for _, r, _ in found)


def test_an_actor_backed_thing_is_supported_by_the_actor() -> None:
    found = _found("Clashes broke out between the army and a Turkey-backed militia after the Qatar-brokered truce collapsed.")
    assert _has(found, "Turkey", "supports", "militia")
    assert _has(found, "Qatar", "supports", "truce")


def test_a_hyphenated_word_that_names_no_actor_backs_nothing() -> None:
    assert not any(r == "supports" for _, r, _ in _found("The nuclear-armed state tested a missile."))


def test_recognizing_a_principle_supports_it_and_planning_an_act_supports_it() -> None:
    found = _found("Honduras recognizes the one-China principle. Russia plans to revoke its ratification of the treaty.")
    assert _has(found, "Honduras", "supports", "one-China principle")
    assert _has(found, "Russia", "supports", "revoke its ratification")


def test_recognizing_that_something_is_so_supports_nothing() -> None:
    assert not any(r == "supports" for _, r, _ in _found("Japan recognizes that the talks will be difficult."))


def test_a_boycott_opposes_what_is_boycotted() -> None:
    assert _has(_found("Lithuania will boycott the summit in Minsk."), "Lithuania", "opposes", "summit")


def test_concern_voiced_in_a_statement_is_about_what_the_statement_names() -> None:
    found = _found("Canada expressed concern in a statement about the arrests of journalists in Hong Kong.")
    assert _has(found, "Canada", "opposes", "arrests of journalists")
    assert not any("statement" in t for _, _, t in found)


def test_an_actor_drafted_text_is_proposed_by_the_actor() -> None:
    found = _found("The Council rejected a French-drafted resolution on the Sahel.")
    assert _has(found, "France", "proposes", "resolution on the Sahel")
