"""Extractors as components: one signature, registered by name with a decorator.

An extractor takes a sentence and its `Context` (the sentence's attribution frame, the
document's discourse state and the lexicons) and yields `Found` candidates. It is registered
under its function's name, as spaCy registers pipeline components
(`@Language.component("name")`); `extract_document` runs the registered extractors in the
order `PIPELINE` names them, as spaCy runs the components its config lists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import ExtractionError
from .screens import Screens

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..link.gazetteer import Gazetteer
    from ..link.resolve import Resolved, Resolver
    from ..link.topics import Topic
    from ..relations import Relation
    from .context.frame import Frame
    from .cues import Lexicon
    from .stances.clause_groups import ClauseGroups
    from .found import Found


@dataclass(frozen=True)
class Resources:
    """The lexicons extraction reads from ontology/."""

    gazetteer: Gazetteer
    topics: tuple[Topic, ...]
    lexicon: Lexicon
    polarity: dict[str, float]
    relations: dict[str, Relation]
    screens: Screens = Screens()
    clause_groups: ClauseGroups | None = None  # the clause generator's group model; None: off


@dataclass(frozen=True)
class Context:
    """What an extractor reads besides the sentence.

    Attributes:
        frame: the sentence's attribution: speaker, voice, the actor "we" stands for.
        resolver: the document's discourse state: actors named so far, offices, proposers.
        resources: the lexicons of the ontology folder.
        author: the document's author, who holds what the text says in its own voice.
        earlier: what the extractors before this one found in the sentence.
    """

    frame: Frame
    resolver: Resolver
    resources: Resources
    author: Resolved | None = None
    earlier: list[Found] = field(default_factory=list)

    @property
    def lexicon(self) -> Lexicon:
        """The cue lexicon (cues.toml)."""
        return self.resources.lexicon

    @property
    def polarity(self) -> dict[str, float]:
        """Word polarity for evaluations (evaluation.toml and VADER)."""
        return self.resources.polarity


Extractor = Callable[["Span", Context], Iterable["Found"]]
EXTRACTORS: dict[str, Extractor] = {}


def extractor(function: Extractor) -> Extractor:
    """Register an extractor under its function's name.

    Raises:
        ExtractionError: another extractor has that name.
    """
    name = getattr(function, "__name__", "")
    if name in EXTRACTORS and EXTRACTORS[name] is not function:
        raise ExtractionError(f"two extractors are named {name!r}; an extractor's name must be unique")
    EXTRACTORS[name] = function
    return function


def pipeline(names: Iterable[str]) -> list[tuple[str, Extractor]]:
    """The registered extractors in the order given, each one named.

    Raises:
        ExtractionError: a name is not registered, or a registered extractor is not named.
    """
    names = list(names)
    unknown = [name for name in names if name not in EXTRACTORS]
    if unknown:
        raise ExtractionError(f"no extractor is named {unknown[0]!r}; registered: {', '.join(sorted(EXTRACTORS))}")
    left_out = sorted(set(EXTRACTORS) - set(names))
    if left_out:
        raise ExtractionError(f"extractor {left_out[0]!r} is registered but the pipeline leaves it out")
    return [(name, EXTRACTORS[name]) for name in names]
