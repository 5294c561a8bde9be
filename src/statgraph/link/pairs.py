"""Whether two target phrases name the same issue: what a phrase says, and the pair score.

`read_phrase` reads what the pair score compares: the head word (one word for a group of
kindred heads, "truce" and "ceasefire", ontology/issue_words.toml; none for an actor), the
content words and their roots ("recognise", "recognition"), the names
that are the issue's own arguments (a demonym names its country: "Turkish tariffs" names
Turkey), whether the issue is qualified (a prepositional argument or a possessive), whether a
word undoes it ("halt", or a refused upholding verb: "not recognise"). `pair_score` is a small logistic regression
(`link.pair_model`, its weights in pair_model.json) over the cosine of the two phrases' sentence
embeddings (`nlp.embed`) and what an analyst reads in the words (`pair_features`): whether they
share their head word, and within one article (one article's wordings of one thing: a bare word
there stands for the instance its article names, "sovereignty" beside "independence and
sovereignty of Ukraine"); what share of the shorter phrase's issue words the other holds (a
long wording of one thing holds the short one's words); whether they name the same names or
different ones ("sanctions on Belarus", "sanctions on Moscow"); whether one is a bare word and
the other qualifies it ("sanctions", "sanctions on Russia"; "sovereignty", "its national
sovereignty").

Two phrases are never joined (`vetoed`, the guideline's rules, bench/TOPIC_PAIRS.md) when one
word negates the other ("stability", "instability"), when one undoes what the other names
("lifting sanctions", "sanctions"; a "freeze on the expansion" and "halt the expansion" name one
issue, headed by the expansion; "must not hollow out the principle" refuses the undoing and
keeps the principle's side), when a bare noun names one particular text or act in two articles
("the agreement"), or when a relation with one party named ("relations with China") comes from
two articles: its other party is the speaker, so two speakers' relations with China are two
issues.

Where a phrase's statement is known (`Passage`: its passage's offsets, holder and relation, as
the concept linker reads a build's targets), two more readings: two targets of one passage
(`same_passage`, one list of demands or one demand in two parts, mostly one issue), and a veto
when one holder, in one passage, is for one phrase and against the other.

Notes:
    The weights are learned on every labelled pair but the newest held-back set: both halves of
    bench/topic_pairs.tsv (adjudicated), bench/topic_pairs_fresh.tsv, _held.tsv and _held15.tsv
    (`statgraph train-pairs`, which chooses the regularisation by cross-validation grouped by
    phrase), and reported on bench/topic_pairs_held18.tsv (`python bench/bench_topics.py
    --held18`), bench/TOPIC_PAIRS.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..relations import stance_of
from ..words import words
from .gazetteer import Gazetteer
from .pair_model import pair_model
from .phrases import short_phrase
from .topics import STOPWORDS, canonical_phrase, content_stems, issue_part, phrase_head, stem

_NEGATING_PREFIXES = frozenset({"in", "un", "non", "dis", "de", "anti", "im", "il", "ir"})
# The word lists of ontology/issue_words.toml: grading words ("strongest sanctions" is as bare as
# "sanctions"), undoing words ("halt the expansion"), refusing words ("must not hollow out"),
# particular nouns (a bare "resolution" joins only within its article), relation nouns ("relations
# with China" leaves a party unnamed) and words that start a description of an argument.
_GRADING = words("issue_words", "grading")
_UNDOING = words("issue_words", "undoing")
_REFUSING = words("issue_words", "refusing")
_PARTICULAR = words("issue_words", "particular")
_RELATIONAL = words("issue_words", "relational")
_DESCRIBING = words("issue_words", "describing")
_UPHOLDING = words("issue_words", "upholding")
# One stem for the head words of a group of ontology/issue_words.toml `kindred` ("truce", "ceasefire").
_KINDRED = {stem(w): stem(min(group.split())) for group in sorted(words("issue_words", "kindred"))
            for w in group.split()}
_POSSESSIVES = frozenset("its their his her our your my".split())
_ARGUMENT_PREPS = frozenset("of on with against for in to between over from by".split())
_GRADED_STEMS = frozenset(stem(word) for word in _GRADING)
_PARTICULAR_STEMS = frozenset(stem(word) for word in _PARTICULAR)
_WORD = re.compile(r"[\w'’-]+")
# Derivational endings that a verb and its noun differ by ("recognise" / "recognition",
# "disarm" / "disarmament", "relocate" / "relocation"): `root` strips the first that leaves four
# letters or more, so an event and its nominalisation share an issue word.
_DERIVATIONAL = ("isations", "izations", "isation", "ization", "aments", "ament", "ations", "ation", "itions",
                 "ition", "ments", "ment", "ings", "ing", "ises", "izes", "ised", "ized", "ates", "ated", "ate",
                 "ise", "ize", "ions", "ion", "als", "al", "ies", "es", "ed", "s", "e")
_PUNCTUATION = "\"'“”‘’«».,;:!?()"
# The direction of a stance group (ontology/statgraph.ttl `sg:group`): for the target, or against it.
_STANCE_SIGN = {"support": 1, "demand": 1, "propose": 1, "cooperate": 1, "oppose": -1, "warn": -1}


@dataclass(frozen=True)
class Phrase:
    """A target phrase with what the pair score reads of it."""

    text: str
    doc: str
    head: str
    stems: frozenset[str]
    names: frozenset[str]
    argued: bool  # a prepositional argument or a possessive qualifies the issue
    issue_stems: frozenset[str] = frozenset()  # the stems without grading words ("strongest")
    undoes: bool = False  # a word undoes the issue ("halt", "lifting") and none refuses it
    words: frozenset[str] = frozenset()  # its words, lower-cased (what `_negates` compares)
    relational: bool = False  # its head phrase is a relation between parties ("ties with China")
    roots: frozenset[str] = frozenset()  # its issue words' roots ("recognis-" and "recognit-" one root)
    head_root: str = ""  # the root of its head word
    # where it stands: the passage (start, end) of its statement, the holder and the relation
    # (`Passage`); None where no statement is known (a phrase read from a store or alone)
    passage: Passage | None = None


@dataclass(frozen=True)
class Passage:
    """The statement a target phrase comes from: its passage's offsets, holder and relation."""

    start: int
    end: int
    holder: str
    relation: str


