"""A query's answer as bytes in a SPARQL results or RDF format, for the web app's endpoint.

Formats by name: json, xml, csv, tsv (SELECT and ASK); turtle, ntriples (CONSTRUCT and
DESCRIBE). The bytes are written by statgraph.exports.results (`serialize_result`), the same
writer `statgraph query --format` uses, so the endpoint and the command line agree.

Notes:
    SPARQL 1.1 Query Results JSON Format https://www.w3.org/TR/sparql11-results-json/,
    XML Format https://www.w3.org/TR/rdf-sparql-XMLres/, CSV and TSV Formats
    https://www.w3.org/TR/sparql11-results-csv-tsv/.
"""

from __future__ import annotations

from typing import Any

from ..exports.results import is_graph_result, serialize_result

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
        sparql: a query already checked (statgraph.query.check_query), without the PREFIX header.
        formats: the format (see MEDIA_TYPES) for each kind of answer, "solutions" (SELECT,
            ASK) and "graph" (CONSTRUCT, DESCRIBE); None where the request accepts none.

    Returns:
        The body and the format it is in.

    Raises:
        NotAcceptable: the answer's kind has no format.
        QueryError: the query failed.
    """
    result = store.query(sparql)
    kind = "graph" if is_graph_result(result) else "solutions"
    fmt = formats[kind]
    if fmt is None:
        raise NotAcceptable(kind)
    data, _ = serialize_result(result, fmt)
    return data, fmt
