"""Relations, defined once in ontology/statgraph.ttl: what the code derives from them, and
adding one by editing data only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from statgraph.errors import ExtractionError
from statgraph.extract.cues import load_lexicon
from statgraph.relations import (
    default_stance_groups,
    load_relations,
    names_of_kind,
    polarities,
    relation_iri,
    stance_groups,
)

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"
ACCUSES = """
sg:accuses a owl:ObjectProperty, sg:Relation ; rdfs:label "accuses"@en ; sg:group "oppose" ; sg:kind "stance" ;
    sg:polarity -1 ; sg:plover "ACCUSE" ; sg:cameo "112" ; rdfs:domain sg:Actor ; rdfs:range sg:Actor .
"""


def _ontology_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY, folder)
    return folder


def test_relations_read_from_the_vocabulary() -> None:
    relations = load_relations(ONTOLOGY)
    assert names_of_kind(relations, "stance") == (
        "cooperates_with",
        "criticizes",
        "demands",
        "opposes",
        "proposes",
        "rejects",
        "supports",
        "warns",
    )
    assert names_of_kind(relations, "event") == ("deployed_to", "member_of", "met_with", "visited")
    assert names_of_kind(relations, "role") == ("holds_role",)
    assert relations["supports"].negation == "opposes" and relations["opposes"].negation == ""
    assert relations["rejects"].plover == "REJECT" and relations["visited"].cameo == "042"
    assert relations["cooperates_with"].iri == relation_iri("cooperates_with")


def test_relations_member_of_is_structure_and_no_stance() -> None:
    """The vocabulary's group is the only one; the views show every non-stance as an event."""
    member_of = load_relations(ONTOLOGY)["member_of"]
    assert (member_of.group, member_of.kind, member_of.stance) == ("structure", "event", "event")
    assert default_stance_groups() == stance_groups(load_relations(ONTOLOGY))


def test_relations_polarity() -> None:
    assert polarities(load_relations(ONTOLOGY)) == {
        "supports": 1,
        "cooperates_with": 1,
        "opposes": -1,
        "rejects": -1,
        "criticizes": -1,
    }


def test_relations_negation_reaches_the_cues() -> None:
    lexicon = load_lexicon(ONTOLOGY)
    assert {cue.negated for cue in lexicon.verb_cues("support")} == {"opposes"}
    assert {cue.negated for cue in lexicon.verb_cues("condemn")} == {""}


def test_relations_unknown_cue_section_fails_loudly(tmp_path: Path) -> None:
    folder = _ontology_copy(tmp_path)
    with (folder / "cues.toml").open("a", encoding="utf-8") as cues:
        cues.write('\n[acuses]\nverbs = ["incriminate"]\n')
    with pytest.raises(ExtractionError, match=r"\[acuses\] names no relation"):
        load_lexicon(folder)


def test_relations_without_a_kind_fail_loudly(tmp_path: Path) -> None:
    folder = _ontology_copy(tmp_path)
    with (folder / "statgraph.ttl").open("a", encoding="utf-8") as ttl:
        ttl.write('\nsg:accuses a sg:Relation ; sg:group "oppose" .\n')
    with pytest.raises(ExtractionError, match="accuses needs an sg:group and an sg:kind"):
        load_relations(folder)


@pytest.mark.model
def test_relations_adding_one_is_editing_data(tmp_path: Path) -> None:
    """A new relation in statgraph.ttl and cues.toml only is extracted, built and read back."""
    from statgraph import Settings, build, load_graph, read_statements

    folder = _ontology_copy(tmp_path)
    with (folder / "statgraph.ttl").open("a", encoding="utf-8") as ttl:
        ttl.write(ACCUSES)
    with (folder / "cues.toml").open("a", encoding="utf-8") as cues:
        cues.write('\n[accuses]\nverbs = ["incriminate"]\n')
    document = tmp_path / "docs" / "article.txt"
    document.parent.mkdir()
    document.write_text("Russia incriminated NATO over the strikes.\n", encoding="utf-8")
    out = tmp_path / "graph.ttl"
    build([document], out, Settings(ontology_dir=folder, judge="none"))  # a new relation: the judge has not seen it
    found = [(s["holder_id"], s["relation"], s["target_id"]) for s in read_statements(load_graph(out))]
    assert found == [("Russia", "accuses", "NATO")]
