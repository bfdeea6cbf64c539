"""Citations ready to copy: Chicago style, and a plain one with the
permanent link, for the whole communiqué, each paragraph and each item.

Every citation names the official source address and its date (from the
context file: the date is in the address itself) and this edition's
permanent link.
"""
from __future__ import annotations

from dataclasses import dataclass

from edition.record import Record


@dataclass(frozen=True)
class Citation:
    chicago: str
    plain: str
    permalink: str


def _source(record: Record) -> tuple[str, str, str, str]:
    pub = record.context["publication"]
    publisher = pub["publisher"].split(" (")[0]
    date = pub["date"]
    return publisher, f"{date:%B} {date.day}, {date.year}", f"{date.day} {date:%B %Y}", pub["url"]


def cite(record: Record, site_url: str, address: str, where: str = "", quote: str = "") -> Citation:
    """`address` is the part's address in this edition ('text/#para_2');
    `where` says which part ('paragraph 2, sentence 3'); `quote` opens the
    plain citation when given."""
    publisher, us_date, date, url = _source(record)
    title = record.communique.title
    permalink = site_url.rstrip("/") + "/" + address
    locator = f", {where}" if where else ""
    chicago = (f"{publisher}. “{title}{',' if where else '.'}”{' ' + where + '.' if where else ''} "
               f"Statements and Releases, {us_date}. {url}. Web edition: {permalink}.")
    opening = f"“{quote}” " if quote else ""
    plain = (f"{opening}{title} ({publisher}, {date}){locator}. "
             f"Official text: {url} Permanent link: {permalink}")
    return Citation(chicago=chicago, plain=plain, permalink=permalink)
