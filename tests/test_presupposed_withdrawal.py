"""A withdrawal of forces takes for granted that the forces are there, whatever its mood."""

from conftest import has_triple, triples_of


def test_a_demanded_withdrawal_tells_the_forces_are_there() -> None:
    text = "Troops\n\nMoldova demanded that Russia withdraw its troops from Transnistria."
    found = triples_of(text)
    assert has_triple(found, "Russia", "deployed_to", "Transnistria")
    assert has_triple(found, "Moldova", "demands", "withdraw")


def test_an_owed_or_planned_withdrawal_tells_the_forces_are_there() -> None:
    assert has_triple(triples_of("Troops\n\nRussia must withdraw its troops from Georgia, the minister said."),
                      "Russia", "deployed_to", "Georgia")
    assert has_triple(triples_of("Troops\n\nThe US announced plans to withdraw all American troops from Afghanistan."),
                      "United_States", "deployed_to", "Afghanistan")


def test_a_planned_sending_is_still_no_deployment() -> None:
    found = triples_of("Troops\n\nFrance plans to send troops to Niger next year, the minister said.")
    assert not has_triple(found, "France", "deployed_to", "Niger")
