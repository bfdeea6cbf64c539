"""Reading the built HTML as a reader's browser would."""
from __future__ import annotations

import functools
import os
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


def built_pages(site: Path) -> dict[str, str]:
    """Every built HTML page but 404: its file relative to the site root
    ('index.html', 'text/index.html', …) and its HTML."""
    return {str(p.relative_to(site)).replace(os.sep, "/"): p.read_text("utf-8")
            for p in sorted(site.rglob("*.html")) if p.name != "404.html"}


def page_addresses(pages: dict[str, str]) -> list[str]:
    """Site-relative addresses of every page: '', 'text/', 'commitments/root-causes/', …"""
    return [re.sub(r"index\.html$", "", p) for p in pages]


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def text_of(element) -> str:
    """Visible text, spaces made plain, permalink marks (¶) left out."""
    for mark in element.select("a.headerlink"):
        mark.extract()
    return re.sub(r"\s+", " ", element.get_text()).strip()


def article(html: str):
    return soup(html).select_one("article.md-content__inner")


def resolve(page: str, href: str) -> tuple[str, str] | None:
    """The page file and anchor a link on `page` leads to, or None if external."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return page, unquote(parts.fragment)
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
    if href.split("#")[0].endswith("/") or target == ".":
        target = posixpath.join(target, "index.html") if target != "." else "index.html"
    return target, unquote(parts.fragment)


@functools.lru_cache(maxsize=None)
def entry_links(page: str, html: str, section: str) -> frozenset[str]:
    """Pages under `section` ('participants', 'commitments') linked from the
    article (each page read once: the tests ask of the same pages again)."""
    out = set()
    for a in article(html).select("a[href]"):
        target = resolve(page, a["href"])
        if target and target[0].startswith(section + "/") and target[0] != f"{section}/index.html":
            out.add(target[0])
    return frozenset(out)


def part_ids(html: str) -> list[str]:
    """The ids of a page's linkable parts: headings, paragraphs, sentences,
    and the anchors of former sections kept where their content now stands."""
    body = article(html)
    parts = body.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], span.sentence[id], .kept-anchor[id]")
    return [e["id"] for e in parts]


def cited_sources(pages: dict[str, str], page: str, element) -> set[str]:
    """The addresses of the sources an element cites: those it links to
    directly, and those its short source notes lead to on the sources page
    (whose entry gives the address as issued first)."""
    out = {a["href"] for a in element.select("a[href^='https://']")}
    for a in element.select("a.source-note[href]"):
        target, anchor = resolve(page, a["href"])
        assert target == "sources/index.html", a["href"]
        heading = article(pages[target]).select_one(f"#{anchor}")
        assert heading is not None, a["href"]
        out.add(heading.find_next("dl").select_one("dd a[href^='https://']")["href"])
    return out


def published_addresses(site) -> set[str]:
    """'/text/', '/text/#para_2__sent_3', … for every page of a built site,
    and the address of each file the edition publishes to be linked to
    from outside ('/communique.pdf': edition/pdf.py)."""
    from edition import pdf
    out = {f"/{pdf.PATH}"} if (site / pdf.PATH).is_file() else set()
    for path in site.rglob("index.html"):
        folder = path.relative_to(site).parent.as_posix()
        page = "/" if folder == "." else f"/{folder}/"
        out.add(page)
        out.update(f"{page}#{i}" for i in part_ids(path.read_text("utf-8")))
    return out
