"""The reading figures of issue 20, measured on the built pages as a reader
gets them (the article of each page, nothing of the header, navigation or
footer):

- repetition: the share of a page's own words (not the communiqué's words,
  not the text of its links) that stand in a run of eight words found on
  five or more pages;
- hedges: phrases that qualify what the edition says ("this edition",
  "the edition's", "tie", "context", …) per 100 words of a page's own prose
  (the communiqué's words aside; link text counted, hedges in it too);
- the communiqué's share of the words of the full-text page;
- boxed: the share of a page's words inside boxes (admonitions), which
  a meeting page no longer needs: its context is one part under one mark.

The communiqué's words are what the site marks as them: a sentence of the
full text (`span.sentence`), its title (`.communique-title`) and a quote
(`.text-quote`). scripts/benchmark_reading.py prints these figures; the
tests check them against the limits below.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import html as lxml_html

RUN = 8             # words in a run
RUN_PAGES = 5       # a run found on this many pages or more is boilerplate
MAX_REPEATED = 0.25  # share of a page's own words in such runs, at most
MAX_HEDGES = 1.5     # hedge phrases per 100 words of own prose, at most
MIN_TEXT_SHARE = 0.70  # the communiqué's share of the full-text page's words, at least
MAX_BOXED = 0.25     # share of a meeting page's words inside boxes (admonitions), at most

TEXT_PAGE = "text/index.html"
# The pages that explain the conventions, and the register of every statement
# the edition adds with its basis: they name them by design.
EXPLAINING = ("method/index.html", "sources/index.html", "register/index.html")

TEXT_WORDS = {"sentence", "communique-title", "text-quote"}
# Not prose, so not counted for hedges: the reference tables of the data
# files' fields, generated from their JSON Schema; and the marks of the
# convention (the "inferred" mark, and the edition's labels the fidelity tests
# require, "this edition's kind", "Placed by this edition"), which stand in
# for the hedges a sentence would carry and lead to the method page
# (tests/test_reading_figures.py checks that each does).
REFERENCE = {"field-table", "inferred-mark", "edition-label"}
SKIPPED = {"script", "style", "template", "button", "svg"}
# Left out: permalink marks, what only a screen reader hears (the figures are
# what a reader sees), and citations, which are formulas to copy, not prose.
SKIPPED_CLASSES = {"headerlink", "visually-hidden", "md-source-file", "citation-text"}

HEDGES = re.compile(r"""
    \bthis\ edition\b | \bthe\ edition(?:['’]s)?\b | \bedition['’]s\b
  | \bthe\ (?:text|communiqué)\ (?:says|prints|puts|counts|does\ not\ say)\b
  | \bas\ (?:the\ )?(?:communiqué|text|source)\ prints\b | \bas\ printed\b
  | \bti(?:e|es|ed)\b | \brests?\ on\b | \binferr?\w*\b | \binference\b
  | \bcontext\b | \bjudge?ments?\b | \bnot\ from\ the\ communiqué\b
  | \bin\ (?:its|our|the\ edition['’]s|this\ edition['’]s)\ (?:own\ )?words\b | \breading\ of\ the\ text\b
""", re.X | re.I)

_WORD = re.compile(r"[^\W_](?:[\w’'.\-/:]*[^\W_])?")


def words(text: str) -> list[str]:
    """The words of a text: runs of letters and digits (an address is one word), lower-cased."""
    return [w.lower() for w in _WORD.findall(text)]


@dataclass
class Page:
    """A page's words, in order, each marked: the communiqué's, a link's, or the page's own."""
    address: str
    segments: list[list[str]] = field(default_factory=list)  # the page's own words, in runs unbroken by others
    own_words: int = 0
    text_words: int = 0
    link_words: int = 0
    citation_words: int = 0  # left out of the figures but the communiqué's share
    reference_words: int = 0  # own words, but not prose: left out of the hedge figure
    prose: str = ""        # every word that is not the communiqué's (link text included), for hedges

    @property
    def all_words(self) -> int:
        return self.own_words + self.text_words + self.link_words + self.citation_words


def _classes(el) -> set[str]:
    return set((el.get("class") or "").split())


def read_page(address: str, html: str) -> Page:
    """The article of a built page, word by word."""
    root = lxml_html.fromstring(html)
    found = root.xpath("//article[contains(concat(' ', normalize-space(@class), ' '), ' md-content__inner ')]")
    page = Page(address)
    if not found:
        return page
    pieces: list[tuple[str, str]] = []  # (kind, text)

    def walk(el, kind: str):
        if not isinstance(el.tag, str) or el.tag in SKIPPED or _classes(el) & SKIPPED_CLASSES:
            if isinstance(el.tag, str) and "citation-text" in _classes(el):
                pieces.append(("citation", el.text_content()))
            else:
                pieces.append(("skipped", ""))
            return  # its tail is read by its parent
        if _classes(el) & TEXT_WORDS:
            kind = "text"
        elif _classes(el) & REFERENCE and kind in ("own", "link"):
            kind = "reference"
        elif el.tag == "a" and el.get("href") is not None and kind not in ("text", "reference"):
            kind = "link"
        if el.text:
            pieces.append((kind, el.text))
        for child in el:
            walk(child, kind)
            if child.tail:
                pieces.append((kind, child.tail))

    walk(found[0], "own")
    current: list[str] = []
    prose: list[str] = []
    for kind, text in pieces:
        ws = words(text)
        if kind in ("own", "reference"):
            current += ws
            page.own_words += len(ws)
            if kind == "reference":
                page.reference_words += len(ws)
        else:
            if ws and current:
                page.segments.append(current)
                current = []
            if current and kind in ("citation", "skipped"):
                page.segments.append(current)  # no run across what is left out
                current = []
            if kind == "text":
                page.text_words += len(ws)
            elif kind == "link":
                page.link_words += len(ws)
            elif kind == "citation":
                page.citation_words += len(ws)
        if kind in ("own", "link"):
            prose.append(text)
        elif ws:
            prose.append(" | ")  # no hedge phrase runs across the communiqué's words
    if current:
        page.segments.append(current)
    page.prose = re.sub(r"\s+", " ", " ".join(prose))
    return page


@dataclass
class Figures:
    repeated: dict[str, float]     # page -> share of its own words in runs on RUN_PAGES pages or more
    hedges: dict[str, float]       # page -> hedge phrases per 100 words of its own prose
    hedge_counts: dict[str, int]
    text_share: float              # the communiqué's share of the full-text page's words
    common_runs: list[tuple[str, int]]  # the runs found on the most pages, for a person to read


def _runs(segment: list[str]) -> list[tuple[str, ...]]:
    return [tuple(segment[i:i + RUN]) for i in range(len(segment) - RUN + 1)]


def boxed_share(html: str) -> float:
    """The share of the words of a page's article that stand inside a box (an admonition)."""
    root = lxml_html.fromstring(html)
    found = root.xpath("//article[contains(concat(' ', normalize-space(@class), ' '), ' md-content__inner ')]")
    if not found:
        return 0.0
    every = len(words(found[0].text_content()))
    boxes = found[0].xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' admonition ')]"
                           "[not(ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' admonition ')])]")
    return sum(len(words(b.text_content())) for b in boxes) / every if every else 0.0


