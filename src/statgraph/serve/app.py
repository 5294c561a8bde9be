"""The workbench as a Flask application: pages, the SPARQL endpoint and the review API.

Pages: / (links), /view (the graph view: the page `statgraph view` writes), /query (a SPARQL
editor with the saved queries), /queue (the review queue). JSON: /api/queue,
/api/queries, /api/vocabulary, POST /api/decisions. Protocol: /sparql.

One store is opened for the app's life and shared by its threads; decisions are written
one at a time (a lock), each in one store transaction, so two analysts' decisions are
both recorded and the later one wins.
"""

from __future__ import annotations

import concurrent.futures
import threading
from dataclasses import dataclass, field
from typing import Any

from .guard import COOKIE, check_request, same_token, secure_headers

MAX_BODY_BYTES = 256 * 1024


@dataclass
class Workbench:
    """What the app's handlers share: the store, its settings, the token and the limits."""

    store: Any
    base_iri: str
    token: str
    reviewer: str = "analyst"
    allow_remote: bool = False
    query_seconds: float = 20.0
    pool: concurrent.futures.ThreadPoolExecutor = field(
        default_factory=lambda: concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="statgraph-query")
    )
    write_lock: threading.Lock = field(default_factory=threading.Lock)


def create_app(bench: Workbench) -> Any:
    """The Flask app of a workbench (serve it with waitress; see statgraph.serve.run)."""
    from flask import Flask, request

    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config.update(MAX_CONTENT_LENGTH=MAX_BODY_BYTES, JSON_SORT_KEYS=False)
    app.extensions["statgraph"] = bench

    @app.before_request
    def guard() -> Any:
        refusal = check_request(request, bench.token, allow_remote=bench.allow_remote)
        if refusal is not None:
            return refusal.message + "\n", refusal.status, {"Content-Type": "text/plain; charset=utf-8"}
        return None

    @app.after_request
    def headers(response: Any) -> Any:
        if bench.allow_remote and same_token(request.args.get("token"), bench.token):
            response.set_cookie(COOKIE, bench.token, httponly=True, samesite="Strict")
        return secure_headers(response, page_csp=request.path != "/view")

    from .pages import register_pages
    from .routes import register_routes

    register_pages(app, bench)
    register_routes(app, bench)
    return app
