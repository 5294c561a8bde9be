"""Issues -> topic concepts: SKOS concepts of ontology/topics.ttl, matched on word stems.

A concept matches a target phrase when every content word of one of its labels occurs in
the phrase ("eastward expansion of NATO" has the words of "NATO expansion"). A phrase that
matches no concept becomes a topic of its own, named by its content words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ExtractionError
from .gazetteer import Gazetteer, mint_id

SKOS = "http://www.w3.org/2004/02/skos/core#"
STOPWORDS = frozenset(
    "a an the of to for on in at by with from into onto about over under and or but nor "
    "its it their his her our your my this that these those such any all some other own "
    "is are was were be been being as than then so very more most also only even just "
    "'s ’s s".split()
)
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Topic:
    """A topic concept with the stem sets of its labels."""

    id: str
    label: str
    keys: tuple[frozenset[str], ...]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light, deterministic stem: lower case, no possessive, expansion/expand -> expan."""
    word = word.lower().replace("’", "'")
    word = re.sub(r"'s?$", "", word)
    for suffix in (
        "ations",
        "ation",
        "ments",
        "ment",
        "sions",
        "sion",
        "ings",
        "ing",
        "ies",
        "ed",
        "es",
        "s",
        "d",
        "e",
    ):
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> frozenset[str]:
    """The stems of the content words of a phrase."""
    return frozenset(stem(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS)


@lru_cache(maxsize=8)
def load_topics(ontology_dir: Path) -> tuple[Topic, ...]:
    """Read the SKOS concepts of `topics.ttl` (an absent file means no concepts).

    Raises:
        ExtractionError: the file does not parse.
    """
    import rdflib

    path = Path(ontology_dir) / "topics.ttl"
    if not path.exists():
        return ()
    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as e:  # rdflib raises many parser-specific types
        raise ExtractionError(f"cannot parse the topic lexicon {path}: {e}") from e
    topics = []
    for concept in sorted(set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(SKOS + "Concept")))):
        pref = graph.value(concept, rdflib.URIRef(SKOS + "prefLabel"))
        labels = [pref, *graph.objects(concept, rdflib.URIRef(SKOS + "altLabel"))]
        keys = tuple(sorted({content_stems(str(label)) for label in labels if label}, key=sorted))
        local = str(concept).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        topics.append(Topic(id=mint_id(local), label=str(pref or local), keys=tuple(k for k in keys if k)))
    return tuple(topics)


_PHRASE_BREAKS = frozenset(
    "of in on to for with into against by from at over about between among that which who based , ( –".split()
)


# Heads that lead to the issue in their complement: a part or an act of it ("the latest round
# of tariffs", "the imposition of sanctions") and a call for it ("Russia's calls for a freeze").
# Acts that undo the issue (lifting, withdrawal, end) are issues of their own and stay heads.
_LEADS_OF = frozenset(
    "round rounds package packages set series wave waves raft batch "
    "imposition introduction adoption implementation establishment appointment creation".split()
)
_LEADS_FOR = frozenset("call calls demand demands appeal appeals request requests plea pleas proposal proposals".split())


def issue_part(phrase: str) -> str:
    """The words of a phrase that name its issue: after a head that only leads to it.

    "the latest round of U.S. tariffs" -> "U.S. tariffs"; "Russia's calls for a freeze on the
    bloc's eastward expansion" -> "a freeze on the bloc's eastward expansion"; a phrase whose
    head is the issue is returned as it is.
    """
    words = phrase.split()
    head = ""
    for i, word in enumerate(words[:-1]):
        lowered = word.lower().strip(",")
        if lowered in _PHRASE_BREAKS and head:
            leads = _LEADS_OF if lowered == "of" else _LEADS_FOR if lowered == "for" else frozenset()
            return issue_part(" ".join(words[i + 1 :])) if head.lower() in leads else phrase
        if lowered not in STOPWORDS:
            head = re.sub(r"(’s|'s)$", "", word)
    return phrase


def phrase_head(phrase: str) -> str:
    """The head word of an English noun phrase: the last word before its first preposition or
    clause ("ceasefire in the Gaza Strip" -> ceasefire, "NATO's eastward expansion" -> expansion),
    after a head that only leads to the issue ("a round of tariffs" -> tariffs)."""
    words = issue_part(phrase).replace(",", " , ").replace("(", " ( ").split()
    head = ""
    for word in words:
        if word.lower() in _PHRASE_BREAKS and head:
            break
        if word.lower() not in STOPWORDS:
            head = word
    return head


