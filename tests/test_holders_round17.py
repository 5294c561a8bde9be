"""Holders of round seventeen: "the two ministers", "both leaders" after two people named together
as a subject, with no meeting told of (pairs.py)."""

from __future__ import annotations

from conftest import has_triple, statements_of, triples_of


def test_the_two_ministers_are_the_states_of_the_two_named_together() -> None:
    text = (
        "Ministers agree\n\n"
        "Japanese Foreign Minister Taro Kono and Chinese Foreign Minister Wang Yi agreed to expand trade.\n\n"
        "The two ministers welcomed the new social security agreement."
    )
    found = triples_of(text)
    assert has_triple(found, "Japan", "supports", "social security agreement")
    assert has_triple(found, "China", "supports", "social security agreement")


def test_both_leaders_after_two_named_together() -> None:
    text = (
        "Leaders call for calm\n\n"
        "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping spoke in Kazan on Tuesday.\n\n"
        "Both leaders called for peace on the border."
    )
    found = triples_of(text)
    assert has_triple(found, "India", "demands", "peace")
    assert has_triple(found, "China", "demands", "peace")


def test_the_two_ministers_without_two_named_together_have_no_holder() -> None:
    text = (
        "Ministers agree\n\n"
        "Japanese Foreign Minister Taro Kono spoke in Tokyo on Monday.\n\n"
        "The two ministers welcomed the new social security agreement."
    )
    assert not any(r == "supports" and "social security" in t for _, r, t in triples_of(text))


def test_a_pair_of_three_people_is_no_pair() -> None:
    text = (
        "Ministers agree\n\n"
        "Japanese Foreign Minister Taro Kono, Chinese Foreign Minister Wang Yi and South Korean Foreign "
        "Minister Kang Kyung-wha agreed to expand trade.\n\n"
        "The two ministers welcomed the new social security agreement."
    )
    assert not any(r == "supports" and "social security" in t for _, r, t in triples_of(text))


def test_they_after_two_people_named_together_are_the_two() -> None:
    text = (
        "Lawmakers protest\n\n"
        "Opposition lawmakers John Okafor and Mary Bello criticized the Speaker on Tuesday. "
        "They called for new elections in the country."
    )
    found = triples_of(text)
    assert has_triple(found, "John_Okafor", "demands", "new elections")
    assert has_triple(found, "Mary_Bello", "demands", "new elections")


def test_they_after_two_ministers_named_together_are_their_states() -> None:
    text = (
        "Ministers agree\n\n"
        "Russia imposed new tariffs last week. Japanese Foreign Minister Taro Kono and Chinese "
        "Foreign Minister Wang Yi spoke to reporters in Tokyo on Monday. They called for an end to the tariffs."
    )
    found = triples_of(text)
    assert has_triple(found, "Japan", "demands", "end to the tariffs")
    assert has_triple(found, "China", "demands", "end to the tariffs")
    assert not any(h == "Russia" and r == "demands" for h, r, _ in found)


def test_they_a_sentence_after_the_pair_is_not_the_pair() -> None:
    text = (
        "Lawmakers protest\n\n"
        "Opposition lawmakers John Okafor and Mary Bello criticized the Speaker on Tuesday. "
        "The session ended early. They called for new elections in the country."
    )
    assert not any(h in {"John_Okafor", "Mary_Bello"} and r == "demands" for h, r, _ in triples_of(text))


def test_a_bare_surname_turn_label_is_the_interviewee() -> None:
    text = (
        "Interview with Sergey Lavrov\n\n"
        "Q: Will Russia accept the plan?\n\n"
        "Lavrov: We reject the plan because it ignores our interests."
    )
    assert has_triple(triples_of(text), "Russia", "rejects", "plan")


def test_a_common_noun_label_is_no_speaker() -> None:
    text = (
        "Talks on the plan\n\n"
        "Russian Foreign Minister Sergey Lavrov spoke in Moscow on Monday.\n\n"
        "Summary: Unions reject the plan because it ignores their interests.\n\n"
        "Lavrov: We reject the plan because it ignores our interests."
    )
    said = [s for s in statements_of(text) if s.relation == "rejects" and s.holder_id in {"Russia", "Sergey_Lavrov"}]
    assert [s.evidence[:7] for s in said] == ["Lavrov:"]  # not "Summary: Unions reject ..."


def test_a_surname_turn_label_after_question_turns_is_the_interviewee() -> None:
    text = (
        "Foreign Minister Jane Holm in an interview with a regional newspaper\n\n"
        "Question: Some say you lecture China. Your response?\n\n"
        "Holm: We support a frank exchange with China. We reject the new sanctions on Brazil."
    )
    found = triples_of(text)
    assert has_triple(found, "Jane_Holm", "supports", "frank exchange")
    assert has_triple(found, "Jane_Holm", "rejects", "sanctions")
