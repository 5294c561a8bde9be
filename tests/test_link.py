"""Linking: the actor lexicon, topic concepts and minted ids, read from ontology/."""

from __future__ import annotations

from pathlib import Path

import pytest

from statgraph.link.gazetteer import load_gazetteer, mint_id
from statgraph.link.topics import load_topics, topic_for

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


@pytest.fixture(scope="module")
def gazetteer():  # noqa: ANN201
    return load_gazetteer(ONTOLOGY)


@pytest.fixture(scope="module")
def topics():  # noqa: ANN201
    return load_topics(ONTOLOGY)


@pytest.mark.parametrize(
    "surface, actor",
    [
        ("Moscow", "Russia"),
        ("the Kremlin", "Russia"),
        ("Washington", "United_States"),
        ("the US", "United_States"),
        ("Beijing", "China"),
        ("North Atlantic Alliance", "NATO"),
        ("Sergei Lavrov", "Sergey_Lavrov"),
        ("Tehran", "Iran"),
    ],
)
def test_link_metonymy_and_aliases(gazetteer, surface: str, actor: str) -> None:  # noqa: ANN001
    assert gazetteer.find(surface).id == actor


def test_link_lower_case_words_are_not_names(gazetteer) -> None:  # noqa: ANN001
    """ "west" the direction and "turkey" the bird are not the West and Turkey."""
    assert gazetteer.find("west") is None and gazetteer.find("turkey") is None
    assert gazetteer.find("West").id == "West"


def test_link_demonyms_and_offices(gazetteer) -> None:  # noqa: ANN001
    assert gazetteer.demonym("Russian").id == "Russia"
    assert gazetteer.demonym("British").id == "United_Kingdom"
    assert gazetteer.office_holder("foreign minister", "Russia").id == "Sergey_Lavrov"


def test_link_every_actor_is_well_formed(gazetteer) -> None:  # noqa: ANN001
    assert len(gazetteer.actors) > 500
    for actor in gazetteer.actors.values():
        assert mint_id(actor.id) == actor.id
        assert actor.of is None or actor.of in gazetteer.actors, actor


@pytest.mark.parametrize(
    "phrase",
    [
        "eastward expansion of NATO",
        "NATO's enlargement",
        "expand NATO",
        "further eastward expansion of the North Atlantic Alliance",
    ],
)
def test_link_topic_variants_are_one_concept(topics, phrase: str) -> None:  # noqa: ANN001
    from statgraph.link.topics import canonical_phrase

    assert topic_for(canonical_phrase(phrase, load_gazetteer(ONTOLOGY)), topics)[0] == "NATO_expansion"


def test_link_unknown_issue_named_by_its_words(topics) -> None:  # noqa: ANN001
    topic_id, label = topic_for("the revision of the fisheries quota", topics)
    assert label == "revision fisheries quota" and topic_id == "revision_fisheries_quota"


@pytest.mark.parametrize("label", ['Q"uote <x> & y', "ümlaut naïve", "  spaces  ", "", "'s"])
def test_link_minted_ids_are_iri_safe(label: str) -> None:
    minted = mint_id(label)
    assert minted and all(c.isalnum() and c.isascii() or c == "_" for c in minted)


def test_link_a_concept_that_leaves_out_a_name_the_phrase_gives_does_not_match(topics) -> None:  # noqa: ANN001
    # "sanctions on Iran" and "sanctions on Russia" are two issues: merging them into the bare
    # concept "sanctions" would set those who oppose one against those who support the other
    assert topic_for("sanctions", topics)[0] == "Sanctions"
    assert topic_for("new economic sanctions", topics)[0] == "Sanctions"
    iran, russia = topic_for("sanctions on Iran", topics), topic_for("sanctions on Russia", topics)
    assert iran[0] != russia[0] and "Iran" in iran[1] and "Russia" in russia[1]


def test_link_a_place_inside_a_longer_name_is_not_replaced_by_its_state() -> None:
    from statgraph.link.topics import canonical_phrase

    gazetteer = load_gazetteer(ONTOLOGY)
    assert canonical_phrase("obligations under the Minsk Agreements", gazetteer) == "obligations under the Minsk Agreements"
    assert canonical_phrase("talks in Minsk", gazetteer) == "talks in Belarus"


def test_link_the_longest_known_name_wins_over_a_part_of_it() -> None:
    from conftest import statements_of

    found = statements_of("Jamaica, the Bahamas, Antigua and Barbuda have also offered to send officers for the force.")
    holders = {s.holder_id for s in found if s.relation == "proposes"}
    assert "Antigua_and_Barbuda" in holders
    assert not any("Barbuda" in h and h != "Antigua_and_Barbuda" for h in holders)