def match_topic(phrase: str, topics: tuple[Topic, ...], head: str = "") -> Topic | None:
    """The concept whose label words best cover the phrase (most words matched), if any; a
    concept must name the phrase's head: "ceasefire in the Gaza Strip" is a ceasefire, not the
    Gaza war, and a "peace conference" is no topic "peace"."""
    words = content_stems(phrase)
    head = stem(head or phrase_head(phrase))
    names = _names_in(phrase)
    best: tuple[int, str] | None = None
    found = None
    for key, topic in _labels_naming(topics, head):
        if key <= words and names <= key and (best is None or (len(key), topic.id) > best):
            best, found = (len(key), topic.id), topic
    return found


_INDEXES: dict[int, tuple[tuple[Topic, ...], dict[str, list[tuple[frozenset[str], Topic]]]]] = {}


def _labels_naming(topics: tuple[Topic, ...], head: str) -> list[tuple[frozenset[str], Topic]]:
    """The (label stems, topic) pairs whose label holds the stem `head` (every pair when there
    is no head), from an index of the topics built once: a phrase is compared with the few
    labels that name its head, not with every label of topics.ttl."""
    if not head:
        return [(key, topic) for topic in topics for key in topic.keys]
    entry = _INDEXES.get(id(topics))
    if entry is None or entry[0] is not topics:
        index: dict[str, list[tuple[frozenset[str], Topic]]] = {}
        for topic in topics:
            for key in topic.keys:
                for word in key:
                    index.setdefault(word, []).append((key, topic))
        if len(_INDEXES) >= 8:
            _INDEXES.clear()
        entry = _INDEXES[id(topics)] = (topics, index)
    return entry[1].get(head, [])


def _names_in(phrase: str) -> frozenset[str]:
    """The stems of the names in a phrase after its first word: "sanctions on Iran" names Iran.
    A concept that leaves out a name the phrase gives would merge issues an analyst keeps
    apart (sanctions on Iran and sanctions on Russia), so it does not match."""
    words = _WORD.findall(phrase)[1:]
    return frozenset(stem(w) for w in words if w[:1].isupper() and w.lower() not in STOPWORDS)


_POSSESSIVE = re.compile(r"(’s|'s)$")
_QUOTES_AND_STOPS = ',.;:"“”'  # stripped off a chunk before it is looked up


def canonical_phrase(phrase: str, gazetteer: Gazetteer) -> str:
    """A phrase with the actors it names written canonically, for matching concepts:
    "expand the North Atlantic Alliance" -> "expand the NATO". Longest names first."""
    words = phrase.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        first = words[i].lstrip(_QUOTES_AND_STOPS)
        if first and not first[0].isupper():  # no name starts at a word that does not
            out.append(words[i])
            i += 1
            continue
        for size in range(min(6, len(words) - i), 0, -1):
            chunk = " ".join(words[i : i + size])
            bare = chunk.strip(_QUOTES_AND_STOPS)
            if not bare[:1].isupper():
                continue  # no name starts here (a possessive ending never makes one)
            bare = _POSSESSIVE.sub("", bare)
            actor = gazetteer.find(bare)
            if actor is not None and _inside_longer_name(words, i, size, bare == chunk):
                actor = None  # "the Minsk Agreements" name no Belarus: the longest name wins
            if actor is not None and actor.type in {"organization", "state", "group"}:
                out.append(actor.label)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def _inside_longer_name(words: list[str], i: int, size: int, bare: bool) -> bool:
    """Whether words[i : i + size] run on into a longer capitalised name ("Minsk Agreements")."""
    following = words[i + size] if i + size < len(words) else ""
    return bare and following[:1].isupper()


def topic_for(phrase: str, topics: tuple[Topic, ...], head: str = "") -> tuple[str, str]:
    """(id, label) of the topic a phrase names: a known concept, or one named by its words.
    `head` is the phrase's head word when the parse gives it (a clause's verb)."""
    found = match_topic(phrase, topics, head)
    if found:
        return found.id, found.label
    words = [w for w in _WORD.findall(phrase) if w.lower() not in STOPWORDS]
    label = " ".join(words) or phrase.strip()
    return mint_id(label), label
