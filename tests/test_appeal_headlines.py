"""An advocate's headline "State: Imperative" asks something of the state; it is not the state's
act or words. A headline "Speaker: Clause" still gives the speaker's words."""

from pathlib import Path

from conftest import listed_rows


def test_an_imperative_after_a_states_name_is_no_stance_of_the_state(tmp_path: Path) -> None:
    text = "Peru: Reject the New Mining Concession Law\n\nThe law would open protected forests to mining companies.\n"
    rows = listed_rows(tmp_path, text)
    assert not [r for r in rows if r[0] == "Peru" and r[1] in {"rejects", "opposes"}]


def test_a_speakers_headline_clause_is_still_read(tmp_path: Path) -> None:
    text = "Lavrov: Russia Rejects Western Demands\n\nThe minister spoke in Moscow on Monday.\n"
    rows = listed_rows(tmp_path, text)
    assert [r for r in rows if r[0] == "Russia" and r[1] == "rejects" and "demands" in r[2].lower()]
