"""RDF terms between rdflib and a store: N-Triples text out, rdflib terms back.

N-Triples is the wire format of every store backend: Oxigraph parses it natively (its
own format is far faster than handing it rdflib objects), a SPARQL server takes it in
N-Quads bodies and in INSERT DATA, whose term syntax is the same.

Notes:
    Escapes follow the N-Triples grammar (https://www.w3.org/TR/n-triples/#grammar-production-STRING_LITERAL_QUOTE):
    `"`, `\\`, line feed and carriage return must be escaped; other control characters are
    written as \\uXXXX. IRIs cannot carry \\u escapes in SPARQL, so an IRI's forbidden
    characters are percent-encoded instead (statgraph's minted IRIs never have any).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_ESCAPES = {i: f"\\u{i:04X}" for i in range(0x20)} | {0x7F: "\\u007F"}
_ESCAPES |= {
    ord("\\"): "\\\\",
    ord('"'): '\\"',
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
}
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def iri_text(iri: str) -> str:
    """An IRI in angle brackets, forbidden characters percent-encoded."""
    if _IRI_FORBIDDEN.search(iri):
        iri = _IRI_FORBIDDEN.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), iri)
    return f"<{iri}>"


def literal_text(lexical: str, datatype: str | None = None, language: str | None = None) -> str:
    """A literal in N-Triples syntax: quoted, escaped, with its language or datatype."""
    quoted = '"' + lexical.translate(_ESCAPES) + '"'
    if language:
        return f"{quoted}@{language}"
    if datatype and datatype != XSD_STRING:
        return f"{quoted}^^{iri_text(datatype)}"
    return quoted


def term_text(term: Any) -> str:
    """An rdflib term (URIRef, Literal, BNode) in N-Triples syntax."""
    if isinstance(term, Literal):
        return literal_text(str(term), term.datatype, term.language)
    if isinstance(term, BNode):
        return f"_:{term}"
    return iri_text(str(term))


def ntriples_lines(triples: Iterable[tuple[Any, Any, Any]]) -> list[str]:
    """N-Triples statements without their final " .": "<s> <p> <o>", one per triple.

    Subjects, predicates and IRI objects (classes, nodes) repeat within a document, so their
    text is memoised; a literal (slow to hash, and seldom repeated) is written each time.
    """
    seen: dict[Any, str] = {}
    lines = []
    for subject, predicate, obj in triples:
        s = seen.get(subject) or seen.setdefault(subject, term_text(subject))
        p = seen.get(predicate) or seen.setdefault(predicate, term_text(predicate))
        if isinstance(obj, URIRef):
            o = seen.get(obj) or seen.setdefault(obj, iri_text(str(obj)))
        else:
            o = term_text(obj)
        lines.append(f"{s} {p} {o}")
    return lines


def nquads(lines: Sequence[str], graph_iri: str) -> str:
    """N-Quads text: every N-Triples line placed in one named graph ("": the default graph)."""
    suffix = f" {iri_text(graph_iri)} .\n" if graph_iri else " .\n"
    return suffix.join(lines) + suffix if lines else ""


def from_oxigraph(term: Any) -> Any:
    """A pyoxigraph term as the rdflib term that rdflib would have parsed.

    Oxigraph keeps an xsd:decimal by value and writes it back as "1" for "1.0"; the
    lexical form is put back in the XSD 1.0 canonical form that graph files hold.
    """
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == XSD_STRING:
        return Literal(term.value)
    return Literal(lexical_form(term.value, datatype), datatype=URIRef(datatype))


def lexical_form(value: str, datatype: str | None) -> str:
    """A literal's lexical form as graph files hold it (decimals in XSD 1.0 canonical form)."""
    if datatype == XSD_DECIMAL:
        from ..graph.build import canonical_decimal

        return canonical_decimal(value)
    return value


def value_text(term: Any) -> str | None:
    """A pyoxigraph query value as statgraph prints it: the IRI or lexical form."""
    if term is None:
        return None
    datatype = getattr(term, "datatype", None)
    return lexical_form(term.value, datatype.value) if datatype is not None else term.value


def graph_of(triples: Iterable[Any], base_iri: str = "https://statgraph.org/id/") -> Graph:
    """An rdflib Graph, with statgraph's prefixes bound, of pyoxigraph triples or quads."""
    from ..graph.build import bind_prefixes

    graph = bind_prefixes(Graph(), base_iri)
    add = graph.add
    for triple in triples:
        add(
            (
                from_oxigraph(triple.subject),
                from_oxigraph(triple.predicate),
                from_oxigraph(triple.object),
            )
        )
    return graph
