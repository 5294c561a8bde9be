"""`statgraph check`: the SHACL shapes in ontology/shapes.ttl, validated with pySHACL."""

from __future__ import annotations

from pathlib import Path

import rdflib
from click.testing import CliRunner

from statgraph.check import check_graph
from statgraph.cli import cli
from statgraph.exports import save_graph
from statgraph.graph.namespaces import SG
from statgraph.relations import load_relations
from statgraph.store import load_graph

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
ACTOR = rdflib.Namespace("https://statgraph.org/id/actor/")
TOPIC = rdflib.Namespace("https://statgraph.org/id/topic/")


def test_check_seeds_graph_conforms(runner: CliRunner, seed_graph_path: Path) -> None:
    result = runner.invoke(cli, ["check", str(seed_graph_path)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_check_store_conforms(runner: CliRunner, seed_store_path: Path) -> None:
    result = runner.invoke(cli, ["check", "--store", str(seed_store_path)])
    assert result.exit_code == 0, result.output


def test_check_broken_reference_exits_1_naming_it(runner: CliRunner, seed_graph_path: Path, tmp_path: Path) -> None:
    graph = load_graph(seed_graph_path)
    reference = sorted(graph.subjects(rdflib.RDF.type, SG.Reference))[0]
    end = int(graph.value(reference, SG.end))
    graph.remove((reference, SG.document, None))
    graph.set((reference, SG.start, rdflib.Literal(end + 5)))
    broken = tmp_path / "broken.ttl"
    save_graph(graph, broken)
    result = runner.invoke(cli, ["check", str(broken)])
    assert result.exit_code == 1
    name = "ref:" + str(reference).rsplit("/", 1)[1]
    lines = [line for line in result.output.splitlines() if line.startswith(name)]
    assert any(" sg:document: " in line and "[MinCount]" in line for line in lines), result.output
    assert any(" sg:start: " in line and "[LessThan]" in line for line in lines), result.output
    assert result.output.splitlines()[-1] == "2 violations on 1 nodes"


def test_check_topic_where_the_range_is_an_actor(seed_graph_path: Path) -> None:
    graph = load_graph(seed_graph_path)
    graph.add((ACTOR.Russia, SG.met_with, TOPIC.lawmakers))
    graph.add((TOPIC.lawmakers, rdflib.RDF.type, SG.Topic))
    graph.add((TOPIC.lawmakers, rdflib.namespace.SKOS.prefLabel, rdflib.Literal("lawmakers")))
    report = check_graph(graph, ONTOLOGY)
    assert not report.conforms
    assert [(v.focus, v.path, v.value) for v in report.violations] == [("actor:Russia", "sg:met_with", "topic:lawmakers")]


def test_check_confidence_outside_0_1(seed_graph_path: Path) -> None:
    graph = load_graph(seed_graph_path)
    statement = sorted(graph.subjects(rdflib.RDF.type, SG.Statement))[0]
    graph.set((statement, SG.confidence, rdflib.Literal("1.5", datatype=rdflib.XSD.decimal)))
    report = check_graph(graph, ONTOLOGY)
    assert {v.component for v in report.violations} == {"MaxInclusive"}


def test_check_shapes_hold_the_ontology_ranges() -> None:
    """Every rdfs:range of a relation in statgraph.ttl is an sh:class on that relation's path in shapes.ttl."""
    shapes = rdflib.Graph().parse(ONTOLOGY / "shapes.ttl")
    checked = {
        (str(shapes.value(prop, SH.path)), str(shapes.value(prop, SH["class"])))
        for prop in shapes.subjects(SH.path, None)
    }
    domains = {str(s) for s in shapes.objects(None, SH.targetSubjectsOf)}
    for name, relation in load_relations(ONTOLOGY).items():
        assert str(relation.iri) in domains, name
        if relation.range:
            assert (str(relation.iri), str(SG) + relation.range) in checked, name


def test_check_actor_ranges_get_actor_targets(seed_candidates_path: Path) -> None:
    """Every candidate the rules keep for a relation whose range is an actor has an actor target."""
    from statgraph.query import run_query

    ranged = sorted(relation.iri.n3() for relation in load_relations(ONTOLOGY).values() if relation.takes_actor)
    sparql = (
        "SELECT ?relation ?target (EXISTS { ?target a sg:Actor } AS ?actor) WHERE { ?s sg:relation ?relation ; "
        f"sg:target ?target . VALUES ?relation {{ {' '.join(ranged)} }} }}"
    )
    rows = run_query(load_graph(seed_candidates_path), sparql).rows
    assert len(rows) > 10
    assert [row for row in rows if row[2] != "true"] == []
