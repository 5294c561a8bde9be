"""Holders of round eighteen: the last members of a subject list the parser cut off (a second
subject of the same verb, or an apposition of the first), a news agency's dateline taken for the
subject, a dateline before a colon taken for a note's sender, and of two speakers in a sentence
the one whose words hold the quote."""

from __future__ import annotations

from conftest import has_triple, make_doc, triples_of

from statgraph.extract.context.subjects import subject_of


def test_every_state_of_a_voting_list_opposes() -> None:
    found = triples_of(
        "Vote on levy\n\nAustria, Portugal, Greece, Croatia voted against the levy, and Spain, Italy, "
        "Ireland voted in favor of the levy."
    )
    for state in ("Austria", "Portugal", "Greece", "Croatia"):
        assert has_triple(found, state, "opposes", "levy")
    for state in ("Spain", "Italy", "Ireland"):
        assert has_triple(found, state, "supports", "levy")


def test_a_subject_after_a_relative_clause_and_and_holds_too() -> None:
    found = triples_of("Vote on motion\n\nBut Brazil, which hosts the summit next year, and Chile opposed the motion.")
    assert has_triple(found, "Brazil", "opposes", "motion")
    assert has_triple(found, "Chile", "opposes", "motion")


def test_an_apposition_of_a_person_is_no_second_holder() -> None:
    found = triples_of("Levy\n\nAna Torres, Peru's foreign minister, rejected the levy on Monday.")
    assert has_triple(found, "Ana_Torres", "rejects", "levy")
    assert not has_triple(found, "Peru", "rejects", "levy")


def test_a_news_agency_in_a_dateline_holds_nothing() -> None:
    found = triples_of(
        "Proposal rejected\n\nQUITO (Reuters) – Ecuador's government on Monday rejected the proposal to extend "
        "the mining concession."
    )
    assert has_triple(found, "Ecuador", "rejects", "proposal")
    assert not any(h == "Reuters" for h, _, _ in found)


def test_the_subject_is_the_one_after_a_dateline_agency_parsed_as_a_subject(en_vocab) -> None:  # noqa: ANN001
    # "QUITO (Reuters) – Member countries rejected the call ." as the small model parses such lines
    doc = make_doc(
        en_vocab,
        ["QUITO", "(", "Reuters", ")", "–", "Member", "countries", "rejected", "the", "call", "."],
        [2, 2, 7, 2, 2, 6, 7, 7, 9, 7, 7],
        ["nmod", "punct", "nsubj", "punct", "punct", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
        ["PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "NOUN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    )
    assert subject_of(doc[7]).text == "countries"


def test_an_agency_in_brackets_without_a_dash_is_still_the_subject(en_vocab) -> None:  # noqa: ANN001
    doc = make_doc(
        en_vocab,
        ["The", "agency", "(", "Reuters", ")", "reported", "the", "vote", "."],
        [1, 5, 3, 1, 3, 5, 7, 5, 5],
        ["det", "nsubj", "punct", "appos", "punct", "ROOT", "det", "dobj", "punct"],
        ["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
    )
    assert subject_of(doc[5]).text == "agency"


def test_a_note_protesting_is_its_senders_not_the_place_of_the_dateline(en_vocab) -> None:  # noqa: ANN001
    # "New Delhi: Nepal minister Sharma handed a note protesting a road ." as the model parses it
    words = ["New", "Delhi", ":", "Nepal", "minister", "Sharma", "handed", "a", "note", "protesting", "a", "road", "."]
    doc = make_doc(
        en_vocab,
        words,
        [1, 6, 1, 4, 5, 6, 6, 8, 6, 8, 11, 9, 6],
        ["compound", "nsubj", "punct", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "acl", "det", "dobj",
         "punct"],
        ["PROPN", "PROPN", "PUNCT", "PROPN", "NOUN", "PROPN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["NNP", "NNP", ":", "NNP", "NN", "NNP", "VBD", "DT", "NN", "VBG", "DT", "NN", "."],
    )
    assert subject_of(doc[9]).text == "Sharma"


def test_a_quote_is_the_speaker_whose_words_hold_it() -> None:
    found = triples_of(
        "Senator\n\nThough Senate Majority Leader Tom Baker said on Monday that the bill is now on hold, Senator "
        "Ellen Price said on Tuesday, “I think we need to push even harder for our sanctions bill.”"
    )
    assert has_triple(found, "Ellen_Price", "demands", "sanctions bill")
    assert not has_triple(found, "Tom_Baker", "demands", "sanctions bill")


def test_a_senators_we_is_the_senators_own_not_the_states() -> None:
    found = triples_of(
        "Senators urge sanctions\n\nWashington – U.S. Senators Tom Hale (R-AZ) and Ruth Marsh (R-SC) released the "
        "following statement today urging the Senate to take action on sanctions legislation:\n\n“It’s been six "
        "months since Russia attacked the fundamentals of our democracy. It is time for the Senate to take real "
        "action, including increased sanctions, to punish Russia.”"
    )
    assert has_triple(found, "Senators_Tom_Hale", "demands", "real action")
    assert not any(h == "United_States" for h, r, _ in found if r != "holds_role")


def test_they_after_an_unnamed_other_side_is_not_the_states_named_before() -> None:
    found = triples_of(
        "War\n\nSaudi Arabia and the United States hosted talks in Jeddah last year. The envoy said the other "
        "party does not have a real will to stop the war. They obstructed the talks and rejected the regional "
        "initiative."
    )
    assert not any(r == "rejects" and "regional initiative" in t for _, r, t in found)


def test_they_after_a_sentence_of_no_actor_is_still_the_states_named_before() -> None:
    found = triples_of(
        "War\n\nSaudi Arabia and the United States hosted talks in Jeddah last year. The resolution was adopted "
        "on Monday. They rejected the regional initiative."
    )
    assert has_triple(found, "Saudi_Arabia", "rejects", "regional initiative")


def test_a_speaker_after_a_colon_dateline_speaks_not_the_place() -> None:
    found = triples_of(
        "Dam\n\nNairobi: Egypt’s President Karim Adel reiterated on Friday his rejection of any unilateral action "
        "around the disputed dam."
    )
    assert not any(h == "Kenya" for h, _, _ in found)
    assert any(h in {"Egypt", "Karim_Adel"} and "unilateral action" in t for h, _, t in found)
