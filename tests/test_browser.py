"""The HTML view in real headless Chromium: offline, drawn, clickable, and inert to hostile text.

Debian's Chromium (/usr/bin/chromium) is driven by Playwright's own driver; no browser is
downloaded. Pages are served from a loopback HTTP server, and every request the page makes
is recorded: the only one allowed is the page itself.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PWN = "window.__pwned=1"
HOSTILE_TXT = (
    "\n\n".join(
        [
            f'</script><script>{PWN}</script> Russia and NATO <img src=x onerror="{PWN}">',
            f"Russia opposes NATO expansion, the ministry said in a note that read "
            f"</script><script>{PWN}</script> in full.",
            f'Russia opposes NATO expansion <img src=x onerror="{PWN}"> and <svg onload="{PWN}">, Sergey Lavrov said.',
        ]
    )
    + "\n"
)
HOSTILE_JSONL = {
    "name": "hostile-record.txt",
    "title": f"<script>{PWN}</script></script><!--",
    "outlet": "<img src=x onerror=alert(1)>",
    "date": "2024-01-01\u2028<iframe src=javascript:alert(1)>",
    "text": "Russia opposes NATO expansion. It ended with <script>alert(1)</script> in it.",
}
PICK_EDGE = """() => {
  const sg = window.statgraph, net = sg.network;
  const positions = net.getPositions();
  const rect = document.querySelector("#sg-network canvas").getBoundingClientRect();
  const dom = (id) => net.canvasToDOM(positions[id]);
  const gap = (p, a, b) => {  // distance from p to the segment a-b
    const dx = b.x - a.x, dy = b.y - a.y;
    const along = ((p.x - a.x) * dx + (p.y - a.y) * dy) / Math.max(dx * dx + dy * dy, 1e-9);
    const t = Math.max(0, Math.min(1, along));
    return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
  };
  const clearance = (edge) => {  // room around the edge's midpoint, once it fills the view
    net.fit({ nodes: [edge.from, edge.to], animation: false });
    const a = dom(edge.from), b = dom(edge.to), mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    let clear = Math.hypot(a.x - b.x, a.y - b.y) / 2;
    for (const node of sg.data.nodes) {
      if (node.id !== edge.from && node.id !== edge.to) {
        clear = Math.min(clear, Math.hypot(dom(node.id).x - mid.x, dom(node.id).y - mid.y));
      }
    }
    for (const other of sg.data.edges) {
      if (other.id !== edge.id) {
        clear = Math.min(clear, gap(mid, dom(other.from), dom(other.to)));
      }
    }
    return clear;
  };
  let best = null;
  for (const edge of sg.data.edges.filter((e) => !e.curve && e.passages.length)) {
    const clear = clearance(edge);
    if (!best || clear > best.clear) { best = { id: edge.id, clear: clear }; }
  }
  const edge = sg.data.edges[best.id];
  net.fit({ nodes: [edge.from, edge.to], animation: false });
  const a = dom(edge.from), b = dom(edge.to);
  const x = rect.left + (a.x + b.x) / 2, y = rect.top + (a.y + b.y) / 2;
  return { id: edge.id, clear: best.clear, x: x, y: y };
}"""
INK = """() => {
  const canvas = document.querySelector("#sg-network canvas");
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { ink++; } }
  return ink;
}"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium under Playwright; the tests skip when either is missing."""
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install playwright)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A loopback HTTP server over a fresh folder: (base URL, folder)."""
    folder = tmp_path_factory.mktemp("pages")
    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/", folder
    httpd.shutdown()
    httpd.server_close()
    thread.join()


class Visit:
    """A page opened in the browser, with every request, console error and dialog it caused."""

    def __init__(self, browser: Any, url: str, size: tuple[int, int] = (1400, 900)) -> None:
        self.url = url
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": size[0], "height": size[1]}, accept_downloads=True)
        self.page.on("request", self._on_request)
        self.page.on("console", self._on_console)
        self.page.on("pageerror", self._on_error)
        self.page.on("dialog", self._on_dialog)
        self.page.goto(url)
        self.page.wait_for_function(
            "() => window.statgraphTimes && window.statgraphTimes.still !== null", timeout=60_000
        )

    def _on_request(self, request: Any) -> None:
        self.requests.append(request.url)

    def _on_console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")

    def _on_error(self, error: Any) -> None:
        self.errors.append(f"pageerror: {error}")

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_clean(self) -> None:
        """No request beyond the page itself (and the CSV it builds), no console error or warning, no dialog."""
        assert [url for url in self.requests if url != self.url and not url.startswith(("data:", "blob:"))] == []
        assert self.errors == []
        assert self.dialogs == []


def _publish(server: tuple[str, Path], name: str, graph: Any, **filters: Any) -> str:
    from statgraph.views import write_view

    base, folder = server
    write_view(graph, folder / name, title=name, **filters)
    return base + name


def _publish_network(server: tuple[str, Path], name: str, graph: Any, texts: dict[str, str] | None = None) -> str:
    from statgraph.views.html import render_html

    base, folder = server
    (folder / name).write_text(render_html(graph, title=name, texts=texts), encoding="utf-8")
    return base + name


def synthetic_graph(nodes: int, seed: int = 3) -> Any:
    """A relationship graph as `relationship_graph` makes it: hubs, mixed kinds and stances, dated passages."""
    import networkx as nx

    from statgraph.views.network import stance_of

    kinds = ("person", "state", "organization", "topic", "topic")
    relations = ("supports", "opposes", "demands", "visited")
    shape = nx.barabasi_albert_graph(nodes, 2, seed=seed)
    graph = nx.MultiDiGraph()
    for node in shape:
        graph.add_node(f"n{node}", label=f"Actor {node}", kind=kinds[node % len(kinds)])
    for number, (one, other) in enumerate(shape.edges()):
        relation = relations[number % len(relations)]
        passage = {
            "doc": f"doc{number % 7}.txt",
            "date": f"2024-0{1 + number % 6}-1{number % 10}",
            "voice": "author",
            "start": number,
            "end": number + 40,
            "passage": f"Actor {one} {relation} actor {other}.",
            "confidence": round(0.5 + (number % 50) / 100, 2),
            "rule": "synthetic",
        }
        graph.add_edge(f"n{one}", f"n{other}", key=relation, relation=relation, stance=stance_of(relation),
                       passages=[passage])
    return graph


def _shown_edges(page: Any) -> list[int]:
    """The edges the network draws (not hidden), by id."""
    return page.evaluate(
        "() => { const edges = window.statgraph.network.body.edges;"
        " return Object.keys(edges).filter((id) => !edges[id].options.hidden).map(Number).sort((a, b) => a - b); }"
    )


def _table_rows(page: Any) -> list[tuple[int, int]]:
    """The statements table's rows as (edge, passage) pairs, once the table is built."""
    page.wait_for_selector("#sg-table[data-rows]")
    pairs = page.evaluate(
        "() => [...document.querySelectorAll('#sg-table tbody tr')]"
        ".map((tr) => [Number(tr.dataset.edge), Number(tr.dataset.passage)])"
    )
    return [tuple(pair) for pair in pairs]


