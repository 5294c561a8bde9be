"""Negation the parser hangs elsewhere: on an adverb before the verb ("would not actively
support"), inside a noun's infinitive ("his intention not to enable"); and "not only ... but
also", which negates nothing."""

from pathlib import Path

from conftest import listed_rows

TEXT = (
    "Coalition talks\n\n"
    "The Greens would not either actively or passively support a government led by the Liberals.\n\n"
    "Chancellor Karl Hofer repeated his intention not to enable a government led by the Liberals.\n\n"
    "Chancellor Karl Hofer repeated his intention to enable a government led by the Conservatives.\n\n"
    "The Greens will not only support the budget but also back the reform, Anna Berg said.\n"
)


def test_a_not_on_the_adverb_before_the_verb_negates_the_verb(tmp_path: Path) -> None:
    rows = listed_rows(tmp_path, TEXT)
    greens = {(relation, target) for holder, relation, target in rows if holder == "Greens" and "Liberals" in target}
    assert greens and {relation for relation, _ in greens} == {"opposes"}


def test_an_intention_not_to_do_something_backs_nothing(tmp_path: Path) -> None:
    rows = listed_rows(tmp_path, TEXT)
    hofer = {(relation, target) for holder, relation, target in rows if holder == "Karl Hofer" and relation == "supports"}
    assert not [t for _, t in hofer if "Liberals" in t]
    assert [t for _, t in hofer if "Conservatives" in t]  # the same noun without "not" still speaks


def test_not_only_but_also_negates_nothing(tmp_path: Path) -> None:
    rows = listed_rows(tmp_path, TEXT)
    assert ("Greens", "supports", "budget") in rows
    assert not [r for r in rows if r[0] == "Greens" and r[2] == "budget" and r[1] != "supports"]
