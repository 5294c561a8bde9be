"""The errors statgraph raises, as one small tree.

    StatgraphError
    ├── InputError        a document or option cannot be used
    ├── ExtractionError   the language model or a lexicon cannot be loaded
    ├── StoreError        a graph file or store cannot be opened or written
    ├── QueryError        a SPARQL query is malformed or not allowed
    └── ExportError       an output format is unknown or cannot be written

Every message names the offending value and, where there is a choice, the valid ones.
The CLI turns a StatgraphError into exit status 1 with its message and no traceback.
"""

from __future__ import annotations


class StatgraphError(Exception):
    """Base class of every error statgraph raises on purpose."""


class InputError(StatgraphError):
    """A document, a folder or an option value cannot be used."""


class ExtractionError(StatgraphError):
    """The language model or a lexicon in ontology/ cannot be loaded."""


class StoreError(StatgraphError):
    """A graph file or a store cannot be opened, read or written."""


class QueryError(StatgraphError):
    """A SPARQL query is malformed, or asks for something not allowed."""


class ExportError(StatgraphError):
    """An output format is unknown or an output cannot be written."""
