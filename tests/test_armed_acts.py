"""An armed act against an actor is a deed, not the doer's criticism of its victim: "Ruritanian
strikes on Freedonia's capital", "a military campaign against the rebels"; a campaign of words
against an actor still speaks."""

from pathlib import Path

from conftest import listed_rows

TEXT = (
    "Border war\n\n"
    "Israel has been conducting a military campaign against Hezbollah in Lebanon for months.\n\n"
    "Egypt condemned Israeli strikes on Damascus as a destabilizing move.\n\n"
    "Hungary launched a campaign against the European Commission over migration quotas.\n"
)


def test_an_armed_act_is_no_criticism_of_its_victim(tmp_path: Path) -> None:
    rows = listed_rows(tmp_path, TEXT)
    assert not [r for r in rows if r[0] == "Israel" and r[1] == "criticizes"]
    assert ("Egypt", "opposes", "Israeli strikes on Damascus") in rows  # the condemnation still speaks
    assert [r for r in rows if r[0] == "Hungary" and r[1] == "criticizes" and "Commission" in r[2]]