def read_phrase(text: str, doc: str = "", gazetteer: Gazetteer | None = None, passage: Passage | None = None) -> Phrase:
    """A phrase's head stem, content stems, names and whether it is qualified by an argument
    (and, when given, the statement it comes from).

    With a gazetteer, actors are named canonically first ("US" and "the United States" are
    one name)."""
    issue = issue_part(text)  # "Russia's calls for a freeze": Russia is no part of the issue
    named = canonical_phrase(issue, gazetteer) if gazetteer is not None else issue
    words = _WORD.findall(text)
    lowered = [w.lower() for w in words]
    head_word = _head_word(text, words, gazetteer)
    argued = any(w in _ARGUMENT_PREPS for w in lowered[1:]) or any(w in _POSSESSIVES for w in lowered)
    stems = content_stems(text)
    issue_stems = frozenset(_KINDRED.get(s, s) for s in stems - _GRADED_STEMS)
    return Phrase(
        text, doc, kindred(stem(head_word)), stems, _names(named, gazetteer), argued, issue_stems, _undoes(lowered),
        frozenset(lowered), any(w.lower() in _RELATIONAL for w in _WORD.findall(short_phrase(text))),
        frozenset(_issue_root(w) for w in _described(words) if w.lower() not in STOPWORDS and stem(w) not in _GRADED_STEMS),
        _issue_root(head_word),
        passage,
    )


def _head_word(text: str, words: list[str], gazetteer: Gazetteer | None) -> str:
    """The head word the pair score compares: past a head that undoes its issue ("a freeze on
    the expansion": its issue is the expansion); none for an actor that heads a clause ("Greece
    to act according to international law": its issue is no Greece)."""
    head_word = (phrase_head(text) or (words[-1] if words else "")).strip(_PUNCTUATION)
    if head_word.lower() in _UNDOING:
        head_word = phrase_head(text.split(head_word, 1)[-1]).strip(_PUNCTUATION) or head_word
    if gazetteer is not None and head_word[:1].isupper() and gazetteer.find(head_word) is not None:
        return ""
    return head_word


def root(word: str) -> str:
    """A word without its derivational ending, lower case: "recognise" and "recognition" are
    "recogn", "withdrawal" is "withdraw" (`_DERIVATIONAL`)."""
    word = re.sub(r"'s?$", "", word.lower().replace("’", "'"))
    return next((word[: -len(end)] for end in _DERIVATIONAL if word.endswith(end) and len(word) - len(end) >= 4),
                word)


