"""The workbench in real headless Chromium: review in the queue, reload, rebuild, and the
decisions still apply; the pages stay inert to hostile text and make no outside request."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from statgraph.cli import cli
from statgraph.pipeline import build_store
from statgraph.settings import Settings

from test_serve import running_server

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.model]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOT = os.environ.get("STATGRAPH_SCREENSHOT")  # set to write the README's picture of the queue


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def _statements(store: Path) -> list[dict]:
    out = CliRunner().invoke(cli, ["statements", "--store", str(store), "--format", "jsonl", "--include-rejected"],
                             catch_exceptions=False)
    assert out.exit_code == 0, out.output
    return [json.loads(line) for line in out.output.splitlines()]


def _review_in_page(page: Any, base: str, sure: set[str]) -> tuple[str, str]:
    """Reject the first statement of the queue among `sure` and correct the second; their ids."""
    page.goto(f"{base}/queue")
    page.wait_for_selector(".sg-item")
    shown = page.locator(".sg-item").evaluate_all("(items) => items.map((i) => i.dataset.statement)")
    rejected, corrected = [s for s in shown if s in sure][:2]
    page.fill("#sg-reviewer", "ana")
    page.dispatch_event("#sg-reviewer", "change")
    first = page.locator(f'.sg-item[data-statement="{rejected}"]')
    first.locator("select[name=reason]").select_option("wrong_target")
    first.locator("button.sg-reject").click()
    page.wait_for_selector(f'.sg-item[data-statement="{rejected}"]', state="detached")
    second = page.locator(f'.sg-item[data-statement="{corrected}"]')
    second.locator("input[name=note]").fill("the target is NATO's enlargement")
    second.locator("button.sg-correct").click()
    second.locator("input[name=relation]").fill("opposes")
    second.locator("input[name=target]").fill("NATO expansion")
    second.locator("button.sg-save").click()
    page.wait_for_selector(f'.sg-item[data-statement="{corrected}"]', state="detached")
    return str(rejected), str(corrected)


def test_serve_browser_review_survives_reload_and_rebuild(
    browser: Any, seed_store_path: Path, seeds_dir: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    shutil.copytree(seed_store_path, store)
    changed_name = sorted(seeds_dir.glob("*.txt"))[-1].name
    # statements of the document the rebuild replaces, sure enough to stay above the judge's
    # floor when a sentence is added to it (the queue shows the least confident first)
    sure = {r["id"] for r in _statements(store) if r["doc"] == changed_name and r["confidence"] >= 0.8}
    outside: list[str] = []
    with running_server(store) as base:
        page = browser.new_page()
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base) else None)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        rejected, corrected = _review_in_page(page, base, sure)
        page.reload()
        page.wait_for_selector(".sg-item")
        shown = page.locator(".sg-item").evaluate_all("(items) => items.map((i) => i.dataset.statement)")
        assert rejected not in shown and corrected not in shown
        page.select_option("#sg-show", "reviewed")
        page.wait_for_selector(f'.sg-item[data-statement="{rejected}"] .sg-rejected')
        reviews = page.locator(".sg-review").all_text_contents()
        assert "rejected (wrong target)" in reviews and "corrected" in reviews and "replaced" in reviews
        if SCREENSHOT:
            page.select_option("#sg-show", "all")
            page.wait_for_function("() => document.querySelectorAll('.sg-item').length > 3")
            page.set_viewport_size({"width": 1200, "height": 900})
            page.screenshot(path=SCREENSHOT)
        assert errors == [] and outside == []
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    changed = corpus / changed_name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nNATO warns Russia, Jens Stoltenberg said.\n",
                       encoding="utf-8")
    result = build_store([corpus], store)
    assert (result.report.unchanged, result.report.replaced) == (4, 1)
    records = _statements(store)
    by_id = {r["id"]: r["review"] for r in records}
    assert by_id[rejected] == "rejected" and by_id[corrected] == "replaced"
    fixed = [r for r in records if r["review"] == "corrected"]
    assert fixed and all(r["relation"] == "opposes" and r["target"] == "NATO expansion" for r in fixed)
    default = CliRunner().invoke(cli, ["statements", "--store", str(store), "--format", "jsonl"]).output
    assert rejected not in default and corrected not in default


def test_serve_browser_hostile_text_stays_text(browser: Any, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    pwn = "window.__pwned=1"
    (docs / "hostile.txt").write_text(
        f'Russia opposes NATO expansion <img src=x onerror="{pwn}"></script><script>{pwn}</script>, '
        "Sergey Lavrov said.\n", encoding="utf-8")
    store = tmp_path / "store"
    build_store([docs], store, Settings(min_confidence=0.0))
    with running_server(store) as base:
        page = browser.new_page()
        page.goto(f"{base}/queue")
        page.wait_for_selector(".sg-passage")
        assert "<img" in page.locator(".sg-passage").first.text_content()
        assert page.evaluate("() => window.__pwned") is None
        assert page.locator(".sg-passage img").count() == 0


def test_serve_browser_query_page_runs_a_saved_query(browser: Any, seed_store_path: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(seed_store_path, store)
    with running_server(store) as base:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{base}/query")
        page.wait_for_selector("#sg-saved option[value=stances]", state="attached")
        page.select_option("#sg-saved", "stances")
        page.click("#sg-run")
        page.wait_for_selector("#sg-results tbody tr")
        headers = page.locator("#sg-results th").all_text_contents()
        assert headers == ["target_label", "relation", "holder", "passages"]
        assert page.locator("#sg-results tbody tr").count() > 10
        href = page.get_attribute("#sg-csv", "href")
        csv = page.evaluate("async (url) => (await fetch(url)).text()", href)
        assert csv.startswith("target_label,relation,holder,passages\r\n")
        page.fill("#sg-sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        page.click("#sg-run")
        page.wait_for_selector("#sg-error:not([hidden])")
        assert "read-only" in page.text_content("#sg-error")
        page.goto(f"{base}/view")
        page.wait_for_function("() => window.statgraph && window.statgraph.network")
        assert errors == []
