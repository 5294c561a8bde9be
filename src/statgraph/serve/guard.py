"""What keeps the workbench safe to run: who may reach it, which requests may change the store,
and the headers every answer carries.

- Loopback by default, and the Host header must name loopback (a page on another site cannot
  rebind its own name to 127.0.0.1 and read the answers). Any other address needs
  `--allow-remote`; then every request needs the token printed at start (once as
  `?token=`, which sets a same-site cookie; or `Authorization: Bearer TOKEN`).
- A request that changes the store (POST /api/...) needs the token in `X-Statgraph-Token`
  and a JSON body: a cross-site page can send neither without a CORS preflight, which this
  app never answers (it sends no Access-Control-* header at all).
- A query sent by POST from a browser must come from the workbench's own origin.
- Every page forbids framing, sniffing and referrers; workbench pages run only their own
  scripts (script-src 'self', no inline code) and set document text with textContent.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}
TOKEN_HEADER = "X-Statgraph-Token"
COOKIE = "statgraph_token"
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


@dataclass(frozen=True)
class Refusal:
    """Why a request is refused: an HTTP status and a message."""

    status: int
    message: str


def is_loopback(host: str) -> bool:
    """Whether a host (an address or a name, no port) is the loopback interface."""
    return host.strip("[]").lower() in LOOPBACK_NAMES or host.startswith("127.")


def same_token(given: str | None, token: str) -> bool:
    """Compare a token in constant time."""
    return bool(given) and hmac.compare_digest(str(given).encode(), token.encode())


def check_request(request: Any, token: str, *, allow_remote: bool) -> Refusal | None:
    """Why the request may not proceed, or None when it may."""
    hostname = (urlsplit(f"//{request.host}").hostname or "").lower()
    if not allow_remote and not is_loopback(hostname):
        return Refusal(403, f"this workbench answers on loopback only, not as {hostname!r}")
    if allow_remote and not _authorised(request, token):
        return Refusal(401, "give the token printed when the workbench started (?token=... once)")
    origin = request.headers.get("Origin")
    if request.method == "POST" and origin is not None and origin.rstrip("/") != request.host_url.rstrip("/"):
        return Refusal(403, "cross-site requests are refused")
    if request.method == "POST" and request.path.startswith("/api/"):
        if not same_token(request.headers.get(TOKEN_HEADER), token):
            return Refusal(403, f"a change needs the page's token in the {TOKEN_HEADER} header")
        if not request.is_json:
            return Refusal(415, "send the decision as application/json")
    return None


def _authorised(request: Any, token: str) -> bool:
    bearer = request.headers.get("Authorization", "")
    return (
        same_token(request.cookies.get(COOKIE), token)
        or same_token(request.args.get("token"), token)
        or (bearer.startswith("Bearer ") and same_token(bearer[7:], token))
    )


def secure_headers(response: Any, *, page_csp: bool) -> Any:
    """Headers on every answer; the workbench's own pages also get their CSP."""
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
    if page_csp:
        response.headers["Content-Security-Policy"] = PAGE_CSP
    if response.mimetype != "text/css" and response.mimetype != "application/javascript":
        response.headers["Cache-Control"] = "no-store"
    for name in [h for h in response.headers.keys() if h.lower().startswith("access-control-")]:
        del response.headers[name]
    return response
