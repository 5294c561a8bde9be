"""The workbench under load: `statgraph serve` on the seeds, queried over real HTTP.

The seeds are built into a fresh store and `statgraph serve` is started on a free loopback
port (a separate process, as a user runs it). Then:
  1. --sequential queries one after another (default 1,000), cycling through the saved
     queries and a few small SELECT/ASK/CONSTRUCT queries, in JSON, XML, CSV and Turtle;
  2. --concurrent queries at once (default 100), one thread each;
  3. while (2) runs, two analysts POST decisions on one statement.
Every answer must be 200 (201 for a decision) with a body; prints counts, errors and
latencies (median, 95th percentile, max) as JSON.

    python bench/bench_serve.py
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL = [
    ("SELECT (COUNT(*) AS ?n) WHERE { ?s a sg:Statement }", "application/sparql-results+json"),
    ("ASK { ?s a sg:Document }", "application/sparql-results+xml"),
    ("SELECT ?h ?label WHERE { ?s sg:holder ?h . ?h rdfs:label ?label } LIMIT 20", "text/csv"),
    ("CONSTRUCT { ?d a sg:Document } WHERE { ?d a sg:Document }", "text/turtle"),
]


def queries() -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "src"))
    from statgraph.query import saved_queries

    return [(text, "application/sparql-results+json") for text in saved_queries().values()] + SMALL


def ask(base: str, query: str, accept: str) -> tuple[int, float, int]:
    started = time.perf_counter()
    url = f"{base}/sparql?" + urllib.parse.urlencode({"query": query})
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=120) as r:
            size = len(r.read())
            status = r.status
    except urllib.error.HTTPError as e:
        status, size = e.code, 0
    except OSError:
        status, size = 0, 0
    return status, time.perf_counter() - started, size


def decide(base: str, token: str, statement: str, number: int) -> int:
    body = {"statement": statement, "reviewer": f"analyst{number % 2}",
            **({"verdict": "accept"} if number % 2 else {"verdict": "reject", "reason": "other"})}
    request = urllib.request.Request(f"{base}/api/decisions", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", "X-Statgraph-Token": token})
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def summary(results: list[tuple[int, float, int]], wall: float) -> dict[str, float | int]:
    times = sorted(t for _, t, _ in results)
    return {
        "queries": len(results), "errors": sum(1 for s, _, size in results if s != 200 or size == 0),
        "wall_s": round(wall, 2), "per_s": round(len(results) / wall, 1),
        "median_ms": round(statistics.median(times) * 1000, 1),
        "p95_ms": round(times[int(len(times) * 0.95) - 1] * 1000, 1), "max_ms": round(times[-1] * 1000, 1),
    }


def start(store: Path, *options: str, cwd: Path | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """`statgraph serve` on the store, in a process of its own on a free loopback port, once it answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "statgraph", "serve", "--store", str(store), "--port", str(port),
                               *options], cwd=cwd, stderr=subprocess.DEVNULL,
                              env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"{base}/", timeout=1):
                return server, base
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sequential", type=int, default=1000)
    parser.add_argument("--concurrent", type=int, default=100)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from statgraph.pipeline import build_store

    with tempfile.TemporaryDirectory() as scratch:
        store = Path(scratch) / "store"
        build_store([ROOT / "seeds"], store)
        server, base = start(store)
        try:
            mix = queries()
            began = time.perf_counter()
            sequential = [ask(base, *mix[i % len(mix)]) for i in range(args.sequential)]
            report = {"sequential": summary(sequential, time.perf_counter() - began)}
            page = urllib.request.urlopen(f"{base}/queue").read()
            token = re.search(rb'statgraph-token" content="([^"]+)"', page).group(1).decode()
            statement = json.loads(urllib.request.urlopen(f"{base}/api/queue").read())["items"][0]["id"]
            began = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(args.concurrent) as pool:
                futures = [pool.submit(ask, base, *mix[i % len(mix)]) for i in range(args.concurrent)]
                decisions = [pool.submit(decide, base, token, statement, i) for i in range(10)]
                concurrent_results = [f.result() for f in futures]
                decided = [f.result() for f in decisions]
            report["concurrent"] = summary(concurrent_results, time.perf_counter() - began)
            report["decisions"] = {"posted": len(decided), "recorded": decided.count(201)}
        finally:
            server.terminate()
            server.wait()
    print(json.dumps(report, indent=1))
    if report["sequential"]["errors"] or report["concurrent"]["errors"] or decided.count(201) != len(decided):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
