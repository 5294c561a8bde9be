"""A news outlet named beside a visitor is no visitor: the parser joins "the news website
Euractiv, Jaishankar, who is on a visit to ..." as a list, and the visit is Jaishankar's alone."""

from pathlib import Path

from conftest import listed_rows

TEXT = (
    "Defence talks\n\n"
    "In an interview with the European news website Euractiv, Jaishankar, who is on a weeklong visit to "
    "Portugal and Spain, spoke about trade.\n"
)


def test_an_outlet_beside_a_visitor_visits_nothing(tmp_path: Path) -> None:
    rows = listed_rows(tmp_path, TEXT)
    visits = {(holder, target) for holder, relation, target in rows if relation == "visited"}
    assert not [v for v in visits if v[0] == "Euractiv"]
    assert [v for v in visits if "Jaishankar" in v[0] and v[1] == "Portugal"]
