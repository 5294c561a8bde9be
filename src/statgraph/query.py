"""SPARQL over a graph: the project's prefixes predefined, read-only unless allowed.

Saved queries ship as package data in statgraph/queries/*.rq and are run by name.
A query is checked before it runs: updates, SERVICE and LOAD (which reach the network,
from rdflib's Python and from Oxigraph's Rust alike) are refused unless a flag allows them.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import TYPE_CHECKING, Any

from .errors import QueryError
from .stores.result import PREFIXES, StoreResult, prefix_header

__all__ = ["PREFIXES", "StoreResult", "check_query", "load_query", "prefix_header", "result_rows", "run_query"]

if TYPE_CHECKING:
    from rdflib import Graph

    from .store import Store

# Parts of a parsed query that reach the network (or the file system), by parser name.
NETWORK_PARTS = {
    "ServiceGraphPattern": "SERVICE calls another SPARQL endpoint",
    "DatasetClause": "FROM and FROM NAMED load graphs from their IRIs",
    "UsingClause": "USING and USING NAMED load graphs from their IRIs",
    "Load": "LOAD fetches a graph from its IRI",
}


def saved_queries() -> dict[str, str]:
    """The saved queries shipped with statgraph, by name."""
    folder = resources.files("statgraph") / "queries"
    return {
        entry.name[:-3]: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }


def load_query(text_or_name: str) -> str:
    """A saved query's text when given its name, else the text itself.

    Raises:
        QueryError: a single word that names no saved query (a misspelt name is not SPARQL);
            the message suggests the closest names.
    """
    saved = saved_queries()
    if text_or_name in saved:
        return saved[text_or_name]
    if re.fullmatch(r"\s*[\w-]+\s*", text_or_name):
        from difflib import get_close_matches

        close = get_close_matches(text_or_name.strip(), list(saved), n=2, cutoff=0.6)
        hint = f"did you mean {' or '.join(close)}? " if close else ""
        raise QueryError(f"no saved query named {text_or_name.strip()!r}; {hint}saved queries: {', '.join(saved)}")
    return text_or_name


def check_query(sparql: str, *, allow_update: bool = False, allow_network: bool = False) -> str:
    """Refuse what a query may not do, before anything runs: parse it and look inside.

    The text is parsed as a query, else as an update, by rdflib's SPARQL grammar, so
    comments, strings and letter case cannot hide an operation. Refused unless allowed:
    an update (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, MOVE, ADD), and anything
    that reaches the network (SERVICE, LOAD, FROM, USING), which Oxigraph's Rust would
    reach where no Python hook can stop it.

    Returns:
        "query" or "update".

    Raises:
        QueryError: the query does not parse (the message gives the line and column in
            `sparql` and the parser's words), is empty, or asks for what is not allowed.
    """
    kind, tree = _parse(sparql)
    names = _part_names(tree)
    if not allow_network:
        for name, why in NETWORK_PARTS.items():
            if name in names:
                raise QueryError(f"{why}, which reaches the network; it is refused unless you pass --allow-network")
    if kind == "update" and not allow_update:
        raise QueryError(
            "this is an update (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, MOVE or ADD); "
            "queries are read-only unless you pass --allow-update"
        )
    return kind


def _parse(sparql: str) -> tuple[str, Any]:
    """("query" | "update", parse tree) of a SPARQL text.

    Raises:
        QueryError: neither grammar accepts it (the error of the one that read further), or
            it holds no operation.
    """
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    errors = []
    for kind, parse in (("query", parseQuery), ("update", parseUpdate)):
        try:
            tree = parse(sparql)
        except ParseBaseException as e:
            errors.append(e)
            continue
        if kind == "update" and "request" not in tree:
            raise QueryError("the query is empty: give SELECT, ASK, CONSTRUCT or DESCRIBE")
        return kind, tree
    furthest = max([*errors, _operation_error(sparql, errors[1])], key=lambda e: e.loc)
    raise _syntax_error(furthest) from furthest


def _operation_error(sparql: str, error: Any) -> Any:
    """Where the update operation that stopped the update grammar fails, by itself.

    The update grammar backtracks to the start of an operation it cannot read and says
    only "Expected end of text"; parsing that operation alone says what was expected.
    """
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import Update1

    start = error.loc + 1 if sparql.startswith(";", error.loc) else error.loc
    try:
        Update1.parse_string(sparql[start:])
    except ParseBaseException as inner:
        return type(inner)(sparql, start + inner.loc, inner.msg)
    return error


def _syntax_error(error: Any) -> QueryError:
    """The parser's message with its line and column, and the line marked where it failed."""
    line = error.line if len(error.line) <= 200 else ""
    shown = f"\n  {line}\n  {' ' * (error.col - 1)}^" if line.strip() else ""
    return QueryError(f"SPARQL syntax error at line {error.lineno}, column {error.col}: {error.msg}{shown}")


def _part_names(tree: Any) -> set[str]:
    """The names of every part of a parse tree (SelectQuery, ServiceGraphPattern, Load ...)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    names: set[str] = set()
    stack = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            names.add(item.name)
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)
    return names


def run_query(graph: Graph | Store, sparql: str, *, allow_update: bool = False, allow_network: bool = False) -> Any:
    """Run a SPARQL query (or a saved query's name) on an rdflib graph or a store.

    A store (see statgraph.store) answers from the union of its document graphs, and
    refuses updates: it changes only through `build`, one whole document at a time.
    Oxigraph answers for every source: an rdflib Graph is copied into it, except for an
    allowed update, which rdflib runs so that the caller's graph changes.

    Returns:
        A StoreResult for SELECT, ASK, CONSTRUCT and DESCRIBE; None after an allowed update.

    Raises:
        QueryError: the query is refused by `check_query` or does not parse (the parser's
            message says where).
    """
    from rdflib import Graph

    sparql = load_query(sparql)
    update = check_query(sparql, allow_update=allow_update, allow_network=allow_network) == "update"
    if isinstance(graph, Graph) and update:
        return run_rdflib(graph, sparql, update=update)  # the caller's own graph changes
    if isinstance(graph, Graph):
        from .stores.oxigraph import dataset_of

        return dataset_of(graph).query(sparql)
    return graph.query(sparql, update=update)


def run_rdflib(graph: Graph, sparql: str, *, update: bool = False) -> Any:
    """Run checked SPARQL (without the PREFIX header) on an rdflib graph."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery, prepareUpdate

    text = prefix_header() + sparql
    try:
        if update:
            graph.update(prepareUpdate(text))
            return None
        return graph.query(prepareQuery(text))
    except ParseException as e:
        line = e.lineno - len(PREFIXES)
        raise QueryError(f"SPARQL syntax error at line {line}, column {e.col}: {e.msg}") from e
    except Exception as e:  # rdflib evaluation errors have no common base class
        raise QueryError(f"the query failed: {type(e).__name__}: {e}") from e


def result_rows(result: Any) -> tuple[list[str], list[list[str | None]]]:
    """Column names and rows (strings, None for unbound) of a SELECT result."""
    names = [str(v) for v in result.vars]
    rows = [[None if value is None else str(value) for value in row] for row in result]
    return names, rows