def flagged_runs(pages: dict[str, str], address: str) -> list[str]:
    """The stretches of a page's own words that stand in runs found on RUN_PAGES pages or more."""
    read = {a: read_page(a, h) for a, h in pages.items()}
    on_pages: Counter = Counter()
    for other, page in read.items():
        if other not in EXPLAINING:  # as `measure` counts them
            on_pages.update({run for segment in page.segments for run in _runs(segment)})
    out = []
    for segment in read[address].segments:
        marked = [False] * len(segment)
        for i, run in enumerate(_runs(segment)):
            if on_pages[run] >= RUN_PAGES:
                marked[i:i + RUN] = [True] * RUN
        stretch = []
        for word, m in zip(segment, marked):
            if m:
                stretch.append(word)
            elif stretch:
                out.append(" ".join(stretch))
                stretch = []
        if stretch:
            out.append(" ".join(stretch))
    return out


def measure(pages: dict[str, str]) -> Figures:
    """The figures of a built site: `pages` is {file relative to the site: HTML}."""
    read = {address: read_page(address, html) for address, html in pages.items()}
    on_pages: Counter = Counter()
    # The register repeats every statement of every page by design (and the
    # method and sources pages name the conventions): they are not counted
    # as the other pages a run is repeated on.
    for address, page in read.items():
        if address not in EXPLAINING:
            on_pages.update({run for segment in page.segments for run in _runs(segment)})
    repeated, hedges, counts = {}, {}, {}
    for address, page in read.items():
        if page.own_words:
            flagged = 0
            for segment in page.segments:
                marked = [False] * len(segment)
                for i, run in enumerate(_runs(segment)):
                    if on_pages[run] >= RUN_PAGES:
                        marked[i:i + RUN] = [True] * RUN
                flagged += sum(marked)
            repeated[address] = flagged / page.own_words
        prose_words = page.own_words - page.reference_words + page.link_words
        if prose_words and address not in EXPLAINING:
            counts[address] = len(HEDGES.findall(page.prose))
            hedges[address] = 100 * counts[address] / prose_words
    text = read.get(TEXT_PAGE)
    share = text.text_words / text.all_words if text and text.all_words else 0.0
    common = [(" ".join(run), n) for run, n in on_pages.most_common(15) if n >= RUN_PAGES]
    return Figures(repeated, hedges, counts, share, common)
