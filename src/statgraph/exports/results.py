"""SPARQL query results as the standards write them, by format name.

SELECT and ASK: SPARQL 1.1 Query Results JSON, XML, CSV and TSV. CONSTRUCT and DESCRIBE:
any of statgraph's RDF formats, with statgraph's prefixes, the triples sorted so that the
same answer gives the same bytes. `serialize_result` is the one call a SPARQL endpoint
(or any other caller) needs: a result and a format name in, bytes and a media type out.

Notes:
    SPARQL 1.1 Query Results JSON https://www.w3.org/TR/sparql11-results-json/, XML
    https://www.w3.org/TR/rdf-sparql-XMLres/, CSV and TSV https://www.w3.org/TR/sparql11-results-csv-tsv/.
    JSON is written here from the terms; Oxigraph turns it into the other three.
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import ExportError

# format name -> (pyoxigraph QueryResultsFormat name, media type)
RESULT_FORMATS = {
    "json": ("JSON", "application/sparql-results+json"),
    "xml": ("XML", "application/sparql-results+xml"),
    "csv": ("CSV", "text/csv"),
    "tsv": ("TSV", "text/tab-separated-values"),
}
RDF_MEDIA_TYPES = {
    "turtle": "text/turtle",
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
# file extension -> result format, for `query --out`
RESULT_EXTENSIONS = {".srj": "json", ".json": "json", ".srx": "xml", ".xml": "xml", ".csv": "csv", ".tsv": "tsv"}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def is_graph_result(result: Any) -> bool:
    """Whether a query result is a graph (CONSTRUCT, DESCRIBE) rather than a table or a boolean."""
    return result.type in ("CONSTRUCT", "DESCRIBE")


def serialize_result(result: Any, fmt: str) -> tuple[bytes, str]:
    """A query result (statgraph.run_query's) in a format, and that format's media type.

    Args:
        result: a StoreResult of SELECT, ASK, CONSTRUCT or DESCRIBE.
        fmt: json, xml, csv or tsv for SELECT and ASK; an RDF format name or alias
            (turtle, ttl, trig, nquads, ntriples, jsonld, rdfxml ...) for a graph.

    Raises:
        ExportError: the format does not suit the result (csv for a CONSTRUCT, turtle for a
            SELECT), or is unknown; the message lists the ones that suit it.
    """
    if is_graph_result(result):
        return _graph_bytes(result.triples, fmt)
    if fmt not in RESULT_FORMATS:
        raise ExportError(
            f"--format {fmt} does not suit a {result.type} result; choose one of {', '.join(RESULT_FORMATS)}"
        )
    data = json.dumps(result_json(result), ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    if fmt == "json":
        return data, RESULT_FORMATS[fmt][1]
    import pyoxigraph

    parsed = pyoxigraph.parse_query_results(data, format=pyoxigraph.QueryResultsFormat.JSON)
    name, media = RESULT_FORMATS[fmt]
    return parsed.serialize(format=getattr(pyoxigraph.QueryResultsFormat, name)), media


def _graph_bytes(triples: list[Any], fmt: str) -> tuple[bytes, str]:
    """Triples in an RDF format with statgraph's prefixes, sorted (see exports/rdf.py)."""
    from ..store import FORMAT_ALIASES
    from ..stores.oxigraph import dataset_of_triples
    from . import get_exporter

    name = FORMAT_ALIASES.get(fmt.lower())
    if name is None:
        raise ExportError(
            f"--format {fmt} does not suit a graph (CONSTRUCT or DESCRIBE) result; choose one of "
            f"{', '.join(sorted(FORMAT_ALIASES))}"
        )
    return get_exporter(name)(dataset_of_triples(triples)), RDF_MEDIA_TYPES[name]


def result_json(result: Any) -> dict[str, Any]:
    """A SELECT or ASK result as a SPARQL 1.1 Query Results JSON object."""
    if result.type == "ASK":
        return {"head": {}, "boolean": bool(result.askAnswer)}
    bindings = [
        {name: term_json(term) for name, term in zip(result.vars, row, strict=True) if term is not None}
        for row in result.terms
    ]
    return {"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}


def term_json(term: Any) -> dict[str, str]:
    """A pyoxigraph term as a JSON results term (decimals in their canonical lexical form)."""
    import pyoxigraph

    from ..stores.terms import lexical_form

    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, pyoxigraph.Triple):
        return {"type": "triple", "value": str(term)}
    out = {"type": "literal", "value": lexical_form(term.value, term.datatype.value)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
        out["datatype"] = term.datatype.value
    return out
