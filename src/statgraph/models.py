"""Frozen records that travel along the pipeline: Document, Passage, Statement."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

VOICES = ("quoted", "reported", "author")


class Document(BaseModel):
    """A source document with its text exactly as decoded from the file."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Content hash of the text: the same text is one document.")
    name: str = Field(description="File name (or name given in a JSON Lines record).")
    path: str = Field(default="", description="Where it was read from.")
    text: str = Field(repr=False)
    media_type: str = "text/plain"
    encoding: str = "utf-8"
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = Field(default=None, description="Date of publication, ISO 8601 (YYYY-MM-DD).")
    url: str | None = None
    skipped: tuple[tuple[int, int], ...] = Field(
        default=(), description="Ranges of the text left out of analysis (markup, boilerplate)."
    )
    warnings: tuple[str, ...] = Field(
        default=(), description="Metadata found but left out, and why (a date that is no date)."
    )


class Passage(BaseModel):
    """A range of a document's text that is analysed as one unit."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    start: int
    end: int


class Statement(BaseModel):
    """One stated position or event, grounded in a span of a document."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    doc_name: str
    holder: str
    holder_id: str
    holder_type: str = "actor"
    relation: str
    target: str
    target_id: str
    target_type: str = "topic"
    target_text: str = Field(default="", description="The target as the passage words it.")
    speaker: str | None = None
    speaker_id: str | None = None
    voice: str = "author"
    start: int
    end: int
    evidence: str
    confidence: float = 0.5
    rule: str = ""
    cue: str = ""
    negated: bool = False
