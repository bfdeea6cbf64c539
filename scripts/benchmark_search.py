"""Search benchmark: prints figures, asserts nothing.

In headless Chromium, on the built site and on a bare Material site (the
raw communiqué as one page, built in the same run), each served on
127.0.0.1:

- ranking, for the query table in edition_tools/search_queries.py: the share of
  queries whose right answer is first, and in the top 3, in all and for
  each kind of query (ours only); and the share of quoted queries whose
  every result holds the phrase;
- latency: from the last keystroke to the results (median and worst over
  the table), and, on a fresh page, from opening search to the first
  results and from the index's arrival to them (search loads on opening);
- the index: its size, gzip size, against the size of the site's text;
- first load of every page: requests and bytes (gzip), before any search,
  and how many pages request the index (or the edition's search engine)
  before search opens: none should; a bare Material site loads its index
  with every page.

Run: .venv/bin/python scripts/benchmark_search.py [--site DIR] [--json FILE]
"""
from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import platform
import re
import statistics
import sys
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup

from edition_tools.browser import CHROMIUM, CHROMIUM_ARGS, first_load
from edition_tools.build import ROOT, build_site
from edition_tools.search_box import open_search, rank, results, search, type_last, watch
from edition_tools.search_queries import KIND_OF, QUERIES, QUOTED_QUERIES, holds, phrase_of
from edition_tools.server import serve

# What search loads: the index, and the edition's search engine (hooks/search_folding.py).
SEARCH_FILES = re.compile(r"/search/search_index\.json$|/workers/search\.[^/]*\.engine\.js$")

# Records when the result list last changed, for the latency figures.
LAST_CHANGE = """() => {
  window.__lastChange = 0;
  new MutationObserver(() => { window.__lastChange = performance.now() })
    .observe(document.querySelector('.md-search-result'), {childList: true, subtree: true, characterData: true});
}"""

# Each result that shows its text: its text (as tests/test_search.py reads it).
SHOWN = """() => [...document.querySelectorAll('.md-search-result__item a[href]')]
  .filter(a => [...a.querySelector('article').childNodes].some(n => n.nodeType === 3 ? n.textContent.trim() : !n.matches('.md-search-result__icon, h1, h2, nav.md-tags')))
  .map(a => [...a.querySelector('article').childNodes].map(n => n.textContent).join(' '))"""

INDEX_ARRIVED = """() => {
  const entry = performance.getEntriesByType('resource').find(e => e.name.includes('/search/search_index.json'));
  return entry ? entry.responseEnd : null;
}"""


def bare_site(folder: Path) -> Path:
    """A bare Material site: the raw communiqué as one page."""
    (folder / "docs").mkdir(parents=True)
    title, body = (ROOT / "data" / "communique.txt").read_text("utf-8").split("\n", 1)
    (folder / "docs" / "index.md").write_text(f"# {title}\n\n{body}", "utf-8")
    (folder / "mkdocs.yml").write_text("site_name: Bare\ntheme:\n  name: material\n  font: false\n", "utf-8")
    return folder / "mkdocs.yml"


def site_text_bytes(site: Path) -> int:
    total = 0
    for page in site.rglob("*.html"):
        body = BeautifulSoup(page.read_text("utf-8"), "html.parser").select_one("article")
        if body:
            total += len(body.get_text(" ", strip=True).encode("utf-8"))
    return total


def addresses(site: Path) -> list[str]:
    return sorted("" if p.parent == site else p.parent.relative_to(site).as_posix() + "/"
                  for p in site.rglob("index.html"))


def first_loads(browser, site: Path, base: str) -> list[dict]:
    """Every page opened in a fresh context, as a first visit: what it loads before any search."""
    return [{"page": "/" + address, **first_load(browser, base + address, settle_ms=200)} for address in addresses(site)]


def cold_start(browser, base: str, query: str) -> dict:
    """A fresh page: open search, type a query; when do the first results show?"""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(base)
    page.wait_for_load_state("networkidle")
    page.evaluate(LAST_CHANGE)
    opened = page.evaluate("() => performance.now()")
    open_search(page)
    search(page, query)
    shown = page.evaluate("() => window.__lastChange")
    arrived = page.evaluate(INDEX_ARRIVED)
    context.close()
    return {"open_to_results_ms": round(shown - opened, 1),
            "index_to_results_ms": round(shown - max(arrived, opened), 1) if arrived else None,
            "index_loaded_after_opening": arrived is not None}


