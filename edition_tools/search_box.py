"""Driving Material's search box as a reader does: key by key."""
from __future__ import annotations

import time
from urllib.parse import urlsplit

GROUPS = """els => els.map(li => [...li.querySelectorAll('a[href]')].map(a => a.href))"""

# True once the box holds the query and search has answered: the count of
# results ("No matching documents", "1 matching document", "12 matching
# documents"), not "Initializing search" while the index loads.
ANSWERED = r"""q => {
  const t = JSON.parse(document.getElementById('__config').textContent).translations;
  const meta = document.querySelector('.md-search-result__meta').textContent.trim();
  const [before, after] = t['search.result.other'].split('#');
  const count = meta.startsWith(before) && meta.endsWith(after)
    && /^[\d,.]+$/.test(meta.slice(before.length, meta.length - after.length));
  return document.querySelector('input.md-search__input').value === q
    && (meta === t['search.result.none'] || meta === t['search.result.one'] || count);
}"""


# Counts the queries the page sends Material's search worker and the results
# it gets back, so that `results` knows when the last query is answered.
# (The offline edition replaces Worker with iframe-worker's; there, `results`
# waits for the list to stop changing instead.)
WATCH = r"""(() => {
  const Native = window.Worker, watch = window.__searchWatch = { sent: 0, answered: 0, last: null };
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ev => { if (ev.data && ev.data.type === 3) watch.answered++; });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) { watch.sent++; watch.last = message.data; }
      return super.postMessage(message, ...rest);
    }
  };
})()"""

# Once search has answered `q`: on a watched page, the results of the last
# query the worker answered; elsewhere, only that it has answered.
WATCHED_ANSWER = r"""q => {
  if (!(""" + ANSWERED + r""")(q)) return false;
  const w = window.__searchWatch;
  if (!(w && w.sent)) return { watched: false };
  if (w.last !== q || w.answered !== w.sent) return false;
  return { watched: true, groups: (""" + GROUPS + r""")([...document.querySelectorAll('.md-search-result__item')]) };
}"""


def watch(context) -> None:
    """Let `results` see the worker's answers on every page of this browser context."""
    context.add_init_script(WATCH)


def open_search(page) -> None:
    button = page.locator("label.md-header__button[for='__search']")
    if button.is_visible():  # on a phone, the magnifier opens the search
        button.click()
    page.click("input.md-search__input")
    page.wait_for_selector("input.md-search__input:focus")


def search(page, query: str, key_by_key: bool = False) -> list[list[str]]:
    """Type the query into an empty box and return its results. Material
    searches on each key released, and shows the answer to the last one:
    unless `key_by_key`, all but the last key are put in at once (the
    answer is the same, and many queries take seconds less)."""
    box = page.locator("input.md-search__input")
    if key_by_key:
        box.fill("")
        box.press_sequentially(query)
    else:
        box.fill(query[:-1])
        type_last(box, query[-1])
    return results(page, query)


def type_last(box, key: str) -> None:
    """The last key. A letter no US keyboard has (á) is put in as text, with
    no key released; the End key, pressed then, releases one."""
    if key.isascii():
        box.press(key)
    else:
        box.press_sequentially(key)
        box.press("End")


def results(page, query: str, settle: float = 0.15) -> list[list[str]]:
    """Once search has answered `query` (the worker's answer to it, or the
    list no longer changing), return the results as a reader sees them: one
    group a page, best first, each with its links (the page's, then its
    sections')."""
    answer = page.wait_for_function(WATCHED_ANSWER, arg=query).json_value()
    if answer["watched"]:
        return answer["groups"]
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
