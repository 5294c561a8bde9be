"""documents.py: decoding, reading and walking, with a clear reason for every file skipped."""

from __future__ import annotations

import inspect
import os
import stat
import sys
from pathlib import Path

import pytest

from statgraph import documents
from statgraph.documents import (
    Skipped,
    decode,
    document_id,
    iter_files,
    make_document,
    printable,
    read_file,
)
from statgraph.errors import InputError

SENTENCE = "Moscow opposes NATO expansion, the minister said."
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.parametrize(
    "text, codec, expected",
    [
        (SENTENCE, "utf-8", "utf-8"),
        ("Zürich – " + SENTENCE, "utf-8-sig", "utf-8-sig"),
        ("日本 " + SENTENCE, "utf-16", "utf-16"),
        ("Ελλάδα " + SENTENCE, "utf-16-be", "utf-16"),  # with a big-endian byte-order mark
        ("☃ " + SENTENCE, "utf-32", "utf-32"),
        ("Café in Zürich: Müller's façade à la mode. " + SENTENCE, "cp1252", "cp1252"),
        ("Déjà vu, naïve coöperation. " + SENTENCE, "latin-1", "cp1252"),
        ("Новости дня: Москва и НАТО. " + SENTENCE, "cp1251", "cp1251"),
        ("Слава Україні. " + SENTENCE, "cp1251", "cp1251"),
    ],
)
def test_documents_decode_names_the_encoding(text: str, codec: str, expected: str) -> None:
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    decoded, encoding = decode(data)
    assert encoding == expected
    assert decoded == text


def test_documents_decode_utf16_without_a_bom() -> None:
    assert decode(SENTENCE.encode("utf-16-le")) == (SENTENCE, "utf-16-le")
    assert decode(SENTENCE.encode("utf-16-be")) == (SENTENCE, "utf-16-be")


def test_documents_decode_bytes_windows_1252_leaves_undefined() -> None:
    text, encoding = decode(b"caf\xe9 \x81 " + SENTENCE.encode())
    assert encoding == "latin-1" and text == "café \x81 " + SENTENCE


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.7\n...", "a PDF file"),
        (b"\x89PNG\r\n\x1a\n....", "a PNG image"),
        (b"\xff\xd8\xff\xe0JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
        (b"\x7fELF\x02\x01", "an executable"),
        (bytes(range(256)), "NUL bytes"),
        (bytes(range(1, 32)) * 10 + b"some text", "control bytes"),
        (b"\xff\xfe\x00\xd8", "byte-order mark but does not decode"),
    ],
)
def test_documents_decode_refuses_binary(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason.replace("(", r"\(")):
        decode(data)


def test_documents_decode_keeps_a_few_control_characters() -> None:
    text = "Breaking\x07 news\x1b[31m\x08 " + SENTENCE
    assert decode(text.encode()) == (text, "utf-8")


def test_documents_read_file_reasons(tmp_path: Path) -> None:
    cases = {
        "empty.txt": b"",
        "blank.md": b" \n\t\r\n",
        "notes.csv": b"a,b\n",
        "paper.pdf": b"%PDF-1.4",
        "scan.png": b"\x89PNG",
        "fake.txt": b"%PDF-1.4 hello",
    }
    reasons = {
        "empty.txt": "empty",
        "blank.md": "empty",
        "notes.csv": "not a format statgraph reads",
        "paper.pdf": "a PDF, not text: convert it to text first",
        "scan.png": "an image, not text",
        "fake.txt": "binary content (a PDF file)",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InputError) as error:
            read_file(tmp_path / name)
        assert reasons[name] in str(error.value), name


def test_documents_read_file_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match=r"not a regular file \(a FIFO\)"):
        read_file(tmp_path / "pipe.txt")  # and does not block reading it


def test_documents_read_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_FILE_BYTES", 10)
    (tmp_path / "big.txt").write_text(SENTENCE)
    with pytest.raises(InputError, match="too large"):
        read_file(tmp_path / "big.txt")


def test_documents_read_file_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(SENTENCE)
    if IS_ROOT:  # root reads a mode-000 file: make the open fail as it would for a user

        def refuse(self: Path, *args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "open", refuse)
    else:
        path.chmod(0)
    with pytest.raises(InputError, match="cannot be read: Permission denied"):
        read_file(path)


