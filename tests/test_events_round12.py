"""Round twelve's event forms: visits told by a speaking participle or a press conference abroad,
and more. Behaviour on sentences of our own (the whole reading, with the rules' own confidences)."""

from __future__ import annotations

from conftest import pairs_of


def test_a_person_speaking_abroad_in_a_participle_set_off_by_commas_visited() -> None:
    text = "Ruto, speaking to reporters in Addis Ababa on Monday, said the dam was safe."
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")
    # at home, or a speech still to come, is no visit
    assert not pairs_of("Ruto, speaking to reporters in Nairobi on Monday, said the dam was safe.", "visited")
    text = "Ruto, who will be speaking in Addis Ababa next week, said the dam was safe."
    assert not pairs_of(text, "visited")


def test_a_person_speaking_during_a_press_conference_abroad_visited() -> None:
    text = "During a press conference in Addis Ababa, Ruto asserted that the dam was safe."
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")
    assert not pairs_of("During a press conference in Nairobi, Ruto asserted that the dam was safe.", "visited")
