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
    extractor on every sentence (tested on real articles). Its `cue_words(lexicon)` are those
    words (`Pipeline.for_sentence` meets them with a sentence once for all extractors)."""
    made: list[Any] = [None, frozenset()]  # the lexicon the cue words were made from, and they

    def cue_words(lexicon: Lexicon) -> frozenset[str]:
        if made[0] is not lexicon:
            made[:] = [lexicon, frozenset(cues(lexicon))]
        return made[1]

    @wraps(function)
    def run(sent: Span, context: Context) -> Iterable[Found]:
        return () if vocabulary(sent).isdisjoint(cue_words(context.resources.lexicon)) else function(sent, context)

    run.cue_words = cue_words  # type: ignore[attr-defined]
    return run


class Pipeline(list[tuple[str, Extractor]]):
    """The extractors in the order they run, (name, extractor) pairs, as `pipeline` makes them.

    `for_sentence` gives those a sentence calls for: every extractor without cue words, and a
    gated one (as the function it gates) only when the sentence holds one of its cue words. The
    words are looked up once a sentence in an index of every gated extractor's cue words (made
    once a lexicon), where each gate would meet the sentence's words with its own: the same
    extractors run, in the same order, as when each is called through its gate."""

    def __init__(self, items: Iterable[tuple[str, Extractor]]) -> None:
        super().__init__(items)
        self._lexicon: Lexicon | None = None
        self._index: dict[str, tuple[int, ...]] = {}
        self._always: frozenset[int] = frozenset()
        self._runs: list[tuple[str, Extractor]] = []

    def _made(self, lexicon: Lexicon) -> None:
        """The index of cue words (word -> the places of the extractors it lets run), for a lexicon."""
        index: dict[str, list[int]] = {}
        always, runs = [], []
        for place, (name, function) in enumerate(self):
            cue_words = getattr(function, "cue_words", None)
            runs.append((name, function.__wrapped__ if cue_words is not None else function))  # type: ignore[attr-defined]
            if cue_words is None:
                always.append(place)
            for word in cue_words(lexicon) if cue_words is not None else ():
                index.setdefault(word, []).append(place)
        self._index = {word: tuple(places) for word, places in index.items()}
        self._always, self._runs, self._lexicon = frozenset(always), runs, lexicon

    def for_sentence(self, sent: Span, lexicon: Lexicon) -> list[tuple[str, Extractor]]:
        """The (name, extractor) pairs to run on a sentence, in pipeline order."""
        if self._lexicon is not lexicon:
            self._made(lexicon)
        index, live = self._index, set(self._always)
        for word in vocabulary(sent):
            places = index.get(word)
            if places is not None:
                live.update(places)
        runs = self._runs
        return [runs[place] for place in sorted(live)]


def pipeline(names: Iterable[str], *, gate: bool = True) -> Pipeline:
    """The registered extractors in the order given, each one named; one with cue words
    `gated` by them (`gate=False`: each as it is, on every sentence). Made once a process for
    one list of names and one registry (its index of cue words with it).

    Raises:
        ExtractionError: a name is not registered, or a registered extractor is not named.
    """
    names = tuple(names)
    unknown = [name for name in names if name not in EXTRACTORS]
    if unknown:
        raise ExtractionError(f"no extractor is named {unknown[0]!r}; registered: {', '.join(sorted(EXTRACTORS))}")
    left_out = sorted(set(EXTRACTORS) - set(names))
    if left_out:
        raise ExtractionError(f"extractor {left_out[0]!r} is registered but the pipeline leaves it out")
    return _pipeline(names, gate, tuple(EXTRACTORS.items()), tuple(CUES.items()))


@cache
def _pipeline(names: tuple[str, ...], gate: bool, extractors: tuple[Any, ...], cues: tuple[Any, ...]) -> Pipeline:
    """`pipeline`'s list, made once for the names and the registry's extractors and cue words."""
    registered, cued = dict(extractors), dict(cues)
    return Pipeline((name, _gated_once(registered[name], cued[name]) if gate and name in cued else registered[name])
                    for name in names)


# `gated`, made once an extractor: every document's pipeline shares it, and with it the cue words
# it made once a lexicon (a new pipeline each document made them all anew)
_gated_once = cache(gated)
