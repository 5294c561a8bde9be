"""Holders of round sixteen: persons named with an abbreviated title ("Sen. Jane Doe", "Rep. Tom
Reeve", "Gov. Ann Lee"), whose names leave the title out."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_an_abbreviated_title_is_no_part_of_the_name() -> None:
    text = (
        "Senate debates sanctions\n\n"
        "Rep. Tom Reeve said he supports the new sanctions on Iran. "
        "Sen. Jane Doe said she opposes the deal with Iran."
    )
    found = triples_of(text)
    assert has_triple(found, "Tom_Reeve", "supports", "sanctions")
    assert has_triple(found, "Jane_Doe", "opposes", "deal")
    assert not any(h.startswith(("Rep_", "Sen_")) for h, _, _ in found)


def test_a_later_surname_is_the_person_with_the_abbreviated_title() -> None:
    text = (
        "Governor rejects plan\n\n"
        "Gov. Ann Lee met with farmers on Monday. "
        "Lee said she opposes the new tariffs on Canada."
    )
    assert has_triple(triples_of(text), "Ann_Lee", "opposes", "tariffs")


def test_a_surname_sen_is_still_a_name() -> None:
    text = "Cambodia talks\n\nCambodian Prime Minister Hun Sen said he supports the peace plan."
    found = triples_of(text)
    assert any(h in {"Hun_Sen", "Cambodia"} and r == "supports" for h, r, _ in found)
