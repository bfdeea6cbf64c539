"""Driving Material's search box as a reader does: key by key."""
from __future__ import annotations

import time
from urllib.parse import urlsplit

GROUPS = """els => els.map(li => [...li.querySelectorAll('a[href]')].map(a => a.href))"""


def open_search(page) -> None:
    button = page.locator("label.md-header__button[for='__search']")
    if button.is_visible():  # on a phone, the magnifier opens the search
        button.click()
    page.click("input.md-search__input")
    page.wait_for_selector("input.md-search__input:focus")


def search(page, query: str) -> list[list[str]]:
    """Type the query key by key into an empty box; return its results."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press_sequentially(query)
    return results(page, query)


def results(page, query: str, settle: float = 0.15) -> list[list[str]]:
    """Once the results for `query` have stopped changing, return them as a
    reader sees them: one group a page, best first, each with its links
    (the page's, then its sections')."""
    page.wait_for_function(
        "q => document.querySelector('.md-search-result__meta')?.textContent.trim() !== ''"
        " && document.querySelector('input.md-search__input').value === q", arg=query)
    previous, since = None, time.monotonic()
    while True:
        links = page.eval_on_selector_all(".md-search-result__item", GROUPS)
        if links != previous:
            previous, since = links, time.monotonic()
        elif time.monotonic() - since > settle:
            return links
        time.sleep(0.03)


def target_of(href: str, base_url: str) -> str:
    """'participants/x/#said' from a result's address (the ?h= part dropped)."""
    parts = urlsplit(href)
    path = parts.path.removeprefix(urlsplit(base_url).path)
    return f"{path}#{parts.fragment}" if parts.fragment else path


def rank(groups: list[list[str]], target: str, base_url: str) -> int | None:
    """1 for the first group, … : the first result group that links to target."""
    for n, group in enumerate(groups, start=1):
        if target in [target_of(href, base_url) for href in group]:
            return n
    return None
