"""The reading figures of issue 20 on a freshly built site (edition_tools.figures):
for every page, the share of its own words in eight-word runs found on five
or more pages, and its hedge phrases per 100 words of its own prose; and the
communiqué's share of the full-text page's words. Prints a table, the worst
first, and the runs most repeated; writes build/reading.json. It measures and
asserts nothing (tests/test_reading_figures.py checks the limits).

Run: .venv/bin/python scripts/benchmark_reading.py [--site DIR]  (DIR: an already built site)
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from edition_tools import figures as F
from edition_tools.build import ROOT, build_site
from edition_tools.html import built_pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="measure this built site instead of building one")
    parser.add_argument("--show", metavar="PAGE", action="append", default=[],
                        help="also print the repeated stretches of PAGE's own words (e.g. commitments/root-causes/index.html)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            result = build_site(site)
            if result.returncode:
                print(result.stderr, file=sys.stderr)
                return 1
        pages = built_pages(site)
        fig = F.measure(pages)
        for page in args.show:
            print(f"{page}: repeated stretches")
            for stretch in F.flagged_runs(pages, page):
                print("  " + stretch)
    print(f"{'page':<52} {'repeated':>9} {'hedges/100':>11}")
    for page in sorted(fig.repeated, key=lambda p: -fig.repeated[p]):
        hedges = f"{fig.hedges[page]:.2f}" if page in fig.hedges else "(aside)"
        print(f"{page:<52} {fig.repeated[page]:>8.0%} {hedges:>11}")
    worst_rep = max(fig.repeated.values(), default=0)
    worst_hedge = max(fig.hedges.values(), default=0)
    print()
    print(f"most repeated page: {worst_rep:.0%} of its own words (limit {F.MAX_REPEATED:.0%})")
    print(f"most hedged page: {worst_hedge:.2f} per 100 words (limit {F.MAX_HEDGES})")
    print(f"the communiqué's share of {F.TEXT_PAGE}: {fig.text_share:.0%} (at least {F.MIN_TEXT_SHARE:.0%})")
    boxed = {p: F.boxed_share(h) for p, h in pages.items() if p.startswith("meetings/") and p != "meetings/index.html"}
    if boxed:
        worst = max(boxed, key=boxed.get)
        print(f"most boxed meeting page: {worst}, {boxed[worst]:.0%} of its words in boxes (limit {F.MAX_BOXED:.0%})")
    if fig.common_runs:
        print("\nruns on the most pages:")
        for run, n in fig.common_runs:
            print(f"  {n:>3} pages: {run}")
    out = ROOT / "build" / "reading.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"repeated": fig.repeated, "hedges": fig.hedges, "text_share": fig.text_share,
                               "limits": {"repeated": F.MAX_REPEATED, "hedges": F.MAX_HEDGES,
                                          "text_share": F.MIN_TEXT_SHARE}}, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
