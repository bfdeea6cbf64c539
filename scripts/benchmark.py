"""Performance benchmark: prints tables and writes build/benchmark.json.
It measures; it asserts nothing (these machines are shared and noisy, so
compare the ratios measured within one run).

1. Build time of the full site against a bare Material site holding the raw
   communiqué as one page: median of --runs each, and the ratio.
2. Page weight of every page on first load in headless Chromium, every
   response counted (the search worker's too): requests, bytes, gzip bytes.
3. Lighthouse (mobile preset) on every page: four scores and LCP.
4. Search: latency, index size, ranking (scripts/benchmark_search.py).
5. Scale: the same build on records 10×, 100×, 1000× the real one
   (scripts/generate_record.py): build time, site size, index size.

Run: .venv/bin/python scripts/benchmark.py [--runs 5] [--scales 10 100 1000]
     [--lighthouse N]  (N pages; 0 to skip; default: all)
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import benchmark_search  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from generate_record import generate  # noqa: E402
from static_server import serve  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "OFFLINE": "false"}
LIGHTHOUSE = ROOT / "scripts" / "lighthouse"


def build(config: Path, dest: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-f", str(config), "-d", str(dest)],
                   check=True, env=ENV, capture_output=True)
    return time.perf_counter() - start


def bare_site(folder: Path) -> Path:
    """A bare Material site: the raw communiqué as one page."""
    (folder / "docs").mkdir(parents=True)
    text = (ROOT / "data" / "communique.txt").read_text("utf-8")
    title, body = text.split("\n", 1)
    (folder / "docs" / "index.md").write_text(f"# {title}\n\n{body}", "utf-8")
    (folder / "mkdocs.yml").write_text("site_name: Bare\ntheme:\n  name: material\n  font: false\n", "utf-8")
    return folder / "mkdocs.yml"


def build_times(runs: int, work: Path) -> dict:
    bare = bare_site(work / "bare")
    full, plain = [], []
    for _ in range(runs):  # alternate, so that both see the same machine
        full.append(build(ROOT / "mkdocs.yml", work / "full-site"))
        plain.append(build(bare, work / "bare-site"))
    f, b = statistics.median(full), statistics.median(plain)
    return {"runs": runs, "full_s": round(f, 2), "bare_s": round(b, 2), "ratio": round(f / b, 2),
            "full_all_s": [round(x, 2) for x in full], "bare_all_s": [round(x, 2) for x in plain]}


def pages_of(site: Path) -> list[str]:
    return sorted("" if p.parent == site else p.parent.relative_to(site).as_posix() + "/"
                  for p in site.rglob("index.html"))


def page_weights(site: Path, base: str) -> list[dict]:
    from playwright.sync_api import sync_playwright
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for address in pages_of(site):
            context = browser.new_context()
            page = context.new_page()
            responses = []
            page.on("requestfinished", lambda r: responses.append(r))
            page.goto(base + address)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            bodies = [r.response().body() for r in responses if r.response()]
            out.append({"page": "/" + address, "requests": len(responses),
                        "bytes": sum(len(b) for b in bodies),
                        "gzip_bytes": sum(len(gzip.compress(b)) for b in bodies)})
            context.close()
        browser.close()
    return out


def lighthouse(site: Path, base: str, limit: int | None) -> list[dict]:
    cli = LIGHTHOUSE / "node_modules" / "lighthouse" / "cli" / "index.js"
    if not cli.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=LIGHTHOUSE, check=True)
    out = []
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    for address in pages_of(site)[:limit]:
        result = subprocess.run(
            ["node", str(cli), base + address, "--output=json", "--output-path=stdout", "--quiet",
             f"--chrome-flags={flags}", "--only-categories=performance,accessibility,best-practices,seo"],
            capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
        try:
            report = json.loads(result.stdout)
        except json.JSONDecodeError:
            out.append({"page": "/" + address, "error": result.stderr.strip().splitlines()[-1:]})
            continue
        scores = {k: round(v["score"] * 100) if v["score"] is not None else None
                  for k, v in report["categories"].items()}
        failing = sorted(a for a, v in report["audits"].items()
                         if v.get("score") is not None and v["score"] < 0.9 and v.get("scoreDisplayMode") in ("binary", "numeric"))
        out.append({"page": "/" + address, **scores,
                    "lcp_ms": round(report["audits"]["largest-contentful-paint"]["numericValue"]),
                    "below_0.9": failing})
    return out


def scale(scales: list[int], work: Path) -> list[dict]:
    out = []
    for n in scales:
        project = generate(n, work / f"x{n}")
        seconds = build(project / "mkdocs.yml", project / "site")
        site = project / "site"
        size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
        index = (site / "search" / "search_index.json").stat().st_size
        out.append({"scale": n, "pages": sum(1 for _ in site.rglob("*.html")), "build_s": round(seconds, 1),
                    "site_mb": round(size / 1e6, 1), "search_index_mb": round(index / 1e6, 2)})
        shutil.rmtree(project)
    for a, b in zip(out, out[1:]):
        k = b["scale"] / a["scale"]
        b["growth_vs_previous"] = {"size_factor": k, "build": round(b["build_s"] / a["build_s"], 1),
                                   "search_index": round(b["search_index_mb"] / a["search_index_mb"], 1)}
    return out


def table(rows: list[dict], keys: list[str]) -> str:
    widths = {k: max(len(k), *(len(str(r.get(k, ""))) for r in rows)) for k in keys}
    lines = ["  ".join(k.ljust(widths[k]) for k in keys)]
    lines += ["  ".join(str(r.get(k, "")).ljust(widths[k]) for k in keys) for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scales", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--lighthouse", type=int, default=None, help="pages to audit (0: none; default: all)")
    parser.add_argument("--json", type=Path, default=ROOT / "build" / "benchmark.json")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    figures: dict = {}

    figures["build"] = build_times(args.runs, work)
    print("\n1. Build time (median of {runs}): full {full_s} s, bare {bare_s} s, ratio {ratio}".format(**figures["build"]))

    site = work / "full-site"
    base, server = serve(site)
    figures["page_weight"] = page_weights(site, base)
    print("\n2. Page weight on first load (all responses)")
    print(table(figures["page_weight"], ["page", "requests", "bytes", "gzip_bytes"]))
    worst = max(figures["page_weight"], key=lambda r: r["gzip_bytes"])
    print(f"   heaviest: {worst['page']} {worst['gzip_bytes'] / 1024:.1f} KB gzip, "
          f"most requests: {max(r['requests'] for r in figures['page_weight'])}")

    if args.lighthouse != 0:
        figures["lighthouse"] = lighthouse(site, base, args.lighthouse)
        print("\n3. Lighthouse, mobile preset")
        print(table(figures["lighthouse"], ["page", "performance", "accessibility", "best-practices", "seo", "lcp_ms", "below_0.9"]))
    server.shutdown()

    figures["search"] = benchmark_search.measure(site)
    print("\n4. Search")
    for key, value in figures["search"].items():
        print(f"   {key:24} {value}")

    if args.scales:
        figures["scale"] = scale(args.scales, work)
        print("\n5. Scale")
        print(table(figures["scale"], ["scale", "pages", "build_s", "site_mb", "search_index_mb", "growth_vs_previous"]))

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    print(f"\nfigures written to {args.json}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
