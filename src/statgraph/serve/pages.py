"""The workbench's pages: links, the graph view, the query page and the review queue.

The query and queue pages are templates (Jinja2 escapes every value) that carry no data but
the page's token; their scripts (static/) fetch JSON and write it with textContent.
"""

from __future__ import annotations

from typing import Any

from ..errors import StatgraphError


def register_pages(app: Any, bench: Any) -> None:
    """Add the page routes to the app."""
    from flask import Response, render_template, request

    def page(name: str, title: str) -> str:
        return render_template(f"{name}.html", title=title, token=bench.token, reviewer=bench.reviewer,
                               store=bench.store.location)

    @app.get("/")
    def index() -> str:
        return page("index", "statgraph workbench")

    @app.get("/query")
    def query_page() -> str:
        return page("query", "Query · statgraph")

    @app.get("/queue")
    def queue_page() -> str:
        return page("queue", "Review · statgraph")

    @app.get("/view")
    def view_page() -> Any:
        from ..views import view_graph
        from ..views.html import render_html

        include = request.args.get("include_rejected") == "1"
        try:
            network, notes = view_graph(bench.store, include_rejected=include)
        except StatgraphError as e:
            return Response(f"{e}\n", status=400, mimetype="text/plain")
        return Response(render_html(network, title="statgraph", notes=notes), mimetype="text/html")
