"""Links made today still work: every address in the committed manifest
(data/published-addresses.txt, written by scripts/update_manifest.py)
resolves in the built site, directly or through a redirect."""
import posixpath
from pathlib import Path

import yaml

from built_html import part_ids, published_addresses
from conftest import ROOT

MANIFEST = ROOT / "data" / "published-addresses.txt"


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def redirects() -> dict[str, str]:
    """Old page address -> new page address, from mkdocs.yml."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=_Loader)
    maps = next((p["redirects"].get("redirect_maps") or {} for p in config["plugins"]
                 if isinstance(p, dict) and "redirects" in p), {})

    def address(src: str) -> str:
        page = posixpath.splitext(src)[0]
        page = posixpath.dirname(page) if page.endswith("index") else page
        return "/" + (page + "/" if page else "")
    return {address(old): address(new) for old, new in maps.items()}


def missing_addresses(site: Path, moved: dict[str, str] | None = None) -> list[str]:
    """Each address of the manifest that `site` does not publish (a file, a
    page, or an anchor on it), read through the `moved` redirects."""
    moved = moved or {}
    missing = []
    ids: dict[Path, set[str]] = {}  # each page read once (the text page holds most anchors)
    for line in MANIFEST.read_text("utf-8").split():
        page, _, anchor = line.partition("#")
        if not page.endswith("/"):  # a file, not a page: /communique.pdf
            if not (site / page.lstrip("/")).is_file():
                missing.append(f"{line}: no file")
            continue
        target = moved.get(page, page)
        html_file = site / target.lstrip("/") / "index.html"
        if page in moved and not (site / page.lstrip("/") / "index.html").exists():
            missing.append(f"{line}: redirect page not built")
        if not html_file.exists():
            missing.append(f"{line}: no page")
        elif anchor and anchor not in ids.setdefault(html_file, set(part_ids(html_file.read_text("utf-8")))):
            missing.append(f"{line}: no #{anchor} on {target}")
    return missing


def test_every_published_address_still_resolves(site):
    missing = missing_addresses(site, redirects())
    assert not missing, "published addresses that broke:\n" + "\n".join(missing)


def test_the_manifest_lists_every_address_built(site):
    listed = set(MANIFEST.read_text("utf-8").split())
    unlisted = published_addresses(site) - listed
    assert not unlisted, f"run scripts/update_manifest.py and commit: {sorted(unlisted)[:10]}"
