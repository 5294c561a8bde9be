"""Linking of round nineteen: a name inside a longer name links to no other actor. A state's
"National Security Council" (and its acronym, defined in the text) is no UN Security Council; a
world body's organ named with another owner ("the General Assembly of the Organization of
American States") is that owner's."""

from __future__ import annotations

from conftest import has_triple, triples_of

from statgraph import Settings
from statgraph.link.acronyms import defined_acronyms
from statgraph.nlp import load_nlp
from statgraph.pipeline import load_resources


def _acronyms(text: str) -> dict[str, str]:
    gazetteer = load_resources(Settings()).gazetteer
    return {k: v.id for k, v in defined_acronyms([load_nlp(Settings().model)(text)], gazetteer).items()}


def test_a_states_security_council_and_its_acronym_are_the_state() -> None:
    text = (
        "Seoul condemns launch\n\n"
        "South Korea's presidential National Security Council (NSC) on Sunday condemned North "
        "Korea's launch of a ballistic missile. The NSC warned that North Korea will face tougher "
        "sanctions."
    )
    found = triples_of(text)
    assert has_triple(found, "South_Korea", "opposes", "launch")
    assert not any(h == "UN_Security_Council" for h, _, _ in found)


def test_a_security_council_with_a_word_before_it_is_a_body_of_its_own() -> None:
    found = triples_of(
        "Cabinet meets\n\nThe National Security Council also called for restraint from both sides on Monday."
    )
    assert any(h == "National_Security_Council" for h, _, _ in found)
    assert not any(h == "UN_Security_Council" for h, _, _ in found)


def test_a_states_council_in_the_possessive_is_the_state() -> None:
    found = triples_of("Deployment approved\n\nKenya's National Security Council approved the deployment of police officers.")
    assert any(h == "Kenya" for h, _, _ in found)
    assert not any(h == "UN_Security_Council" for h, _, _ in found)


def test_an_acronym_binds_the_whole_name_not_a_known_name_inside_it() -> None:
    # NSC is a party's acronym in the lexicon; here the text defines it as a council of its own
    assert _acronyms("The National Security Council (NSC) met on Monday.") == {"NSC": "National_Security_Council"}
    assert _acronyms("South Korea's presidential National Security Council (NSC) met.") == {"NSC": "South_Korea"}
    # a known organisation's whole name still defines its acronym
    assert _acronyms("The press group Reporters Without Borders (RSF) said so.") == {"RSF": "Reporters_Without_Borders"}
    # a name the acronym does not spell leaves the lexicon's sense ("SPD" stays the German party),
    # and a known body's name inside a longer one is still that body ("WFP")
    assert _acronyms("Merz and the Social Democrats (SPD) have concluded talks.") == {}
    assert _acronyms("The United Nations World Food Programme (WFP) warned on Tuesday.") == {}
    # "Security Council" inside "Peace and Security Council" defines nothing
    assert _acronyms("The Peace and Security Council (PSC) met on Monday.") == {}


def test_a_world_bodys_organ_named_with_another_owner_is_that_owners() -> None:
    found = triples_of(
        "Election condemned\n\n"
        "The General Assembly of the Organization of American States (OAS) condemned the election in Nicaragua. "
        "The Peace and Security Council of the African Union called for an immediate ceasefire in Sudan."
    )
    assert has_triple(found, "OAS", "opposes", "election")
    assert has_triple(found, "African_Union", "demands", "ceasefire")
    assert not any(h in {"UN_General_Assembly", "UN_Security_Council"} for h, _, _ in found)


def test_the_un_security_council_is_still_itself() -> None:
    found = triples_of(
        "Council votes\n\nThe UN Security Council called for an immediate ceasefire in Sudan. "
        "The Security Council of the United Nations also condemned the attacks on civilians."
    )
    assert has_triple(found, "UN_Security_Council", "demands", "ceasefire")
    assert has_triple(found, "UN_Security_Council", "opposes", "attacks")


