"""Stances with no candidate before (round thirteen), on text of our own: grievances over a thing,
acts voted for or against, funding stopped, blame held, accusations traded."""

from __future__ import annotations

import pytest
from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_a_grievance_over_a_thing_opposes_it() -> None:
    found = triples_of("Brazil expressed frustration over the new tariffs.")
    assert has_triple(found, "Brazil", "opposes", "tariffs")
    found = triples_of("Germany's anger over the cuts grew.")
    assert has_triple(found, "Germany", "opposes", "cuts")


def test_concern_over_a_thing_or_a_grievance_over_a_time_is_no_opposition() -> None:
    # "concern over" may be care: no grievance of its own (a good is cared for either way)
    found = triples_of("Germany expressed concern over the stability of the region.")
    assert not any(h == "Germany" and r == "opposes" for h, r, _ in found)
    found = triples_of("France has voiced frustration over the past decade.")
    assert not any(h == "France" and "decade" in t for h, _, t in found)


def test_an_act_voted_for_is_supported() -> None:
    found = triples_of("The Israeli cabinet voted unanimously to close the offices of the broadcaster.")
    assert has_triple(found, "Israel", "supports", "close the offices")
    found = triples_of("The Spanish parliament voted to hold the election on December 15.")
    assert has_triple(found, "Parliament_of_Spain", "supports", "hold the election")


def test_a_vote_denied_supposed_or_in_a_poll_states_nothing() -> None:
    assert not any(r == "supports" for _, r, _ in triples_of("Norway did not vote to extend the mission."))
    assert not any(r == "supports" for _, r, _ in triples_of("Norway may vote to extend the mission."))
    assert not any(r == "supports" for _, r, _ in triples_of("Norway voted in the referendum on Sunday."))
    # the inner cue speaks for itself: no support of the rejecting
    found = triples_of("The Security Council voted to reject the proposal.")
    assert has_triple(found, "UN_Security_Council", "rejects", "proposal")
    assert not any(r == "supports" for _, r, _ in found)


def test_a_text_voted_against_in_a_relative_clause() -> None:
    found = triples_of("The migration pact, which Poland and Hungary voted against, will take effect next year.")
    assert has_triple(found, "Poland", "opposes", "migration pact")
    assert has_triple(found, "Hungary", "opposes", "migration pact")
    assert not any(r == "supports" for _, r, _ in found)


def test_funding_stopped_opposes_the_funding() -> None:
    found = triples_of("The United States and Canada have stopped funding the agency.")
    assert has_triple(found, "United_States", "opposes", "funding the agency")
    assert has_triple(found, "Canada", "opposes", "funding the agency")
    assert not any(r == "supports" for _, r, _ in found)


def test_support_ceased_or_not_stopped_is_no_support_given_up_wrongly() -> None:
    assert not any(r == "supports" for _, r, _ in triples_of("Germany ceased backing the rebels last year."))
    found = triples_of("Japan did not stop funding the agency.")
    assert not any(r == "opposes" for _, r, _ in found)


def test_held_responsible_criticizes() -> None:
    found = triples_of("Pakistan held India responsible for the bombing.")
    assert has_triple(found, "Pakistan", "criticizes", "India")
    found = triples_of("Iran holds the United States responsible for the attack.")
    assert has_triple(found, "Iran", "criticizes", "United States")


def test_held_responsible_denied_or_foretold_states_no_blame() -> None:
    assert not any(r == "criticizes" for _, r, _ in triples_of("Pakistan did not hold India responsible for the bombing."))
    assert not any(r == "criticizes" for _, r, _ in triples_of("Israel will hold Hamas responsible for any attack."))
    assert not any(r == "criticizes" for _, r, _ in triples_of("The two leaders held talks in Beijing."))


def test_accused_each_other_with_the_charge_hung_on_other() -> None:
    found = triples_of("Kyrgyzstan and Tajikistan have accused each other of escalating tensions.")
    assert has_triple(found, "Kyrgyzstan", "criticizes", "Tajikistan")
    assert has_triple(found, "Tajikistan", "criticizes", "Kyrgyzstan")
    assert not triples_of("Kyrgyzstan and Tajikistan have not accused each other of escalating tensions.") & found


