"""Errors seen on first contact with new real articles (round twelve), on sentences of our own:
each wrong reading is gone, and a near form that does state the stance is kept."""

from __future__ import annotations

import pytest

from conftest import has_triple, triples_of

pytestmark = pytest.mark.model


def test_a_view_upheld_by_its_own_holder_is_no_support_of_it() -> None:
    found = triples_of("Erdogan said he had shared his strong belief that the rebels' presence in Syria would end soon.")
    assert not any(r == "supports" and "belief" in t for _, r, t in found)
    found = triples_of("But Japan stuck to its demand for a ten-year exemption from the rules.")
    assert not any(r == "supports" and "demand" in t for _, r, t in found)
    assert has_triple(found, "Japan", "demands", "exemption")
    found = triples_of("President Macron defended France's resistance to the proposed trade pact with Canada.")
    assert not any(r == "supports" and "resistance" in t for _, r, t in found)
    assert has_triple(found, "France", "opposes", "trade pact")
    found = triples_of("Jordan's foreign minister reaffirmed the Kingdom's firm position rejecting any displacement.")
    assert not any(r == "supports" and "position" in t for _, r, t in found)


def test_another_sides_view_is_supported() -> None:
    assert has_triple(triples_of("Germany backs France's position on the tariffs."), "Germany", "supports", "position")
    found = triples_of("France shares Germany's concern about the tariffs.")
    assert has_triple(found, "France", "supports", "concern")
    found = triples_of("Italy said it shares their view on the migration pact.")
    assert has_triple(found, "Italy", "supports", "view")


def test_concern_about_a_good_is_no_opposition_to_it() -> None:
    assert not any(r == "opposes" for _, r, _ in triples_of("India is always concerned about Nepal's development."))
    assert not any(r == "opposes" for _, r, _ in triples_of("Brazil is worried about the region's stability."))
    found = triples_of("Japan is worried about the development of long-range missiles by the North.")
    assert has_triple(found, "Japan", "opposes", "development of long-range missiles")
    assert has_triple(triples_of("Poland is concerned about the deployment of troops in Belarus."), "Poland", "opposes", "deployment")


def test_a_body_named_in_an_office_is_no_person_and_no_parent_speaks() -> None:
    found = triples_of("The talks followed the death of Yahya Sinwar, head of the Hamas Political Bureau, last year.")
    assert not any(r == "holds_role" and h != "Yahya_Sinwar" for h, r, _ in found)
    assert has_triple(found, "Yahya_Sinwar", "holds_role", "head", "Political Bureau")
    text = (
        "Jane Doe, the executive secretary of the UN Framework Convention on Climate Change, said on Monday: "
        '"The door remains open, and we welcome constructive engagement from every country."'
    )
    found = triples_of(text)
    assert not any(h == "United_Nations" for h, _, _ in found)
    assert {h for h, r, _ in found if r == "holds_role"} == {"Jane_Doe"}
    assert any(r == "supports" and "engagement" in t for _, r, t in found)


def test_an_office_of_the_organisation_itself_still_speaks_for_it() -> None:
    found = triples_of('The UN secretary-general said: "We condemn the attack on the hospital."')
    assert has_triple(found, "United_Nations", "opposes", "attack")


def test_an_act_done_to_someone_condemned_names_no_doer() -> None:
    text = 'On Friday, the Chilean president told reporters that Chile will continue to support Morales, as he was "illegally ousted".'
    found = triples_of(text)
    assert not any(r in {"opposes", "criticizes"} for _, r, _ in found)
    assert has_triple(found, "Chile", "supports", "Morales")
    found = triples_of('"The ship was illegally seized by Iranian forces," the British minister said.')
    assert has_triple(found, "United_Kingdom", "criticizes", "Iran")
    assert has_triple(found, "United_Kingdom", "opposes", "ship", "seized")


def test_a_tie_at_a_low_or_only_needed_is_no_cooperation() -> None:
    text = (
        "The minister said that with the envoy's recall, diplomatic relations between Chile and Bolivia "
        "would remain at the level of charge d'affaires."
    )
    assert not any(r == "cooperates_with" for _, r, _ in triples_of(text))
    assert not any(r == "cooperates_with" for _, r, _ in triples_of("Relations between Chile and Peru are at their lowest point in decades."))
    text = 'The minister said ties between Chile and Peru were "at a low", stressing the need for Santiago and Lima to cooperate.'
    assert not any(r == "cooperates_with" for _, r, _ in triples_of(text))
    found = triples_of("Relations between Chile and Peru are at the highest level in decades.")
    assert has_triple(found, "Chile", "cooperates_with", "Peru")
    assert has_triple(triples_of("Chile and Peru continue to cooperate on fisheries."), "Peru", "cooperates_with", "Chile")


def test_a_title_case_headline_is_read_as_a_sentence() -> None:
    from conftest import statements_of

    text = "Russia Slams NATO Expansion Plans\n\nMoscow said on Monday that it opposed the expansion of the alliance.\n"
    headline = [s for s in statements_of(text) if s.start == 0]
    assert any(s.holder_id == "Russia" and s.relation == "opposes" and "expansion" in s.target_text.lower() for s in headline)
    assert all(s.evidence == "Russia Slams NATO Expansion Plans" for s in headline)  # offsets and case of the original


def test_a_headline_keeps_the_capitals_of_its_names() -> None:
    from statgraph.headline_case import sentence_case
    from statgraph.link.gazetteer import load_gazetteer
    from statgraph.settings import default_ontology_dir

    gazetteer = load_gazetteer(default_ontology_dir())
    line = "Lula And Macron Diverge On Trade Deal, Says Dr. Jane Roe Of The EU"
    body = "Lula met Macron in Paris. The trade deal was signed. The trade ministers said so."
    read = sentence_case(line, body, gazetteer)
    assert len(read) == len(line)
    assert read == "Lula and Macron diverge on trade deal, says Dr. Jane Roe of the EU"


def test_a_headlines_second_verb_is_no_inverted_frame() -> None:
    found = triples_of("Fiji minister tells New Zealand to respect China fishing deal, rebukes Winston Peters")
    assert not any(h == "Winston_Peters" for h, _, _ in found)
    assert has_triple(found, "Fiji", "demands", "New Zealand")
    found = triples_of('"The plan is dangerous and we reject it," warned Lavrov.')
    assert has_triple(found, "Sergey_Lavrov", "warns", "plan")


def test_an_act_named_as_an_attempt_through_an_inner_verb_is_no_stance() -> None:
    text = (
        '"Russia must put an end to its provocative actions and statements, the spread of false and misleading '
        "reports, baseless claims, and attempts to continue destabilizing the security and stability of Moldova "
        'and the region," the Polish foreign ministry said.'
    )
    found = triples_of(text)
    assert not any("security" in t for _, r, t in found if r in {"opposes", "supports"})
    assert has_triple(found, "Poland", "opposes", "baseless claims")
    text = '"Moscow must stop its attempts to continue destabilizing the security of Georgia," the Polish foreign ministry said.'
    assert not any("security" in t for _, r, t in triples_of(text) if r in {"opposes", "supports"})
    found = triples_of("Russia attempts to destabilize Moldova, the Romanian minister said.")
    assert has_triple(found, "Romania", "criticizes", "Russia")


def test_a_name_keeps_its_apostrophe_and_particle() -> None:
    found = triples_of("Iraq's Prime Minister Mohammed Shia’ al-Sudani on Wednesday met the US envoy in Baghdad.")
    holders = {h for h, r, _ in found if r == "holds_role"}
    assert holders and all("Sudani" in h for h in holders)
