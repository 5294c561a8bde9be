"""Identity taken for equality (round nine): spaCy makes a new Token or Span object at every
access, so `token is other` and `id(span)` say nothing about the words. Comparisons go by
index (`.i`), a sentence is named by its offsets."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import statements_of

from statgraph.judge.features import document_features
from statgraph.models import Passage, Statement

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "statgraph"

# identity comparisons of objects that are not spaCy's: a lexicon, a registered function
NOT_SPACY = {
    ("extract/events/forms.py", "made[0] is events"),
    ("extract/registry.py", "EXTRACTORS[name] is not function"),
    ("extract/registry.py", "made[0] is not lexicon"),
    ("extract/registry.py", "self._lexicon is not lexicon"),
    ("extract/stances/noun_gate.py", "_MADE[0] is not lexicon"),  # held by the cache itself
    ("link/topics.py", "entry[0] is not topics"),
    # the last document asked about, held by the cache itself (so never another at its address)
    ("nlp/arrays.py", "_LOWER_FORMS[0][0] is doc"),
}


def _identity_comparisons() -> set[tuple[str, str]]:
    """(file, comparison) of every `is` / `is not` whose sides are both non-constants."""
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            for n, op in enumerate(node.ops):
                if isinstance(op, (ast.Is, ast.IsNot)) and not any(
                    isinstance(s, ast.Constant) for s in sides[n : n + 2]
                ):
                    pair = ast.Compare(left=sides[n], ops=[op], comparators=[sides[n + 1]])
                    found.add((path.relative_to(PACKAGE).as_posix(), ast.unparse(pair)))
    return found


def test_no_token_or_span_is_compared_by_identity() -> None:
    assert _identity_comparisons() == NOT_SPACY


def _statement(start: int, end: int, target: str) -> Statement:
    return Statement(doc_id="d", doc_name="d.txt", holder="Norway", holder_id="Norway", relation="supports",
                     target=target, target_id=target, start=start, end=end, evidence="x", cue="backs")


def test_the_candidates_sharing_a_sentence_are_not_counted() -> None:
    # how many candidates a sentence gives made the judge's dev log loss worse (round ten): no feature
    from statgraph.nlp import load_nlp

    text = "Norway backs Iceland and Denmark. Norway backs Sweden."
    doc = load_nlp()(text)
    first, second = list(doc.sents)
    statements = [
        _statement(first.start_char, first.end_char, "Iceland"),
        _statement(first.start_char, first.end_char, "Denmark"),
        _statement(second.start_char, second.end_char, "Sweden"),
    ]
    rows = document_features(statements, [(Passage(doc_id="d", start=0, end=len(text)), doc)])
    assert all("cue=backs" in row for row in rows)  # the rows are read
    assert not [f for row in rows for f in row if f.startswith("in_sentence=")]


def test_a_warning_reads_the_verbs_prepositions_after_the_noun_only() -> None:
    # "to Finland" before the noun, on the verb, is no addressee of the warning
    found = statements_of("To Finland, Russia issued a warning against joining NATO.")
    assert not [s for s in found if s.relation == "warns" and s.target_id == "Finland"]
    after = statements_of("On Monday, Russia issued a warning to Finland.")
    assert [s for s in after if s.holder_id == "Russia" and s.relation == "warns" and s.target_id == "Finland"]


def test_an_answer_kept_per_word_is_the_parses_own() -> None:
    from statgraph.extract.context.subjects import subject_of
    from statgraph.extract.moods import irrealis, negated
    from statgraph.nlp import load_nlp

    nlp = load_nlp()
    denied, stated = nlp("Norway does not back the plan."), nlp("Norway should back the plan.")
    # the same word index in two parses: each Doc keeps its own answers
    assert negated(denied[3]) and not negated(stated[2])
    assert not irrealis(denied[3]) and irrealis(stated[2])
    for doc, verb in ((denied, denied[3]), (stated, stated[2])):
        first = subject_of(verb)
        again = subject_of(verb)
        assert first is not None and first.text == "Norway" and first.doc is doc and first == again
    assert subject_of(nlp("Back the plan.")[0]) is None
