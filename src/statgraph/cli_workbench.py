"""The statgraph commands of the analyst's workbench: review and serve (added to the group in `cli`)."""

from __future__ import annotations

from typing import Any

import click

from .cli_options import click_error, store_option, write_output
from .errors import StatgraphError
from .settings import Settings

DECISION_COLUMNS = ("when", "reviewer", "verdict", "reason", "statement", "correction", "note")


@click.command()
@click.argument("statement", required=False, metavar="ID")
@store_option
@click.option("--accept", "verdict", flag_value="accept", help="The statement is right: preferred rank.")
@click.option("--reject", "reason", type=click.Choice(["wrong_holder", "wrong_relation", "wrong_target", "not_stated",
                                                       "other"]), default=None,
              help="The statement is wrong, and why: deprecated rank, left out everywhere.")
@click.option("--correct", "verdict", flag_value="correct",
              help="Write the statement as it should be (with --holder, --relation, --target).")
@click.option("--holder", default=None, help="The corrected holder: an actor id or label.")
@click.option("--relation", default=None, help="The corrected relation (opposes, supports, ...).")
@click.option("--target", default=None, help="The corrected target: an actor or topic id or label.")
@click.option("--note", default=None, help="A note kept with the decision.")
@click.option("--by", "reviewer", default="analyst", show_default=True, help="Who decides.")
@click.option("--orphans", is_flag=True, help="List the decisions whose statement no longer exists.")
@click.option("--export", "export_to", type=click.Path(dir_okay=False), default=None, metavar="FILE.jsonl",
              help="Write the decisions as gold lines, for `statgraph train --train DOCS=FILE.jsonl`.")
def review(  # noqa: PLR0913 - one parameter per option
    statement: str | None, store: str | None, verdict: str | None, reason: str | None, holder: str | None,
    relation: str | None, target: str | None, note: str | None, reviewer: str, orphans: bool, export_to: str | None,
) -> None:
    """Accept, reject or correct a statement of the store; decisions survive every rebuild.

    ID is the statement's id, as `statgraph statements --format jsonl` prints it. A rejected
    statement is left out of statements, queries, views, networks and exports (their
    --include-rejected brings it back, marked); a correction replaces it.

    Example:

        statgraph review 3f0c9a1b2d4e5f60 --reject wrong_target --note "NATO, not the EU" --by ana

        statgraph review 3f0c9a1b2d4e5f60 --correct --holder Russia --relation opposes --target "NATO expansion"

        statgraph review --orphans

        statgraph review --export reviews.jsonl
    """
    from .store import open_store

    settings = Settings()
    try:
        source = open_store(store or settings.store)
        try:
            if orphans or export_to:
                _report(source, orphans, export_to)
                return
            decision = _decision(statement, verdict, reason, holder, relation, target, note, reviewer)
            from .curation import record_decision

            node = record_decision(source, decision, base_iri=settings.base_iri)
        finally:
            source.close()
    except StatgraphError as e:
        raise click_error(e) from e
    click.echo(f"{decision.verdict} {decision.statement} -> {node}", err=True)


def _decision(
    statement: str | None, verdict: str | None, reason: str | None, holder: str | None, relation: str | None,
    target: str | None, note: str | None, reviewer: str,
) -> Any:
    """The Decision the options describe."""
    from .curation import Correction, Decision

    if statement is None:
        raise click.UsageError(
            "give a statement ID with --accept, --reject REASON or --correct; or --orphans, --export"
        )
    if reason is not None:
        if verdict is not None:
            raise click.UsageError("give one of --accept, --reject REASON, --correct")
        verdict = "reject"
    if verdict is None:
        raise click.UsageError("give one of --accept, --reject REASON, --correct")
    correction = None
    if verdict == "correct":
        if not (holder and relation and target):
            raise click.UsageError("--correct needs --holder, --relation and --target")
        correction = Correction(holder, relation, target)
    return Decision(statement, verdict, reason=reason, note=note, reviewer=reviewer, correction=correction)


def _report(source: Any, orphans: bool, export_to: str | None) -> None:
    """--orphans: a table of decisions left without a statement; --export: gold lines to a file."""
    from .curation import decisions_as_gold, find_orphans
    from .exports.statements import to_jsonl, to_table

    if export_to:
        lines = decisions_as_gold(source)
        write_output(to_jsonl(lines), export_to)
        click.echo(f"{len(lines)} gold lines -> {export_to}", err=True)
    if orphans:
        found = find_orphans(source)
        click.echo(to_table(found, DECISION_COLUMNS) if found else "no orphaned decisions\n", nl=False)


@click.command()
@click.option("--store", default=None, metavar="PATH|URL",
              help="Store folder, SPARQL endpoint URL or graph file (default: $STATGRAPH_STORE, else "
              "./statgraph-store).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; loopback unless --allow-remote.")
@click.option("--port", type=click.IntRange(0, 65535), default=7800, show_default=True, help="Port to listen on.")
@click.option("--allow-remote", is_flag=True,
              help="Listen on a non-loopback address; every request then needs the printed token.")
@click.option("--by", "reviewer", default="analyst", show_default=True,
              help="The reviewer's name the pages start with.")
@click.option("--query-seconds", type=click.FloatRange(0.1, 3600), default=20.0, show_default=True,
              help="Time limit of one SPARQL query.")
def serve(store: str | None, host: str, port: int, allow_remote: bool, reviewer: str, query_seconds: float) -> None:
    """Serve the analyst's workbench: the graph view, a query page, a SPARQL endpoint at
    /sparql (read-only) and a review queue whose decisions are kept in the store.

    Example:

        statgraph serve --store statgraph-store --by ana

        statgraph serve --store statgraph-store --host 0.0.0.0 --allow-remote
    """
    from .serve import make_server, run

    try:
        server, bench = make_server(store or Settings().store, host=host, port=port, allow_remote=allow_remote,
                                    reviewer=reviewer, query_seconds=query_seconds)
    except StatgraphError as e:
        raise click_error(e) from e
    address = f"http://{'[' + host + ']' if ':' in host else host}:{server.effective_port}/"
    click.echo(f"statgraph workbench on {address} (store {bench.store.location}); Ctrl-C stops it", err=True)
    if allow_remote:
        click.echo(f"token: {bench.token}  (open {address}?token={bench.token})", err=True)
    run(server, bench)
