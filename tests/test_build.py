"""The end-to-end path on the seeds: documents in, a graph with provenance out."""

from __future__ import annotations

from pathlib import Path

import rdflib

from statgraph.graph.namespaces import SG

ROOT = Path(__file__).resolve().parent.parent
ID = "https://statgraph.org/id/"


def test_build_seeds_parse_as_turtle(seed_graph_path: Path) -> None:
    graph = rdflib.Graph().parse(seed_graph_path, format="turtle")
    assert len(graph) > 1000
    assert len(set(graph.subjects(rdflib.RDF.type, SG.Document))) == 5


def test_build_every_passage_is_the_documents_text(seed_statements: list[dict], seeds_dir: Path) -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    assert len(seed_statements) > 50
    for record in seed_statements:
        assert texts[record["doc"]][record["start"] : record["end"]] == record["passage"], record


def test_build_design_examples_with_passages(seed_candidates_path: Path) -> None:
    from statgraph.store import load_graph

    seed_graph = load_graph(seed_candidates_path)
    russia, csto = rdflib.URIRef(ID + "actor/Russia"), rdflib.URIRef(ID + "actor/CSTO")
    nato_expansion, kazakhstan = rdflib.URIRef(ID + "topic/NATO_expansion"), rdflib.URIRef(ID + "actor/Kazakhstan")
    assert (russia, SG.opposes, nato_expansion) in seed_graph
    assert (csto, SG.deployed_to, kazakhstan) in seed_graph
    for holder, relation, target in ((russia, SG.opposes, nato_expansion), (csto, SG.deployed_to, kazakhstan)):
        nodes = [
            s
            for s in seed_graph.subjects(SG.holder, holder)
            if (s, SG.relation, relation) in seed_graph and (s, SG.target, target) in seed_graph
        ]
        assert len(nodes) == 1, "one statement node, however many passages"
        references = list(seed_graph.objects(nodes[0], rdflib.namespace.PROV.wasDerivedFrom))
        assert references
        for ref in references:
            assert seed_graph.value(ref, SG.start) is not None
            assert seed_graph.value(ref, SG.voice) is not None


def test_build_statement_with_many_references(seed_graph: rdflib.Graph) -> None:
    counts = [
        len(list(seed_graph.objects(s, rdflib.namespace.PROV.wasDerivedFrom)))
        for s in seed_graph.subjects(rdflib.RDF.type, SG.Statement)
    ]
    assert max(counts) > 1


def test_build_speaker_holder_and_outlet_are_separate(seed_statements: list[dict]) -> None:
    """Lavrov's "we" is held by Russia and said by Lavrov."""
    said_for_russia = [
        r
        for r in seed_statements
        if r["holder_id"] == "Russia" and r["speaker"] and "Lavrov" in r["speaker"] and r["voice"] == "quoted"
    ]
    assert said_for_russia


def test_build_is_byte_identical(tmp_path: Path, seed_graph_path: Path, seeds_dir: Path) -> None:
    from statgraph.pipeline import build

    again = tmp_path / "again.ttl"
    build([seeds_dir], again)
    assert again.read_bytes() == seed_graph_path.read_bytes()


def test_build_committed_graph_is_current(seed_graph_path: Path) -> None:
    """graphs/seeds.ttl is what the README's first command writes today."""
    committed = ROOT / "graphs" / "seeds.ttl"
    assert committed.read_bytes() == seed_graph_path.read_bytes(), "rerun the README's first set-up command"


def test_build_records_run_and_model(seed_graph: rdflib.Graph) -> None:
    runs = list(seed_graph.subjects(rdflib.RDF.type, SG.Run))
    assert len(runs) == 1
    assert "core_web_sm" in str(seed_graph.value(runs[0], SG.model))
    assert str(seed_graph.value(runs[0], SG.toolVersion)).startswith("statgraph ")


def test_build_document_metadata(seed_graph: rdflib.Graph) -> None:
    titles = {" ".join(str(t).split()) for t in seed_graph.objects(None, rdflib.namespace.DCTERMS.title)}
    assert "Sergey Lavrov on Russian Security and Foreign Policy" in titles
    assert (
        "Moscow Won't Sit Idly By, Will Take Necessary Measures if Security Proposals Rejected, Lavrov Says" in titles
    )


def test_namespaces_generated_from_ontology() -> None:
    from statgraph.graph.vocabulary import render_namespace

    generated = render_namespace(ROOT / "ontology" / "statgraph.ttl")
    assert (ROOT / "src" / "statgraph" / "graph" / "namespaces.py").read_text() == generated


def test_public_api_is_pinned() -> None:
    import statgraph

    assert statgraph.__all__ == sorted(statgraph.__all__)
    assert set(statgraph.__all__) >= {"build", "load_graph", "read_statements", "run_query", "Settings"}
