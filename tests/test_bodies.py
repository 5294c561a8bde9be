"""Organisations referred to by their kind: "the bloc", "the Council", "the ministry", and
organs named after the state or body they belong to."""

from __future__ import annotations

from conftest import has_triple, triples_of


def test_the_bloc_is_the_body_the_article_names_most_not_the_last_named() -> None:
    text = (
        "ECOWAS leaders met in Abuja on Sunday. ECOWAS decided to ease the sanctions on Niger. "
        "It asked the African Union to enforce targeted sanctions.\n\n"
        "The bloc emphasized the need for the release of Bazoum."
    )
    found = triples_of(text)
    assert has_triple(found, "ECOWAS", "demands", "release of Bazoum")
    assert not any(h == "African_Union" for h, _, _ in found)


def test_the_organisation_named_in_its_own_sentence_is_the_one_meant() -> None:
    text = (
        "NATO held its summit in Vilnius. NATO invited Sweden. NATO praised Finland. "
        "The YPG fought the Islamic State for years, defeating the organization in northern Syria."
    )
    found = triples_of(text)
    assert not any(h == "YPG" and t == "NATO" for h, _, t in found)


def test_the_ministry_is_the_ministry_named_before_not_the_last_organisation() -> None:
    text = (
        "Russia's Foreign Ministry criticized the NATO summit in Vilnius. "
        "The ministry said it opposes the expansion of the alliance."
    )
    found = triples_of(text)
    assert has_triple(found, "Russia", "opposes", "expansion")
    assert not any(h == "NATO" for h, _, _ in found)


def test_the_council_is_the_council_named_before_never_an_actor_of_its_own() -> None:
    text = (
        "The UN Security Council met on Friday after the attack in Moscow. "
        "The Council members expressed their deepest sympathy to the families. "
        "The Council condemned the attack."
    )
    found = triples_of(text)
    assert has_triple(found, "UN_Security_Council", "opposes", "attack")
    assert not any(h == "Council" for h, _, _ in found)
    # no council named before: "the Commission" names nobody, and is no actor either
    alone = triples_of("The Commission also recommends that Georgia pursue a European perspective.")
    assert not any(h == "Commission" for h, _, _ in alone)


def test_a_headline_name_gives_no_kind_to_the_bloc() -> None:
    text = (
        "Sahel Juntas Quit West African Bloc\n\n"
        "ECOWAS suspended Mali in 2021. The bloc tried to push for the early return of civilian governments."
    )
    found = triples_of(text)
    assert has_triple(found, "ECOWAS", "demands", "early return")
    assert not any("Bloc" in h for h, _, _ in found)


def test_an_organ_named_after_its_state_or_body_speaks_for_it() -> None:
    found = triples_of("The Government of Canada will continue to respect diplomatic norms.")
    assert has_triple(found, "Canada", "supports", "diplomatic norms")
    text = (
        "The summit of the Authority of Heads of State and Government of ECOWAS ended on Sunday. "
        "The Authority deeply deplores the continued detention of Bazoum."
    )
    assert has_triple(triples_of(text), "ECOWAS", "opposes", "detention")
    # a university is no organ: it does not speak for the state it is named after
    assert not any(h == "Iran" for h, _, _ in triples_of("The University of Tehran condemned the sanctions."))


def test_the_longest_person_name_wins_over_the_entity_the_tagger_drew() -> None:
    # the tagger's entity is only "Ali Khan": the first name it left out is part of the name
    found = triples_of("Shafqat Ali Khan said that India should vacate the territories of Jammu and Kashmir.")
    assert any(h == "Shafqat_Ali_Khan" and r == "demands" for h, r, _ in found)
    assert not any(h == "Ali_Khan" for h, _, _ in found)
    # a title and a possessive drawn into the entity are no part of the name
    text = (
        "Foreign Ministry Spokesperson Geng Shuang held a press conference on Tuesday.\n\n"
        "Spokesperson Geng Shuang's remarks followed. Geng Shuang said China opposes unilateral sanctions."
    )
    holders = {h for h, _, _ in triples_of(text)}
    assert not any(h.startswith("Spokesperson") for h in holders)


def test_a_state_possessive_before_a_person_is_the_persons_affiliation() -> None:
    # the parser hangs "China's" as the second subject and "Wang Yi" apart from it
    text = (
        "India’s S. Jaishankar and China’s Wang Yi met in the Russian capital on Thursday night and agreed "
        "that “the situation in the border areas is not in the interest of either side,” according to a statement."
    )
    found = triples_of(text)
    assert has_triple(found, "Subrahmanyam_Jaishankar", "met_with", "Wang Yi")
    assert has_triple(found, "Wang_Yi", "visited", "Russia")
    assert not any(r == "met_with" and t == "China" for _, r, t in found)


