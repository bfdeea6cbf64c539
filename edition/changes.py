"""The changes log (data/changes.yaml): what changed on which pages, when
and why. Each change has a permanent id, never reused. Pages show the date
they last changed from here; the changes page and the Atom feed list it.
"""
from __future__ import annotations

import datetime
import fnmatch
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from edition.record import DATA_DIR, Id, LongText, RecordError, read_yaml
from edition.record.errors import from_validation
from edition.record.model import section_anchors
from edition.record.reading import no_repeats

FILE = "data/changes.yaml"
PAGE = "changes.md"
RESERVED = section_anchors("changes.md.j2")  # the changes page's own anchors: a change's id is one there too


class Change(BaseModel):
    """One change readers may notice on a published page."""
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)
    id: Id = Field(description="Permanent id of the change, never reused.")
    date: datetime.date = Field(description="The day the change was published.")
    what: LongText = Field(description="What changed, in a sentence a reader understands.")
    why: LongText = Field(description="Why it changed.")
    pages: list[str] = Field(min_length=1, description="The pages it changed: source paths under docs/, or patterns with *.")

    @field_validator("pages")
    @classmethod
    def _paths(cls, value: list[str]) -> list[str]:
        for page in value:
            if page != "*" and not (page.endswith(".md") and all(part and part not in (".", "..") for part in page.split("/"))
                                    and all(c.isalnum() or c in "-_./*" for c in page)):
                raise ValueError(f"not a page's source path or pattern: {page[:80]!r} (e.g. 'participants/antony-blinken.md')")
        return value

    def touches(self, page: str) -> bool:
        return any(p == "*" or fnmatch.fnmatchcase(page, p) for p in self.pages)


class Log:
    """Every change, in the order of the file (oldest first)."""

    def __init__(self, changes: list[Change]):
        self.changes = changes

    def of(self, page: str) -> list[Change]:
        return [c for c in self.changes if c.touches(page)]

    def last_changed(self, page: str) -> datetime.date | None:
        if page == PAGE:  # the log's own page changes with every entry
            return self.updated
        dates = [c.date for c in self.of(page)]
        return max(dates) if dates else None

    def newest_first(self) -> list[Change]:
        """The changes newest first: by date, and within a day by their
        place in the file, the later first."""
        return sorted(reversed(self.changes), key=lambda c: c.date, reverse=True)

    @property
    def updated(self) -> datetime.date:
        return max(c.date for c in self.changes)


def hand_written_pages() -> list[str]:
    """The pages written by hand under docs/, as source paths."""
    docs = DATA_DIR.parent / "docs"
    return [path.relative_to(docs).as_posix() for path in docs.rglob("*.md")]


def check_pages(log: Log, pages: list[str], published: datetime.date) -> None:
    """Each change names pages the site has, and is dated between the
    communiqué's publication and today: a log that names no page, or a date
    a century off, would be published as true."""
    for change in log.changes:
        for pattern in change.pages:
            if pattern != "*" and not any(fnmatch.fnmatchcase(page, pattern) for page in pages):
                raise RecordError(FILE, change.id, "pages", f"'{pattern}' is not a page of the site (e.g. 'participants/antony-blinken.md')")
        if not published <= change.date <= datetime.date.today():
            raise RecordError(FILE, change.id, "date", f"{change.date} is before the communiqué ({published}) or after today")


def load(data_dir: Path = DATA_DIR) -> Log:
    items = read_yaml(data_dir / "changes.yaml")
    if not isinstance(items, list) or not items:
        raise RecordError(FILE, "(file)", "(top level)", "must be a list of changes, at least one")
    changes, seen = [], set()
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise RecordError(FILE, f"#{n}", "(entry)", "must be a mapping of fields")
        name = str(item.get("id", f"#{n}"))[:80]
        try:
            change = Change.model_validate(item)
        except ValidationError as error:
            raise from_validation(FILE, name if name.isprintable() else f"#{n}", Change, error) from None
        if change.id in seen:
            raise RecordError(FILE, change.id, "id", "the id is given twice: each change has its own, never reused")
        if change.id in RESERVED:
            raise RecordError(FILE, change.id, "id", f"'{change.id}' is an anchor of the changes page itself (its "
                              "heading): two elements would share it, and the change's link would lead there; choose another")
        no_repeats(change, FILE, change.id)
        seen.add(change.id)
        changes.append(change)
    return Log(changes)


_cache: dict[Path, tuple[float, Log]] = {}


def load_once(data_dir: Path = DATA_DIR) -> Log:
    """The log, read again only when the file has changed (`mkdocs serve`)."""
    path = Path(data_dir).resolve() / "changes.yaml"
    stamp = path.stat().st_mtime if path.exists() else 0.0
    cached = _cache.get(path)
    if not cached or cached[0] != stamp:
        _cache[path] = (stamp, load(data_dir))
    return _cache[path][1]


# ------------------------------------------------------------ the page and feed

FEED = "changes.xml"
ATOM = "http://www.w3.org/2005/Atom"


def pages_of(change) -> list[tuple[str, str | None]]:
    """The pages a change names, as the changes page and the feed both say
    them: (words, source path), the path None for a group of pages."""
    from edition.addresses import address

    if "*" in change.pages:
        return [("every page", None)]
    return [(f"every page under {p.rsplit('/', 1)[0]}/", None) if "*" in p else (address(p) or "home", p)
            for p in change.pages]


def atom(log: Log, site_url: str, title: str) -> str:
    """The log as an Atom feed, newest first: each change an entry whose id
    and link are its place on the changes page. While the edition's
    permanent address is not set (edition/publishing.py), the links are
    relative to the feed (which is at the edition's home) and the ids,
    which Atom wants absolute, are URNs made from the change's id."""
    import uuid

    from lxml import etree

    from edition.addresses import Site, address

    site = Site(site_url)

    def ident(anchor: str = "") -> str:
        if site.is_set:
            return site.absolute(PAGE, anchor)
        return uuid.uuid5(uuid.NAMESPACE_URL, address(PAGE, anchor)).urn

    E = lambda tag, text=None, **attrs: _element(etree, tag, text, attrs)  # noqa: E731
    feed = E("feed")
    feed.append(E("title", f"{title}: changes"))
    feed.append(E("id", ident()))
    feed.append(E("updated", f"{log.updated.isoformat()}T00:00:00Z"))
    feed.append(E("link", rel="alternate", type="text/html", href=site.absolute(PAGE)))
    feed.append(E("link", rel="self", type="application/atom+xml", href=site.file(FEED)))
    author = E("author")
    author.append(E("name", title))
    feed.append(author)
    for change in log.newest_first():
        entry = E("entry")
        entry.append(E("id", ident(change.id)))
        entry.append(E("title", change.what))
        entry.append(E("updated", f"{change.date.isoformat()}T00:00:00Z"))
        entry.append(E("link", rel="alternate", type="text/html", href=site.absolute(PAGE, change.id)))
        pages = ", ".join(site.absolute(p) if p and site.is_set else words for words, p in pages_of(change))
        entry.append(E("summary", f"{change.what} Why: {change.why} Pages: {pages}."))
        feed.append(entry)
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True).decode("utf-8")


def _element(etree, tag: str, text, attrs: dict):
    element = etree.Element(f"{{{ATOM}}}{tag}", nsmap={None: ATOM}, **attrs)
    if text is not None:
        element.text = text
    return element
