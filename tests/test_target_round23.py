"""Targets cut wrong, on sentences of our own: the doer of an act taken for the act ("vetoes
Romania and Bulgaria | joining the Schengen area", the parser hanging the gerund on the verb),
and a clause cut before the subject an "it" stands in for ("it would be difficult | for the
party to continue its cooperation")."""

from __future__ import annotations

import pytest

from conftest import triples_of

pytestmark = pytest.mark.model


def _targets(text: str, holder: str = "Chile") -> list[str]:
    return [t for h, _, t in triples_of(text) if h == holder]


def test_the_act_of_an_object_is_the_target_not_its_doer() -> None:
    found = _targets("Chile condemned Peru sending warships to the disputed waters.")
    assert any(t.startswith("Peru sending warships") for t in found), found
    assert "Peru" not in found, found


def test_after_a_comma_the_gerund_is_the_holders_own_act() -> None:
    found = triples_of("Chile condemned Peru, blaming it for the crisis.")
    assert ("Chile", "criticizes", "Peru") in found, found


def test_the_gerund_words_its_doer_from_the_grammar() -> None:
    from statgraph.extract.phrases import subject_gerund
    from statgraph.nlp import load_nlp

    doc = load_nlp()("Chile condemned Peru sending warships to the disputed waters.")
    gerund = subject_gerund(doc[2])
    assert gerund is not None and gerund.i == 3
    assert subject_gerund(doc[0]) is None  # the subject does no such act


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Chile warned that it would be difficult for the country to continue its cooperation with the interim government.",
            "continue its cooperation with the interim government",
        ),
        ("Chile warned it was five minutes to midnight for Europe to defend itself against Russia.", "defend itself against Russia"),
    ],
)
def test_a_warning_keeps_the_subject_put_off_to_its_end(text: str, words: str) -> None:
    found = _targets(text)
    assert any(words in t for t in found), found


def test_a_warning_of_ones_own_act_is_the_act_alone() -> None:
    found = _targets("Chile warned that it would retaliate.")
    assert found == ["retaliate"], found


def test_a_participle_after_a_common_noun_stays_in_the_phrase() -> None:
    found = _targets("Chile opposed a resolution at the UN marking the anniversary of the war.")
    assert any(t.startswith("resolution at the UN marking") for t in found), found
    found = _targets("Chile condemned the terrorist attack that occurred in Lima today, causing numerous deaths.")
    assert not any("causing" in t for t in found), found
