"""Performance benchmark: prints tables and writes build/benchmark.json.
It measures; it asserts nothing (these machines are shared and noisy, so
compare the ratios measured within one run).

1. Build time of the full site (`mkdocs build`) against, built in the same
   run: (a) the same generated pages as plain Markdown files, no hooks and no
   template overrides (the edition's own overhead: target at most 1.25x),
   and (b) a bare Material site holding the raw communiqué as one page.
   Median of --runs each, and the ratios.
2. Page weight of every page on first load in headless Chromium, every
   response counted (the search worker's too): requests, bytes, gzip bytes.
3. Lighthouse (mobile preset) on every page and on the bare site's page,
   in the same run: four scores, LCP and total blocking time.
4. Search: latency, index size, ranking (scripts/benchmark_search.py, run
   on the same built site).
5. Scale: the same build on records 10×, 100×, 1000× the real one
   (edition_tools.synthetic): build time, peak memory, site size, index
   size, the growth of each against the previous scale, and whether the
   build's time grows linearly (as the number of pages, within 25%).

The project's own code is byte-compiled first, as pip compiles every
installed package (the plain build's code): where PYTHONDONTWRITEBYTECODE
is set, each build would otherwise compile the edition's modules from
source again, a cost no installed site pays. Python checks each compiled
file against its source, so a stale one is never run.

Every build's peak memory (the largest resident set of the build's
process) is measured with its time.

Run: .venv/bin/python scripts/benchmark.py [--runs 5] [--scales 10 100 1000]
     [--lighthouse N]  (N pages; 0 to skip; default: all)  [--no-search]
     [--no-browser]  (neither page weight nor Lighthouse: no Chromium)
     [--lighthouse-pages '' text/ data/] [--lighthouse-runs 3]
Lighthouse alone, on three pages, beside the bare site:
     scripts/benchmark.py --runs 1 --scales --no-search --lighthouse-pages '' text/ data/ --lighthouse-runs 3
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from edition_tools.browser import CHROMIUM, CHROMIUM_ARGS, first_load, launch
from edition_tools.build import ROOT, mkdocs_env
from edition import pdf
from edition_tools.server import serve
from edition_tools.synthetic import generate

LIGHTHOUSE = ROOT / "scripts" / "lighthouse"


@dataclass(frozen=True)
class Run:
    """One build: its wall-clock time and its process's peak memory."""
    seconds: float
    peak_mb: float


def byte_compile() -> None:
    """The project's own Python code compiled to bytecode (__pycache__/)."""
    for folder in ("edition", "hooks", "edition_tools"):
        compileall.compile_dir(ROOT / folder, quiet=1)


def build(config: Path, dest: Path, strict: bool = True, **env: str) -> Run:
    """`mkdocs build` of `config` into `dest`, timed, with its peak memory
    (the build's own process's largest resident set, from wait4); `env`
    added to the build's environment."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(dest)]
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command + (["--strict"] if strict else []), env=mkdocs_env() | env, cwd=config.parent,
                                   stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            errors.seek(0)
            raise subprocess.CalledProcessError(process.returncode, command, stderr=errors.read().decode())
    return Run(seconds, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def bare_site(folder: Path) -> Path:
    """A bare Material site: the raw communiqué as one page."""
    (folder / "docs").mkdir(parents=True)
    text = (ROOT / "data" / "communique.txt").read_text("utf-8")
    title, body = text.split("\n", 1)
    (folder / "docs" / "index.md").write_text(f"# {title}\n\n{body}", "utf-8")
    (folder / "mkdocs.yml").write_text("site_name: Bare\ntheme:\n  name: material\n  font: false\n", "utf-8")
    return folder / "mkdocs.yml"


def generated_markdown(project: Path, site_url: str) -> dict[str, str]:
    """The edition's generated pages as Markdown, {path in docs: text}: the
    one place that calls the page code, so that it is easy to follow when
    that entry point changes."""
    from edition import pages
    from edition.record import load
    return pages.derived_pages(load(project / "data"), site_url)


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as data, its !ENV tags read as their default."""


_Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1]
                        if isinstance(node, yaml.SequenceNode) else None)