def test_browser_seeds_view_loads_offline_and_draws(browser: Any, server: tuple[str, Path], seed_graph: Any) -> None:
    visit = Visit(browser, _publish(server, "seeds.html", seed_graph))
    assert visit.page.evaluate(INK) > 2000
    assert visit.page.evaluate("() => window.statgraph.data.nodes.length") > 50
    times = visit.page.evaluate("() => window.statgraphTimes")
    assert 0 < times["firstDraw"] < 30_000 and times["still"] is not None
    assert visit.page.evaluate("() => document.getElementById('sg-legend-box').open") is False  # folded
    legend = visit.page.text_content("#sg-legend")
    for word in (
        "person",
        "state",
        "organization",
        "topic",
        "support",
        "oppose",
        "demand",
        "event",
    ):
        assert word in legend
    visit.assert_clean()
    visit.page.close()


def test_browser_click_an_edge_lists_its_passages(browser: Any, server: tuple[str, Path], seed_graph: Any) -> None:
    visit = Visit(browser, _publish(server, "click.html", seed_graph))
    target = visit.page.evaluate(PICK_EDGE)
    assert target["clear"] > 15, target
    visit.page.mouse.click(target["x"], target["y"])
    visit.page.wait_for_selector(f'#sg-details[data-edge="{target["id"]}"]', timeout=5_000)
    data = visit.page.evaluate("() => window.statgraph.data")
    edge = data["edges"][target["id"]]
    quotes = visit.page.locator("#sg-details blockquote.sg-quote").all_inner_texts()
    assert quotes == [data["passages"][i]["text"] for i in edge["passages"]]
    assert visit.page.inner_text("#sg-details h2") == edge["summary"]
    meta = visit.page.locator("#sg-details .sg-meta").all_inner_texts()
    for index, line in zip(edge["passages"], meta, strict=True):
        assert data["passages"][index]["doc"] in line
    assert visit.page.evaluate("() => window.statgraph.network.getSelectedEdges()") == [target["id"]]
    _check_quotes_against_statements(data, edge, seed_graph)
    visit.assert_clean()
    visit.page.close()


