"""Metadata and skipped ranges of HTML, Markdown and plain text, found without rewriting.

Each function returns (metadata, skipped ranges). A skipped range is (start, end) in the
text as decoded; analysis blanks it out with spaces, so offsets never move.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

from .dates import date_in_opening_lines, iso_date

# Elements whose whole content is not article text.
_DROP_ELEMENTS = frozenset(
    {
        "head",
        "title",
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "svg",
        "iframe",
        "select",
        "object",
    }
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
_DROP_CLASS = re.compile(
    r"comment|share|social|subscribe|newsletter|related|cookie|sidebar|advert|promo|"
    r"menu|breadcrumb",
    re.I,
)
# <meta> names (property, name or itemprop) that give the date of publication, most trusted first.
DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
    "publish-date",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
)
# JSON-LD keys (schema.org) that give it, most trusted first.
JSON_LD_DATES = ("datePublished", "dateCreated")
_FRONT_MATTER_KEYS = {
    "source": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "published": "date",
    "pubdate": "date",
    "publishdate": "date",
    "date_published": "date",
    "published_at": "date",
}
_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title", "title"),
    "author": ("author", "article:author", "dc.creator", "byl"),
    "date": DATE_META,
    "outlet": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "url": ("og:url",),
}
# A line that opens a block of web boilerplate running to the end of the document.
_TAIL_START = re.compile(
    r"^\s*(leave a (reply|comment)|\d+\s+(comments?|responses?|replies)\b|comments are closed|"
    r"(show|view|load) comments|join the discussion|related (posts|articles|stories)\s*:?\s*$|"
    r"you may also like|recommended for you|like what you(’|')?(ve| have)? (been )?read|"
    r"(please )?consider (subscribing|becoming a (paid )?subscriber))",
    re.I,
)
# A single line of boilerplate.
_LINE = re.compile(
    r"^\s*(share this( article| story)?:?|like this:?|click to (share|print|email)\b.*|"
    r"subscribe( now| to our newsletter| for more)?\b.{0,80}|follow us on\b.{0,80}|"
    r"(share|tweet|email|print)(\s*(on|via)?\s*(facebook|twitter|x|telegram|whatsapp|linkedin|email))+\s*|"
    r"sign up for\b.{0,80}|advertisement|read more:?.{0,120}|loading\.\.\.|filed under:?.{0,120}|"
    r"tags?:.{0,200}|posted in\b.{0,120}|related:?)\s*$",
    re.I,
)


def boilerplate_ranges(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Ranges of web boilerplate lines in text[start:end]: share and subscribe lines,
    and everything from "Leave a Reply" or "12 Comments" on."""
    end = len(text) if end is None else end
    ranges: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        line = match.group()
        at = start + match.start()
        if len(line) < 120 and _TAIL_START.match(line):
            ranges.append((at, end))
            break
        if len(line) < 240 and _LINE.match(line):
            ranges.append((at, start + match.end()))
    return ranges


