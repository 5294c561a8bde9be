"""Relation cues from ontology/cues.toml, looked up by lemma and part of speech."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ExtractionError
from ..relations import Relation, load_relations

# Sections with word lists read by the event extractors besides the event relations' own:
# all events, ties.py, initiatives.py.
ACT_SECTIONS = ("events", "cooperates_with", "initiatives")


@dataclass(frozen=True)
class Cue:
    """A cue that fired: its relation, kind (verb, phrasal, noun, adjective) and words."""

    relation: str
    kind: str
    words: str
    particle: str = ""
    negated: str = ""


@dataclass
class Lexicon:
    """Cue tables: lemma -> cues, by part of speech, plus the event word lists."""

    verbs: dict[str, list[Cue]] = field(default_factory=dict)
    phrasal: dict[str, list[Cue]] = field(default_factory=dict)  # verb lemma -> phrasal cues
    nouns: dict[str, list[Cue]] = field(default_factory=dict)
    adjectives: dict[str, list[Cue]] = field(default_factory=dict)
    against_nouns: dict[str, Cue] = field(default_factory=dict)  # "war against X"
    dismissals: frozenset[tuple[str, str]] = frozenset()  # ("make", "sense"): "claims make no sense"
    object_bound: frozenset[str] = frozenset()  # proposing verbs that need a proposal noun as object
    agent_nouns: dict[str, Cue] = field(default_factory=dict)  # "an advocate for peace": who holds it
    own_side_verbs: frozenset[str] = frozenset()  # "we build X": support, said of "we" only
    speech_nouns: frozenset[str] = frozenset()  # "statements of X about a war": X warns
    threat_nouns: frozenset[str] = frozenset()
    threat_verbs: frozenset[str] = frozenset()  # hostile acts foretold are warnings
    danger_adjectives: frozenset[str] = frozenset()
    events: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    lists: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # (section, name) -> words

    def verb_cues(self, lemma: str) -> list[Cue]:
        return self.verbs.get(lemma, [])

    def speaks(self, verb: Any) -> bool:
        """Whether a verb (a spaCy token) states a stance of its own: a verb cue ("fighting ISIS"),
        or a phrasal cue whose particle follows it ("working with Haiti"); "committed to fighting
        ISIS", "efforts to work with Haiti": the inner verb speaks, not the outer word."""
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        lemma = verb.lemma_.lower()
        if self.verbs.get(lemma):
            return lemma not in self.object_bound or self._proposal_object(verb)
        after = {c.lower_ for c in verb.children if c.i > verb.i}
        return any(cue.particle.split()[0] in after for cue in self.phrasal.get(lemma, []) if cue.particle)

    def _proposal_object(self, verb: Any) -> bool:
        """Whether a proposing verb that needs a proposal noun has one: "launch an initiative"
        proposes; "launch more satellites" states nothing ("the intention to launch satellites")."""
        return any(
            cue.relation == "proposes"
            for c in verb.children
            if c.dep_ in {"dobj", "obj"}
            for cue in self.nouns.get(c.lemma_.lower(), [])
        )

    def listed(self, section: str, name: str) -> frozenset[str]:
        """A stance section's named word list ("demands", "asking_verbs"); empty when absent."""
        return self.lists.get((section, name), frozenset())


@lru_cache(maxsize=8)
def load_lexicon(ontology_dir: Path) -> Lexicon:
    """Read cues.toml into lookup tables.

    Raises:
        ExtractionError: the file is missing or malformed.
    """
    path = Path(ontology_dir) / "cues.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ExtractionError(f"cannot read the cue lexicon {path}: {e}") from e
    relations = load_relations(Path(ontology_dir))
    _check_sections(data, relations, path)
    lexicon = Lexicon()
    # in the cue file's order, which is the order of a lemma's cues
    for relation in (name for name in data if name in relations and relations[name].kind == "stance"):
        _add_stance_cues(lexicon, relation, data[relation], relations[relation].negation)
    _add_word_lists(lexicon, data)
    for relation in _event_sections(relations):
        entry = data.get(relation, {})
        lexicon.events[relation] = {"verbs": frozenset(), "nouns": frozenset()} | {
            key: frozenset(words) for key, words in entry.items() if isinstance(words, list)
        }
    return lexicon


def _check_sections(data: dict[str, Any], relations: dict[str, Relation], path: Path) -> None:
    """Fail on a section that names no relation: it would be silently ignored."""
    unknown = sorted(set(data) - set(relations) - set(ACT_SECTIONS))
    if unknown:
        raise ExtractionError(
            f"{path}: section [{unknown[0]}] names no relation of statgraph.ttl; sections are the relations "
            f"({', '.join(relations)}) and {', '.join(ACT_SECTIONS)}"
        )


def _add_stance_cues(lexicon: Lexicon, relation: str, entry: dict[str, Any], negated: str) -> None:
    """One stance relation's cues, by part of speech."""
    for lemma in entry.get("verbs", []):
        lexicon.verbs.setdefault(lemma, []).append(Cue(relation, "verb", lemma, negated=negated))
    for phrase in entry.get("phrasal", []):
        words = phrase.split()
        verb, particle = words[0], " ".join(words[1:])
        lexicon.phrasal.setdefault(verb, []).append(Cue(relation, "phrasal", phrase, particle, negated))
    for noun in entry.get("nouns", []):
        lexicon.nouns.setdefault(noun, []).append(Cue(relation, "noun", noun, negated=negated))
    for noun in entry.get("agent_nouns", []):
        lexicon.agent_nouns.setdefault(noun, Cue(relation, "agent_noun", noun))
    for noun in entry.get("against_nouns", []):
        lexicon.against_nouns.setdefault(noun, Cue(relation, "against_noun", noun))
    for adjective in entry.get("adjectives", []):
        lexicon.adjectives.setdefault(adjective, []).append(Cue(relation, "adjective", adjective, negated=negated))


def _add_word_lists(lexicon: Lexicon, data: dict[str, Any]) -> None:
    """The stance sections' other word lists, each read by one rule."""
    lexicon.dismissals = frozenset(
        tuple(d.split(maxsplit=1)) for d in data.get("rejects", {}).get("dismissals", []) if " " in d
    )
    lexicon.object_bound = frozenset(data.get("proposes", {}).get("object_bound", []))
    lexicon.own_side_verbs = frozenset(data.get("supports", {}).get("own_side_verbs", []))
    lexicon.speech_nouns = frozenset(data.get("warns", {}).get("speech_nouns", []))
    lexicon.threat_nouns = frozenset(data.get("warns", {}).get("threat_nouns", []))
    lexicon.threat_verbs = frozenset(data.get("warns", {}).get("threat_verbs", []))
    lexicon.danger_adjectives = frozenset(data.get("warns", {}).get("danger_adjectives", []))
    lexicon.lists = {
        (section, name): frozenset(listed)
        for section, entry in data.items()
        if isinstance(entry, dict)
        for name, listed in entry.items()
        if isinstance(listed, list)
    }


def _event_sections(relations: dict[str, Relation]) -> tuple[str, ...]:
    """The cue file's sections of event words: the event relations' and ACT_SECTIONS."""
    return tuple(name for name, relation in relations.items() if relation.kind == "event") + ACT_SECTIONS
