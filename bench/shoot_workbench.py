"""The README's picture of the review queue: the seeds in a store, the README's three example
decisions made in the page (a rejection, a correction, an acceptance), then a screenshot of
the reviewed statements, taken by Debian's Chromium through Playwright.

    python bench/shoot_workbench.py            # writes docs/workbench-queue.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from bench_serve import start  # this folder is on sys.path when the script runs

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "workbench-queue.png"
REJECT = ("9fac334202b075c9", "wrong_relation", "expects to agree on the agenda: not support")
CORRECT = ("a1a7a4f55f5b5717", "Russia", "demands", "a written response to its security proposals")
ACCEPT = "5049087a888e59b8"


def review(page: Any, base: str) -> None:
    """The three decisions, made with the queue's buttons, ordered by document."""
    page.goto(f"{base}/queue")
    page.wait_for_selector(".sg-item")
    page.select_option("#sg-order", "document")
    page.wait_for_selector(f'.sg-item[data-statement="{REJECT[0]}"]', state="attached")
    item = page.locator(f'.sg-item[data-statement="{REJECT[0]}"]')
    item.locator("select[name=reason]").select_option(REJECT[1])
    item.locator("input[name=note]").fill(REJECT[2])
    item.locator("button.sg-reject").click()
    page.wait_for_selector(f'.sg-item[data-statement="{REJECT[0]}"]', state="detached")
    item = page.locator(f'.sg-item[data-statement="{CORRECT[0]}"]')
    item.locator("button.sg-correct").click()
    for name, value in zip(("holder", "relation", "target"), CORRECT[1:], strict=True):
        item.locator(f"input[name={name}]").fill(value)
    item.locator("button.sg-save").click()
    page.wait_for_selector(f'.sg-item[data-statement="{CORRECT[0]}"]', state="detached")
    page.locator(f'.sg-item[data-statement="{ACCEPT}"] button.sg-accept').click()
    page.wait_for_selector(f'.sg-item[data-statement="{ACCEPT}"]', state="detached")


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from playwright.sync_api import sync_playwright

    from statgraph.pipeline import build_store

    with tempfile.TemporaryDirectory() as scratch:
        store = Path(scratch) / "statgraph-store"
        build_store([ROOT / "seeds"], store)
        server, base = start(Path(store.name), "--by", "ana", cwd=Path(scratch))
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                                     args=["--headless", "--no-sandbox", "--disable-gpu"])
                page = browser.new_page(viewport={"width": 1200, "height": 860})
                review(page, base)
                page.select_option("#sg-show", "reviewed")
                page.wait_for_function("() => document.querySelectorAll('.sg-item').length === 4")
                page.evaluate("() => window.scrollTo(0, 0)")
                page.screenshot(path=str(OUT))
                browser.close()
        finally:
            server.terminate()
            server.wait()
    print(f"4 reviewed statements -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
