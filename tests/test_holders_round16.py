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


def test_the_un_official_is_the_person_named_before_who_serves_the_un() -> None:
    text = (
        "New envoy arrives\n\n"
        "Prime Minister Tom Reeve received Jane Doe, the Special Representative of the UN "
        "Secretary-General for Libya, in Tripoli on Thursday.\n\n"
        "Also on Thursday, the UN official met with Foreign Minister Ali Hassan. "
        "The UN official said she supports the elections."
    )
    found = triples_of(text)
    assert has_triple(found, "Jane_Doe", "met_with", "Ali Hassan")
    assert has_triple(found, "Jane_Doe", "supports", "elections")
    assert not any(h == "United_Nations" for h, _, _ in found)


def test_the_un_official_with_nobody_of_the_un_named_is_the_un() -> None:
    text = (
        "Talks in Tripoli\n\n"
        "Prime Minister Tom Reeve met farmers in Tripoli on Thursday. "
        "The UN official called for new elections in Libya."
    )
    assert has_triple(triples_of(text), "United_Nations", "demands", "elections")


def test_the_council_is_no_body_of_another_kind() -> None:
    text = (
        "Talks on the war\n\n"
        "The foreign minister held talks with the army chief on the conflict with the paramilitary "
        "Rapid Support Forces (RSF) and the Rapid Support Forces' allies.\n\n"
        "A statement by the council said the talks were fruitful and called for a ceasefire in Darfur."
    )
    found = triples_of(text)
    assert not any(h == "Rapid_Support_Forces" and r == "demands" for h, r, _ in found)


def test_the_council_is_the_council_named_before() -> None:
    text = (
        "Council meets\n\n"
        "The UN Security Council met on Monday on the war in Sudan. "
        "The council called for a ceasefire in Darfur."
    )
    assert has_triple(triples_of(text), "UN_Security_Council", "demands", "ceasefire")


def test_an_office_whose_lexicon_holder_the_text_never_names_is_the_state() -> None:
    text = (
        "Ties cut\n\n"
        "The minister said the Israeli Foreign Minister had made threats against Algeria. "
        "The Chinese Foreign Minister warned the United States against new sanctions."
    )
    found = triples_of(text)
    assert has_triple(found, "Israel", "warns", "Algeria")
    assert has_triple(found, "China", "opposes", "sanctions")  # "warned X against Y" opposes Y (cues.toml)
    assert not any(h in {"Wang_Yi", "Gideon_Saar"} for h, _, _ in found)


def test_an_office_whose_lexicon_holder_the_text_names_is_the_person() -> None:
    text = (
        "Sanctions row\n\n"
        "Wang Yi met his counterpart in Beijing on Monday. "
        "The Chinese Foreign Minister warned the United States against new sanctions."
    )
    assert has_triple(triples_of(text), "Wang_Yi", "opposes", "sanctions")


def test_an_abbreviated_title_alone_names_no_one() -> None:
    text = "Ruling party Sec-Gen accuses EU of blackmail over visa-free threat\n\nThe talks resumed on Monday."
    assert not any(h == "Sec_Gen" for h, _, _ in triples_of(text))
