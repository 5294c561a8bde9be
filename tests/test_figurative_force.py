"""An act of force named as economic, financial, media or trade is no deployment: "Ruritanian
economic and media aggression against Venezuela"; "Russia's invasion of Ukraine" still is."""

from pathlib import Path

from statgraph import Settings, build, load_graph, read_statements

TEXT = (
    "Border dispute\n\n"
    "The foreign minister spoke of Colombian economic, financial and media aggression against Venezuela.\n\n"
    "Russia's invasion of Ukraine began in February 2022.\n"
)


def test_economic_aggression_deploys_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "g.ttl"
    build([folder], out, Settings(min_confidence=0))
    rows = {(r["holder"], r["relation"], r["target"]) for r in read_statements(load_graph(out))}
    assert ("Colombia", "deployed_to", "Venezuela") not in rows
    assert ("Russia", "deployed_to", "Ukraine") in rows
