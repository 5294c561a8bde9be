"""Members an organisation admits and bodies joined through a relative pronoun (round fourteen):
"BRICS admitted Egypt and Iran", "BRICS, which Egypt joined last year". Behaviour on sentences of
our own (the rules' own candidates, every one kept)."""

from __future__ import annotations

from conftest import pairs_of


def _members(text: str) -> set[tuple[str, str]]:
    return pairs_of(text, "member_of")


def test_the_states_an_organisation_admits_are_its_members() -> None:
    assert _members("Last year BRICS admitted Egypt, Ethiopia and Iran.") >= {
        ("Egypt", "BRICS"), ("Ethiopia", "BRICS"), ("Iran", "BRICS")}
    assert ("Finland", "NATO") in _members("NATO admitted Finland in 2023.")


def test_a_body_joined_through_which_is_the_relative_clause_head() -> None:
    assert ("Egypt", "BRICS") in _members("BRICS, which Egypt joined last year, met in Kazan.")


def test_no_membership_from_an_admission_to_come_refused_or_of_a_thing() -> None:
    assert not _members("NATO will admit Finland next year.")
    assert not _members("NATO refused to admit Ukraine.")
    assert ("Timor_Leste", "ASEAN") not in _members("ASEAN agreed to admit Timor-Leste.")
    assert not _members("The summit admitted that Egypt was right.")
    assert not _members("BRICS, which Egypt wants to join, met in Kazan.")
