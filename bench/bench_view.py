"""How fast `statgraph view` pages draw: synthetic graphs of 1,000, 2,000 and 5,000 nodes.

Each graph has about five edges a node (Barabási-Albert, m=5, so a few busy hubs as in real
discourse), one passage an edge, and mixed node types and stances. The page is rendered as
`statgraph view` renders it (every node kept), opened from a file in headless Chromium
(Debian's, driven by Playwright), and timed from navigation start:

- first draw: the first frame on the canvas;
- still: the graph stops moving (at once when the positions come precomputed);
- redraw: one full redraw afterwards, as when panning (the mean of five).

Run: python bench/bench_view.py [--sizes 1000 2000 5000] [--runs 3]
The README's screenshot (of the committed page, at 1600x1000):
    python bench/bench_view.py --screenshot graphs/seeds.html docs/seeds-view.png
Needs: pip install playwright, and /usr/bin/chromium (apt-get install chromium).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
KINDS = ("person", "state", "organization", "group", "topic", "topic", "topic")
RELATIONS = (
    "supports",
    "opposes",
    "rejects",
    "demands",
    "proposes",
    "warns",
    "visited",
    "cooperates_with",
)
STILL = "() => window.statgraphTimes && window.statgraphTimes.still !== null"
SHOW_BUSIEST_EDGE = """() => {
  const sg = window.statgraph;
  const more = (best, e) => (e.passages.length > best.passages.length ? e : best);
  const stances = sg.data.edges.filter((e) => e.stance !== "event");
  const edge = (stances.length ? stances : sg.data.edges).reduce(more);
  sg.network.selectEdges([edge.id]);
  sg.showEdge(edge.id);
  const rows = document.querySelectorAll(`#sg-table tr[data-edge="${edge.id}"]`);
  rows.forEach((row) => row.classList.add("sg-current"));
  if (rows.length) { rows[0].scrollIntoView({ block: "center" }); }
}"""
REDRAW = """() => {
  const network = window.statgraph.network;
  const start = performance.now();
  for (let i = 0; i < 5; i++) { network.redraw(); }
  return (performance.now() - start) / 5;
}"""


def synthetic_graph(nodes: int, seed: int = 1) -> Any:
    """A relationship graph like `relationship_graph` makes, of about 5 edges a node.

    Args:
        nodes: how many nodes.
        seed: the generator's seed.

    Returns:
        A networkx MultiDiGraph with labels, kinds, stances and one passage an edge.
    """
    import networkx as nx

    from statgraph.views.network import stance_of

    shape = nx.barabasi_albert_graph(nodes, 5, seed=seed)
    graph = nx.MultiDiGraph()
    for node in shape:
        graph.add_node(f"n{node}", label=f"Actor or topic {node}", kind=KINDS[node % len(KINDS)])
    for number, (one, other) in enumerate(shape.edges()):
        relation = RELATIONS[number % len(RELATIONS)]
        passage = {
            "doc": f"doc{number % 97}.txt",
            "title": "A synthetic report",
            "date": "2024-01-01",
            "speaker": None,
            "voice": "author",
            "start": number,
            "end": number + 60,
            "passage": f"Actor {one} {relation.replace('_', ' ')} topic {other}, the report said.",
        }
        graph.add_edge(
            f"n{one}",
            f"n{other}",
            key=relation,
            relation=relation,
            stance=stance_of(relation),
            passages=[passage],
        )
    return graph


def time_page(browser: Any, path: Path) -> dict[str, float]:
    """Open a page and read its timings (seconds, redraw in milliseconds)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_function(STILL, timeout=600_000)
    times = page.evaluate("() => window.statgraphTimes")
    redraw = page.evaluate(REDRAW)
    page.close()
    if errors:
        raise RuntimeError(f"the page logged errors: {errors[:3]}")
    return {"first": times["firstDraw"] / 1000, "still": times["still"] / 1000, "redraw": redraw}


def bench(sizes: list[int], runs: int) -> list[dict[str, float]]:
    """Render and time each size; the median of `runs` page loads.

    Args:
        sizes: node counts.
        runs: page loads per size.

    Returns:
        One row per size.
    """
    from playwright.sync_api import sync_playwright

    from statgraph.views.html import render_html

    rows = []
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as folder:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for size in sizes:
            graph = synthetic_graph(size)
            start = time.perf_counter()
            page = render_html(graph, title=f"{size} nodes")
            rendered = time.perf_counter() - start
            path = Path(folder) / f"bench-{size}.html"
            path.write_text(page, encoding="utf-8")
            timings = [time_page(browser, path) for _ in range(runs)]
            rows.append(
                {
                    "nodes": size,
                    "edges": graph.number_of_edges(),
                    "mb": len(page.encode()) / 1e6,
                    "render": rendered,
                    **{key: statistics.median(t[key] for t in timings) for key in ("first", "still", "redraw")},
                }
            )
        browser.close()
    return rows


def screenshot(source: Path, out: Path) -> None:
    """A screenshot of a view at 1600x1000, with its best-attested edge's passages in the side panel.

    Args:
        source: a view page (.html), or a graph file built by statgraph to draw one from.
        out: the PNG to write.
    """
    from playwright.sync_api import sync_playwright

    from statgraph.store import load_graph
    from statgraph.views import write_view

    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as folder:
        page_path = source.resolve()
        if source.suffix.lower() != ".html":
            page_path = Path(folder) / "view.html"
            write_view(load_graph(source), page_path, title=f"statgraph: {source.stem}")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(page_path.as_uri())
        page.wait_for_function(STILL, timeout=60_000)
        page.wait_for_selector("#sg-table[data-rows]", state="attached")
        page.evaluate(SHOW_BUSIEST_EDGE)
        page.wait_for_timeout(200)
        page.screenshot(path=str(out))
        browser.close()


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--screenshot",
        nargs=2,
        type=Path,
        metavar=("PAGE_OR_GRAPH", "PNG"),
        help="instead, screenshot a view page (or a graph's view)",
    )
    options = parser.parse_args()
    if options.screenshot:
        screenshot(*options.screenshot)
        return
    print("| nodes | edges | page MB | layout + render (Python) | first draw | still | redraw |")
    print("|------:|------:|--------:|-------------------------:|-----------:|------:|-------:|")
    for row in bench(options.sizes, options.runs):
        print(
            f"| {row['nodes']:,} | {row['edges']:,} | {row['mb']:.1f} | {row['render']:.2f} s | "
            f"{row['first']:.2f} s | {row['still']:.2f} s | {row['redraw']:.0f} ms |",
            flush=True,
        )


if __name__ == "__main__":
    main()
