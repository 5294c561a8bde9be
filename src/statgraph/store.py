"""Open and save graphs: RDF files by extension, written atomically.

A file is written to a temporary file beside it and renamed into place, so a build that
is killed part way leaves the earlier file intact.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ExportError, StoreError

if TYPE_CHECKING:
    from rdflib import Graph

# extension -> rdflib format name
FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}
FORMAT_ALIASES = {
    "turtle": "turtle", "ttl": "turtle", "trig": "trig", "nquads": "nquads", "nq": "nquads",
    "ntriples": "nt", "nt": "nt", "jsonld": "json-ld", "json-ld": "json-ld", "xml": "xml", "rdfxml": "xml",
}
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)


def format_for(path: str | os.PathLike[str], given: str | None = None) -> str:
    """The rdflib format of a file, from `given` or from its extension.

    Raises:
        ExportError: neither names a known format.
    """
    if given:
        if given.lower() not in FORMAT_ALIASES:
            raise ExportError(f"unknown RDF format {given!r}; choose one of {', '.join(sorted(FORMAT_ALIASES))}")
        return FORMAT_ALIASES[given.lower()]
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"cannot tell the RDF format of {str(path)!r} from its extension; use one of "
                          f"{', '.join(sorted(FORMATS))}")
    return FORMATS[suffix]


def load_graph(path: str | os.PathLike[str]) -> Graph:
    """Read an RDF file into an rdflib graph (a Dataset for TriG and N-Quads).

    RDF/XML with a DOCTYPE or entity declarations is refused: entity expansion is a
    well-known denial of service.

    Raises:
        StoreError: the file is missing, refused, or does not parse.
    """
    from rdflib import Dataset, Graph

    path = Path(path)
    fmt = format_for(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise StoreError(f"cannot read graph {str(path)!r}: {e.strerror or e}") from e
    if fmt == "xml" and _DOCTYPE.search(data[:100_000]):
        raise StoreError(f"{str(path)!r} declares XML entities (a DOCTYPE); statgraph refuses to expand them")
    graph: Graph = Dataset(default_union=True) if fmt in {"trig", "nquads"} else Graph()
    try:
        graph.parse(data=data, format=fmt)
    except Exception as e:  # rdflib parsers raise many unrelated types
        raise StoreError(f"{str(path)!r} is not valid {fmt}: {e}") from e
    return graph


def serialize(graph: Graph, fmt: str) -> bytes:
    """Serialize a graph in a format; JSON-LD with no remote context."""
    data = graph.serialize(format=fmt, encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write bytes to a temporary file beside `path`, then rename it into place.

    Raises:
        StoreError: the folder cannot be written.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as e:
        raise StoreError(f"cannot write {str(path)!r}: {e.strerror or e}") from e


def save_graph(graph: Graph, path: str | os.PathLike[str], fmt: str | None = None) -> None:
    """Write a graph to a file atomically, in the format its extension names."""
    atomic_write(path, serialize(graph, format_for(path, fmt)))
