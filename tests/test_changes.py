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


def newest_first(log):
    """The log's ids newest first, as the file gives them: by date, a later
    line of the same day before an earlier one."""
    place = {c.id: n for n, c in enumerate(log.changes)}
    return [c.id for c in sorted(log.changes, key=lambda c: (c.date, place[c.id]), reverse=True)]


def test_the_changes_page_and_the_feed_run_newest_first(pages, site, log):
    assert [h["id"] for h in article(pages["changes/index.html"]).select("h2")] == newest_first(log)
    feed = etree.parse(str(site / changes.FEED)).getroot()
    hrefs = [e.find(f"{ATOM}link").get("href").rsplit("#", 1)[1] for e in feed.findall(f"{ATOM}entry")]
    assert hrefs == newest_first(log)


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


@pytest.mark.parametrize("edit, field, problem", [
    ({"pages": ["participants/nobody.md"]}, "pages", "'participants/nobody.md' is not a page of the site"),
    ({"date": __import__("datetime").date(2999, 1, 1)}, "date", "after today"),
    ({"date": __import__("datetime").date(1999, 1, 1)}, "date", "before the communiqué"),
])
def test_a_change_names_pages_the_site_has_and_a_date_it_could_have(tmp_path, edit, field, problem):
    import shutil
    import yaml
    from edition.pages import derived_pages
    from edition.record import RecordError
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    items = yaml.safe_load((data / "changes.yaml").read_text("utf-8"))
    items.append({"id": "a-bad-change", "date": items[-1]["date"], "what": "A page changed.", "why": "Because.",
                  "pages": ["text.md"], **edit})
    (data / "changes.yaml").write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False), "utf-8")
    with pytest.raises(RecordError) as error:
        derived_pages(load(data), "/", changes.load(data))
    assert str(error.value).startswith(f"data/changes.yaml: entry 'a-bad-change', field '{field}': "), str(error.value)
    assert problem in str(error.value)


@pytest.mark.parametrize("which", ["local", "published"])
def test_the_page_and_the_feed_name_a_changes_pages_alike(which, request, log):
    """The changes page and the feed say the same pages for each change: a
    group in the same words, a page by its address (the feed's absolute
    where the permanent address is set)."""
    site = request.getfixturevalue("site" if which == "local" else "published_site")
    page = article((site / "changes" / "index.html").read_text("utf-8"))
    feed = etree.parse(str(site / changes.FEED)).getroot()
    summaries = {e.find(f"{ATOM}link[@rel='alternate']").get("href").rsplit("#", 1)[1]: e.findtext(f"{ATOM}summary")
                 for e in feed.findall(f"{ATOM}entry")}
    for change in log.changes:
        on_page = next(p for p in page.select_one(f"h2#{change.id}").find_next_siblings("p") if text_of(p).startswith("Pages:"))
        words = text_of(on_page).removeprefix("Pages: ").removesuffix(".")
        in_feed = summaries[change.id].rsplit(" Pages: ", 1)[1].removesuffix(".")
        if which == "local":
            assert in_feed == words, (change.id, in_feed, words)
        else:
            linked = {text_of(a) for a in on_page.select("a[href]")}
            expected = [name if name not in linked else "http" for name in words.split(", ")]
            got = [x if not x.startswith("http") else "http" for x in in_feed.split(", ")]
            assert got == expected, (change.id, in_feed, words)
