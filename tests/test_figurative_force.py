"""An act of force named as economic, financial, media or trade is no deployment: "Colombian
economic and media aggression against Venezuela"; "Russia's invasion of Ukraine" still is."""

from pathlib import Path

from conftest import listed_rows

TEXT = (
    "Border dispute\n\n"
    "The foreign minister spoke of Colombian economic, financial and media aggression against Venezuela.\n\n"
    "Russia's invasion of Ukraine began in February 2022.\n"
)


def test_economic_aggression_deploys_nothing(tmp_path: Path) -> None:
    rows = listed_rows(tmp_path, TEXT)
    assert ("Colombia", "deployed_to", "Venezuela") not in rows
    assert ("Russia", "deployed_to", "Ukraine") in rows