def test_a_city_the_lexicon_places_is_visited_by_those_from_elsewhere() -> None:
    text = (
        "Chinese Foreign Minister Wang Yi met with Serbian President Aleksandar Vucic on the sidelines "
        "of the UN General Assembly in New York on Monday."
    )
    found = triples_of(text)
    assert has_triple(found, "Wang_Yi", "visited", "New York")
    assert has_triple(found, "Aleksandar_Vucic", "visited", "New York")
    # the city's own state's officials do not visit it, and it never stands for its state
    home = triples_of(
        "US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in New York on Monday."
    )
    assert has_triple(home, "Wang_Yi", "visited", "New York")
    assert not any(h == "Antony_Blinken" and r == "visited" for h, r, _ in home)
    assert not any(t == "United States" and r == "visited" for _, r, t in home)


CHILE = '[[actor]]\nid = "Chile"\nlabel = "Chile"\ntype = "state"\n\n[cities]\n"Valparaíso" = "Chile"\n'


def test_a_city_in_no_known_state_is_a_clear_error(tmp_path) -> None:  # noqa: ANN001
    import pytest

    from statgraph.errors import ExtractionError
    from statgraph.link.gazetteer import load_gazetteer

    (tmp_path / "actors.toml").write_text(
        CHILE + '"Geneva" = "Helvetia"\n',
        encoding="utf-8",
    )
    with pytest.raises(ExtractionError, match="Helvetia"):
        load_gazetteer(tmp_path)
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "actors.toml").write_text(
        CHILE, encoding="utf-8"
    )
    gazetteer = load_gazetteer(tmp_path / "ok")
    assert gazetteer.city("Valparaiso") == "Chile" and gazetteer.city("the Valparaíso") == "Chile"
    assert gazetteer.find("Valparaíso") is None  # a city is no actor


def test_a_surname_before_the_full_name_is_the_person_named_in_full_below() -> None:
    text = (
        "Libya’s Dbeibeh welcomes UN call for holding elections\n\n"
        "Libya's Prime Minister Abdul Hamid Dbeibeh on Monday welcomed the UN call for holding elections."
    )
    found = triples_of(text)
    assert has_triple(found, "Abdul_Hamid_Dbeibeh", "supports", "UN call")
    assert not any(h == "Libya" and r == "supports" for h, r, _ in found)
    # two persons who share a surname: the surname alone is neither
    from statgraph.link.gazetteer import load_gazetteer
    from statgraph.link.person_names import foreseen_people
    from statgraph.nlp import load_nlp
    from statgraph.settings import default_ontology_dir

    nlp = load_nlp()
    docs = [nlp("Joe Biden spoke to Hunter Biden on Friday."), nlp("Abdul Hamid Dbeibeh met Sergey Lavrov.")]
    foreseen = foreseen_people(docs, load_gazetteer(default_ontology_dir()))
    assert "Biden" not in foreseen and foreseen.get("Dbeibeh") == "Abdul Hamid Dbeibeh"


def test_an_office_described_by_its_organisation_is_its_holder() -> None:
    for text in (
        "The UN Secretary-General condemned the recent launch.",
        "The United Nations Secretary-General condemned the recent launch.",
    ):
        found = triples_of(text)
        assert has_triple(found, "Antonio_Guterres", "opposes", "launch")
    # an office the lexicon knows no holder of names nobody
    assert not triples_of("The Andorran Secretary-General condemned the recent launch.")


def test_heads_of_state_and_government_are_a_title_not_an_actor() -> None:
    text = (
        "We, the Heads of State and Government of the 29 member nations of the North Atlantic Alliance, "
        "have gathered in Brussels.\n\nWe are united in our commitment to the Washington Treaty."
    )
    found = triples_of(text)
    assert has_triple(found, "NATO", "supports", "Washington Treaty")
    assert not any(h.startswith("Heads") for h, _, _ in found)
    # a body whose name holds a title stays a body
    assert any(h == "Council_of_Ministers" for h, _, _ in triples_of("The Council of Ministers approved the plan."))


def test_a_known_organs_name_inside_another_states_organ_is_that_states() -> None:
    found = triples_of("The Security Council of Ukraine condemned the attack.")
    assert has_triple(found, "Ukraine", "opposes", "attack")
    assert not any(h == "UN_Security_Council" for h, _, _ in found)
    united = triples_of("The Security Council of the United Nations condemned the attack.")
    assert has_triple(united, "UN_Security_Council", "opposes", "attack")
