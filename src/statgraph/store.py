"""Open graphs and stores: RDF files by extension (FORMATS), written atomically; and stores.

A file is written to a temporary file beside it and renamed into place, so a build that
is killed part way leaves the earlier file intact. What is written in each format is the
exporters' business (statgraph.exports, which also has save_graph).

A store holds a growing corpus, one named graph per document (the document node's IRI),
and the union graph (UNION_GRAPH): the set union of every document graph, which is what
queries read. Backends are chosen by the location (`open_store`):

    folder (default ./statgraph-store)  stores/embedded.py  Oxigraph on disk (pyoxigraph)
    http:// or https:// URL             stores/endpoint.py  a SPARQL 1.1 server
    graph file (.ttl, .trig, ...)       stores/filegraph.py Oxigraph in memory, read-only
"""

from __future__ import annotations

import importlib
import json
import os
import re
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .errors import ExportError, StoreError
from .stores.result import UNION_GRAPH as UNION_GRAPH  # the union graph, named where the answers live

if TYPE_CHECKING:
    from rdflib import Graph

# extension -> statgraph's RDF format name (the exporters' names, see statgraph.exports)
FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".nt": "ntriples",
    ".ntriples": "ntriples",
    ".jsonld": "jsonld",
    ".json-ld": "jsonld",
    ".json": "jsonld",
    ".rdf": "rdfxml",
    ".owl": "rdfxml",
    ".xml": "rdfxml",
}
FORMAT_ALIASES = {
    "turtle": "turtle",
    "ttl": "turtle",
    "trig": "trig",
    "nquads": "nquads",
    "nq": "nquads",
    "ntriples": "ntriples",
    "nt": "ntriples",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "xml": "rdfxml",
    "rdfxml": "rdfxml",
}
# statgraph's format name -> rdflib's (for load_graph, which returns an rdflib graph)
RDFLIB_FORMATS = {"ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)


def format_for(path: str | os.PathLike[str], given: str | None = None) -> str:
    """statgraph's RDF format name for a file, from `given` or from its extension.

    Raises:
        ExportError: neither names a known format, or `given` contradicts the extension.
    """
    suffix = Path(path).suffix.lower()
    if given:
        if given.lower() not in FORMAT_ALIASES:
            raise ExportError(f"unknown RDF format {given!r}; choose one of {', '.join(sorted(FORMAT_ALIASES))}")
        fmt = FORMAT_ALIASES[given.lower()]
        if suffix in FORMATS and FORMATS[suffix] != fmt:
            raise ExportError(f"--format {given} contradicts {str(path)!r}, whose extension means {FORMATS[suffix]}")
        return fmt
    if suffix not in FORMATS:
        raise ExportError(
            f"cannot tell the RDF format of {str(path)!r} from its extension; use one of {', '.join(sorted(FORMATS))}"
        )
    return FORMATS[suffix]


def read_rdf_file(path: str | os.PathLike[str], fmt: str) -> bytes:
    """A graph file's bytes, checked by `check_rdf_data` (nothing in it expands XML
    entities or makes a parser fetch from the network or the file system).

    Raises:
        StoreError: the file is missing, not a regular file, or refused.
    """
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise StoreError(f"cannot read graph {str(path)!r}: not a regular file")
        data = path.read_bytes()
    except OSError as e:
        raise StoreError(f"cannot read graph {str(path)!r}: {e.strerror or e}") from e
    check_rdf_data(data, fmt, str(path))
    return data


def load_graph(path: str | os.PathLike[str]) -> Graph:
    """Read an RDF file into an rdflib graph (a Dataset for TriG and N-Quads).

    statgraph itself reads files with Oxigraph (stores/filegraph.py); this is for callers
    who want rdflib's Graph API.

    Raises:
        StoreError: the file is missing, refused, or does not parse.
    """
    from rdflib import Dataset, Graph

    fmt = format_for(path)
    data = read_rdf_file(path, fmt)
    graph: Graph = Dataset(default_union=True) if fmt in {"trig", "nquads"} else Graph()
    try:
        graph.parse(data=data, format=RDFLIB_FORMATS.get(fmt, fmt))
    except Exception as e:  # rdflib parsers raise many unrelated types
        raise StoreError(f"{str(path)!r} is not valid {fmt}: {e}") from e
    return graph


def check_rdf_data(data: bytes, fmt: str, name: str) -> None:
    """Refuse RDF whose parsing would expand XML entities or fetch a remote document.

    RDF/XML with a DOCTYPE is refused (an 817-byte entity bomb grows to hundreds of
    millions of characters), in any encoding. JSON-LD whose @context or @import is a
    reference rather than an inline object is refused: parsers fetch it.

    Raises:
        StoreError: the data is refused.
    """
    if fmt == "rdfxml" and _DOCTYPE.search(data.replace(b"\x00", b"")):
        raise StoreError(f"{name!r} has a DOCTYPE (XML entity declarations); statgraph refuses to expand them")
    if fmt == "jsonld":
        try:
            tree = json.loads(data)
        except (ValueError, RecursionError) as e:
            raise StoreError(f"{name!r} is not valid jsonld: {e}") from e
        remote = _context_references(tree)
        if remote:
            raise StoreError(
                f"{name!r} refers to a remote JSON-LD context ({remote[0]!r}); statgraph "
                "does not fetch contexts: put the context inline"
            )


def _context_references(tree: object) -> list[str]:
    """The @context and @import values of a JSON-LD tree that are references (strings)."""
    found: list[str] = []
    stack = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key in ("@context", "@import"):
                    found += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
                stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return found


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write bytes to a temporary file beside `path`, then rename it into place.

    The file is synced before the rename and keeps the mode of the file it replaces (a new
    file gets the umask's), so a reader sees the old bytes or the new, never a part.
    A process killed while writing leaves only a hidden `.NAME.*.part` file behind.

    Raises:
        StoreError: the folder cannot be written.
    """
    path = Path(path)
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), _file_mode(path))
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
        _sync_folder(path.parent)
    except OSError as e:
        raise StoreError(f"cannot write {str(path)!r}: {e.strerror or e}") from e
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def _file_mode(path: Path) -> int:
    """The permission bits of the file at `path`, or what the umask gives a new file."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (where the platform can sync a folder)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself has happened
    finally:
        os.close(handle)


DEFAULT_STORE = "statgraph-store"
BACKENDS = {
    "embedded": "statgraph.stores.embedded:EmbeddedStore",
    "endpoint": "statgraph.stores.endpoint:EndpointStore",
    "file": "statgraph.stores.filegraph:FileStore",
}


@dataclass(frozen=True)
class DocumentGraph:
    """One document's triples, ready to write as its named graph.

    Attributes:
        iri: the graph name, which is the document node's IRI.
        name: the document's file name.
        lines: N-Triples statements without the final " ." (see stores/terms.py).
        replaces: older document graphs of the same file name that this one replaces.
        union_lines: the lines the union graph still lacks, when the writer knows that an
            earlier document of the same build put the others there (None: all of `lines`).
    """

    iri: str
    name: str
    lines: Sequence[str]
    replaces: tuple[str, ...] = ()
    union_lines: Sequence[str] | None = None

    @property
    def union(self) -> Sequence[str]:
        """The lines to add to the union graph with this document."""
        return self.lines if self.union_lines is None else self.union_lines


class Store(Protocol):
    """What statgraph needs of a store; every backend implements it."""

    location: str

    def query(self, sparql: str, *, update: bool = False) -> Any:
        """Run SPARQL (without the PREFIX header) on the union graph; an rdflib-like result."""

    def find_documents(self, iris: Sequence[str], names: Sequence[str]) -> list[tuple[str, str]]:
        """(graph IRI, file name) of the stored documents with one of these IRIs or names."""

    def write(self, graphs: Sequence[DocumentGraph]) -> None:
        """Add document graphs (replacing the graphs each names) in whole-document transactions."""

    def graph(self) -> Graph:
        """The union graph as an rdflib Graph (for pySHACL and confidence cuts)."""

    def dataset(self) -> Any:
        """The document graphs and union as sorted N-Quads and N-Triples (an RdfSource), for exporters."""

    def close(self) -> None:
        """Release the store (flush, unlock)."""


def default_store() -> str:
    """The store location when none is given: $STATGRAPH_STORE, else ./statgraph-store."""
    return os.environ.get("STATGRAPH_STORE") or DEFAULT_STORE


def backend_for(location: str) -> str:
    """The backend name a location selects: endpoint (URL), file (graph file) or embedded."""
    if re.match(r"https?://", location, re.I):
        return "endpoint"
    path = Path(location)
    if path.suffix.lower() in FORMATS and not path.is_dir():
        return "file"
    return "embedded"


def open_store(location: str | os.PathLike[str] | None = None, *, create: bool = False) -> Store:
    """Open the store at a folder, a SPARQL endpoint URL or a graph file.

    Args:
        location: where; None means `default_store()`.
        create: make an embedded store that does not exist yet (for `build`).

    Raises:
        StoreError: the store does not exist (and create is False) or cannot be opened.
    """
    where = str(location) if location is not None else default_store()
    module, name = BACKENDS[backend_for(where)].split(":")
    backend: Any = getattr(importlib.import_module(module), name)
    return backend(where, create=create)  # type: ignore[no-any-return]
