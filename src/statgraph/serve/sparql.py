"""The SPARQL 1.1 Protocol endpoint at /sparql: read-only, with a time limit.

A query comes as GET ?query=, as a POSTed form field `query`, or as a POSTed
application/sparql-query body. An update (POSTed `update`, an application/sparql-update
body, or update text in `query`) is answered 403; SERVICE, LOAD, FROM and USING are refused
as `statgraph query` refuses them (400), and so are the protocol's dataset parameters.
The answer's format follows `Accept` (or `format=`, for a download link).

Notes:
    SPARQL 1.1 Protocol https://www.w3.org/TR/sparql11-protocol/ (2.1 query operation:
    2.1.1 GET, 2.1.2 POST urlencoded, 2.1.3 POST directly; 2.2 update operation).
"""

from __future__ import annotations

import concurrent.futures
import functools
from dataclasses import dataclass
from typing import Any

from ..errors import QueryError
from ..query import check_query
from .results import GRAPH_FORMATS, MEDIA_TYPES, SOLUTION_FORMATS, NotAcceptable, encode_result

MAX_QUERY_CHARS = 64 * 1024
DATASET_PARAMETERS = ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri")


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, body and media type."""

    status: int
    body: bytes
    media_type: str = "text/plain; charset=utf-8"


def text_answer(status: int, message: str) -> Answer:
    return Answer(status, (message.rstrip("\n") + "\n").encode("utf-8"))


def read_request(request: Any) -> tuple[str | None, Answer | None]:
    """The query text of a protocol request, or the answer that refuses it."""
    content_type = (request.mimetype or "").lower()
    if content_type == "application/sparql-update" or "update" in request.form or "update" in request.args:
        return None, text_answer(403, "this endpoint is read-only: updates are refused")
    if any(name in request.args or name in request.form for name in DATASET_PARAMETERS):
        return None, text_answer(400, "the dataset is the store's union graph; default-graph-uri and "
                                      "named-graph-uri are refused (they name graphs to load)")
    if request.method == "POST" and content_type == "application/sparql-query":
        text = request.get_data(as_text=True)
    else:
        text = request.form.get("query") if request.method == "POST" else request.args.get("query")
    if not text:
        return None, text_answer(400, "give a query: ?query=SELECT ... (SPARQL 1.1 Protocol)")
    if len(text) > MAX_QUERY_CHARS:
        return None, text_answer(413, f"the query is longer than {MAX_QUERY_CHARS} characters")
    return text, None


def choose_format(request: Any, kind: str) -> str | None:
    """The answer's format: `format=` if given, else the best the Accept header allows."""
    offered = GRAPH_FORMATS if kind == "graph" else SOLUTION_FORMATS
    asked = request.args.get("format") or request.form.get("format")
    if asked:
        return asked if asked in offered else None
    if not request.accept_mimetypes or request.accept_mimetypes.best in ("*/*", ""):
        return offered[0]
    match = request.accept_mimetypes.best_match([MEDIA_TYPES[f] for f in offered] + ["application/json", "text/plain"])
    found = {"application/json": "json", "text/plain": offered[-1]}.get(
        match or "", next((f for f in offered if MEDIA_TYPES[f] == match), None)
    )
    return found if found in offered else None


@functools.lru_cache(maxsize=512)
def inspect_query(text: str) -> str | None:
    """Why a query text is refused (an update: "update"; else the message), or None.

    Parsing is the costliest step of a small query, and a workbench asks the same queries
    again and again, so the verdict is kept for the last 512 texts.
    """
    try:
        if check_query(text, allow_update=True) == "update":
            return "update"
    except QueryError as e:
        return str(e)
    return None


def answer_query(request: Any, store: Any, pool: concurrent.futures.Executor, seconds: float) -> Answer:
    """Answer a protocol request: refuse it, or run it on the store within `seconds`."""
    text, refusal = read_request(request)
    if refusal is not None or text is None:
        return refusal or text_answer(400, "no query")
    problem = inspect_query(text)
    if problem == "update":
        return text_answer(403, "this endpoint is read-only: updates are refused")
    if problem is not None:
        return text_answer(400, problem)
    formats = {kind: choose_format(request, kind) for kind in ("solutions", "graph")}
    future = pool.submit(encode_result, store, text, formats)
    try:
        body, fmt = future.result(timeout=seconds)
    except concurrent.futures.TimeoutError:
        future.cancel()
        return text_answer(503, f"the query ran past the time limit of {seconds:g} seconds")
    except NotAcceptable as e:
        return text_answer(406, str(e))
    except QueryError as e:
        return text_answer(400, str(e))
    media_type = MEDIA_TYPES[fmt] + ("; charset=utf-8" if fmt in ("csv", "tsv", "turtle") else "")
    return Answer(200, body, media_type)
