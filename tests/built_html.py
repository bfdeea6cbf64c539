"""Reading the built HTML as a reader's browser would."""
from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


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


def entry_links(page: str, html: str, section: str) -> set[str]:
    """Pages under `section` ('participants', 'commitments') linked from the article."""
    out = set()
    for a in article(html).select("a[href]"):
        target = resolve(page, a["href"])
        if target and target[0].startswith(section + "/") and target[0] != f"{section}/index.html":
            out.add(target[0])
    return out


def part_ids(html: str) -> list[str]:
    """The ids of a page's linkable parts: headings, paragraphs, sentences."""
    body = article(html)
    parts = body.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], span.sentence[id]")
    return [e["id"] for e in parts]


def published_addresses(site) -> set[str]:
    """'/text/', '/text/#para_2__sent_3', … for every page of a built site."""
    out = set()
    for path in site.rglob("index.html"):
        folder = path.relative_to(site).parent.as_posix()
        page = "/" if folder == "." else f"/{folder}/"
        out.add(page)
        out.update(f"{page}#{i}" for i in part_ids(path.read_text("utf-8")))
    return out
