"""The workbench's JSON API and SPARQL endpoint."""

from __future__ import annotations

from typing import Any

from ..errors import InputError, StatgraphError, StoreError
MAX_TEXT = 2000  # characters of a note, a name, a holder, a relation or a target


def register_routes(app: Any, bench: Any) -> None:
    """Add /sparql and /api/* to the app."""
    from flask import Response, request

    from .queue import ORDERS, SHOWS, queue_items
    from .sparql import answer_query

    @app.route("/sparql", methods=["GET", "POST"])
    def sparql() -> Response:
        answer = answer_query(request, bench.store, bench.pool, bench.query_seconds)
        return Response(answer.body, status=answer.status, content_type=answer.media_type)

    @app.get("/api/queue")
    def queue() -> Any:
        order = request.args.get("order", "confidence")
        show = request.args.get("show", "unreviewed")
        if order not in ORDERS or show not in SHOWS:
            return {"error": f"order is one of {', '.join(ORDERS)}; show one of {', '.join(SHOWS)}"}, 400
        try:
            return {"items": queue_items(bench.store, order=order, show=show)}
        except StatgraphError as e:
            return error_answer(e, 500)

    @app.get("/api/queries")
    def queries() -> Any:
        from ..query import saved_queries

        return {"queries": saved_queries()}

    @app.get("/api/vocabulary")
    def vocabulary() -> Any:
        from ..curation import REASONS
        from ..relations import load_relations

        return {"relations": sorted(load_relations()), "reasons": list(REASONS), "reviewer": bench.reviewer}

    @app.post("/api/decisions")
    def decisions() -> Any:
        try:
            decision = decision_of(request.get_json(silent=True), bench.reviewer)
            with bench.write_lock:
                node = record(bench, decision)
        except InputError as e:
            return error_answer(e, 400)
        except StoreError as e:
            return error_answer(e, 409)
        return {"decision": node, "statement": decision.statement, "verdict": decision.verdict}, 201


def error_answer(error: StatgraphError, status: int = 400) -> tuple[dict[str, str], int]:
    """A StatgraphError as a JSON answer."""
    return {"error": str(error)}, status


def record(bench: Any, decision: Any) -> str:
    from ..curation import record_decision

    return record_decision(bench.store, decision, base_iri=bench.base_iri)


def decision_of(body: Any, reviewer: str) -> Any:
    """The Decision a JSON body describes.

    Raises:
        InputError: the body is not an object of short strings with a statement and a verdict.
    """
    from ..curation import Correction, Decision

    if not isinstance(body, dict):
        raise InputError("send a JSON object: statement, verdict, reason, note, reviewer, correction")
    fields = {k: body.get(k) for k in ("statement", "verdict", "reason", "note", "reviewer")}
    correction = body.get("correction")
    parts = correction if isinstance(correction, dict) else {}
    texts = [*fields.values(), *(parts.get(k) for k in ("holder", "relation", "target"))]
    if any(v is not None and (not isinstance(v, str) or len(v) > MAX_TEXT) for v in texts):
        raise InputError(f"every field is a string of at most {MAX_TEXT} characters")
    if not fields["statement"] or not fields["verdict"]:
        raise InputError("a decision needs a statement and a verdict")
    made = None
    if fields["verdict"] == "correct":
        made = Correction(parts.get("holder") or "", parts.get("relation") or "", parts.get("target") or "")
    return Decision(fields["statement"], fields["verdict"], reason=fields["reason"] or None,
                    note=fields["note"] or None,
                    reviewer=(fields["reviewer"] or reviewer).strip() or reviewer, correction=made)
