"""A document's date: read from what a publisher writes, kept only as an ISO 8601 date.

Structured values (HTML meta, JSON-LD, front matter, JSON Lines fields) and the opening
lines of a plain text give a date in many forms; `iso_date` turns each usable one into
`YYYY-MM-DD` and refuses the rest, so nothing but a valid calendar date reaches the graph
(as an `xsd:date`). A datetime is reduced to the date it was written with, not moved to
another time zone.

Notes:
    ISO 8601-1:2019 and RFC 3339 (dates and datetimes); RFC 5322 section 3.3 (e-mail and
    RSS dates such as "Sat, 12 Mar 2022 10:00:00 +0000"). Written-out months ("12 March
    2022", "March 12, 2022") are read; all-numeric forms other than ISO are read only in
    the day-first dotted form ("12.03.2022"), since "03/12/2022" means two dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

FIRST_YEAR, LAST_YEAR = 1800, 2200
OPENING_LINES = 12
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ISO = re.compile(
    r"(?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})"
    r"(?:[T ]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?",
)
_FORMS = (
    _ISO,
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})", re.I),
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"),
)
_TIME_TAIL = (
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|\(?UTC[+-]?\d*\)?)?)?"
)
_LABEL = re.compile(
    r"^(?:(?:first\s+)?published|posted|updated|last\s+updated|released|issued|date|dated|"
    r"publication\s+date)(?:\s+on)?\s*:?\s*",
    re.I,
)
# A date inside a line: ISO with hyphens, or one of the written-out forms.
_IN_LINE = (
    re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])"),
    *(re.compile(r"(?<![\w.])" + form.pattern + r"(?![\w])", form.flags) for form in _FORMS[1:]),
)
# Every form of _IN_LINE has a four-digit year: a line without four digits in a row states no date
_YEAR = re.compile(r"\d{4}")
_END = re.compile(r"\s*(?:\([^)]{1,30}\))?\s*\.?\s*$")
_WIRE_CITY = re.compile(r"^[A-Z][\w'’./-]+(?: [A-Z][\w'’./-]+){0,3},\s*$")
_AFTER_DATELINE = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?(?:,\s*[A-Z]|--?\s|–|—|\()")


def iso_date(value: object) -> str | None:
    """The ISO 8601 date (YYYY-MM-DD) a value states, or None if it states none.

    Args:
        value: a date as found: "2022-03-12", "2022-03-12T10:00:00+03:00", "12 March 2022",
            "Sat, 12 Mar 2022 10:00:00 +0000" ...; anything else (markup, "yesterday",
            "03/12/2022", an impossible day) gives None.

    Returns:
        The date, or None.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 64:
        return None
    for form in _FORMS:
        match = form.fullmatch(text) or form.fullmatch(_strip_time(text))
        if match:
            return _valid(match)
    return None


def _strip_time(text: str) -> str:
    """A written-out date without the time that follows it ("12 March 2022, 10:30 GMT")."""
    return re.sub(_TIME_TAIL + r"\s*$", "", text, count=1, flags=re.I).strip().rstrip(".,")


def _valid(match: re.Match[str]) -> str | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."), 0)
    try:
        day = dt.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None
    return day.isoformat() if FIRST_YEAR <= day.year <= LAST_YEAR else None


def date_in_opening_lines(text: str, lines: int = OPENING_LINES) -> str | None:
    """The date of a plain text, from a dated line among its first non-empty lines.

    Trusted in this order: a line that is a date ("Published 12 March 2022", "March 10,
    2023"); a dateline that opens with one ("July 4, 2025, Chisinau", "MOSCOW, 12 March
    2022 —"); a heading or caption that ends with one ("Press Statement on Haiti, 8 January
    2020"). A date without a year never counts.

    Args:
        text: the document's text.
        lines: how many non-empty opening lines are read.

    Returns:
        The ISO date, or None.
    """
    opening = [line.strip() for line in text[:4000].split("\n") if line.strip()][:lines]
    found = sorted(
        (rank, number, date)
        for number, line in enumerate(opening)
        for rank, date in _dates_in_line(line)
    )
    return found[0][2] if found else None


def _dates_in_line(line: str) -> list[tuple[int, str]]:
    """The dates a line states, each with its rank: 0 the line is the date, 1 a dateline,
    2 a heading that ends with it."""
    if not _YEAR.search(line):
        return []
    body = _LABEL.sub("", line, count=1)
    found = []
    for form in _IN_LINE:
        for match in form.finditer(body):
            date = iso_date(match.group())
            if date is None:
                continue
            before, after = body[: match.start()], body[match.end() :]
            rest = re.sub(_TIME_TAIL + r"\s*\.?\s*$", "", after, count=1, flags=re.I)
            if not before.strip() and not rest.strip():
                found.append((0, date))
            elif (not before.strip() or _WIRE_CITY.match(before)) and _AFTER_DATELINE.match(after):
                found.append((1, date))
            elif len(line) <= 200 and _END.fullmatch(after) and re.search(r"(?:,|\bon)\s*$", before):
                found.append((2, date))
    return found


def date_bound(value: str, *, end: bool = False) -> str:
    """The first (or, with `end`, the last) day of an ISO date, month or year: a --since or
    --until bound ("2022" -> 2022-01-01 or 2022-12-31; "2022-02" -> 2022-02-01 or 2022-02-28).

    Raises:
        InputError: the value is no ISO 8601 date, month or year.
    """
    from .errors import InputError

    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if match and match.group(3):
        day = iso_date(value.strip())
        if day:
            return day
    elif match:
        year, month = int(match.group(1)), int(match.group(2) or (12 if end else 1))
        if 1 <= month <= 12 and FIRST_YEAR <= year <= LAST_YEAR:
            last = calendar.monthrange(year, month)[1] if end else 1
            return dt.date(year, month, last).isoformat()
    raise InputError(f"{value!r} is not an ISO 8601 date: give YYYY-MM-DD, YYYY-MM or YYYY")


def within(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether an ISO date lies between two bounds (inclusive); an unknown date never does
    when a bound is given."""
    if since is None and until is None:
        return True
    return date is not None and (since is None or date >= since) and (until is None or date <= until)
