"""A legislator's party label after the name ("Rep. Jane Doe, R-Ohio,", "(D-N.Y.)") is no person:
the office and the stance stay with the person named before it."""

from pathlib import Path

from conftest import listed_rows

TEXT = (
    "Tariff vote\n\n"
    "\"This bill is a mistake,\" said Rep. Dana Whitfield, R-Ohio, chairman of the House Budget Committee.\n\n"
    "Sen. Marcus Lyle, D-N.Y., said he opposed the tariffs.\n"
)


def test_a_party_label_is_no_person_and_the_office_after_it_is_the_legislators(tmp_path: Path) -> None:
    rows = listed_rows(tmp_path, TEXT)
    assert not [r for r in rows if r[0].startswith(("R-", "D-")) or r[0] in {"Ohio", "N.Y."}]
    assert ("Dana Whitfield", "holds_role", "chairman of the House Budget Committee") in rows
    assert ("Dana Whitfield", "member_of", "Republican Party") in rows
    assert ("Marcus Lyle", "member_of", "Democratic Party") in rows
    assert ("Marcus Lyle", "opposes", "tariffs") in rows
