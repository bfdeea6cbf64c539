"""Write data/published-addresses.txt: every address this edition publishes
(each page, and each linkable part of it: headings, paragraphs, sentences).

Run it after adding pages or parts, and commit the result. The test
tests/test_addresses.py fails when a published address disappears, so a
page that moves must keep its old address through a redirect
(`redirects` in mkdocs.yml).  Run: .venv/bin/python scripts/update_manifest.py
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from edition_tools.build import ROOT, build_or_exit
from edition_tools.html import published_addresses

MANIFEST = ROOT / "data" / "published-addresses.txt"


def main() -> None:
    site = build_or_exit(Path(tempfile.mkdtemp()) / "site")
    old = set(MANIFEST.read_text("utf-8").split()) if MANIFEST.exists() else set()
    new = published_addresses(site)
    MANIFEST.write_text("\n".join(sorted(old | new)) + "\n", "utf-8")
    print(f"{len(new - old)} addresses added; {len(old | new)} in {MANIFEST.relative_to(ROOT)}")
    if old - new:
        print("no longer built (kept: redirect them):", *sorted(old - new), sep="\n  ")


if __name__ == "__main__":
    main()
