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

    def __init__(self, browser: Any, url: str) -> None:
        self.url = url
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
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
        """No request beyond the page itself, no console error or warning, no dialog."""
        assert [url for url in self.requests if url != self.url and not url.startswith("data:")] == []
        assert self.errors == []
        assert self.dialogs == []


def _publish(server: tuple[str, Path], name: str, graph: Any, **filters: Any) -> str:
    from statgraph.views import write_view

    base, folder = server
    write_view(graph, folder / name, title=name, **filters)
    return base + name


def test_browser_seeds_view_loads_offline_and_draws(browser: Any, server: tuple[str, Path], seed_graph: Any) -> None:
    visit = Visit(browser, _publish(server, "seeds.html", seed_graph))
    assert visit.page.evaluate(INK) > 2000
    assert visit.page.evaluate("() => window.statgraph.data.nodes.length") > 50
    times = visit.page.evaluate("() => window.statgraphTimes")
    assert 0 < times["firstDraw"] < 30_000 and times["still"] is not None
    legend = visit.page.inner_text("#sg-legend")
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
    shown = visit.page.evaluate("() => window.statgraph.network.body.data.edges.getIds().length")
    opposing = visit.page.evaluate("() => window.statgraph.data.edges.filter((e) => e.stance === 'oppose').length")
    assert shown == opposing > 0
    assert "nodes shown" in visit.page.inner_text("#sg-notice")
    visit.assert_clean()
    visit.page.close()


@pytest.mark.model
def test_browser_hostile_document_runs_nothing(browser: Any, server: tuple[str, Path], tmp_path: Path) -> None:
    from statgraph.graph.read import read_statements
    from statgraph.pipeline import build
    from statgraph.store import load_graph

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    (corpus / "hostile.jsonl").write_text(json.dumps(HOSTILE_JSONL) + "\n", encoding="utf-8")
    build([corpus], tmp_path / "hostile.ttl")
    graph = load_graph(tmp_path / "hostile.ttl")
    records = read_statements(graph, extra=True)
    carried = " ".join(f"{r['passage']} {r['title']} {r['outlet']}" for r in records)
    assert "onerror" in carried and "</script>" in carried  # the hostile text did reach the view
    visit = Visit(browser, _publish(server, "hostile.html", graph))
    page = visit.page
    edges = page.evaluate("() => window.statgraph.data.edges.length")
    shown = []
    for edge in range(edges):
        page.evaluate("(id) => window.statgraph.showEdge(id)", edge)
        shown.append(page.inner_text("#sg-details"))
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
