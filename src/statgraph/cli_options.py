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


class _DateBound(click.ParamType):
    """An ISO date, month or year (a bad value is a usage error that names it)."""

    name = "DATE"

    def __init__(self, *, end: bool) -> None:
        self.end = end

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from .dates import date_bound

        try:
            return date_bound(str(value), end=self.end)
        except StatgraphError as e:
            self.fail(str(e), param, ctx)


def date_options(command: Any) -> Any:
    """--since DATE and --until DATE: only passages from documents dated in that range (inclusive)."""
    command = click.option(
        "--until",
        type=_DateBound(end=True),
        default=None,
        help="Only passages of documents dated up to this day (YYYY-MM-DD; YYYY-MM and YYYY: to its end). "
        "Undated documents are left out.",
    )(command)
    return click.option(
        "--since",
        type=_DateBound(end=False),
        default=None,
        help="Only passages of documents dated from this day on (YYYY-MM-DD, YYYY-MM or YYYY). "
        "Undated documents are left out.",
    )(command)


def include_rejected_option(command: Any) -> Any:
    """--include-rejected: also the statements an analyst rejected (`statgraph review`), marked."""
    return click.option(
        "--include-rejected",
        is_flag=True,
        help="Also the statements an analyst rejected or corrected away (statgraph review), marked as such.",
    )(command)
