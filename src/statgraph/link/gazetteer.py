"""ontology/actors.toml -> a Gazetteer: canonical actors, their aliases, demonyms and metonyms.

Users extend actors.toml without touching code; see the comment at its top.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ExtractionError

ACTOR_TYPES = ("person", "state", "organization", "group")
_ID = re.compile(r"[^0-9A-Za-z_]+")


@dataclass(frozen=True)
class Actor:
    """A canonical actor."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    role: str | None = None
    of: str | None = None
    wikidata: str | None = None


@dataclass
class Gazetteer:
    """Lookup tables from surface strings to actors."""

    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # exact surface -> id
    names_lower: dict[str, str] = field(default_factory=dict)  # lower-case surface -> id
    demonyms: dict[str, str] = field(default_factory=dict)  # lower-case demonym -> id
    offices: dict[tuple[str, str], str] = field(default_factory=dict)  # (role, of) -> person id
    family_first: frozenset[str] = frozenset()  # family names written first ("Wang Yi": Wang)
    cities: dict[str, str] = field(default_factory=dict)  # city name (and folded) -> id of its state
    homes: dict[str, str] = field(default_factory=dict)  # a party's id -> id of its state (parties.toml)
    # what find() answered for each surface; emptied when an actor is added
    _found: dict[str, Actor | None] = field(default_factory=dict, repr=False, compare=False)

    def add(self, actor: Actor) -> None:
        """Add an actor and index its surfaces; an earlier actor keeps a shared surface."""
        self._found.clear()
        self.actors[actor.id] = actor
        for surface in (actor.label, *actor.aliases, *actor.metonyms):
            for variant in _variants(surface):
                self.names.setdefault(variant, actor.id)
                # short or all-caps names ("US", "UN") only match as written
                if len(variant) > 3 and not variant.isupper():
                    self.names_lower.setdefault(variant.lower(), actor.id)
        for demonym in actor.demonyms:
            self.demonyms.setdefault(demonym.lower(), actor.id)
        if actor.role and actor.of:
            # the first listed holder of an office is the current one
            self.offices.setdefault((actor.role.lower(), actor.of), actor.id)

    def office_holder(self, role: str, of: str) -> Actor | None:
        """The known person who holds an office ("foreign minister", "Russia")."""
        found = self.offices.get((role.lower(), of))
        return self.actors[found] if found else None

    def find(self, surface: str) -> Actor | None:
        """The actor a whole surface string names, if any ("the Kremlin" -> Russia)."""
        if surface not in self._found:
            self._found[surface] = self._find(surface)
        return self._found[surface]

    def _find(self, surface: str) -> Actor | None:
        text = " ".join(surface.split())
        text = re.sub(r"\s?['’]s$", "", text)  # "South Korea's" names South Korea
        for candidate in (text, _strip_article(text)):
            # case-insensitive only for capitalised text: "west" the direction is not the West
            found = self.names.get(candidate) or (
                self.names_lower.get(candidate.lower()) if candidate[:1].isupper() else None
            )
            if found:
                return self.actors[found]
        return None

    def city(self, name: str) -> str | None:
        """The id of the state a city the lexicon knows lies in ("New York" -> United_States)."""
        text = _strip_article(" ".join(name.split()))
        return self.cities.get(text) or self.cities.get(fold(text))

    def demonym(self, word: str) -> Actor | None:
        """The actor of a demonym ("Russian" -> Russia)."""
        found = self.demonyms.get(word.lower())
        return self.actors[found] if found else None

    def surnames(self) -> dict[str, str]:
        """Last names of the persons known, for "Lavrov" after "Sergei Lavrov"."""
        return {a.label.split()[-1]: a.id for a in self.actors.values() if a.type == "person"}


def _strip_article(text: str) -> str:
    return re.sub(r"^(the|The)\s+", "", text)


def _variants(surface: str) -> set[str]:
    surface = " ".join(surface.split())
    found = {surface, _strip_article(surface), surface.replace("’", "'"), surface.replace("'", "’")}
    return found | {fold(v) for v in found}  # "Orban" finds "Orbán"


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Text without its accents: "Orbán" -> "Orban", "Niinistö" -> "Niinisto" (made once a
    text: names are folded again at every look-up)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def mint_id(label: str) -> str:
    """An IRI-safe id from any label: ASCII letters, digits and underscores (made once a label)."""
    ascii_label = fold(label).encode("ascii", "ignore").decode() or "x"
    minted = _ID.sub("_", ascii_label).strip("_") or "x"
    return minted[:80]


@lru_cache(maxsize=8)
def load_gazetteer(ontology_dir: Path) -> Gazetteer:
    """Read `actors.toml` from the ontology folder.

    Raises:
        ExtractionError: the file is missing or malformed, or an actor's type is unknown.
    """
    path = Path(ontology_dir) / "actors.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ExtractionError(f"cannot read the actor lexicon {path}: {e}") from e
    gazetteer = Gazetteer()
    for number, entry in enumerate(data.get("actor", []), 1):
        kind = entry.get("type", "")
        if kind not in ACTOR_TYPES or not entry.get("id") or not entry.get("label"):
            raise ExtractionError(
                f"{path}: actor #{number} ({entry.get('id')!r}) needs an id, a label and a type "
                f"among {', '.join(ACTOR_TYPES)}"
            )
        gazetteer.add(
            Actor(
                id=mint_id(entry["id"]),
                label=entry["label"],
                type=kind,
                aliases=tuple(entry.get("aliases", ())),
                demonyms=tuple(entry.get("demonyms", ())),
                metonyms=tuple(entry.get("metonyms", ())),
                role=entry.get("role"),
                of=entry.get("of"),
                wikidata=entry.get("wikidata"),
            )
        )
    _add_parties(gazetteer, Path(ontology_dir) / "parties.toml")
    gazetteer.family_first = frozenset(data.get("names", {}).get("family_name_first", ()))
    for city, state in data.get("cities", {}).items():
        if state not in gazetteer.actors:
            raise ExtractionError(f"{path}: city {city!r} lies in {state!r}, which is no actor id")
        gazetteer.cities.update({city: state, fold(city): state})
    return gazetteer


def _add_parties(gazetteer: Gazetteer, path: Path) -> None:
    """The political parties of `parties.toml` (one table per state: a party's name and its forms)
    as organizations, after the actors of actors.toml, which keep a name both give.

    Raises:
        ExtractionError: the file is malformed, or a table names no state of the gazetteer.
    """
    if not path.exists():
        return
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ExtractionError(f"cannot read the party lexicon {path}: {e}") from e
    for state, parties in data.items():
        if state not in gazetteer.actors or not isinstance(parties, dict):
            raise ExtractionError(f"{path}: [{state}] is no state id of actors.toml")
        for label, forms in sorted(parties.items()):
            if mint_id(label) not in gazetteer.actors:
                gazetteer.add(Actor(id=mint_id(label), label=label, type="organization", aliases=tuple(forms)))
                gazetteer.homes[mint_id(label)] = state