def test_documents_read_file_records_encoding_and_keeps_text(tmp_path: Path) -> None:
    data = ("Новости. " + SENTENCE).encode("cp1251")
    (tmp_path / "ru.txt").write_bytes(data)
    [document] = read_file(tmp_path / "ru.txt")
    assert document.encoding == "cp1251"
    assert document.text == data.decode("cp1251")
    assert document.text[document.text.index("Moscow") :] == SENTENCE


def test_documents_jsonl_bad_records_are_skipped_in_place(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(
        '{"name": "a.txt", "text": "One."}\n{broken\n[1, 2]\n{"text": ""}\n' + "[" * 100_000 + "\n"
        '{"text": "Two \\ud800 three.", "title": "T\\udc00"}\n'
    )
    items = read_file(path)
    assert [type(item).__name__ for item in items] == [
        "Document",
        "Skipped",
        "Skipped",
        "Skipped",
        "Skipped",
        "Document",
    ]
    assert [item.path for item in items if isinstance(item, Skipped)] == [f"{path}#{n}" for n in (2, 3, 4, 5)]
    last = items[-1]
    assert last.text == "Two \ufffd three." and last.title == "T\ufffd"  # one character for one


def test_documents_same_text_same_id() -> None:
    assert make_document("A.", "a.txt").id == make_document("A.", "b.txt").id == document_id("A.")


def test_documents_metadata_found_and_given() -> None:
    document = make_document(
        "<html><head><title>Found</title></head><body>x</body></html>",
        "a.html",
        media_type="text/html",
        title=None,
        author="Given",
    )
    assert (document.title, document.author) == ("Found", "Given")


def collect(paths: list[Path]) -> tuple[list[Path], list[Skipped]]:
    skipped: list[Skipped] = []
    return list(iter_files(paths, skipped.append)), skipped


def test_documents_iter_files_names_loops_and_broken_links(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B.")
    (tmp_path / "a.md").write_text("A.")
    (tmp_path / ".hidden.txt").write_text("H.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("C.")
    os.symlink("self.txt", tmp_path / "self.txt")
    os.symlink("..", tmp_path / "sub" / "up")
    os.symlink("missing.txt", tmp_path / "gone.txt")
    os.symlink("sub", tmp_path / "zlink")  # a second name for a folder already read: read once
    files, skipped = collect([tmp_path])
    assert [path.name for path in files] == ["a.md", "b.txt", "c.txt"]
    reasons = {Path(item.path).name: item.reason for item in skipped}
    assert reasons.keys() == {"self.txt", "up", "gone.txt"}
    assert reasons["self.txt"] == "a symbolic link loop"
    assert reasons["up"].startswith("a symbolic link loop (back to")
    assert reasons["gone.txt"] == "a broken symbolic link (to 'missing.txt')"


def test_documents_iter_files_deep_tree_does_not_recurse(tmp_path: Path) -> None:
    folder = tmp_path
    for _ in range(300):
        folder = folder / "d"
        folder.mkdir()
    (folder / "deep.txt").write_text("Deep.")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 150)  # fewer frames than the tree is deep
    try:
        files, skipped = collect([tmp_path])
    finally:
        sys.setrecursionlimit(limit)
    assert [path.name for path in files] == ["deep.txt"] and not skipped


@pytest.mark.skipif(IS_ROOT, reason="root can list a mode-000 folder")
def test_documents_iter_files_unreadable_folder(tmp_path: Path) -> None:
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed").chmod(0)
    try:
        _, skipped = collect([tmp_path])
    finally:
        (tmp_path / "closed").chmod(stat.S_IRWXU)
    assert [item.reason for item in skipped] == ["folder cannot be read: Permission denied"]


def test_documents_iter_files_missing_path() -> None:
    with pytest.raises(InputError, match="does not exist"):
        collect([Path("/no/such/folder")])


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("plain name.txt", "plain name.txt"),
        ("two\nlines.txt", "two\\nlines.txt"),
        ("\x1b[2Jclear.txt", "\\x1b[2Jclear.txt"),
        ("evil\u202etxt.exe", "evil\\u202etxt.exe"),
        ("bad\udcffbyte.txt", "bad\\udcffbyte.txt"),
        ("Zürich ☃.txt", "Zürich ☃.txt"),
    ],
)
def test_documents_skipped_line_is_one_printable_line(raw: str, shown: str) -> None:
    line = Skipped(raw, "why\nnot").line()
    assert line == f"{shown}: why\\nnot"
    assert printable(raw) == shown
    line.encode("utf-8")  # printable on any UTF-8 terminal