def plain_site(folder: Path, project: Path = ROOT) -> Path:
    """The same site with none of the edition's code at build time: the
    hand-written docs/ and the generated pages written out as Markdown files,
    built by Material with the same theme settings, Markdown extensions,
    plugins and navigation, but no hooks and no template overrides. (The
    data files the hooks publish are missing, so it builds without --strict.)"""
    config = yaml.load((project / "mkdocs.yml").read_text("utf-8"), Loader=_Loader)
    docs = folder / "docs"
    shutil.copytree(project / config.get("docs_dir", "docs"), docs)
    for path, markdown in generated_markdown(project, config.get("site_url") or "/").items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(markdown, "utf-8")
    config.pop("hooks", None)
    config["theme"].pop("custom_dir", None)
    config.pop("nav", None)  # MkDocs lists every page, as the edition's expanded navigation does
    config["docs_dir"] = str(docs)
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return folder / "mkdocs.yml"


def hook_times(work: Path) -> dict[str, float]:
    """Where the edition's own time goes: one build under cProfile, the
    cumulative seconds of each hook's event function (profiling slows it)."""
    import pstats
    profile = work / "build.prof"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "mkdocs", "build", "-q",
                    "-d", str(work / "profiled-site")], check=True, env=mkdocs_env(), capture_output=True, cwd=ROOT)
    stats = pstats.Stats(str(profile)).stats
    hooks = str(ROOT / "hooks")
    times = {f"{Path(file).stem}.{name}": round(total, 3)
             for (file, _, name), (_, _, _, total, _) in stats.items()
             if file.startswith(hooks) and name.startswith("on_") and total >= 0.005}
    times["whole build (profiled)"] = round(max(total for (_, _, _, total, _) in stats.values()), 3)
    return dict(sorted(times.items(), key=lambda kv: -kv[1]))


def build_times(runs: int, work: Path) -> dict:
    bare = bare_site(work / "bare")
    plain = plain_site(work / "plain")
    full, no_pdf, generated, one_page = [], [], [], []
    for _ in range(runs):  # alternate, so that all four see the same machine
        full.append(build(ROOT / "mkdocs.yml", work / "full-site"))
        # Like for like: the plain build makes the same pages, and no PDF.
        no_pdf.append(build(ROOT / "mkdocs.yml", work / "no-pdf-site", **{pdf.ENV: "0"}))
        generated.append(build(plain, work / "plain-site", strict=False))
        one_page.append(build(bare, work / "bare-site"))
    f, n, p, b = (statistics.median(r.seconds for r in x) for x in (full, no_pdf, generated, one_page))
    pages = lambda site: sum(1 for _ in site.rglob("*.html"))  # noqa: E731
    return {"runs": runs, "full_s": round(f, 2), "no_pdf_s": round(n, 2), "pdf_s": round(f - n, 2),
            "plain_s": round(p, 2), "bare_s": round(b, 2),
            "overhead": round(n / p, 2), "overhead_with_pdf": round(f / p, 2), "ratio_to_bare": round(f / b, 2),
            "full_peak_mb": round(max(r.peak_mb for r in full)), "plain_peak_mb": round(max(r.peak_mb for r in generated)),
            "pages": {"full": pages(work / "full-site"), "plain": pages(work / "plain-site"),
                      "bare": pages(work / "bare-site")},
            "full_all_s": [round(x.seconds, 2) for x in full], "plain_all_s": [round(x.seconds, 2) for x in generated],
            "bare_all_s": [round(x.seconds, 2) for x in one_page]}


def pages_of(site: Path) -> list[str]:
    return sorted("" if p.parent == site else p.parent.relative_to(site).as_posix() + "/"
                  for p in site.rglob("index.html"))


def page_weights(site: Path, base: str) -> list[dict]:
    from playwright.sync_api import sync_playwright
    out = []
    with sync_playwright() as p:
        browser = launch(p)
        for address in pages_of(site):
            out.append({"page": "/" + address, **first_load(browser, base + address)})
        browser.close()
    return out


