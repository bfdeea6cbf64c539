"""Every source the edition relies on, once: its title, what kind of source
it is (context.yaml `source_kinds`), the address as issued and the archived
copy where there is one (`archives`), its date where the context file gives
one, and a permanent anchor on the sources page.

Pages cite a source by a short note linking to its entry there
(`Helpers.source_note`, edition/page_helpers.py); the sources page lists, for each, the pages that do.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from edition.record import Record


@dataclass(frozen=True)
class Source:
    anchor: str
    title: str
    url: str                           # the address as issued
    kind: str = ""
    archived: str = ""                 # the archived copy's address, if any
    archived_kind: str = ""
    keeper: str = ""                   # who keeps the archived copy
    date: datetime.date | None = None
    copy_only: bool = False            # known only through this copy: its original's address is not known
    hand_cited: tuple[tuple[str, str], ...] = ()  # hand-written pages (docs/) citing it: (source path, title)

    @property
    def reposted(self) -> bool:
        """Whether the edition knows it only as another site's copy (a repost,
        an aggregator's copy, a republished dispatch), as its kind says."""
        return self.copy_only or any(w in self.kind for w in ("repost", "aggregator", "republished"))

    @property
    def host(self) -> str:
        """The site it is on, as a reader would say it: 'wirenn.com'."""
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.")


def anchor_of(url: str) -> str:
    """A readable, permanent anchor from an address: its site and the first
    words of its last path segment ('wirenn-com-discussions-with-mexican')."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    last = [p for p in parts.path.split("/") if p][-1:] or [""]
    words = [w for w in re.split(r"[^a-z0-9]+", (host + " " + last[0]).lower()) if w][:6]
    return "src-" + "-".join(words)


DOCS = Path(__file__).resolve().parent.parent / "docs"


def hand_cited(url: str, anchor: str = "", docs: Path = DOCS) -> tuple[tuple[str, str], ...]:
    """The hand-written pages (docs/*.md) that link to `url`, or to its entry
    on the sources page (`anchor`), with their titles (their first heading)."""
    found = []
    for path in sorted(docs.rglob("*.md")):
        text = path.read_text("utf-8")
        if f"({url})" in text or f"<{url}>" in text or (anchor and f"sources.md#{anchor})" in text):
            heading = re.search(r"^# (.+?)(?:\s*\{.*\})?$", text, re.M)
            found.append((path.relative_to(docs).as_posix(), heading.group(1).strip() if heading else path.stem))
    return tuple(found)


def sources(record: Record) -> list[Source]:
    """Every source of the record, in the order the context file first gives them."""
    context = record.context
    kinds = {url: k["kind"] for url, k in (context.get("source_kinds") or {}).items()}
    archived = {a["as_issued"]: a for a in (context.get("archives") or {}).values()}
    pub = context["publication"]
    mexican = pub.get("mexican_release")
    found: dict[str, Source] = {}

    def add(url: str, title: str, date=None):
        if url in found:
            return
        copy = archived.get(url, {})
        found[url] = Source(anchor_of(url), " ".join(title.split()), url, kinds.get(url, ""),
                            copy.get("archived", ""), kinds.get(copy.get("archived", ""), ""),
                            copy.get("keeper", ""), date, url in copies, hand_cited(url, anchor_of(url)))

    readout = (context.get("follow_up_readout") or {}).get("sources", [])[:1]
    copies = {s["url"] for s in readout}

    add(pub["url"], f"{record.communique.title} ({pub['publisher'].split(' (')[0]})", pub["date"])
    if mexican:
        add(mexican["url"], f"{mexican['title_en']} ({mexican['publisher'].split(' (')[0]})")
    for url, title in record.sources.items():
        add(url, title)
    for a in (context.get("archives") or {}).values():
        for s in a.get("sources", []):
            add(s["url"], s["title"])
    seen = set()
    for s in found.values():
        if s.anchor in seen:
            raise ValueError(f"data/context.yaml: two sources would share the anchor {s.anchor!r}: {s.url}")
        seen.add(s.anchor)
    return list(found.values())