def _issue_root(word: str) -> str:
    """What `overlap` compares of a word: its group's stem for a kindred word ("truce",
    "ceasefire"), else its root."""
    word_stem = stem(word)
    return _KINDRED[word_stem] if word_stem in _KINDRED else root(word)


def kindred(word_stem: str) -> str:
    """The stem that stands for a head's group of words of one meaning ("truce" -> "armistic")."""
    return _KINDRED.get(word_stem, word_stem)


def _described(words: list[str]) -> list[str]:
    """The words of a phrase before a description of its argument ("a security order | based on
    the Helsinki Final Act"): what follows names no part of the issue."""
    return words[: next((i for i, w in enumerate(words) if i and w.lower() in _DESCRIBING), len(words))]


def _names(named: str, gazetteer: Gazetteer | None = None) -> frozenset[str]:
    """The stems of the capitalised words of a phrase before a description of its argument, a
    demonym read as its actor's name ("Russian aggression" names Russia)."""
    capitalised = [_demonym_name(w, gazetteer) for w in _described(_WORD.findall(named))
                   if w[:1].isupper() and w.lower() not in STOPWORDS]
    return frozenset(stem(part) for w in capitalised for part in re.split(r"[\s-]+", w) if part)


def _demonym_name(word: str, gazetteer: Gazetteer | None) -> str:
    actor = gazetteer.demonym(word) if gazetteer is not None else None
    return actor.label if actor is not None and actor.type == "state" else word


def _undoes(lowered: list[str]) -> bool:
    """A word undoes the issue, and no word before it refuses that ("must not hollow out"), or
    a word refuses to uphold it ("not recognise the legitimacy")."""
    for i, word in enumerate(lowered):
        refused = any(w in _REFUSING for w in lowered[max(0, i - 3) : i])
        if word in _UNDOING:
            return not refused
        if word in _UPHOLDING and refused:
            return True
    return False


def pair_features(a: Phrase, b: Phrase, cosine: float) -> dict[str, float]:
    """What the pair model (`pair_model.json`) weighs: the two phrases' embedding cosine, and
    what an analyst reads in their words (each 0 or 1, but `overlap`)."""
    same_head = bool(a.head) and a.head == b.head
    same_doc = bool(a.doc) and a.doc == b.doc
    return {
        "cosine": cosine,
        "same_head": float(same_head),
        "same_document": float(same_doc),
        "same_document_head": float(same_doc and same_head),  # one article's wordings of one thing
        # the share of the shorter phrase's issue words (their roots) in the other: long wordings of one thing
        "overlap": len(a.roots & b.roots) / max(1, min(len(a.roots), len(b.roots))),
        # other names and none the same: within one article, items of one list may be one issue
        "other_names": float(not same_doc and bool(a.names and b.names and not a.names & b.names)),
        "shared_names": float(bool(a.names & b.names)),
        # one phrase's head is an issue word of the other ("necessity of X's disarmament" / "disarm X")
        "head_in_other": float(not same_head and (_head_in(a, b) or _head_in(b, a))),
        "same_head_names": float(same_head and bool(a.names & b.names)),  # one matter under one name
        # a bare word against a qualified one, save within one article under one head
        "generic": float(not (same_doc and same_head) and (_generic(a, b) or _generic(b, a))),
        # two targets of one passage (one statement's list, one demand in two parts)
        "same_passage": float(same_doc and _one_passage(a, b)),
    }


def _one_passage(a: Phrase, b: Phrase) -> bool:
    return a.passage is not None and b.passage is not None and (a.passage.start, a.passage.end) == (
        b.passage.start, b.passage.end)


def _opposed_in_passage(a: Phrase, b: Phrase) -> bool:
    """One holder, in one passage, for one phrase and against the other ("demands that X
    prevent a recurrence" / "opposes a recurrence"): joining them would flip a stance (rule 6)."""
    x, y = a.passage, b.passage
    if x is None or y is None or x.holder != y.holder or not (x.start < y.end and y.start < x.end):
        return False
    return _STANCE_SIGN.get(stance_of(x.relation), 0) * _STANCE_SIGN.get(stance_of(y.relation), 0) < 0


