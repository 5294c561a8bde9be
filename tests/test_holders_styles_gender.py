"""Holders of round fourteen, second pass: "he" and "she" never land on a person whose given name
the lexicon knows as the other gender's (a veto, never a guess); a style of address ("His
Majesty", "His Excellency") is no actor: it stands for the person the text named with it, else
the ruler last named, else nobody; and it is no word of the office it precedes."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_she_is_not_the_man_named_last() -> None:
    text = (
        "Talks resume\n\nThe envoy Maria Santos met the delegation on Tuesday. President Peter Kowalski "
        "arrived later. \"We condemn the blockade,\" she said."
    )
    found = triples_of(text)
    assert not has_triple(found, "Peter_Kowalski", "opposes", "blockade")


def test_she_after_a_man_alone_holds_nothing() -> None:
    text = "Talks resume\n\nPresident Peter Kowalski arrived on Tuesday. She condemned the blockade of the port."
    found = triples_of(text)
    assert not any(r == "opposes" for _, r, _ in found)


def test_he_after_the_man_still_holds() -> None:
    text = "Talks resume\n\nPresident Peter Kowalski arrived on Tuesday. He condemned the blockade of the port."
    assert has_triple(triples_of(text), "Peter_Kowalski", "opposes", "blockade of the port")


def test_she_after_the_woman_still_holds() -> None:
    text = "Talks resume\n\nPresident Maria Kowalska arrived on Tuesday. She condemned the blockade of the port."
    assert has_triple(triples_of(text), "Maria_Kowalska", "opposes", "blockade of the port")


def test_his_majesty_is_the_king_named_before() -> None:
    text = "King visits\n\nKing Abdullah II met envoys on Sunday. His Majesty condemned the strikes on Gaza."
    found = triples_of(text)
    assert has_triple(found, "Abdullah_II", "opposes", "strikes on Gaza")
    assert not any(h == "Majesty" for h, _, _ in found)


def test_his_majesty_is_the_person_named_with_it_not_the_last_named() -> None:
    text = (
        "King visits\n\nHis Majesty King Abdullah II met envoys on Sunday. Foreign Minister Ayman Safadi "
        "spoke next. His Majesty condemned the strikes on Gaza."
    )
    found = triples_of(text)
    assert has_triple(found, "Abdullah_II", "opposes", "strikes on Gaza")
    assert not has_triple(found, "Ayman_Safadi", "opposes", "strikes on Gaza")


def test_a_style_with_no_ruler_named_is_nobody() -> None:
    for style in ("His Majesty", "His Excellency"):
        text = f"Envoys meet\n\nForeign Minister Ayman Safadi met envoys on Sunday. {style} condemned the strikes on Gaza."
        found = triples_of(text)
        assert not any(r == "opposes" for _, r, _ in found), style


def test_the_style_is_no_part_of_the_office() -> None:
    text = "King visits\n\nHis Majesty King Abdullah II of Jordan met envoys on Sunday."
    found = triples_of(text)
    assert not any(r == "holds_role" and "Majesty" in t for _, r, t in found)


def test_the_emir_is_the_emir_named_before() -> None:
    text = (
        "Summit\n\nThe Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, arrived. The Emir condemned the "
        "strikes on Gaza."
    )
    assert has_triple(triples_of(text), "Tamim_bin_Hamad_Al_Thani", "opposes", "strikes on Gaza")


def test_the_crown_prince_is_the_crown_prince_named_before() -> None:
    text = (
        "Summit\n\nSaudi Crown Prince Mohammed bin Salman arrived on Monday. The Crown Prince condemned the "
        "strikes on Gaza."
    )
    assert has_triple(triples_of(text), "Mohammed_bin_Salman", "opposes", "strikes on Gaza")


def test_the_king_is_not_a_president_named_before() -> None:
    text = "Summit\n\nPresident Peter Kowalski arrived on Monday. The King condemned the strikes on Gaza."
    assert not has_triple(triples_of(text), "Peter_Kowalski", "opposes", "strikes on Gaza")
