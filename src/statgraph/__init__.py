"""statgraph: documents in, a knowledge graph of stated positions out."""

__version__ = "0.1.0"
