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
from functools import cache, wraps
from typing import TYPE_CHECKING, Any, overload

from ..errors import ExtractionError
from .screens import Screens
from .sentence import vocabulary

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
# The words an extractor's cues are made of, from the lexicon: lower-case lemmas or word forms
Cues = Callable[["Lexicon"], Iterable[str]]
EXTRACTORS: dict[str, Extractor] = {}
CUES: dict[str, Cues] = {}


@overload
def extractor(function: Extractor, /) -> Extractor: ...
@overload
def extractor(*, cues: Cues) -> Callable[[Extractor], Extractor]: ...
def extractor(function: Extractor | None = None, /, *, cues: Cues | None = None) -> Any:
    """Register an extractor under its function's name: `@extractor`, or `@extractor(cues=...)`
    for one that finds nothing, and notes nothing, in a sentence without one of its cue words
    (given the lexicon: lower-case lemmas or word forms); `pipeline` hands such a sentence to
    it no more (see `gated`).

    Raises:
        ExtractionError: another extractor has that name.
    """

    def register(function: Extractor) -> Extractor:
        name = getattr(function, "__name__", "")
        if name in EXTRACTORS and EXTRACTORS[name] is not function:
            raise ExtractionError(f"two extractors are named {name!r}; an extractor's name must be unique")
        EXTRACTORS[name] = function
        if cues is not None:
            CUES[name] = cues
        return function

    return register if function is None else register(function)


def gated(function: Extractor, cues: Cues) -> Extractor:
    """The extractor run only on a sentence with one of its cue words: a sentence's words
    (`sentence.vocabulary`: its lemmas and word forms, lower-case, made once a sentence) meet the
    cue words (made once a lexicon) in one set operation, where the extractor would walk every
    word to find none. The same findings, and the same notes in the discourse state, as the
    extractor on every sentence (tested on real articles)."""
    made: list[Any] = [None, frozenset()]  # the lexicon the cue words were made from, and they

    @wraps(function)
    def run(sent: Span, context: Context) -> Iterable[Found]:
        lexicon = context.resources.lexicon
        if made[0] is not lexicon:
            made[:] = [lexicon, frozenset(cues(lexicon))]
        return () if vocabulary(sent).isdisjoint(made[1]) else function(sent, context)

    return run


def pipeline(names: Iterable[str], *, gate: bool = True) -> list[tuple[str, Extractor]]:
    """The registered extractors in the order given, each one named; one with cue words
    `gated` by them (`gate=False`: each as it is, on every sentence).

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
    return [(name, _gated_once(EXTRACTORS[name], CUES[name]) if gate and name in CUES else EXTRACTORS[name])
            for name in names]


# `gated`, made once an extractor: every document's pipeline shares it, and with it the cue words
# it made once a lexicon (a new pipeline each document made them all anew)
_gated_once = cache(gated)
