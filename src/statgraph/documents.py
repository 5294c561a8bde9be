"""Files and folders -> Documents, with the text exactly as decoded.

A document's identity is a hash of its text, so the same text under two names is one
document. Markup and boilerplate are never removed from the text: they are listed as
skipped ranges, and every offset statgraph records indexes the decoded text.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .markup import parse_html, parse_markdown, plain_text_metadata
from .models import Document

SUFFIXES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".jsonl": "application/jsonl",
    ".ndjson": "application/jsonl",
}
MAX_FILE_BYTES = 200_000_000
_BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@dataclass(frozen=True)
class Skipped:
    """A file (or a record in one) that was not read, and why."""

    path: str
    reason: str


def document_id(text: str) -> str:
    """The identity of a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def iter_files(paths: Iterable[str | os.PathLike[str]], on_skip: Callable[[Skipped], None]) -> Iterator[Path]:
    """Yield the readable document files under `paths`, sorted, each once.

    Symbolic-link loops and unreadable folders are reported through `on_skip`.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{str(path)!r} does not exist: give a file or a folder of documents")
        if path.is_dir():
            yield from _walk(path, seen, on_skip)
        elif _unseen(path, seen, on_skip):
            yield path


def _walk(folder: Path, seen: set[Path], on_skip: Callable[[Skipped], None]) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as e:
        on_skip(Skipped(str(folder), f"folder cannot be read: {e.strerror or e}"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError as e:
            on_skip(Skipped(str(path), f"cannot be read: {e.strerror or e}"))
            continue
        if is_dir:
            if _unseen(path, seen, on_skip):
                yield from _walk(path, seen, on_skip)
        elif path.suffix.lower() in SUFFIXES or path.suffix.lower() in {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".docx"}:
            if _unseen(path, seen, on_skip):
                yield path


def _unseen(path: Path, seen: set[Path], on_skip: Callable[[Skipped], None]) -> bool:
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError) as e:
        on_skip(Skipped(str(path), f"cannot be resolved (a symbolic link loop?): {e}"))
        return False
    if real in seen:
        return False
    seen.add(real)
    return True


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text and name the encoding used.

    Byte-order marks decide first (UTF-8, UTF-16, UTF-32); then strict UTF-8; then
    Windows-1251 when most non-ASCII letters decode as Cyrillic, else Windows-1252.

    Raises:
        InputError: the bytes are binary (a NUL byte, or a known file signature).
    """
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary content ({what}), not text")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                       (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as e:
                raise InputError(f"starts with a {codec} byte-order mark but does not decode: {e}") from e
    if b"\x00" in data[:65536]:
        raise InputError("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high = bytes(b for b in data if b >= 0x80)
    as_1251 = high.decode("cp1251", errors="replace")
    if len(_CYRILLIC.findall(as_1251)) > 0.6 * max(1, len(high)):
        return data.decode("cp1251", errors="replace"), "cp1251"
    return data.decode("cp1252", errors="replace"), "cp1252"


def read_file(path: Path) -> list[Document | Skipped]:
    """Read one file into its documents (one, or one per JSON Lines record).

    A JSON Lines record that cannot be used comes back as a Skipped in its place.

    Raises:
        InputError: the file is empty, binary, too large or unreadable.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"not a text format statgraph reads ({', '.join(sorted(SUFFIXES))})")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot be read: {e.strerror or e}") from e
    text, encoding = decode(data)
    if not text.strip():
        raise InputError("empty: no text to read")
    media_type = SUFFIXES[suffix]
    if media_type == "application/jsonl":
        return list(_read_jsonl(path, text, encoding))
    return [make_document(text, path.name, str(path), media_type, encoding)]


def make_document(text: str, name: str, path: str = "", media_type: str = "text/plain",
                  encoding: str = "utf-8", **metadata: str | None) -> Document:
    """A Document from a text, with metadata and skipped ranges found by its media type."""
    if media_type == "text/html":
        found, skipped = parse_html(text)
    elif media_type == "text/markdown":
        found, skipped = parse_markdown(text)
    else:
        found, skipped = plain_text_metadata(text), ()
    given = {key: value for key, value in metadata.items() if value}
    return Document(id=document_id(text), name=name, path=path, text=text, media_type=media_type,
                    encoding=encoding, skipped=tuple(skipped), **{**found, **given})


def _read_jsonl(path: Path, text: str, encoding: str) -> Iterator[Document | Skipped]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(f"{path}#{number}", f"not JSON: {e}")
            continue
        body = record.get("text") if isinstance(record, dict) else None
        if not isinstance(body, str) or not body.strip():
            yield Skipped(f"{path}#{number}", 'no "text" string in the record')
            continue
        name = str(record.get("name") or record.get("id") or f"{path.name}#{number}")
        meta = {key: _str(record.get(key)) for key in ("title", "author", "date", "url")}
        meta["outlet"] = _str(record.get("outlet") or record.get("source") or record.get("publisher"))
        media = SUFFIXES.get(Path(name).suffix.lower(), "text/plain")
        if media == "application/jsonl":
            media = "text/plain"
        yield make_document(body, name, f"{path}#{number}", media, encoding, **meta)


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