def typing(browser, base: str, ranked: bool) -> dict:
    """The query table typed in one page: latency after the last keystroke, and ranks."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    watch(context)
    page = context.new_page()
    page.goto(base)
    open_search(page)
    search(page, "warm up")
    page.evaluate(LAST_CHANGE)
    latencies, ranks, whole = [], {}, {}
    for query, target in QUERIES:
        search(page, query[:-1])
        page.evaluate("window.__t0 = performance.now()")
        type_last(page.locator("input.md-search__input"), query[-1])  # the last keystroke
        groups = results(page, query)
        latencies.append(max(0.0, page.evaluate("window.__lastChange - window.__t0")))
        if ranked:
            ranks[query] = rank(groups, target, base)
        if query in QUOTED_QUERIES:
            shown = page.evaluate(SHOWN)
            whole[query] = bool(shown) and all(holds(text, phrase_of(query)) for text in shown)
    context.close()
    out = {"latency_ms_median": round(statistics.median(latencies), 1), "latency_ms_worst": round(max(latencies), 1),
           "quoted_all_hold": round(sum(whole.values()) / len(whole), 3) if whole else None}
    if ranked:
        out |= rates(ranks) | {"not_first": {q: r for q, r in ranks.items() if r != 1},
                               "by_kind": {kind: rates({q: r for q, r in ranks.items() if KIND_OF[q] == kind})
                                           for kind in dict.fromkeys(KIND_OF.values())}}
    return out


def rates(ranks: dict) -> dict:
    n = len(ranks)
    return {"queries": n, "first": round(sum(1 for r in ranks.values() if r == 1) / n, 3),
            "top3": round(sum(1 for r in ranks.values() if r and r <= 3) / n, 3)}


def measure(site: Path, ranked: bool) -> dict:
    from playwright.sync_api import sync_playwright
    server = serve(site)
    base = server.url
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        loads = first_loads(browser, site, base)
        figures = typing(browser, base, ranked) | cold_start(browser, base, QUERIES[0][0])
        browser.close()
    server.shutdown()
    raw = (site / "search" / "search_index.json").read_bytes()
    text = site_text_bytes(site)
    return figures | {
        "index_bytes": len(raw), "index_bytes_gzip": len(gzip.compress(raw)),
        "site_text_bytes": text, "index_to_text_ratio": round(len(raw) / text, 2),
        "pages": len(loads),
        "first_load_gzip_kb_max": round(max(r["gzip_bytes"] for r in loads) / 1024, 1),
        "first_load_gzip_kb_median": round(statistics.median(r["gzip_bytes"] for r in loads) / 1024, 1),
        "first_load_requests_max": max(r["requests"] for r in loads),
        "pages_loading_search_before_opening": sum(1 for r in loads if any(SEARCH_FILES.search(u) for u in r["urls"])),
        "first_load": [{k: v for k, v in r.items() if k != "urls"} for r in loads],
    }


def machine() -> str:
    """The machine the figures were taken on: processor, cores, system."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").is_file() else platform.processor()
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    site = args.site
    if site is None:
        site = work / "site"
        result = build_site(site)
        if result.returncode:
            sys.exit(result.stderr)
    bare = work / "bare-site"
    result = build_site(bare, config=bare_site(work / "bare"))
    if result.returncode:
        sys.exit(result.stderr)
    figures = {"queries": len(QUERIES), "edition": measure(site, ranked=True), "bare": measure(bare, ranked=False)}
    ours, theirs = figures["edition"], figures["bare"]
    ratio = ours["latency_ms_median"] / theirs["latency_ms_median"] if theirs["latency_ms_median"] else None
    figures["latency_ratio"] = ratio and round(ratio, 2)
    figures["run"] = {"date": datetime.date.today().isoformat(), "machine": machine()}
    print(f"search benchmark, {figures['run']['date']}, {figures['run']['machine']}")
    print(f"{'':36} {'edition':>12} {'bare Material':>14}")
    for key in ["first", "top3", "quoted_all_hold", "latency_ms_median", "latency_ms_worst", "open_to_results_ms", "index_to_results_ms",
                "index_bytes", "index_bytes_gzip", "index_to_text_ratio", "pages", "first_load_gzip_kb_max",
                "first_load_gzip_kb_median", "first_load_requests_max", "pages_loading_search_before_opening",
                "index_loaded_after_opening"]:
        print(f"{key:36} {str(ours.get(key, '')):>12} {str(theirs.get(key, '')):>14}")
    print(f"{'latency, edition / bare (target < 2)':36} {figures['latency_ratio']!s:>12}")
    print(f"\n{'kind of query':28} {'queries':>8} {'first':>8} {'top 3':>8}")
    for kind, row in ours["by_kind"].items():
        print(f"{kind:28} {row['queries']:>8} {row['first']:>8} {row['top3']:>8}")
    print(f"\nqueries: {figures['queries']}; not first: {ours['not_first']}")
    print("\nfirst load, page by page (requests, KB gzip):")
    for row in ours["first_load"]:
        print(f"  {row['page']:50} {row['requests']:3} {row['gzip_bytes'] / 1024:7.1f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