def _head_in(a: Phrase, b: Phrase) -> bool:
    return bool(a.head) and bool(a.head_root) and a.head_root in b.roots


def vetoed(a: Phrase, b: Phrase) -> bool:
    """Never one issue: one undoes or negates what the other names ("stability", "instability"),
    two particular texts or acts of other names ("the Russian resolution", "the US-drafted
    resolution"), one holder for one and against the other in one passage, or, in two articles, a bare noun names one particular text or act ("the
    agreement") or a relation leaves a party unnamed."""
    same_doc = bool(a.doc) and a.doc == b.doc
    if a.undoes != b.undoes or _negates(a, b) or _other_texts(a, b) or same_doc and _opposed_in_passage(a, b):
        return True
    return not same_doc and (particular(a) or particular(b) or _one_sided(a, b))


def pair_score(a: Phrase, b: Phrase, cosine: float) -> float:
    """The probability that two target phrases name the same issue (the pair model's; 0 when
    `vetoed`); they are joined from `pair_model().threshold` up."""
    if vetoed(a, b):
        return 0.0
    return pair_model().probability(pair_features(a, b, cosine))


def _other_texts(a: Phrase, b: Phrase) -> bool:
    """Two texts or acts of one kind ("resolution", "draft") that name other names and none the
    same: two drafts, whoever speaks of them (guideline rule 4)."""
    return a.head == b.head and a.head in _PARTICULAR_STEMS and bool(a.names and b.names) and not a.names & b.names


def particular(phrase: Phrase) -> bool:
    """A bare noun naming one particular text or act ("resolution", "the agreement")."""
    return bare(phrase) and not phrase.names and phrase.head in _PARTICULAR_STEMS


def _one_sided(a: Phrase, b: Phrase) -> bool:
    """A relation whose parties the two phrases do not both name alike: "relations with China"
    and "ties with China" of two speakers are two relations."""
    return (a.relational or b.relational) and not (a.names == b.names and len(a.names) >= 2)


def scoped(phrase: Phrase) -> bool:
    """A phrase whose issue depends on its article: a bare particular noun ("the agreement") or a
    relation with one party named ("ties with India"); it joins a concept by its words only
    within its article."""
    return particular(phrase) or phrase.relational and len(phrase.names) < 2


def bare(phrase: Phrase) -> bool:
    """A phrase of one issue word ("sanctions", "the latest sanctions")."""
    return len(phrase.issue_stems) <= 1


def _generic(word: Phrase, full: Phrase) -> bool:
    """A bare word against a phrase that qualifies it: "sanctions" / "sanctions on Russia"."""
    return bare(word) and not bare(full) and (full.argued or bool(full.names - word.names))


def _negates(a: Phrase, b: Phrase) -> bool:
    """One phrase's word negates the other's ("instability", "stability")."""
    return any(
        x != y and x.endswith(y) and x[: len(x) - len(y)] in _NEGATING_PREFIXES
        for one, other in ((a.words, b.words), (b.words, a.words))
        for x in one
        for y in other
    )


def pair_scores(pairs: Sequence[tuple[str, str, str, str]], gazetteer: Gazetteer | None = None,
                passages: Sequence[tuple[Passage | None, Passage | None]] | None = None) -> list[float]:
    """Pair scores of (phrase, phrase, document, document) rows, as `ConceptIndex` reads them
    (with the statement each phrase comes from, where `passages` gives it)."""
    from ..nlp.embed import embed

    first = embed([a for a, _, _, _ in pairs])
    second = embed([b for _, b, _, _ in pairs])
    where = passages or [(None, None)] * len(pairs)
    return [
        pair_score(read_phrase(a, doc_a, gazetteer, where[i][0]), read_phrase(b, doc_b, gazetteer, where[i][1]),
                   float(first[i] @ second[i]))
        for i, (a, b, doc_a, doc_b) in enumerate(pairs)
    ]


def row_passage(row: dict[str, str], side: str) -> Passage | None:
    """The statement a pair file's phrase comes from (columns `start_a end_a holder_a relation_a`,
    bench/sample_pairs.py), None where the row has none."""
    start, end = row.get("start_" + side, ""), row.get("end_" + side, "")
    if not start or not end:
        return None
    return Passage(int(start), int(end), row.get("holder_" + side, ""), row.get("relation_" + side, ""))
