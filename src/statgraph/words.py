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

KINDS = ("actor_nouns", "evaluation", "event_forms", "issue_words", "names", "outlets", "parties", "phrases", "speech")


@lru_cache(maxsize=16)
def load_words(kind: str, ontology_dir: Path | None = None) -> dict[str, frozenset[str]]:
    """The word lists of one file, by name.

    Args:
        kind: the file's name without .toml, one of KINDS.
        ontology_dir: the folder (default: the settings' default ontology folder).

    Raises:
        ExtractionError: the kind is unknown, or the file is missing or malformed.
    """
    data = _read(kind, ontology_dir)
    return {name: frozenset(words) for name, words in data.items() if isinstance(words, list)}


@lru_cache(maxsize=16)
def word_table(kind: str, name: str) -> dict[str, frozenset[str]]:
    """One table of word lists, by key ("event_forms", "organization_seats": each body's seats).

    Raises:
        ExtractionError: the kind is unknown, or the file is missing, malformed or has no such table.
    """
    table = _read(kind, None).get(name)
    if not isinstance(table, dict):
        raise ExtractionError(f"{kind}.toml has no table [{name}]")
    return {key: frozenset(words) for key, words in table.items() if isinstance(words, list)}


def _read(kind: str, ontology_dir: Path | None) -> dict:
    """The parsed file of one kind of word lists."""
    if kind not in KINDS:
        raise ExtractionError(f"no word lists of kind {kind!r}; kinds: {', '.join(KINDS)}")
    path = Path(ontology_dir or default_ontology_dir()) / f"{kind}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ExtractionError(f"cannot read the word lists {path}: {e}") from e


def words(kind: str, name: str) -> frozenset[str]:
    """One word list ("speech", "reporting_verbs").

    Raises:
        ExtractionError: the file has no such list.
    """
    lists = load_words(kind)
    if name not in lists:
        raise ExtractionError(f"{kind}.toml has no list {name!r}; it has {', '.join(sorted(lists))}")
    return lists[name]


def word_tables(kind: str) -> dict[str, dict[str, frozenset[str]]]:
    """Every table of word lists of one file, by the table's name ("parties": each state's parties
    and their forms).

    Raises:
        ExtractionError: the kind is unknown, or the file is missing or malformed.
    """
    return {name: word_table(kind, name) for name, table in _read(kind, None).items() if isinstance(table, dict)}
