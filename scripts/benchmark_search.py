"""Search benchmark: prints figures, asserts nothing.

For the query table in tests/search_queries.py, in headless Chromium on the
built site served on 127.0.0.1: the time from the last keystroke to the
results (median and worst), the search index's size against the size of the
site's text, and the share of queries whose right answer is first, and in the
top 3. Run: .venv/bin/python scripts/benchmark_search.py [--json FILE]
"""
from __future__ import annotations

import argparse
import functools
import gzip
import json
import statistics
import sys
import tempfile
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bs4 import BeautifulSoup  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_ARGS, QuietHandler, build_site  # noqa: E402
from search_box import open_search, rank, results, search  # noqa: E402
from search_queries import QUERIES  # noqa: E402

# Records when the result list last changed, for the latency figure.
WATCH = """() => {
  window.__lastChange = 0;
  new MutationObserver(() => { window.__lastChange = performance.now() })
    .observe(document.querySelector('.md-search-result'), {childList: true, subtree: true, characterData: true});
}"""


def site_text_bytes(site: Path) -> int:
    total = 0
    for page in site.rglob("*.html"):
        body = BeautifulSoup(page.read_text("utf-8"), "html.parser").select_one("article")
        if body:
            total += len(body.get_text(" ", strip=True).encode("utf-8"))
    return total


def measure(site: Path) -> dict:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    from playwright.sync_api import sync_playwright
    latencies, ranks = [], {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(base)
        open_search(page)
        page.evaluate(WATCH)
        search(page, "warm up")
        for query, target in QUERIES:
            search(page, query[:-1])
            page.evaluate("window.__t0 = performance.now()")
            page.keyboard.press(query[-1])  # the last keystroke
            groups = results(page, query)
            latencies.append(page.evaluate("window.__lastChange - window.__t0"))
            ranks[query] = rank(groups, target, base)
        browser.close()
    server.shutdown()
    index = site / "search" / "search_index.json"
    raw = index.read_bytes()
    text = site_text_bytes(site)
    n = len(QUERIES)
    return {
        "queries": n,
        "latency_ms_median": round(statistics.median(latencies), 1),
        "latency_ms_worst": round(max(latencies), 1),
        "index_bytes": len(raw),
        "index_bytes_gzip": len(gzip.compress(raw)),
        "site_text_bytes": text,
        "index_to_text_ratio": round(len(raw) / text, 2),
        "first": round(sum(1 for r in ranks.values() if r == 1) / n, 3),
        "top3": round(sum(1 for r in ranks.values() if r and r <= 3) / n, 3),
        "not_first": {q: r for q, r in ranks.items() if r != 1},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    site = args.site
    if site is None:
        site = Path(tempfile.mkdtemp()) / "site"
        result = build_site(site)
        if result.returncode:
            sys.exit(result.stderr)
    figures = measure(site)
    for key, value in figures.items():
        print(f"{key:24} {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
