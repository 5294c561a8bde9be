"""Files and folders -> Documents, with the text exactly as decoded.

A document's identity is a hash of its text, so the same text under two names is one
document. Markup and boilerplate are never removed from the text: they are listed as
skipped ranges, and every offset statgraph records indexes the decoded text.

A file that cannot be read as text (empty, binary, undecodable, not a regular file, a
symbolic link loop ...) is not an error of the run: it becomes a `Skipped` record that
names the file and the reason, and the rest of the corpus is read.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .dates import iso_date
from .errors import InputError
from .markup import dateline_ranges, merge_ranges, parse_html, parse_markdown, plain_text_metadata
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
# Suffixes of files that are documents, but not text: named with advice when skipped.
NOT_TEXT = {
    ".pdf": "a PDF",
    ".doc": "a Word document",
    ".docx": "a Word document",
    ".odt": "an OpenDocument file",
    ".rtf": "an RTF file",
    ".epub": "an EPUB book",
    ".png": "an image",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".gif": "an image",
    ".webp": "an image",
    ".zip": "a ZIP archive",
}
# JSON Lines fields that give a record's date, most trusted first.
JSONL_DATES = ("date", "published", "datePublished", "published_at")
MAX_FILE_BYTES = 200_000_000
_SNIFF_BYTES = 65_536
_BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WebP, WAV, AVI) file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# C0 control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape.
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Skipped:
    """A file (or a record in one) that was not read, and why."""

    path: str
    reason: str

    def line(self) -> str:
        """One printable line naming the file and the reason (control characters escaped)."""
        return f"{printable(self.path)}: {printable(self.reason)}"


def printable(text: str) -> str:
    """Text safe to print on a terminal line: control, format and unpaired surrogate
    characters (newlines, escape sequences, bidirectional overrides) are shown escaped."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else ascii(char)[1:-1] for char in text)


def document_id(text: str) -> str:
    """The identity of a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def iter_files(paths: Iterable[str | os.PathLike[str]], on_skip: Callable[[Skipped], None]) -> Iterator[Path]:
    """Yield the files under `paths` (folders walked in name order, hidden entries left out).

    Every file is yielded, whatever its type: `read_file` decides whether it can be read.
    Symbolic-link loops, broken links and unreadable folders are reported through `on_skip`;
    a folder reached twice (through a link) is read once.

    Raises:
        InputError: a given path does not exist.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            raise InputError(f"{str(path)!r} does not exist: give a file or a folder of documents")
        real = _resolve(path, on_skip)
        if real is not None and real.is_dir():
            if real not in seen:
                seen.add(real)
                yield from _walk(path, real, seen, on_skip)
        elif real is not None:
            yield path


def _walk(top: Path, real_top: Path, seen: set[Path], on_skip: Callable[[Skipped], None]) -> Iterator[Path]:
    """Depth-first, in name order, without recursion (a deep tree cannot exhaust the stack)."""
    stack = [(top, real_top)]
    while stack:
        folder, real_folder = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(
                    (entry for entry in scan if not entry.name.startswith(".")), key=lambda entry: entry.name
                )
        except OSError as e:
            on_skip(Skipped(str(folder), f"folder cannot be read: {e.strerror or e}"))
            continue
        folders = []
        for entry in entries:
            path = Path(entry.path)
            real = _resolve(path, on_skip) if entry.is_symlink() else real_folder / entry.name
            if real is None:
                continue
            if not (real.is_dir() if entry.is_symlink() else entry.is_dir(follow_symlinks=False)):
                yield path
            elif real not in seen:
                seen.add(real)
                folders.append((path, real))
            elif real_folder.is_relative_to(real):
                on_skip(Skipped(str(path), f"a symbolic link loop (back to {str(real)!r}), not followed"))
        stack.extend(reversed(folders))