def lighthouse_once(cli: Path, address: str) -> dict:
    """One Lighthouse run (mobile preset, its default) on one address."""
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    result = subprocess.run(
        ["node", str(cli), address, "--output=json", "--output-path=stdout", "--quiet",
         f"--chrome-flags={flags}", "--only-categories=performance,accessibility,best-practices,seo"],
        capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return {"error": result.stderr.strip().splitlines()[-1:]}
    scores = {k: round(v["score"] * 100) if v["score"] is not None else None
              for k, v in report["categories"].items()}
    failing = sorted(a for a, v in report["audits"].items()
                     if v.get("score") is not None and v["score"] < 0.9 and v.get("scoreDisplayMode") in ("binary", "numeric"))
    return {**scores, "lcp_ms": round(report["audits"]["largest-contentful-paint"]["numericValue"]),
            "tbt_ms": round(report["audits"]["total-blocking-time"]["numericValue"]),
            # Lighthouse's measure of the machine's speed during the run: a low
            # figure means a busy machine, and every score of that run lower.
            "benchmark_index": round(report.get("environment", {}).get("benchmarkIndex", 0)),
            "below_0.9": failing}


def lighthouse(pages: list[tuple[str, str]], runs: int = 1) -> list[dict]:
    """Lighthouse on each (label, address), `runs` times, the rounds
    interleaved (every page, the bare site's among them, sees the same
    machine); each row is the run of median performance, with every run's
    performance beside it."""
    cli = LIGHTHOUSE / "node_modules" / "lighthouse" / "cli" / "index.js"
    if not cli.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=LIGHTHOUSE, check=True)
    results: dict[str, list[dict]] = {label: [] for label, _ in pages}
    for _ in range(runs):
        for label, address in pages:
            results[label].append(lighthouse_once(cli, address))
    out = []
    for label, reports in results.items():
        good = sorted((r for r in reports if "error" not in r), key=lambda r: r["performance"])
        if not good:
            out.append({"page": label, **reports[-1]})
            continue
        row = {"page": label, **good[(len(good) - 1) // 2]}
        if runs > 1:
            row["performance_runs"] = [r.get("performance") for r in reports]
        out.append(row)
    return out


def search_figures(site: Path, out: Path) -> dict:
    """scripts/benchmark_search.py on the built site, through its command line."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "benchmark_search.py"), "--site", str(site),
                             "--json", str(out)], capture_output=True, text=True, env=mkdocs_env())
    if result.returncode:
        return {"error": result.stderr.strip().splitlines()[-1:]}
    return json.loads(out.read_text("utf-8"))


# Linear: from one scale to the next, the build's time grows at most this
# much faster than its number of pages (the margin is the machine's noise).
LINEAR_WITHIN = 1.25


def scale(scales: list[int], work: Path) -> list[dict]:
    out = []
    for n in scales:
        project = generate(n, work / f"x{n}")
        run = build(project / "mkdocs.yml", project / "site")
        site = project / "site"
        size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
        index_file = site / "search" / "search_index.json"
        index = index_file.stat().st_size if index_file.exists() else 0
        pages = sum(1 for _ in site.rglob("*.html"))
        out.append({"scale": n, "pages": pages, "build_s": round(run.seconds, 1),
                    "ms_per_page": round(1000 * run.seconds / pages, 1), "peak_mb": round(run.peak_mb),
                    "site_mb": round(size / 1e6, 1), "search_index_mb": round(index / 1e6, 2)})
        shutil.rmtree(project)
    for a, b in zip(out, out[1:]):
        pages, seconds = b["pages"] / a["pages"], b["build_s"] / a["build_s"]
        b["growth_vs_previous"] = {"size_factor": b["scale"] / a["scale"], "pages": round(pages, 1),
                                   "build": round(seconds, 1), "peak_memory": round(b["peak_mb"] / a["peak_mb"], 1),
                                   "search_index": round(b["search_index_mb"] / a["search_index_mb"], 1) if a["search_index_mb"] else None}
        b["linear"] = "yes" if seconds <= pages * LINEAR_WITHIN else f"no: time x{seconds:.1f} for pages x{pages:.1f}"
    return out


def table(rows: list[dict], keys: list[str]) -> str:
    widths = {k: max(len(k), *(len(str(r.get(k, ""))) for r in rows)) for k in keys}
    lines = ["  ".join(k.ljust(widths[k]) for k in keys)]
    lines += ["  ".join(str(r.get(k, "")).ljust(widths[k]) for k in keys) for r in rows]
    return "\n".join(lines)


def browser_figures(figures: dict, site: Path, work: Path, args, parser) -> None:
    """2. page weight and 3. Lighthouse, in Chromium, on the built site
    (and the bare Material site's page, first, in the same run)."""
    with serve(site, production=True) as server:
        figures["page_weight"] = page_weights(site, server.url)
        print("\n2. Page weight on first load (all responses)")
        print(table(figures["page_weight"], ["page", "requests", "bytes", "gzip_bytes"]))
        worst = max(figures["page_weight"], key=lambda r: r["gzip_bytes"])
        print(f"   heaviest: {worst['page']} {worst['gzip_bytes'] / 1024:.1f} KB gzip, "
              f"most requests: {max(r['requests'] for r in figures['page_weight'])}")
        if args.lighthouse == 0:
            return
        addresses = pages_of(site)[:args.lighthouse] if args.lighthouse_pages is None else args.lighthouse_pages
        missing = [a for a in addresses if a not in pages_of(site)]
        if missing:
            parser.error(f"no such page in the built site: {missing}")
        with serve(work / "bare-site", production=True) as bare:
            figures["lighthouse"] = lighthouse([("bare site: /", bare.url)]
                                               + [("/" + a, server.url + a) for a in addresses],
                                               args.lighthouse_runs)
        print(f"\n3. Lighthouse, mobile preset ({args.lighthouse_runs} run(s) of each page, the median's row)")
        print(table(figures["lighthouse"], ["page", "performance", "accessibility", "best-practices", "seo", "lcp_ms",
                                            "tbt_ms", "benchmark_index", "below_0.9"]
                    + (["performance_runs"] if args.lighthouse_runs > 1 else [])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scales", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--lighthouse", type=int, default=None, help="pages to audit (0: none; default: all)")
    parser.add_argument("--lighthouse-pages", nargs="*", metavar="PAGE", default=None,
                        help="audit only these pages, as addresses under the site ('' the home page, 'data/')")
    parser.add_argument("--lighthouse-runs", type=int, default=1,
                        help="Lighthouse runs of each page (the row is the median run's)")
    parser.add_argument("--no-search", dest="search", action="store_false", help="skip the search benchmark")
    parser.add_argument("--no-browser", dest="browser", action="store_false",
                        help="skip page weight and Lighthouse (no Chromium)")
    parser.add_argument("--json", type=Path, default=ROOT / "build" / "benchmark.json")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    figures: dict = {}

    byte_compile()
    figures["build"] = build_times(args.runs, work)
    print("\n1. Build time, median of {runs} runs: the edition {full_s} s ({pages[full]} pages), of which its PDF "
          "{pdf_s} s; the same pages as plain Markdown, no hooks {plain_s} s; a bare one-page site {bare_s} s "
          "({pages[bare]} page)\n"
          "   the edition's own overhead, without its PDF (which the plain build does not make): {overhead}x the "
          "plain build (target <= 1.25); with it {overhead_with_pdf}x; "
          "{ratio_to_bare}x the bare one-page site\n"
          "   peak memory: the edition {full_peak_mb} MB, the plain build {plain_peak_mb} MB".format(**figures["build"]))
    figures["build"]["hooks_s"] = hook_times(work)
    print("   the hooks' share, one build under cProfile (seconds):")
    for name, seconds in figures["build"]["hooks_s"].items():
        print(f"     {name:40} {seconds}")

    site = work / "full-site"
    if args.browser:
        browser_figures(figures, site, work, args, parser)

    if args.search:
        figures["search"] = search_figures(site, work / "search.json")
        print("\n4. Search (scripts/benchmark_search.py)")
        for key, value in figures["search"].items():
            print(f"   {key:24} {value}")

    if args.scales:
        figures["scale"] = scale(args.scales, work)
        print("\n5. Scale")
        print(table(figures["scale"], ["scale", "pages", "build_s", "ms_per_page", "peak_mb", "site_mb",
                                        "search_index_mb", "growth_vs_previous", "linear"]))

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    print(f"\nfigures written to {args.json}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
