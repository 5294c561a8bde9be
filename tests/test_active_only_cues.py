"""A cue that speaks only in the active voice: "wanted by" the police or a state is a fugitive
sought, not anyone's stance; the active "wants" still speaks."""

from pathlib import Path

from conftest import listed_rows

TEXT = (
    "Extradition row\n\n"
    "Tomas Ruiz, 45, had been wanted by Peru for years before he was arrested in Lisbon.\n\n"
    "Freedonia wants a new trade agreement with Portugal, its foreign minister said.\n"
)


def test_wanted_by_a_state_is_no_stance_of_the_state(tmp_path: Path) -> None:
    rows = listed_rows(tmp_path, TEXT)
    assert not [r for r in rows if "Ruiz" in r[2]]
    assert [r for r in rows if r[0] == "Freedonia" and "trade agreement" in r[2]]
