"""Who holds a stance: datelines, defined terms, offices described by their state, a bloc's
member list, a speaker's participle."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_a_dateline_with_its_country_is_no_holder() -> None:
    from statgraph.documents import make_document

    for dateline in ("WASHINGTON, DC – ", "Kabul, Afghanistan - ", "ISLAMABAD, PAKISTAN – ", "HAVANA, Cuba.- "):
        document = make_document(dateline + "The Taliban opposed the selection of a special envoy.", "d.txt")
        assert any(document.text[a:b] == dateline for a, b in document.skipped)
    found = triples_of("ISLAMABAD, PAKISTAN – The Taliban opposed the selection of a special envoy.")
    assert has_triple(found, "Taliban", "opposes", "special envoy")
    assert not any(h == "Pakistan" for h, _, _ in found)


def test_a_dateline_with_its_country_and_agency_is_no_holder() -> None:
    from statgraph.documents import make_document

    for dateline in ("DAKAR, Senegal (AP) — ", "JAKARTA, Indonesia (AFP) - ", "SAN JOSE, Costa Rica (Reuters) – "):
        document = make_document(dateline + "The opposition rejected the decision to delay the vote.", "d.txt")
        assert any(document.text[a:b] == dateline for a, b in document.skipped), dateline
    found = triples_of("DAKAR, Senegal (AP) — The bloc urged the parties to hold talks on the vote.")
    assert not any(h in {"Associated_Press", "Senegal"} for h, _, _ in found), found
    # a name, a comma and a country in a sentence is no dateline
    assert not make_document("NATO, Russia said (in May) - is no partner.", "d.txt").skipped


def test_a_dateline_of_a_city_its_state_its_country_and_an_agency_is_no_holder() -> None:
    from statgraph.documents import make_document

    for dateline in (
        "Washington, DC, US (PANA) - ",
        "Austin, Texas, USA - ",
        "Lagos, Nigeria (NAN) – ",
        "Salt Lake City, Utah - ",
    ):
        document = make_document(dateline + "The two governments signed a trade agreement on Friday.", "d.txt")
        assert any(document.text[a:b] == dateline for a, b in document.skipped), dateline
    found = triples_of("Washington, DC, US (PANA) - Kenya and Ethiopia signed a border agreement on Friday.")
    assert not any("PANA" in h or "US" == h or "United_States" == h for h, _, _ in found), found
    # names listed with a clause between them open no dateline
    assert not make_document("Kenya, Uganda and Tanzania - the three partners - met on Friday.", "d.txt").skipped


def test_a_dateline_without_its_dash_or_with_the_dash_touching_is_no_holder() -> None:
    from statgraph.documents import make_document

    for dateline in ("Moscow, July 5 (IANS) ", "MOGADISHU (Reuters) -", "MANAGUA, (Reuters) – ", "Havana, Apr 20 (Prensa Latina) "):
        document = make_document(dateline + "Chinese President Xi Jinping supports the Belt and Road Initiative.", "d.txt")
        assert any(document.text[a:b] == dateline for a, b in document.skipped)
    found = triples_of("Moscow, July 5 (IANS) Chinese President Xi Jinping supports the Belt and Road Initiative.")
    assert has_triple(found, "Xi_Jinping", "supports", "Belt and Road")
    assert not any(h == "Russia" for h, _, _ in found)
    # a sentence that opens with a place and a date but names no agency is no dateline
    plain = make_document("Moscow, July 5 is the day Russia chose for the talks.", "d.txt")
    assert not plain.skipped


def test_a_term_defined_in_parentheses_stands_for_each_party() -> None:
    text = (
        "The government of the Democratic Republic of Congo and the Republic of Rwanda (participants) "
        "support the path to peace.\n\n"
        "Participants promise to refrain from interfering with each other's internal affairs."
    )
    found = triples_of(text)
    for party in ("Democratic_Republic_of_the_Congo", "Rwanda"):
        assert has_triple(found, party, "opposes", "interfering")
    hereinafter = triples_of(
        "Armenia and Azerbaijan (hereinafter the Parties) met in Tirana.\n\nThe Parties reject the use of force."
    )
    assert has_triple(hereinafter, "Armenia", "rejects", "force")
    assert has_triple(hereinafter, "Azerbaijan", "rejects", "force")


def test_a_parenthesis_that_defines_nothing_leaves_later_subjects_alone() -> None:
    found = triples_of("Russia and China (IAEA) met in Vienna.\n\nParticipants reject the use of force.")
    assert not any(h in {"Russia", "China"} and r == "rejects" for h, r, _ in found)


def test_an_office_described_by_its_state_is_that_state_not_the_last_president() -> None:
    text = (
        "Chinese President Xi Jinping met Sri Lankan President Anura Kumara Dissanayake in Beijing. "
        "Xi said China supports Sri Lanka. In response, the Sri Lankan president said that his country "
        "welcomes more investment from Chinese enterprises."
    )
    found = triples_of(text)
    assert has_triple(found, "Sri_Lanka", "supports", "investment")
    assert not has_triple(found, "China", "supports", "investment")
    assert has_triple(triples_of("Cuban Foreign Minister condemns the US blockade."), "Cuba", "opposes", "blockade")


def test_a_bloc_with_its_members_in_apposition_is_the_bloc() -> None:
    found = triples_of("The BRICS – Brazil, Russia, India, China and South Africa – rejected the sanctions.")
    assert has_triple(found, "BRICS", "rejects", "sanctions")
    assert not any(h in {"Brazil", "Russia", "India"} and r == "rejects" for h, r, _ in found)
    votes = triples_of("The Council members – Britain, France and Poland – voted in favour of the resolution.")
    assert has_triple(votes, "France", "supports", "resolution")  # members vote each


def test_a_speaker_criticizes_not_the_subject_of_what_he_said_it_is() -> None:
    text = (
        "French President Emmanuel Macron said that NATO is in a brain death, "
        "criticizing the lack of coordination between the United States and Europe."
    )
    found = triples_of(text)
    assert has_triple(found, "Emmanuel_Macron", "criticizes", "coordination")
    assert not any(h == "NATO" and r == "criticizes" for h, r, _ in found)


def test_it_that_speaks_is_the_body_last_spoken_of() -> None:
    found = triples_of("The African Union condemned the attack.\n\nIt urged all states to cooperate with Nigeria.")
    assert has_triple(found, "African_Union", "demands", "cooperate")
    state = triples_of("Bulgaria insists on its history.\n\nIt also demands that Skopje amend its constitution.")
    assert has_triple(state, "Bulgaria", "demands", "constitution")
    # after a sentence about something else, "it" is that thing (a resolution), not the last actor
    other = triples_of(
        "Kenya leads the mission. The draft resolution did not say how.\n\n"
        "It calls on the Organisation of American States to send rations."
    )
    assert not any(h == "Kenya" and r == "demands" for h, r, _ in other)


def test_regimes_in_several_states_are_each_state() -> None:
    found = triples_of("The military regimes in Burkina Faso, Mali and Niger condemned the sanctions.")
    for state in ("Burkina_Faso", "Mali", "Niger"):
        assert has_triple(found, state, "opposes", "sanctions")


def test_we_of_states_speaking_together_is_each_of_them() -> None:
    text = (
        'Romania and Poland are quoted as saying that they "support the sovereignty of Moldova."\n\n'
        '"We strongly reject the threatening rhetoric of Russia against Moldova."\n\n'
        'Lavrov said: "We reject the sanctions."'
    )
    found = triples_of(text)
    assert has_triple(found, "Romania", "rejects", "rhetoric")
    assert has_triple(found, "Poland", "rejects", "rhetoric")
    assert has_triple(found, "Russia", "rejects", "sanctions")  # a new speaker ends it
    assert not has_triple(found, "Poland", "rejects", "sanctions")


def test_you_in_an_interviewers_question_is_the_interviewee() -> None:
    text = (
        "Chile's President on Ukraine\n\n"
        "Chilean President Gabriel Boric spoke with The Post's Lally Weymouth.\n\n"
        "Lally Weymouth: You have denounced Nicaraguan President Daniel Ortega. "
        "Many condemn the sanctions. Do you see yourself as a new kind of leader?\n\n"
        "Gabriel Boric: In politics, I think you have to be guided by principles."
    )
    found = triples_of(text)
    assert has_triple(found, "Gabriel_Boric", "criticizes", "Ortega")
    assert not any(r == "opposes" and "sanctions" in t for _, r, t in found)  # the asker's own words
    assert not any(h == "Lally_Weymouth" for h, _, _ in found)
    question = triples_of(
        "Foreign Minister Annalena Baerbock in an interview\n\n"
        "Question: Minister, you condemned the attacks on Kyiv. Some reject the sanctions. What is your view?"
    )
    assert has_triple(question, "Annalena_Baerbock", "opposes", "attacks") or has_triple(
        question, "Germany", "opposes", "attacks"
    )
    assert not any("sanctions" in t for _, _, t in question)


def test_a_quote_in_a_narrated_sentence_is_its_subjects_not_the_last_speakers() -> None:
    text = (
        'Orbán blocked the aid package. "We agree with 26 countries," Dutch prime minister Mark Rutte said.\n\n'
        "Orbán had also opposed the talks. He later denounced the agreement as "
        "“a completely senseless, irrational and wrong decision”."
    )
    found = triples_of(text)
    assert not any(h in {"Netherlands", "Mark_Rutte"} and "senseless" in t for h, _, t in found)
    statement = triples_of(
        "Romanian Prime Minister Nicolae Ciucă said Romania supports Moldova.\n\n"
        "“We strongly reject the threatening rhetoric of Russia,” the statement reads."
    )
    assert has_triple(statement, "Romania", "rejects", "rhetoric")  # a statement read out: the last speaker's


def test_a_relative_clauses_subject_is_not_whom_a_later_group_stands_for() -> None:
    text = (
        "In a joint communique, they reaffirmed the need to avoid actions in the South China Sea, "
        "which Vietnam calls the East Sea.\n\n"
        "The foreign ministers stressed the need to enhance mutual trust and confidence."
    )
    assert not any(h == "Vietnam" for h, _, _ in triples_of(text))


def test_a_states_allies_are_not_the_state() -> None:
    allies = triples_of("The closest US allies are resisting those sanctions.")
    assert not any(h == "United_States" for h, _, _ in allies)
    assert not any(h == "China" for h, _, _ in triples_of("China's neighbours oppose the claims."))
    assert has_triple(triples_of("NATO allies condemned the attack."), "NATO", "opposes", "attack")


def test_our_friends_named_by_a_demonym_are_that_state() -> None:
    found = triples_of('Lavrov said: "In contacts with our Kazakh friends, we present our assessments."')
    assert has_triple(found, "Russia", "cooperates_with", "Kazakh")


def test_an_agency_credit_alone_or_before_its_place_and_date_is_no_holder() -> None:
    from statgraph.documents import make_document

    for dateline in ("(AFP) - ", "(NNA) ", "NNA (BEIRUT, 3 May 2023) – ", "Kyodo (Tokyo, May 3) - "):
        text = dateline + "The Foreign Minister rejected the proposed sanctions."
        document = make_document(text, "d.txt")
        assert any(document.text[a:b] == dateline for a, b in document.skipped), dateline
        assert document.text == text  # offsets keep indexing the original text
    found = triples_of("NNA (BEIRUT, 3 May 2023) – The opposition bloc rejected the proposed budget cuts.")
    assert not any("NNA" in h for h, _, _ in found), found
    # a bracketed aside inside a sentence, or words in brackets that name no date, open no dateline
    assert not make_document("The Union (EU) - in a statement - rejected the plan.", "d.txt").skipped
    assert not make_document("Officials (in Beirut, on Friday) - said nothing.", "d.txt").skipped


def test_the_place_in_an_agency_credit_is_where_the_story_was_filed() -> None:
    from pathlib import Path

    from statgraph.link.gazetteer import load_gazetteer
    from statgraph.link.state_organs import dateline_state

    gazetteer = load_gazetteer(Path(__file__).resolve().parents[1] / "ontology")
    found = dateline_state("NNA (KATHMANDU, 3 May 2023) – The ministry said.", gazetteer)
    assert found is not None and found.id == "Nepal"
    assert dateline_state("(AFP) - The ministry said.", gazetteer) is None


def test_a_place_a_threat_was_made_from_is_no_holder_when_the_clause_has_a_subject() -> None:
    found = triples_of("The Israeli Foreign Minister made threats against Algeria from Rabat.")
    assert has_triple(found, "Israel", "warns", "Algeria"), found
    assert not any(h == "Morocco" for h, _, _ in found), found
    # with no subject of its own, "from <capital>" still says whose the warnings are
    assert has_triple(triples_of("Warnings from Beijing against Japan grew louder."), "China", "warns", "Japan")


def test_a_malaysian_honorific_is_no_part_of_the_name() -> None:
    found = triples_of("Datuk Seri Anwar Ibrahim said he rejects the motion.")
    assert has_triple(found, "Anwar_Ibrahim", "rejects", "motion"), found
    assert not any("Datuk" in h for h, _, _ in found), found
