"""Word lists kept as data: ontology/<kind>.toml, one list per use, read once.

The code keeps the grammar (which dependents a verb or noun needs); the words it looks for
are here, so that a user can extend them and a second language has a seam. The files are
read from the default ontology folder ($STATGRAPH_ONTOLOGY, else the project's ontology/).

Notes:
    speech.toml: reporting verbs after Krestel et al. (2008); names.toml: name suffixes and
    honorifics; actor_nouns.toml: nouns that stand for actors.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from .errors import ExtractionError
from .settings import default_ontology_dir

KINDS = ("actor_nouns", "evaluation", "event_forms", "issue_words", "names", "outlets", "phrases", "speech")


@lru_cache(maxsize=16)
def load_words(kind: str, ontology_dir: Path | None = None) -> dict[str, frozenset[str]]:
    """The word lists of one file, by name.

    Args:
        kind: the file's name without .toml, one of KINDS.
        ontology_dir: the folder (default: the settings' default ontology folder).

    Raises:
        ExtractionError: the kind is unknown, or the file is missing or malformed.
    """
    if kind not in KINDS:
        raise ExtractionError(f"no word lists of kind {kind!r}; kinds: {', '.join(KINDS)}")
    path = Path(ontology_dir or default_ontology_dir()) / f"{kind}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ExtractionError(f"cannot read the word lists {path}: {e}") from e
    return {name: frozenset(words) for name, words in data.items() if isinstance(words, list)}


def words(kind: str, name: str) -> frozenset[str]:
    """One word list ("speech", "reporting_verbs").

    Raises:
        ExtractionError: the file has no such list.
    """
    lists = load_words(kind)
    if name not in lists:
        raise ExtractionError(f"{kind}.toml has no list {name!r}; it has {', '.join(sorted(lists))}")
    return lists[name]
