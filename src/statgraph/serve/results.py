"""A query's answer as bytes in a SPARQL results or RDF format: the one place the web app
turns results into a response body (swap it for the exports' own serialiser when one exists).

Formats by name: json, xml, csv, tsv (SELECT and ASK); turtle, ntriples (CONSTRUCT and
DESCRIBE). The embedded store answers through pyoxigraph's own serialisers; a graph file
through rdflib's; a SPARQL server's answer (strings only) is written here.

Notes:
    SPARQL 1.1 Query Results JSON Format https://www.w3.org/TR/sparql11-results-json/,
    XML Format https://www.w3.org/TR/rdf-sparql-XMLres/, CSV and TSV Formats
    https://www.w3.org/TR/sparql11-results-csv-tsv/.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..query import run_query

MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
}
SOLUTION_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("turtle", "ntriples")
_RDFLIB = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ntriples": "nt"}


class NotAcceptable(Exception):
    """The request accepts no format this kind of answer comes in."""

    def __init__(self, kind: str) -> None:
        offered = GRAPH_FORMATS if kind == "graph" else SOLUTION_FORMATS
        super().__init__(f"no format the request accepts; this query is answered as "
                         f"{', '.join(MEDIA_TYPES[f] for f in offered)}")


def encode_result(store: Any, sparql: str, formats: dict[str, str | None]) -> tuple[bytes, str]:
    """Run checked SPARQL on a store and write its answer.

    Args:
        store: a store (see statgraph.store).
        sparql: a checked query, without the PREFIX header.
        formats: the format (see MEDIA_TYPES) for each kind of answer, "solutions" (SELECT,
            ASK) and "graph" (CONSTRUCT, DESCRIBE); None where the request accepts none.

    Returns:
        The body and the format it is in.

    Raises:
        NotAcceptable: the answer's kind has no format.
        QueryError: the query failed.
    """
    if hasattr(store, "results"):
        return _oxigraph(store.results(sparql), formats)
    result = run_query(store, sparql)
    kind = "graph" if result.type in ("CONSTRUCT", "DESCRIBE") else "solutions"
    fmt = formats[kind]
    if fmt is None:
        raise NotAcceptable(kind)
    if kind == "graph":
        return bytes(result.graph.serialize(format=_RDFLIB[fmt], encoding="utf-8")), fmt
    if hasattr(result, "serialize"):  # an rdflib Result (a graph file)
        return bytes(result.serialize(format=_RDFLIB[fmt])), fmt
    return _plain(result, fmt), fmt


def _oxigraph(result: Any, formats: dict[str, str | None]) -> tuple[bytes, str]:
    import pyoxigraph

    kind = "graph" if isinstance(result, pyoxigraph.QueryTriples) else "solutions"
    fmt = formats[kind]
    if fmt is None:
        raise NotAcceptable(kind)
    if kind == "graph":
        rdf = pyoxigraph.RdfFormat.TURTLE if fmt == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES
        return bytes(result.serialize(format=rdf)), fmt
    names = {"json": "JSON", "xml": "XML", "csv": "CSV", "tsv": "TSV"}
    return bytes(result.serialize(format=getattr(pyoxigraph.QueryResultsFormat, names[fmt]))), fmt


def _plain(result: Any, fmt: str) -> bytes:
    """A StoreResult (strings) in a results format; a value that reads as an IRI is one."""
    if fmt == "xml":
        return _plain_xml(result)
    if fmt in ("csv", "tsv"):
        stream = io.StringIO()
        writer = csv.writer(stream, delimiter="," if fmt == "csv" else "\t", lineterminator="\r\n")
        if result.type == "ASK":
            writer.writerow(["_askResult"])
            writer.writerow(["true" if result.askAnswer else "false"])
        else:
            writer.writerow(result.vars if fmt == "csv" else [f"?{v}" for v in result.vars])
            writer.writerows([["" if v is None else v for v in row] for row in result.rows])
        return stream.getvalue().encode("utf-8")
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}).encode("utf-8")
    bindings = [
        {name: _term(value) for name, value in zip(result.vars, row, strict=True) if value is not None}
        for row in result.rows
    ]
    return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}}).encode("utf-8")


def _term(value: str) -> dict[str, str]:
    kind = "uri" if value.startswith(("http://", "https://", "urn:")) and " " not in value else "literal"
    return {"type": kind, "value": value}


def _plain_xml(result: Any) -> bytes:
    from xml.sax.saxutils import escape, quoteattr

    head = "".join(f"<variable name={quoteattr(v)}/>" for v in result.vars)
    if result.type == "ASK":
        body = f"<boolean>{'true' if result.askAnswer else 'false'}</boolean>"
    else:
        rows = []
        for row in result.rows:
            cells = []
            for name, value in zip(result.vars, row, strict=True):
                if value is not None:
                    kind = _term(value)["type"]
                    tag = "uri" if kind == "uri" else "literal"
                    cells.append(f"<binding name={quoteattr(name)}><{tag}>{escape(value)}</{tag}></binding>")
            rows.append(f"<result>{''.join(cells)}</result>")
        body = f"<results>{''.join(rows)}</results>"
    text = (f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head>{head}</head>{body}</sparql>")
    return text.encode("utf-8")
