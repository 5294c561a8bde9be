"""Minted topic concepts joined across documents: paraphrases of one issue become one concept.

A target that no concept of ontology/topics.ttl names gets a concept of its own, named by
its short phrase (`phrases.short_phrase`; after the build, by the short phrase most of its
passages give, `link.labels`). Before a new concept is made, the target is
compared with the phrases of the concepts made so far (in this build, and those already in
the store), and joins the one it names the same issue as:

- the same short phrase (the same content words) is the same concept;
- otherwise the pair score of `link.pairs` (a logistic regression over the cosine of the two
  phrases' sentence embeddings and what their heads, words, names, arguments and articles
  say, `link.pair_model`) reaches the pair model's threshold, and no member of the concept
  has the target's head with other names, none of the same ("sanctions on Belarus" joins no
  concept that holds "sanctions on Russia", even by way of a third wording that names both).

Each target is read in the statement it comes from (its passage, holder and relation,
`pairs.Passage`): two targets of one passage lean to one issue, and one holder for one and
against the other in one passage are never joined.

Notes:
    The pair model is trained on the labelled pairs of target phrases of bench/topic_pairs*.tsv
    (from bench/realtext's train and dev articles; `statgraph train-pairs`) and reported on the
    newest held-back set (`python bench/bench_topics.py --held18`, bench/TOPIC_PAIRS.md).
    Concepts are visited in the order they were made and members in the order they joined,
    so the same documents in the same order give the same concepts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer, mint_id
from .pair_model import pair_model
from .pairs import Passage, Phrase, bare, pair_score, read_phrase, scoped
from .phrases import phrase_key, short_phrase
from .topics import canonical_phrase, content_stems

if TYPE_CHECKING:
    import numpy as np

    from ..models import Document, Statement

# documents whose target phrases are embedded together (`link_documents`): each call of the model
# costs some milliseconds besides its texts, and a text's vector is the same in any batch
AHEAD = 32


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
        self._phrases: dict[tuple[str, str, Passage | None], Phrase] = {}

    def add_existing(self, concept_id: str, label: str, phrases: Iterable[tuple[str, str]]) -> None:
        """A concept already made (in a store): its id, label and (phrase, document) members."""
        concept = self._by_id.get(concept_id) or self._new(concept_id, label)
        self._join(concept, [self._read(text, doc) for text, doc in phrases])

    def link(self, texts: Sequence[str], doc: str, passages: Sequence[Passage] | None = None) -> list[tuple[str, str]]:
        """The (id, label) of the concept each of a document's target phrases names (each read
        in the statement it comes from, where `passages` gives it); new concepts are made for
        the phrases no concept names."""
        found = []
        self._embed(list(texts))  # in one batch: the model costs about as much a call as a phrase
        for n, text in enumerate(texts):
            label = self._label(text)
            phrase = self._read(text, doc, passages[n] if passages is not None else None)
            concept = self._by_key.get(self._key(label, phrase)) or self._closest(phrase)
            if concept is None:
                concept = self._new(self._free_id(label, text), label)
            self._join(concept, [phrase])
            found.append((concept.id, concept.label))
        return found

    def mint(self, text: str, doc: str) -> tuple[str, str]:
        """A new concept for a phrase, whatever concepts it resembles: (id, label)."""
        label = self._label(text)
        concept = self._new(self._free_id(label, text), label)
        self._join(concept, [self._read(text, doc)])
        return concept.id, concept.label

    def _label(self, text: str) -> str:
        """The concept label of a text, made once per index (the gazetteer is fixed once loaded)."""
        label = self._labels.get(text)
        if label is None:
            label = self._labels[text] = concept_label(text, self.gazetteer)
        return label

    def _read(self, text: str, doc: str, passage: Passage | None = None) -> Phrase:
        """A phrase as `read_phrase` reads it (in its statement's passage), read once per index."""
        phrase = self._phrases.get((text, doc, passage))
        if phrase is None:
            phrase = self._phrases[(text, doc, passage)] = read_phrase(text, doc, self.gazetteer, passage)
        return phrase

    def _closest(self, phrase: Phrase) -> Concept | None:
        if not self._members:
            return None
        import numpy as np

        vector = self._embed([phrase.text])[0]
        cosines = np.vstack(self._vectors) @ vector
        best: tuple[float, int] | None = None
        model = pair_model()
        other_document = model.min_cosine(same_document=False)  # most pairs: skipped unread below it
        for i in np.flatnonzero(cosines >= model.min_cosine()):
            member, concept = self._members[i]
            if member.doc != phrase.doc and (cosines[i] < other_document or self._stands_in(member, concept)):
                continue
            if _names_clash(phrase, concept):
                continue
            score = pair_score(phrase, member, float(cosines[i]))
            if score >= model.threshold and (best is None or score > best[0]):
                best = (score, int(i))
        return self._members[best[1]][1] if best is not None else None

    def _stands_in(self, member: Phrase, concept: Concept) -> bool:
        """A bare word that joined a qualified concept in its own article ("the blockade" in an
        article on the blockade of Qatar): it stands for the concept there only."""
        return bare(member) and not bare(self._read(concept.label, ""))

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
        if not scoped(self._read(label, "")):  # else its members' keys name their documents
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
            key = self._key(self._label(phrase.text), phrase)
            if self._stands_in(phrase, concept):
                key = key | {"@doc:" + phrase.doc}
            self._by_key.setdefault(key, concept)

    @staticmethod
    def _key(label: str, phrase: Phrase) -> frozenset[str]:
        """The key a phrase joins a concept by: its content words, and its document when its
        issue depends on the article (`pairs.scoped`: "the agreement", "ties with India")."""
        key = phrase_key(label)
        return key | {"@doc:" + phrase.doc} if scoped(phrase) else key

    def _free_id(self, label: str, text: str) -> str:
        """An id no topics.ttl concept and no concept of the index has, nor an actor, unless the
        phrase is that actor's name in other words ("People's Republic of China"): a concept
        labelled "United Nations" (cut from "the United Nations (UN) Charter") is no node of
        the UN."""
        wanted = mint_id(label)
        gazetteer = self.gazetteer
        taken = gazetteer.actors if gazetteer is not None else {}
        if wanted in taken and gazetteer is not None:
            taken = {} if content_stems(canonical_phrase(text, gazetteer)) == content_stems(label) else taken
        concept_id, n = wanted, 2
        while concept_id in self.reserved or concept_id in self._by_id or concept_id in taken:
            concept_id, n = f"{wanted}_{n}", n + 1
        return concept_id


def _names_clash(phrase: Phrase, concept: Concept) -> bool:
    """A member of the concept has the phrase's head and other names, none of the same (the
    guideline's rule 4, the same head with another argument): the phrase does not join it
    through another member ("the Brazilian draft" joins no concept of "the Mexican draft" by
    way of "Brazil and Chile rejected the Mexican draft")."""
    return bool(phrase.names) and any(
        p.head == phrase.head and p.names and not p.names & phrase.names for p in concept.phrases
    )


def link_statements(index: ConceptIndex, statements: list[Statement]) -> list[Statement]:
    """A document's statements with their minted topics linked to the index's concepts.

    Targets that are actors, offices or concepts of topics.ttl (the index's reserved ids)
    are kept as they are; two targets that one holder and relation have in one passage
    never become one concept.
    """
    minted = _minted(index, statements)
    passages = [Passage(s.start, s.end, s.holder_id, s.relation) for s in minted]
    linked = index.link([s.target_text or s.target for s in minted], minted[0].doc_name, passages) if minted else []
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