def _check_quotes_against_statements(data: dict, edge: dict, seed_graph: Any) -> None:
    """The panel's quotes are the statements' passages, as `statgraph statements` gives them."""
    from statgraph.graph.read import read_statements

    holder, target = data["nodes"][edge["from"]]["key"], data["nodes"][edge["to"]]["key"]
    records = [
        r
        for r in read_statements(seed_graph)
        if (r["holder_id"], r["target_id"]) == (holder, target) and r["relation"].replace("_", " ") == edge["label"]
    ]
    assert sorted(r["passage"] for r in records) == sorted(data["passages"][i]["text"] for i in edge["passages"])


def test_browser_search_and_filters(browser: Any, server: tuple[str, Path], seed_graph: Any) -> None:
    visit = Visit(browser, _publish(server, "search.html", seed_graph))
    visit.page.fill("#sg-search", "Russia")
    visit.page.press("#sg-search", "Enter")
    assert visit.page.inner_text("#sg-details h2") == "Russia"
    assert "match" in visit.page.inner_text("#sg-search-status")
    visit.page.select_option("#sg-stance", "oppose")
    shown = len(_shown_edges(visit.page))
    opposing = visit.page.evaluate("() => window.statgraph.data.edges.filter((e) => e.stance === 'oppose').length")
    assert shown == opposing > 0
    assert f"{shown} of {len(visit.page.evaluate('() => window.statgraph.data.edges'))} edges" in visit.page.inner_text(
        "#sg-notice"
    )
    visit.assert_clean()
    visit.page.close()


