"""`statgraph serve`: the analyst's workbench, a local web app over a store.

Built on Flask (routing, request parsing, Jinja2 templates that escape every value) served
by waitress (a pure-Python production WSGI server: no hand-written HTTP parsing, bounded
request sizes, a thread pool). See guard.py for what keeps it safe to run.

    app.py      create_app(Workbench): the Flask app
    pages.py    /, /view, /query, /queue
    routes.py   /sparql, /api/queue, /api/queries, /api/vocabulary, POST /api/decisions
    sparql.py   the SPARQL 1.1 Protocol: reading a request, formats, the time limit
    results.py  a result as bytes in a results or RDF format
    queue.py    the review queue
    guard.py    loopback, token, origin, headers
"""

from __future__ import annotations

import secrets
from typing import Any

from ..errors import InputError
from .app import MAX_BODY_BYTES, Workbench, create_app
from .guard import is_loopback

__all__ = ["Workbench", "create_app", "make_server"]


def make_server(
    location: str, *, host: str = "127.0.0.1", port: int = 7800, allow_remote: bool = False,
    reviewer: str = "analyst", query_seconds: float = 20.0, base_iri: str | None = None, threads: int = 8,
) -> tuple[Any, Workbench]:
    """A waitress server of the workbench over the store at `location`, not yet running.

    Raises:
        InputError: a host that is not loopback without allow_remote.
        StoreError: the store cannot be opened.
    """
    from waitress import create_server

    from ..settings import Settings
    from ..store import open_store

    if not allow_remote and not is_loopback(host):
        raise InputError(f"{host!r} is not loopback; serving other hosts needs --allow-remote (and the token)")
    bench = Workbench(
        store=open_store(location), base_iri=base_iri or Settings().base_iri, token=secrets.token_urlsafe(24),
        reviewer=reviewer, allow_remote=allow_remote, query_seconds=query_seconds,
    )
    server = create_server(
        create_app(bench), host=host, port=port, threads=threads, max_request_body_size=MAX_BODY_BYTES,
        max_request_header_size=128 * 1024, channel_timeout=60, ident="statgraph",
    )
    return server, bench


def run(server: Any, bench: Workbench) -> None:
    """Serve until interrupted, then close the store."""
    try:
        server.run()
    finally:
        bench.pool.shutdown(wait=False, cancel_futures=True)
        bench.store.close()
