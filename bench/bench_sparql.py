"""SPARQL at a million triples: loading and the saved queries, embedded store against rdflib.

The seeds are built once into a store; their document graphs are then copied under new
document and reference IRIs (actors, topics and statement nodes stay shared, as in a real
corpus) until the union graph holds about --triples triples. Prints:
  1. load rate: rdflib parsing N-Triples into memory; the embedded store (on disk) loaded
     as `statgraph build` writes it (N-Quads batches of whole documents, each triple in
     its document graph and in the union graph) and with Oxigraph's bulk loader;
  2. latency of COUNT(*) and of every saved query, on the store and on rdflib's graph.

    python bench/bench_sparql.py                   # about 10 minutes, 1 M triples
    python bench/bench_sparql.py --triples 200000  # a quick look
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
UNION = "https://statgraph.org/graph/union"
RENAME = re.compile(r"(https://statgraph\.org/id/(?:doc|reference)/)([^>]*)")


def seed_documents(scratch: Path) -> list[tuple[str, list[str]]]:
    """(graph IRI, N-Triples lines) of each seed document, from a fresh store build."""
    import pyoxigraph

    from statgraph.pipeline import build_store
    from statgraph.store import UNION_GRAPH

    build_store([ROOT / "seeds"], scratch / "seeds-store")
    store = pyoxigraph.Store(str(scratch / "seeds-store"))
    documents = []
    for graph in store.named_graphs():
        if graph.value != UNION_GRAPH:
            lines = [str(q.triple) for q in store.quads_for_pattern(None, None, None, graph)]
            documents.append((graph.value, lines))
    del store
    return sorted(documents)


def copies(documents: list[tuple[str, list[str]]], target: int) -> tuple[list[tuple[str, str]], int]:
    """Copies of the documents under new IRIs until the union holds about `target` triples.

    Returns:
        (graph IRI, N-Triples text) per document, and the size of the union.
    """
    union: set[str] = set()
    out: list[tuple[str, str]] = []
    number = 0
    while len(union) < target:
        for iri, lines in documents:
            moved = [_renamed(line, number) for line in lines]
            union.update(moved)
            out.append((_renamed(iri, number), " .\n".join(moved) + " .\n"))
        number += 1
    return out, len(union)


def _renamed(text: str, number: int) -> str:
    """Document and reference IRIs of copy `number`."""
    return RENAME.sub(f"\\1c{number}-\\2", text)


def load_rdflib(ntriples: Path) -> tuple[object, float]:
    """An rdflib Graph parsed from N-Triples, and the seconds it took."""
    from rdflib import Graph

    start = time.perf_counter()
    graph = Graph()
    graph.parse(ntriples, format="nt")
    return graph, time.perf_counter() - start


def load_store(folder: Path, documents: list[tuple[str, str]]) -> tuple[object, float]:
    """The embedded store loaded as `statgraph build` writes: whole-document N-Quads batches."""
    from statgraph.store import DocumentGraph, open_store
    from statgraph.stores.writer import BatchWriter

    start = time.perf_counter()
    store = open_store(folder, create=True)
    with BatchWriter(store) as writer:
        for iri, text in documents:
            writer.add(DocumentGraph(iri, iri, text[:-3].split(" .\n")))
    store._store.flush()  # type: ignore[attr-defined]
    return store, time.perf_counter() - start


def bulk_load(folder: Path, nquads: Path) -> float:
    """Seconds for Oxigraph's bulk loader (not transactional) to load the same quads."""
    import pyoxigraph

    start = time.perf_counter()
    store = pyoxigraph.Store(str(folder))
    store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store
    return time.perf_counter() - start


def timed_queries(store: object, graph: object, limit: float) -> None:
    """Print the latency of every saved query on the store and on the rdflib graph.

    An rdflib query runs in a forked child (sharing the graph) and is stopped after `limit`
    seconds.
    """
    from statgraph.query import saved_queries

    queries = {"count": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **saved_queries()}
    print(f"\n2. Query latency, seconds (rows)      {'store':>16} {'rdflib':>18}")
    for name, text in queries.items():
        on_store, rows = _run(store, text)
        print(f"   {name:34} {on_store:7.2f} ({rows:>6}) {_run_forked(graph, text, limit):>18}")


def _run(source: object, text: str) -> tuple[float, int]:
    """Seconds and rows of one query."""
    from statgraph.query import result_rows, run_query

    start = time.perf_counter()
    rows = len(result_rows(run_query(source, text))[1])  # type: ignore[arg-type]
    return time.perf_counter() - start, rows


def _run_forked(graph: object, text: str, limit: float) -> str:
    """`_run` in a forked child, stopped after `limit` seconds; a table cell."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=lambda: send.send(_run(graph, text)))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return f"> {limit:.0f}"
    seconds, rows = receive.recv()
    return f"{seconds:7.2f} ({rows:>6})"


def main() -> None:
    """Parse the options, build the data, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000, help="Size of the union graph.")
    parser.add_argument(
        "--rdflib-limit",
        type=float,
        default=120.0,
        help="Seconds after which an rdflib query is stopped.",
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="statgraph-bench-") as folder:
        scratch = Path(folder)
        documents, size = copies(seed_documents(scratch), options.triples)
        quads = sum(text.count(" .\n") for _, text in documents) * 2
        print(f"{len(documents):,} documents; union graph {size:,} triples; {quads:,} quads stored")
        graph, store = load_rates(scratch, documents, size, quads)
        timed_queries(store, graph, options.rdflib_limit)
        store.close()  # type: ignore[attr-defined]


def load_rates(scratch: Path, documents: list[tuple[str, str]], size: int, quads: int) -> tuple[Any, Any]:
    """Print table 1; the rdflib graph and the store, loaded."""
    lines = {line for _, text in documents for line in text.splitlines(True)}
    (scratch / "union.nt").write_text("".join(sorted(lines)), encoding="utf-8")
    with (scratch / "all.nq").open("w", encoding="utf-8") as out:
        for iri, text in documents:
            for name in (iri, UNION):
                out.write(text.replace(" .\n", f" <{name}> .\n"))
    graph, seconds = load_rdflib(scratch / "union.nt")
    print("\n1. Load rate")
    _rate("rdflib Graph.parse N-Triples (memory)", seconds, size)
    store, seconds = load_store(scratch / "store", documents)
    _rate("store, as build writes (disk, atomic)", seconds, size, quads)
    _rate(
        "store, Oxigraph bulk_load (disk)",
        bulk_load(scratch / "bulk", scratch / "all.nq"),
        size,
        quads,
    )
    return graph, store


def _rate(name: str, seconds: float, triples: int, quads: int = 0) -> None:
    per_quad = f" ({quads / seconds:,.0f} quads/s)" if quads else ""
    print(f"   {name:38} {seconds:7.1f} s {triples / seconds:10,.0f} triples/s{per_quad}")


if __name__ == "__main__":
    main()