@pytest.mark.model
def test_browser_hostile_document_runs_nothing(browser: Any, server: tuple[str, Path], tmp_path: Path) -> None:
    from statgraph import Settings
    from statgraph.graph.read import read_statements
    from statgraph.pipeline import build
    from statgraph.store import load_graph

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    (corpus / "hostile.jsonl").write_text(json.dumps(HOSTILE_JSONL) + "\n", encoding="utf-8")
    # every candidate: the hostile text must reach the view whatever the judge thinks of it
    build([corpus], tmp_path / "hostile.ttl", Settings(min_confidence=0.0))
    graph = load_graph(tmp_path / "hostile.ttl")
    records = read_statements(graph, extra=True)
    carried = " ".join(f"{r['passage']} {r['title']} {r['outlet']}" for r in records)
    assert "onerror" in carried and "</script>" in carried  # the hostile text did reach the view
    visit = Visit(browser, _publish(server, "hostile.html", graph, texts=[corpus]))
    page = visit.page
    edges = page.evaluate("() => window.statgraph.data.edges")
    shown, sources = [], []
    for edge in edges:
        page.evaluate("(id) => window.statgraph.showEdge(id)", edge["id"])
        shown.append(page.inner_text("#sg-details"))
        for index in edge["passages"]:  # each document's text, the passage marked
            page.evaluate("([id, index]) => window.statgraph.showSource(id, index)", [edge["id"], index])
            sources.append((page.inner_text(".sg-source"), page.inner_text("#sg-mark")))
    assert any("</script><script>window.__pwned=1</script>" in text for text, _ in sources)  # shown as text
    assert all(mark and mark in text for text, mark in sources)
    for node in range(page.evaluate("() => window.statgraph.data.nodes.length")):
        page.evaluate("(id) => window.statgraph.showNode(id)", node)
    target = page.evaluate(PICK_EDGE)
    page.mouse.move(target["x"], target["y"])  # the tooltip
    page.mouse.click(target["x"], target["y"])
    page.fill("#sg-search", '<img src=x onerror="window.__pwned=1">')
    page.press("#sg-search", "Enter")
    page.select_option("#sg-doc", index=1)
    page.wait_for_timeout(300)
    assert any('<img src=x onerror="window.__pwned=1">' in text for text in shown)  # shown as text
    assert page.evaluate("() => window.__pwned") is None
    assert page.evaluate("() => document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3
    visit.assert_clean()
    page.close()


POSITIONS = "() => window.statgraph.network.getPositions()"
SET_CONFIDENCE = """(value) => {
  const slider = document.getElementById("sg-confidence");
  slider.value = String(value);
  slider.dispatchEvent(new Event("input"));
}"""
NODE_ON_SCREEN = """(id) => {
  const net = window.statgraph.network, rect = document.querySelector("#sg-network canvas").getBoundingClientRect();
  const at = net.canvasToDOM(net.getPositions([id])[id]);
  return { x: rect.left + at.x, y: rect.top + at.y };
}"""


@pytest.mark.parametrize("which", ["seeds", "300 nodes"])
def test_browser_layout_settles_and_stays(browser: Any, server: tuple[str, Path], seed_graph: Any, which: str) -> None:
    if which == "seeds":
        url = _publish(server, "still.html", seed_graph)
    else:
        url = _publish_network(server, "still300.html", synthetic_graph(300))
    visit = Visit(browser, url)
    page = visit.page
    assert page.evaluate("() => window.statgraph.data.physics")  # the browser lays it out
    assert page.get_attribute("body", "data-still") == "1"
    page.wait_for_function("() => performance.now() > 10000", timeout=60_000)
    at_ten = page.evaluate(POSITIONS)
    page.wait_for_function("() => performance.now() > 15000", timeout=60_000)
    assert page.evaluate(POSITIONS) == at_ten
    assert page.get_attribute("body", "data-still") == "1"
    # a dragged node stays where it is put
    node = page.evaluate("() => window.statgraph.data.nodes.reduce((a, b) => (b.weight > a.weight ? b : a)).id")
    start = page.evaluate(NODE_ON_SCREEN, node)
    page.mouse.move(start["x"], start["y"])
    page.mouse.down()
    page.mouse.move(start["x"] + 40, start["y"] + 30, steps=8)
    page.mouse.move(start["x"] + 80, start["y"] + 60, steps=8)
    page.mouse.up()
    dropped = page.evaluate(NODE_ON_SCREEN, node)
    assert abs(dropped["x"] - start["x"] - 80) < 3 and abs(dropped["y"] - start["y"] - 60) < 3
    placed = page.evaluate(POSITIONS)
    page.wait_for_timeout(2000)
    assert page.evaluate(POSITIONS) == placed
    # the freeze switch: unfrozen the layout may move, frozen again it is still
    page.uncheck("#sg-freeze")
    assert page.get_attribute("body", "data-still") == "0"
    page.check("#sg-freeze")
    frozen = page.evaluate(POSITIONS)
    page.wait_for_timeout(1000)
    assert page.get_attribute("body", "data-still") == "1" and page.evaluate(POSITIONS) == frozen
    # a filter hides and shows without a new layout
    page.select_option("#sg-stance", "oppose")
    page.select_option("#sg-stance", "")
    assert page.evaluate(POSITIONS) == frozen
    visit.assert_clean()
    page.close()


def _expected_rows(page: Any, data: dict, keep: Any = lambda passage: True) -> list[tuple[int, int]]:
    """(edge, passage) for every edge drawn and every passage of it that `keep` accepts."""
    return sorted(
        (edge, index) for edge in _shown_edges(page) for index in data["edges"][edge]["passages"]
        if keep(data["passages"][index])
    )


def test_browser_table_rows_are_the_passages_shown_and_follow_filters(
    browser: Any, server: tuple[str, Path], seed_graph: Any
) -> None:
    import csv

    visit = Visit(browser, _publish(server, "table.html", seed_graph))
    page = visit.page
    data = page.evaluate("() => window.statgraph.data")
    everything = _table_rows(page)
    assert sorted(everything) == _expected_rows(page, data)
    assert len(everything) == sum(len(e["passages"]) for e in data["edges"])
    page.select_option("#sg-stance", "oppose")
    rows = _table_rows(page)
    assert sorted(rows) == _expected_rows(page, data) and 0 < len(rows) < len(everything)
    assert {data["edges"][edge]["stance"] for edge, _ in rows} == {"oppose"}
    page.click('#sg-table th[data-column="confidence"] button')
    shown = [float(text) for text in page.locator("#sg-table tbody td:nth-child(7)").all_inner_texts()]
    assert shown == sorted(shown, reverse=True)
    with page.expect_download() as download:
        page.click("#sg-csv")
    with open(download.value.path(), encoding="utf-8-sig", newline="") as file:
        records = list(csv.DictReader(file))
    assert [(r["holder"], r["relation"], r["passage"]) for r in records] == [
        (data["nodes"][data["edges"][e]["from"]]["label"], data["edges"][e]["label"], data["passages"][p]["text"])
        for e, p in _table_rows(page)
    ]
    edge, index = _table_rows(page)[0]
    page.click("#sg-table tbody tr:first-child")
    page.wait_for_selector(f'#sg-details[data-edge="{edge}"]')
    assert page.inner_text("#sg-details li.sg-current blockquote") == data["passages"][index]["text"]
    assert page.evaluate("() => window.statgraph.network.getSelectedEdges()") == [edge]
    visit.assert_clean()
    page.close()


def test_browser_confidence_slider_hides_statements_below_it(
    browser: Any, server: tuple[str, Path], seed_graph: Any
) -> None:
    visit = Visit(browser, _publish(server, "confidence.html", seed_graph))
    page = visit.page
    data = page.evaluate("() => window.statgraph.data")
    confidences = [p["confidence"] for p in data["passages"]]
    floor = next(v for v in (0.9, 0.85, 0.8, 0.75) if min(confidences) < v <= max(confidences))
    before = len(_table_rows(page))
    page.evaluate(SET_CONFIDENCE, floor)
    rows = _table_rows(page)
    assert sorted(rows) == _expected_rows(page, data, lambda p: p["confidence"] >= floor)
    # a passage stating two statements is a row of each edge: count the passages shown
    assert 0 < len({index for _, index in rows}) == sum(c >= floor for c in confidences) and len(rows) < before
    for edge in data["edges"]:  # an edge all of whose passages are below the floor is hidden
        assert (edge["id"] in _shown_edges(page)) == any(confidences[i] >= floor for i in edge["passages"])
    edge = rows[0][0]
    page.evaluate("(id) => window.statgraph.showEdge(id)", edge)
    metas = page.locator("#sg-details .sg-meta").all_inner_texts()
    assert metas and all(float(m.split("Confidence: ")[1][:4]) >= floor and "Rule: " in m for m in metas)
    visit.assert_clean()
    page.close()


def test_browser_filters_by_actor_relation_date_and_ego_network(browser: Any, server: tuple[str, Path]) -> None:
    graph = synthetic_graph(80)
    visit = Visit(browser, _publish_network(server, "filters.html", graph))
    page = visit.page
    data = page.evaluate("() => window.statgraph.data")
    ids = {node["label"]: node["id"] for node in data["nodes"]}
    for label in ("Actor 0", "Actor 1"):
        page.fill("#sg-actor", label)
        page.press("#sg-actor", "Enter")
    assert page.locator("#sg-actors button").count() == 2
    shown = _shown_edges(page)
    touching = [e["id"] for e in data["edges"] if {e["from"], e["to"]} & {ids["Actor 0"], ids["Actor 1"]}]
    assert shown == sorted(touching) and shown
    # the panel follows the filters: an edge the relation filter hides leaves the panel
    first = data["edges"][shown[0]]
    page.evaluate("(id) => window.statgraph.showEdge(id)", first["id"])
    other = next(e["label"] for e in data["edges"] if e["label"] != first["label"])
    page.select_option("#sg-relation", other)
    assert {data["edges"][e]["label"] for e in _shown_edges(page)} == {other}
    assert page.get_attribute("#sg-details", "data-what") == "hint"
    page.click("#sg-clear")
    _table_rows(page)
    months = page.evaluate("() => [...document.querySelectorAll('#sg-timeline rect')].map((bar) => bar.dataset.month)")
    assert months == [f"2024-0{month}" for month in range(1, 7)]  # the timeline: passages by month
    page.click('#sg-timeline rect[data-month="2024-02"]')
    assert {data["passages"][p]["date"][:7] for _, p in _table_rows(page)} == {"2024-02"}
    assert page.input_value("#sg-to") == "2024-02-29"
    page.click("#sg-clear")
    page.fill("#sg-from", "2024-03-01")
    page.fill("#sg-to", "2024-04-30")
    rows = _table_rows(page)
    assert rows and sorted(rows) == _expected_rows(page, data, lambda p: "2024-03-01" <= p["date"] <= "2024-04-30")
    page.click("#sg-clear")
    page.fill("#sg-focus", "Actor 5")
    page.press("#sg-focus", "Enter")
    centre = ids["Actor 5"]
    near = {centre} | {e["to"] for e in data["edges"] if e["from"] == centre} | {
        e["from"] for e in data["edges"] if e["to"] == centre
    }
    drawn = page.evaluate(
        "() => { const nodes = window.statgraph.network.body.nodes;"
        " return Object.keys(nodes).filter((id) => !nodes[id].options.hidden).map(Number); }"
    )
    assert set(drawn) == near
    # colour by community: the nodes of a community share a colour, and the legend says so
    page.select_option("#sg-colour", "community")
    colours = page.evaluate("() => window.statgraph.nodes.get().map((n) => [n.color.background, n.color.border])")
    assert {border for _, border in colours} == {"#555"}  # no longer the type's border
    assert 2 <= len({fill for fill, _ in colours}) <= 11 and "community" in page.text_content("#sg-legend")
    visit.assert_clean()
    page.close()


def test_browser_a_passage_opens_its_document_with_the_span_marked(
    browser: Any, server: tuple[str, Path], seed_graph: Any, seeds_dir: Path
) -> None:
    visit = Visit(browser, _publish(server, "source.html", seed_graph, texts=[seeds_dir]))
    page = visit.page
    data = page.evaluate("() => window.statgraph.data")
    for position in (1, 17, 60):
        edge, index = _table_rows(page)[position]
        page.click(f"#sg-table tbody tr:nth-child({position + 1})")
        page.click("#sg-details li.sg-current button.sg-read")
        passage = data["passages"][index]
        text = (seeds_dir / passage["doc"]).read_text(encoding="utf-8")
        assert page.inner_text("#sg-mark") == passage["text"] == text[passage["start"] : passage["end"]]
        before = page.evaluate("() => document.getElementById('sg-mark').previousSibling.textContent")
        assert before == text[: passage["start"]]
        page.click("#sg-details button.sg-read")  # back to the edge
        page.wait_for_selector(f'#sg-details[data-edge="{edge}"]')
    visit.assert_clean()
    page.close()


def test_browser_marks_the_span_after_astral_characters_and_says_when_text_is_left_out(
    browser: Any, server: tuple[str, Path]
) -> None:
    import networkx as nx

    text = "\U0001f600 Breaking \U0001f30d: Moscow opposes NATO expansion, the minister said.\n"
    start = text.index("Moscow")
    end = start + len("Moscow opposes NATO expansion")
    passage = {"doc": "a.txt", "start": start, "end": end, "passage": text[start:end], "voice": "author"}
    graph = nx.MultiDiGraph()
    graph.add_node("Russia", label="Russia", kind="state")
    graph.add_node("NATO", label="NATO", kind="organization")
    graph.add_edge("Russia", "NATO", key="opposes", relation="opposes", stance="oppose", passages=[passage])
    for name, texts in (("astral.html", {"a.txt": text}), ("notext.html", None)):
        visit = Visit(browser, _publish_network(server, name, graph, texts))
        visit.page.evaluate("() => window.statgraph.showSource(0, 0)")
        if texts:
            assert visit.page.inner_text("#sg-mark") == "Moscow opposes NATO expansion"
        else:
            assert "not in this page" in visit.page.inner_text("#sg-details")
        visit.assert_clean()
        visit.page.close()


def test_browser_labels_are_readable_at_fit_and_never_overlap(
    browser: Any, server: tuple[str, Path], seed_graph: Any
) -> None:
    big = _publish_network(server, "labels300.html", synthetic_graph(300))
    for url in (_publish(server, "labels.html", seed_graph), big):
        visit = Visit(browser, url, size=(1280, 720))
        page = visit.page
        for zoom in (1, 3):
            page.evaluate("(zoom) => { const net = window.statgraph.network; net.fit({ animation: false });"
                          " net.moveTo({ scale: net.getScale() * zoom, animation: false }); net.redraw(); }", zoom)
            page.wait_for_timeout(200)
            labels = page.evaluate("() => window.statgraph.labels()")
            nodes = [box for box in labels if box["kind"] == "node"]
            assert len(nodes) >= 10 and min(box["size"] for box in labels) >= 11
            for i, one in enumerate(labels):
                for other in labels[i + 1 :]:
                    apart = (one["x"] + one["w"] <= other["x"] or other["x"] + other["w"] <= one["x"]
                             or one["y"] + one["h"] <= other["y"] or other["y"] + other["h"] <= one["y"])
                    assert apart, (one, other)
            if zoom == 1:
                busiest = page.evaluate(
                    "() => window.statgraph.data.nodes"
                    ".reduce((a, b) => (b.weight + b.degree > a.weight + a.degree ? b : a)).label"
                )
                assert busiest in [box["text"] for box in nodes]
        visit.assert_clean()
        page.close()


def test_browser_click_picks_the_nearest_edge_and_offers_a_choice(browser: Any, server: tuple[str, Path]) -> None:
    import networkx as nx

    graph = nx.MultiDiGraph()
    for node, kind in (("A", "state"), ("B", "topic"), ("C", "topic")):
        graph.add_node(node, label=node, kind=kind)
    for target, relation, stance in (("B", "supports", "support"), ("C", "opposes", "oppose")):
        passage = {"doc": "d.txt", "start": 0, "end": 5, "passage": f"A {relation} {target}", "voice": "author"}
        graph.add_edge("A", target, key=relation, relation=relation, stance=stance, passages=[passage])
    visit = Visit(browser, _publish_network(server, "choice.html", graph))
    page = visit.page
    page.evaluate("() => { const net = window.statgraph.network; net.moveNode(0, 0, 0); net.moveNode(1, 150, 0);"
                  " net.moveNode(2, 300, 0); net.fit({ animation: false }); }")
    at = "(x) => { const net = window.statgraph.network, rect = document.querySelector('#sg-network canvas')"
    at += ".getBoundingClientRect(), p = net.canvasToDOM({ x: x, y: 0 }); return [rect.left + p.x, rect.top + p.y]; }"
    x, y = page.evaluate(at, 75)
    page.mouse.click(x, y + 3)  # A-B and A-C lie over each other here
    assert page.get_attribute("#sg-details", "data-what") == "choice"
    assert page.locator("#sg-details .sg-choice button").count() == 2
    x, y = page.evaluate(at, 225)
    page.mouse.click(x, y + 4)  # only A-C, a little off its line
    page.wait_for_selector("#sg-details[data-edge]")
    edge = int(page.get_attribute("#sg-details", "data-edge"))
    assert page.evaluate("(id) => window.statgraph.data.edges[id].label", edge) == "opposes"
    visit.assert_clean()
    page.close()
