"""The changes log as a reader and a feed reader get it: the changes page
lists every change of data/changes.yaml at its permanent id, the Atom feed
(advertised in every page's head) holds the same, and each entry page
shows when it last changed, from the log."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from built_html import article, resolve, soup, text_of
from edition import changes
from edition.pages import date_text
from edition.record import load

ROOT = Path(__file__).resolve().parent.parent
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def log():
    return changes.load(ROOT / "data")


def test_the_changes_page_lists_every_change_at_its_id(pages, log):
    page = article(pages["changes/index.html"])
    for change in log.changes:
        heading = page.select_one(f"h2#{change.id}")
        assert heading is not None, change.id
        assert text_of(heading) == date_text(change.date)
        assert text_of(heading.find_next_sibling("p").strong) == change.what
    assert len(page.select("h2")) == len(log.changes)


def test_the_feed_holds_every_change_and_every_page_advertises_it(pages, site, log):
    feed = etree.parse(str(site / changes.FEED)).getroot()
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert sorted(e.findtext(f"{ATOM}title") for e in entries) == sorted(c.what for c in log.changes)
    assert len({e.findtext(f"{ATOM}id") for e in entries}) == len(log.changes)
    assert feed.findtext(f"{ATOM}updated") == f"{log.updated.isoformat()}T00:00:00Z"
    for page, html in pages.items():
        [link] = soup(html).head.select('link[rel="alternate"][type="application/atom+xml"]')
        assert resolve(page, link["href"])[0] == changes.FEED, page


def test_each_entry_page_says_when_it_last_changed(pages, log):
    record = load(ROOT / "data")
    entries = [f"participants/{p}.md" for p in record.people] + [f"commitments/{c}.md" for c in record.commitments] \
        + [f"meetings/{m}.md" for m in record.meetings]
    for src in entries:
        html = pages[src.removesuffix(".md") + "/index.html"]
        line = article(html).select_one("p.last-changed")
        assert text_of(line) == f"Last changed {date_text(log.last_changed(src))} (changes)", src
