"""Reading the small JSON model files statgraph ships and trains (the judge, the clause group
model): a missing, unreadable or foreign file is an ExtractionError that names it and says how
to make one, never a silent fallback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import ExtractionError


def read_model_file(path: Path, what: str, fmt: str, remedy: str) -> dict[str, Any]:
    """The body of a model file of format `fmt`.

    Args:
        path: the file.
        what: what it is, for messages ("judge model").
        fmt: the `format` the body must name.
        remedy: how to get one ("train one with `statgraph train`, or build with --judge none").

    Raises:
        ExtractionError: the file is missing, unreadable, not JSON or of another format.
    """
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ExtractionError(f"no {what} at {str(path)!r}: {remedy}") from e
    except (OSError, json.JSONDecodeError) as e:
        raise ExtractionError(f"cannot read the {what} {str(path)!r}: {e}") from e
    if not isinstance(body, dict) or body.get("format") != fmt:
        found = body.get("format") if isinstance(body, dict) else type(body).__name__
        raise ExtractionError(f"{str(path)!r} is not a {fmt} {what} (format {found!r}); {remedy}")
    return body