def test_link_a_family_name_the_tagger_took_for_a_pronoun_stays_in_the_name(en_vocab) -> None:  # noqa: ANN001
    from conftest import make_doc

    from statgraph.link.resolve import Resolver

    words = ["Later", ",", "He", "Yongqian", "said", "so", "."]
    doc = make_doc(
        en_vocab, words, heads=[4, 4, 3, 4, 4, 4, 4], deps=["advmod", "punct", "compound", "nsubj", "ROOT", "advmod", "punct"],
        pos=["ADV", "PUNCT", "PRON", "PROPN", "VERB", "ADV", "PUNCT"], ents=["O", "O", "O", "B-PERSON", "O", "O", "O"],
    )
    found = Resolver(load_gazetteer(ONTOLOGY)).resolve(doc[3])
    assert found is not None and found.label == "He Yongqian"
    # at the start of a sentence "He" before a name is a pronoun only when no name follows
    doc = make_doc(
        en_vocab, ["He", "said", "so", "."], heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "advmod", "punct"],
        pos=["PRON", "VERB", "ADV", "PUNCT"],
    )
    assert Resolver(load_gazetteer(ONTOLOGY)).resolve(doc[0]) is None


def _every_label(phrase: str, topics, head: str = ""):  # noqa: ANN001, ANN202
    """match_topic as a scan of every label of every concept (what the head index must equal)."""
    from statgraph.link.topics import _names_in, content_stems, phrase_head, stem

    words, names, head = content_stems(phrase), _names_in(phrase), stem(head or phrase_head(phrase))
    fits = [(len(key), topic.id, topic) for topic in topics for key in topic.keys
            if key <= words and names <= key and (not head or head in key)]
    return max(fits, key=lambda f: f[:2])[2] if fits else None


@pytest.mark.parametrize("phrase", [
    "eastward expansion of NATO", "a ceasefire in the Gaza Strip", "sanctions on Iran", "the peace conference",
    "the nuclear deal", "its sovereignty over the islands", "of the", "talks", "the New START treaty",
])
def test_link_the_head_index_finds_what_a_scan_of_every_label_finds(topics, phrase: str) -> None:  # noqa: ANN001
    from statgraph.link.topics import match_topic

    assert match_topic(phrase, topics) == _every_label(phrase, topics)
    last = phrase.split()[-1]  # a head the parse gives, here the last word ("Strip", "NATO")
    assert match_topic(phrase, topics, head=last) == _every_label(phrase, topics, head=last)


def test_link_an_actor_added_later_is_found_though_its_name_was_looked_up_before() -> None:
    from statgraph.link.gazetteer import Actor, Gazetteer

    gazetteer = Gazetteer()
    assert gazetteer.find("Freedonia") is None
    gazetteer.add(Actor(id="Freedonia", label="Freedonia", type="state"))
    assert gazetteer.find("Freedonia") is not None and gazetteer.find("Freedonia").id == "Freedonia"


def test_longer_name_is_looked_for_only_in_a_run_of_name_words_longer_than_the_name() -> None:
    from statgraph.link.name_spans import _fitting_run, longer_name, name_span
    from statgraph.nlp import load_nlp
    from statgraph.pipeline import load_resources
    from statgraph.settings import Settings

    gazetteer = load_resources(Settings()).gazetteer
    doc = load_nlp(Settings().model)("Leaders of Antigua and Barbuda met Russia on Monday.")
    barbuda = next(t for t in doc if t.text == "Barbuda")
    russia = next(t for t in doc if t.text == "Russia")
    assert _fitting_run(doc, barbuda.i, 0, len(doc)) >= 3  # "of Antigua and Barbuda"
    assert longer_name(gazetteer, barbuda, name_span(barbuda)) is not None
    assert _fitting_run(doc, russia.i, 0, len(doc)) == 1  # "met Russia on": a name of its own
    assert longer_name(gazetteer, russia, name_span(russia)) is None


def test_folded_texts_and_minted_ids_are_made_once_and_stay_the_same() -> None:
    from statgraph.link.gazetteer import fold, mint_id

    assert fold("Niinistö") == "Niinisto" and fold("Orbán Viktor") == "Orban Viktor"
    assert mint_id("Orbán's Fidesz-KDNP") == "Orban_s_Fidesz_KDNP" == mint_id("Orbán's Fidesz-KDNP")
    assert mint_id("") == "x" and mint_id("ñ" * 200) == "n" * 80
    assert fold.cache_info().hits >= 1  # asked again, read from the cache