def test_voters_listed_after_among_keep_the_text_voted_on() -> None:
    found = triples_of(
        "The OAS Permanent Council approved a resolution on Venezuela presented by Chile. "
        "Among the countries that voted in favor were Ecuador, Canada and Brazil."
    )
    for state in ("Ecuador", "Canada", "Brazil"):
        assert has_triple(found, state, "supports", "resolution")
        assert not has_triple(found, state, "supports", "countries")


def test_ending_a_pact_rejects_it() -> None:
    found = triples_of("Chad's government has ended its defence cooperation pact with France.")
    assert has_triple(found, "Chad", "rejects", "pact")
    found = triples_of("Ecuador terminated the trade agreement with Peru.")
    assert has_triple(found, "Ecuador", "rejects", "agreement")


def test_ending_a_pact_denied_or_ending_something_else_rejects_nothing() -> None:
    assert not any(r == "rejects" for _, r, _ in triples_of("Chad did not end its defence pact with France."))
    assert not any(r == "rejects" for _, r, _ in triples_of("Chad may end its defence pact with France."))
    assert not any(r == "rejects" for _, r, _ in triples_of("Chad ended the curfew in the capital."))


def test_a_stance_against_a_thing_opposes_it() -> None:
    found = triples_of("Lebanon reiterated its stance against foreign interference.")
    assert has_triple(found, "Lebanon", "opposes", "foreign interference")
    found = triples_of("Hungary's position against the sanctions has not changed.")
    assert has_triple(found, "Hungary", "opposes", "sanctions")
    # near miss: a stance on a thing says nothing of which side
    assert not any(r == "opposes" for _, r, _ in triples_of("Mexico took a stance on the tariffs."))


def test_joining_another_in_a_stance_holds_it() -> None:
    found = triples_of("The United States joined Russia in opposing the resolution.")
    assert has_triple(found, "United_States", "opposes", "resolution")
    found = triples_of("Germany did not join France in condemning the attack.")
    assert not any(h == "Germany" and r in {"opposes", "criticizes"} for h, r, _ in found)


def test_backing_given_to_a_thing_supports_it() -> None:
    found = triples_of("Kenya gave its full backing to the peace plan.")
    assert has_triple(found, "Kenya", "supports", "peace plan")
    found = triples_of("Kenya gave its full support to the peace plan.")
    assert has_triple(found, "Kenya", "supports", "peace plan")
    # near miss: backing withheld
    assert not any(r == "supports" for _, r, _ in triples_of("Kenya gave no backing to the peace plan."))


def test_an_own_act_said_not_to_come_is_refused() -> None:
    found = triples_of('"Kenya will not cede an inch of its territory," the minister said.')
    assert has_triple(found, "Kenya", "rejects", "cede an inch of its territory")
    found = triples_of("Panama said it would not renew the economic cooperation agreement with China.")
    assert has_triple(found, "Panama", "rejects", "renew the economic cooperation agreement")


def test_a_forecast_a_supposition_or_an_idle_verb_refuses_nothing() -> None:
    assert not any(r == "rejects" for _, r, _ in triples_of("Kenya will not host the summit this year."))
    found = triples_of("If Iran would not pay the debt, the deal would collapse, Germany said.")
    assert not any(r == "rejects" for _, r, _ in found)
    found = triples_of('"Israel will not lift the blockade unless Hamas frees the hostages," Netanyahu said.')
    assert not any(r == "rejects" for _, r, _ in found)
    assert not any(r == "rejects" for _, r, _ in triples_of('"We will not sign this," Vucic said.'))
    found = triples_of('"We will never forget China\'s support," Serbia said.')
    assert not any(r == "rejects" for _, r, _ in found)
    # the act's own cue speaks: "will not accept" is read by it, not as a refused act
    found = triples_of("Ukraine said it would not accept the annexation of Crimea.")
    assert has_triple(found, "Ukraine", "rejects", "annexation")
    assert not has_triple(found, "Ukraine", "rejects", "accept")