def _resolve(path: Path, on_skip: Callable[[Skipped], None]) -> Path | None:
    """Where a path leads; None for a symbolic link loop or a broken link, which is reported."""
    try:
        return path.resolve(strict=True)
    except RuntimeError:
        on_skip(Skipped(str(path), "a symbolic link loop"))
    except OSError as e:
        reason = (
            "a symbolic link loop"
            if e.errno == errno.ELOOP
            else (
                f"a broken symbolic link (to {os.readlink(path)!r})"
                if path.is_symlink()
                else f"cannot be read: {e.strerror or e}"
            )
        )
        on_skip(Skipped(str(path), reason))
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text and name the encoding used.

    Byte-order marks decide first (UTF-8, UTF-16, UTF-32); then UTF-16 without a mark
    (every other byte NUL); then strict UTF-8; then a single-byte code page: Windows-1251
    when the non-ASCII letters form Cyrillic words, else Windows-1252 (Latin-1 for bytes
    that Windows-1252 leaves undefined).

    Raises:
        InputError: the bytes are binary (a known file signature, NUL or control bytes),
            or do not decode in the encoding their byte-order mark names.
    """
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary content ({what}), not text")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as e:
                raise InputError(
                    f"starts with a {codec} byte-order mark but does not decode: {e.reason} at byte {e.start}"
                ) from e
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return _decode_utf16_without_bom(data)
    if len(_CONTROL_BYTES.findall(sample)) > max(8, len(sample) // 20):
        raise InputError("binary content (control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _decode_single_byte(data)


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str]:
    """UTF-16 text without a byte-order mark: ASCII-heavy text has a NUL in every other byte."""
    sample = data[:_SNIFF_BYTES]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = max(1, len(sample) // 2)
    codec = "utf-16-le" if odd > 0.3 * pairs and even == 0 else "utf-16-be" if even > 0.3 * pairs and odd == 0 else ""
    if codec and len(data) % 2 == 0:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    raise InputError("binary content (NUL bytes), not text")


def _decode_single_byte(data: bytes) -> tuple[str, str]:
    """Windows-1251 or Windows-1252, whichever makes words of the non-ASCII letters."""
    cyrillic = mixed = 0
    for word in _WORD.findall(data[:1_000_000].decode("cp1251", errors="replace")):
        if _CYRILLIC.search(word):
            if _LATIN.search(word):
                mixed += len(word)
            else:
                cyrillic += len(word)
    if cyrillic > mixed:
        return data.decode("cp1251", errors="replace"), "cp1251"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def read_file(path: Path) -> list[Document | Skipped]:
    """Read one file into its documents (one, or one per JSON Lines record).

    A JSON Lines record that cannot be used comes back as a Skipped in its place.

    Raises:
        InputError: the file is not a format statgraph reads, or is empty, binary,
            too large, not a regular file or unreadable.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        if suffix in NOT_TEXT:
            raise InputError(f"{NOT_TEXT[suffix]}, not text: convert it to text first")
        raise InputError(f"not a format statgraph reads (it reads {', '.join(sorted(SUFFIXES))})")
    text, encoding = decode(_read_bytes(path))
    if not text.strip():
        raise InputError("empty: no text to read")
    media_type = SUFFIXES[suffix]
    if media_type == "application/jsonl":
        return list(_read_jsonl(path, text, encoding))
    return [make_document(text, os.fsdecode(path.name), str(path), media_type, encoding)]


def _read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            kind = (
                "a FIFO"
                if stat.S_ISFIFO(info.st_mode)
                else "a socket"
                if stat.S_ISSOCK(info.st_mode)
                else "a device"
                if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
                else "a folder"
            )
            raise InputError(f"cannot be read: not a regular file ({kind})")
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(f"too large ({info.st_size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
        with path.open("rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise InputError(f"cannot be read: {e.strerror or e}") from e


def make_document(
    text: str,
    name: str,
    path: str = "",
    media_type: str = "text/plain",
    encoding: str = "utf-8",
    **metadata: str | None,
) -> Document:
    """A Document from a text, with metadata and skipped ranges found by its media type.

    The text is kept as given, except that an unpaired surrogate (from a JSON escape such as
    "\\ud800", or an undecodable file name) becomes U+FFFD: one character for one, so
    offsets hold, and no RDF serialization needs to carry what UTF-8 cannot encode.
    """
    text = _clean(text)
    if media_type == "text/html":
        found, skipped = parse_html(text)
    elif media_type == "text/markdown":
        found, skipped = parse_markdown(text)
    else:
        found, skipped = plain_text_metadata(text), []
    skipped = merge_ranges([*skipped, *dateline_ranges(text)])
    merged = {**found, **{key: value for key, value in metadata.items() if value}}
    given = {key: _clean(value) for key, value in merged.items() if value}
    warnings: tuple[str, ...] = ()
    if "date" in given and iso_date(given["date"]) is None:
        warnings = (f"date {printable(given['date'][:60])!r} is not a date (ISO 8601 or "
                    "'12 March 2022'); left out",)
        del given["date"]
    elif "date" in given:
        given["date"] = str(iso_date(given["date"]))
    return Document(
        id=document_id(text),
        name=_clean(name),
        path=_clean(path),
        text=text,
        media_type=media_type,
        encoding=encoding,
        skipped=tuple(skipped),
        warnings=warnings,
        **given,
    )


def _clean(value: str) -> str:
    return _SURROGATE.sub("\ufffd", value)


def _read_jsonl(path: Path, text: str, encoding: str) -> Iterator[Document | Skipped]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as e:
            yield Skipped(f"{path}#{number}", f"not JSON: {e}")
            continue
        body = record.get("text") if isinstance(record, dict) else None
        if not isinstance(body, str) or not body.strip():
            yield Skipped(f"{path}#{number}", 'no "text" string in the record')
            continue
        name = str(record.get("name") or record.get("id") or f"{path.name}#{number}")
        meta = {key: _str(record.get(key)) for key in ("title", "author", "url")}
        meta["date"] = _str(next((record[key] for key in JSONL_DATES if record.get(key) not in (None, "")), None))
        meta["outlet"] = _str(record.get("outlet") or record.get("source") or record.get("publisher"))
        media = SUFFIXES.get(Path(name).suffix.lower(), "text/plain")
        if media == "application/jsonl":
            media = "text/plain"
        yield make_document(body, name, f"{path}#{number}", media, encoding, **meta)


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
