"""dates.py and where dates come from: front matter, HTML meta, JSON-LD, <time>, JSON Lines
fields and a plain text's opening lines; validated as ISO 8601 and stored as xsd:date."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import XSD, Literal
from rdflib.namespace import DCTERMS

from statgraph.cli import cli
from statgraph.dates import date_bound, date_in_opening_lines, iso_date, within
from statgraph.documents import make_document, read_file
from statgraph.errors import InputError
from statgraph.graph.build import document_triples
from statgraph.pipeline import Report, iter_documents

FIXTURES = Path(__file__).parent / "fixtures" / "dates"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2022-03-12", "2022-03-12"),
        ("2022-03-12T23:30:00-05:00", "2022-03-12"),  # the date as written, not moved to UTC
        ("2022-03-12 10:00:00", "2022-03-12"),
        ("12 March 2022", "2022-03-12"),
        ("March 12, 2022", "2022-03-12"),
        ("Sat, 12 Mar 2022 10:00:00 +0000", "2022-03-12"),
        ("Sept. 5, 2021", "2021-09-05"),
        ("26.01.2022", "2022-01-26"),
        ("03/12/2022", None),  # month or day first? two dates
        ("2022-02-30", None),
        ("<time>2022-03-12</time>", None),
        ("yesterday", None),
        ("0001-01-01", None),
        ("", None),
    ],
)
def test_dates_iso_date(value: str, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("front_matter.md", "2023-04-05"),
        ("published_key.md", "2022-03-12"),
        ("meta.html", "2024-02-29"),
        ("dc_date.html", "2019-11-03"),
        ("json_ld.html", "2021-07-14"),  # a bad <meta name="date"> gives way to JSON-LD
        ("time.html", "2020-10-01"),
        ("published_line.txt", "2022-03-12"),
        ("dateline.txt", "2025-07-04"),
        ("wire.txt", "2021-05-03"),
        ("heading.txt", "2020-01-08"),
        ("undated.txt", None),  # "On March 3" has no year; "in 2019" is no date line
    ],
)
def test_dates_read_from_each_source(name: str, expected: str | None) -> None:
    (document,) = read_file(FIXTURES / name)
    assert document.date == expected
    assert document.warnings == ()


def test_dates_json_lines_fields_and_a_bad_value() -> None:
    one, two, three = read_file(FIXTURES / "records.jsonl")
    assert (one.date, two.date, three.date) == ("2018-06-30", "2019-01-02", None)
    assert three.warnings and "31/02/2019" in three.warnings[0]


def test_dates_an_unusable_value_is_one_warning_naming_the_file() -> None:
    report = Report()
    documents = list(iter_documents([FIXTURES], report))
    assert len(documents) == report.documents and not report.skipped
    bad = [document for document in documents if document.name == "bad_date.md"]
    assert bad and bad[0].date is None
    warning = report.warning()
    assert warning.count("warning:") == 1
    assert "bad_date.md" in warning and "records.jsonl#3" in warning and "yesterday" in warning
    assert len(report.warnings) == 2


def test_dates_stored_as_xsd_date_and_never_raw() -> None:
    dated = make_document("Text.", "a.txt", date="2022-03-12T10:00:00Z")
    assert (DCTERMS.date, Literal("2022-03-12", datatype=XSD.date)) in {
        (p, o) for _, p, o in document_triples(dated, "https://example.org/")
    }
    raw = dated.model_copy(update={"date": "<script>alert(1)</script>"})  # past make_document's check
    assert not [o for _, p, o in document_triples(raw, "https://example.org/") if p == DCTERMS.date]


def test_dates_opening_lines_prefer_a_date_line_to_a_heading() -> None:
    text = "Statement on the talks, 1 June 2020\n\nUpdated: 2020-06-02 10:00 GMT\n\nThe talks went on."
    assert date_in_opening_lines(text) == "2020-06-02"
    assert date_in_opening_lines("In the evening of December 15, 2013, the ministers spoke.\n") is None


def test_dates_bounds_and_within() -> None:
    assert date_bound("2022") == "2022-01-01" and date_bound("2022", end=True) == "2022-12-31"
    assert date_bound("2024-02", end=True) == "2024-02-29"
    with pytest.raises(InputError, match="'2022-13'"):
        date_bound("2022-13")
    assert within("2022-03-12", "2022-01-01", "2022-12-31") and not within(None, "2022-01-01", None)
    assert within(None, None, None)


def test_dates_bad_bound_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text("", encoding="utf-8")
    for command in (["statements"], ["view", "--out", str(tmp_path / "v.html")], ["network"], ["export"]):
        result = CliRunner().invoke(cli, [*command, str(graph), "--since", "12/03/2022"])
        assert result.exit_code == 2 and "'12/03/2022'" in result.output, command
        result = CliRunner().invoke(cli, [*command, str(graph), "--until", "2022-02-30"])
        assert result.exit_code == 2 and "--until" in result.output, command


def test_only_a_line_with_a_four_digit_year_is_read_for_a_date() -> None:
    """Lines without four digits in a row are passed over (no form of date reads without a
    year); a year written in another script's digits still counts, as the forms' \\d reads it."""
    text = "Trade talks resume\nPublished 3 May\nUpdated 14 June 2021\n"
    assert date_in_opening_lines(text) == "2021-06-14"
    assert date_in_opening_lines("Trade talks resume\nPublished 3 May\n") is None
    assert date_in_opening_lines("Published 3 May ٢٠٢١\n") == "2021-05-03"
