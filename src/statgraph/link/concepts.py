"""Minted topic concepts joined across documents: paraphrases of one issue become one concept.

A target that no concept of ontology/topics.ttl names gets a concept of its own, named by
its short phrase (`phrases.short_phrase`; after the build, by the short phrase most of its
passages give, `link.labels`). Before a new concept is made, the target is
compared with the phrases of the concepts made so far (in this build, and those already in
the store), and joins the one it names the same issue as:

- the same short phrase (the same content words) is the same concept;
- otherwise a pair score: the cosine of the two phrases' sentence embeddings
  (`nlp.embed`), raised when the phrases share their head word and come from the same
  document, lowered when they name different names ("sanctions on Belarus" and "sanctions on
  Moscow"), when one is a bare word and the other qualifies it ("sanctions" and "sanctions on
  Russia"), or when one word negates the other ("stability" and "instability") or one
  phrase undoes what the other names ("lifting sanctions", "sanctions"; a "freeze on the
  expansion" and "halt the expansion" name one issue, headed by the expansion).

Notes:
    The weights are set by reading; the threshold is chosen on the `tune` half of
    bench/topic_pairs.tsv (320 labelled pairs of target phrases from bench/realtext's train
    and dev articles) and reported on the other half (`python bench/bench_topics.py --pairs`).
    Concepts are visited in the order they were made and members in the order they joined,
    so the same documents in the same order give the same concepts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer, mint_id
from .phrases import phrase_key, short_phrase
from .topics import STOPWORDS, canonical_phrase, content_stems, issue_part, phrase_head, stem

if TYPE_CHECKING:
    import numpy as np

    from ..models import Document, Statement

THRESHOLD = 0.67  # chosen on the tune half of bench/topic_pairs.tsv
AHEAD = 8  # documents whose target phrases are embedded together (`link_documents`)
SAME_HEAD = 0.05
SAME_DOCUMENT_HEAD = 0.3
OTHER_NAMES = 0.35
GENERIC = 0.3
NEGATED = 0.3
UNDONE = 1.0  # an issue and its undoing are never one concept
_NEGATING_PREFIXES = frozenset({"in", "un", "non", "dis", "de", "anti", "im", "il", "ir"})
# Words that grade or date an issue without naming which one: "strongest sanctions" and "new
# sanctions" are as bare as "sanctions".
_GRADING = frozenset(
    "new further additional more strong stronger strongest tough tougher toughest harsh harsher harshest "
    "severe latest recent current ongoing fresh possible existing continued renewed".split()
)
# Words that undo the issue they govern: "halt the expansion", "a freeze on the expansion" and
# "lifting the sanctions" are one issue, the opposite of "expansion" and of "sanctions".
_UNDOING = frozenset(
    "halt halting freeze freezing stop stopping end ending cease ceasing cessation lift lifting remove removal "
    "withdraw withdrawal withdrawing scrap scrapping suspend suspension suspending abandon abandoning reverse "
    "reversal ban renounce".split()
)
# Nouns that name one particular text or act, not an issue: a bare "resolution" or "the agreement"
# in two articles is two different resolutions or agreements, so such a bare word joins only
# within its own document ("sanctions" or "ceasefire" bare are issues and join anywhere).
_PARTICULAR = frozenset(
    "resolution agreement deal plan proposal draft treaty initiative decision declaration statement bill "
    "law report document offer request letter memorandum accord pact roadmap package text vote".split()
)
_ARGUMENT_PREPS = frozenset("of on with against for in to between over from by".split())
_GRADED_STEMS = frozenset(stem(word) for word in _GRADING)
_PARTICULAR_STEMS = frozenset(stem(word) for word in _PARTICULAR)
_WORD = re.compile(r"[\w'’-]+")
_PUNCTUATION = "\"'“”‘’«».,;:!?()"


@dataclass(frozen=True)
class Phrase:
    """A target phrase with what the pair score reads of it."""

    text: str
    doc: str
    head: str
    stems: frozenset[str]
    names: frozenset[str]
    argued: bool
    issue_stems: frozenset[str] = frozenset()  # the stems without grading words ("strongest")
    undoes: bool = False  # a word undoes the issue ("halt", "lifting")
    words: frozenset[str] = frozenset()  # its words, lower-cased (what `_negates` compares)


def read_phrase(text: str, doc: str = "", gazetteer: Gazetteer | None = None) -> Phrase:
    """A phrase's head stem, content stems, names and whether it has a prepositional argument.

    With a gazetteer, actors are named canonically first ("US" and "the United States" are
    one name)."""
    issue = issue_part(text)  # "Russia's calls for a freeze": Russia is no part of the issue
    named = canonical_phrase(issue, gazetteer) if gazetteer is not None else issue
    words = _WORD.findall(text)
    capitalised = [w for w in _WORD.findall(named) if w[:1].isupper() and w.lower() not in STOPWORDS]
    names = frozenset(stem(part) for w in capitalised for part in w.split("-"))
    argued = any(w.lower() in _ARGUMENT_PREPS for w in words[1:])
    head_word = (phrase_head(text) or (words[-1] if words else "")).strip(_PUNCTUATION)
    if head_word.lower() in _UNDOING:  # "a freeze on the expansion": its issue is the expansion
        head_word = phrase_head(text.split(head_word, 1)[-1]).strip(_PUNCTUATION) or head_word
    undoes = any(w.lower() in _UNDOING for w in words)
    stems = content_stems(text)
    lowered = frozenset(w.lower() for w in words)
    return Phrase(text, doc, stem(head_word), stems, names, argued, stems - _GRADED_STEMS, undoes, lowered)


def pair_score(a: Phrase, b: Phrase, cosine: float) -> float:
    """How surely two target phrases name the same issue (compare with THRESHOLD)."""
    score = cosine
    same_head = bool(a.head) and a.head == b.head
    if same_head:
        score += SAME_HEAD
        if a.doc and a.doc == b.doc:
            score += SAME_DOCUMENT_HEAD  # one article's wordings of one thing
    if a.names and b.names and not a.names & b.names:
        score -= OTHER_NAMES
    if _generic(a, b) or _generic(b, a):
        score -= GENERIC
    if a.undoes != b.undoes or a.doc != b.doc and (particular(a) or particular(b)):
        score -= UNDONE
    elif _negates(a, b):
        score -= NEGATED
    return score


def particular(phrase: Phrase) -> bool:
    """A bare noun naming one particular text or act ("resolution", "the agreement")."""
    return len(phrase.issue_stems) <= 1 and not phrase.names and phrase.head in _PARTICULAR_STEMS


def _generic(bare: Phrase, full: Phrase) -> bool:
    """A bare word against a phrase that qualifies it: "sanctions" / "sanctions on Russia"."""
    return len(bare.issue_stems) <= 1 and len(full.issue_stems) > 1 and (full.argued or bool(full.names - bare.names))


def _negates(a: Phrase, b: Phrase) -> bool:
    """One phrase's word negates the other's ("instability", "stability")."""
    return any(
        x != y and x.endswith(y) and x[: len(x) - len(y)] in _NEGATING_PREFIXES
        for one, other in ((a.words, b.words), (b.words, a.words))
        for x in one
        for y in other
    )


def pair_scores(pairs: Sequence[tuple[str, str, str, str]], gazetteer: Gazetteer | None = None) -> list[float]:
    """Pair scores of (phrase, phrase, document, document) rows, as `ConceptIndex` reads them."""
    from ..nlp.embed import embed

    first = embed([a for a, _, _, _ in pairs])
    second = embed([b for _, b, _, _ in pairs])
    return [
        pair_score(read_phrase(a, doc_a, gazetteer), read_phrase(b, doc_b, gazetteer), float(first[i] @ second[i]))
        for i, (a, b, doc_a, doc_b) in enumerate(pairs)
    ]


def concept_label(text: str, gazetteer: Gazetteer | None = None) -> str:
    """A target's label as a concept's: the short phrase, actors named canonically ("Kiev" -> "Ukraine")."""
    named = canonical_phrase(text, gazetteer) if gazetteer is not None else text
    return short_phrase(named) or text.strip()


@dataclass
class Concept:
    """A minted concept: its id, its label (the phrase that made it) and its member phrases."""

    id: str
    label: str
    phrases: list[Phrase] = field(default_factory=list)


class ConceptIndex:
    """The minted concepts of a build, to which each new target phrase is linked in turn."""

    def __init__(self, reserved: Iterable[str] = (), gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer
        self.concepts: list[Concept] = []
        self._by_key: dict[frozenset[str], Concept] = {}
        self._by_id: dict[str, Concept] = {}
        self.reserved = frozenset(reserved)  # ids of topics.ttl concepts: a minted id never takes one
        self._members: list[tuple[Phrase, Concept]] = []
        self._vectors: list[np.ndarray] = []
        self._cache: dict[str, np.ndarray] = {}
        self._labels: dict[str, str] = {}
        self._phrases: dict[tuple[str, str], Phrase] = {}

    def add_existing(self, concept_id: str, label: str, phrases: Iterable[tuple[str, str]]) -> None:
        """A concept already made (in a store): its id, label and (phrase, document) members."""
        concept = self._by_id.get(concept_id) or self._new(concept_id, label)
        self._join(concept, [self._read(text, doc) for text, doc in phrases])

    def link(self, texts: Sequence[str], doc: str) -> list[tuple[str, str]]:
        """The (id, label) of the concept each of a document's target phrases names; new
        concepts are made for the phrases no concept names."""
        found = []
        self._embed(list(texts))  # in one batch: the model costs about as much a call as a phrase
        for text in texts:
            label = self._label(text)
            phrase = self._read(text, doc)
            concept = self._by_key.get(self._key(label, phrase)) or self._closest(phrase)
            if concept is None:
                concept = self._new(self._free_id(mint_id(label)), label)
            self._join(concept, [phrase])
            found.append((concept.id, concept.label))
        return found

    def mint(self, text: str, doc: str) -> tuple[str, str]:
        """A new concept for a phrase, whatever concepts it resembles: (id, label)."""
        label = self._label(text)
        concept = self._new(self._free_id(mint_id(label)), label)
        self._join(concept, [self._read(text, doc)])
        return concept.id, concept.label

    def _label(self, text: str) -> str:
        """The concept label of a text, made once per index (the gazetteer is fixed once loaded)."""
        label = self._labels.get(text)
        if label is None:
            label = self._labels[text] = concept_label(text, self.gazetteer)
        return label

    def _read(self, text: str, doc: str) -> Phrase:
        """A phrase as `read_phrase` reads it, read once per index."""
        phrase = self._phrases.get((text, doc))
        if phrase is None:
            phrase = self._phrases[(text, doc)] = read_phrase(text, doc, self.gazetteer)
        return phrase

    def _closest(self, phrase: Phrase) -> Concept | None:
        if not self._members:
            return None
        import numpy as np

        vector = self._embed([phrase.text])[0]
        cosines = np.vstack(self._vectors) @ vector
        best: tuple[float, int] | None = None
        for i in np.flatnonzero(cosines >= THRESHOLD - SAME_HEAD - SAME_DOCUMENT_HEAD):
            member, _ = self._members[i]
            score = pair_score(phrase, member, float(cosines[i]))
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, int(i))
        return self._members[best[1]][1] if best is not None else None

    def embed_ahead(self, texts: Sequence[str]) -> None:
        """Embed phrases that documents about to be linked name, in one call to the model."""
        self._embed(list(texts))

    def _embed(self, texts: list[str]) -> list[np.ndarray]:
        """Embeddings of texts, each computed once per index."""
        from ..nlp.embed import embed

        missing = sorted({t for t in texts if t not in self._cache})
        if missing:
            self._cache.update(zip(missing, embed(missing), strict=True))
        return [self._cache[t] for t in texts]

    def _new(self, concept_id: str, label: str) -> Concept:
        concept = Concept(concept_id, label)
        self.concepts.append(concept)
        self._by_id[concept_id] = concept
        if not particular(self._read(label, "")):  # else its members' keys name their documents
            self._by_key.setdefault(phrase_key(label), concept)
        return concept

    def _join(self, concept: Concept, phrases: list[Phrase]) -> None:
        new = [p for p in phrases if all(p.text != q.text or p.doc != q.doc for q in concept.phrases)]
        if not new:
            return
        vectors = self._embed([p.text for p in new])
        for phrase, vector in zip(new, vectors, strict=True):
            concept.phrases.append(phrase)
            self._members.append((phrase, concept))
            self._vectors.append(vector)
            self._by_key.setdefault(self._key(self._label(phrase.text), phrase), concept)

    @staticmethod
    def _key(label: str, phrase: Phrase) -> frozenset[str]:
        """The key a phrase joins a concept by: its content words, and its document when it is a
        bare particular noun."""
        key = phrase_key(label)
        return key | {"@doc:" + phrase.doc} if particular(phrase) else key

    def _free_id(self, wanted: str) -> str:
        concept_id, n = wanted, 2
        while concept_id in self.reserved or concept_id in self._by_id:
            concept_id, n = f"{wanted}_{n}", n + 1
        return concept_id


def link_statements(index: ConceptIndex, statements: list[Statement]) -> list[Statement]:
    """A document's statements with their minted topics linked to the index's concepts.

    Targets that are actors, offices or concepts of topics.ttl (the index's reserved ids)
    are kept as they are; two targets that one holder and relation have in one passage
    never become one concept.
    """
    minted = _minted(index, statements)
    linked = index.link([s.target_text or s.target for s in minted], minted[0].doc_name) if minted else []
    new_target = {id(s): found for s, found in zip(minted, linked, strict=True)}
    out: list[Statement] = []
    seen: set[tuple[str, str, str, int, int]] = set()
    for statement in statements:
        if id(statement) in new_target:
            concept_id, label = new_target[id(statement)]
            if (statement.holder_id, statement.relation, concept_id, statement.start, statement.end) in seen:
                # two targets of one passage are two things ("countries of Asia and of Africa")
                concept_id, label = index.mint(statement.target_text or statement.target, statement.doc_name)
            statement = statement.model_copy(update={"target_id": concept_id, "target": label})
        seen.add((statement.holder_id, statement.relation, statement.target_id, statement.start, statement.end))
        out.append(statement)
    return out


def _minted(index: ConceptIndex, statements: list[Statement]) -> list[Statement]:
    """The statements whose target is a minted topic (no actor, office or topics.ttl concept)."""
    return [s for s in statements if s.target_type == "topic" and s.target_id not in index.reserved]


def link_documents(
    index: ConceptIndex, results: Iterable[tuple[Document, list[Statement]]], *, ahead: int = AHEAD
) -> Iterator[tuple[Document, list[Statement]]]:
    """Each document's statements linked in turn (`link_statements`), in input order.

    The target phrases of `ahead` documents at a time are embedded before any of them is
    linked: the model costs about as much a call as a phrase, and a phrase's vector does not
    depend on its batch, so the concepts are those of linking one document at a time."""
    waiting: list[tuple[Document, list[Statement]]] = []
    for result in results:
        waiting.append(result)
        if len(waiting) == ahead:
            yield from _link_waiting(index, waiting)
            waiting = []
    yield from _link_waiting(index, waiting)


def _link_waiting(
    index: ConceptIndex, waiting: list[tuple[Document, list[Statement]]]
) -> Iterator[tuple[Document, list[Statement]]]:
    index.embed_ahead([s.target_text or s.target for _, statements in waiting for s in _minted(index, statements)])
    for document, statements in waiting:
        yield document, link_statements(index, statements)
