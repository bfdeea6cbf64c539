"""Issue 20, "Addresses a reader cannot use": no placeholder address reaches
a reader. A local or offline build (no EDITION_URL: edition/publishing.py)
holds no absolute address of the edition in any file; a build published at
an address puts that address everywhere the edition gives its own."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import etree

from built_html import soup
from edition.cite import NOT_SET
from edition_tools.build import PUBLISHED_AT

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = "communique.example.org"
URL = re.compile(r"https?://[^\s\"'<>()\\\]]+")
# Namespaces and vocabularies the files name (not addresses a reader follows as the edition's).
VOCABULARIES = {"www.w3.org", "schema.org", "json-schema.org", "docs.oasis-open.org", "www.sitemaps.org"}
# Material's "Made with Material for MkDocs" footer link.
THEME = {"squidfunk.github.io"}
CSVS = ["people.csv", "agenda-items.csv", "meetings.csv"]


def source_hosts() -> set[str]:
    """The hosts of every address the record's files name: its sources."""
    hosts = set()
    for path in (ROOT / "data").glob("*.yaml"):
        hosts |= {urlsplit(u).hostname for u in URL.findall(path.read_text("utf-8"))}
    return hosts


def files_of(site: Path) -> list[Path]:
    return [p for p in sorted(site.rglob("*")) if p.is_file() and p.suffix != ".gz"]


def text_of(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("utf-8") if b"\0" not in data else ""


@pytest.fixture(params=["local", "offline"])
def unaddressed(request) -> Path:
    """A build with no permanent address: `scripts/test`'s, and scripts/offline's."""
    return request.getfixturevalue("site" if request.param == "local" else "offline_site")


def test_no_file_of_a_copy_without_its_address_holds_an_absolute_address_of_the_edition(unaddressed):
    """Every file (HTML, XML, JSON, CSV, BibTeX, RIS, scripts): never the
    placeholder; and outside the vendored assets, never a local server's
    address, and every absolute address is one of a source the record
    names, or a vocabulary's namespace."""
    allowed = source_hosts() | VOCABULARIES | THEME
    files = files_of(unaddressed)
    assert len(files) > 100 and {p.suffix for p in files} >= {".html", ".xml", ".json", ".csv", ".bib", ".ris"}
    placeholder, foreign = [], []
    for path in files:
        text, name = text_of(path), path.relative_to(unaddressed).as_posix()
        if PLACEHOLDER in text or PUBLISHED_AT in text:
            placeholder.append(name)
        if name.startswith("assets/"):  # Material's and the vendored scripts (a source map names 127.0.0.1)
            continue
        if "127.0.0.1" in text or "localhost" in text:
            placeholder.append(name)
        foreign += [(name, u) for u in URL.findall(text) if urlsplit(u).hostname not in allowed]
    assert placeholder == [] and foreign == []
    # The sitemap is there (Material's instant navigation asks for it: no 404) and lists no address.
    assert "<loc>" not in (unaddressed / "sitemap.xml").read_text("utf-8")


def test_a_page_of_a_local_build_gives_no_permanent_address(pages):
    for page, html in pages.items():
        head = soup(html).head
        assert head.select('link[rel="canonical"]') == [], page
        for key in ("og:url", "citation_public_url", "DC.identifier"):
            assert head.select(f'meta[name="{key}"], meta[property="{key}"]') == [], (page, key)
        for script in head.select('script[type="application/ld+json"]'):
            block = script.string
            assert '"@id"' not in block, page
            assert all(urlsplit(u).hostname in source_hosts() | VOCABULARIES for u in URL.findall(block)), page


def test_local_data_give_paths_within_the_edition_and_say_the_address_is_not_set(site, pages):
    """The convention the data page states: no permanent address, and each
    `url` the part's path within the edition, which is a page the site has."""
    data = json.loads((site / "data/communique.json").read_text("utf-8"))
    register = json.loads((site / "data/register.json").read_text("utf-8"))
    for edition in (data["edition"], register["edition"]):
        assert (edition["url"], edition["permanent_address"]) == (None, "not set")
    urls = [data["communique"]["url"], *(p["url"] for p in data["communique"]["paragraphs"])]
    urls += [e["url"] for kind in ("people", "organisations", "agenda_items", "meetings") for e in data[kind]]
    for name in CSVS:
        rows = list(csv.DictReader(io.StringIO((site / "data" / name).read_text("utf-8-sig"), newline="")))
        assert rows, name
        urls += [r["url"] for r in rows]
    akn = etree.parse(str(site / "data/communique.akn.xml"))
    urls += [e.get("url") for e in akn.iter() if e.get("url")]
    assert any(e.text == NOT_SET and e.get("permanent") == "not set" for e in akn.iter() if "address" in str(e.tag))
    assert len(urls) > len(data["people"])
    for url in urls:
        path, _, anchor = url.partition("#")
        assert not urlsplit(url).scheme and not url.startswith("/"), url
        html = pages.get(path + "index.html")
        assert html is not None, url
        assert not anchor or soup(html).find(id=anchor), url
    page = soup(pages["data/index.html"]).get_text(" ")
    assert "permanent address is not set" in " ".join(page.split())


def test_a_build_published_at_an_address_gives_it_everywhere(published_site, published_pages):
    """Every page's canonical link and og:url, and citation_public_url where
    the page saves as the communiqué, is the address and the page's path;
    the data files' addresses start with it; the placeholder is nowhere."""
    public = 0
    for page, html in published_pages.items():
        head, expected = soup(html).head, PUBLISHED_AT + page.removesuffix("index.html")
        assert head.select_one('link[rel="canonical"]')["href"] == expected, page
        assert head.select_one('meta[property="og:url"]')["content"] == expected, page
        for tag in head.select('meta[name="citation_public_url"]'):
            assert tag["content"] == expected, page
            public += 1
    assert public == 1 + len(list((published_site / "commitments").glob("*/index.html")))
    data = json.loads((published_site / "data/communique.json").read_text("utf-8"))
    assert (data["edition"]["url"], data["edition"]["permanent_address"]) == (PUBLISHED_AT, "set")
    assert data["$schema"] == PUBLISHED_AT + "data/communique.schema.json"
    for name in CSVS:
        rows = list(csv.DictReader(io.StringIO((published_site / "data" / name).read_text("utf-8-sig"), newline="")))
        assert rows and all(r["url"].startswith(PUBLISHED_AT) for r in rows), name
    akn = etree.parse(str(published_site / "data/communique.akn.xml"))
    assert all(e.get("url").startswith(PUBLISHED_AT) for e in akn.iter() if e.get("url"))
    assert not [e for e in akn.iter() if e.text == NOT_SET]
    assert [p.relative_to(published_site) for p in files_of(published_site) if PLACEHOLDER in text_of(p)] == []
