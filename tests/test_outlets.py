"""News outlets report; they are neither the speaker nor the holder of what they report, except
in their own editorial voice (ontology/outlets.toml)."""

from __future__ import annotations

from conftest import has_triple, statements_of, triples_of


def _speakers(text: str) -> set[str | None]:
    return {s.speaker for s in statements_of(text)}


def test_an_outlet_that_reports_holds_nothing() -> None:
    for text in (
        "Interfax reported that the new sanctions were illegal.",
        "The Manila Times reported that the new sanctions were illegal.",
        "Reuters said the new sanctions were illegal.",
    ):
        found = triples_of(text)
        outlets = {"Interfax", "Reuters", "The_Manila_Times", "Manila_Times"}
        assert not any(h in outlets for h, _, _ in found), (text, found)


def test_an_outlet_is_never_the_speaker_of_what_it_reports() -> None:
    text = "Foreign Minister Sergei Lavrov condemned the sanctions against Moscow, Interfax reported."
    found = triples_of(text)
    assert has_triple(found, "Sergey_Lavrov", "opposes", "sanctions")
    assert not {"Interfax"} & _speakers(text)
    text = "According to Xinhua, Lavrov criticized the sanctions against Moscow."
    assert "Xinhua" not in _speakers(text)
    # the statement still belongs to the actor the report names
    found = triples_of("Kyodo News reported that Japan opposes the new tariffs.")
    assert has_triple(found, "Japan", "opposes", "tariffs")


def test_whom_an_outlet_quotes_is_the_speaker() -> None:
    text = "Sputnik quoted Sergei Lavrov as saying that Russia opposes the deployment of missiles in Europe."
    found = statements_of(text)
    assert found and all("Lavrov" in (s.speaker or "") for s in found), found
    assert "Sputnik" not in {s.speaker for s in found}


def test_an_outlet_holds_what_it_says_in_its_own_editorial_voice() -> None:
    found = triples_of("The Global Times said in an editorial that Washington must lift the new tariffs.")
    assert any(h == "Global_Times" for h, _, _ in found), found


def test_an_outlet_speaks_in_its_own_voice_by_other_verbs() -> None:
    # an outlet that recalls or stresses argues its own case; only reporting verbs report
    found = statements_of("Granma stressed that Cuba rejects the blockade imposed by Washington.")
    assert any(s.speaker == "Granma" for s in found), found


def test_whom_any_subject_quotes_as_saying_is_the_speaker() -> None:
    found = statements_of("The agency quoted Dmitry Peskov as saying the Kremlin welcomes the talks in Istanbul.")
    assert found and all(s.speaker == "Dmitry Peskov" for s in found), found


def test_an_outlet_before_a_colon_is_no_speaker() -> None:
    # a transcript's question turn or a wire headline: "AFP: ..." reports, it does not speak
    found = statements_of("AFP: A US senior delegation met with Lai Ching-te in Taipei today.")
    assert found and not any(s.speaker == "AFP" for s in found), found
