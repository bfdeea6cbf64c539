"""One home for addresses: where every page of the edition lives.

A page has a source path under docs/ (`participants/antony-blinken.md`),
which MkDocs publishes at a directory address (`participants/antony-blinken/`),
which `site_url` makes absolute. Pages, export, structured data, citations
and Akoma Ntoso all ask here; nothing else spells a page's path, but for
the folder of each kind of entry and the page that lists them, which their
row in edition/record/kinds.py names (read here).
"""
from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass

from edition.record import Entry
from edition.record.kinds import BY_NAME, kind_of

HOME = "index.md"
TEXT = "text.md"
COMMITMENTS = BY_NAME["Commitment"].index
PARTICIPANTS = BY_NAME["Person"].index
ORGANISATIONS = BY_NAME["Organisation"].index
TIES = "participants/ties.md"
MEETINGS = BY_NAME["Meeting"].index
GLOSSARY = "glossary.md"
DATA = "data.md"
REGISTER = "register.md"
ABOUT = "about.md"
METHOD = "method.md"
SOURCES = "sources.md"


def glossary_id(term: str) -> str:
    """The anchor of a glossary entry on the glossary page: 'Los Angeles Declaration' -> 'los-angeles-declaration'."""
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def page_of(entry: Entry) -> str:
    """The source path of an entry's own page: in its kind's folder."""
    folder = kind_of(entry).folder
    if folder is None:
        raise TypeError(f"no page for {type(entry).__name__}")
    return f"{folder}/{entry.id}.md"


def place_of(entry: Entry) -> tuple[str, str]:
    """The page and anchor where an entry is: its own page, or (for a kind
    without pages of its own, as bodies are) its section of the page
    that lists its kind."""
    kind = kind_of(entry)
    return (page_of(entry), "") if kind.folder else (kind.index, entry.id)


def location(entry: Entry) -> str:
    """Where an entry is, as one string: its page, and '#' and its anchor if
    it has one ('participants/organisations.md#sre'): how the register names
    what each statement is about."""
    page, anchor = place_of(entry)
    return f"{page}#{anchor}" if anchor else page


def address(page: str, anchor: str = "") -> str:
    """The site-relative address a page is published at: 'participants/antony-blinken/'."""
    if page == HOME:
        path = ""
    elif page.endswith("/index.md"):
        path = page[: -len("index.md")]
    else:
        path = page[: -len(".md")] + "/"
    return f"{path}#{anchor}" if anchor else path


def relative(src: str, dest: str, anchor: str = "") -> str:
    """A Markdown link from page `src` to page `dest` (both source paths):
    MkDocs turns it into the right address and `--strict` checks it."""
    target = _relpath(dest, posixpath.dirname(src) or ".")
    return f"{target}#{anchor}" if anchor else target


@functools.lru_cache(maxsize=4096)
def _relpath(dest: str, folder: str) -> str:
    return posixpath.relpath(dest, folder)  # the pages link the same few folders thousands of times


@dataclass(frozen=True)
class Site:
    """Addresses for what leaves the site: citations, JSON-LD, data.

    `url` is the edition's permanent address (edition/publishing.py), or ''
    when it is not set: then `absolute` gives a part's path within the
    edition ('participants/antony-blinken/', the home page as './'), read
    against the edition's home, and `permanent` gives ''."""
    url: str | None = ""

    def __post_init__(self):
        object.__setattr__(self, "url", self.url.rstrip("/") + "/" if self.url and self.url != "/" else "")

    @property
    def is_set(self) -> bool:
        return bool(self.url)

    def absolute(self, page: str, anchor: str = "") -> str:
        """The part's permanent address, or (not set) its path within the edition."""
        return self.url + address(page, anchor) if self.url else address(page, anchor) or "./"

    def permanent(self, page: str, anchor: str = "") -> str:
        """The part's permanent address; '' while it is not set."""
        return self.absolute(page, anchor) if self.url else ""

    def of(self, entry) -> str:
        return self.absolute(*place_of(entry))

    def permanent_of(self, entry) -> str:
        return self.permanent(*place_of(entry))

    def file(self, path: str) -> str:
        """A published file's address ('data/people.csv'), or (not set) its path within the edition."""
        return self.url + path
