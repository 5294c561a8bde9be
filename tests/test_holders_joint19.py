"""Round nineteen: a joint text's later mention ("The statement called for ...") holds for each
state or body that issued it together, until a sentence with a subject of its own."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_the_statement_of_a_joint_text_is_held_by_each_issuer() -> None:
    found = triples_of(
        "Border\n\nKenya, Uganda and Tanzania issued a joint statement condemning the attack on the border post. "
        "The statement called for an immediate halt to the fighting."
    )
    for state in ("Kenya", "Uganda", "Tanzania"):
        assert has_triple(found, state, "demands", "halt")


def test_said_in_a_joint_statement_gives_the_statement_to_each_speaker() -> None:
    found = triples_of(
        "Trade\n\nBrazil, Colombia and Mexico said in a joint statement that they reject the tariffs. "
        "The statement urged the release of the detained sailors."
    )
    for state in ("Brazil", "Colombia", "Mexico"):
        assert has_triple(found, state, "demands", "release")


def test_a_new_subject_ends_the_joint_text() -> None:
    found = triples_of(
        "Border\n\nKenya, Uganda and Tanzania issued a joint statement on the attack on the border post. "
        "Somalia rejected the accusations. The statement called for an immediate halt to the fighting."
    )
    assert not any(has_triple(found, s, "demands", "halt") for s in ("Kenya", "Uganda", "Tanzania", "Somalia"))


def test_a_single_issuer_keeps_the_statement() -> None:
    found = triples_of("Plan\n\nNorway said in a statement that it rejects the plan. The statement urged new talks.")
    assert has_triple(found, "Norway", "demands", "talks")


def test_the_described_issuers_of_a_joint_text_are_each_issuer() -> None:
    found = triples_of(
        "Sea\n\nOn Wednesday, Kenya, Uganda and Tanzania issued a joint statement condemning attacks on fishing "
        "boats. The statement called for an immediate halt to the attacks.\n\nThe condemning nations warned that "
        "the militia would bear responsibility for any consequences."
    )
    for state in ("Kenya", "Uganda", "Tanzania"):
        assert has_triple(found, state, "warns", "responsibility")


def test_described_nations_without_a_joint_text_are_nobody() -> None:
    found = triples_of(
        "Sea\n\nKenya, Uganda and Tanzania sent patrol boats to the lake.\n\nThe condemning nations warned that "
        "the militia would bear responsibility for any consequences."
    )
    assert not any(has_triple(found, s, "warns", "responsibility") for s in ("Kenya", "Uganda", "Tanzania"))


def test_signatories_of_a_declaration_are_each_signer() -> None:
    found = triples_of(
        "Pact\n\nGhana, Togo and Benin signed a declaration on maritime security in Accra. The signatories "
        "called for joint patrols in the gulf."
    )
    for state in ("Ghana", "Togo", "Benin"):
        assert has_triple(found, state, "demands", "patrols")
