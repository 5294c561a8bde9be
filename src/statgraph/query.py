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

if TYPE_CHECKING:
    from rdflib import Graph

PREFIXES = {
    "sg": "https://statgraph.org/ns#",
    "id": "https://statgraph.org/id/",
    "actor": "https://statgraph.org/id/actor/",
    "topic": "https://statgraph.org/id/topic/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b\s*(DATA|WHERE|\{|<|GRAPH|SILENT|DEFAULT|NAMED|ALL|\?)", re.I)
_SERVICE = re.compile(r"\bSERVICE\b", re.I)
_STRINGS_AND_COMMENTS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


def prefix_header() -> str:
    """PREFIX lines for the project's prefixes."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())


def saved_queries() -> dict[str, str]:
    """The saved queries shipped with statgraph, by name."""
    folder = resources.files("statgraph") / "queries"
    return {entry.name[:-3]: entry.read_text(encoding="utf-8")
            for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".rq")}


def load_query(text_or_name: str) -> str:
    """A saved query's text when given its name, else the text itself."""
    return saved_queries().get(text_or_name, text_or_name)


def check_query(sparql: str, *, allow_update: bool = False, allow_network: bool = False) -> None:
    """Refuse what a query may not do before anything runs.

    Raises:
        QueryError: the query updates the graph (without allow_update), or uses SERVICE
            or LOAD (without allow_network).
    """
    code = _STRINGS_AND_COMMENTS.sub(" ", sparql)
    if _SERVICE.search(code) and not allow_network:
        raise QueryError("SERVICE reaches the network and is refused; pass --allow-network to allow it")
    if re.search(r"\bLOAD\b", code, re.I) and not allow_network:
        raise QueryError("LOAD reaches the network and is refused; pass --allow-network to allow it")
    if _UPDATE.search(code) and not allow_update:
        raise QueryError("this is an update (INSERT, DELETE, LOAD, CLEAR, DROP ...); queries are "
                         "read-only unless you pass --allow-update")


def run_query(graph: Graph, sparql: str, *, allow_update: bool = False, allow_network: bool = False) -> Any:
    """Run a SPARQL query (or a saved query's name) on an rdflib graph.

    Returns:
        An rdflib Result for SELECT, ASK and CONSTRUCT; None after an allowed update.

    Raises:
        QueryError: the query is refused by `check_query` or does not parse (the parser's
            message says where).
    """
    sparql = load_query(sparql)
    check_query(sparql, allow_update=allow_update, allow_network=allow_network)
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery, prepareUpdate

    text = prefix_header() + sparql
    try:
        if _UPDATE.search(_STRINGS_AND_COMMENTS.sub(" ", sparql)):
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