def test_a_place_in_a_dateline_is_never_an_actor() -> None:
    found = triples_of(
        "Pipeline deal\n\n"
        "Istanbul, The Turkish Minister of Energy Alp Bayraktar announced a gas agreement with Azerbaijan.\n\n"
        "New York, June 4 - The mayor rejected the plan."
    )
    assert not any(h in {"Istanbul", "New_York"} or t in {"Istanbul", "New York"} for h, _, t in found)


def test_a_place_named_before_a_comma_and_its_apposition_still_speaks() -> None:
    found = triples_of("Minority rights\n\nBulgaria, an EU member state since 2007, insists on the rights of the minority.")
    assert any(h == "Bulgaria" for h, _, _ in found)


def test_a_speaker_in_capitals_before_a_colon_is_no_dateline() -> None:
    from statgraph.link.datelines import in_dateline

    nlp = load_nlp(Settings().model)
    for text, dateline in (
        ("UNITED NATIONS: A draft was vetoed on Friday.", True),
        ("New York: The Quad said it opposes the plan.", True),
        ("JOE BIDEN: I hope they keep their word.", False),
        ("Japan, South Korea condemn the launch.", False),
    ):
        doc = nlp(text)
        name = next(e for e in doc.ents if e.start == 0)
        assert in_dateline(name[-1], name) is dateline, text


def test_a_known_name_written_on_in_lower_case_is_the_person() -> None:
    found = triples_of("Ceasefire call\n\nsir Keir starmer said he supports a ceasefire in Gaza.")
    assert not any(h == "Keir" for h, _, _ in found)
    assert has_triple(found, "Keir_Starmer", "supports", "ceasefire") or has_triple(found, "United_Kingdom", "supports", "ceasefire")


def test_an_acronym_the_text_spells_out_elsewhere_is_that_name_not_the_lexicons() -> None:
    text = (
        "NSC strongly condemns missile launch\n\n"
        "The presidential National Security Council strongly condemned North Korea's latest missile launch on Thursday."
    )
    found = triples_of(text)
    assert any(h == "National_Security_Council" and r == "opposes" for h, r, _ in found)
    assert not any(h in {"New_Social_Contract", "UN_Security_Council"} for h, _, _ in found)


def test_an_acronym_whose_known_body_the_text_names_keeps_the_lexicons_sense() -> None:
    from statgraph.link.acronyms import implied_acronyms

    nlp = load_nlp(Settings().model)
    gazetteer = load_resources(Settings()).gazetteer
    doc = nlp("The New Social Contract won seats. The NSC said the National Security Council met.")
    assert implied_acronyms([doc], gazetteer, {}) == {}
    # the text names the state of the lexicon's LDP: its spelled-out name is that party's
    doc = nlp("Japan votes. The LDP lost seats, and the Liberal Democratic Party chose a new leader.")
    assert implied_acronyms([doc], gazetteer, {}) == {}
    doc = nlp("Seoul said the LDP lost seats, and the Liberal Democratic Party chose a new leader.")
    assert set(implied_acronyms([doc], gazetteer, {})) == {"LDP"}


def test_a_name_whose_words_reach_before_the_entity_keeps_its_label() -> None:
    # "Speaker of Parliament Jussi Halla-aho": the name's words ("Parliament Jussi Halla-aho")
    # begin before the entity the tagger marked; no demonym is looked for outside it (this
    # raised ValueError and lost the whole article)
    from statgraph.link.entities import _with_demonym

    doc = load_nlp(Settings().model)("Speaker of Parliament Jussi Halla-aho reiterated the message.")
    whole = [t for t in doc if t.text in {"Jussi", "Halla", "-", "aho"}]
    words = [doc[2], *whole]
    assert _with_demonym(None, whole, words, "Parliament Jussi Halla-aho", "organization") == "Parliament Jussi Halla-aho"