# A wire dateline opening a paragraph ("VILNIUS, July 11 (AP) - "): left in, the city reads as a subject.
_DATELINE = re.compile(
    r"(?m)(?:^|(?<=>))[ \t]*("
    r"[A-Z][A-Z.'’-]{2,}(?:[ /][A-Z][A-Z.'’-]+){0,3}(?:,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2})?)?"
    r"(?:\s*\([A-Za-z][A-Za-z .]{1,20}\))?\s*(?:--?|–|—)(?:\s|(?=[A-Z]))"
    # a city in capitals, its country and an agency: "DAKAR, Senegal (AP) — "
    r"|[A-Z][A-Z.'’-]{2,}(?:[ /][A-Z][A-Z.'’-]+){0,3},\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
    r"\s*\([A-Za-z][A-Za-z .]{1,20}\)\s*(?:--?|–|—)(?:\s|(?=[A-Z]))"
    # a city, a date and an agency, the dash left out: "Moscow, July 5 (IANS) Chinese President ..."
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*\([A-Za-z][A-Za-z .]{1,20}\)"
    r"(?:\s*(?:--?|–|—)\s|\s+(?=[A-Z“\"]))"
    r"|[A-Z][a-z]+(?: (?:de |da |do )?[A-Z][a-z]+){0,2}\s*"
    r"\((?:AFP|AP|Reuters|Xinhua|TASS|IRNA|dpa|Anadolu|UPI|Kyodo|Yonhap|ANI|PTI)\)\s*(?:--?|–|—)\s"
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}){0,2},\s*"
    r"(?:\d{1,2} [A-Z][a-z]{2,9}\.? \d{4}|[A-Z][a-z]{2,9}\.? \d{1,2},? \d{4})\s*(?:--?|–|—)\s"
    # a city, its state or country, an agency: "WASHINGTON, DC – ", "HAVANA, Cuba.- ", "Washington, DC, US (PANA) - "
    r"|[A-Z][\w'’.]+(?: [A-Z][\w'’.]+){0,2}(?:, [A-Z][\w'’]+(?: [A-Z][\w'’]+)?){1,2}\.?"
    r"(?:\s*\([A-Za-z][A-Za-z .]{1,20}\))?\s?(?:--?|–|—)\s"
    # a place, a date and an agency before a colon: "New Delhi [India], October 14 (ANI): "
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}(?:\s*\[[A-Z][\w .'’-]{1,30}\])?,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,9})(?:,?\s+\d{4})?(?:\s*\([A-Za-z][A-Za-z .]{1,20}\))?\s*:\s"
    # an agency's credit alone: "(AFP) - ", "(ZANIS) President ..."
    r"|\([A-Z][A-Za-z .]{1,20}\)\s*(?:--?|–|—)\s|\([A-Z]{2,8}\)[ \t]+(?=[A-Z])"
    # an agency, then its place and date in brackets: "RSS (KATHMANDU, 29 March 2022) – "
    r"|[A-Z][A-Za-z]{1,10}(?: [A-Z][A-Za-z]+){0,2}\s*\([A-Z][\w .'’-]{1,30},[^()\n]{0,30}\d[^()\n]{0,30}\)"
    r"\s*(?:--?|–|—)\s"
    r")"
)


def dateline_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of wire datelines at the start of paragraphs ("VILNIUS, July 11 (AP) - ")."""
    found = []
    for m in _DATELINE.finditer(text):
        line = m.group(1)
        city = re.split(r"[,(–—-]", line, maxsplit=1)[0].strip()
        # "NATO - ..." is no dateline: a bare capitalised word needs a date, an agency or length
        if "(" in line or "," in line or len(city) >= 6:
            found.append((m.start(1), m.end(1)))
    return found


_BYLINE = re.compile(r"^\s*(?:by|written by|author:)\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*$", re.M)


def plain_text_metadata(text: str) -> dict[str, str]:
    """Title, author and date of a plain text.

    The title is the first of the opening lines that reads like a headline: four words or
    more, no sentence-final punctuation, not a caption ("- Sputnik International, 1920").
    The author is a byline ("by Stephen Lendman") among the opening lines; the date is a
    dated line among them (see `statgraph.dates.date_in_opening_lines`).
    """
    meta: dict[str, str] = {}
    date = date_in_opening_lines(text)
    if date:
        meta["date"] = date
    lines = [line.strip() for line in text.strip().split("\n")[:8] if line.strip()]
    if len(lines) < 2:
        return meta
    for line in lines[:5]:
        if (
            len(line.split()) >= 4
            and len(line) <= 200
            and line[0].isalnum()
            and not line.endswith((".", ":", ",", ";", "?", "!", "”", '"'))
        ):
            meta["title"] = line
            break
    byline = _BYLINE.search("\n".join(lines))
    if byline:
        meta["author"] = byline.group(1)
    return meta


def parse_markdown(text: str) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """YAML front matter (title, author, date or published, outlet/source) is read and skipped;
    otherwise the first `# ` heading is the title, and a dated opening line the date."""
    meta: dict[str, str] = {}
    skipped: list[tuple[int, int]] = []
    front = re.match(r"---[ \t]*\n(.*?\n)---[ \t]*\n", text, re.S)
    if front:
        skipped.append((0, front.end()))
        for key, value in re.findall(r"^([A-Za-z_]+)\s*:\s*(.+?)\s*$", front.group(1), re.M):
            key = _FRONT_MATTER_KEYS.get(key.lower(), key.lower())
            if key in {"title", "author", "date", "outlet", "url"}:
                meta.setdefault(key, value.strip("'\""))
    body = text[front.end() if front else 0 :]
    heading = re.search(r"^#\s+(.+?)\s*#*\s*$", body, re.M)
    if heading and "title" not in meta:
        meta["title"] = heading.group(1)
    dated = None if "date" in meta else date_in_opening_lines(body)
    if dated:
        meta["date"] = dated
    skipped += boilerplate_ranges(text, front.end() if front else 0)
    return meta, skipped


def parse_html(text: str) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """Tags, comments, scripts, styles, navigation and boilerplate blocks are skipped.

    Text after the last ">" is read as text (it holds no complete tag), unless an element
    whose content is dropped is still open.
    """
    parser = _RangeParser(text)
    try:
        # text after the last ">" holds no whole tag; html.parser is quadratic on such a tail
        parser.feed(text[: text.rfind(">") + 1])
        parser.close()
    except (AssertionError, ValueError):
        # a broken tail: skip it rather than guess
        parser.skipped.append((parser.offset_now(), len(text)))
    skipped = merge_ranges(parser.skipped)
    kept = _complement(skipped, len(text))
    for start, end in kept:
        skipped += boilerplate_ranges(text, start, end)
    meta = {key: html.unescape(value).strip() for key, value in parser.meta.items() if value.strip()}
    dates = [html.unescape(value).strip() for value in parser.dates() if value.strip()]
    if dates:
        meta["date"] = next((value for value in dates if iso_date(value)), dates[0])
    return meta, merge_ranges(skipped)


class _RangeParser(HTMLParser):
    """Records the character ranges of markup and of dropped elements."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.skipped: list[tuple[int, int]] = []
        self.meta: dict[str, str] = {}
        self.drop_stack: list[tuple[str, int]] = []
        self.in_title = False
        self.title_parts: list[str] = []
        self.date_meta: dict[str, str] = {}
        self.json_ld: list[str] | None = None
        self.json_ld_dates: list[str] = []
        self.time_dates: list[str] = []

    def dates(self) -> list[str]:
        """Every date value found, most trusted first: meta, JSON-LD, then <time datetime>."""
        meta = [self.date_meta[name] for name in DATE_META if name in self.date_meta]
        return meta + self.json_ld_dates + self.time_dates[:1]

    def offset_now(self) -> int:
        """The parser's position as an offset in the text."""
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _mark_tag(self) -> tuple[int, int]:
        start = self.offset_now()
        raw = self.get_starttag_text()
        end = self.text.find(">", start) + 1 or len(self.text)
        if raw and self.text.startswith(raw, start):
            end = start + len(raw)
        self.skipped.append((start, end))
        return start, end

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Skip the tag; read <meta>; open a dropped element (script, nav, a comment block ...)."""
        start, end = self._mark_tag()
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self._read_meta(values)
        if tag == "title":
            self.in_title = True
        if tag == "script" and values.get("type", "").strip().lower() == "application/ld+json":
            self.json_ld = []
        if tag == "time" and values.get("datetime", "").strip():
            self.time_dates.append(values["datetime"])
        if tag in _VOID:
            return
        names = values.get("class", "") + " " + values.get("id", "")
        dropped = tag in _DROP_ELEMENTS or bool(_DROP_CLASS.search(names))
        if dropped or self.drop_stack:
            self.drop_stack.append((tag, start))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Skip a self-closing tag; read it when it is a <meta>."""
        self._mark_tag()
        if tag == "meta":
            self._read_meta({k: v or "" for k, v in attrs})

    def handle_endtag(self, tag: str) -> None:
        """Skip the tag; close the title, or a dropped element with all it held."""
        start = self.offset_now()
        end = self.text.find(">", start) + 1 or len(self.text)
        self.skipped.append((start, end))
        if tag == "title":
            self.in_title = False
            self.meta.setdefault("title", "".join(self.title_parts))
        if tag == "script" and self.json_ld is not None:
            self.json_ld_dates += _json_ld_dates("".join(self.json_ld))
            self.json_ld = None
        for depth in range(len(self.drop_stack) - 1, -1, -1):
            if self.drop_stack[depth][0] == tag:
                if depth == 0:
                    self.skipped.append((self.drop_stack[0][1], end))
                del self.drop_stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        """Collect the title's text, and a JSON-LD script's."""
        if self.in_title:
            self.title_parts.append(data)
        if self.json_ld is not None:
            self.json_ld.append(data)

    def handle_entityref(self, name: str) -> None:
        """Collect a named character reference in the title."""
        if self.in_title:
            self.title_parts.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        """Collect a numeric character reference in the title."""
        if self.in_title:
            self.title_parts.append(html.unescape(f"&#{name};"))

    def handle_comment(self, data: str) -> None:
        """Skip a comment, <!-- and --> included."""
        start = self.offset_now()
        self.skipped.append((start, start + len(data) + 7))

    def handle_decl(self, decl: str) -> None:
        """Skip a declaration such as <!DOCTYPE html>."""
        start = self.offset_now()
        self.skipped.append((start, start + len(decl) + 3))

    def handle_pi(self, data: str) -> None:
        """Skip a processing instruction."""
        start = self.offset_now()
        self.skipped.append((start, start + len(data) + 3))

    def close(self) -> None:
        """Finish; an element still open and dropped runs to the end of the text."""
        super().close()
        if self.drop_stack:
            self.skipped.append((self.drop_stack[0][1], len(self.text)))

    def _read_meta(self, values: dict[str, str]) -> None:
        name = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower().strip()
        if name in DATE_META:
            self.date_meta.setdefault(name, values.get("content", ""))
            return
        for key, names in _META_KEYS.items():
            if name in names and key not in self.meta and name != "title":
                self.meta[key] = values.get("content", "")


def _json_ld_dates(script: str) -> list[str]:
    """The schema.org publication dates in a JSON-LD script (in @graph and lists too)."""
    try:
        data = json.loads(script)
    except (json.JSONDecodeError, RecursionError):
        return []
    found, stack = [], [data]
    while stack and len(found) < 8:
        item = stack.pop(0)
        if isinstance(item, dict):
            found += [item[key] for key in JSON_LD_DATES if isinstance(item.get(key), str)]
            stack += [value for value in item.values() if isinstance(value, (dict, list))]
        elif isinstance(item, list):
            stack += item
    return found


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif end > start:
            merged.append((start, end))
    return merged


def _complement(ranges: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    kept, at = [], 0
    for start, end in ranges:
        if start > at:
            kept.append((at, start))
        at = max(at, end)
    if at < length:
        kept.append((at, length))
    return kept
