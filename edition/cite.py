"""Citations ready to copy: Chicago style, and a plain one with the
permanent link, for the whole communiqué, each paragraph and each item.

Every citation names the official source address and its date (from the
context file: the date is in the address itself) and this edition's
permanent link. `citation_facts` is what every other form of the
citation (the reference managers' <meta> tags, the downloads) takes too.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from edition.record import Record

# What the document is, from its title ("Mexico-U.S. Joint Communique: …").
KIND = "Joint communiqué"
# Said where a permanent link would stand while the edition has none (edition/publishing.py).
NOT_SET = "permanent address not set (a copy of the edition that is not the published one)"


@dataclass(frozen=True)
class Citation:
    chicago: str
    plain: str


@dataclass(frozen=True)
class CitationFacts:
    """The communiqué as every citation of it gives it."""
    title: str
    publisher: str
    date: datetime.date
    kind: str
    url: str            # the release's address as issued
    archived: str       # the copy a reader can open today ('' if the context gives none)
    keeper: str         # who keeps that copy


def citation_facts(record: Record) -> CitationFacts:
    pub = record.context["publication"]
    kept = (record.context.get("archives") or {}).get("publication") or {}
    return CitationFacts(title=record.communique.title, publisher=pub["publisher"].split(" (")[0],
                         date=pub["date"], kind=KIND, url=kept.get("as_issued", pub["url"]),
                         archived=kept.get("archived", ""), keeper=kept.get("keeper", "").split(" (")[0])


def addresses_note(f: CitationFacts) -> str:
    """Where the release can be read: the archived copy first (the one a
    reader can open today), then the address as issued."""
    if not f.archived:
        return f"{f.url}."
    return f"{f.archived} (copy kept by the {f.keeper}; as issued, no longer served: {f.url})."


def cite(record: Record, permalink: str, where: str = "", quote: str = "") -> Citation:
    """`permalink` is the part's absolute address in this edition
    (edition/addresses.py); `where` says which part ('paragraph 2,
    sentence 3'); `quote` opens the plain citation when given. An empty
    `permalink` means the edition's permanent address is not set
    (edition/publishing.py): the citation says so.

    The Chicago form is a report's, with the fields a reference manager
    saves from the page's <meta> tags (edition/head_meta.py): institution,
    title, report type, date, address."""
    f = citation_facts(record)
    us_date, day_date = f"{f.date:%B} {f.date.day}, {f.date.year}", f"{f.date.day} {f.date:%B %Y}"
    locator = f", {where}" if where else ""
    note = addresses_note(f)
    edition = f"Web edition: {permalink}." if permalink else f"Web edition: {NOT_SET}."
    # No author: the communiqué is joint, of both governments; the White
    # House is its publisher, so Chicago opens with the title.
    chicago = (f"“{f.title}{',' if where else '.'}”{' ' + where + '.' if where else ''} "
               f"{f.kind}. {f.publisher}, {us_date}. {note} {edition}")
    opening = f"“{quote}” " if quote else ""
    plain = (f"{opening}{f.title} ({f.publisher}, {day_date}){locator}. "
             f"Official text: {note} Permanent link: {permalink or NOT_SET + '.'}")
    return Citation(chicago=chicago, plain=plain)
