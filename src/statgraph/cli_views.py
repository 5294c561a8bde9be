"""The statgraph commands that draw and export: view, network, export (added to the group in `cli`)."""

from __future__ import annotations

import click

from .cli_options import click_error, open_source, store_option, write_output
from .errors import StatgraphError


@click.command()
@click.argument("graph", required=False, type=click.Path(exists=True, dir_okay=False))
@store_option
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--title", default="statgraph", show_default=True, help="The page's title.")
@click.option(
    "--focus", default=None, metavar="ACTOR", help="Show only this actor's or topic's ego network (an id or a label)."
)
@click.option("--depth", type=click.IntRange(1, 10), default=1, show_default=True, help="Steps from --focus.")
@click.option(
    "--relation",
    "relations",
    multiple=True,
    metavar="NAME",
    help="Keep only this relation (opposes) or stance group (oppose, event); repeatable.",
)
@click.option(
    "--doc",
    "docs",
    multiple=True,
    metavar="FILE",
    help="Keep only passages from this document (its file name); repeatable.",
)
@click.option(
    "--min-support",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Keep only edges with at least this many passages.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(1),
    default=2000,
    show_default=True,
    help="Past this many nodes keep the busiest; the page says so.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Only statements at or above this confidence.",
)
def view(
    graph: str | None,
    store: str | None,
    out: str,
    title: str,
    focus: str | None,
    depth: int,
    relations: tuple[str, ...],
    docs: tuple[str, ...],
    min_support: int,
    max_nodes: int,
    min_confidence: float,
) -> None:
    """Write an interactive HTML view of the graph that works offline.

    One file with everything inlined: a legend, tooltips, a side panel listing the passages
    behind an edge, a search box and filter menus.

    Example:

        statgraph view graphs/seeds.ttl --out graphs/seeds.html --focus Russia --depth 2
    """
    from .views import write_view

    try:
        nodes, edges = write_view(
            open_source(graph, store),
            out,
            title=title,
            focus=focus,
            depth=depth,
            relations=relations,
            docs=docs,
            min_support=min_support,
            max_nodes=max_nodes,
            min_confidence=min_confidence,
        )
    except StatgraphError as e:
        raise click_error(e) from e
    click.echo(f"{nodes} nodes, {edges} edges -> {out}", err=True)


@click.command()
@click.argument("graph", required=False, type=click.Path(exists=True, dir_okay=False))
@store_option
@click.option(
    "--kind",
    type=click.Choice(["congruence", "conflict", "affiliation"]),
    default="congruence",
    show_default=True,
    help="Same stance on a target, opposite stances, or actor-target ties.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "graphml", "gexf", "csv"]),
    default=None,
    help="Default: from --out's extension, else csv.",
)
@click.option(
    "--min-weight",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Keep only edges of at least this weight.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Only statements at or above this confidence.",
)
@click.option("--out", "-o", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
def network(
    graph: str | None, store: str | None, kind: str, fmt: str | None, min_weight: int, min_confidence: float,
    out: str | None,
) -> None:
    """Write a discourse network of the actors: congruence, conflict or affiliation.

    GraphML and GEXF open in Gephi (and GraphML in visone); CSV lists the weighted edges.

    Example:

        statgraph network graphs/seeds.ttl --kind conflict --out conflict.graphml
    """
    from .views import get_network_format, make_network, network_format

    try:
        writer = get_network_format(network_format(fmt, out))
        drawn = make_network(open_source(graph, store), kind=kind, min_weight=min_weight, min_confidence=min_confidence)
        write_output(writer(drawn), out)
    except StatgraphError as e:
        raise click_error(e) from e
    if out:
        notes = "".join(f" ({note})" for note in drawn.graph["notes"] if not drawn.number_of_edges())
        click.echo(f"{kind} network: {drawn.number_of_nodes()} nodes, {drawn.number_of_edges()} edges -> {out}{notes}",
                   err=True)


@click.command()
@click.argument("graph", required=False, type=click.Path(exists=True, dir_okay=False))
@store_option
@click.option(
    "--format",
    "fmt",
    default=None,
    help="turtle (ttl), trig, nquads (nq), ntriples (nt), jsonld or rdfxml. Default: from --out's "
    "extension, else turtle.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out references below this confidence, and statements left with none.",
)
@click.option("--out", "-o", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
def export(graph: str | None, store: str | None, fmt: str | None, min_confidence: float, out: str | None) -> None:
    """Export a graph file, or the store, in an RDF format; the same graph gives the same bytes.

    TriG and N-Quads keep one named graph per document (named by the document's IRI, as
    in the store); the other formats hold the union of the documents' graphs.

    Example:

        statgraph export graphs/seeds.ttl --out seeds.jsonld

        statgraph export graphs/seeds.ttl --min-confidence 0.8 --out confident.ttl

        statgraph export --store statgraph-store --out corpus.trig
    """
    from .exports import export_rdf

    try:
        write_output(export_rdf(open_source(graph, store), fmt, out, min_confidence=min_confidence), out)
    except StatgraphError as e:
        raise click_error(e) from e


@click.command()
@click.argument("graph", required=False, type=click.Path(exists=True, dir_okay=False))
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True)
@click.option("--out", "-o", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
def topics(graph: str | None, store: str | None, fmt: str, out: str | None) -> None:
    """The issues targets were normalised to, each with the passage wordings that name it and
    how many passages use each, to review and copy into ontology/topics.ttl.

    Example:

        statgraph topics graphs/seeds.ttl --format csv --out topics.csv
    """
    from .exports.statements import to_csv, to_table
    from .query import load_query, result_rows, run_query

    try:
        names, rows = result_rows(run_query(open_source(graph, store), load_query("topics")))
    except StatgraphError as e:
        raise click_error(e) from e
    records = [dict(zip(names, row, strict=True)) for row in rows]
    text = to_csv(records) if fmt == "csv" else to_table(records, names)
    write_output(text or ",".join(names) + "\n", out)


@click.command()
@click.argument("graph", required=False, type=click.Path(exists=True, dir_okay=False))
@store_option
@click.option(
    "--ontology",
    type=click.Path(file_okay=False, exists=True),
    default=None,
    help="Folder with shapes.ttl and statgraph.ttl (default: the project's ontology/).",
)
def check(graph: str | None, store: str | None, ontology: str | None) -> None:
    """Validate a graph file or the store against the SHACL shapes (ontology/shapes.ttl).

    Prints each violation (the node, the property, what is wrong, the SHACL constraint) and
    exits 1 when the graph does not conform, 0 when it does.

    Example:

        statgraph check graphs/seeds.ttl

        statgraph check --store statgraph-store
    """
    from .check import check_graph
    from .settings import Settings

    try:
        report = check_graph(open_source(graph, store).graph(), ontology or Settings().ontology_dir)
    except StatgraphError as e:
        raise click_error(e) from e
    click.echo(report.text(), nl=False)
    if not report.conforms:
        raise SystemExit(1)
