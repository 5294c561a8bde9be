"""The statgraph commands that draw and export: view, network, export (added to the group in `cli`)."""

from __future__ import annotations

import click

from .cli_options import click_error, date_options, include_rejected_option, open_source, store_option, write_output
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
@click.option(
    "--texts",
    multiple=True,
    type=click.Path(exists=True),
    metavar="PATH",
    help="The files or folders the graph was built from: the page carries their texts "
    "(up to 2,000,000 characters), so a passage opens its document; repeatable.",
)
@date_options
@include_rejected_option
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
    since: str | None,
    until: str | None,
    include_rejected: bool,
    texts: tuple[str, ...],
) -> None:
    """Write an interactive HTML view of the graph that works offline.

    One file with everything inlined: a legend, tooltips, a side panel listing the passages
    behind an edge, a table of the statements shown, filters, and with --texts the documents'
    texts, each passage marked in its document.

    Example:

        statgraph view graphs/seeds.ttl --out graphs/seeds.html --texts seeds --focus Russia --depth 2
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
            since=since,
            until=until,
            include_rejected=include_rejected,
            texts=texts,
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
@click.option(
    "--polarity",
    type=click.Choice(["support", "oppose"]),
    default=None,
    help="Congruence: only agreement in support, or in opposition; affiliation: only those stances.",
)
@click.option(
    "--merge-speakers",
    is_flag=True,
    help="A person who speaks for a state or organisation (Lavrov for Russia) counts as it.",
)
@date_options
@click.option("--window", default=None, metavar="SPAN",
              help="One network per time window of this length (30d, 2w, 1m, 1y); needs --out.")
@click.option("--step", default=None, metavar="SPAN", help="How far each window moves on (default: --window).")
@include_rejected_option
@click.option("--out", "-o", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
def network(  # noqa: PLR0913 - one parameter per option
    graph: str | None, store: str | None, kind: str, fmt: str | None, min_weight: int, min_confidence: float,
    polarity: str | None, merge_speakers: bool, since: str | None, until: str | None, window: str | None,
    step: str | None, include_rejected: bool, out: str | None,
) -> None:
    """Write a discourse network of the actors: congruence, conflict or affiliation.

    GraphML and GEXF open in Gephi (and GraphML in visone); CSV lists the weighted edges.
    With --window, one file per window, named STEM.START_END.EXT after --out; a .gexf --out
    is one dynamic GEXF instead. An empty network is said so on standard error, with why.

    Example:

        statgraph network graphs/seeds.ttl --kind conflict --out conflict.graphml

        statgraph network corpus.ttl --polarity oppose --merge-speakers --window 1m --out congruence.gexf
    """
    from .views import get_network_format, network_format, network_of, write_network_windows

    choices = {"min_weight": min_weight, "min_confidence": min_confidence, "since": since, "until": until,
               "polarity": polarity, "merge_speakers": merge_speakers, "include_rejected": include_rejected}
    if window and not out:
        raise click.UsageError("--window writes one file per window: give --out")
    if step and not window:
        raise click.UsageError("--step needs --window")
    try:
        fmt = network_format(fmt, out)
        if window:
            for path, edges in write_network_windows(open_source(graph, store), str(out), kind=kind, fmt=fmt,
                                                     window=window, step=step, **choices):
                click.echo(f"{edges} edges -> {path}", err=True)
            return
        found = network_of(open_source(graph, store), kind=kind, **choices)
        write_output(get_network_format(fmt)(found), out)
    except StatgraphError as e:
        raise click_error(e) from e
    if "empty" in found.graph:
        click.echo(f"empty {kind} network: {found.graph['empty']}", err=True)
    elif out:
        click.echo(f"{kind} network: {found.number_of_nodes()} nodes, {found.number_of_edges()} edges -> {out}",
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
@date_options
@include_rejected_option
@click.option("--out", "-o", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
def export(
    graph: str | None, store: str | None, fmt: str | None, min_confidence: float, since: str | None, until: str | None,
    include_rejected: bool, out: str | None,
) -> None:
    """Export a graph file, or the store, in an RDF format; the same graph gives the same bytes.

    TriG and N-Quads keep one named graph per document (named by the document's IRI, as
    in the store); the other formats hold the union of the documents' graphs.

    Example:

        statgraph export graphs/seeds.ttl --out seeds.jsonld

        statgraph export graphs/seeds.ttl --min-confidence 0.8 --out confident.ttl

        statgraph export --store statgraph-store --out corpus.trig

        statgraph export corpus.ttl --since 2022-02-24 --out since-invasion.ttl
    """
    from .exports import export_rdf

    try:
        data = export_rdf(open_source(graph, store), fmt, out, min_confidence=min_confidence, since=since,
                          until=until, include_rejected=include_rejected)
        write_output(data, out)
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
