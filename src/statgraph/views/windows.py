"""Discourse networks over time: one network per time window, as in discourse network analysis.

A window is a span of days (`30d`), weeks (`2w`), months (`1m`) or years (`1y`) of the
documents' dates; windows start at the first date (or --since) and move on by a step (by
default the window's own length, so that they tile the time). Each window's network is made
from the passages of documents dated in it, with the same choices as the whole network.

Written as one file per window, named `STEM.START_END.EXT` after the file asked for
(`congruence.graphml` -> `congruence.2022-01-01_2022-01-30.graphml`, END the window's last
day), or as one dynamic GEXF: every node and edge with the spells in which it exists, and
its weight in each (`window_weight`), a window's values holding from its start until the
next window starts.

Notes:
    Leifeld, P. (2017), "Discourse Network Analysis: Policy Debates as Dynamic Networks";
    GEXF 1.2 "dynamics" (spells, attvalues with start and end; timeformat date).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError

if TYPE_CHECKING:
    import networkx as nx

MAX_WINDOWS = 2000
UNITS = {"d": "days", "w": "weeks", "m": "months", "y": "years"}
Window = tuple[str, str, str]  # first day, last day, last day its values hold in a dynamic file


def parse_span(spec: str) -> tuple[int, str]:
    """A window or step length: "30d" -> (30, "d"); units d, w, m, y.

    Raises:
        InputError: the length is not a positive number followed by a unit.
    """
    match = re.fullmatch(r"\s*(\d{1,4})\s*([dwmy])\s*", spec.lower())
    if not match or int(match.group(1)) == 0:
        raise InputError(f"{spec!r} is not a time span: give a number and a unit, d, w, m or y (30d, 2w, 1m, 1y)")
    return int(match.group(1)), match.group(2)


def shift(day: dt.date, span: tuple[int, str], times: int = 1) -> dt.date:
    """The day `times` spans after `day` (a month on from 31 January is the last of February)."""
    count, unit = span
    if unit in ("d", "w"):
        return day + dt.timedelta(days=count * times * (7 if unit == "w" else 1))
    months = day.month - 1 + count * times * (12 if unit == "y" else 1)
    year, month = day.year + months // 12, months % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def time_windows(first: str, last: str, window: str, step: str | None = None) -> list[Window]:
    """The windows from `first` to `last` (ISO dates), each (start, end, hold) as ISO dates.

    Args:
        first: the first day.
        last: the last day; the last window is the one that starts on or before it.
        window: the window's length ("30d").
        step: how far each window starts after the one before (default: the window's length).

    Raises:
        InputError: a length is bad, or there would be more than MAX_WINDOWS windows.
    """
    size, move = parse_span(window), parse_span(step or window)
    origin, stop = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    found: list[Window] = []
    while (start := shift(origin, move, len(found))) <= stop:
        if len(found) == MAX_WINDOWS:
            raise InputError(f"more than {MAX_WINDOWS} windows from {first} to {last}: choose a longer --step")
        end = shift(start, size) - dt.timedelta(days=1)
        hold = min(end, shift(origin, move, len(found) + 1) - dt.timedelta(days=1))
        found.append((start.isoformat(), end.isoformat(), hold.isoformat()))
    return found


def window_networks(
    records: Sequence[dict[str, Any]],
    make: Callable[[list[dict[str, Any]], Window], nx.Graph],
    *,
    window: str,
    step: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[tuple[Window, nx.Graph]]:
    """One network per window over the dated records.

    Args:
        records: statement records (undated ones are left out).
        make: makes a window's network from its records.
        window: the window's length; step: its step (see `time_windows`).
        since: the first window's start (default: the first date).
        until: the last day (default: the last date).

    Raises:
        InputError: no record is dated, or a length is bad.
    """
    dates = sorted(record["date"] for record in records if record.get("date"))
    if not dates:
        raise InputError("no passage comes from a dated document: time windows need dates")
    windows = time_windows(since or dates[0], until or dates[-1], window, step)
    return [
        (span, make([record for record in records if span[0] <= (record.get("date") or "") <= span[1]], span))
        for span in windows
    ]


def window_path(out: str | Path, window: Window) -> Path:
    """The file of one window: STEM.START_END.EXT beside `out`."""
    path = Path(out)
    return path.with_name(f"{path.stem}.{window[0]}_{window[1]}{path.suffix}")


def dynamic_gexf(networks: Sequence[tuple[Window, nx.Graph]], kind: str) -> bytes:
    """One GEXF 1.2 file of all windows: nodes and edges with spells, weights per window.

    Returns:
        The file's bytes; `weight` is the edge's largest weight in any window.
    """
    import networkx as nx

    from .discourse import scalar_copy, to_gexf

    merged = nx.Graph(kind=kind, mode="dynamic")
    for (start, _, hold), network in networks:
        flat = scalar_copy(network)
        for node, data in flat.nodes(data=True):
            if node not in merged:
                merged.add_node(node, **{k: v for k, v in data.items() if k != "bipartite"}, spells=[])
            merged.nodes[node]["spells"].append((start, hold))
        for one, other, data in flat.edges(data=True):
            if not merged.has_edge(one, other):
                merged.add_edge(one, other, weight=0, spells=[], window_weight=[])
            edge = merged.edges[one, other]
            edge["weight"] = max(edge["weight"], data["weight"])
            edge["spells"].append((start, hold))
            edge["window_weight"].append((data["weight"], start, hold))
    return to_gexf(merged, flat=False)
