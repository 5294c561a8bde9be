"""Whose voice a body's stand-ins carry: "the government" after a state's government was named,
"the spokesperson" after one was said to speak for a body, and a person introduced by name and
office before a colon and a quote."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_the_government_is_the_state_last_named_with_its_government() -> None:
    text = (
        "Kenya and Tanzania opened a new border post on Monday.\n\n"
        "Last week, the Tanzanian government asked for a meeting with the World Bank.\n\n"
        "The government also demanded the release of the frozen funds before the talks."
    )
    found = triples_of(text)
    assert has_triple(found, "Tanzania", "demands", "release", "funds")
    assert not has_triple(found, "Kenya", "demands", "release", "funds")


def test_the_government_in_words_said_for_a_state_is_that_state() -> None:
    text = (
        "The Canadian government announced new tariffs on Friday.\n\n"
        "Mexican Foreign Minister Alicia Barcena said the government rejected the new tariffs."
    )
    found = triples_of(text)
    assert has_triple(found, "Mexico", "rejects", "tariffs")
    assert not has_triple(found, "Canada", "rejects", "tariffs")


def test_the_government_with_no_government_named_before_is_nobody() -> None:
    found = triples_of("Protesters gathered in the capital.\n\nThe government demanded an end to the strikes.")
    assert not any(r == "demands" for _, r, _ in found)


def test_a_spokesperson_named_with_a_body_speaks_for_it_and_again_later() -> None:
    text = (
        "Iran announced it would enrich uranium to higher levels.\n\n"
        "“We are deeply troubled by this step,” a U.S. State Department spokesperson said in a statement.\n\n"
        "The spokesperson urged Tehran to return to talks with the inspectors."
    )
    found = triples_of(text)
    assert has_triple(found, "United_States", "demands", "return", "talks")
    assert not any(h == "Iran" and r in {"opposes", "criticizes"} for h, r, _ in found)


def test_the_spokesperson_is_not_the_person_last_named() -> None:
    text = (
        "Ambassador Vassily Nebenzia spoke at the Security Council on Tuesday.\n\n"
        "A spokeswoman for the German Foreign Office said Berlin supports the new sanctions.\n\n"
        "The spokeswoman said Russia should withdraw its troops."
    )
    found = triples_of(text)
    assert not any(h == "Vassily_Nebenzia" and r == "demands" for h, r, _ in found)


def test_a_person_introduced_by_name_and_office_before_a_colon_speaks_the_quote() -> None:
    text = (
        "Reactions to the recommendation of the European Commission.\n\n"
        "Maia Sandu, President of Moldova: “I welcome the decision of the European Council to open "
        "accession talks. We are grateful for the support of our partners.”"
    )
    found = triples_of(text)
    assert has_triple(found, "Maia_Sandu", "supports", "decision")


def test_a_sentence_with_a_verb_before_the_colon_is_no_introduction() -> None:
    text = (
        "Paris hosted the talks on Monday.\n\n"
        "Emmanuel Macron told reporters the following: “Nothing was decided.”"
    )
    found = triples_of(text)
    assert not any(r == "supports" for _, r, _ in found)


def test_a_ministry_with_none_named_before_is_the_state_the_last_sentence_was_about() -> None:
    text = (
        "Ankara insisted that such pipelines need its approval.\n\n"
        "The energy ministry said the contracts were unlawful and rejected the new pipeline deals."
    )
    found = triples_of(text)
    assert has_triple(found, "Turkey", "rejects", "pipeline")


def test_a_ministry_after_a_sentence_about_no_state_is_nobody() -> None:
    text = (
        "Greece regards the islets as its own.\n\n"
        "This is the largest number of Turkish ships seen near the islets this year.\n\n"
        "The Foreign Ministry said it summoned the Turkish ambassador and rejected the incursions."
    )
    found = triples_of(text)
    assert not any(h == "Greece" for h, r, _ in found if r == "rejects")
    assert not any(h == "Turkey" for h, r, _ in found if r == "rejects")


def test_a_statement_qualified_by_a_state_is_held_by_that_state() -> None:
    text = (
        "The foreign ministers of Indonesia and Malaysia met in Jakarta.\n\n"
        "The Indonesian readout called for restraint in the disputed waters."
    )
    found = triples_of(text)
    assert has_triple(found, "Indonesia", "demands", "restraint")
    assert not has_triple(found, "Malaysia", "demands", "restraint")


def test_a_verb_that_tells_a_quote_it_governs_is_the_narrators() -> None:
    from statgraph.extract.context.frame import Frame, narrated
    from statgraph.nlp import load_nlp

    nlp = load_nlp()

    def quoted_in(doc) -> frozenset[int]:
        marks = [t.i for t in doc if t.text in {"“", "”"}]
        return frozenset(range(marks[0] + 1, marks[1]))

    doc = nlp("Sall called on the parties to “open a dialogue on the budget.”")
    quoted = quoted_in(doc)
    called, dialogue = (next(t for t in doc if t.text == w) for w in ("called", "dialogue"))
    assert narrated(called, Frame(quoted=quoted))  # it governs the quote
    assert not narrated(dialogue, Frame(quoted=quoted))  # inside the quote
    scare = nlp("The so-called “talks” failed, and the government seeks new ties with Dakar.")
    seeks = next(t for t in scare if t.text == "seeks")
    assert not narrated(seeks, Frame(quoted=quoted_in(scare)))  # scare quotes it does not govern
    assert not narrated(called, Frame(quoted=quoted, reported=frozenset({called.i})))
    named = nlp("We will work to deepen ties with the so-called “Arctic five” in the coming years.")
    deepen = next(t for t in named if t.text == "deepen")
    assert not narrated(deepen, Frame(quoted=quoted_in(named)))  # a scare-quoted name it governs


def test_a_subjectless_quote_is_still_the_speakers() -> None:
    text = (
        "The French ambassador, Claire Dubois, spoke after the talks in Tunis.\n\n"
        "“Stop the attacks on civilians,” Dubois said."
    )
    found = triples_of(text)
    assert any(h in {"Claire_Dubois", "France"} and "attacks" in t for h, r, t in found if r == "opposes")
