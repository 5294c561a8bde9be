"""What the statgraph commands share: the --store option, opening a graph or store, writing
output, and turning a StatgraphError into a click error."""

from __future__ import annotations

import sys
from typing import Any

import click

from .errors import StatgraphError
from .settings import Settings


def click_error(error: StatgraphError) -> click.ClickException:
    return click.ClickException(str(error))


def open_source(graph: str | None, store: str | None) -> Any:
    """The graph file given, else the store (--store, $STATGRAPH_STORE or ./statgraph-store)."""
    from .store import open_store

    if graph and store:
        raise click.UsageError("give a graph file or --store, not both")
    source = open_store(graph or store or Settings().store)
    click.get_current_context().call_on_close(source.close)
    return source


def store_option(command: Any) -> Any:
    """--store PATH|URL: the store a command reads when no graph file is given."""
    return click.option(
        "--store",
        "store",
        default=None,
        metavar="PATH|URL",
        help="Store folder or SPARQL endpoint URL (default: $STATGRAPH_STORE, else "
        "./statgraph-store); used when no graph file is given.",
    )(command)


def write_output(text: str | bytes, out: str | None) -> None:
    from .store import atomic_write

    if out:
        atomic_write(out, text.encode("utf-8") if isinstance(text, str) else text)
    elif isinstance(text, bytes):
        sys.stdout.buffer.write(text)
    else:
        click.echo(text, nl=False)


def include_rejected_option(command: Any) -> Any:
    """--include-rejected: also the statements an analyst rejected (`statgraph review`), marked."""
    return click.option(
        "--include-rejected",
        is_flag=True,
        help="Also the statements an analyst rejected or corrected away (statgraph review), marked as such.",
    )(command)
