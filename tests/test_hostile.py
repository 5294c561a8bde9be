"""Hostile and broken input: a folder of every bad case next to a good article.

The folder is made at test time (nothing binary is committed). The build must complete,
name each bad file once with its reason, keep the good article's statements, count the
duplicate once, keep offsets into the decoded text, and write Turtle that parses.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from statgraph.cli import EXIT_PARTIAL, cli
from statgraph.documents import decode

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "seeds" / "004_e7486c188862e453.txt"
SENTENCE = "Moscow opposes NATO expansion, the minister said."
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
HUGE_CHARS = 2_100_000  # above spaCy's default max_length (1,000,000) and statgraph's (2,000,000)
LINE_CHARS = 1_500_000

# file -> the words its "skipped" line must carry
EXPECTED_SKIPS = {
    "empty.txt": "empty",
    "blank.md": "empty",
    "binary.txt": "binary content (NUL bytes)",
    "fake.html": "binary content (a PNG image)",
    "report.pdf": "a PDF, not text",
    "photo.png": "an image, not text",
    "notes.csv": "not a format statgraph reads",
    "records.jsonl#2": "not JSON",
    "loop.txt": "a symbolic link loop",
    "loopdir": "a symbolic link loop",
    "dangling.txt": "a broken symbolic link",
    "fifo.txt": "not a regular file (a FIFO)",
}
if not IS_ROOT:  # root reads a mode-000 file; then it is simply read
    EXPECTED_SKIPS["locked.txt"] = "Permission denied"
# file -> (encoding recorded, bytes)
ENCODED = {
    "latin1.txt": ("cp1252", ("Café in Zürich: Müller's report on façades.\n" + SENTENCE + "\n").encode("latin-1")),
    "cp1251.txt": ("cp1251", ("Новости дня: Москва и НАТО.\n" + SENTENCE + "\n").encode("cp1251")),
    "utf16.txt": ("utf-16", ("Ελλάδα ☃ 日本 report.\n" + SENTENCE + "\n").encode("utf-16")),
}


def filler(chars: int, word: int = 499) -> str:
    """Cheap text to parse: long words, few tokens."""
    token = "z" * word + " "
    return token * (chars // len(token))


def make_hostile_corpus(folder: Path) -> Path:
    """Write a folder holding every hostile case of the issue next to a good article."""
    folder.mkdir(parents=True)
    shutil.copy(GOOD, folder / "article.txt")
    shutil.copy(GOOD, folder / "same-as-article.txt")  # the same document under two names
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("  \n\t\n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "fake.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "notes.csv").write_text("a,b\n1,2\n")
    (folder / "records.jsonl").write_text(
        '{"name": "wire.txt", "text": "Washington supports NATO enlargement, the minister said."}\n{not json\n'
    )
    for name, (_, data) in ENCODED.items():
        (folder / name).write_bytes(data)
    (folder / "huge.txt").write_text(("\n".join([filler(20_000)] * (HUGE_CHARS // 20_000))) + "\n" + SENTENCE + "\n")
    (folder / "oneline.txt").write_text(filler(LINE_CHARS) + SENTENCE)
    (folder / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>Talks &amp; news</title><style>p{color:red} /* Russia opposes "
        "NATO expansion. */</style><script>var s = 'Russia opposes NATO expansion.'; if (a < b) {}</script>"
        "</head><body><nav><a href='/'>Home</a> Russia opposes NATO expansion.</nav><article><p>Washington "
        "supports NATO enlargement, the minister said.</p></article><footer>Share this</footer></body></html>"
    )
    (folder / "control.txt").write_text(
        "Breaking\x07 news\x1b[31m red\x08\x0c \u202eevil\u202c\n"
        "\u200bMoscow\u200d opposes NATO expansion,\ufeff the minister said.\n"
    )
    (folder / "locked.txt").write_text(SENTENCE + " Locked.\n")
    (folder / "locked.txt").chmod(0)
    os.mkfifo(folder / "fifo.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink(".", folder / "loopdir")
    os.symlink("missing.txt", folder / "dangling.txt")
    return folder


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_hostile_corpus(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture(scope="module")
def hostile_build(hostile: Path, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - click Result
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("hostile-out") / "hostile.ttl"
    started = time.perf_counter()
    result = CliRunner().invoke(
        cli, ["build", str(hostile), "--out", str(out), "--min-confidence", "0"], catch_exceptions=False
    )
    print(f"hostile corpus built in {time.perf_counter() - started:.1f} s")
    return result, out


def skip_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("skipped ")]


def assert_each_named_once(stderr: str, folder: Path) -> None:
    lines = skip_lines(stderr)
    for name, reason in EXPECTED_SKIPS.items():
        named = [line for line in lines if line.startswith(f"skipped {folder / name}: ")]
        assert len(named) == 1, f"{name} named {len(named)} times in:\n{stderr}"
        assert reason in named[0], named[0]
    assert len(lines) == len(EXPECTED_SKIPS), "\n".join(lines)


def test_hostile_build_is_partial_and_names_each_bad_file(hostile_build, hostile: Path) -> None:
    result, out = hostile_build
    assert result.exit_code == EXIT_PARTIAL, result.output
    assert "Traceback" not in result.output
    assert_each_named_once(result.stderr, hostile)
    assert re.search(rf"\(1 duplicates, {len(EXPECTED_SKIPS)} skipped\)", result.stderr), result.stderr
    assert out.exists()


def test_hostile_build_keeps_the_good_article_once(hostile_build) -> None:
    from statgraph.graph.read import read_statements
    from statgraph.store import load_graph

    _, out = hostile_build
    graph = load_graph(out)  # the Turtle parses
    records = read_statements(graph)
    found = {(r["doc"], r["holder"], r["relation"], r["target"]) for r in records}
    assert ("article.txt", "CSTO", "deployed_to", "Kazakhstan") in found
    assert not [r for r in records if r["doc"] == "same-as-article.txt"]
    names = {str(name) for name in graph.objects(None, _sg("fileName"))}
    assert "article.txt" in names and "same-as-article.txt" not in names


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_hostile_offsets_index_the_decoded_text(hostile_build, hostile: Path, name: str) -> None:
    from statgraph.graph.read import read_statements
    from statgraph.store import load_graph

    _, out = hostile_build
    graph = load_graph(out)
    text, encoding = decode((hostile / name).read_bytes())
    assert encoding == ENCODED[name][0]
    mine = [r for r in read_statements(graph) if r["doc"] == name]
    assert mine, f"no statement from {name}"
    for record in mine:
        assert text[record["start"] : record["end"]] == record["passage"]
        assert SENTENCE in record["passage"]
    recorded = {
        str(value)
        for node in graph.subjects(_sg("fileName"), _literal(name))
        for value in graph.objects(node, _sg("encoding"))
    }
    assert recorded == {encoding}


@pytest.mark.parametrize("name, length", [("huge.txt", HUGE_CHARS), ("oneline.txt", LINE_CHARS)])
def test_hostile_long_documents_are_processed_in_pieces(hostile_build, hostile: Path, name: str, length: int) -> None:
    from statgraph.graph.read import read_statements
    from statgraph.store import load_graph

    _, out = hostile_build
    text = (hostile / name).read_text()
    mine = [r for r in read_statements(load_graph(out)) if r["doc"] == name]
    assert mine, f"no statement from {name}"
    for record in mine:
        assert record["start"] > length - 100_000  # found in the last part
        assert text[record["start"] : record["end"]] == record["passage"] == SENTENCE


def test_hostile_html_and_control_characters(hostile_build, hostile: Path) -> None:
    from statgraph.graph.read import read_statements
    from statgraph.store import load_graph

    _, out = hostile_build
    records = read_statements(load_graph(out))
    page = [r for r in records if r["doc"] == "page.html"]
    assert {(r["holder"], r["relation"]) for r in page} == {("United States", "supports")}
    assert all("<" not in r["passage"] and "var " not in r["passage"] for r in page)
    control = [r for r in records if r["doc"] == "control.txt"]
    assert {(r["holder"], r["relation"], r["target"]) for r in control} == {("Russia", "opposes", "NATO expansion")}
    text = (hostile / "control.txt").read_text()
    assert all(text[r["start"] : r["end"]] == r["passage"] for r in control)


def test_hostile_build_in_a_real_process_with_ten_thousand_tiny_files(hostile: Path, tmp_path: Path) -> None:
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    for number in range(10_000):
        (tiny / f"note{number:05d}.txt").write_text(f"Note {number}: the talks in Geneva continue.\n")
    out = tmp_path / "all.ttl"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "statgraph", "build", str(hostile), str(tiny), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    print(f"hostile corpus and 10,000 tiny files built in a real process in {time.perf_counter() - started:.1f} s")
    assert done.returncode == EXIT_PARTIAL, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert_each_named_once(done.stderr, hostile)
    assert re.search(r"\b100\d\d documents \(1 duplicates", done.stderr), done.stderr


def test_hostile_extraction_failure_skips_only_that_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from statgraph import pipeline

    real = pipeline.extract_document

    def fragile(document, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if document.name == "bad.txt":
            raise RuntimeError("boom")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_document", fragile)
    shutil.copy(GOOD, tmp_path / "article.txt")
    (tmp_path / "bad.txt").write_text(SENTENCE)
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(
        cli,
        ["build", str(tmp_path / "article.txt"), str(tmp_path / "bad.txt"), "--out", str(out), "--min-confidence", "0"],
        catch_exceptions=False,
    )
    assert result.exit_code == EXIT_PARTIAL
    assert skip_lines(result.stderr) == [f"skipped {tmp_path / 'bad.txt'}: extraction failed: RuntimeError: boom"]
    assert "Traceback" not in result.output
    assert "CSTO" in out.read_text()


def test_hostile_errors_are_messages_not_tracebacks(tmp_path: Path) -> None:
    from click.testing import CliRunner

    shutil.copy(GOOD, tmp_path / "article.txt")
    os.mkfifo(tmp_path / "graph.ttl")
    runner = CliRunner()
    for args in (
        ["build", str(tmp_path), "--out", str(tmp_path / "out.unknown")],
        ["statements", str(tmp_path / "graph.ttl")],
    ):
        result = runner.invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 1, result.output
        assert result.output.startswith("Error: ") and "Traceback" not in result.output


def test_hostile_sigkill_mid_build_leaves_the_earlier_output(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(1000):
        (corpus / f"article{number:03d}.txt").write_text(f"Article {number}.\n" + GOOD.read_text())
    out = tmp_path / "graph.ttl"
    small = tmp_path / "small"
    small.mkdir()
    shutil.copy(GOOD, small / "good.txt")
    command = [sys.executable, "-m", "statgraph", "build", "--quiet", "--out", str(out)]
    subprocess.run([*command, str(small)], check=True, timeout=600)
    before = out.read_bytes()
    process = subprocess.Popen([*command, str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(8)  # the model is loaded and documents are being parsed
    assert process.poll() is None, "the build ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=60) == -signal.SIGKILL
    assert out.read_bytes() == before
    again = subprocess.run([*command, str(small), str(corpus / "article000.txt")], timeout=600)
    assert again.returncode == 0
    assert out.read_bytes() != before


def test_hostile_sigkill_while_writing_leaves_the_earlier_file(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    out.write_bytes(b"# the earlier output\n")
    script = "import sys; from statgraph.store import atomic_write; atomic_write(sys.argv[1], b'x' * 200_000_000)"
    process = subprocess.Popen([sys.executable, "-c", script, str(out)])
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".graph.ttl.*.part")) and time.monotonic() < deadline:
        time.sleep(0.001)
    assert process.poll() is None, "the write ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert out.read_bytes() == b"# the earlier output\n"


def _sg(term: str):  # noqa: ANN202 - URIRef
    from statgraph.graph.namespaces import SG

    return SG[term]


def _literal(value: str):  # noqa: ANN202 - Literal
    from rdflib import Literal

    return Literal(value)
