"""The pair score of two target phrases: arguments, articles, undoing words, relations, names."""

from __future__ import annotations

import pytest

from statgraph.link.concepts import ConceptIndex
from statgraph.link.pair_model import pair_model
from statgraph.link.pairs import pair_score, read_phrase, vetoed

THRESHOLD = pair_model().threshold


def test_pairs_a_possessive_qualifies_the_issue() -> None:
    """Whose sovereignty: "their national sovereignty" is some state's, the bare word is no one's."""
    bare = read_phrase("sovereignty", "a.txt")
    owned = pair_score(bare, read_phrase("their national sovereignty", "b.txt"), 0.8)
    unowned = pair_score(bare, read_phrase("national sovereignty", "b.txt"), 0.8)
    assert read_phrase("their national sovereignty").argued and not read_phrase("national sovereignty").argued
    assert owned < THRESHOLD <= unowned


def test_pairs_a_bare_word_stands_for_the_instance_of_its_own_article() -> None:
    one_article = pair_score(read_phrase("blockade", "a.txt"), read_phrase("the blockade of Qatar", "a.txt"), 0.5)
    two_articles = pair_score(read_phrase("blockade", "a.txt"), read_phrase("the blockade of Qatar", "b.txt"), 0.5)
    assert one_article >= THRESHOLD > two_articles


def test_pairs_a_bare_word_joins_its_article_instance_in_a_build() -> None:
    index = ConceptIndex()
    (qatar,) = index.link(["the blockade of Qatar"], "gulf.txt")
    assert index.link(["the blockade"], "gulf.txt") == [qatar]
    assert index.link(["the blockade"], "other.txt") != [qatar]


@pytest.mark.parametrize(
    ("text", "undoes"),
    [
        ("abandon the two-state solution", True),
        ("Israel must never abandon the two-state solution", False),  # refused: the solution's side
        ("they should not undermine the ceasefire", False),
        ("undermining the ceasefire", True),
        ("the two-state solution", False),
    ],
)
def test_pairs_an_undoing_word_that_is_refused_keeps_the_issue(text: str, undoes: bool) -> None:
    assert read_phrase(text).undoes is undoes


def test_pairs_a_refused_undoing_is_the_issue_itself() -> None:
    issue = read_phrase("two-state solution", "a.txt")
    refused = read_phrase("must never abandon the two-state solution", "b.txt")
    undoing = read_phrase("abandon the two-state solution", "b.txt")
    assert vetoed(undoing, issue) and not vetoed(refused, issue)
    assert pair_score(undoing, issue, 0.9) == 0.0 < THRESHOLD <= pair_score(refused, issue, 0.9)


def test_pairs_a_relation_with_one_party_named_is_its_speakers() -> None:
    """ "ties with India" of two articles: two speakers' ties, two issues; in one article, one."""
    a, b = read_phrase("closer ties with India", "a.txt"), read_phrase("ties with India", "b.txt")
    same_article = read_phrase("ties with India", "a.txt")
    assert pair_score(a, b, 0.9) < THRESHOLD <= pair_score(a, same_article, 0.9)
    both_named = pair_score(
        read_phrase("relations between Serbia and Kosovo", "a.txt"),
        read_phrase("Serbia-Kosovo relations", "b.txt"),
        0.8,
    )
    assert both_named >= THRESHOLD  # both parties named alike: one relation whoever speaks of it


def test_pairs_a_relation_stays_apart_across_articles_in_a_build() -> None:
    index = ConceptIndex()
    first = index.link(["strategic partnership with Brazil"], "a.txt")
    assert index.link(["strategic partnership with Brazil"], "a.txt") == first  # one article, one concept
    assert index.link(["a strategic partnership with Brazil"], "b.txt") != first


def test_pairs_names_in_a_description_of_the_argument_are_not_the_issue() -> None:
    described = read_phrase("sanctions on firms involved in arms sales to Taiwan", "a.txt")
    assert described.names == frozenset()
    named = read_phrase("sanctions on Raytheon", "a.txt")
    other = read_phrase("sanctions on Taiwan", "a.txt")
    assert pair_score(described, named, 0.6) > pair_score(other, named, 0.6)
