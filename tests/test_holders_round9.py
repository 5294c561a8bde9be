"""Holders of round nine: an office the text says is not a state's ("opposition leader",
"former prime minister"), a place the tagger took for a person, a name read without its title,
"both countries" after another pair, a readout's "we", and the sides of a joint statement."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_a_former_office_holder_speaks_for_himself() -> None:
    text = (
        "Former British Prime Minister Boris Johnson spoke in London on Monday.\n\n"
        "“We demand an immediate ceasefire in Sudan,” Johnson said."
    )
    found = triples_of(text)
    assert has_triple(found, "Boris_Johnson", "demands", "ceasefire")
    assert not has_triple(found, "United_Kingdom", "demands", "ceasefire")


def test_an_opposition_leader_is_not_his_state() -> None:
    text = (
        "Israeli opposition leader Yair Lapid addressed reporters on Tuesday.\n\n"
        "“We demand an immediate ceasefire in Gaza,” Lapid said."
    )
    found = triples_of(text)
    assert has_triple(found, "Yair_Lapid", "demands", "ceasefire")
    assert not has_triple(found, "Israel", "demands", "ceasefire")


def test_a_place_the_text_names_as_a_place_is_no_speaker() -> None:
    text = (
        "Zakharova: Oslo is dragging Svalbard into NATO's military planning\n\n"
        "Russian Foreign Ministry spokeswoman Maria Zakharova spoke at a weekly briefing on Friday.\n\n"
        "“Unfortunately, we must state again that Norway is trying to drag the Svalbard archipelago into "
        "NATO’s military planning,” the diplomat noted."
    )
    found = triples_of(text)
    assert has_triple(found, "Russia", "criticizes", "Norway")
    assert not any(h == "Svalbard" for h, _, _ in found)


def test_a_name_after_a_title_and_initials_is_the_person() -> None:
    text = (
        "In response to Indian External Affairs Minister Subrahmanyam Jaishankar’s remarks, the Foreign "
        "Office on Sunday rejected his claims.\n\n"
        "“The water dispute must be resolved through dialogue. No unilateral step will change this,” "
        "FO Spokesperson Mumtaz Zahra Baloch said in a statement."
    )
    found = triples_of(text)
    assert has_triple(found, "Pakistan", "demands", "dialogue")
    assert not has_triple(found, "India", "demands", "dialogue")


def test_both_countries_after_another_pair_is_nobody() -> None:
    text = (
        "The EU promised to open accession talks with Albania and North Macedonia.\n\n"
        "Bulgaria will keep its veto against North Macedonia.\n\n"
        "Although both countries signed a friendship treaty in 2017, it has had little effect."
    )
    found = triples_of(text)
    assert not has_triple(found, "Albania", "cooperates_with", "North Macedonia")
    assert not has_triple(found, "North_Macedonia", "cooperates_with", "Albania")


def test_a_readout_runs_on_in_the_speakers_first_person() -> None:
    text = (
        "Foreign Minister Wang Yi held telephone talks with Brazilian Foreign Minister Mauro Vieira on Monday.\n\n"
        "Wang Yi stressed that relations between the two countries were developing well. Next year will be "
        "important for both sides. We hope the Brazilian side will move in the same direction with China to "
        "strengthen cooperation."
    )
    found = triples_of(text)
    assert has_triple(found, "China", "demands", "Brazilian side")


def test_a_readout_ends_with_its_paragraph() -> None:
    text = (
        "Wang Yi stressed that relations between China and Brazil were developing well.\n\n"
        "We hope the Brazilian side will move in the same direction with China to strengthen cooperation."
    )
    found = triples_of(text)
    assert not has_triple(found, "China", "demands", "Brazilian side")


def test_each_side_of_a_joint_statement_holds_its_quoted_words() -> None:
    text = (
        "The prime ministers met in Bucharest on Tuesday.\n\n"
        "Romania and Poland are quoted as saying that they “strongly support the sovereignty of Moldova. "
        "Russia must stop its threats against Moldova.”"
    )
    found = triples_of(text)
    assert has_triple(found, "Romania", "demands", "threats")
    assert has_triple(found, "Poland", "demands", "threats")


def test_the_diplomat_is_not_a_prime_minister_named_after_her() -> None:
    text = (
        "Russian Foreign Ministry spokeswoman Maria Zakharova spoke at a briefing on Friday. She referred to "
        "remarks by Norwegian Prime Minister Jonas Gahr Store.\n\n"
        "“We reject these accusations,” the diplomat noted."
    )
    found = triples_of(text)
    assert has_triple(found, "Russia", "rejects", "accusations")
    assert not has_triple(found, "Norway", "rejects", "accusations")


def test_the_diplomat_is_a_spokeswoman_of_a_foreign_ministry() -> None:
    text = "Maria Zakharova spoke at a briefing on Friday.\n\n“We reject these accusations,” the diplomat noted."
    assert has_triple(triples_of(text), "Russia", "rejects", "accusations")


def test_the_diplomat_is_not_a_president() -> None:
    text = "Russian President Vladimir Putin spoke on Friday.\n\n“We reject these accusations,” the diplomat noted."
    assert not has_triple(triples_of(text), "Russia", "rejects", "accusations")


def test_a_lead_the_next_sentence_says_was_stated_is_the_speakers() -> None:
    text = (
        "Norway is trying to drag the Svalbard archipelago into NATO's military planning. This was stated by "
        "the official representative of the Russian Foreign Ministry, Maria Zakharova, at a briefing."
    )
    assert has_triple(triples_of(text), "Russia", "criticizes", "Norway")


def test_a_speaker_who_stated_this_speaks_the_sentence_before() -> None:
    text = (
        "We strongly reject the accusations of the Armenian authorities. Russian Foreign Ministry spokeswoman "
        "Maria Zakharova stated this at a briefing on Wednesday."
    )
    assert has_triple(triples_of(text), "Russia", "rejects", "accusations")


def test_stated_this_in_the_next_paragraph_leaves_the_paragraph_before() -> None:
    text = (
        "We strongly reject the accusations of the Armenian authorities.\n\n"
        "Russian Foreign Ministry spokeswoman Maria Zakharova stated this at a briefing on Wednesday."
    )
    assert not has_triple(triples_of(text), "Russia", "rejects", "accusations")


def test_a_transcript_turn_with_name_and_office_speaks_until_the_next_turn() -> None:
    text = (
        "Randhir Jaiswal, Official Spokesperson: Good afternoon friends. I will begin with a statement.\n\n"
        "We have studied the annual report on religious freedom. We firmly reject the report."
    )
    assert has_triple(triples_of(text), "India", "rejects", "report")

